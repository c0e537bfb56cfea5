//! The SQLite store behind the queue. Every state change is one transaction with its audit
//! event; uniqueness constraints, not application locks, keep each message to one verdict and
//! one draft, so `run`, the CLI and the web page can all use the file at once.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use super::types::*;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot update the store's schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("store error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("there is no draft {0}: see `doorman queue` for the numbers")]
    NoSuchDraft(DraftId),
    #[error("draft {id} is {state}, so it cannot be {action}")]
    WrongState {
        id: DraftId,
        state: DraftState,
        action: &'static str,
    },
    #[error("the store holds a value doorman does not understand: {0}")]
    Corrupt(String),
}

/// The store: a pool of connections to one SQLite file in WAL mode.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Names this process in claims, so a crashed sender's drafts can be told apart.
    instance: String,
}

pub(crate) fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Fixed-width RFC 3339, so timestamps compare correctly as text.
pub(crate) fn ts(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

pub(crate) fn parse_ts(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("timestamp {text:?}: {e}")))
}

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

const SUMMARY_COLUMNS: &str = "d.id, d.state, d.outcome, COALESCE(m.score, 0) AS score, d.to_address, d.to_name, d.subject, m.received_at, d.updated_at, d.last_error";

/// An exclusive lock on `<store>.lock`, held while a process first connects to the store and
/// brings its schema up to date.
///
/// Neither step is safe to race: sqlx takes no lock for SQLite migrations, so `run`, the CLI and
/// the web page opening a fresh file at the same moment would each try to create the tables,
/// and switching a new file to WAL needs the database to itself, which SQLite reports as
/// "database is locked" without waiting. The OS lock is released when the process dies, so a
/// crash mid-migration cannot wedge the next start.
async fn schema_lock(path: &Path) -> Result<std::fs::File, StoreError> {
    let mut lock_path = path.as_os_str().to_owned();
    lock_path.push(".lock");
    let lock_path = std::path::PathBuf::from(lock_path);
    tokio::task::spawn_blocking(move || -> std::io::Result<std::fs::File> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)?;
        file.lock()?;
        Ok(file)
    })
    .await
    .map_err(|e| StoreError::Corrupt(format!("schema lock task failed: {e}")))?
    .map_err(|e| StoreError::Open {
        path: path.display().to_string(),
        source: sqlx::Error::Io(e),
    })
}

