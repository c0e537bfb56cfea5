//! Drafts in the mailbox's Drafts folder (issue 12): every pending draft has a copy there, a
//! reply in its thread that the firm's mail client shows ready to edit and send, and what a
//! person does with that copy comes back to the queue.
//!
//! One step of the intake session, after the Sent folder and the inbox are read: it compares
//! what each draft needs (its latest version while it is pending, nothing once it is decided)
//! with what the folder holds, and converges. A new copy is appended before the old one is
//! deleted, and each copy carries `X-Doorman-Draft` and `X-Doorman-Draft-Version`, so a run
//! killed anywhere finds what it had written by those headers and never writes it twice.
//!
//! What the mail client did is read from the folder in the same step:
//! - a copy that is not doorman's (its text is no version doorman wrote) is the person's edit,
//!   saved: it becomes the draft's latest version;
//! - a copy gone with nothing in its place was either sent (the Sent folder, read at the start
//!   of every round, records the draft `sent` by the mail client) or deleted: only when it is
//!   still gone a full round later, after Sent was read again, is the draft dismissed.

use std::time::SystemTime;

use chrono::{DateTime, Utc};

use super::imap::{Fetched, FolderState, ImapClient};
use crate::config::{Config, MailboxSettings};
use crate::drafts::{Draft, new_message_id};
use crate::message::Message;
use crate::queue::{DraftBody, DraftId, MirrorCopy, Mirrored, Store};

/// Names the doorman draft a message is a copy of, in Drafts and in what is sent from it.
pub const DRAFT_HEADER: &str = "X-Doorman-Draft";
/// Which version of the draft's body a copy was written from.
pub const VERSION_HEADER: &str = "X-Doorman-Draft-Version";

/// What a mirroring step did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct MirrorReport {
    /// Copies written: new drafts, and new versions of edited ones.
    pub written: usize,
    /// Copies deleted: decided drafts, old versions, leftovers.
    pub removed: usize,
    /// Edits saved in the mail client, taken into the queue.
    pub edited: usize,
    /// Drafts dismissed because the mail client deleted their copy.
    pub dismissed: usize,
}

/// The doorman draft a message names in its `X-Doorman-Draft` header.
pub fn draft_named_in(message: &Message) -> Option<DraftId> {
    message
        .header_values(DRAFT_HEADER)
        .find_map(|value| value.trim().parse().ok())
}

/// One message found in the Drafts folder, by its headers.
struct InFolder {
    uid: u32,
    /// Marked `\\Deleted` and not expunged yet (a run killed between the two, or a mail
    /// client that only marks): as good as gone, but still to be expunged.
    deleted: bool,
    draft: Option<DraftId>,
    version: Option<u32>,
    in_reply_to: Option<String>,
    recipients: Vec<String>,
}

impl InFolder {
    fn read(fetched: &Fetched) -> Option<InFolder> {
        let message = Message::parse_headers(&fetched.bytes).ok()?;
        Some(InFolder {
            uid: fetched.uid,
            deleted: fetched.has("\\Deleted"),
            draft: draft_named_in(&message),
            version: message
                .header_values(VERSION_HEADER)
                .find_map(|value| value.trim().parse().ok()),
            in_reply_to: message
                .in_reply_to
                .as_ref()
                .map(|id| id.as_ref().to_string()),
            recipients: message
                .to
                .iter()
                .chain(&message.cc)
                .map(|m| m.address.as_ref().to_lowercase())
                .collect(),
        })
    }

    /// Whether this is a copy of `item`: its header says so or, for a draft doorman mirrored,
    /// it answers the same message to the same prospect (a mail client that dropped doorman's
    /// headers when it saved the person's edit).
    fn is_copy_of(&self, item: &Mirrored) -> bool {
        match self.draft {
            Some(draft) => draft == item.id,
            None => {
                item.copy.is_some()
                    && self.in_reply_to.is_some()
                    && self.in_reply_to.as_deref()
                        == item.reply.in_reply_to.as_ref().map(|id| id.as_ref())
                    && self
                        .recipients
                        .iter()
                        .any(|r| r.eq_ignore_ascii_case(item.reply.to.address.as_ref()))
            }
        }
    }
}

