//! A person's review of a draft: approve, reject, edit, re-draft, and undo an approval while
//! it is held. Written once here; the command line, the page and the API all call these, so a
//! draft is decided the same way wherever a person decides it.
//!
//! An approval on the page is held for a few seconds before the outbox may take it: the
//! draft is `approved` with `next_attempt_at` in the future, the same "not before" the outbox
//! already honours for a retry, so the sending loop needs no rule of its own. An approval
//! undone in that time goes back to `pending` before the outbox ever claims it.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::{Sqlite, Transaction};

use super::store::{Store, StoreError, insert_event_by, now, parse_ts, ts};
use super::types::{Actor, DraftBody, DraftId, DraftState};
use crate::config::Firm;
use crate::drafts::{Draft, new_message_id};
use crate::message::MessageId;
use crate::screener::{RedraftError, Screener};

/// The states a draft can be approved from: waiting, or refused by the server. A `check` draft
/// may have been delivered already, so it goes out again only through [`Store::resolve`].
const APPROVABLE: [DraftState; 2] = [DraftState::Pending, DraftState::Failed];
/// The states a draft can be rejected from: see [`DraftState::is_decidable`].
const REJECTABLE: [DraftState; 3] = [DraftState::Pending, DraftState::Check, DraftState::Failed];

/// What a person found out about a reply that may or may not have been delivered (`check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// It was delivered: record it as sent.
    WasSent,
    /// It never arrived: send it again, with the same Message-ID.
    SendAgain,
}

/// Why a draft could not be written again from another outcome.
#[derive(Debug, thiserror::Error)]
pub enum RedraftFailed {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Redraft(#[from] RedraftError),
}

impl Store {
    /// Approves a draft that is pending (or that came back to a person as `check` or `failed`)
    /// and fixes the Message-ID its reply will carry, so every attempt sends the same message.
    /// With a `body` ("save and approve"), that text is what goes out: it is kept as a new
    /// version first when it differs, in the same transaction.
    pub async fn approve(
        &self,
        id: DraftId,
        by: &Actor,
        firm: &Firm,
        body: Option<&DraftBody>,
    ) -> Result<MessageId, StoreError> {
        self.approve_with_undo(id, by, firm, body, Duration::ZERO)
            .await
    }

    /// [`Store::approve`], held for `undo` before the outbox may send it: until then
    /// [`Store::undo_approval`] puts it back.
    pub async fn approve_with_undo(
        &self,
        id: DraftId,
        by: &Actor,
        firm: &Firm,
        body: Option<&DraftBody>,
        undo: Duration,
    ) -> Result<MessageId, StoreError> {
        let reply_id = new_message_id(firm);
        let decided = now();
        let at = ts(decided);
        let hold = (!undo.is_zero())
            .then(|| ts(decided + chrono::Duration::from_std(undo).unwrap_or_default()));
        let mut tx = self.pool.begin().await?;
        if let Some(body) = body {
            let current: Option<String> =
                sqlx::query_scalar("SELECT body FROM drafts WHERE id = ?")
                    .bind(id.0)
                    .fetch_optional(&mut *tx)
                    .await?;
            if current.is_some_and(|current| !body.same_as(&current))
                && !replace_body(&mut tx, id, None, body.as_ref(), by, &at).await?
            {
                drop(tx);
                return Err(self.wrong_state(id, "edited").await);
            }
        }
        let to = Approval {
            reply_message_id: &reply_id,
            not_before: hold.as_deref(),
        };
        if !transition(
            &mut tx,
            id,
            &APPROVABLE,
            DraftState::Approved,
            Some(to),
            &at,
        )
        .await?
        {
            drop(tx);
            return Err(self.wrong_state(id, "approved").await);
        }
        insert_event_by(
            &mut tx,
            None,
            Some(id.0),
            "approved",
            (by.kind(), &by.name()),
            None,
            &at,
        )
        .await?;
        tx.commit().await?;
        Ok(reply_id)
    }

