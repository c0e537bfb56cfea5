//! Drafts mirrored into a mailbox's Drafts folder (issue 12): what the folder holds of each
//! draft, and what the mail client did with a copy (edited it, deleted it, sent it).
//!
//! What the folder should hold is never stored: it follows from the draft (its latest version
//! while it is pending, nothing once it is decided), so approving, rejecting or editing a draft
//! changes it in that change's own transaction. `draft_mirrors` keeps only what the folder
//! holds, so the mirroring step can compare the two and converge after any kill.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::drafts::{VERSIONS, reply};
use super::review::{Approval, reject_in, replace_body, transition};
use super::store::{Store, StoreError, insert_event_by, now, parse_ts, ts};
use super::types::{Actor, DraftBody, DraftId, DraftState};
use crate::drafts::Draft;
use crate::message::MessageId;

/// Why a draft the mail client deleted is dismissed, as its history says.
pub const DELETED_IN_THE_MAIL_CLIENT: &str = "deleted in the mail client";

/// One draft as the mirroring step sees it: what the Drafts folder should hold of it, and what
/// the store knows it holds.
#[derive(Debug, Clone)]
pub struct Mirrored {
    pub id: DraftId,
    pub state: DraftState,
    /// The reply as it stands: what a copy is written from.
    pub reply: Draft,
    /// Every version of the body, oldest first: version `n` is `versions[n - 1]`.
    pub versions: Vec<String>,
    /// The copy in the folder, when doorman has written one.
    pub copy: Option<MirrorCopy>,
}

impl Mirrored {
    /// The latest version's number: the one a copy must hold.
    pub fn version(&self) -> u32 {
        self.versions.len() as u32
    }

    /// The body of version `n`, when there is one.
    pub fn body_of(&self, n: u32) -> Option<&str> {
        self.versions
            .get((n as usize).checked_sub(1)?)
            .map(String::as_str)
    }

    /// Whether the folder should hold a copy: only while a person may still decide it there.
    pub fn wanted(&self) -> bool {
        self.state == DraftState::Pending
    }
}

/// Where a draft's copy is, and which version it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorCopy {
    pub folder: String,
    pub uid_validity: u32,
    pub uid: u32,
    pub version: u32,
    /// Since when the copy has been gone from the folder with nothing in its place.
    pub missing_since: Option<DateTime<Utc>>,
}

/// A reply the mail client sent from a mirrored draft, found in the Sent folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSent {
    /// The Sent message's Message-ID, as indexed.
    pub message_id: String,
    pub draft: DraftId,
    /// The text actually sent.
    pub body: String,
}

