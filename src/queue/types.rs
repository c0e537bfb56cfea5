//! The queue's own types: ids and states that are valid by construction.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::drafts::Draft;
use crate::message::MessageId;
use crate::rules::{Outcome, Verdict};
use crate::screener::Screening;

use super::conversations::{Envelope, Turn};

/// A draft's number, as shown in `doorman queue` and used by `approve`, `reject`, `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DraftId(pub i64);

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A draft number that is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a draft number: use the ID column of `doorman queue`")]
pub struct InvalidDraftId(pub String);

impl FromStr for DraftId {
    type Err = InvalidDraftId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim_start_matches('#')
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .map(DraftId)
            .ok_or_else(|| InvalidDraftId(s.to_string()))
    }
}

/// A stored message's number: the row that keeps its raw bytes and its verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct StoredId(pub i64);

impl fmt::Display for StoredId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
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
    /// A person replied by hand from their mail client; this draft is never sent.
    Answered,
}

impl DraftState {
    pub const ALL: [DraftState; 8] = [
        DraftState::Pending,
        DraftState::Approved,
        DraftState::Sending,
        DraftState::Sent,
        DraftState::Rejected,
        DraftState::Failed,
        DraftState::Check,
        DraftState::Answered,
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
            DraftState::Answered => "answered",
        }
    }

    pub fn parse(value: &str) -> Option<DraftState> {
        DraftState::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Whether a person can still approve or reject a draft in this state: it is waiting, or it
    /// came back to a person after a send that may or may not have happened, or failed.
    pub fn is_decidable(self) -> bool {
        matches!(
            self,
            DraftState::Pending | DraftState::Check | DraftState::Failed
        )
    }
}

/// A state name the store does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown state {0:?}: use one of pending, approved, sending, sent, rejected, failed, check, answered"
)]
pub struct UnknownState(pub String);

impl FromStr for DraftState {
    type Err = UnknownState;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DraftState::parse(s).ok_or_else(|| UnknownState(s.to_string()))
    }
}

impl fmt::Display for DraftState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who acted on a draft: a person on the page or the command line, a script with an API token,
/// or doorman itself. Kept in the audit trail as a kind beside a name, so the numbers can tell
/// a person's decision from a script's. The firm's mail client (issue 9) and a reply a person
/// sent by hand (issue 7) are kinds of their own, so that their decisions are counted apart.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Actor {
    /// A person, by login name (the page) or by `--by` / `$USER` (the command line).
    Person(String),
    /// A script, by the name its API token was created with.
    Token(String),
    /// The firm's mail client, deciding through a flag or a folder.
    MailClient,
    /// A person who answered the prospect by hand, outside doorman.
    ByHand,
    /// doorman itself: screening, sending, recovering.
    Doorman,
}

/// The kind of an [`Actor`], as stored in `events.actor_kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    Person,
    Token,
    MailClient,
    ByHand,
    Doorman,
}

impl ActorKind {
    pub const ALL: [ActorKind; 5] = [
        ActorKind::Person,
        ActorKind::Token,
        ActorKind::MailClient,
        ActorKind::ByHand,
        ActorKind::Doorman,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Token => "token",
            ActorKind::MailClient => "mail-client",
            ActorKind::ByHand => "by-hand",
            ActorKind::Doorman => "doorman",
        }
    }

    pub fn parse(value: &str) -> Option<ActorKind> {
        ActorKind::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// How the pages say who decided.
    pub fn describe(self) -> &'static str {
        match self {
            ActorKind::Person => "by a person",
            ActorKind::Token => "with an API token",
            ActorKind::MailClient => "from the mail client",
            ActorKind::ByHand => "answered by hand",
            ActorKind::Doorman => "by doorman",
        }
    }
}

impl Actor {
    pub fn kind(&self) -> ActorKind {
        match self {
            Actor::Person(_) => ActorKind::Person,
            Actor::Token(_) => ActorKind::Token,
            Actor::MailClient => ActorKind::MailClient,
            Actor::ByHand => ActorKind::ByHand,
            Actor::Doorman => ActorKind::Doorman,
        }
    }

