//! Conversations: every message doorman knows of, by its headers, so that a message is matched
//! to its thread, a reply written by hand closes the draft it makes unnecessary, and the firm's
//! past correspondents are recognised.
//!
//! A message joins the thread of the first message it answers or refers to that the store
//! knows (In-Reply-To first, then References from the newest), as mail programs thread. Failing
//! that, as Zammad does, a reply subject ("Re: ...") joins a conversation with the same subject
//! that its sender already takes part in. Otherwise it starts a conversation of its own.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use sqlx::{Row, SqliteConnection};

use super::direct::{Insert, Value};
use super::mirrors::{ClientSent, record_sent_from_client};
use super::store::{
    MAX_BINDS, Store, StoreError, begin_writing, insert_event, insert_event_by, now, select_in, ts,
};
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
        if envelopes.is_empty() {
            return Ok(Closed::default());
        }
        let mut tx = begin_writing(&self.pool).await?;
        let closed = index_in(&mut tx, mailbox, folder, envelopes, from_client).await?;
        tx.commit().await?;
        Ok(closed)
    }

    /// What the store knows of each message of a batch about to be screened, asked with the
    /// address a reply would go to: its conversation, whether a person answered it, and
    /// whether the firm had written to that address in another conversation before it.
    /// `clients:` is the caller's to add. Asked in a few statements for the whole batch; every
    /// answer is the store's as it stands before the batch is recorded.
    pub async fn known_all(
        &self,
        asked: &[(&Envelope, Option<&str>)],
    ) -> Result<Vec<Known>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        known_in(&mut conn, asked).await
    }
}

/// Indexes messages found in a folder inside the caller's transaction: see
/// [`Store::index_sent_from`].
pub(super) async fn index_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    mailbox: &str,
    folder: Folder,
    envelopes: &[Envelope],
    from_client: &[ClientSent],
) -> Result<Closed, StoreError> {
    let mut closed = Closed::default();
    let clients: Vec<Option<&ClientSent>> = envelopes
        .iter()
        .map(|envelope| {
            from_client
                .iter()
                .find(|sent| sent.message_id == envelope.message_id)
        })
        .collect();
    let items: Vec<ToIndex> = envelopes
        .iter()
        .zip(&clients)
        .map(|(envelope, client)| ToIndex {
            envelope,
            message_row: None,
            draft_id: client.map(|sent| sent.draft.0),
        })
        .collect();
    let indexed = index_all(tx, mailbox, folder, &items).await?;
    for ((envelope, client), indexed) in envelopes.iter().zip(clients).zip(indexed) {
        match client {
            Some(sent) if indexed.new && record_sent_from_client(tx, sent).await? => {
                closed.sent_by_client.push(sent.draft);
            }
            _ if indexed.new && folder == Folder::Sent => {
                closed.extend(close_answered(tx, indexed.draft_id, envelope).await?);
            }
            _ => {}
        }
    }
    Ok(closed)
}

