//! The screener in force, reloaded when the rules or templates change. A new set that fails the
//! lint is refused and the old one stays in force: a typo in a rule file never stops screening.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

use notify::{RecursiveMode, Watcher};

use super::{LoadError, Screener};
use crate::config::Config;
use crate::shutdown::Shutdown;

/// The screener in force, shared by intake, the page and the reload watcher; cloning shares it.
#[derive(Clone)]
pub struct LiveScreener {
    /// The config the screener was built from; its `rules` and `templates` folders are watched.
    config: Arc<Config>,
    /// The set in force. Readers take the `Arc` and let go of the lock at once, so a reload
    /// never waits for a message being screened, and a message is screened by one set whole.
    current: Arc<RwLock<Arc<Screener>>>,
    /// The files as they were when last read, to notice edits made before the watch began.
    read: Arc<Mutex<Fingerprint>>,
}

/// Rules or templates changed but the new set was refused; the previous one stays in force.
#[derive(Debug, thiserror::Error)]
#[error("rules or templates changed but have problems; keeping the previous set:\n{0}")]
pub struct ReloadError(#[from] pub LoadError);

/// Name, modification time and size of every file in the rules and templates folders.
type Fingerprint = Vec<(PathBuf, Option<SystemTime>, u64)>;

fn fingerprint(config: &Config) -> Fingerprint {
    let mut files = Vec::new();
    for dir in [&config.rules, &config.templates] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let meta = entry.metadata().ok();
            files.push((
                entry.path(),
                meta.as_ref().and_then(|m| m.modified().ok()),
                meta.map_or(0, |m| m.len()),
            ));
        }
    }
    files.sort();
    files
}

impl LiveScreener {
    pub fn load(config: Arc<Config>) -> Result<LiveScreener, LoadError> {
        let read = fingerprint(&config);
        let screener = Screener::load((*config).clone())?;
        Ok(LiveScreener {
            config,
            current: Arc::new(RwLock::new(Arc::new(screener))),
            read: Arc::new(Mutex::new(read)),
        })
    }

    fn remember_read(&self, files: Fingerprint) {
        match self.read.lock() {
            Ok(mut read) => *read = files,
            Err(poisoned) => *poisoned.into_inner() = files,
        }
    }

    fn changed_since_read(&self) -> bool {
        let now = fingerprint(&self.config);
        match self.read.lock() {
            Ok(read) => *read != now,
            Err(poisoned) => *poisoned.into_inner() != now,
        }
    }

    /// The set in force now; cheap to call for every message.
    pub fn current(&self) -> Arc<Screener> {
        self.current
            .read()
            .map(|s| s.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().clone())
    }

    /// Loads the files again; keeps the current set when the new one has problems.
    pub fn reload(&self) -> Result<(), ReloadError> {
        self.remember_read(fingerprint(&self.config));
        match Screener::load((*self.config).clone()) {
            Ok(screener) => {
                let rules = screener.rules.rules().len();
                match self.current.write() {
                    Ok(mut current) => *current = Arc::new(screener),
                    Err(poisoned) => *poisoned.into_inner() = Arc::new(screener),
                }
                tracing::info!(rules, "reloaded rules and templates");
                Ok(())
            }
            Err(err) => {
                let err = ReloadError(err);
                tracing::error!("{err}");
                Err(err)
            }
        }
    }

    /// Watches the rules and templates folders until shutdown, reloading after each burst of
    /// changes (an editor often writes a file several times).
    pub async fn watch(&self, mut shutdown: Shutdown) -> anyhow::Result<()> {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event.is_ok_and(|e| !e.kind.is_access()) {
                    let _ = tx.send(());
                }
            })?;
        let folders: [&Path; 2] = [&self.config.rules, &self.config.templates];
        for dir in folders {
            if let Err(err) = watcher.watch(dir, RecursiveMode::NonRecursive) {
                tracing::warn!(
                    "cannot watch {} for changes ({err}); restart doorman after editing it",
                    dir.display()
                );
            }
        }
        tracing::info!(
            rules = %self.config.rules.display(),
            templates = %self.config.templates.display(),
            "watching rules and templates for changes"
        );
        // An edit made while doorman was starting, before the watch began, has no event.
        if self.changed_since_read() {
            let _ = self.reload();
        }
        loop {
            tokio::select! {
                _ = shutdown.requested() => return Ok(()),
                got = rx.recv() => {
                    if got.is_none() {
                        return Ok(());
                    }
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    while rx.try_recv().is_ok() {}
                    let _ = self.reload();
                }
            }
        }
    }
}
