//! Sending claims: an approved draft is claimed by one process, handed to the mail server, and
//! marked with what the server said. A claim left by a process that died goes to a person.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::conversations::{Envelope, Folder, ToIndex, index_all};
use super::drafts::reply;
use super::store::{Store, StoreError, insert_event, now, ts};
use super::types::{Claimed, DraftId, DraftState};
use crate::message::MessageId;

impl Store {
    /// Takes the next approved draft that is due, marking it `sending` under this process's
    /// name. Only one process can win the claim.
    pub async fn claim_next(&self) -> Result<Option<Claimed>, StoreError> {
        let at = ts(now());
        let row = sqlx::query(
            "UPDATE drafts SET state = 'sending', attempts = attempts + 1, claimed_by = ?, claimed_at = ?, updated_at = ?
             WHERE id = (SELECT id FROM drafts WHERE state = 'approved' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT 1)
               AND state = 'approved'
             RETURNING id, to_name, to_address, cc, subject, outcome, in_reply_to, refs, body, reply_message_id, attempts, message_row",
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
        let reply_message_id = row
            .get::<Option<&str>, _>("reply_message_id")
            .ok_or_else(|| {
                StoreError::Corrupt(format!("approved draft {id} has no reply Message-ID"))
            })?;
        Ok(Some(Claimed {
            id,
            reply: reply(&row)?,
            reply_message_id: MessageId::parse(reply_message_id)
                .map_err(|e| StoreError::Corrupt(format!("draft {id} reply Message-ID: {e}")))?,
            attempts: row.get("attempts"),
            mailbox,
        }))
    }

    /// The mail server accepted the reply: recorded before anything else happens, and the
    /// reply joins its conversation (whom the firm has written to, what it answered).
    pub async fn mark_sent(&self, claimed: &Claimed, response: &str) -> Result<(), StoreError> {
        let envelope = Envelope::of_reply(&claimed.reply, &claimed.reply_message_id);
        let mut tx = self.pool.begin().await?;
        let finished = end_claim(
            &mut tx,
            &self.instance,
            claimed.id,
            DraftState::Sent,
            None,
            Some(response),
            "sent",
        )
        .await?;
        if finished {
            let reply = ToIndex {
                envelope: &envelope,
                message_row: None,
                draft_id: Some(claimed.id.0),
            };
            index_all(&mut tx, &claimed.mailbox, Folder::Sent, &[reply]).await?;
        }
        tx.commit().await?;
        Ok(())
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
            DraftState::Approved,
            Some(ts(retry_at)),
            Some(error),
            "send-deferred",
        )
        .await
    }

    /// A permanent failure: the server's words are kept for a person to read.
    pub async fn mark_failed(&self, id: DraftId, error: &str) -> Result<(), StoreError> {
        self.finish_send(id, DraftState::Failed, None, Some(error), "send-failed")
            .await
    }

    /// Ends this process's claim with what the server said, in its own transaction.
    async fn finish_send(
        &self,
        id: DraftId,
        state: DraftState,
        next: Option<String>,
        detail: Option<&str>,
        action: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        end_claim(&mut tx, &self.instance, id, state, next, detail, action).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Drafts left `sending` by a process that died: they may have been accepted by the server
    /// already, so they go to a person (`check`) instead of being sent again.
    pub async fn recover_interrupted(&self, lease: Duration) -> Result<Vec<DraftId>, StoreError> {
        let cutoff = ts(now() - chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::MAX));
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        // A claim by a process of this machine that is no longer running is taken back at
        // once; another machine's only when its lease has run out.
        let claimers: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT claimed_by FROM drafts WHERE state = 'sending' AND claimed_by IS NOT NULL",
        )
        .fetch_all(&mut *tx)
        .await?;
        let mut dead: Vec<String> = claimers
            .into_iter()
            .filter(|claimer| self.is_gone(claimer))
            .collect();
        dead.push(self.instance.clone());
        let marks = vec!["?"; dead.len()].join(", ");
        let sql = format!(
            "UPDATE drafts SET state = 'check', last_error = 'doorman stopped while handing this reply to the mail server, so it may have been delivered (Message-ID <' || COALESCE(reply_message_id, '?') || '>). Look for that Message-ID in the Sent folder if the mail server files sent mail there itself (doorman marks this draft sent on its own when it finds it there), or in the mail server''s log; then run `doorman resolve ' || id || ' --was-sent`, or `doorman resolve ' || id || ' --send-again` if it never arrived', updated_at = ?
             WHERE state = 'sending' AND (claimed_at IS NULL OR claimed_at < ? OR claimed_by IN ({marks})) RETURNING id"
        );
        let mut query = sqlx::query_scalar(&sql).bind(&at).bind(&cutoff);
        for claimer in &dead {
            query = query.bind(claimer);
        }
        let ids: Vec<i64> = query.fetch_all(&mut *tx).await?;
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
}

/// Ends `instance`'s claim with what the server said; a claim another process took over (after
/// this one was presumed dead) is left alone. `false` when the claim was no longer this one's.
async fn end_claim(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    instance: &str,
    id: DraftId,
    state: DraftState,
    next: Option<String>,
    detail: Option<&str>,
    action: &str,
) -> Result<bool, StoreError> {
    let at = ts(now());
    let error = if state == DraftState::Sent {
        None
    } else {
        detail
    };
    let changed = sqlx::query(
        "UPDATE drafts SET state = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_at = NULL, updated_at = ?
         WHERE id = ? AND state = 'sending' AND claimed_by = ?",
    )
    .bind(state.as_str())
    .bind(next)
    .bind(error)
    .bind(&at)
    .bind(id.0)
    .bind(instance)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    insert_event(tx, None, Some(id.0), action, "doorman", detail, &at).await?;
    Ok(changed > 0)
}
