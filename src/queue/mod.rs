//! The store: messages, verdicts, drafts, approvals and the audit trail.
//!
//! Everything doorman decides is kept here: the raw message (so a verdict can be re-run and a
//! person can read the original), the verdict with its hits, the draft and every edit, and each
//! state change with who made it and when. The CLI, the service and the web page all work
//! through [`Store`], at the same time. Its work is split by job, in the order a message meets
//! them:
//!
//! - `store`: opening the file, migrations, and the audit trail every change writes to;
//! - `recording`: intake's record of each message, once, and each IMAP folder's position;
//! - `conversations`: every message known by its headers (history, Sent, doorman's replies),
//!   threads, replies written by hand, and the firm's past correspondents;
//! - `drafts`: reading the queue and one draft in full;
//! - `review`: a person's approve, reject, edit and re-draft;
//! - `mirrors`: each pending draft's copy in the mailbox's Drafts folder, and what the mail
//!   client did with it (edited, deleted, sent);
//! - `sending`: claims on approved drafts while the outbox hands them to the server;
//! - `reports`: counts and decisions for `doctor`, `/metrics`, the rules page and the charts;
//! - `accounts`: the people and scripts allowed to act on the queue.
//!
//! No SQL is written outside this module; the queries are plain SQL with `?` parameters and
//! RFC 3339 timestamps as text, so a PostgreSQL backend can follow.

mod accounts;
mod conversations;
mod direct;
mod drafts;
mod mirrors;
mod recording;
mod reports;
mod review;
mod sending;
mod store;
mod types;
mod verdicts;

pub use accounts::{BadUserName, Session, UserName, random_token};
pub use conversations::{Closed, Envelope, Folder, Turn};
pub use mirrors::{ClientSent, DELETED_IN_THE_MAIL_CLIENT, MirrorCopy, Mirrored};
pub use recording::{Prepared, Recording, dedupe_key};
pub use reports::{Counts, Decision, DraftFate, Since, Unparsed};
pub use review::{RedraftFailed, Resolution};
pub use store::{Store, StoreError};
pub use types::{
    Actor, ActorKind, Claimed, DraftBody, DraftDetail, DraftId, DraftState, DraftSummary, Edit,
    EmptyBody, Event, Incoming, InvalidDraftId, Position, Recorded, StoredId, UnknownState, age,
};