/// The text of a copy, as a mail client saved or sent it.
pub fn text_of(raw: &[u8]) -> Option<String> {
    Message::parse(raw).ok().map(|message| message.full_body)
}

/// One mirroring step for one mailbox: the folder converges on what the queue needs, and what
/// the mail client did is taken into the queue. `sent_read_at` is when this round began
/// reading the Sent folder.
#[tracing::instrument(skip_all, fields(mailbox = %mailbox.name, folder))]
pub async fn follow_drafts(
    store: &Store,
    client: &mut ImapClient,
    config: &Config,
    mailbox: &MailboxSettings,
    folder: &str,
    sent_read_at: DateTime<Utc>,
) -> anyhow::Result<MirrorReport> {
    let state = client.select(folder).await?;
    let found: Vec<InFolder> = client
        .fetch_headers(0, u32::MAX, usize::MAX)
        .await?
        .iter()
        .filter_map(InFolder::read)
        .collect();
    let mut seen: Vec<DraftId> = found.iter().filter_map(|f| f.draft).collect();
    seen.sort();
    seen.dedup();
    let mut step = Step {
        store,
        client,
        config,
        mailbox,
        folder,
        state: &state,
        report: MirrorReport::default(),
    };
    for item in store.mirror_plan(&mailbox.name, &seen).await? {
        let copies: Vec<&InFolder> = found.iter().filter(|f| f.is_copy_of(&item)).collect();
        if item.wanted() {
            step.converge(&item, &copies, sent_read_at).await?;
        } else if item.copy.is_some() || !copies.is_empty() {
            step.remove(&uids(&copies)).await?;
            step.store.mirror_forget(item.id).await?;
            tracing::info!(draft = %item.id, "draft {} is {}: its copy is gone from {folder}", item.id, item.state);
        }
    }
    Ok(step.report)
}

fn uids(copies: &[&InFolder]) -> Vec<u32> {
    let mut uids: Vec<u32> = copies.iter().map(|f| f.uid).collect();
    uids.sort_unstable();
    uids
}

/// What one step works with.
struct Step<'a> {
    store: &'a Store,
    client: &'a mut ImapClient,
    config: &'a Config,
    mailbox: &'a MailboxSettings,
    folder: &'a str,
    /// The folder as selected for this step: its UIDVALIDITY says whether recorded UIDs hold.
    state: &'a FolderState,
    report: MirrorReport,
}

/// Who wrote a copy that is not the one on record.
enum Author {
    /// doorman, with this version's text: a copy a killed run wrote, or an old one.
    Doorman(u32),
    /// The person, in their mail client: the text is no version doorman wrote.
    Person(String),
}

