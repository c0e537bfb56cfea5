//! Reports: counts for `doctor` and `/metrics`, and every screened message with its draft's
//! fate, the raw material of the rule agreement numbers, the charts and the labelled export.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::drafts::outcome;
use super::store::{Store, StoreError, parse_ts, ts};
use super::types::{ActorKind, DraftId, DraftState, StoredId};
use super::verdicts::Descriptions;
use crate::rules::{Outcome, Verdict};

/// Messages by outcome (`unparsed` for those that did not parse) and drafts by state.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Counts {
    pub by_outcome: Vec<(String, i64)>,
    pub by_state: Vec<(DraftState, i64)>,
}

impl Counts {
    /// How many drafts are in a state, zero when none.
    pub fn drafts_in(&self, state: DraftState) -> i64 {
        self.by_state
            .iter()
            .find(|(s, _)| *s == state)
            .map_or(0, |(_, n)| *n)
    }
}

/// One screened message and what people did with its draft.
#[derive(Debug, Clone)]
pub struct Decision {
    pub message: StoredId,
    pub received_at: DateTime<Utc>,
    /// The outcome doorman chose; `None` for a message that did not parse.
    pub outcome: Option<Outcome>,
    pub verdict: Option<Verdict>,
    pub draft: Option<DraftFate>,
    /// When the reply was sent (or the draft rejected): the end of the prospect's wait.
    pub answered_at: Option<DateTime<Utc>>,
    /// The draft's last approval or rejection: when, and what kind of actor took it.
    pub decided: Option<(DateTime<Utc>, ActorKind)>,
}

impl Decision {
    /// Whether the draft stands approved or rejected: an approval undone is no decision.
    pub fn is_decided(&self) -> bool {
        self.draft
            .as_ref()
            .is_some_and(|d| d.label().is_some() || d.state == DraftState::Rejected)
            && self.decided.is_some()
    }
}

/// Which moment a report's period is counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// Messages received since then: what came in.
    Received(DateTime<Utc>),
    /// Drafts approved or rejected since then: what people decided.
    Decided(DateTime<Utc>),
}

/// Where a message's draft ended up, and with which outcome (a person may have re-drafted it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftFate {
    pub id: DraftId,
    pub state: DraftState,
    pub outcome: Outcome,
}

impl DraftFate {
    /// A person's decision as a label: the outcome of the reply they let go out. A rejected
    /// draft says only that its reply was wrong, so it is no label.
    pub fn label(&self) -> Option<&Outcome> {
        matches!(
            self.state,
            DraftState::Approved | DraftState::Sending | DraftState::Sent
        )
        .then_some(&self.outcome)
    }
}

/// A stored message that did not parse, for a person to look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unparsed {
    pub message: StoredId,
    pub mailbox: String,
    pub error: String,
}