/// [`Store::known_all`] on the caller's connection, inside whatever transaction it is in.
pub(super) async fn known_in(
    conn: &mut SqliteConnection,
    asked: &[(&Envelope, Option<&str>)],
) -> Result<Vec<Known>, StoreError> {
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let mut ids: Vec<&str> = asked.iter().flat_map(|(e, _)| e.parents()).collect();
    ids.sort_unstable();
    ids.dedup();
    let stored = entries_with_ids(conn, &ids).await?;
    let threads = oldest_threads(&stored);
    let mut found = Vec::with_capacity(asked.len());
    for (envelope, _) in asked {
        let thread_of = |id: &str| threads.get(id).copied();
        found.push(find_thread(conn, envelope, thread_of, |_, _| None).await?);
    }

    // Both questions for every message at once: intake asks them of every message.
    let addresses: Vec<Option<String>> = asked
        .iter()
        .map(|(_, prospect)| prospect.map(str::to_lowercase))
        .collect();
    // Written to before this message, not after: a reply to another request of theirs
    // sent later in the day does not make this one a known correspondent's.
    let befores: Vec<Option<String>> = asked.iter().map(|(e, _)| e.when().map(ts)).collect();
    let mut known = vec![Known::default(); asked.len()];
    let rows: Vec<usize> = (0..asked.len()).collect();
    for chunk in rows.chunks(MAX_BINDS / 5) {
        let mut query =
            sqlx::QueryBuilder::new("WITH asked (i, message_id, address, thread, before_at) AS (");
        query.push_values(chunk, |mut row, &i| {
            row.push_bind(i as i64)
                .push_bind(asked[i].0.message_id.as_str())
                .push_bind(addresses[i].as_deref())
                .push_bind(found[i].as_deref().unwrap_or(""))
                .push_bind(befores[i].as_deref());
        });
        // Only the messages with an answer come back: in a first sync, none.
        query.push(
            "),
            answered AS (
              SELECT asked.i, MIN(COALESCE(e.written_at, e.arrived_at)) AS first, COUNT(*) AS n
              FROM asked JOIN mail_refs r ON r.ref = asked.message_id JOIN mail_index e ON e.id = r.entry
              WHERE e.folder = 'sent' GROUP BY asked.i),
            written AS (
              SELECT asked.i, MAX(COALESCE(e.written_at, e.arrived_at)) AS last, COUNT(*) AS n
              FROM asked JOIN mail_recipients r ON r.address = asked.address JOIN mail_index e ON e.id = r.entry
              WHERE e.folder = 'sent' AND e.thread <> asked.thread
                AND (asked.before_at IS NULL OR COALESCE(e.written_at, e.arrived_at) < asked.before_at)
              GROUP BY asked.i)
            SELECT i, 'answered', first, n FROM answered
            UNION ALL SELECT i, 'written', last, n FROM written",
        );
        for row in query.build().fetch_all(&mut *conn).await? {
            let i = row.get::<i64, _>(0) as usize;
            let (on_day, count): (Option<String>, i64) = (row.get(2), row.get(3));
            match row.get::<&str, _>(1) {
                "answered" => {
                    known[i].answered = Some(format!(
                        "a reply to this message is already in the Sent folder{}",
                        on(on_day)
                    ));
                }
                _ => {
                    if let Some(address) = &addresses[i] {
                        known[i].correspondent = Some(format!(
                            "the firm has written to {address} before ({count} message{}, last{})",
                            if count == 1 { "" } else { "s" },
                            on(on_day)
                        ));
                    }
                }
            }
        }
    }

    for (known, thread) in known.iter_mut().zip(&found) {
        if let Some(thread) = thread {
            known.conversation = Some(conversation(conn, thread).await?);
        }
    }
    Ok(known)
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

/// An index entry, found by its Message-ID.
struct Entry {
    message_id: String,
    thread: String,
    mailbox: String,
    folder: String,
    draft_id: Option<i64>,
}

/// Every index entry whose Message-ID is one of `ids`, oldest first.
async fn entries_with_ids(
    conn: &mut SqliteConnection,
    ids: &[&str],
) -> Result<Vec<Entry>, StoreError> {
    let mut rows: Vec<(i64, String, String, String, String, Option<i64>)> = select_in(
        conn,
        "SELECT id, message_id, thread, mailbox, folder, draft_id FROM mail_index WHERE message_id IN (",
        ids,
        "",
    )
    .await?;
    rows.sort_unstable_by_key(|row| row.0);
    Ok(rows
        .into_iter()
        .map(|(_, message_id, thread, mailbox, folder, draft_id)| Entry {
            message_id,
            thread,
            mailbox,
            folder,
            draft_id,
        })
        .collect())
}

/// The thread of each Message-ID: its oldest entry's, the one a lookup of that Message-ID
/// finds first.
fn oldest_threads(entries: &[Entry]) -> HashMap<&str, &str> {
    let mut threads = HashMap::with_capacity(entries.len());
    for entry in entries {
        threads
            .entry(entry.message_id.as_str())
            .or_insert(entry.thread.as_str());
    }
    threads
}

/// The conversation a message belongs to, when one is known: that of the first message it
/// answers or refers to (In-Reply-To, then References from the newest) that `thread_of` knows,
/// else, as Zammad does, the newest one whose subject a reply subject ("Re: ...") repeats and
/// that its sender takes part in. `in_batch` looks that up among the messages placed before it
/// in its batch, which are newer than any the store holds.
async fn find_thread<'a>(
    conn: &mut SqliteConnection,
    envelope: &Envelope,
    thread_of: impl Fn(&str) -> Option<&'a str>,
    in_batch: impl Fn(&str, &str) -> Option<&'a str>,
) -> Result<Option<String>, StoreError> {
    if let Some(thread) = envelope.parents().into_iter().find_map(thread_of) {
        return Ok(Some(thread.to_string()));
    }
    let Some((key, participant)) = subject_match(envelope) else {
        return Ok(None);
    };
    match in_batch(&key, participant) {
        Some(thread) => Ok(Some(thread.to_string())),
        None => thread_by_subject(conn, &key, participant).await,
    }
}

