//! Watching a source: every new message in it is screened and recorded exactly once.
//!
//! The order of operations is what makes "exactly once" hold: a message is recorded (verdict,
//! draft and folder position in one transaction) before it is marked on the server, and the
//! store refuses a second record of the same message. Killed between the two, doorman finds
//! the message again, sees it is already recorded, and only sets the keyword.

use std::ops::AddAssign;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tracing::Instrument;

use super::MaildirSource;
use super::imap::{Fetched, FolderState, ImapClient, ImapError, Wakeup, answers, backoff};
use super::mirror::{MirrorReport, draft_named_in, follow_drafts, text_of};
use super::screening::{ToScreen, read_all, screen_all, screen_read};
use crate::config::MailboxSettings;
use crate::message::Message;
use crate::queue::{ClientSent, Envelope, Folder, Position, Prepared, Recorded, Store};
use crate::screener::{LiveScreener, Screening};
use crate::shutdown::{Shutdown, every};

/// What an intake pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct IntakeReport {
    pub screened: usize,
    pub drafted: usize,
    pub duplicates: usize,
    pub unparseable: usize,
    /// Messages that were in a folder before doorman watched it, or that a mail client
    /// already marked as screened: recorded as history, with no verdict and no draft.
    pub history: usize,
    /// Nudges that joined the open draft of their conversation.
    pub joined: usize,
}

impl AddAssign for IntakeReport {
    fn add_assign(&mut self, other: IntakeReport) {
        self.screened += other.screened;
        self.drafted += other.drafted;
        self.duplicates += other.duplicates;
        self.unparseable += other.unparseable;
        self.history += other.history;
        self.joined += other.joined;
    }
}

/// Messages fetched per round trip; bounded so a first sync of a large inbox makes progress
/// that survives a restart.
const FETCH_BATCH: usize = 250;

/// History (and the Sent folder) is read this many headers per round trip.
const HISTORY_BATCH: usize = 500;
/// How often a long history import says how far it has got.
const PROGRESS_EVERY: Duration = Duration::from_secs(5);
/// How often the Sent folder is looked at while the inbox is quiet.
const SENT_POLL: Duration = Duration::from_secs(60);
/// With mirrored drafts, how soon a decision taken in doorman shows in the Drafts folder, and
/// an edit saved in the mail client shows in doorman, at the latest.
const MIRROR_POLL: Duration = Duration::from_secs(10);

/// Says in the log what recording one message did, and counts it.
fn log_recorded(recorded: &Recorded, screening: &Screening, report: &mut IntakeReport) {
    match (recorded, screening) {
        (Recorded::Duplicate { message }, _) => {
            report.duplicates += 1;
            tracing::info!(stored = %message, "already screened; not screened again");
        }
        (
            Recorded::New {
                joined: Some(open), ..
            },
            _,
        ) => {
            report.screened += 1;
            report.joined += 1;
            tracing::info!(draft = %open, "a new message in the conversation of draft {open}: shown with that draft, no second draft");
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
}

/// Screens and records one message on its own (the Maildir source).
async fn take(
    store: &Store,
    screener: &LiveScreener,
    mailbox: &str,
    raw: Vec<u8>,
    report: &mut IntakeReport,
) -> anyhow::Result<()> {
    let mail = ToScreen {
        raw,
        position: None,
        arrived_at: None,
    };
    let screened = screen_all(store, &screener.current(), mailbox, vec![mail]).await?;
    let recorded = store.record_prepared(&screened).await?;
    log_recorded(&recorded[0], &screened[0].incoming.screening, report);
    Ok(())
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
        take(store, screener, "maildir", mail.bytes, &mut report)
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
                if wait_for_server(mailbox, wait, &mut shutdown).await {
                    return Ok(());
                }
            }
        }
    }
    Ok(())
}

/// Waits out a backoff, probing the server cheaply every few seconds so that doorman is back
/// within seconds of the server, not at the end of a five-minute wait. `true` on shutdown.
async fn wait_for_server(
    mailbox: &MailboxSettings,
    wait: Duration,
    shutdown: &mut Shutdown,
) -> bool {
    const PROBE: Duration = Duration::from_secs(5);
    let until = Instant::now() + wait;
    loop {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        if shutdown.sleep(left.min(PROBE)).await {
            return true;
        }
        if left > PROBE && answers(mailbox).await {
            tracing::debug!(mailbox = %mailbox.name, "the server answers again; reconnecting now");
            return false;
        }
    }
}

