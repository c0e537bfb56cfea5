//! Conversations: every message doorman knows of, by its headers, so that a message is matched
//! to its thread, a reply written by hand closes the draft it makes unnecessary, and the firm's
//! past correspondents are recognised.
//!
//! A message joins the thread of the first message it answers or refers to that the store
//! knows (In-Reply-To first, then References from the newest), as mail programs thread. Failing
//! that, as Zammad does, a reply subject ("Re: ...") joins a conversation with the same subject
//! that its sender already takes part in. Otherwise it starts a conversation of its own.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use sqlx::{Row, SqliteConnection};

use super::mirrors::{ClientSent, record_sent_from_client};
use super::store::{Store, StoreError, insert_event, insert_event_by, now, ts};
use super::types::{ActorKind, DraftId};
use crate::message::{Message, MessageId, is_reply_subject, subject_key};
use crate::screener::{Conversation, Known};

/// Which side of the firm a message is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folder {
    /// Mail to the firm.
    Inbox,
    /// Mail from the firm: its Sent folder, and doorman's own replies.
    Sent,
}

impl Folder {
    fn as_str(self) -> &'static str {
        match self {
            Folder::Inbox => "inbox",
            Folder::Sent => "sent",
        }
    }
}

/// What the store keeps of a message to place it in its conversation: its threading headers,
/// who wrote it to whom, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// Without angle brackets; a stand-in from the headers for a message that has none.
    pub message_id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// Lower-case address.
    pub sender: Option<String>,
    /// To and Cc, lower-case addresses.
    pub recipients: Vec<String>,
    pub subject: String,
    /// The Date header.
    pub written_at: Option<DateTime<Utc>>,
    /// When it reached the folder (IMAP INTERNALDATE).
    pub arrived_at: Option<DateTime<Utc>>,
}

/// At most this many References are followed or kept per message: enough to thread.
const MAX_REFS: usize = 20;
/// At most this many of the prospect's earlier messages are read with a follow-up.
const MAX_EARLIER: i64 = 5;

impl Envelope {
    /// The envelope of a parsed message (headers are enough).
    pub fn of(message: &Message, arrived_at: Option<DateTime<Utc>>) -> Envelope {
        let lower = |m: &crate::message::Mailbox| m.address.as_ref().to_lowercase();
        let message_id = match &message.message_id {
            Some(id) => id.as_ref().to_string(),
            None => stand_in_id(message),
        };
        let mut references: Vec<String> = message
            .references
            .iter()
            .map(|r| r.as_ref().to_string())
            .collect();
        if references.len() > MAX_REFS {
            references.drain(1..references.len() - (MAX_REFS - 1));
        }
        Envelope {
            message_id,
            in_reply_to: message.in_reply_to.as_ref().map(|r| r.as_ref().to_string()),
            references,
            sender: message.from.as_ref().map(lower),
            recipients: message.to.iter().chain(&message.cc).map(lower).collect(),
            subject: message.subject.clone(),
            written_at: message.date.map(|d| d.with_timezone(&Utc)),
            arrived_at,
        }
    }

    /// The envelope of a reply doorman sends, as the Sent folder will show it.
    pub fn of_reply(reply: &crate::drafts::Draft, message_id: &MessageId) -> Envelope {
        Envelope {
            message_id: message_id.as_ref().to_string(),
            in_reply_to: reply.in_reply_to.as_ref().map(|r| r.as_ref().to_string()),
            references: reply
                .references
                .iter()
                .map(|r| r.as_ref().to_string())
                .collect(),
            sender: None,
            recipients: std::iter::once(&reply.to)
                .chain(&reply.cc)
                .map(|m| m.address.as_ref().to_lowercase())
                .collect(),
            subject: reply.subject.clone(),
            written_at: Some(now()),
            arrived_at: None,
        }
    }

    /// The ids this message answers or refers to, the likeliest parent first.
    fn parents(&self) -> Vec<&str> {
        let mut parents: Vec<&str> = self.in_reply_to.iter().map(String::as_str).collect();
        for reference in self.references.iter().rev() {
            if !parents.contains(&reference.as_str()) {
                parents.push(reference);
            }
        }
        parents
    }

