//! The queue's own types: ids and states that are valid by construction.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::rules::Verdict;

/// A draft's number, as shown in `doorman queue` and used by `approve`, `reject`, `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DraftId(pub i64);

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for DraftId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim_start_matches('#')
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .map(DraftId)
            .ok_or_else(|| {
                format!("{s:?} is not a draft number: use the ID column of `doorman queue`")
            })
    }
}

/// Where a draft is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum DraftState {
    /// Waiting for a person.
    Pending,
    /// Approved; the outbox will send it.
    Approved,
    /// Being handed to the mail server right now.
    Sending,
    /// Accepted by the mail server.
    Sent,
    /// Rejected by a person; never sent.
    Rejected,
    /// The mail server refused it for good; the reason is kept.
    Failed,
    /// doorman stopped while handing it over, so it may or may not have gone out: a person
    /// must check before anything is resent.
    Check,
}

impl DraftState {
    pub const ALL: [DraftState; 7] = [
        DraftState::Pending,
        DraftState::Approved,
        DraftState::Sending,
        DraftState::Sent,
        DraftState::Rejected,
        DraftState::Failed,
        DraftState::Check,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DraftState::Pending => "pending",
            DraftState::Approved => "approved",
            DraftState::Sending => "sending",
            DraftState::Sent => "sent",
            DraftState::Rejected => "rejected",
            DraftState::Failed => "failed",
            DraftState::Check => "check",
        }
    }

    pub fn parse(value: &str) -> Option<DraftState> {
        DraftState::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

impl fmt::Display for DraftState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line of the queue.
#[derive(Debug, Clone, Serialize)]
pub struct DraftSummary {
    pub id: DraftId,
    pub state: DraftState,
    pub outcome: String,
    pub score: f64,
    pub to: String,
    pub subject: String,
    /// When the prospect's message arrived.
    pub received_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub last_error: Option<String>,
}

impl DraftSummary {
    pub fn age(&self, now: DateTime<Utc>) -> chrono::Duration {
        now - self.received_at
    }
}

/// Everything about one draft: the prospect's message, the verdict, the draft and its history.
#[derive(Debug, Clone, Serialize)]
pub struct DraftDetail {
    pub summary: DraftSummary,
    pub mailbox: String,
    pub sender: Option<String>,
    pub raw: Vec<u8>,
    pub verdict: Option<Verdict>,
    pub to_name: Option<String>,
    pub to_address: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub body: String,
    pub reply_message_id: Option<String>,
    pub attempts: i64,
    pub history: Vec<Event>,
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub action: String,
    pub actor: String,
    pub detail: Option<String>,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Edit {
    pub body: String,
    pub edited_by: String,
    pub edited_at: DateTime<Utc>,
}

/// What intake found in a mailbox, screened, ready to record.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// The source's name: an IMAP mailbox's `name`, or `maildir`.
    pub mailbox: String,
    pub uid_validity: Option<u32>,
    pub uid: Option<u32>,
    pub raw: Vec<u8>,
    pub screening: Screening,
}

/// The result of parsing and scoring one message.
// One value per message, moved straight into the store: boxing the large variant would only
// add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Screening {
    Screened {
        message_id: Option<String>,
        sender: Option<String>,
        subject: String,
        verdict: Verdict,
        draft: Option<crate::drafts::Draft>,
    },
    /// The bytes did not parse; the message is stored and flagged.
    Unparseable { error: String },
}

/// What recording did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// A new message, with its draft when it got one.
    New {
        message: i64,
        draft: Option<DraftId>,
    },
    /// Seen before (delivered twice, or seen again after a UIDVALIDITY change): nothing changed.
    Duplicate { message: i64 },
}

/// A draft claimed by this process for sending.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: DraftId,
    pub to_name: Option<String>,
    pub to_address: String,
    pub subject: String,
    pub outcome: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub body: String,
    pub reply_message_id: String,
    pub attempts: i64,
    pub mailbox: String,
}