/// One connection: catch up on the Sent folder and the inbox (history first, on a first
/// start), then (unless `once`) wait with IDLE or polling and catch up again, until the
/// connection fails or shutdown is requested.
pub async fn imap_session(
    store: &Store,
    screener: &LiveScreener,
    mailbox: &MailboxSettings,
    shutdown: &mut Shutdown,
    once: bool,
    outage: &mut Outage,
) -> anyhow::Result<IntakeReport> {
    let mut client = ImapClient::connect(mailbox).await?;
    let sent = match mailbox.reads_sent() {
        true => client.sent_folder(mailbox).await?,
        false => None,
    };
    if mailbox.reads_sent() && sent.is_none() {
        tracing::warn!(mailbox = %mailbox.name, "the server has no Sent folder (none marked \\Sent, none named Sent): doorman cannot see replies written by hand, drafts sent from the mail client, or whom the firm has written to; set sent_folder, or watch_sent: false to silence this");
    }
    let drafts = match mailbox.mirror_drafts {
        true => Some(client.drafts_folder(mailbox).await?),
        false => None,
    };
    outage.connected(&mailbox.name);
    tracing::info!(mailbox = %mailbox.name, folder = %mailbox.folder, sent = sent.as_deref().unwrap_or("(not read)"), drafts = drafts.as_deref().unwrap_or("(not mirrored)"), idle = client.has_idle(), "connected");
    let mut report = IntakeReport::default();
    let mut warned = false;
    loop {
        let sent_read_at = chrono::Utc::now();
        if let Some(sent) = &sent {
            follow_sent(store, &mut client, mailbox, sent, shutdown).await?;
        }
        let state = client.select(&mailbox.folder).await?;
        if !std::mem::replace(&mut warned, true)
            && let Some(warning) = state.keyword_warning(&mailbox.keyword)
        {
            tracing::warn!(mailbox = %mailbox.name, folder = %mailbox.folder, "{warning}");
        }
        follow_inbox(
            store,
            screener,
            &mut client,
            mailbox,
            &state,
            shutdown,
            &mut report,
        )
        .await?;
        if let Some(folder) = &drafts {
            let config = &screener.current().config;
            let mirrored =
                follow_drafts(store, &mut client, config, mailbox, folder, sent_read_at).await?;
            if mirrored != MirrorReport::default() {
                tracing::info!(mailbox = %mailbox.name, folder = %folder, ?mirrored, "Drafts folder brought up to date");
            }
            if !once && client.has_idle() {
                // IDLE watches the folder selected last: the inbox again.
                client.select(&mailbox.folder).await?;
            }
        }
        if once || shutdown.is_requested() {
            client.logout().await.ok();
            return Ok(report);
        }
        // IDLE watches the inbox only: the Sent folder is looked at again every minute, and
        // mirrored drafts every few seconds.
        let wait = match (&drafts, &sent) {
            (Some(_), _) => MIRROR_POLL.min(Duration::from_secs(mailbox.poll_seconds.max(1))),
            (None, Some(_)) => SENT_POLL,
            (None, None) => Duration::from_secs(25 * 60),
        };
        if client.wait_for_news(wait, shutdown).await? == Wakeup::Shutdown {
            client.logout().await.ok();
            return Ok(report);
        }
    }
}

/// Where intake stands in a folder; the first time, or after a UIDVALIDITY change, what is in
/// the folder now is marked as history.
async fn position(
    store: &Store,
    client: &mut ImapClient,
    key: &str,
    state: &FolderState,
) -> anyhow::Result<Position> {
    let stored = store.mailbox_position(key).await?;
    if let Some(position) = stored.filter(|p| p.uid_validity == state.uid_validity) {
        return Ok(position);
    }
    if let Some(old) = stored {
        tracing::warn!(
            folder = key,
            old = old.uid_validity,
            new = state.uid_validity,
            "UIDVALIDITY changed: reading the folder again as history; messages already screened are recognised"
        );
    }
    let history_until = match state.uid_next {
        Some(next) => next.saturating_sub(1),
        None => client.highest_uid().await?,
    };
    store
        .reset_mailbox(key, state.uid_validity, history_until)
        .await?;
    Ok(Position {
        uid_validity: state.uid_validity,
        last_uid: 0,
        history_until,
    })
}

/// Says how far a long import has got: a bar redrawn in place at a terminal, else a log line
/// every few seconds.
struct Progress {
    what: String,
    total: u32,
    done: u32,
    last: Instant,
    terminal: bool,
}