    /// When the message was written or, failing a Date header, when it arrived.
    pub fn when(&self) -> Option<DateTime<Utc>> {
        self.written_at.or(self.arrived_at)
    }
}

/// A Message-ID for a message without one, the same each time the same message is read.
fn stand_in_id(message: &Message) -> String {
    let mut hasher = Sha256::new();
    for part in [
        message
            .from
            .as_ref()
            .map(|m| m.address.as_ref())
            .unwrap_or(""),
        &message.subject,
        &message.date.map(|d| d.to_rfc3339()).unwrap_or_default(),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    format!(
        "{}@no-message-id.doorman",
        &hex::encode(hasher.finalize())[..24]
    )
}

/// What indexing the Sent folder changed in the queue.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Closed {
    /// Pending drafts a person's reply made unnecessary: now `answered`.
    pub answered: Vec<DraftId>,
    /// Approved drafts not yet sent when a person replied by hand: held in `check`.
    pub held: Vec<DraftId>,
    /// `check` drafts whose reply turned up in the Sent folder: it was delivered.
    pub confirmed: Vec<DraftId>,
    /// Mirrored drafts the mail client sent: now `sent`, by the mail client.
    pub sent_by_client: Vec<DraftId>,
}

impl Closed {
    fn extend(&mut self, other: Closed) {
        self.answered.extend(other.answered);
        self.held.extend(other.held);
        self.confirmed.extend(other.confirmed);
        self.sent_by_client.extend(other.sent_by_client);
    }
}

impl Store {
    /// Indexes messages found in a folder (history, or the Sent folder), in one transaction.
    /// A message indexed before is left as it is. Messages in Sent close what they answer: see
    /// [`Closed`].
    pub async fn index_mail(
        &self,
        mailbox: &str,
        folder: Folder,
        envelopes: &[Envelope],
    ) -> Result<Closed, StoreError> {
        self.index_sent_from(mailbox, folder, envelopes, &[]).await
    }

    /// [`Store::index_mail`] for the Sent folder, where `from_client` are messages the mail
    /// client sent from mirrored drafts: those drafts are `sent`, by the mail client, and
    /// their messages are the drafts' replies in the conversation.
    pub async fn index_sent_from(
        &self,
        mailbox: &str,
        folder: Folder,
        envelopes: &[Envelope],
        from_client: &[ClientSent],
    ) -> Result<Closed, StoreError> {
        let mut closed = Closed::default();
        if envelopes.is_empty() {
            return Ok(closed);
        }
        let mut tx = self.pool.begin().await?;
        for envelope in envelopes {
            let client = from_client
                .iter()
                .find(|sent| sent.message_id == envelope.message_id);
            let draft = client.map(|sent| sent.draft.0);
            let indexed = index_one(&mut tx, mailbox, folder, envelope, None, draft).await?;
            match client {
                Some(sent) if indexed.new && record_sent_from_client(&mut tx, sent).await? => {
                    closed.sent_by_client.push(sent.draft);
                }
                _ if indexed.new && folder == Folder::Sent => {
                    closed.extend(close_answered(&mut tx, indexed.draft_id, envelope).await?);
                }
                _ => {}
            }
        }
        tx.commit().await?;
        Ok(closed)
    }

    /// What the store knows of a message about to be screened: its conversation, whether a
    /// person answered it, and whether the firm had written to `prospect` (the address the
    /// reply would go to) in another conversation before it. `clients:` is the caller's to add.
    pub async fn known(
        &self,
        envelope: &Envelope,
        prospect: Option<&str>,
    ) -> Result<Known, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let thread = find_thread(&mut conn, envelope).await?;
        let mut known = Known::default();

