//! Watching a source: every new message in it is screened and recorded exactly once.
//!
//! The order of operations is what makes "exactly once" hold: a message is recorded (verdict,
//! draft and folder position in one transaction) before it is marked on the server, and the
//! store refuses a second record of the same message. Killed between the two, doorman finds
//! the message again, sees it is already recorded, and only sets the keyword.

use std::ops::AddAssign;
use std::path::Path;
use std::time::{Duration, Instant};

use tracing::Instrument;

use super::MaildirSource;
use super::imap::{ImapClient, ImapError, Wakeup, backoff};
use crate::config::MailboxSettings;
use crate::queue::{Incoming, Recorded, Store};
use crate::screener::{Known, LiveScreener, Screening};
use crate::shutdown::{Shutdown, every};

/// What an intake pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct IntakeReport {
    pub screened: usize,
    pub drafted: usize,
    pub duplicates: usize,
    pub unparseable: usize,
}

impl AddAssign for IntakeReport {
    fn add_assign(&mut self, other: IntakeReport) {
        self.screened += other.screened;
        self.drafted += other.drafted;
        self.duplicates += other.duplicates;
        self.unparseable += other.unparseable;
    }
}

/// Messages fetched per round trip; bounded so a first sync of a large inbox makes progress
/// that survives a restart.
const FETCH_BATCH: usize = 50;

/// Screens and records one message; `position` is its (UIDVALIDITY, UID) in an IMAP folder.
async fn take(
    store: &Store,
    screener: &LiveScreener,
    mailbox: &str,
    position: Option<(u32, u32)>,
    raw: Vec<u8>,
    report: &mut IntakeReport,
) -> anyhow::Result<(Recorded, Screening)> {
    // What the store knows of this sender and thread; nothing that screening uses yet.
    let known = Known::default();
    let screening = screener.current().screen(&raw, &known);
    let incoming = Incoming {
        mailbox: mailbox.to_string(),
        uid_validity: position.map(|(validity, _)| validity),
        uid: position.map(|(_, uid)| uid),
        raw,
        screening,
    };
    let recorded = store.record(&incoming).await?;
    match (&recorded, &incoming.screening) {
        (Recorded::Duplicate { message }, _) => {
            report.duplicates += 1;
            tracing::info!(stored = %message, "already screened; not screened again");
        }
        (Recorded::New { draft, .. }, Screening::Screened { verdict, .. }) => {
            report.screened += 1;
            report.drafted += usize::from(draft.is_some());
            match draft {
                Some(id) => {
                    tracing::info!(draft = %id, "screened: {}; draft {id} queued for approval", verdict.summary())
                }
                None => tracing::info!("screened: {}; no draft", verdict.summary()),
            }
        }
        (Recorded::New { message, .. }, Screening::Unparseable { error }) => {
            report.unparseable += 1;
            tracing::warn!(
                stored = %message,
                "message does not parse ({error}); stored and flagged for a person"
            );
        }
    }
    Ok((recorded, incoming.screening))
}

/// Screens whatever is new in a Maildir.
pub async fn screen_maildir_once(
    store: &Store,
    screener: &LiveScreener,
    source: &MaildirSource,
) -> anyhow::Result<IntakeReport> {
    let mut report = IntakeReport::default();
    let mails = source.poll()?;
    for mail in mails {
        let span = tracing::info_span!("message", mailbox = "maildir", file = %mail.key);
        take(store, screener, "maildir", None, mail.bytes, &mut report)
            .instrument(span)
            .await?;
        source.done(&mail.key);
    }
    Ok(report)
}

/// Reads a Maildir every few seconds until shutdown.
pub async fn maildir_loop(
    store: &Store,
    screener: &LiveScreener,
    dir: &Path,
    shutdown: Shutdown,
) -> anyhow::Result<()> {
    let source = MaildirSource::new(dir);
    let what = format!("reading the Maildir {}", dir.display());
    every(Duration::from_secs(5), shutdown, &what, || async {
        screen_maildir_once(store, screener, &source).await?;
        Ok(())
    })
    .await
}

/// One mailbox's connection troubles: an outage is logged when it starts and when it ends, not
/// on every retry, and the backoff starts small again after each recovery.
#[derive(Debug, Default)]
pub struct Outage {
    attempt: u32,
    since: Option<Instant>,
}

impl Outage {
    fn connected(&mut self, mailbox: &str) {
        if let Some(since) = self.since.take() {
            tracing::info!(
                mailbox,
                "connected again after {} s without the server",
                since.elapsed().as_secs()
            );
        }
        self.attempt = 0;
    }