impl Step<'_> {
    /// A pending draft: the folder ends holding exactly one copy, of its latest version (or of
    /// the person's saved edit, which becomes that version).
    async fn converge(
        &mut self,
        item: &Mirrored,
        copies: &[&InFolder],
        sent_read_at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let recorded = item
            .copy
            .as_ref()
            .filter(|c| c.folder == self.folder && c.uid_validity == self.state.uid_validity);
        // Decisions look at the live copies; whatever is not kept is expunged, marked or not.
        let live: Vec<&InFolder> = copies.iter().filter(|f| !f.deleted).copied().collect();
        let on_record = recorded.filter(|c| live.iter().any(|f| f.uid == c.uid));
        let others: Vec<&InFolder> = live
            .iter()
            .filter(|f| on_record.is_none_or(|c| c.uid != f.uid))
            .copied()
            .collect();
        let authors = self.authors(item, &others).await?;

        // The person's edit, saved in the mail client: the newest one wins.
        if let Some((uid, text)) = authors.iter().rev().find_map(|(uid, author)| match author {
            Author::Person(text) => Some((*uid, text)),
            Author::Doorman(_) => None,
        }) {
            let copy = self.copy(uid, item.version());
            match DraftBody::parse(text) {
                Ok(body) if !body.same_as(&item.reply.body) => {
                    if self
                        .store
                        .edited_in_mail_client(item.id, &self.mailbox.name, &body, &copy)
                        .await?
                    {
                        self.report.edited += 1;
                        tracing::info!(draft = %item.id, "draft {} was edited in the mail client: its text is the draft's latest version", item.id);
                    }
                }
                _ => {
                    self.store
                        .mirror_written(item.id, &self.mailbox.name, &copy)
                        .await?
                }
            }
            return self.remove_all_but(copies, uid).await;
        }

        if let Some(copy) = on_record.filter(|c| c.version == item.version()) {
            if copy.missing_since.is_some() {
                self.store
                    .mirror_written(item.id, &self.mailbox.name, copy)
                    .await?;
            }
            return self.remove_all_but(copies, copy.uid).await;
        }
        // A copy of the latest version a killed run appended and did not record.
        if let Some(uid) = authors.iter().rev().find_map(|(uid, author)| {
            matches!(author, Author::Doorman(v) if *v == item.version()).then_some(*uid)
        }) {
            let copy = self.copy(uid, item.version());
            self.store
                .mirror_written(item.id, &self.mailbox.name, &copy)
                .await?;
            return self.remove_all_but(copies, uid).await;
        }
        if let Some(gone) = recorded.filter(|_| live.is_empty()) {
            return self.gone(item, gone, copies, sent_read_at).await;
        }

        // Write the latest version, record it, then remove what it replaces.
        let uid = self.append(item).await?;
        self.store
            .mirror_written(item.id, &self.mailbox.name, &self.copy(uid, item.version()))
            .await?;
        self.report.written += 1;
        tracing::info!(draft = %item.id, version = item.version(), "draft {} is in {} for the mail client", item.id, self.folder);
        self.remove_all_but(copies, uid).await
    }

    /// A copy on record is gone from the folder (or only `marked` deleted there) and nothing
    /// took its place.
    async fn gone(
        &mut self,
        item: &Mirrored,
        copy: &MirrorCopy,
        marked: &[&InFolder],
        sent_read_at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        match copy.missing_since {
            // Sent from the mail client, it would have turned up in Sent, which was read again
            // after the copy was found missing: it was deleted.
            Some(since) if since < sent_read_at => {
                if self.store.deleted_in_mail_client(item.id).await? {
                    self.report.dismissed += 1;
                    tracing::info!(draft = %item.id, "draft {} was deleted in the mail client: dismissed", item.id);
                }
                // A client that only marks deleted leaves the copy to whoever expunges.
                self.remove(&uids(marked)).await?;
            }
            Some(_) => {}
            None => {
                tracing::info!(draft = %item.id, "draft {}'s copy is gone from {}: sent or deleted, the Sent folder will tell", item.id, self.folder);
                self.store.mirror_missing(item.id).await?;
            }
        }
        Ok(())
    }

    /// Who wrote each copy, told by its text: doorman's versions carry their version header
    /// and the very text of that version.
    async fn authors(
        &mut self,
        item: &Mirrored,
        copies: &[&InFolder],
    ) -> anyhow::Result<Vec<(u32, Author)>> {
        let whole = self.client.fetch_whole(&uids(copies)).await?;
        Ok(whole
            .iter()
            .filter_map(|fetched| {
                let text = text_of(&fetched.bytes)?;
                let version = copies
                    .iter()
                    .find(|f| f.uid == fetched.uid)
                    .and_then(|f| f.version);
                let ours = version.filter(|v| {
                    item.body_of(*v).is_some_and(|body| {
                        DraftBody::parse(&text).is_ok_and(|text| text.same_as(body))
                    })
                });
                Some(match ours {
                    Some(v) => (fetched.uid, Author::Doorman(v)),
                    None => (fetched.uid, Author::Person(text)),
                })
            })
            .collect())
    }

    fn copy(&self, uid: u32, version: u32) -> MirrorCopy {
        MirrorCopy {
            folder: self.folder.to_string(),
            uid_validity: self.state.uid_validity,
            uid,
            version,
            missing_since: None,
        }
    }

    /// Appends the draft's latest version; its UID, from APPENDUID or found by its headers.
    async fn append(&mut self, item: &Mirrored) -> anyhow::Result<u32> {
        let bytes = render(self.config, item.id, item.version(), &item.reply)?;
        if let Some(uid) = self
            .client
            .append_for_uid(self.folder, &bytes, &["\\Draft", "\\Seen"])
            .await?
        {
            return Ok(uid);
        }
        let named = self
            .client
            .search_header(DRAFT_HEADER, &item.id.to_string())
            .await?;
        let found = self.client.fetch_headers_of(&named).await?;
        found
            .iter()
            .filter_map(InFolder::read)
            .filter(|f| f.draft == Some(item.id) && f.version == Some(item.version()))
            .map(|f| f.uid)
            .max()
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "draft {} was appended to {} but cannot be found there by its {DRAFT_HEADER} header",
                    item.id,
                    self.folder
                )
            })
    }

    async fn remove_all_but(&mut self, copies: &[&InFolder], keep: u32) -> anyhow::Result<()> {
        let old: Vec<u32> = uids(copies).into_iter().filter(|u| *u != keep).collect();
        self.remove(&old).await
    }

    async fn remove(&mut self, uids: &[u32]) -> anyhow::Result<()> {
        self.client.delete(uids).await?;
        self.report.removed += uids.len();
        Ok(())
    }
}