        // One round trip for both questions: intake asks them of every message.
        let address = prospect.map(str::to_lowercase);
        let when = envelope.when().map(ts);
        let row = sqlx::query(
            "SELECT answered.first, answered.n, written.last, written.n
             FROM (SELECT MIN(COALESCE(e.written_at, e.arrived_at)) AS first, COUNT(*) AS n
                   FROM mail_refs r JOIN mail_index e ON e.id = r.entry
                   WHERE r.ref = ?1 AND e.folder = 'sent') AS answered,
                  (SELECT MAX(COALESCE(e.written_at, e.arrived_at)) AS last, COUNT(*) AS n
                   FROM mail_recipients r JOIN mail_index e ON e.id = r.entry
                   WHERE r.address = ?2 AND e.folder = 'sent' AND e.thread <> ?3
                     AND (?4 IS NULL OR COALESCE(e.written_at, e.arrived_at) < ?4)) AS written",
        )
        .bind(&envelope.message_id)
        .bind(&address)
        .bind(thread.as_deref().unwrap_or(""))
        // Written to before this message, not after: a reply to another request of theirs
        // sent later in the day does not make this one a known correspondent's.
        .bind(&when)
        .fetch_one(&mut *conn)
        .await?;
        if row.get::<i64, _>(1) > 0 {
            known.answered = Some(format!(
                "a reply to this message is already in the Sent folder{}",
                on(row.get(0))
            ));
        }
        let count: i64 = row.get(3);
        if let (Some(address), true) = (&address, count > 0) {
            known.correspondent = Some(format!(
                "the firm has written to {address} before ({count} message{}, last{})",
                if count == 1 { "" } else { "s" },
                on(row.get(2))
            ));
        }

        if let Some(thread) = thread {
            known.conversation = Some(conversation(&mut conn, &thread).await?);
        }
        Ok(known)
    }
}

/// " on 2026-11-30" for a stored timestamp, "" without one.
fn on(at: Option<String>) -> String {
    at.and_then(|at| at.get(..10).map(|day| format!(" on {day}")))
        .unwrap_or_default()
}

/// What the store knows of one conversation.
async fn conversation(
    conn: &mut SqliteConnection,
    thread: &str,
) -> Result<Conversation, StoreError> {
    let mut conversation = Conversation::default();
    let by_hand = sqlx::query(
        "SELECT MIN(COALESCE(written_at, arrived_at)), COUNT(*) FROM mail_index WHERE thread = ? AND folder = 'sent' AND draft_id IS NULL",
    )
    .bind(thread)
    .fetch_one(&mut *conn)
    .await?;
    if by_hand.get::<i64, _>(1) > 0 {
        conversation.handled = Some(format!(
            "a person at the firm replied in this conversation{}",
            on(by_hand.get(0))
        ));
    }
    let rejected: Option<i64> = sqlx::query_scalar(
        "SELECT d.id FROM mail_index e JOIN drafts d ON d.message_row = e.message_row
         WHERE e.thread = ? AND d.state = 'rejected' ORDER BY d.id LIMIT 1",
    )
    .bind(thread)
    .fetch_optional(&mut *conn)
    .await?;
    if let (None, Some(id)) = (&conversation.handled, rejected) {
        conversation.handled = Some(format!("a person rejected draft {id} in this conversation"));
    }
    let replied = sqlx::query(
        "SELECT MAX(COALESCE(written_at, arrived_at)), COUNT(*) FROM mail_index WHERE thread = ? AND folder = 'sent' AND draft_id IS NOT NULL",
    )
    .bind(thread)
    .fetch_one(&mut *conn)
    .await?;
    if replied.get::<i64, _>(1) > 0 {
        conversation.replied = Some(format!(
            "answers the reply doorman sent{}",
            on(replied.get(0))
        ));
    }
    conversation.earlier = sqlx::query_scalar(
        "SELECT m.raw FROM mail_index e JOIN messages m ON m.id = e.message_row
         WHERE e.thread = ? AND e.folder = 'inbox' AND m.parse_error IS NULL ORDER BY e.id LIMIT ?",
    )
    .bind(thread)
    .bind(MAX_EARLIER)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT message_id FROM mail_index WHERE thread = ? ORDER BY COALESCE(written_at, arrived_at), id",
    )
    .bind(thread)
    .fetch_all(&mut *conn)
    .await?;
    conversation.references = ids
        .iter()
        .filter(|id| !id.ends_with("@no-message-id.doorman"))
        .filter_map(|id| MessageId::parse(id).ok())
        .collect();
    Ok(conversation)
}

