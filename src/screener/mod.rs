//! Raw bytes + what the store knows -> verdict and draft; reloadable.
//!
//! The screener is the one place that turns a message into a decision. It holds the firm's
//! config, rules and templates, loaded and checked together ([`Screener`]); screens raw bytes,
//! with what the store knows about the sender and the thread ([`Known`]), into a
//! [`Screening`]; writes a draft again from another outcome's template; and keeps the set in
//! force up to date as the firm edits its files ([`LiveScreener`]). Intake, the page and the
//! command line all screen through it, so the same message gets the same verdict everywhere.

mod live;
mod loading;
mod screening;

pub use live::{LiveScreener, ReloadError};
pub use loading::{LoadError, Screener};
pub use screening::{Conversation, Known, RedraftError, Screening};
