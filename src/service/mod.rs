//! `doorman run`: intake, sending, reminders, rule reloading and the approval page, side by
//! side, until stopped.
//!
//! [`Application::build`] does everything that can fail on a bad setting before any loop
//! starts: it opens the store, loads and checks the rules and templates, prepares the outbox,
//! and binds the page's listener (so its address is known, port 0 included). Then
//! [`Application::run_until_stopped`] runs each part as a task that takes the shutdown signal.
//! SIGTERM or Ctrl-C stops them all after the message in hand; a part that fails for good stops
//! the others too, and the error ends the process, so systemd restarts it. The work queue lives
//! in the store, so any part can be restarted (or killed) at any point without losing or
//! doubling anything.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use tokio::net::TcpListener;

use crate::config::Config;
use crate::intake::{IntakeReport, MaildirSource, Outage, imap_loop, imap_session, maildir_loop};
use crate::outbox::{Outbox, SendReport, recover_interrupted, send_due, sending_loop};
use crate::queue::Store;
use crate::screener::LiveScreener;
use crate::shutdown::{self, Shutdown, Trigger, every};
use crate::web::WebState;

/// Everything `run` needs, built and checked before any loop starts.
pub struct Application {
    /// What the firm wrote in `doorman.yaml`, shared by every part.
    config: Arc<Config>,
    /// The queue: every part reads and writes it, and it is what makes a restart safe.
    store: Store,
    /// The rules and templates in force, reloaded when their files change.
    screener: LiveScreener,
    /// Where approved replies go.
    outbox: Arc<Outbox>,
    /// The approval page's socket, bound by [`Application::build`]; `None` without `web:`.
    web: Option<TcpListener>,
}

impl Application {
    /// Opens the store, loads rules and templates, prepares the outbox, and binds the page.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let config = Arc::new(config);
        // The rules compile on another thread while the store opens: each takes tens of
        // milliseconds, at every start.
        let loading = tokio::task::spawn_blocking({
            let config = config.clone();
            move || LiveScreener::load(config)
        });
        let store = Store::open(&config.store).await?;
        let screener = loading.await.context("loading the rules and templates")??;
        let outbox =
            Outbox::from_settings(&config.outbox).map_err(|e| anyhow::anyhow!("outbox: {e}"))?;
        let web = match &config.web {
            Some(web) => Some(
                TcpListener::bind(&web.listen)
                    .await
                    .with_context(|| format!("cannot listen on {} (web.listen)", web.listen))?,
            ),
            None => None,
        };
        Ok(Application {
            config,
            store,
            screener,
            outbox: Arc::new(outbox),
            web,
        })
    }

    /// Where the approval page listens, once bound; with `web.listen` on port 0, the port the
    /// system chose.
    pub fn web_address(&self) -> Option<SocketAddr> {
        self.web.as_ref().and_then(|l| l.local_addr().ok())
    }

    /// The store the application uses.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// One pass: screen what is waiting in every source, send what is approved, then return.
    pub async fn run_once(&self) -> anyhow::Result<(IntakeReport, SendReport)> {
        recover_interrupted(&self.store).await?;
        let mut report = IntakeReport::default();
        if let Some(dir) = &self.config.maildir {
            let source = MaildirSource::new(dir);
            report +=
                crate::intake::screen_maildir_once(&self.store, &self.screener, &source).await?;
        }
        for mailbox in &self.config.mailboxes {
            report += imap_session(
                &self.store,
                &self.screener,
                mailbox,
                &mut Shutdown::never(),
                true,
                &mut Outage::default(),
            )
            .await
            .with_context(|| format!("mailbox {}", mailbox.name))?;
        }
        let sent = send_due(&self.store, &self.config, &self.outbox).await?;
        Ok((report, sent))
    }

    /// Runs every part until SIGTERM or Ctrl-C; the message in hand is finished first.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.run_until(shutdown::signal()).await
    }

    /// Runs every part until `stop` completes, or until a part fails for good: then the others
    /// are stopped too and its error is returned.
    pub async fn run_until(
        self,
        stop: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (trigger, shutdown) = shutdown::channel();
        let trigger = Arc::new(trigger);
        {
            let trigger = trigger.clone();
            tokio::spawn(async move {
                stop.await;
                tracing::info!("stopping: finishing the message in hand");
                trigger.pull();
            });
        }
        recover_interrupted(&self.store).await?;

        let mut tasks = tokio::task::JoinSet::new();
        for mailbox in self.config.mailboxes.clone() {
            let (store, screener, shutdown) =
                (self.store.clone(), self.screener.clone(), shutdown.clone());
            tasks.spawn(async move {
                imap_loop(&store, &screener, &mailbox, shutdown)
                    .await
                    .with_context(|| format!("intake from mailbox {}", mailbox.name))
            });
        }
        if let Some(dir) = self.config.maildir.clone() {
            let (store, screener, shutdown) =
                (self.store.clone(), self.screener.clone(), shutdown.clone());
            tasks.spawn(async move { maildir_loop(&store, &screener, &dir, shutdown).await });
        }
        {
            let (store, config, outbox, shutdown) = (
                self.store.clone(),
                self.config.clone(),
                self.outbox.clone(),
                shutdown.clone(),
            );
            tasks.spawn(async move { sending_loop(&store, &config, &outbox, shutdown).await });
        }
        {
            let (store, remind_after, shutdown) = (
                self.store.clone(),
                self.config.remind_after,
                shutdown.clone(),
            );
            tasks.spawn(async move { reminder_loop(&store, remind_after, shutdown).await });
        }
        {
            let (screener, shutdown) = (self.screener.clone(), shutdown.clone());
            tasks.spawn(async move {
                screener
                    .watch(shutdown)
                    .await
                    .context("watching rules and templates")
            });
        }
        if let Some(listener) = self.web {
            let state = WebState::new(
                self.store.clone(),
                self.config.clone(),
                self.screener.clone(),
            );
            let shutdown = shutdown.clone();
            tasks.spawn(async move {
                crate::web::serve(listener, state, shutdown)
                    .await
                    .context("the approval page")
            });
        }
        tracing::info!(
            mailboxes = self.config.mailboxes.len(),
            maildir = self.config.maildir.as_ref().map(|p| p.display().to_string()),
            outbox = %self.outbox.describe(),
            "doorman is running"
        );
        let failure = until_all_stopped(tasks, &trigger).await;
        tracing::info!("stopped");
        match failure {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }
}