/// The conversation a message belongs to, when the store knows one.
async fn find_thread(
    conn: &mut SqliteConnection,
    envelope: &Envelope,
) -> Result<Option<String>, StoreError> {
    let parents = envelope.parents();
    if !parents.is_empty() {
        let marks = vec!["?"; parents.len()].join(", ");
        let sql =
            format!("SELECT message_id, thread FROM mail_index WHERE message_id IN ({marks})");
        let mut query = sqlx::query(&sql);
        for parent in &parents {
            query = query.bind(*parent);
        }
        let found: Vec<(String, String)> = query
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|row| (row.get(0), row.get(1)))
            .collect();
        for parent in &parents {
            if let Some((_, thread)) = found.iter().find(|(id, _)| id == parent) {
                return Ok(Some(thread.clone()));
            }
        }
    }
    // Zammad's fallback: "Re: <a known subject>" from someone already in that conversation.
    let Some(participant) = (match envelope.sender.as_deref() {
        Some(sender) => Some(sender),
        None => envelope.recipients.first().map(String::as_str),
    }) else {
        return Ok(None);
    };
    if !is_reply_subject(&envelope.subject) {
        return Ok(None);
    }
    let key = subject_key(&envelope.subject);
    if key.is_empty() {
        return Ok(None);
    }
    Ok(sqlx::query_scalar(
        "SELECT e.thread FROM mail_index e WHERE e.subject_key = ?
           AND (e.sender = ? OR EXISTS (SELECT 1 FROM mail_recipients r WHERE r.entry = e.id AND r.address = ?))
         ORDER BY e.id DESC LIMIT 1",
    )
    .bind(&key)
    .bind(participant)
    .bind(participant)
    .fetch_optional(&mut *conn)
    .await?)
}

/// What [`index_one`] did with a message.
pub(super) struct Indexed {
    /// The conversation it was placed in.
    pub thread: String,
    /// Whether it joined a conversation the index already held (rather than starting one).
    pub joined_known: bool,
    /// False when it was indexed before and left as it was.
    pub new: bool,
    /// The draft it is doorman's reply from, when it is one.
    pub draft_id: Option<i64>,
}

