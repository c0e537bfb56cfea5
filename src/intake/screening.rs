//! Screening a fetched batch: each message read, the store asked about all of them at once,
//! then each scored and drafted. Reading and scoring are CPU work and run on every core; a
//! first sync brings thousands of messages. The steps are separate so that intake can read a
//! batch, and ask about it, while the batch before it is still being recorded.

use std::sync::Arc;

use crate::cores::{Queue, in_order};
use crate::message::{Message, ParseError};
use crate::queue::{Envelope, Incoming, Prepared, Store};
use crate::screener::{Known, Screener};

/// A message to screen, as a source delivered it.
pub struct ToScreen {
    pub raw: Vec<u8>,
    /// (UIDVALIDITY, UID) in an IMAP folder.
    pub position: Option<(u32, u32)>,
    /// When it reached the folder (IMAP INTERNALDATE).
    pub arrived_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A message read, and what the store is asked about it when it parsed.
struct Read {
    mail: ToScreen,
    message: Result<Message, ParseError>,
    /// Its envelope, the address a reply would go to, and whether `clients:` lists it.
    about: Option<(Envelope, Option<String>, Option<String>)>,
}

/// A batch read, to be asked about in the store and then screened.
pub struct ReadBatch {
    /// The rules and templates it was read with, and will be screened with.
    screener: Arc<Screener>,
    reads: Vec<Read>,
}

impl ReadBatch {
    /// What to ask the store ([`Store::known_all`]): each message that parsed, with the
    /// address a reply would go to.
    pub fn asked(&self) -> Vec<(&Envelope, Option<&str>)> {
        self.reads
            .iter()
            .filter_map(|read| read.about.as_ref())
            .map(|(envelope, prospect, _)| (envelope, prospect.as_deref()))
            .collect()
    }
}

/// Screens a batch with what the store knows of each message's prospect and conversation, as
/// the store stands before the batch is recorded.
pub async fn screen_all(
    store: &Store,
    screener: &Arc<Screener>,
    mailbox: &str,
    batch: Vec<ToScreen>,
) -> anyhow::Result<Vec<Prepared>> {
    let read = read_all(screener, batch).await;
    let answers = store.known_all(&read.asked()).await?;
    screen_read(mailbox, read, answers).await
}

/// Reads every message of a batch, on every core.
pub async fn read_all(screener: &Arc<Screener>, batch: Vec<ToScreen>) -> ReadBatch {
    let reader = screener.clone();
    let reads = on_every_core(batch, move |mail| {
        let message = reader.read(&mail.raw);
        let about = message.as_ref().ok().map(|message| {
            let prospect = message.reply_address().map(|m| m.address.as_ref());
            (
                Envelope::of(message, mail.arrived_at),
                prospect.map(str::to_string),
                prospect.and_then(|p| reader.config.clients.recognise(p)),
            )
        });
        Read {
            mail,
            message,
            about,
        }
    })
    .await;
    ReadBatch {
        screener: screener.clone(),
        reads,
    }
}

/// Scores and drafts every message of a read batch, on every core, with what the store
/// answered about it: one answer for each message in [`ReadBatch::asked`], in that order. Each
/// is [`Prepared`] for the store there too.
pub async fn screen_read(
    mailbox: &str,
    batch: ReadBatch,
    answers: Vec<Known>,
) -> anyhow::Result<Vec<Prepared>> {
    let mut answers = answers.into_iter();
    let mut work = Vec::with_capacity(batch.reads.len());
    for read in batch.reads {
        let mut known = Known::default();
        if let Some((_, _, client)) = &read.about {
            known = answers
                .next()
                .expect("one answer for each message asked about");
            known.client = client.clone();
        }
        work.push((read, known));
    }

    let screener = batch.screener;
    let mailbox = mailbox.to_string();
    on_every_core(work, move |(read, known)| {
        let Read {
            mail,
            message,
            about,
        } = read;
        let uid = mail.position.map(|(_, uid)| uid);
        let span = tracing::info_span!("message", mailbox = %mailbox, uid);
        Prepared::of(Incoming {
            mailbox: mailbox.clone(),
            uid_validity: mail.position.map(|(validity, _)| validity),
            uid,
            screening: span.in_scope(|| screener.screen_read(message, &known)),
            raw: mail.raw,
            envelope: about.map(|(envelope, _, _)| envelope),
        })
    })
    .await
    .into_iter()
    .map(|prepared| Ok(prepared?))
    .collect()
}

/// `work` done to every item, on as many of tokio's blocking threads as there are cores (the
/// runtime's own threads stay free for I/O), taking the items from a [`crate::cores::Queue`];
/// the results in the order of the items.
///
/// Not [`crate::cores::each`], which starts threads of its own each time: the regex engines
/// keep the states of their automata, built while they read, in caches a thread takes from a
/// pool by its id, and tokio's blocking threads live on from one batch to the next and find
/// theirs again. New threads for every batch built the states again: on 3,000 messages of
/// `tests/field` the first sync took an eighth longer, a fifth of it building states.
async fn on_every_core<T, R>(items: Vec<T>, work: impl Fn(T) -> R + Send + Sync + 'static) -> Vec<R>
where
    T: Send + 'static,
    R: Send + 'static,
{
    let queue = Arc::new(Queue::new(items));
    let work = Arc::new(work);
    let threads: Vec<_> = (0..queue.threads())
        .map(|_| {
            let (queue, work) = (queue.clone(), work.clone());
            tokio::task::spawn_blocking(move || queue.work(&*work))
        })
        .collect();
    let mut done = Vec::with_capacity(threads.len());
    for thread in threads {
        match thread.await {
            Ok(did) => done.push(did),
            Err(err) => std::panic::resume_unwind(err.into_panic()),
        }
    }
    in_order(queue.len(), done)
}
