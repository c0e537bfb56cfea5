//! Rules and templates, reloaded when their files change. A new set that fails the lint is
//! refused and the old one stays in force: a typo in a rule file never stops screening.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};
use tokio::sync::watch;

use crate::cli::Setup;
use crate::config::Config;

/// The rule set and templates in force, shared by every loop.
#[derive(Clone)]
pub struct Screeners {
    config: Arc<Config>,
    current: Arc<RwLock<Arc<Setup>>>,
}

impl Screeners {
    pub fn load(config: Arc<Config>) -> anyhow::Result<Screeners> {
        let setup = Setup::from_config((*config).clone())?;
        Ok(Screeners {
            config,
            current: Arc::new(RwLock::new(Arc::new(setup))),
        })
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
        for dir in [&self.config.rules, &self.config.templates] {
            if let Err(err) = watcher.watch(dir, RecursiveMode::NonRecursive) {
                tracing::warn!(
                    "cannot watch {} for changes ({err}); restart doorman after editing it",
                    dir.display()
                );
            }
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