/// Adds one message to the index (its thread, references and recipients) unless it is there
/// already. Written in few statements: intake indexes every message it records.
pub(super) async fn index_one(
    conn: &mut SqliteConnection,
    mailbox: &str,
    folder: Folder,
    envelope: &Envelope,
    message_row: Option<i64>,
    draft_id: Option<i64>,
) -> Result<Indexed, StoreError> {
    let found = find_thread(conn, envelope).await?;
    // A message not answering one the store knows starts its conversation, named after the
    // first message it refers to when it refers to any: later mail of the thread finds it so.
    let thread = match &found {
        Some(thread) => thread.clone(),
        None => envelope
            .references
            .first()
            .or(envelope.in_reply_to.as_ref())
            .unwrap_or(&envelope.message_id)
            .clone(),
    };
    // doorman's own reply, found again in the Sent folder, is known by its Message-ID.
    let inserted: Option<(i64, String, Option<i64>)> = sqlx::query_as(
        "INSERT INTO mail_index (mailbox, folder, message_id, thread, sender, subject, subject_key, written_at, arrived_at, message_row, draft_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                 COALESCE(?, CASE WHEN ? = 'sent' THEN (SELECT id FROM drafts WHERE reply_message_id = ?) END))
         ON CONFLICT (mailbox, folder, message_id) DO NOTHING
         RETURNING id, thread, draft_id",
    )
    .bind(mailbox)
    .bind(folder.as_str())
    .bind(&envelope.message_id)
    .bind(&thread)
    .bind(&envelope.sender)
    .bind(envelope.subject.chars().take(300).collect::<String>())
    .bind(subject_key(&envelope.subject))
    .bind(envelope.written_at.map(ts))
    .bind(envelope.arrived_at.map(ts))
    .bind(message_row)
    .bind(draft_id)
    .bind(folder.as_str())
    .bind(&envelope.message_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((entry, thread, draft_id)) = inserted else {
        let (thread, draft_id): (String, Option<i64>) = sqlx::query_as(
            "SELECT thread, draft_id FROM mail_index WHERE mailbox = ? AND folder = ? AND message_id = ?",
        )
        .bind(mailbox)
        .bind(folder.as_str())
        .bind(&envelope.message_id)
        .fetch_one(&mut *conn)
        .await?;
        return Ok(Indexed {
            thread,
            joined_known: true,
            new: false,
            draft_id,
        });
    };
    let parents = envelope.parents();
    insert_pairs(conn, "mail_refs (entry, ref)", entry, &parents).await?;
    let mut recipients: Vec<&str> = envelope.recipients.iter().map(String::as_str).collect();
    recipients.sort_unstable();
    recipients.dedup();
    insert_pairs(conn, "mail_recipients (entry, address)", entry, &recipients).await?;
    Ok(Indexed {
        thread,
        joined_known: found.is_some(),
        new: true,
        draft_id,
    })
}

/// `INSERT INTO table (entry, value)` for each value, in one statement.
async fn insert_pairs(
    conn: &mut SqliteConnection,
    table: &str,
    entry: i64,
    values: &[&str],
) -> Result<(), StoreError> {
    if values.is_empty() {
        return Ok(());
    }
    let rows = vec!["(?, ?)"; values.len()].join(", ");
    let sql = format!("INSERT INTO {table} VALUES {rows}");
    let mut query = sqlx::query(&sql);
    for value in values {
        query = query.bind(entry).bind(*value);
    }
    query.execute(&mut *conn).await?;
    Ok(())
}

/// The conversation a screened message is part of, oldest first (at most 50 turns); empty
/// when the message is all there is.
pub(super) async fn turns_of(
    conn: &mut SqliteConnection,
    message_row: i64,
) -> Result<Vec<Turn>, StoreError> {
    let Some(thread): Option<String> =
        sqlx::query_scalar("SELECT thread FROM mail_index WHERE message_row = ?")
            .bind(message_row)
            .fetch_optional(&mut *conn)
            .await?
    else {
        return Ok(Vec::new());
    };
    let rows = sqlx::query(
        "SELECT e.folder, e.sender, e.subject, COALESCE(e.written_at, e.arrived_at), e.draft_id, e.message_row,
                (SELECT group_concat(r.address, ', ') FROM mail_recipients r WHERE r.entry = e.id)
         FROM mail_index e WHERE e.thread = ? ORDER BY COALESCE(e.written_at, e.arrived_at), e.id LIMIT 50",
    )
    .bind(&thread)
    .fetch_all(&mut *conn)
    .await?;
    if rows.len() < 2 {
        return Ok(Vec::new());
    }
    rows.iter()
        .map(|row| {
            let folder: String = row.get(0);
            let from_firm = folder == "sent";
            let who: Option<String> = if from_firm { row.get(6) } else { row.get(1) };
            Ok(Turn {
                at: row
                    .get::<Option<&str>, _>(3)
                    .map(super::store::parse_ts)
                    .transpose()?,
                from_firm,
                who: who.unwrap_or_default(),
                subject: row.get(2),
                by_doorman: row.get::<Option<i64>, _>(4).map(DraftId),
                this: row.get::<Option<i64>, _>(5) == Some(message_row),
            })
        })
        .collect()
}

/// One message of a conversation, as the draft page and `show` list it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Turn {
    pub at: Option<DateTime<Utc>>,
    /// Written by the firm (its Sent folder, or doorman's reply).
    pub from_firm: bool,
    /// The sender of mail to the firm; the recipients of mail from it.
    pub who: String,
    pub subject: String,
    /// doorman's reply, with the draft it was sent from.
    pub by_doorman: Option<DraftId>,
    /// The message the draft answers.
    pub this: bool,
}

