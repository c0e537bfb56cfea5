//! Recording intake: each message once, with its verdict and draft, and where intake stands in
//! each IMAP folder.

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};
use sqlx::Row;

use super::conversations::{
    Closed, Envelope, Folder, Indexed, ToIndex, index_all, index_in, known_in, open_drafts_in,
};
use super::direct::{Insert, Value};
use super::store::{
    DoormanEvent, MAX_BINDS, Store, StoreError, begin_writing, insert_events, now, push_list, ts,
};
use super::types::{DraftId, Incoming, Position, Recorded, StoredId};
use super::verdicts::{Described, verdict_json};
use crate::rules::Verdict;
use crate::screener::{Known, Screening};

/// Message-ID plus a hash of the body: the same mail seen twice has the same key even when
/// servers added different trace headers; a message without a Message-ID is keyed by all of it.
pub fn dedupe_key(raw: &[u8], message_id: Option<&str>) -> String {
    let mut hasher = Sha256::new();
    match message_id {
        Some(id) => {
            let body_start = find_body(raw);
            hasher.update(id.as_bytes());
            hasher.update([0]);
            hasher.update(&raw[body_start..]);
        }
        None => hasher.update(raw),
    }
    hex::encode(hasher.finalize())
}

fn find_body(raw: &[u8]) -> usize {
    raw.windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n").map(|p| p + 2))
        .unwrap_or(raw.len())
}

impl Store {
    /// Where intake stands in an IMAP folder, `None` before doorman first watched it.
    pub async fn mailbox_position(&self, mailbox: &str) -> Result<Option<Position>, StoreError> {
        let row = sqlx::query(
            "SELECT uid_validity, last_uid, history_until FROM mailbox_state WHERE mailbox = ?",
        )
        .bind(mailbox)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| Position {
            uid_validity: r.get::<i64, _>(0) as u32,
            last_uid: r.get::<i64, _>(1) as u32,
            history_until: r.get::<Option<i64>, _>(2).unwrap_or(0) as u32,
        }))
    }

    /// Starts a folder over: on first watching it, or when a new UIDVALIDITY makes every UID
    /// new. UIDs up to `history_until` were there before doorman watched: history. Messages
    /// seen before are recognised by their dedupe key.
    pub async fn reset_mailbox(
        &self,
        mailbox: &str,
        uid_validity: u32,
        history_until: u32,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, history_until, updated_at) VALUES (?, ?, 0, ?, ?)
             ON CONFLICT (mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = 0, history_until = excluded.history_until, updated_at = excluded.updated_at",
        )
        .bind(mailbox)
        .bind(i64::from(uid_validity))
        .bind(i64::from(history_until))
        .bind(ts(now()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Moves an IMAP folder's position past `uid`. Called only after the message is recorded
    /// and marked on the server, so a crash in between makes doorman see it again (the store
    /// recognises it) and finish marking it, instead of leaving it unmarked for good.
    pub async fn advance_mailbox(
        &self,
        mailbox: &str,
        uid_validity: u32,
        uid: u32,
    ) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        advance_in(&mut conn, mailbox, uid_validity, uid).await
    }

    /// Records a screened message and its draft in one transaction: killed at any point, either
    /// all of it is stored or none of it is. The folder position moves separately, with
    /// [`Store::advance_mailbox`], once the message is also marked on the server.
    pub async fn record(&self, incoming: &Incoming) -> Result<Recorded, StoreError> {
        let mut recorded = self.record_all(std::slice::from_ref(incoming)).await?;
        Ok(recorded.remove(0))
    }

    /// [`Store::record`] for a fetched batch, in one transaction: one commit (and one sync to
    /// disk) for the batch instead of one per message, all or nothing, and a few statements
    /// for the whole batch instead of several per message.
    pub async fn record_all(&self, batch: &[Incoming]) -> Result<Vec<Recorded>, StoreError> {
        let columns = batch
            .iter()
            .map(Columns::of)
            .collect::<Result<Vec<_>, _>>()?;
        let rows = batch
            .iter()
            .zip(&columns)
            .map(|(incoming, columns)| MessageRow::new(incoming, columns))
            .collect();
        self.record_rows(rows).await
    }

    /// [`Store::record_all`] for messages [`Prepared`] where they were screened.
    pub async fn record_prepared(&self, batch: &[Prepared]) -> Result<Vec<Recorded>, StoreError> {
        self.record_rows(batch.iter().map(MessageRow::of).collect())
            .await
    }

    async fn record_rows(&self, rows: Vec<MessageRow<'_>>) -> Result<Vec<Recorded>, StoreError> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        self.start_rows(rows).await?.finish().await
    }

    /// Starts recording a batch as [`Store::record_all`] does: its messages are stored and
    /// placed in their conversations, in a transaction left open so that the store can be asked
    /// about the next batch meanwhile (see [`Recording`]).
    pub async fn start_recording<'a>(
        &self,
        batch: &'a [Prepared],
    ) -> Result<Recording<'a>, StoreError> {
        self.start_rows(batch.iter().map(MessageRow::of).collect())
            .await
    }

    async fn start_rows<'a>(&self, rows: Vec<MessageRow<'a>>) -> Result<Recording<'a>, StoreError> {
        let mut tx = begin_writing(&self.pool).await?;
        let placed = place(&mut tx, rows).await?;
        Ok(Recording { tx, placed })
    }
}

