//! `doorman run`: intake, sending, reminders and rule reloading, together, until stopped.
//!
//! Each part is a loop that takes the shutdown signal; [`Application::run_until_stopped`]
//! runs them side by side. The work queue lives in the store, so any part can be restarted
//! (or killed) at any point without losing or doubling anything.

mod intake;
mod reload;
mod sending;

pub use intake::{IntakeReport, screen_maildir_once};
pub use reload::Screeners;
pub use sending::{SendReport, send_due};

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use tokio::sync::watch;

use crate::config::Config;
use crate::outbox::Outbox;
use crate::queue::Store;

/// How long a claim on a draft being sent is honoured before it is presumed dead.
pub const SEND_LEASE: Duration = Duration::from_secs(600);

/// Everything `run` needs, built and checked before any loop starts.
pub struct Application {
    pub config: Arc<Config>,
    pub store: Store,
    pub screeners: Screeners,
    pub outbox: Arc<Outbox>,
}

impl Application {
    /// Opens the store, loads rules and templates, and prepares the outbox.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let config = Arc::new(config);
        let store = Store::open(&config.store).await?;
        let screeners = Screeners::load(config.clone())?;
        let outbox =
            Outbox::from_settings(&config.outbox).map_err(|e| anyhow::anyhow!("outbox: {e}"))?;
        Ok(Application {
            config,
            store,
            screeners,
            outbox: Arc::new(outbox),
        })
    }

    /// One pass: screen what is waiting in every source, send what is approved, then return.
    pub async fn run_once(&self) -> anyhow::Result<(IntakeReport, SendReport)> {
        let recovered = self.store.recover_interrupted(SEND_LEASE).await?;
        for id in recovered {
            tracing::warn!(draft = %id, "draft was being sent when doorman stopped; marked `check` for a person");
        }
        let mut report = IntakeReport::default();
        if let Some(dir) = &self.config.maildir {
            let mut source = crate::intake::MaildirSource::new(dir);
            report += screen_maildir_once(&self.store, &self.screeners, &mut source).await?;
        }
        for mailbox in &self.config.mailboxes {
            let (_tx, mut rx) = watch::channel(false);
            report += intake::imap_session(
                &self.store,
                &self.screeners,
                mailbox,
                &mut rx,
                true,
                &mut intake::Outage::default(),
            )
            .await
            .with_context(|| format!("mailbox {}", mailbox.name))?;
        }
        let sent = send_due(&self.store, &self.config, &self.outbox).await?;
        Ok((report, sent))
    }

    /// Runs every loop until SIGTERM or Ctrl-C; the message in hand is finished first.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = watch::channel(false);
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!("stopping: finishing the message in hand");
            let _ = stop_tx.send(true);
        });
        for id in self.store.recover_interrupted(SEND_LEASE).await? {
            tracing::warn!(draft = %id, "draft was being sent when doorman stopped; marked `check` for a person");
        }

        let mut tasks = tokio::task::JoinSet::new();
        for mailbox in self.config.mailboxes.clone() {
            let (store, screeners, mut stop) =
                (self.store.clone(), self.screeners.clone(), stop_rx.clone());
            tasks.spawn(
                async move { intake::imap_loop(&store, &screeners, &mailbox, &mut stop).await },
            );
        }
        if let Some(dir) = self.config.maildir.clone() {
            let (store, screeners, mut stop) =
                (self.store.clone(), self.screeners.clone(), stop_rx.clone());
            tasks.spawn(
                async move { intake::maildir_loop(&store, &screeners, &dir, &mut stop).await },
            );
        }
        {
            let (store, config, outbox, mut stop) = (
                self.store.clone(),
                self.config.clone(),
                self.outbox.clone(),
                stop_rx.clone(),
            );
            tasks.spawn(
                async move { sending::sending_loop(&store, &config, &outbox, &mut stop).await },
            );
        }
        {
            let (store, remind_after, mut stop) = (
                self.store.clone(),
                self.config.remind_after,
                stop_rx.clone(),
            );
            tasks.spawn(async move { reminder_loop(&store, remind_after, &mut stop).await });
        }
        {
            let (screeners, mut stop) = (self.screeners.clone(), stop_rx.clone());
            tasks.spawn(async move { screeners.watch(&mut stop).await });
        }
        if let Some(web) = &self.config.web {
            let listener = tokio::net::TcpListener::bind(&web.listen)
                .await
                .with_context(|| format!("cannot listen on {} (web.listen)", web.listen))?;
            let state = crate::web::WebState::new(
                self.store.clone(),
                self.config.clone(),
                self.screeners.clone(),
            );
            let stop = stop_rx.clone();
            tasks.spawn(async move { crate::web::serve(listener, state, stop).await });
        }
        tracing::info!(
            mailboxes = self.config.mailboxes.len(),
            maildir = self.config.maildir.as_ref().map(|p| p.display().to_string()),
            outbox = %self.outbox.describe(),
            "doorman is running"
        );
        while let Some(result) = tasks.join_next().await {
            match result {
                Ok(Ok(())) => {}
                Ok(Err(err)) => tracing::error!("a doorman task stopped: {err:#}"),
                Err(err) => tracing::error!("a doorman task failed: {err}"),
            }
        }
        tracing::info!("stopped");
        Ok(())
    }
}

/// Logs the drafts nobody has answered for too long, so no request is left hanging.
async fn reminder_loop(
    store: &Store,
    remind_after: Duration,
    stop: &mut watch::Receiver<bool>,
) -> anyhow::Result<()> {
    loop {
        match store.overdue(remind_after).await {
            Ok(overdue) if !overdue.is_empty() => {
                let oldest = overdue
                    .iter()
                    .map(|d| d.received_at)
                    .min()
                    .unwrap_or_else(chrono::Utc::now);
                tracing::warn!(
                    count = overdue.len(),
                    oldest = %oldest.to_rfc3339(),
                    "drafts are waiting for approval longer than {} hours: run `doorman queue`",
                    remind_after.as_secs() / 3600
                );
            }
            Ok(_) => {}
            Err(err) => tracing::warn!("cannot check for overdue drafts: {err}"),
        }
        if sleep_or_stop(Duration::from_secs(600), stop).await {
            return Ok(());
        }
    }
}

/// Sleeps, or returns `true` early when shutdown is requested.
pub(crate) async fn sleep_or_stop(duration: Duration, stop: &mut watch::Receiver<bool>) -> bool {
    if *stop.borrow() {
        return true;
    }
    tokio::select! {
        _ = tokio::time::sleep(duration) => *stop.borrow(),
        _ = stop.changed() => true,
    }
}

async fn wait_for_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