impl Turn {
    /// Who wrote it, in words: "ann@example.com", "the firm to ann@example.com", "doorman's
    /// reply (draft 4) to ann@example.com".
    pub fn author(&self) -> String {
        match (self.from_firm, self.by_doorman) {
            (true, Some(draft)) => format!("doorman's reply (draft {draft}) to {}", self.who),
            (true, None) => format!("the firm to {}", self.who),
            (false, _) => self.who.clone(),
        }
    }
}

/// The draft still open in a conversation (waiting for a person, or approved and not yet
/// sent): a nudge in that conversation joins it instead of getting a draft of its own.
pub(super) async fn open_draft_in(
    conn: &mut SqliteConnection,
    thread: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT d.id FROM mail_index e JOIN drafts d ON d.message_row = e.message_row
         WHERE e.thread = ? AND d.state IN ('pending', 'approved', 'sending', 'check', 'failed')
         ORDER BY d.id LIMIT 1",
    )
    .bind(thread)
    .fetch_optional(&mut *conn)
    .await?)
}

/// A message in the Sent folder answers the messages it refers to: their open drafts are no
/// longer needed. One that is doorman's own reply confirms a `check` draft was delivered.
async fn close_answered(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    own_reply: Option<i64>,
    envelope: &Envelope,
) -> Result<Closed, StoreError> {
    let mut closed = Closed::default();
    let at = ts(now());
    let when = envelope.when().map(ts).unwrap_or_else(|| at.clone());
    if let Some(draft) = own_reply {
        let confirmed = sqlx::query(
            "UPDATE drafts SET state = 'sent', last_error = NULL, updated_at = ? WHERE id = ? AND state = 'check'",
        )
        .bind(&at)
        .bind(draft)
        .execute(&mut **tx)
        .await?
        .rows_affected();
        if confirmed > 0 {
            insert_event(
                tx,
                None,
                Some(draft),
                "sent",
                "doorman",
                Some("the reply was found in the Sent folder: it was delivered"),
                &at,
            )
            .await?;
            closed.confirmed.push(DraftId(draft));
        }
        return Ok(closed);
    }
    for parent in envelope.parents() {
        let drafts: Vec<(i64, String)> = sqlx::query(
            "SELECT d.id, d.state FROM drafts d JOIN messages m ON m.id = d.message_row
             WHERE m.header_message_id = ? AND d.state IN ('pending', 'failed', 'approved')",
        )
        .bind(parent)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
        for (draft, state) in drafts {
            let (to, note, action) = if state == "approved" {
                (
                    "check",
                    format!(
                        "a person replied by hand{}, before this approved draft was sent: it was held and not sent; reject it, or send it anyway with `doorman resolve {draft} --send-again`",
                        on(Some(when.clone()))
                    ),
                    "held",
                )
            } else {
                (
                    "answered",
                    format!("answered by hand{}", on(Some(when.clone()))),
                    "answered",
                )
            };
            let changed = sqlx::query(
                "UPDATE drafts SET state = ?, last_error = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ? AND state = ?",
            )
            .bind(to)
            .bind(&note)
            .bind(&at)
            .bind(draft)
            .bind(&state)
            .execute(&mut **tx)
            .await?
            .rows_affected();
            if changed == 0 {
                continue;
            }
            let actor = match to {
                "answered" => (ActorKind::ByHand, "by hand"),
                _ => (ActorKind::Doorman, "doorman"),
            };
            insert_event_by(tx, None, Some(draft), action, actor, Some(&note), &at).await?;
            if to == "check" {
                closed.held.push(DraftId(draft));
            } else {
                closed.answered.push(DraftId(draft));
            }
        }
    }
    Ok(closed)
}