impl Progress {
    fn new(what: String, position: &Position) -> Progress {
        use std::io::IsTerminal;
        Progress {
            what,
            total: position.history_until.saturating_sub(position.last_uid),
            done: 0,
            last: Instant::now(),
            terminal: std::io::stderr().is_terminal(),
        }
    }

    fn add(&mut self, count: usize, finished: bool) {
        self.done = self.done.saturating_add(count as u32);
        let share = match self.total {
            0 => 100,
            total => (u64::from(self.done.min(total)) * 100 / u64::from(total)) as u32,
        };
        if self.terminal {
            if finished || self.last.elapsed() >= Duration::from_millis(200) {
                self.last = Instant::now();
                let filled = (share / 5) as usize;
                eprint!(
                    "\r{}: [{}{}] {share:>3}% {} messages{}",
                    self.what,
                    "#".repeat(filled),
                    " ".repeat(20 - filled),
                    self.done,
                    if finished { "\n" } else { "" }
                );
            }
            return;
        }
        if finished || self.last.elapsed() >= PROGRESS_EVERY {
            self.last = Instant::now();
            tracing::info!(
                "{}: {} messages read ({share}% of the UIDs there when doorman first looked){}",
                self.what,
                self.done,
                if finished { ", done" } else { "" }
            );
        }
    }
}

/// The Sent folder: every message in it is indexed (whom the firm wrote to, what it
/// answered); one that answers a message with an open draft closes that draft.
async fn follow_sent(
    store: &Store,
    client: &mut ImapClient,
    mailbox: &MailboxSettings,
    folder: &str,
    shutdown: &Shutdown,
) -> anyhow::Result<()> {
    let state = client.select(folder).await?;
    let key = format!("{}/sent", mailbox.name);
    let mut position = position(store, client, &key, &state).await?;
    // Only a history import is long enough to report on; a round's new mail is not.
    let importing = position.last_uid < position.history_until;
    let mut progress = Progress::new(format!("{} {folder}", mailbox.name), &position);
    // Listed once: the folder's UIDs past the position, then read a batch at a time.
    let uids = client.uids_in(position.last_uid, u32::MAX).await?;
    let batches = uids.chunks(HISTORY_BATCH).count();
    for (n, uids) in uids.chunks(HISTORY_BATCH).enumerate() {
        let last = uids[uids.len() - 1];
        let batch = client.fetch_headers_of(uids).await?;
        let from_client = match mailbox.mirror_drafts {
            true => sent_from_mirrored(store, client, mailbox, &batch).await?,
            false => Vec::new(),
        };
        let closed = store
            .index_sent_from(
                &mailbox.name,
                Folder::Sent,
                &envelopes(&batch),
                &from_client,
            )
            .await?;
        for id in &closed.sent_by_client {
            tracing::info!(draft = %id, "draft {id} was sent from the mail client: recorded as sent, never sent by doorman");
        }
        for id in &closed.answered {
            tracing::info!(draft = %id, "a person replied by hand: draft {id} is closed as answered");
        }
        for id in &closed.held {
            tracing::warn!(draft = %id, "a person replied by hand before approved draft {id} was sent: it is held in `check`, not sent");
        }
        for id in &closed.confirmed {
            tracing::info!(draft = %id, "draft {id}'s reply is in the Sent folder: recorded as sent");
        }
        store
            .advance_mailbox(&key, position.uid_validity, last)
            .await?;
        position.last_uid = last;
        if importing {
            progress.add(batch.len(), n + 1 == batches);
        }
        if shutdown.is_requested() {
            break;
        }
    }
    Ok(())
}

/// The messages in a batch from the Sent folder that the mail client sent from a mirrored
/// draft (named by its `X-Doorman-Draft` header, or answering the same message to the same
/// prospect), each fetched whole for the text it sent.
async fn sent_from_mirrored(
    store: &Store,
    client: &mut ImapClient,
    mailbox: &MailboxSettings,
    batch: &[Fetched],
) -> anyhow::Result<Vec<ClientSent>> {
    let mut matched = Vec::new();
    for fetched in batch {
        let Ok(message) = Message::parse_headers(&fetched.bytes) else {
            continue;
        };
        let envelope = Envelope::of(&message, fetched.arrived_at);
        if let Some(draft) = store
            .mirrored_draft_sent_as(
                &mailbox.name,
                draft_named_in(&message),
                envelope.in_reply_to.as_deref(),
                &envelope.recipients,
            )
            .await?
        {
            matched.push((fetched.uid, draft, envelope.message_id));
        }
    }
    let uids: Vec<u32> = matched.iter().map(|(uid, _, _)| *uid).collect();
    let whole = client.fetch_whole(&uids).await?;
    Ok(matched
        .into_iter()
        .filter_map(|(uid, draft, message_id)| {
            let fetched = whole.iter().find(|f| f.uid == uid)?;
            Some(ClientSent {
                message_id,
                draft,
                body: text_of(&fetched.bytes)?,
            })
        })
        .collect())
}

