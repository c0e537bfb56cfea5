//! A Maildir as a source: the embedded default, and a way to screen mail another program
//! delivers to disk. Files are read, never moved or renamed, so the folder stays the
//! person's own; the store's dedupe key makes reading a file twice harmless.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// A Maildir folder and the files this process has already handed to the store.
#[derive(Debug)]
pub struct MaildirSource {
    root: PathBuf,
    /// Unique names handed over so far. Behind a lock so that a source can be shared by the
    /// loop that polls it; the lock is never held across a wait.
    seen: Mutex<HashSet<String>>,
}

/// One message file that has not been handed over yet.
#[derive(Debug)]
pub struct MaildirMail {
    /// The file's unique name (without Maildir's `:2,FLAGS` suffix).
    pub key: String,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl MaildirSource {
    pub fn new(root: &Path) -> MaildirSource {
        MaildirSource {
            root: root.to_path_buf(),
            seen: Mutex::new(HashSet::new()),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Messages in `new/` and `cur/` not yet returned by this source, oldest name first.
    pub fn poll(&self) -> std::io::Result<Vec<MaildirMail>> {
        let seen = self.seen();
        let mut found = Vec::new();
        for sub in ["new", "cur"] {
            let dir = self.root.join(sub);
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => return Err(err),
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || !entry.path().is_file() {
                    continue;
                }
                let key = name.split(':').next().unwrap_or(&name).to_string();
                if !seen.contains(&key) {
                    found.push((key, entry.path()));
                }
            }
        }
        drop(seen);
        found.sort();
        found.dedup_by(|a, b| a.0 == b.0);
        let mut mails = Vec::with_capacity(found.len());
        for (key, path) in found {
            match std::fs::read(&path) {
                Ok(bytes) => mails.push(MaildirMail { key, path, bytes }),
                // Moved from new/ to cur/ by a mail client between listing and reading:
                // the next poll finds it under its new name.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => return Err(err),
            }
        }
        Ok(mails)
    }

    /// Marks a file as handed over, once the store has it.
    pub fn done(&self, key: &str) {
        self.seen().insert(key.to_string());
    }

    fn seen(&self) -> MutexGuard<'_, HashSet<String>> {
        // A panic while holding the lock left a set of names, which is still right to use.
        self.seen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