impl Store {
    /// Opens (creating if needed) the store and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(parent);
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a verdict or an approval that was reported done survives a power cut too.
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(15))
            .foreign_keys(true);
        let lock = schema_lock(path).await?;
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Open {
                path: path.display().to_string(),
                source,
            })?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await?;
        drop(lock);
        let instance = format!(
            "{}:{}",
            std::env::var("HOSTNAME").unwrap_or_else(|_| "host".into()),
            std::process::id()
        );
        Ok(Store { pool, instance })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The (UIDVALIDITY, highest screened UID) of an IMAP folder.
    pub async fn mailbox_position(&self, mailbox: &str) -> Result<Option<(u32, u32)>, StoreError> {
        let row = sqlx::query("SELECT uid_validity, last_uid FROM mailbox_state WHERE mailbox = ?")
            .bind(mailbox)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (r.get::<i64, _>(0) as u32, r.get::<i64, _>(1) as u32)))
    }

    /// Starts a folder over: a new UIDVALIDITY means every UID is new; duplicates are then
    /// recognised by their dedupe key.
    pub async fn reset_mailbox(&self, mailbox: &str, uid_validity: u32) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, 0, ?)
             ON CONFLICT (mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = 0, updated_at = excluded.updated_at",
        )
        .bind(mailbox)
        .bind(i64::from(uid_validity))
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
        let message_id = match &incoming.screening {
            Screening::Screened { message_id, .. } => message_id.as_deref(),
            Screening::Unparseable { .. } => None,
        };
        let key = dedupe_key(&incoming.raw, message_id);
        let at = ts(now());
        let mut tx = self.pool.begin().await?;

        let (sender, subject, outcome, score, verdict_json, parse_error) = match &incoming.screening
        {
            Screening::Screened {
                sender,
                subject,
                verdict,
                ..
            } => (
                sender.clone(),
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
            "INSERT INTO messages (mailbox, dedupe_key, uid_validity, uid, header_message_id, raw, received_at, parse_error, sender, subject, outcome, score, verdict_json, screened_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
        .fetch_optional(&mut *tx)
        .await?;

        let Some(row) = inserted else {
            let existing: i64 =
                sqlx::query_scalar("SELECT id FROM messages WHERE mailbox = ? AND dedupe_key = ?")
                    .bind(&incoming.mailbox)
                    .bind(&key)
                    .fetch_one(&mut *tx)
                    .await?;
            tx.commit().await?;
            return Ok(Recorded::Duplicate { message: existing });
        };
        let message: i64 = row.get(0);
        let action = match &incoming.screening {
            Screening::Screened { verdict, .. } => format!("screened: {}", verdict.summary()),
            Screening::Unparseable { error } => format!("stored unparsed: {error}"),
        };
        insert_event(
            &mut tx,
            Some(message),
            None,
            "screened",
            "doorman",
            Some(&action),
            &at,
        )
        .await?;

        let mut draft_id = None;
        if let Screening::Screened {
            draft: Some(draft), ..
        } = &incoming.screening
        {
            let refs: Vec<&str> = draft.references.iter().map(|r| r.as_ref()).collect();
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO drafts (message_row, outcome, to_name, to_address, subject, in_reply_to, refs, body, state, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id",
            )
            .bind(message)
            .bind(draft.outcome.as_ref())
            .bind(&draft.to.name)
            .bind(draft.to.address.as_ref())
            .bind(&draft.subject)
            .bind(draft.in_reply_to.as_ref().map(|i| i.as_ref()))
            .bind(refs.join(" "))
            .bind(&draft.body)
            .bind(&at)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query("INSERT INTO draft_edits (draft_id, body, edited_by, edited_at) VALUES (?, ?, 'doorman', ?)")
                .bind(id)
                .bind(&draft.body)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            insert_event(
                &mut tx,
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
        tx.commit().await?;
        Ok(Recorded::New {
            message,
            draft: draft_id,
        })
    }

    /// The queue, oldest first within a state, or every draft when `state` is `None`.
    pub async fn drafts(
        &self,
        state: Option<DraftState>,
        limit: i64,
    ) -> Result<Vec<DraftSummary>, StoreError> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM drafts d JOIN messages m ON m.id = d.message_row
             WHERE (?1 IS NULL OR d.state = ?1) ORDER BY m.received_at, d.id LIMIT ?2"
        );
        let rows = sqlx::query(&sql)
            .bind(state.map(|s| s.as_str()))
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(summary).collect()
    }

    /// Pending drafts older than `older_than`: the balls about to be dropped.
    pub async fn overdue(&self, older_than: Duration) -> Result<Vec<DraftSummary>, StoreError> {
        let cutoff =
            now() - chrono::Duration::from_std(older_than).unwrap_or(chrono::Duration::MAX);
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM drafts d JOIN messages m ON m.id = d.message_row
             WHERE d.state = 'pending' AND m.received_at < ? ORDER BY m.received_at"
        );
        let rows = sqlx::query(&sql)
            .bind(ts(cutoff))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(summary).collect()
    }

    pub async fn draft(&self, id: DraftId) -> Result<DraftDetail, StoreError> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, m.mailbox, m.sender, m.raw, m.verdict_json, d.in_reply_to, d.refs, d.body, d.reply_message_id, d.attempts
             FROM drafts d JOIN messages m ON m.id = d.message_row WHERE d.id = ?"
        );
        let row = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NoSuchDraft(id))?;
        let verdict = row
            .get::<Option<String>, _>("verdict_json")
            .map(|json| serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string())))
            .transpose()?;
        let history = sqlx::query("SELECT action, actor, detail, at FROM events WHERE draft_id = ? OR (draft_id IS NULL AND message_row = (SELECT message_row FROM drafts WHERE id = ?)) ORDER BY id")
            .bind(id.0)
            .bind(id.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(Event {
                    action: r.get(0),
                    actor: r.get(1),
                    detail: r.get(2),
                    at: parse_ts(r.get::<&str, _>(3))?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let edits = sqlx::query(
            "SELECT body, edited_by, edited_at FROM draft_edits WHERE draft_id = ? ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Edit {
                body: r.get(0),
                edited_by: r.get(1),
                edited_at: parse_ts(r.get::<&str, _>(2))?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(DraftDetail {
            summary: summary(&row)?,
            mailbox: row.get("mailbox"),
            sender: row.get("sender"),
            raw: row.get("raw"),
            verdict,
            to_name: row.get("to_name"),
            to_address: row.get("to_address"),
            in_reply_to: row.get("in_reply_to"),
            references: row
                .get::<String, _>("refs")
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            body: row.get("body"),
            reply_message_id: row.get("reply_message_id"),
            attempts: row.get("attempts"),
            history,
            edits,
        })
    }

    /// Replaces a pending draft's body, keeping the old one in its history.
    pub async fn edit(&self, id: DraftId, body: &str, by: &str) -> Result<(), StoreError> {
        self.replace_body(id, None, body, by).await
    }

    /// Replaces a pending draft with one written from another outcome's template.
    pub async fn redraft(
        &self,
        id: DraftId,
        draft: &crate::drafts::Draft,
        by: &str,
    ) -> Result<(), StoreError> {
        self.replace_body(id, Some(draft.outcome.as_ref()), &draft.body, by)
            .await
    }

    /// A new body (and, for a re-draft, a new outcome) for a pending draft, with the version
    /// kept in `draft_edits` and the change in the audit trail, in one transaction.
    async fn replace_body(
        &self,
        id: DraftId,
        outcome: Option<&str>,
        body: &str,
        by: &str,
    ) -> Result<(), StoreError> {
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        let changed = sqlx::query(
            "UPDATE drafts SET outcome = COALESCE(?, outcome), body = ?, updated_at = ? WHERE id = ? AND state = 'pending'",
        )
        .bind(outcome)
        .bind(body)
        .bind(&at)
        .bind(id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            drop(tx);
            let action = if outcome.is_some() {
                "re-drafted"
            } else {
                "edited"
            };
            return Err(self.wrong_state(id, action).await);
        }
        sqlx::query(
            "INSERT INTO draft_edits (draft_id, body, edited_by, edited_at) VALUES (?, ?, ?, ?)",
        )
        .bind(id.0)
        .bind(body)
        .bind(by)
        .bind(&at)
        .execute(&mut *tx)
        .await?;
        let action = if outcome.is_some() {
            "redrafted"
        } else {
            "edited"
        };
        insert_event(&mut tx, None, Some(id.0), action, by, outcome, &at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Approves a pending draft (or releases one a person has checked) and fixes the Message-ID
    /// its reply will carry, so every attempt sends the same message.
    pub async fn approve(
        &self,
        id: DraftId,
        by: &str,
        reply_message_id: &str,
    ) -> Result<(), StoreError> {
        self.transition(
            id,
            &["pending", "check", "failed"],
            "approved",
            "approve",
            by,
            None,
            Some(reply_message_id),
        )
        .await
    }

    pub async fn reject(
        &self,
        id: DraftId,
        by: &str,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        self.transition(
            id,
            &["pending", "check", "failed"],
            "rejected",
            "reject",
            by,
            reason,
            None,
        )
        .await
    }

    #[allow(clippy::too_many_arguments)]
    async fn transition(
        &self,
        id: DraftId,
        from: &[&str],
        to: &str,
        action: &'static str,
        by: &str,
        detail: Option<&str>,
        reply_message_id: Option<&str>,
    ) -> Result<(), StoreError> {
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        let placeholders = vec!["?"; from.len()].join(", ");
        let sql = format!(
            "UPDATE drafts SET state = ?, updated_at = ?, last_error = NULL, next_attempt_at = NULL,
               reply_message_id = COALESCE(reply_message_id, ?)
             WHERE id = ? AND state IN ({placeholders})"
        );
        let mut query = sqlx::query(&sql)
            .bind(to)
            .bind(&at)
            .bind(reply_message_id)
            .bind(id.0);
        for state in from {
            query = query.bind(*state);
        }
        if query.execute(&mut *tx).await?.rows_affected() == 0 {
            drop(tx);
            return Err(self
                .wrong_state(
                    id,
                    if action == "approve" {
                        "approved"
                    } else {
                        "rejected"
                    },
                )
                .await);
        }
        insert_event(&mut tx, None, Some(id.0), to, by, detail, &at).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn wrong_state(&self, id: DraftId, action: &'static str) -> StoreError {
        match sqlx::query_scalar::<_, String>("SELECT state FROM drafts WHERE id = ?")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
        {
            Ok(Some(state)) => match DraftState::parse(&state) {
                Some(state) => StoreError::WrongState { id, state, action },
                None => StoreError::Corrupt(format!("draft {id} has state {state:?}")),
            },
            Ok(None) => StoreError::NoSuchDraft(id),
            Err(err) => err.into(),
        }
    }

    /// Takes the next approved draft that is due, marking it `sending` under this process's
    /// name. Only one process can win the claim.
    pub async fn claim_next(&self) -> Result<Option<Claimed>, StoreError> {
        let at = ts(now());
        let row = sqlx::query(
            "UPDATE drafts SET state = 'sending', attempts = attempts + 1, claimed_by = ?, claimed_at = ?, updated_at = ?
             WHERE id = (SELECT id FROM drafts WHERE state = 'approved' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT 1)
               AND state = 'approved'
             RETURNING id, to_name, to_address, subject, outcome, in_reply_to, refs, body, reply_message_id, attempts, message_row",
        )
        .bind(&self.instance)
        .bind(&at)
        .bind(&at)
        .bind(&at)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id = DraftId(row.get("id"));
        let mailbox: String = sqlx::query_scalar("SELECT mailbox FROM messages WHERE id = ?")
            .bind(row.get::<i64, _>("message_row"))
            .fetch_one(&self.pool)
            .await?;
        Ok(Some(Claimed {
            id,
            to_name: row.get("to_name"),
            to_address: row.get("to_address"),
            subject: row.get("subject"),
            outcome: row.get("outcome"),
            in_reply_to: row.get("in_reply_to"),
            references: row
                .get::<String, _>("refs")
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            body: row.get("body"),
            reply_message_id: row
                .get::<Option<String>, _>("reply_message_id")
                .ok_or_else(|| {
                    StoreError::Corrupt(format!("approved draft {id} has no reply Message-ID"))
                })?,
            attempts: row.get("attempts"),
            mailbox,
        }))
    }

    /// The mail server accepted the reply.
    pub async fn mark_sent(&self, id: DraftId, response: &str) -> Result<(), StoreError> {
        self.finish_send(id, "sent", None, Some(response), "sent")
            .await
    }

    /// A transient failure: back to `approved`, to be tried again after `retry_at`.
    pub async fn mark_retry(
        &self,
        id: DraftId,
        error: &str,
        retry_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.finish_send(
            id,
            "approved",
            Some(ts(retry_at)),
            Some(error),
            "send-deferred",
        )
        .await
    }

    /// A permanent failure: the server's words are kept for a person to read.
    pub async fn mark_failed(&self, id: DraftId, error: &str) -> Result<(), StoreError> {
        self.finish_send(id, "failed", None, Some(error), "send-failed")
            .await
    }

    async fn finish_send(
        &self,
        id: DraftId,
        state: &str,
        next: Option<String>,
        detail: Option<&str>,
        action: &str,
    ) -> Result<(), StoreError> {
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        let error = if state == "sent" { None } else { detail };
        sqlx::query(
            "UPDATE drafts SET state = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_at = NULL, updated_at = ?
             WHERE id = ? AND state = 'sending' AND claimed_by = ?",
        )
        .bind(state)
        .bind(next)
        .bind(error)
        .bind(&at)
        .bind(id.0)
        .bind(&self.instance)
        .execute(&mut *tx)
        .await?;
        insert_event(&mut tx, None, Some(id.0), action, "doorman", detail, &at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Drafts left `sending` by a process that died: they may have been accepted by the server
    /// already, so they go to a person (`check`) instead of being sent again.
    pub async fn recover_interrupted(&self, lease: Duration) -> Result<Vec<DraftId>, StoreError> {
        let cutoff = ts(now() - chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::MAX));
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        let ids: Vec<i64> = sqlx::query_scalar(
            "UPDATE drafts SET state = 'check', last_error = 'doorman stopped while handing this reply to the mail server; check the Sent folder before approving it again', updated_at = ?
             WHERE state = 'sending' AND (claimed_at IS NULL OR claimed_at < ? OR claimed_by = ?) RETURNING id",
        )
        .bind(&at)
        .bind(&cutoff)
        .bind(&self.instance)
        .fetch_all(&mut *tx)
        .await?;
        for id in &ids {
            insert_event(
                &mut tx,
                None,
                Some(*id),
                "interrupted",
                "doorman",
                Some("needs a person to check"),
                &at,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(ids.into_iter().map(DraftId).collect())
    }

    /// How many messages and drafts, by outcome and state, for `doctor` and `/metrics`.
    pub async fn counts(&self) -> Result<Counts, StoreError> {
        let by_outcome = sqlx::query(
            "SELECT COALESCE(outcome, 'unparsed'), COUNT(*) FROM messages GROUP BY 1 ORDER BY 1",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1)))
        .collect();
        let by_state = sqlx::query("SELECT state, COUNT(*) FROM drafts GROUP BY 1 ORDER BY 1")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1)))
            .collect();
        Ok(Counts {
            by_outcome,
            by_state,
        })
    }

    /// The raw bytes of every stored message that did not parse, for a person to look at.
    pub async fn unparsed(&self) -> Result<Vec<(i64, String, String)>, StoreError> {
        Ok(sqlx::query("SELECT id, mailbox, parse_error FROM messages WHERE parse_error IS NOT NULL ORDER BY id")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }
}

/// One screened message and what people did with its draft: the raw material of the rule
/// agreement numbers, the charts and the labelled export.
#[derive(Debug, Clone)]
pub struct Decision {
    pub message: i64,
    pub received_at: DateTime<Utc>,
    /// The outcome doorman chose.
    pub outcome: Option<String>,
    pub verdict: Option<crate::rules::Verdict>,
    pub draft: Option<(DraftId, DraftState, String)>,
    /// When the reply was sent (or the draft rejected): the end of the prospect's wait.
    pub answered_at: Option<DateTime<Utc>>,
}

impl Store {
    /// Every message received since a moment, with its draft's fate.
    pub async fn decisions(&self, since: DateTime<Utc>) -> Result<Vec<Decision>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.id, m.received_at, m.outcome, m.verdict_json, d.id AS draft_id, d.state, d.outcome AS final_outcome,
                    (SELECT MIN(e.at) FROM events e WHERE e.draft_id = d.id AND e.action IN ('sent', 'rejected')) AS answered_at
             FROM messages m LEFT JOIN drafts d ON d.message_row = m.id
             WHERE m.received_at >= ? ORDER BY m.received_at",
        )
        .bind(ts(since))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let verdict = r
                    .get::<Option<String>, _>("verdict_json")
                    .and_then(|json| serde_json::from_str(&json).ok());
                let draft = match r.get::<Option<i64>, _>("draft_id") {
                    Some(id) => {
                        let state: String = r.get("state");
                        let state = DraftState::parse(&state)
                            .ok_or_else(|| StoreError::Corrupt(format!("draft state {state:?}")))?;
                        Some((DraftId(id), state, r.get::<String, _>("final_outcome")))
                    }
                    None => None,
                };
                Ok(Decision {
                    message: r.get(0),
                    received_at: parse_ts(r.get::<&str, _>(1))?,
                    outcome: r.get(2),
                    verdict,
                    draft,
                    answered_at: r
                        .get::<Option<String>, _>("answered_at")
                        .map(|t| parse_ts(&t))
                        .transpose()?,
                })
            })
            .collect()
    }

    /// A stored message's raw bytes.
    pub async fn raw_message(&self, message: i64) -> Result<Vec<u8>, StoreError> {
        Ok(sqlx::query_scalar("SELECT raw FROM messages WHERE id = ?")
            .bind(message)
            .fetch_one(&self.pool)
            .await?)
    }
}