/// The envelopes of fetched headers; a header that does not parse is left out of the index.
fn envelopes(batch: &[Fetched]) -> Vec<Envelope> {
    batch
        .iter()
        .filter_map(|f| {
            Message::parse_headers(&f.bytes)
                .ok()
                .map(|m| Envelope::of(&m, f.arrived_at))
        })
        .collect()
}

/// The inbox: history first (headers only, except recent mail nobody answered), then every
/// new message screened, a round at a time, three rounds in hand at once: while one round is
/// recorded, the round before it is marked on the server, the round after it is screened (as
/// the store will stand once this one is recorded), and the round after that is fetched. A
/// round is marked only once it is recorded, and the position moves past it only once it is
/// marked.
#[allow(clippy::too_many_arguments)]
async fn follow_inbox(
    store: &Store,
    screener: &LiveScreener,
    client: &mut ImapClient,
    mailbox: &MailboxSettings,
    state: &FolderState,
    shutdown: &Shutdown,
    report: &mut IntakeReport,
) -> anyhow::Result<()> {
    let mut position = position(store, client, &mailbox.name, state).await?;
    let days = i64::from(mailbox.backfill_days);
    let since = chrono::Utc::now() - chrono::Duration::days(days);
    if position.last_uid < position.history_until {
        tracing::info!(
            mailbox = %mailbox.name,
            "reading the mail already in {} as history: no drafts, except for mail from the last {days} days that nobody has answered",
            mailbox.folder
        );
    }
    let mut progress = Progress::new(format!("{} {}", mailbox.name, mailbox.folder), &position);
    // The history still to import, listed on the first round that needs it.
    let mut import = None;
    let mut fetched = next_round(
        client,
        mailbox,
        &position,
        position.last_uid,
        &mut import,
        since,
    )
    .await?;
    let mut screened: Option<Screened> = None;
    let mut recorded: Option<ToMark> = None;
    // A round marked on the server, whose position moves in the next round's transaction.
    let mut marked: Option<ToMark> = None;
    // Recording and screening run as a task of their own, so that reading the server's
    // answers here never holds them up.
    let settings = Arc::new(mailbox.clone());
    while fetched.is_some() || screened.is_some() {
        let after = fetched.as_ref().map(|round| round.last);
        let recording = tokio::spawn(record_and_screen(
            store.clone(),
            screener.clone(),
            settings.clone(),
            state.uid_validity,
            marked.as_ref().map(|done| done.round.last),
            screened.take(),
            fetched.take(),
        ));
        let upcoming = async {
            if let Some(done) = &recorded {
                mark(client, mailbox, done).await?;
            }
            match after {
                Some(after) => {
                    next_round(client, mailbox, &position, after, &mut import, since).await
                }
                None => Ok(None),
            }
        }
        .await;
        let taken = match recording.await {
            Ok(taken) => taken,
            Err(err) => std::panic::resume_unwind(err.into_panic()),
        };
        let (now_recorded, now_screened, counted) = taken?;
        *report += counted;
        if let Some(done) = marked.take() {
            moved(&mut position, &done.round, &mut progress);
        }
        fetched = upcoming?;
        marked = std::mem::replace(&mut recorded, now_recorded);
        screened = now_screened;
        if shutdown.is_requested() {
            break;
        }
    }
    if let Some(done) = marked {
        advance(store, mailbox, &mut position, &done.round, &mut progress).await?;
    }
    if let Some(done) = recorded {
        mark(client, mailbox, &done).await?;
        advance(store, mailbox, &mut position, &done.round, &mut progress).await?;
    }
    Ok(())
}

/// Moves the inbox's position past a round that is recorded and marked.
async fn advance(
    store: &Store,
    mailbox: &MailboxSettings,
    position: &mut Position,
    round: &Round,
    progress: &mut Progress,
) -> anyhow::Result<()> {
    store
        .advance_mailbox(&mailbox.name, position.uid_validity, round.last)
        .await?;
    moved(position, round, progress);
    Ok(())
}

