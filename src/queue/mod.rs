//! The store: messages, verdicts, drafts, approvals and the audit trail.
//!
//! Everything doorman decides is kept here: the raw message (so a verdict can be re-run and a
//! person can read the original), the verdict with its hits, the draft and every edit, and each
//! state change with who made it and when. The CLI, the service and the web page all work
//! through [`Store`], at the same time.

mod accounts;
mod store;
mod types;

pub use accounts::{Session, random_token};

pub use store::{Counts, Decision, Store, StoreError, dedupe_key};
pub use types::{
    Claimed, DraftDetail, DraftId, DraftState, DraftSummary, Edit, Event, Incoming, Recorded,
    Screening,
};