/// What Zammad's fallback matches a reply subject on: its subject key and someone who takes
/// part (the sender, or failing one the first recipient).
fn subject_match(envelope: &Envelope) -> Option<(String, &str)> {
    let participant = match envelope.sender.as_deref() {
        Some(sender) => sender,
        None => envelope.recipients.first()?,
    };
    if !is_reply_subject(&envelope.subject) {
        return None;
    }
    let key = subject_key(&envelope.subject);
    (!key.is_empty()).then_some((key, participant))
}

/// The newest stored conversation with this subject key that `participant` takes part in.
async fn thread_by_subject(
    conn: &mut SqliteConnection,
    key: &str,
    participant: &str,
) -> Result<Option<String>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT e.thread FROM mail_index e WHERE e.subject_key = ?
           AND (e.sender = ? OR EXISTS (SELECT 1 FROM mail_recipients r WHERE r.entry = e.id AND r.address = ?))
         ORDER BY e.id DESC LIMIT 1",
    )
    .bind(key)
    .bind(participant)
    .bind(participant)
    .fetch_optional(&mut *conn)
    .await?)
}

/// A message to add to the index, for [`index_all`].
pub(super) struct ToIndex<'a> {
    pub envelope: &'a Envelope,
    /// The stored message, for mail doorman screened.
    pub message_row: Option<i64>,
    /// The draft it is the reply from, for doorman's own replies.
    pub draft_id: Option<i64>,
}

/// What [`index_all`] did with a message.
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

/// Where [`index_all`] puts a message.
enum Place {
    /// Indexed before this batch: left as it is.
    Stored {
        thread: String,
        draft_id: Option<i64>,
    },
    /// The `n`th new entry of the batch.
    New(usize),
    /// Indexed earlier in this batch, as the `n`th new entry.
    Again(usize),
}

/// A new entry of a batch.
struct NewEntry {
    /// Its message in the batch.
    item: usize,
    thread: String,
    subject_key: String,
    joined_known: bool,
    /// The draft it is doorman's reply from, when it is one.
    draft_id: Option<i64>,
}

