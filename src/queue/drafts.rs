//! Reading drafts: the queue, one draft in full, and the row reader both are built on.

use std::time::Duration;

use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::conversations::turns_of;
use super::store::{Store, StoreError, now, parse_ts, ts};
use super::types::{DraftDetail, DraftId, DraftState, DraftSummary, Edit, Event};
use super::verdicts::Descriptions;
use crate::drafts::Draft;
use crate::message::{EmailAddress, Mailbox, MessageId};
use crate::rules::{Outcome, RuleId};

/// Every version of draft `?1`'s body, oldest first, as (body, edited_by, edited_at). A new
/// draft's first version is its body in `drafts`: it is copied into `draft_edits` only when
/// the draft is first edited ([`super::review::replace_body`]), so that recording thousands of
/// drafts writes each body once. Stores made before keep that copy for every draft.
pub(super) const VERSIONS: &str = "SELECT body, edited_by, edited_at FROM (
        SELECT id AS n, body, edited_by, edited_at FROM draft_edits WHERE draft_id = ?1
        UNION ALL
        SELECT 0 AS n, body, 'doorman' AS edited_by, created_at AS edited_at FROM drafts
        WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM draft_edits WHERE draft_id = ?1)
    ) versions ORDER BY n";

const SUMMARY_COLUMNS: &str = "d.id, d.state, d.outcome, COALESCE(m.score, 0) AS score, d.to_address, d.to_name, d.subject, COALESCE(m.arrived_at, m.received_at) AS received_at, d.updated_at, d.last_error";

impl Store {
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
            "SELECT {SUMMARY_COLUMNS}, m.mailbox, m.sender, m.raw, m.verdict_json, m.hit_descriptions, d.cc, d.in_reply_to, d.refs, d.body, d.reply_message_id, d.attempts, d.message_row
             FROM drafts d JOIN messages m ON m.id = d.message_row WHERE d.id = ?"
        );
        let row = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NoSuchDraft(id))?;
        let mut conn = self.pool.acquire().await?;
        let described = row.get::<Option<&str>, _>("hit_descriptions");
        let descriptions = Descriptions::of(&mut conn, &[described]).await?;
        let verdict = row
            .get::<Option<&str>, _>("verdict_json")
            .map(|json| descriptions.verdict(json, described))
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
        let edits = sqlx::query(VERSIONS)
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
        let conversation = turns_of(&mut conn, row.get("message_row")).await?;
        Ok(DraftDetail {
            summary: summary(&row)?,
            conversation,
            mailbox: row.get("mailbox"),
            sender: row.get("sender"),
            raw: row.get("raw"),
            verdict,
            reply: reply(&row)?,
            reply_message_id: row
                .get::<Option<&str>, _>("reply_message_id")
                .map(|id| message_id(id, "reply_message_id"))
                .transpose()?,
            attempts: row.get("attempts"),
            history,
            edits,
        })
    }
}

/// One line of the queue, from a row holding `SUMMARY_COLUMNS`.
fn summary(row: &SqliteRow) -> Result<DraftSummary, StoreError> {
    let state: String = row.get("state");
    let to_name: Option<String> = row.get("to_name");
    let to_address: String = row.get("to_address");
    Ok(DraftSummary {
        id: DraftId(row.get("id")),
        state: DraftState::parse(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("draft state {state:?}")))?,
        outcome: outcome(row.get("outcome"))?,
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

/// The reply a draft row holds, checked as it is read: every reader of a draft (the page, the
/// command line, the sender) gets the same typed [`Draft`], and a value that no longer parses is
/// reported as the store's corruption, not as a reply that fails later.
pub(super) fn reply(row: &SqliteRow) -> Result<Draft, StoreError> {
    let address: &str = row.get("to_address");
    let to = Mailbox {
        name: row.get("to_name"),
        address: EmailAddress::parse(address)
            .map_err(|e| StoreError::Corrupt(format!("draft recipient {address:?}: {e}")))?,
    };
    let cc = row
        .get::<&str, _>("cc")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            Mailbox::parse(l).map_err(|e| StoreError::Corrupt(format!("draft copy {l:?}: {e}")))
        })
        .collect::<Result<_, _>>()?;
    Ok(Draft {
        outcome: outcome(row.get("outcome"))?,
        to,
        cc,
        subject: row.get("subject"),
        in_reply_to: row
            .get::<Option<&str>, _>("in_reply_to")
            .map(|id| message_id(id, "in_reply_to"))
            .transpose()?,
        references: row
            .get::<&str, _>("refs")
            .split_whitespace()
            .map(|id| message_id(id, "refs"))
            .collect::<Result<_, _>>()?,
        body: row.get("body"),
    })
}

fn message_id(value: &str, column: &str) -> Result<MessageId, StoreError> {
    MessageId::parse(value)
        .map_err(|e| StoreError::Corrupt(format!("draft {column} {value:?}: {e}")))
}

pub(super) fn outcome(value: &str) -> Result<Outcome, StoreError> {
    RuleId::parse(value).map_err(|e| StoreError::Corrupt(format!("outcome: {e}")))
}