/// The inbox's position past a round, once the store holds it there.
fn moved(position: &mut Position, round: &Round, progress: &mut Progress) {
    position.last_uid = round.last;
    if round.importing {
        progress.add(
            round.history.len() + round.new.len(),
            round.last >= position.history_until,
        );
    }
}

/// What one round of intake fetched from the inbox: the messages after the position, up to
/// `last`.
struct Round {
    /// The highest UID the round covers.
    last: u32,
    /// Mail there before doorman watched the folder, or marked by an earlier doorman: its
    /// headers, to be recorded as history.
    history: Vec<Fetched>,
    /// Mail to screen, whole; its bytes move on to be screened and recorded.
    new: Vec<Fetched>,
    /// Part of the first import of the folder's history, which reports its progress.
    importing: bool,
}

/// A round whose history is recorded and whose new mail is screened, ready to record.
struct Screened {
    round: Round,
    prepared: Vec<Prepared>,
}

/// A round recorded, to be marked on the server: with the moves to outcome folders that the
/// config asks for.
struct ToMark {
    round: Round,
    moves: Vec<(u32, String)>,
}

/// The mail that was in the inbox before doorman first watched it, listed once when the
/// import starts (or resumes), and taken a round at a time: every UID up to the end of history,
/// and those of them that may be screened (recent and not marked by an earlier doorman).
struct Import {
    /// The UIDs not yet taken, ascending.
    uids: std::collections::VecDeque<u32>,
    /// The UIDs the server found recent and unmarked, ascending.
    recent: Vec<u32>,
}

impl Import {
    /// Lists what is left of history after `after`: all of it, and by one server-side search
    /// the mail from `since`'s day on that no doorman marked (the server compares days only,
    /// so from the day before; each message's arrival is checked once fetched).
    async fn list(
        client: &mut ImapClient,
        mailbox: &MailboxSettings,
        after: u32,
        until: u32,
        since: chrono::DateTime<chrono::Utc>,
    ) -> anyhow::Result<Import> {
        let day = (since - chrono::Duration::days(1)).date_naive();
        Ok(Import {
            uids: client.uids_in(after, until).await?.into(),
            recent: client
                .uids_unmarked_since(after, until, day, &mailbox.keyword)
                .await?,
        })
    }

    /// The next round's UIDs: up to a batch of history, stopping before a round's worth of
    /// mail to screen is exceeded; as (to read as history, to fetch whole).
    fn take(&mut self) -> (Vec<u32>, Vec<u32>) {
        let (mut old, mut recent) = (Vec::new(), Vec::new());
        while old.len() + recent.len() < HISTORY_BATCH {
            let Some(&uid) = self.uids.front() else {
                break;
            };
            let screens = self.recent.binary_search(&uid).is_ok();
            if screens && recent.len() == FETCH_BATCH {
                break;
            }
            self.uids.pop_front();
            match screens {
                true => recent.push(uid),
                false => old.push(uid),
            }
        }
        (old, recent)
    }
}