/// A batch half recorded: its messages are stored and placed in their conversations, which is
/// all that the store's answers about other mail read, so the next batch can be indexed and
/// asked about in the same transaction, as the store will stand once this batch is recorded.
/// [`Recording::finish`] writes the drafts and the audit trail and commits; dropped before
/// that, nothing of it is stored.
pub struct Recording<'a> {
    /// Open until [`Recording::finish`].
    tx: sqlx::Transaction<'static, sqlx::Sqlite>,
    placed: Placed<'a>,
}

impl Recording<'_> {
    /// [`Store::index_mail`], in this transaction, after this batch.
    pub async fn index_mail(
        &mut self,
        mailbox: &str,
        folder: Folder,
        envelopes: &[Envelope],
    ) -> Result<Closed, StoreError> {
        index_in(&mut self.tx, mailbox, folder, envelopes, &[]).await
    }

    /// [`Store::advance_mailbox`], committed with this batch: for a round marked on the
    /// server while this batch was screened, one commit instead of two.
    pub async fn advance_mailbox(
        &mut self,
        mailbox: &str,
        uid_validity: u32,
        uid: u32,
    ) -> Result<(), StoreError> {
        advance_in(&mut self.tx, mailbox, uid_validity, uid).await
    }

    /// [`Store::known_all`], as the store will stand once this batch is recorded.
    pub async fn known_all(
        &mut self,
        asked: &[(&Envelope, Option<&str>)],
    ) -> Result<Vec<Known>, StoreError> {
        known_in(&mut self.tx, asked).await
    }

    /// Writes the batch's drafts and audit trail and commits: what recording did with each
    /// message, in the batch's order.
    pub async fn finish(mut self) -> Result<Vec<Recorded>, StoreError> {
        let recorded = write_drafts(&mut self.tx, self.placed).await?;
        self.tx.commit().await?;
        Ok(recorded)
    }
}

/// [`Store::advance_mailbox`] on a connection, or inside a transaction.
async fn advance_in(
    conn: &mut sqlx::SqliteConnection,
    mailbox: &str,
    uid_validity: u32,
    uid: u32,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (mailbox) DO UPDATE SET last_uid = MAX(mailbox_state.last_uid, excluded.last_uid), updated_at = excluded.updated_at
         WHERE mailbox_state.uid_validity = excluded.uid_validity",
    )
    .bind(mailbox)
    .bind(i64::from(uid_validity))
    .bind(i64::from(uid))
    .bind(ts(now()))
    .execute(conn)
    .await?;
    Ok(())
}

/// A screened message with the columns of its row worked out ([`Columns`]): made where it was
/// screened, on every core, so that the store's one writer only writes.
pub struct Prepared {
    pub incoming: Incoming,
    columns: Columns,
}

impl Prepared {
    pub fn of(incoming: Incoming) -> Result<Prepared, StoreError> {
        let columns = Columns::of(&incoming)?;
        Ok(Prepared { incoming, columns })
    }
}

/// The columns of a message's row in `messages` that take work to make: its dedupe key (a
/// hash of the message), its verdict as JSON and the audit trail's words for it.
struct Columns {
    key: String,
    sender: Option<String>,
    verdict_json: Option<String>,
    /// The audit trail's words for it.
    action: String,
}

impl Columns {
    fn of(incoming: &Incoming) -> Result<Columns, StoreError> {
        let message_id = incoming.screening.message_id().map(|id| id.as_ref());
        let mut columns = Columns {
            key: dedupe_key(&incoming.raw, message_id),
            sender: None,
            verdict_json: None,
            action: String::new(),
        };
        match &incoming.screening {
            Screening::Screened {
                sender, verdict, ..
            } => {
                columns.sender = sender.as_ref().map(ToString::to_string);
                columns.verdict_json = Some(verdict_json(verdict)?);
                columns.action = format!("screened: {}", verdict.summary());
            }
            Screening::Unparseable { error } => {
                columns.action = format!("stored unparsed: {error}");
            }
        }
        Ok(columns)
    }
}