    /// Until when an approval is held back from the outbox, if it still is.
    pub async fn held_until(&self, id: DraftId) -> Result<Option<DateTime<Utc>>, StoreError> {
        let until: Option<String> = sqlx::query_scalar(
            "SELECT next_attempt_at FROM drafts
             WHERE id = ? AND state = 'approved' AND last_error IS NULL AND next_attempt_at > ?",
        )
        .bind(id.0)
        .bind(ts(now()))
        .fetch_optional(&self.pool)
        .await?
        .flatten();
        until.as_deref().map(parse_ts).transpose()
    }

    /// Takes back an approval that is still held: the draft is pending again and nothing was
    /// sent. A draft the outbox has taken (or whose hold is over) cannot be undone.
    pub async fn undo_approval(&self, id: DraftId, by: &Actor) -> Result<(), StoreError> {
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        // `last_error IS NULL` tells a fresh approval's hold from a retry's backoff.
        let changed = sqlx::query(
            "UPDATE drafts SET state = 'pending', next_attempt_at = NULL, updated_at = ?
             WHERE id = ? AND state = 'approved' AND last_error IS NULL AND next_attempt_at > ?",
        )
        .bind(&at)
        .bind(id.0)
        .bind(&at)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            drop(tx);
            return Err(self.wrong_state(id, "un-approved").await);
        }
        insert_event_by(
            &mut tx,
            None,
            Some(id.0),
            "undone",
            (by.kind(), &by.name()),
            None,
            &at,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Rejects a draft: it will never be sent. A blank reason counts as none.
    pub async fn reject(
        &self,
        id: DraftId,
        by: &Actor,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        let mut tx = self.pool.begin().await?;
        if !reject_in(&mut tx, id, &REJECTABLE, by, reason).await? {
            drop(tx);
            return Err(self.wrong_state(id, "rejected").await);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records what a person found out about a `check` draft: delivered after all, or to be
    /// sent again (with the Message-ID it had, so a copy that did arrive is recognisable).
    pub async fn resolve(
        &self,
        id: DraftId,
        by: &Actor,
        resolution: Resolution,
    ) -> Result<(), StoreError> {
        let (to, detail) = match resolution {
            Resolution::WasSent => (DraftState::Sent, "a person found it was delivered"),
            Resolution::SendAgain => (
                DraftState::Approved,
                "a person found it was not delivered: send it again",
            ),
        };
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        if !transition(&mut tx, id, &[DraftState::Check], to, None, &at).await? {
            drop(tx);
            return Err(self.wrong_state(id, "resolved").await);
        }
        insert_event_by(
            &mut tx,
            None,
            Some(id.0),
            "resolved",
            (by.kind(), &by.name()),
            Some(detail),
            &at,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces a pending draft's body, keeping the old one in its history.
    pub async fn edit(&self, id: DraftId, body: &DraftBody, by: &Actor) -> Result<(), StoreError> {
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        if !replace_body(&mut tx, id, None, body.as_ref(), by, &at).await? {
            drop(tx);
            return Err(self.wrong_state(id, "edited").await);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Replaces a pending draft with one written from another outcome's template, by the
    /// screener in force.
    pub async fn redraft(
        &self,
        id: DraftId,
        outcome: &str,
        by: &Actor,
        screener: &Screener,
    ) -> Result<Draft, RedraftFailed> {
        let detail = self.draft(id).await?;
        let draft = screener.redraft(&detail.raw, detail.verdict.as_ref(), outcome)?;
        let at = ts(now());
        let mut tx = self.pool.begin().await.map_err(StoreError::from)?;
        let outcome = Some(draft.outcome.as_ref());
        if !replace_body(&mut tx, id, outcome, &draft.body, by, &at).await? {
            drop(tx);
            return Err(self.wrong_state(id, "re-drafted").await.into());
        }
        tx.commit().await.map_err(StoreError::from)?;
        Ok(draft)
    }

    /// The error for an action the draft's state does not allow, or for a draft that is not.
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
}

/// A new body (and, for a re-draft, a new outcome) for a pending draft, with the version kept
/// in `draft_edits` and the change in the audit trail. `false` when the draft is not pending.
pub(super) async fn replace_body(
    tx: &mut Transaction<'_, Sqlite>,
    id: DraftId,
    outcome: Option<&str>,
    body: &str,
    by: &Actor,
    at: &str,
) -> Result<bool, StoreError> {
    // The version being replaced is kept first, if it is the one doorman wrote and still only
    // in `drafts` (see [`super::drafts::VERSIONS`]); a draft that is not pending gets neither.
    sqlx::query(
        "INSERT INTO draft_edits (draft_id, body, edited_by, edited_at)
         SELECT id, body, 'doorman', created_at FROM drafts
         WHERE id = ?1 AND state = 'pending' AND NOT EXISTS (SELECT 1 FROM draft_edits WHERE draft_id = ?1)",
    )
    .bind(id.0)
    .execute(&mut **tx)
    .await?;
    let changed = sqlx::query(
        "UPDATE drafts SET outcome = COALESCE(?, outcome), body = ?, updated_at = ? WHERE id = ? AND state = 'pending'",
    )
    .bind(outcome)
    .bind(body)
    .bind(at)
    .bind(id.0)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO draft_edits (draft_id, body, edited_by, edited_at) VALUES (?, ?, ?, ?)",
    )
    .bind(id.0)
    .bind(body)
    .bind(by.name())
    .bind(at)
    .execute(&mut **tx)
    .await?;
    let action = if outcome.is_some() {
        "redrafted"
    } else {
        "edited"
    };
    insert_event_by(
        tx,
        None,
        Some(id.0),
        action,
        (by.kind(), &by.name()),
        outcome,
        at,
    )
    .await?;
    Ok(true)
}

/// Rejects a draft in one of the `from` states, with the decision in the audit trail, in `tx`;
/// `false` when it was in none of them.
pub(super) async fn reject_in(
    tx: &mut Transaction<'_, Sqlite>,
    id: DraftId,
    from: &[DraftState],
    by: &Actor,
    reason: Option<&str>,
) -> Result<bool, StoreError> {
    let at = ts(now());
    if !transition(tx, id, from, DraftState::Rejected, None, &at).await? {
        return Ok(false);
    }
    insert_event_by(
        tx,
        None,
        Some(id.0),
        "rejected",
        (by.kind(), &by.name()),
        reason,
        &at,
    )
    .await?;
    Ok(true)
}

/// What an approval fixes on the draft.
pub(super) struct Approval<'a> {
    pub(super) reply_message_id: &'a MessageId,
    /// The end of the undo window: the outbox takes the draft no sooner.
    pub(super) not_before: Option<&'a str>,
}

/// Moves a draft in one of the `from` states to `to`; `false` when it was in none of them. An
/// approval fixes the reply's Message-ID the first time only, so a draft sent again keeps it.
pub(super) async fn transition(
    tx: &mut Transaction<'_, Sqlite>,
    id: DraftId,
    from: &[DraftState],
    to: DraftState,
    approval: Option<Approval<'_>>,
    at: &str,
) -> Result<bool, StoreError> {
    let marks = vec!["?"; from.len()].join(", ");
    let sql = format!(
        "UPDATE drafts SET state = ?, updated_at = ?, last_error = NULL, next_attempt_at = ?,
           reply_message_id = COALESCE(reply_message_id, ?)
         WHERE id = ? AND state IN ({marks})"
    );
    let mut query = sqlx::query(&sql)
        .bind(to.as_str())
        .bind(at)
        .bind(approval.as_ref().and_then(|a| a.not_before))
        .bind(approval.as_ref().map(|a| a.reply_message_id.as_ref()))
        .bind(id.0);
    for state in from {
        query = query.bind(state.as_str());
    }
    Ok(query.execute(&mut **tx).await?.rows_affected() > 0)
}