/// The round after UID `after`, `None` when there is nothing more. While importing history,
/// the folder is listed once (see [`Import`]), so that only the recent mail nobody marked is
/// fetched whole, and the rest only as headers; after it, new mail is fetched whole.
async fn next_round(
    client: &mut ImapClient,
    mailbox: &MailboxSettings,
    position: &Position,
    after: u32,
    import: &mut Option<Import>,
    since: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Option<Round>> {
    if after < position.history_until {
        let listed = match import {
            Some(listed) => listed,
            None => import
                .insert(Import::list(client, mailbox, after, position.history_until, since).await?),
        };
        let (old, recent) = listed.take();
        // Past the last UID listed, history holds none: UIDs only grow.
        let last = match listed.uids.front() {
            Some(_) => recent.last().max(old.last()).copied().unwrap_or(after),
            None => position.history_until,
        };
        let mut history = client.fetch_headers_of(&old).await?;
        // Recent mail not marked by an earlier doorman is screened; whether a person
        // answered it is the Sent folder's to say, read before the inbox. What the server's
        // search let through by its day is history once its hour is known.
        let (new, earlier): (Vec<Fetched>, Vec<Fetched>) = client
            .fetch_whole(&recent)
            .await?
            .into_iter()
            .partition(|f| !f.has(&mailbox.keyword) && f.arrived_at.is_some_and(|at| at >= since));
        if !earlier.is_empty() {
            history.extend(earlier);
            history.sort_by_key(|f| f.uid);
        }
        return Ok(Some(Round {
            last,
            history,
            new,
            importing: true,
        }));
    }
    let batch = client.fetch_after(after, FETCH_BATCH).await?;
    let Some(last) = batch.last().map(|f| f.uid) else {
        return Ok(None);
    };
    // Marked by a doorman before this store (a reinstall, a lost store): history to it. A
    // message this store recorded is found in the index and left as it is.
    let (history, new) = batch.into_iter().partition(|f| f.has(&mailbox.keyword));
    Ok(Some(Round {
        last,
        history,
        new,
        importing: false,
    }))
}

/// Records one round (`screened`) and screens the next (`fetched`): the next one is read while
/// this one's messages are stored, its history is indexed and the store asked about its new
/// mail in this one's transaction, once this one's messages are placed in their conversations,
/// and it is scored and drafted while this one's drafts are written and committed. The
/// inbox's position moves past `advance`, a round marked since the last commit, in the same
/// transaction.
async fn record_and_screen(
    store: Store,
    screener: LiveScreener,
    mailbox: Arc<MailboxSettings>,
    uid_validity: u32,
    advance: Option<u32>,
    screened: Option<Screened>,
    fetched: Option<Round>,
) -> anyhow::Result<(Option<ToMark>, Option<Screened>, IntakeReport)> {
    let mut report = IntakeReport::default();
    let (round, prepared) = match screened {
        Some(screened) => (Some(screened.round), screened.prepared),
        None => (None, Vec::new()),
    };
    let read = async {
        let mut round = fetched?;
        let mail = round
            .new
            .iter_mut()
            .map(|fetched| ToScreen {
                // The bytes move into the record; the round keeps UIDs and flags.
                raw: std::mem::take(&mut fetched.bytes),
                position: Some((uid_validity, fetched.uid)),
                arrived_at: fetched.arrived_at,
            })
            .collect();
        Some((round, read_all(&screener.current(), mail).await))
    };
    let (recording, read) = tokio::join!(store.start_recording(&prepared), read);
    let mut recording = recording?;
    if let Some(uid) = advance {
        recording
            .advance_mailbox(&mailbox.name, uid_validity, uid)
            .await?;
    }
    let mut answers = Vec::new();
    if let Some((next, read)) = &read {
        report.history += next.history.len();
        let history = envelopes(&next.history);
        recording
            .index_mail(&mailbox.name, Folder::Inbox, &history)
            .await?;
        answers = recording.known_all(&read.asked()).await?;
    }
    let screen = async {
        let Some((next, read)) = read else {
            return Ok(None);
        };
        let prepared = screen_read(&mailbox.name, read, answers).await?;
        anyhow::Ok(Some(Screened {
            round: next,
            prepared,
        }))
    };
    let (recorded, next) = tokio::join!(recording.finish(), screen);
    let (recorded, next) = (recorded?, next?);
    let Some(round) = round else {
        return Ok((None, next, report));
    };
    let mut moves = Vec::new();
    for ((recorded, prepared), fetched) in recorded.iter().zip(&prepared).zip(&round.new) {
        let span = tracing::info_span!("message", mailbox = %mailbox.name, uid = fetched.uid);
        let screening = &prepared.incoming.screening;
        span.in_scope(|| log_recorded(recorded, screening, &mut report));
        if let (Recorded::New { .. }, Some(folder)) =
            (recorded, outcome_folder(&mailbox, screening))
        {
            moves.push((fetched.uid, folder.to_string()));
        }
    }
    Ok((Some(ToMark { round, moves }), next, report))
}

/// Marks a recorded round on the server with one command, then moves what the config asks
/// for. Killed before the mark, doorman fetches the round again, the store recognises every
/// message, and the mark is set then.
async fn mark(
    client: &mut ImapClient,
    mailbox: &MailboxSettings,
    recorded: &ToMark,
) -> anyhow::Result<()> {
    let unmarked: Vec<u32> = recorded
        .round
        .new
        .iter()
        .filter(|f| !f.has(&mailbox.keyword))
        .map(|f| f.uid)
        .collect();
    client.add_keyword_to(&unmarked, &mailbox.keyword).await?;
    for (uid, folder) in &recorded.moves {
        client.move_message(*uid, folder).await?;
    }
    Ok(())
}

/// The folder a screened message moves to, when the config asks for one for its outcome.
fn outcome_folder<'a>(mailbox: &'a MailboxSettings, screening: &Screening) -> Option<&'a str> {
    let outcome = screening.verdict()?.outcome.as_ref();
    mailbox.move_to.get(outcome).map(String::as_str)
}