/// One message's row in `messages`.
struct MessageRow<'a> {
    incoming: &'a Incoming,
    columns: &'a Columns,
    /// When it was recorded: taken by the writer, one message after the other, so that the
    /// queue lists a batch in the order it arrived.
    at: String,
}

impl<'a> MessageRow<'a> {
    fn new(incoming: &'a Incoming, columns: &'a Columns) -> MessageRow<'a> {
        MessageRow {
            incoming,
            columns,
            at: ts(now()),
        }
    }

    fn of(prepared: &'a Prepared) -> MessageRow<'a> {
        MessageRow::new(&prepared.incoming, &prepared.columns)
    }

    /// What the store knows the message by: its mailbox and dedupe key.
    fn ident(&self) -> (&'a str, &'a str) {
        (self.incoming.mailbox.as_str(), self.columns.key.as_str())
    }

    fn verdict(&self) -> Option<&'a Verdict> {
        match &self.incoming.screening {
            Screening::Screened { verdict, .. } => Some(verdict),
            Screening::Unparseable { .. } => None,
        }
    }
}

/// Which draft a message of the batch joins.
#[derive(Clone, Copy)]
enum Joins {
    /// A draft recorded before the batch.
    Stored(i64),
    /// The draft of the `n`th message of the batch.
    Batch(usize),
}

/// A batch's messages stored and placed in their conversations.
struct Placed<'a> {
    rows: Vec<MessageRow<'a>>,
    /// Each message's new row, or `Err` with the row it repeats.
    ids: Vec<Result<i64, i64>>,
    /// Each new message's place in its conversation, by its number in the batch.
    indexed: Vec<(usize, Indexed)>,
}

/// Stores a batch's messages and places them in their conversations, inside the caller's
/// transaction, each as if recorded after the ones before it: the second copy of a message is
/// a duplicate of the first, and a reply joins the conversation of a request earlier in the
/// same batch.
async fn place<'a>(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    rows: Vec<MessageRow<'a>>,
) -> Result<Placed<'a>, StoreError> {
    let ids = insert_messages(tx, &rows).await?;

    // Each new message's place in a conversation, mailbox by mailbox in the batch's order.
    let mut indexed = Vec::with_capacity(rows.len());
    for run in (0..rows.len())
        .filter(|&n| ids[n].is_ok() && rows[n].incoming.envelope.is_some())
        .collect::<Vec<_>>()
        .chunk_by(|&a, &b| rows[a].incoming.mailbox == rows[b].incoming.mailbox)
    {
        let items: Vec<ToIndex> = run
            .iter()
            .map(|&n| ToIndex {
                envelope: rows[n].incoming.envelope.as_ref().expect("filtered above"),
                message_row: ids[n].ok(),
                draft_id: None,
            })
            .collect();
        let mailbox = &rows[run[0]].incoming.mailbox;
        let placed = index_all(tx, mailbox, Folder::Inbox, &items).await?;
        indexed.extend(run.iter().copied().zip(placed));
    }
    Ok(Placed { rows, ids, indexed })
}