    /// Logs a failure (once per outage) and says how long to wait before the next try.
    fn failed(&mut self, mailbox: &str, err: &anyhow::Error) -> Duration {
        // A refused login or a missing folder will not mend itself: say so loudly, and retry
        // only slowly so a locked-out account is not hammered while someone fixes the config.
        let needs_a_person = err
            .downcast_ref::<ImapError>()
            .is_some_and(|e| !e.is_transient());
        if self.since.is_none() {
            self.since = Some(Instant::now());
            if needs_a_person {
                tracing::error!(
                    mailbox,
                    "{err:#}; this needs a person: doorman tries again every {} minutes meanwhile",
                    SLOW_RETRY.as_secs() / 60
                );
            } else {
                tracing::warn!(
                    mailbox,
                    "IMAP connection lost: {err:#}; reconnecting with backoff"
                );
            }
        } else {
            tracing::debug!(mailbox, "still cannot reach the server: {err:#}");
        }
        if needs_a_person {
            return SLOW_RETRY;
        }
        let wait = backoff(self.attempt);
        self.attempt = self.attempt.saturating_add(1);
        wait
    }
}

/// How often a setting a person must fix (a refused login, a missing folder) is retried.
const SLOW_RETRY: Duration = Duration::from_secs(5 * 60);

/// Watches one IMAP folder until shutdown, reconnecting with backoff after any failure.
pub async fn imap_loop(
    store: &Store,
    screener: &LiveScreener,
    mailbox: &MailboxSettings,
    mut shutdown: Shutdown,
) -> anyhow::Result<()> {
    let mut outage = Outage::default();
    while !shutdown.is_requested() {
        match imap_session(store, screener, mailbox, &mut shutdown, false, &mut outage).await {
            Ok(_) => return Ok(()),
            Err(err) => {
                let wait = outage.failed(&mailbox.name, &err);
                if shutdown.sleep(wait).await {
                    return Ok(());
                }
            }
        }
    }
    Ok(())
}

/// One connection: catch up on everything new, then (unless `once`) wait with IDLE or polling
/// and catch up again, until the connection fails or shutdown is requested.
pub async fn imap_session(
    store: &Store,
    screener: &LiveScreener,
    mailbox: &MailboxSettings,
    shutdown: &mut Shutdown,
    once: bool,
    outage: &mut Outage,
) -> anyhow::Result<IntakeReport> {
    let mut client = ImapClient::connect(mailbox).await?;
    let state = client.select(&mailbox.folder).await?;
    outage.connected(&mailbox.name);
    tracing::info!(mailbox = %mailbox.name, folder = %mailbox.folder, idle = client.has_idle(), "connected");
    if let Some(warning) = state.keyword_warning(&mailbox.keyword) {
        tracing::warn!(mailbox = %mailbox.name, folder = %mailbox.folder, "{warning}");
    }
    let mut report = IntakeReport::default();
    loop {
        let mut last_uid = match store.mailbox_position(&mailbox.name).await? {
            Some((validity, last)) if validity == state.uid_validity => last,
            Some((validity, _)) => {
                tracing::warn!(
                    mailbox = %mailbox.name,
                    old = validity,
                    new = state.uid_validity,
                    "UIDVALIDITY changed: re-reading the folder; messages already screened are recognised and skipped"
                );
                store
                    .reset_mailbox(&mailbox.name, state.uid_validity)
                    .await?;
                0
            }
            None => {
                store
                    .reset_mailbox(&mailbox.name, state.uid_validity)
                    .await?;
                0
            }
        };
        loop {
            let batch = client.fetch_after(last_uid, FETCH_BATCH).await?;
            if batch.is_empty() {
                break;
            }
            for fetched in batch {
                let span =
                    tracing::info_span!("message", mailbox = %mailbox.name, uid = fetched.uid);
                async {
                    let already = fetched
                        .flags
                        .iter()
                        .any(|f| f.eq_ignore_ascii_case(&mailbox.keyword));
                    // A message marked by an earlier run is still offered to the store, which
                    // recognises it; only a store that never saw it records it.
                    let position = Some((state.uid_validity, fetched.uid));
                    let (recorded, screening) = take(
                        store,
                        screener,
                        &mailbox.name,
                        position,
                        fetched.bytes,
                        &mut report,
                    )
                    .await?;
                    if !already {
                        client.add_keyword(fetched.uid, &mailbox.keyword).await?;
                    }
                    if let (Recorded::New { .. }, Some(folder)) =
                        (recorded, outcome_folder(mailbox, &screening))
                    {
                        client.move_message(fetched.uid, folder).await?;
                    }
                    anyhow::Ok(())
                }
                .instrument(span)
                .await?;
                store
                    .advance_mailbox(&mailbox.name, state.uid_validity, fetched.uid)
                    .await?;
                last_uid = fetched.uid;
                if shutdown.is_requested() {
                    client.logout().await.ok();
                    return Ok(report);
                }
            }
        }
        if once || shutdown.is_requested() {
            client.logout().await.ok();
            return Ok(report);
        }
        match client
            .wait_for_news(Duration::from_secs(25 * 60), shutdown)
            .await?
        {
            Wakeup::Shutdown => {
                client.logout().await.ok();
                return Ok(report);
            }
            Wakeup::NewData | Wakeup::Timeout => {}
        }
    }
}

/// The folder a screened message moves to, when the config asks for one for its outcome.
fn outcome_folder<'a>(mailbox: &'a MailboxSettings, screening: &Screening) -> Option<&'a str> {
    let outcome = screening.verdict()?.outcome.as_ref();
    mailbox.move_to.get(outcome).map(String::as_str)
}