/// Adds messages to the index (thread, references, recipients), each unless it is there
/// already, in a few statements for the whole batch. They are placed in order, each as if
/// those before it were indexed already, so a reply joins the thread of a request in the same
/// batch.
pub(super) async fn index_all(
    conn: &mut SqliteConnection,
    mailbox: &str,
    folder: Folder,
    items: &[ToIndex<'_>],
) -> Result<Vec<Indexed>, StoreError> {
    let mut ids: Vec<&str> = items
        .iter()
        .flat_map(|item| {
            let envelope = item.envelope;
            let mut ids = envelope.parents();
            ids.push(&envelope.message_id);
            ids
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let stored = entries_with_ids(conn, &ids).await?;
    let threads = oldest_threads(&stored);
    let mut here: HashMap<&str, &Entry> = HashMap::new();
    for entry in stored
        .iter()
        .filter(|e| e.mailbox == mailbox && e.folder == folder.as_str())
    {
        here.entry(entry.message_id.as_str()).or_insert(entry);
    }

    let mut places = Vec::with_capacity(items.len());
    let mut new: Vec<NewEntry> = Vec::new();
    let mut new_ids: HashMap<&str, usize> = HashMap::new();
    for (n, item) in items.iter().enumerate() {
        let envelope = item.envelope;
        let id = envelope.message_id.as_str();
        if let Some(entry) = here.get(id) {
            places.push(Place::Stored {
                thread: entry.thread.clone(),
                draft_id: entry.draft_id,
            });
            continue;
        }
        if let Some(&earlier) = new_ids.get(id) {
            places.push(Place::Again(earlier));
            continue;
        }
        // A stored entry is older than one of this batch, so it is found first.
        let thread_of = |parent: &str| {
            threads
                .get(parent)
                .copied()
                .or_else(|| new_ids.get(parent).map(|&k| new[k].thread.as_str()))
        };
        let in_batch = |key: &str, participant: &str| {
            let newest = new.iter().rev().find(|entry| {
                let other = items[entry.item].envelope;
                entry.subject_key == key
                    && (other.sender.as_deref() == Some(participant)
                        || other.recipients.iter().any(|r| r == participant))
            });
            newest.map(|entry| entry.thread.as_str())
        };
        let found = find_thread(conn, envelope, thread_of, in_batch).await?;
        // A message not answering one the store knows starts its conversation, named after
        // the first message it refers to when it refers to any: later mail of the thread finds
        // it so.
        let joined_known = found.is_some();
        let thread = found.unwrap_or_else(|| {
            envelope
                .references
                .first()
                .or(envelope.in_reply_to.as_ref())
                .unwrap_or(&envelope.message_id)
                .clone()
        });
        new_ids.insert(id, new.len());
        places.push(Place::New(new.len()));
        new.push(NewEntry {
            item: n,
            thread,
            subject_key: subject_key(&envelope.subject),
            joined_known,
            draft_id: None,
        });
    }

    // doorman's own reply, found again in the Sent folder, is known by its Message-ID.
    if folder == Folder::Sent {
        let ids: Vec<&str> = new
            .iter()
            .filter(|entry| items[entry.item].draft_id.is_none())
            .map(|entry| items[entry.item].envelope.message_id.as_str())
            .collect();
        let replies = drafts_replied_as(conn, &ids).await?;
        for entry in &mut new {
            let item = &items[entry.item];
            entry.draft_id = item.draft_id.or_else(|| {
                let id = item.envelope.message_id.as_str();
                replies.get(id).copied()
            });
        }
    } else {
        for entry in &mut new {
            entry.draft_id = items[entry.item].draft_id;
        }
    }

    // Each new entry's row, then its references and recipients by that row's id, written
    // straight through SQLite (see [`super::direct`]). No other writer indexes meanwhile:
    // SQLite lets this transaction write only if nothing was written since it read the index
    // above, so none of these rows is there yet (on PostgreSQL, the insert's RETURNING would
    // say which rows another writer got to first).
    let mut handle = conn.lock_handle().await?;
    let mut insert = Insert::prepare(
        &mut handle,
        "INSERT INTO mail_index (mailbox, folder, message_id, thread, sender, subject, subject_key, written_at, arrived_at, message_row, draft_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )?;
    let mut rows = Vec::with_capacity(new.len());
    for entry in &new {
        let item = &items[entry.item];
        let envelope = item.envelope;
        let (written_at, arrived_at) = (envelope.written_at.map(ts), envelope.arrived_at.map(ts));
        rows.push(insert.row(&[
            mailbox.into(),
            folder.as_str().into(),
            envelope.message_id.as_str().into(),
            entry.thread.as_str().into(),
            envelope.sender.as_deref().into(),
            first_chars(&envelope.subject, 300).into(),
            entry.subject_key.as_str().into(),
            written_at.as_deref().into(),
            arrived_at.as_deref().into(),
            item.message_row.into(),
            entry.draft_id.into(),
        ])?);
    }
    drop(insert);
    let refs = new.iter().zip(&rows).flat_map(|(entry, &row)| {
        let parents = items[entry.item].envelope.parents();
        parents.into_iter().map(move |parent| (row, parent))
    });
    insert_by_entry(&mut handle, "mail_refs (entry, ref)", refs)?;
    let recipients = new.iter().zip(&rows).flat_map(|(entry, &row)| {
        let envelope = items[entry.item].envelope;
        let mut to: Vec<&str> = envelope.recipients.iter().map(String::as_str).collect();
        to.sort_unstable();
        to.dedup();
        to.into_iter().map(move |address| (row, address))
    });
    insert_by_entry(&mut handle, "mail_recipients (entry, address)", recipients)?;
    drop(handle);

    Ok(places
        .into_iter()
        .map(|place| match place {
            Place::Stored { thread, draft_id } => Indexed {
                thread,
                joined_known: true,
                new: false,
                draft_id,
            },
            Place::New(k) => Indexed {
                thread: new[k].thread.clone(),
                joined_known: new[k].joined_known,
                new: true,
                draft_id: new[k].draft_id,
            },
            Place::Again(k) => Indexed {
                thread: new[k].thread.clone(),
                joined_known: true,
                new: false,
                draft_id: new[k].draft_id,
            },
        })
        .collect())
}

/// `INSERT INTO table (entry, value)` for each pair of an index entry's row and a value (a
/// Message-ID it refers to, an address it was sent to).
fn insert_by_entry<'v>(
    handle: &mut sqlx::sqlite::LockedSqliteHandle<'_>,
    table: &str,
    pairs: impl Iterator<Item = (i64, &'v str)>,
) -> Result<(), StoreError> {
    let mut insert = Insert::prepare(handle, &format!("INSERT INTO {table} VALUES (?, ?)"))?;
    for (entry, value) in pairs {
        insert.row(&[Value::Int(entry), value.into()])?;
    }
    Ok(())
}

/// The first `n` characters of `text`: the index keeps a subject's start, for a person to read.
fn first_chars(text: &str, n: usize) -> &str {
    text.char_indices()
        .nth(n)
        .map_or(text, |(end, _)| &text[..end])
}

/// The drafts whose replies went out with these Message-IDs, by Message-ID.
async fn drafts_replied_as(
    conn: &mut SqliteConnection,
    ids: &[&str],
) -> Result<HashMap<String, i64>, StoreError> {
    let rows: Vec<(String, i64)> = select_in(
        conn,
        "SELECT reply_message_id, id FROM drafts WHERE reply_message_id IN (",
        ids,
        "",
    )
    .await?;
    Ok(rows.into_iter().collect())
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

/// The draft still open in each of these conversations (waiting for a person, or approved and
/// not yet sent), the oldest where there are several: a nudge in that conversation joins it
/// instead of getting a draft of its own.
pub(super) async fn open_drafts_in(
    conn: &mut SqliteConnection,
    threads: &[&str],
) -> Result<HashMap<String, i64>, StoreError> {
    // A thread is in one chunk only, so each chunk's MIN is the thread's.
    let rows: Vec<(String, i64)> = select_in(
        conn,
        "SELECT e.thread, MIN(d.id) FROM mail_index e JOIN drafts d ON d.message_row = e.message_row
         WHERE d.state IN ('pending', 'approved', 'sending', 'check', 'failed') AND e.thread IN (",
        threads,
        " GROUP BY e.thread",
    )
    .await?;
    Ok(rows.into_iter().collect())
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