/// Writes the drafts and the audit trail of a placed batch, inside the caller's transaction.
/// A nudge joins the draft of a request earlier in the same batch as it joins one recorded
/// before it.
async fn write_drafts(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    placed: Placed<'_>,
) -> Result<Vec<Recorded>, StoreError> {
    let Placed { rows, ids, indexed } = placed;
    // A nudge on a request whose draft is still open joins that draft: one request, one
    // reply. Only a conversation the index already held can have a draft.
    let mut threads: Vec<&str> = indexed
        .iter()
        .filter(|(_, i)| i.joined_known)
        .map(|(_, i)| i.thread.as_str())
        .collect();
    threads.sort_unstable();
    threads.dedup();
    let open = open_drafts_in(tx, &threads).await?;
    let mut joins: HashMap<usize, Joins> = HashMap::new();
    let mut drafted: Vec<usize> = Vec::new();
    // The first draft of this batch in each conversation, by its message.
    let mut batch_open: HashMap<&str, usize> = HashMap::new();
    for (n, placed) in &indexed {
        let thread = placed.thread.as_str();
        let joined = match placed.joined_known {
            true => open
                .get(thread)
                .map(|&id| Joins::Stored(id))
                .or_else(|| batch_open.get(thread).map(|&m| Joins::Batch(m))),
            false => None,
        };
        if let Some(joined) = joined {
            joins.insert(*n, joined);
        } else if let Screening::Screened { draft: Some(_), .. } = &rows[*n].incoming.screening {
            drafted.push(*n);
            // Only a message with an entry of its own is found in its conversation.
            if placed.new {
                batch_open.entry(thread).or_insert(*n);
            }
        }
    }

    let drafts = insert_drafts(tx, &rows, &ids, &drafted).await?;
    let joined: HashMap<usize, i64> = joins
        .iter()
        .map(|(&n, joined)| {
            let id = match *joined {
                Joins::Stored(id) => id,
                Joins::Batch(m) => drafts[&m],
            };
            (n, id)
        })
        .collect();

    // The audit trail in the order one message at a time would write it for each draft: its
    // message screened, then drafted, then any nudge that joined it.
    let details: HashMap<usize, String> = joined
        .keys()
        .map(|&n| {
            let detail = format!(
                "a new message in this conversation ({}) joined the draft",
                rows[n].incoming.screening.sender_and_subject()
            );
            (n, detail)
        })
        .collect();
    let mut events = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        if let Ok(message) = ids[n] {
            events.push(DoormanEvent {
                message: Some(message),
                draft: None,
                action: "screened",
                detail: Some(&row.columns.action),
                at: &row.at,
            });
        }
    }
    for n in &drafted {
        let Screening::Screened {
            draft: Some(draft), ..
        } = &rows[*n].incoming.screening
        else {
            continue;
        };
        events.push(DoormanEvent {
            message: ids[*n].ok(),
            draft: Some(drafts[n]),
            action: "drafted",
            detail: Some(draft.outcome.as_ref()),
            at: &rows[*n].at,
        });
    }
    let mut joiners: Vec<usize> = joined.keys().copied().collect();
    joiners.sort_unstable();
    for n in &joiners {
        events.push(DoormanEvent {
            message: ids[*n].ok(),
            draft: Some(joined[n]),
            action: "joined",
            detail: Some(&details[n]),
            at: &rows[*n].at,
        });
    }
    insert_events(tx, &events).await?;
    for n in &joiners {
        sqlx::query("UPDATE messages SET joined_draft = ? WHERE id = ?")
            .bind(joined[n])
            .bind(ids[*n].ok())
            .execute(&mut **tx)
            .await?;
    }

    Ok(ids
        .iter()
        .enumerate()
        .map(|(n, id)| match id {
            Ok(message) => Recorded::New {
                message: StoredId(*message),
                draft: drafts.get(&n).copied().map(DraftId),
                joined: joined.get(&n).copied().map(DraftId),
            },
            Err(existing) => Recorded::Duplicate {
                message: StoredId(*existing),
            },
        })
        .collect())
}