    /// The name in the audit trail: a person's own, `token:NAME` for a script.
    pub fn name(&self) -> String {
        match self {
            Actor::Person(name) => name.clone(),
            Actor::Token(name) => format!("token:{name}"),
            Actor::MailClient => "mail client".into(),
            Actor::ByHand => "by hand".into(),
            Actor::Doorman => "doorman".into(),
        }
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// One line of the queue.
#[derive(Debug, Clone, Serialize)]
pub struct DraftSummary {
    pub id: DraftId,
    pub state: DraftState,
    pub outcome: Outcome,
    pub score: f64,
    pub to: String,
    pub subject: String,
    /// When the prospect's message arrived.
    pub received_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub last_error: Option<String>,
}

impl DraftSummary {
    /// How long the prospect has been waiting.
    pub fn age(&self, now: DateTime<Utc>) -> chrono::Duration {
        now - self.received_at
    }

    /// A pending draft older than the firm's `remind_after_hours`: a ball about to be dropped.
    pub fn is_overdue(&self, now: DateTime<Utc>, remind_after: std::time::Duration) -> bool {
        self.state == DraftState::Pending
            && self.age(now).to_std().unwrap_or_default() > remind_after
    }
}

/// "3d 4h", "5h 12m", "12m": how long a prospect has been waiting, as a person would say it.
pub fn age(duration: chrono::Duration) -> String {
    let minutes = duration.num_minutes().max(0);
    let (days, hours, mins) = (minutes / 1440, (minutes / 60) % 24, minutes % 60);
    if days > 0 {
        format!("{days}d {hours}h")
    } else if hours > 0 {
        format!("{hours}h {mins}m")
    } else {
        format!("{mins}m")
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
    /// The reply as it stands: recipient, subject, threading and the latest body.
    pub reply: Draft,
    /// Fixed when the draft is approved, so every attempt sends the same message.
    pub reply_message_id: Option<MessageId>,
    pub attempts: i64,
    pub history: Vec<Event>,
    pub edits: Vec<Edit>,
    /// The conversation the message is part of, oldest first; empty when it stands alone.
    pub conversation: Vec<Turn>,
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
    /// Its headers for the conversation index; `None` when the bytes did not parse.
    pub envelope: Option<Envelope>,
}

/// Where intake stands in one IMAP folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub uid_validity: u32,
    /// The highest UID done with.
    pub last_uid: u32,
    /// UIDs up to this one were in the folder before doorman first watched it.
    pub history_until: u32,
}

/// What recording did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// A new message, with its draft when it got one.
    New {
        message: StoredId,
        draft: Option<DraftId>,
        /// The open draft of its conversation this message joined instead of getting its own.
        joined: Option<DraftId>,
    },
    /// Seen before (delivered twice, or seen again after a UIDVALIDITY change): nothing changed.
    Duplicate { message: StoredId },
}

/// A draft claimed by this process for sending.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: DraftId,
    /// The approved reply, exactly as the person left it.
    pub reply: Draft,
    /// The Message-ID fixed at approval: a retry sends the very same message.
    pub reply_message_id: MessageId,
    /// Attempts so far, this one included.
    pub attempts: i64,
    /// The mailbox the prospect wrote to, whose Sent folder gets a copy.
    pub mailbox: String,
}

/// A draft body a person wrote: line ends as a mail client expects them inside doorman (LF),
/// and never empty, since an empty reply is a rejection said the wrong way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftBody(String);

/// The text given for a draft's body has nothing in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the draft is empty; reject it instead")]
pub struct EmptyBody;

impl DraftBody {
    /// Accepts a body as typed in a browser (CR LF), an editor or a script.
    pub fn parse(text: &str) -> Result<DraftBody, EmptyBody> {
        let body = text.replace("\r\n", "\n");
        if body.trim().is_empty() {
            Err(EmptyBody)
        } else {
            Ok(DraftBody(body))
        }
    }

    /// Whether this body says the same as `other`, trailing blank space aside.
    pub fn same_as(&self, other: &str) -> bool {
        self.0.trim_end() == other.trim_end()
    }
}

impl AsRef<str> for DraftBody {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_like_a_person_would_say_them() {
        assert_eq!(age(chrono::Duration::minutes(12)), "12m");
        assert_eq!(age(chrono::Duration::minutes(125)), "2h 5m");
        assert_eq!(age(chrono::Duration::hours(76)), "3d 4h");
    }

    #[test]
    fn a_body_typed_in_a_browser_is_kept_with_plain_line_ends() {
        let body = DraftBody::parse("Hello Ann,\r\n\r\nThanks.\r\n").unwrap();
        assert_eq!(body.as_ref(), "Hello Ann,\n\nThanks.\n");
        assert!(body.same_as("Hello Ann,\n\nThanks."));
    }

    #[test]
    fn an_empty_body_is_refused() {
        assert_eq!(DraftBody::parse(" \r\n\t"), Err(EmptyBody));
    }
}
