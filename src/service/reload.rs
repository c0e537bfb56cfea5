//! Rules and templates, reloaded when their files change. A new set that fails the lint is
//! refused and the old one stays in force: a typo in a rule file never stops screening.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

use notify::{RecursiveMode, Watcher};
use tokio::sync::watch;

use crate::cli::Setup;
use crate::config::Config;

/// The rule set and templates in force, shared by every loop.
#[derive(Clone)]
pub struct Screeners {
    config: Arc<Config>,
    current: Arc<RwLock<Arc<Setup>>>,
    /// The files as they were when last read, to notice edits made before the watch began.
    read: Arc<Mutex<Fingerprint>>,
}

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

impl Screeners {
    pub fn load(config: Arc<Config>) -> anyhow::Result<Screeners> {
        let read = fingerprint(&config);
        let setup = Setup::from_config((*config).clone())?;
        Ok(Screeners {
            config,
            current: Arc::new(RwLock::new(Arc::new(setup))),
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
    pub fn current(&self) -> Arc<Setup> {
        self.current
            .read()
            .map(|s| s.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().clone())
    }

    /// Loads the files again; keeps the current set when the new one has problems.
    pub fn reload(&self) -> Result<(), String> {
        self.remember_read(fingerprint(&self.config));
        match Setup::from_config((*self.config).clone()) {
            Ok(setup) => {
                let rules = setup.rules.rules().len();
                match self.current.write() {
                    Ok(mut current) => *current = Arc::new(setup),
                    Err(poisoned) => *poisoned.into_inner() = Arc::new(setup),
                }
                tracing::info!(rules, "reloaded rules and templates");
                Ok(())
            }
            Err(err) => {
                tracing::error!(
                    "rules or templates changed but have problems; keeping the previous set:\n{err:#}"
                );
                Err(format!("{err:#}"))
            }
        }
    }

    /// Watches the rules and templates folders until shutdown, reloading after each burst of
    /// changes (an editor often writes a file several times).
    pub async fn watch(&self, stop: &mut watch::Receiver<bool>) -> anyhow::Result<()> {
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
                _ = stop.changed() => return Ok(()),
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