impl Store {
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
            .map(|r| Ok((state(r.get(0))?, r.get::<i64, _>(1))))
            .collect::<Result<_, StoreError>>()?;
        Ok(Counts {
            by_outcome,
            by_state,
        })
    }

    /// How many events of these kinds the audit trail holds (`screened`, `sent`, ...).
    pub async fn count_events(&self, actions: &[&str]) -> Result<i64, StoreError> {
        let placeholders = vec!["?"; actions.len().max(1)].join(", ");
        let sql = format!("SELECT COUNT(*) FROM events WHERE action IN ({placeholders})");
        let mut query = sqlx::query_scalar(&sql);
        for action in actions {
            query = query.bind(*action);
        }
        Ok(query.fetch_one(&self.pool).await?)
    }

    /// Seconds since the last message was screened; `None` before the first.
    pub async fn intake_lag_seconds(&self) -> Result<Option<f64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT (julianday('now') - julianday(MAX(received_at))) * 86400.0 FROM messages",
        )
        .fetch_one(&self.pool)
        .await?)
    }

    /// Every stored message that did not parse, oldest first.
    pub async fn unparsed(&self) -> Result<Vec<Unparsed>, StoreError> {
        Ok(sqlx::query(
            "SELECT id, mailbox, parse_error FROM messages WHERE parse_error IS NOT NULL ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Unparsed {
            message: StoredId(r.get(0)),
            mailbox: r.get(1),
            error: r.get(2),
        })
        .collect())
    }

    /// Every message received since a moment, with its draft's fate.
    pub async fn decisions(&self, since: DateTime<Utc>) -> Result<Vec<Decision>, StoreError> {
        self.decisions_in(Since::Received(since)).await
    }

    /// Every message received, or every draft decided, since a moment, with its draft's fate.
    pub async fn decisions_in(&self, period: Since) -> Result<Vec<Decision>, StoreError> {
        let (column, since) = match period {
            Since::Received(at) => ("received_at", at),
            Since::Decided(at) => ("decided_at", at),
        };
        // The last approval or rejection of each draft, read once for its time and its kind.
        let decision = "SELECT e.id FROM events e WHERE e.draft_id = d.id AND e.action IN ('approved', 'rejected') ORDER BY e.id DESC LIMIT 1";
        let sql = format!(
            "SELECT * FROM (
               SELECT m.id, m.received_at, m.outcome, m.verdict_json, m.hit_descriptions, d.id AS draft_id, d.state, d.outcome AS final_outcome,
                      (SELECT MIN(e.at) FROM events e WHERE e.draft_id = d.id AND e.action IN ('sent', 'rejected')) AS answered_at,
                      (SELECT e.at FROM events e WHERE e.id = ({decision})) AS decided_at,
                      (SELECT e.actor_kind FROM events e WHERE e.id = ({decision})) AS decided_by
               FROM messages m LEFT JOIN drafts d ON d.message_row = m.id
             ) x WHERE x.{column} >= ? ORDER BY x.received_at"
        );
        let mut conn = self.pool.acquire().await?;
        let rows = sqlx::query(&sql)
            .bind(ts(since))
            .fetch_all(&mut *conn)
            .await?;
        let described: Vec<Option<&str>> = rows
            .iter()
            .map(|r| r.get::<Option<&str>, _>("hit_descriptions"))
            .collect();
        let descriptions = Descriptions::of(&mut conn, &described).await?;
        rows.iter()
            .zip(&described)
            .map(|(r, described)| {
                let verdict = r
                    .get::<Option<&str>, _>("verdict_json")
                    .and_then(|json| descriptions.verdict(json, *described).ok());
                let draft = match r.get::<Option<i64>, _>("draft_id") {
                    Some(id) => Some(DraftFate {
                        id: DraftId(id),
                        state: state(r.get("state"))?,
                        outcome: outcome(r.get("final_outcome"))?,
                    }),
                    None => None,
                };
                let decided = match (
                    r.get::<Option<String>, _>("decided_at"),
                    r.get::<Option<String>, _>("decided_by"),
                ) {
                    (Some(at), Some(kind)) => Some((
                        parse_ts(&at)?,
                        ActorKind::parse(&kind)
                            .ok_or_else(|| StoreError::Corrupt(format!("actor kind {kind:?}")))?,
                    )),
                    _ => None,
                };
                Ok(Decision {
                    message: StoredId(r.get(0)),
                    received_at: parse_ts(r.get::<&str, _>(1))?,
                    outcome: r.get::<Option<&str>, _>(2).map(outcome).transpose()?,
                    verdict,
                    draft,
                    answered_at: r
                        .get::<Option<String>, _>("answered_at")
                        .map(|t| parse_ts(&t))
                        .transpose()?,
                    decided,
                })
            })
            .collect()
    }

    /// Why each rejected draft was rejected, for those given a reason: the last rejection's.
    pub async fn rejection_reasons(&self) -> Result<Vec<(DraftId, String)>, StoreError> {
        Ok(sqlx::query(
            "SELECT d.id, e.detail FROM drafts d JOIN events e ON e.id =
               (SELECT MAX(x.id) FROM events x WHERE x.draft_id = d.id AND x.action = 'rejected')
             WHERE d.state = 'rejected' AND e.detail IS NOT NULL",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| (DraftId(r.get(0)), r.get(1)))
        .collect())
    }

    /// A stored message's raw bytes.
    pub async fn raw_message(&self, message: StoredId) -> Result<Vec<u8>, StoreError> {
        sqlx::query_scalar("SELECT raw FROM messages WHERE id = ?")
            .bind(message.0)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NoSuchMessage(message))
    }
}

fn state(value: &str) -> Result<DraftState, StoreError> {
    DraftState::parse(value).ok_or_else(|| StoreError::Corrupt(format!("draft state {value:?}")))
}