/// Waits for every task; the first to fail pulls the trigger so the others stop, and its error
/// is what the application ends with.
async fn until_all_stopped(
    mut tasks: tokio::task::JoinSet<anyhow::Result<()>>,
    trigger: &Trigger,
) -> Option<anyhow::Error> {
    let mut failure = None;
    while let Some(result) = tasks.join_next().await {
        let err = match result {
            Ok(Ok(())) => continue,
            Ok(Err(err)) => err,
            Err(panicked) => anyhow::anyhow!("a doorman task failed: {panicked}"),
        };
        tracing::error!("{err:#}; stopping doorman");
        trigger.pull();
        failure.get_or_insert(err);
    }
    failure
}

/// Logs the drafts nobody has answered for too long, so no request is left hanging.
async fn reminder_loop(
    store: &Store,
    remind_after: Duration,
    shutdown: Shutdown,
) -> anyhow::Result<()> {
    every(
        Duration::from_secs(600),
        shutdown,
        "checking for overdue drafts",
        || async {
            let overdue = store.overdue(remind_after).await?;
            if let Some(oldest) = overdue.iter().map(|d| d.received_at).min() {
                tracing::warn!(
                    count = overdue.len(),
                    oldest = %oldest.to_rfc3339(),
                    "drafts are waiting for approval longer than {} hours: run `doorman queue`",
                    remind_after.as_secs() / 3600
                );
            }
            Ok(())
        },
    )
    .await
}

/// `doorman serve`: the approval page alone, without intake and sending, until SIGTERM or
/// Ctrl-C.
pub async fn serve_page(config: Config, listen: Option<SocketAddr>) -> anyhow::Result<()> {
    let config = Arc::new(config);
    let address = listen
        .or_else(|| {
            config
                .web
                .as_ref()
                .and_then(|w| w.listen.to_string().parse().ok())
        })
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8025)));
    let store = Store::open(&config.store).await?;
    let screener = LiveScreener::load(config.clone())?;
    let listener = TcpListener::bind(address)
        .await
        .with_context(|| format!("cannot listen on {address}"))?;
    let (trigger, shutdown) = shutdown::channel();
    tokio::spawn(async move {
        shutdown::signal().await;
        trigger.pull();
    });
    crate::web::serve(listener, WebState::new(store, config, screener), shutdown).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_part_that_fails_for_good_stops_the_others_and_its_error_ends_the_application() {
        let (trigger, shutdown) = shutdown::channel();
        let mut tasks = tokio::task::JoinSet::new();
        let mut patient = shutdown.clone();
        tasks.spawn(async move {
            patient.requested().await;
            Ok(())
        });
        tasks.spawn(async {
            tokio::time::sleep(Duration::from_secs(1)).await;
            anyhow::bail!("the store is gone")
        });
        let failure = until_all_stopped(tasks, &trigger).await;
        assert_eq!(failure.unwrap().to_string(), "the store is gone");
        assert!(shutdown.is_requested(), "the other parts were told to stop");
    }

    #[tokio::test(start_paused = true)]
    async fn parts_that_stop_when_asked_end_the_application_cleanly() {
        let (trigger, shutdown) = shutdown::channel();
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..3 {
            let mut part = shutdown.clone();
            tasks.spawn(async move {
                part.requested().await;
                Ok(())
            });
        }
        trigger.pull();
        assert!(until_all_stopped(tasks, &trigger).await.is_none());
    }
}