/// Inserts the batch's messages: for each one its new row, or, for a message stored before or
/// earlier in the batch, `Err` with the row it repeats.
async fn insert_messages(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    rows: &[MessageRow<'_>],
) -> Result<Vec<Result<i64, i64>>, StoreError> {
    // The first copy of a message in the batch is the one inserted, unless it is stored.
    let mut first: HashMap<(&str, &str), usize> = HashMap::with_capacity(rows.len());
    for (n, row) in rows.iter().enumerate() {
        first.entry(row.ident()).or_insert(n);
    }
    let mut idents: Vec<(&str, &str)> = first.keys().copied().collect();
    idents.sort_unstable();
    let before = message_rows(tx, &idents).await?;
    let new: Vec<&MessageRow> = rows
        .iter()
        .enumerate()
        .filter(|(n, row)| first[&row.ident()] == *n && !before.contains_key(&row.ident()))
        .map(|(_, row)| row)
        .collect();
    let described = Described::of(tx, new.iter().filter_map(|row| row.verdict())).await?;
    // Each new row's id, by its ident.
    let mut stored: HashMap<(&str, &str), i64> = HashMap::with_capacity(new.len());
    let mut handle = tx.lock_handle().await?;
    let mut insert = Insert::prepare(
        &mut handle,
        "INSERT INTO messages (mailbox, dedupe_key, uid_validity, uid, header_message_id, raw, received_at, parse_error, sender, subject, outcome, score, verdict_json, hit_descriptions, screened_at, arrived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )?;
    for row in &new {
        let incoming = row.incoming;
        let (subject, parse_error) = match &incoming.screening {
            Screening::Screened { subject, .. } => (Some(subject.as_str()), None),
            Screening::Unparseable { error } => (None, Some(error.as_str())),
        };
        let verdict = row.verdict();
        let descriptions = verdict.map(|v| described.column(v));
        let arrived_at = incoming
            .envelope
            .as_ref()
            .and_then(|e| e.arrived_at)
            .map(ts);
        let id = insert.row(&[
            incoming.mailbox.as_str().into(),
            row.columns.key.as_str().into(),
            incoming.uid_validity.map(i64::from).into(),
            incoming.uid.map(i64::from).into(),
            incoming.screening.message_id().map(|id| id.as_ref()).into(),
            Value::Blob(incoming.raw.as_slice()),
            row.at.as_str().into(),
            parse_error.into(),
            row.columns.sender.as_deref().into(),
            subject.into(),
            verdict.map(|v| v.outcome.as_ref()).into(),
            verdict.map_or(Value::Null, |v| Value::Real(v.score)),
            row.columns.verdict_json.as_deref().into(),
            descriptions.as_deref().into(),
            row.at.as_str().into(),
            arrived_at.as_deref().into(),
        ])?;
        stored.insert(row.ident(), id);
    }
    drop(insert);
    drop(handle);
    rows.iter()
        .enumerate()
        .map(|(n, row)| {
            let ident = row.ident();
            match (before.get(&ident), stored.get(&ident)) {
                (Some(&id), _) => Ok(Err(id)),
                (None, Some(&id)) if first[&ident] == n => Ok(Ok(id)),
                (None, Some(&id)) => Ok(Err(id)),
                (None, None) => Err(StoreError::Corrupt(format!(
                    "message {} was neither stored nor new",
                    row.columns.key
                ))),
            }
        })
        .collect()
}

/// The stored rows of messages given by (mailbox, dedupe key), sorted by mailbox.
async fn message_rows<'k>(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    idents: &[(&'k str, &'k str)],
) -> Result<HashMap<(&'k str, &'k str), i64>, StoreError> {
    let mut found = HashMap::with_capacity(idents.len());
    for run in idents.chunk_by(|a, b| a.0 == b.0) {
        let mailbox = run[0].0;
        // The keys as the caller holds them, to find each one the store sends back.
        let keys: HashSet<&'k str> = run.iter().map(|&(_, key)| key).collect();
        for chunk in run.chunks(MAX_BINDS - 1) {
            let mut query =
                sqlx::QueryBuilder::new("SELECT id, dedupe_key FROM messages WHERE mailbox = ");
            query.push_bind(mailbox).push(" AND dedupe_key IN (");
            let listed: Vec<&str> = chunk.iter().map(|&(_, key)| key).collect();
            push_list(&mut query, &listed);
            let rows: Vec<(i64, String)> = query.build_query_as().fetch_all(&mut **tx).await?;
            for (id, key) in rows {
                if let Some(&key) = keys.get(key.as_str()) {
                    found.insert((mailbox, key), id);
                }
            }
        }
    }
    Ok(found)
}

/// Inserts the drafts of the batch's messages numbered in `drafted`; returns each one's id by
/// its message's number. A draft's first version is its body until it is edited (see
/// [`super::drafts::VERSIONS`]).
async fn insert_drafts(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    rows: &[MessageRow<'_>],
    ids: &[Result<i64, i64>],
    drafted: &[usize],
) -> Result<HashMap<usize, i64>, StoreError> {
    let draft_of = |n: usize| match &rows[n].incoming.screening {
        Screening::Screened {
            draft: Some(draft), ..
        } => draft,
        _ => unreachable!("only messages with a draft are drafted"),
    };
    let mut written = HashMap::with_capacity(drafted.len());
    let mut handle = tx.lock_handle().await?;
    let mut insert = Insert::prepare(
        &mut handle,
        "INSERT INTO drafts (message_row, outcome, to_name, to_address, cc, subject, in_reply_to, refs, body, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
    )?;
    for &n in drafted {
        let draft = draft_of(n);
        let refs: Vec<&str> = draft.references.iter().map(|r| r.as_ref()).collect();
        let refs = refs.join(" ");
        let cc: Vec<String> = draft.cc.iter().map(ToString::to_string).collect();
        let cc = cc.join("\n");
        let message = ids[n].expect("only new messages get drafts");
        let id = insert.row(&[
            Value::Int(message),
            draft.outcome.as_ref().into(),
            draft.to.name.as_deref().into(),
            draft.to.address.as_ref().into(),
            cc.as_str().into(),
            draft.subject.as_str().into(),
            draft.in_reply_to.as_ref().map(|i| i.as_ref()).into(),
            refs.as_str().into(),
            draft.body.as_str().into(),
            rows[n].at.as_str().into(),
            rows[n].at.as_str().into(),
        ])?;
        written.insert(n, id);
    }
    Ok(written)
}
