//! Recording intake: each message once, with its verdict and draft, and where intake stands in
//! each IMAP folder.

use sha2::{Digest, Sha256};
use sqlx::Row;

use super::conversations::{Folder, index_one, open_draft_in};
use super::store::{Store, StoreError, insert_event, now, ts};
use super::types::{DraftId, Incoming, Position, Recorded, StoredId};
use crate::screener::Screening;

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
        sqlx::query(
            "INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (mailbox) DO UPDATE SET last_uid = MAX(mailbox_state.last_uid, excluded.last_uid), updated_at = excluded.updated_at
             WHERE mailbox_state.uid_validity = excluded.uid_validity",
        )
        .bind(mailbox)
        .bind(i64::from(uid_validity))
        .bind(i64::from(uid))
        .bind(ts(now()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records a screened message and its draft in one transaction: killed at any point, either
    /// all of it is stored or none of it is. The folder position moves separately, with
    /// [`Store::advance_mailbox`], once the message is also marked on the server.
    pub async fn record(&self, incoming: &Incoming) -> Result<Recorded, StoreError> {
        let mut recorded = self.record_all(std::slice::from_ref(incoming)).await?;
        Ok(recorded.remove(0))
    }

    /// [`Store::record`] for a fetched batch, in one transaction: one commit (and one sync to
    /// disk) for the batch instead of one per message, all or nothing.
    pub async fn record_all(&self, batch: &[Incoming]) -> Result<Vec<Recorded>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut recorded = Vec::with_capacity(batch.len());
        for incoming in batch {
            recorded.push(record_in(&mut tx, incoming).await?);
        }
        tx.commit().await?;
        Ok(recorded)
    }
}

/// Records one message inside the caller's transaction.
async fn record_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    incoming: &Incoming,
) -> Result<Recorded, StoreError> {
    {
        let message_id = incoming.screening.message_id().map(|id| id.as_ref());
        let key = dedupe_key(&incoming.raw, message_id);
        let at = ts(now());

        let (sender, subject, outcome, score, verdict_json, parse_error) = match &incoming.screening
        {
            Screening::Screened {
                sender,
                subject,
                verdict,
                ..
            } => (
                sender.as_ref().map(ToString::to_string),
                Some(subject.clone()),
                Some(verdict.outcome.to_string()),
                Some(verdict.score),
                Some(
                    serde_json::to_string(verdict)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                ),
                None,
            ),
            Screening::Unparseable { error } => (None, None, None, None, None, Some(error.clone())),
        };
        let inserted = sqlx::query(
            "INSERT INTO messages (mailbox, dedupe_key, uid_validity, uid, header_message_id, raw, received_at, parse_error, sender, subject, outcome, score, verdict_json, screened_at, arrived_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (mailbox, dedupe_key) DO NOTHING
             RETURNING id",
        )
        .bind(&incoming.mailbox)
        .bind(&key)
        .bind(incoming.uid_validity.map(i64::from))
        .bind(incoming.uid.map(i64::from))
        .bind(message_id)
        .bind(&incoming.raw)
        .bind(&at)
        .bind(&parse_error)
        .bind(&sender)
        .bind(&subject)
        .bind(&outcome)
        .bind(score)
        .bind(&verdict_json)
        .bind(&at)
        .bind(
            incoming
                .envelope
                .as_ref()
                .and_then(|e| e.arrived_at)
                .map(ts),
        )
        .fetch_optional(&mut **tx)
        .await?;

        let Some(row) = inserted else {
            let existing: i64 =
                sqlx::query_scalar("SELECT id FROM messages WHERE mailbox = ? AND dedupe_key = ?")
                    .bind(&incoming.mailbox)
                    .bind(&key)
                    .fetch_one(&mut **tx)
                    .await?;
            return Ok(Recorded::Duplicate {
                message: StoredId(existing),
            });
        };
        let message: i64 = row.get(0);
        let action = match &incoming.screening {
            Screening::Screened { verdict, .. } => format!("screened: {}", verdict.summary()),
            Screening::Unparseable { error } => format!("stored unparsed: {error}"),
        };
        insert_event(
            tx,
            Some(message),
            None,
            "screened",
            "doorman",
            Some(&action),
            &at,
        )
        .await?;

        // Its place in a conversation; a nudge on a request whose draft is still open joins
        // that draft: one request, one reply.
        let mut joined = None;
        if let Some(envelope) = &incoming.envelope {
            let indexed = index_one(
                tx,
                &incoming.mailbox,
                Folder::Inbox,
                envelope,
                Some(message),
                None,
            )
            .await?;
            // Only a conversation the index already held can have a draft.
            if indexed.joined_known {
                joined = open_draft_in(tx, &indexed.thread).await?;
            }
        }
        if let Some(open) = joined {
            sqlx::query("UPDATE messages SET joined_draft = ? WHERE id = ?")
                .bind(open)
                .bind(message)
                .execute(&mut **tx)
                .await?;
            let detail = format!(
                "a new message in this conversation ({}) joined the draft",
                incoming.screening.sender_and_subject()
            );
            insert_event(
                tx,
                Some(message),
                Some(open),
                "joined",
                "doorman",
                Some(&detail),
                &at,
            )
            .await?;
        }

        let mut draft_id = None;
        if let (
            Screening::Screened {
                draft: Some(draft), ..
            },
            None,
        ) = (&incoming.screening, joined)
        {
            let refs: Vec<&str> = draft.references.iter().map(|r| r.as_ref()).collect();
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO drafts (message_row, outcome, to_name, to_address, cc, subject, in_reply_to, refs, body, state, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id",
            )
            .bind(message)
            .bind(draft.outcome.as_ref())
            .bind(&draft.to.name)
            .bind(draft.to.address.as_ref())
            .bind(
                draft
                    .cc
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
            .bind(&draft.subject)
            .bind(draft.in_reply_to.as_ref().map(|i| i.as_ref()))
            .bind(refs.join(" "))
            .bind(&draft.body)
            .bind(&at)
            .bind(&at)
            .fetch_one(&mut **tx)
            .await?;
            sqlx::query("INSERT INTO draft_edits (draft_id, body, edited_by, edited_at) VALUES (?, ?, 'doorman', ?)")
                .bind(id)
                .bind(&draft.body)
                .bind(&at)
                .execute(&mut **tx)
                .await?;
            insert_event(
                tx,
                Some(message),
                Some(id),
                "drafted",
                "doorman",
                Some(draft.outcome.as_ref()),
                &at,
            )
            .await?;
            draft_id = Some(DraftId(id));
        }
        Ok(Recorded::New {
            message: StoredId(message),
            draft: draft_id,
            joined: joined.map(DraftId),
        })
    }
}