/// A draft as the copy in Drafts: the full reply, threaded as it will be sent, with a
/// Message-ID of its own (the reply doorman sends gets the one fixed at approval) and the
/// headers that name the draft and version.
pub fn render(
    config: &Config,
    id: DraftId,
    version: u32,
    reply: &Draft,
) -> anyhow::Result<Vec<u8>> {
    let email = reply.to_email(config, &new_message_id(&config.firm), SystemTime::now())?;
    let mut bytes = format!("{DRAFT_HEADER}: {id}\r\n{VERSION_HEADER}: {version}\r\n").into_bytes();
    bytes.extend(email.formatted());
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::message::{Mailbox, MessageId};
    use crate::rules::RuleId;

    #[test]
    fn a_copy_names_its_draft_and_version_and_is_threaded_as_the_reply() {
        let config = Config::from_yaml(
            "firm:\n  name: Northwind IT\n  from: Northwind IT <sales@northwind-it.example>\n",
            Path::new("doorman.yaml"),
            Path::new("."),
        )
        .unwrap();
        let asked = MessageId::parse("ask-1@acme-dental.example").unwrap();
        let reply = Draft {
            outcome: RuleId::parse("engage").unwrap(),
            to: Mailbox::parse("Ann Lee <ann@acme-dental.example>").unwrap(),
            cc: Vec::new(),
            subject: "Re: Network for the new office".into(),
            in_reply_to: Some(asked.clone()),
            references: vec![asked],
            body: "Hello Ann,\n\nhappy to help.\n".into(),
        };
        let bytes = render(&config, DraftId(17), 3, &reply).unwrap();
        let message = Message::parse(&bytes).unwrap();
        assert_eq!(draft_named_in(&message), Some(DraftId(17)));
        let fetched = Fetched {
            uid: 5,
            bytes: bytes.clone(),
            flags: Vec::new(),
            arrived_at: None,
        };
        let found = InFolder::read(&fetched).unwrap();
        assert_eq!((found.draft, found.version), (Some(DraftId(17)), Some(3)));
        assert_eq!(
            found.in_reply_to.as_deref(),
            Some("ask-1@acme-dental.example")
        );
        assert_eq!(found.recipients, ["ann@acme-dental.example"]);
        let text = DraftBody::parse(&text_of(&bytes).unwrap()).unwrap();
        assert!(
            text.same_as(&reply.body),
            "the text reads back as written: {text:?}"
        );
    }
}