impl Store {
    /// The drafts of `mailbox` the mirroring step must look at: every pending one, every one
    /// with a copy on record, and those named in `seen` (copies found in the folder).
    pub async fn mirror_plan(
        &self,
        mailbox: &str,
        seen: &[DraftId],
    ) -> Result<Vec<Mirrored>, StoreError> {
        let marks = vec!["?"; seen.len().max(1)].join(", ");
        let sql = format!(
            "SELECT d.id, d.state, d.to_name, d.to_address, d.cc, d.subject, d.outcome, d.in_reply_to, d.refs, d.body,
                    c.folder, c.uid_validity, c.uid, c.body_version, c.missing_at
             FROM drafts d JOIN messages m ON m.id = d.message_row
             LEFT JOIN draft_mirrors c ON c.draft_id = d.id
             WHERE m.mailbox = ? AND (d.state = 'pending' OR c.draft_id IS NOT NULL OR d.id IN ({marks}))
             ORDER BY d.id"
        );
        let mut query = sqlx::query(&sql).bind(mailbox);
        if seen.is_empty() {
            query = query.bind(0i64);
        }
        for id in seen {
            query = query.bind(id.0);
        }
        let rows = query.fetch_all(&self.pool).await?;
        let mut plan = Vec::with_capacity(rows.len());
        for row in &rows {
            let id = DraftId(row.get("id"));
            let state: String = row.get("state");
            let versions: Vec<String> = sqlx::query(VERSIONS)
                .bind(id.0)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|version| version.get("body"))
                .collect();
            let copy = match row.get::<Option<String>, _>("folder") {
                Some(folder) => Some(MirrorCopy {
                    folder,
                    uid_validity: row.get::<i64, _>("uid_validity") as u32,
                    uid: row.get::<i64, _>("uid") as u32,
                    version: row.get::<i64, _>("body_version") as u32,
                    missing_since: row
                        .get::<Option<&str>, _>("missing_at")
                        .map(parse_ts)
                        .transpose()?,
                }),
                None => None,
            };
            plan.push(Mirrored {
                id,
                state: DraftState::parse(&state)
                    .ok_or_else(|| StoreError::Corrupt(format!("draft state {state:?}")))?,
                reply: reply(row)?,
                versions,
                copy,
            });
        }
        Ok(plan)
    }

    /// Records that the folder holds `copy` of a draft (written by doorman, or found there).
    pub async fn mirror_written(
        &self,
        id: DraftId,
        mailbox: &str,
        copy: &MirrorCopy,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        record_copy(&mut tx, id, mailbox, copy).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The copy is gone and nothing took its place: noted once, with when.
    pub async fn mirror_missing(&self, id: DraftId) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE draft_mirrors SET state = 'missing', missing_at = ?, updated_at = ? WHERE draft_id = ? AND state = 'present'",
        )
        .bind(ts(now()))
        .bind(ts(now()))
        .bind(id.0)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The folder holds nothing of the draft any more, and needs nothing.
    pub async fn mirror_forget(&self, id: DraftId) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM draft_mirrors WHERE draft_id = ?")
            .bind(id.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A person edited the copy in their mail client and saved it: that text is the draft's
    /// latest version, and `copy` (the saved message) is what the folder holds of it, in one
    /// transaction. `false` when the draft is no longer pending.
    pub async fn edited_in_mail_client(
        &self,
        id: DraftId,
        mailbox: &str,
        body: &DraftBody,
        copy: &MirrorCopy,
    ) -> Result<bool, StoreError> {
        let at = ts(now());
        let mut tx = self.pool.begin().await?;
        if !replace_body(&mut tx, id, None, body.as_ref(), &Actor::MailClient, &at).await? {
            return Ok(false);
        }
        let version: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM ({VERSIONS}) bodies"))
            .bind(id.0)
            .fetch_one(&mut *tx)
            .await?;
        let copy = MirrorCopy {
            version: version as u32,
            ..copy.clone()
        };
        record_copy(&mut tx, id, mailbox, &copy).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A person deleted the copy in their mail client: the draft is dismissed, and its history
    /// says so. `false` when it was no longer pending.
    pub async fn deleted_in_mail_client(&self, id: DraftId) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let by = Actor::MailClient;
        let reason = Some(DELETED_IN_THE_MAIL_CLIENT);
        if !reject_in(&mut tx, id, &[DraftState::Pending], &by, reason).await? {
            return Ok(false);
        }
        sqlx::query("DELETE FROM draft_mirrors WHERE draft_id = ?")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The pending, mirrored draft a message in the Sent folder was sent from: the one its
    /// `X-Doorman-Draft` header names, else the one answering the same message (In-Reply-To)
    /// to the same prospect.
    pub async fn mirrored_draft_sent_as(
        &self,
        mailbox: &str,
        header: Option<DraftId>,
        in_reply_to: Option<&str>,
        recipients: &[String],
    ) -> Result<Option<DraftId>, StoreError> {
        const MIRRORED_PENDING: &str = "SELECT d.id, d.in_reply_to, d.to_address FROM drafts d
             JOIN draft_mirrors c ON c.draft_id = d.id
             WHERE c.mailbox = ? AND d.state = 'pending'";
        if let Some(id) = header {
            let sql = format!("{MIRRORED_PENDING} AND d.id = ?");
            let found: Option<i64> = sqlx::query_scalar(&sql)
                .bind(mailbox)
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await?;
            return Ok(found.map(DraftId));
        }
        let Some(in_reply_to) = in_reply_to else {
            return Ok(None);
        };
        let sql = format!("{MIRRORED_PENDING} AND d.in_reply_to = ? ORDER BY d.id");
        let rows = sqlx::query(&sql)
            .bind(mailbox)
            .bind(in_reply_to)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .iter()
            .find(|row| {
                let to: String = row.get(2);
                recipients.iter().any(|r| r.eq_ignore_ascii_case(&to))
            })
            .map(|row| DraftId(row.get(0))))
    }
}

/// Upserts what the folder holds of a draft.
async fn record_copy(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    id: DraftId,
    mailbox: &str,
    copy: &MirrorCopy,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO draft_mirrors (draft_id, mailbox, folder, uid_validity, uid, body_version, state, missing_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'present', NULL, ?)
         ON CONFLICT (draft_id) DO UPDATE SET mailbox = excluded.mailbox, folder = excluded.folder,
           uid_validity = excluded.uid_validity, uid = excluded.uid, body_version = excluded.body_version,
           state = 'present', missing_at = NULL, updated_at = excluded.updated_at",
    )
    .bind(id.0)
    .bind(mailbox)
    .bind(&copy.folder)
    .bind(i64::from(copy.uid_validity))
    .bind(i64::from(copy.uid))
    .bind(i64::from(copy.version))
    .bind(ts(now()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A mirrored draft the mail client sent: `sent` by the mail client, with the text it sent
/// kept as the last version and its Message-ID as the reply's, so the prospect's answer
/// threads on it. `false` when the draft was decided meanwhile.
pub(super) async fn record_sent_from_client(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    sent: &ClientSent,
) -> Result<bool, StoreError> {
    let at = ts(now());
    let by = Actor::MailClient;
    let current: Option<String> =
        sqlx::query_scalar("SELECT body FROM drafts WHERE id = ? AND state = 'pending'")
            .bind(sent.draft.0)
            .fetch_optional(&mut **tx)
            .await?;
    let Some(current) = current else {
        return Ok(false);
    };
    if let Ok(body) = DraftBody::parse(&sent.body)
        && !body.same_as(&current)
    {
        replace_body(tx, sent.draft, None, body.as_ref(), &by, &at).await?;
    }
    let reply_id = MessageId::parse(&sent.message_id).ok();
    let approval = reply_id.as_ref().map(|id| Approval {
        reply_message_id: id,
        not_before: None,
    });
    if !transition(
        tx,
        sent.draft,
        &[DraftState::Pending],
        DraftState::Sent,
        approval,
        &at,
    )
    .await?
    {
        return Ok(false);
    }
    insert_event_by(
        tx,
        None,
        Some(sent.draft.0),
        "sent",
        (by.kind(), &by.name()),
        Some("sent from the mail client: its copy arrived in the Sent folder"),
        &at,
    )
    .await?;
    Ok(true)
}