/// Messages by outcome and drafts by state.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Counts {
    pub by_outcome: Vec<(String, i64)>,
    pub by_state: Vec<(String, i64)>,
}

async fn insert_event(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    message: Option<i64>,
    draft: Option<i64>,
    action: &str,
    actor: &str,
    detail: Option<&str>,
    at: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO events (message_row, draft_id, action, actor, detail, at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(message)
        .bind(draft)
        .bind(action)
        .bind(actor)
        .bind(detail)
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn summary(row: &sqlx::sqlite::SqliteRow) -> Result<DraftSummary, StoreError> {
    let state: String = row.get("state");
    let to_name: Option<String> = row.get("to_name");
    let to_address: String = row.get("to_address");
    Ok(DraftSummary {
        id: DraftId(row.get("id")),
        state: DraftState::parse(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("draft state {state:?}")))?,
        outcome: row.get("outcome"),
        score: row.get("score"),
        to: match to_name {
            Some(name) => format!("{name} <{to_address}>"),
            None => to_address,
        },
        subject: row.get("subject"),
        received_at: parse_ts(row.get::<&str, _>("received_at"))?,
        updated_at: parse_ts(row.get::<&str, _>("updated_at"))?,
        last_error: row.get("last_error"),
    })
}

impl FromStr for DraftState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DraftState::parse(s).ok_or_else(|| format!("unknown state {s:?}"))
    }
}
