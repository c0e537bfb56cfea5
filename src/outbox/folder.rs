//! One `.eml` file per approved reply, for firms that send from their own mail client.
//!
//! A reader of the folder must never see half a message, and a reply sent twice (a retry after
//! a crash) must not become two files: each message is written under a temporary name in the
//! same folder, flushed to disk, then renamed to `<message-id>.eml`; a file that is already
//! there with the same bytes counts as sent.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rand::RngCore;
use sha2::{Digest, Sha256};

use super::{Accepted, OutboxError, Outgoing, SendError};
use crate::message::MessageId;

/// File names longer than this (before ".eml") are shortened and made unique with a hash;
/// most file systems stop at 255 bytes.
const MAX_NAME: usize = 200;

/// Writes replies into a folder.
#[derive(Debug, Clone)]
pub struct FolderOutbox {
    /// The folder; created on the first send.
    dir: PathBuf,
}

impl FolderOutbox {
    pub fn new(dir: PathBuf) -> FolderOutbox {
        FolderOutbox { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the reply with this Message-ID is (or will be) written.
    pub fn path_for(&self, message_id: &MessageId) -> PathBuf {
        self.dir.join(file_name(message_id))
    }

    pub fn describe(&self) -> String {
        format!("folder {}", self.dir.display())
    }

    /// Writes the reply once; the same reply again is accepted without writing.
    #[tracing::instrument(skip_all, fields(message_id = %outgoing.message_id, folder = %self.dir.display()))]
    pub async fn send(&self, outgoing: &Outgoing) -> Result<Accepted, SendError> {
        let dir = self.dir.clone();
        let path = self.path_for(&outgoing.message_id);
        let bytes = outgoing.bytes.clone();
        let accepted = tokio::task::spawn_blocking(move || write_once(&dir, &path, &bytes))
            .await
            .map_err(|e| SendError::Transient(format!("the writing task failed: {e}")))??;
        tracing::info!(response = %accepted.response, "reply written");
        Ok(accepted)
    }

    /// Creates the folder and proves a file can be written, flushed and removed there.
    pub async fn check(&self) -> Result<String, OutboxError> {
        let dir = self.dir.clone();
        tokio::task::spawn_blocking(move || {
            if let Err(source) = fs::create_dir_all(&dir) {
                return Err(OutboxError::FolderNotCreated { dir, source });
            }
            let probe = temp_path(&dir, "doctor-probe");
            let written = write_synced(&probe, b"doorman doctor probe\n");
            let _ = fs::remove_file(&probe);
            if let Err(source) = written {
                return Err(OutboxError::FolderNotWritable { dir, source });
            }
            Ok(format!("folder {}: writable", dir.display()))
        })
        .await
        .map_err(|source| OutboxError::CheckTask { source })?
    }
}

fn write_once(dir: &Path, path: &Path, bytes: &[u8]) -> Result<Accepted, SendError> {
    let transient = |what: &str, e: io::Error| {
        SendError::Transient(format!("cannot {what} {}: {e}", path.display()))
    };
    fs::create_dir_all(dir)
        .map_err(|e| SendError::Transient(format!("cannot create {}: {e}", dir.display())))?;
    if let Some(accepted) = already_written(path, bytes)? {
        return Ok(accepted);
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("message.eml");
    let temp = temp_path(dir, name);
    let written = write_synced(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(transient("write", e));
    }
    // The rename itself is only durable once the folder is flushed.
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| SendError::Transient(format!("cannot flush folder {}: {e}", dir.display())))?;
    Ok(Accepted::written(format!("written to {}", path.display())))
}

/// A reply already in the folder: accepted if it is the same, refused if another message took
/// its Message-ID (the existing file is never replaced).
fn already_written(path: &Path, bytes: &[u8]) -> Result<Option<Accepted>, SendError> {
    match fs::read(path) {
        Ok(existing) if existing == bytes => Ok(Some(Accepted::written(format!(
            "already in {}",
            path.display()
        )))),
        Ok(_) => Err(SendError::Permanent(format!(
            "{} already holds a different message with this Message-ID",
            path.display()
        ))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(SendError::Transient(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
    }
}

/// A hidden, unique name beside the final file, so the rename stays within one file system
/// and no reader looking for `*.eml` picks it up.
fn temp_path(dir: &Path, name: &str) -> PathBuf {
    let mut nonce = [0u8; 8];
    rand::thread_rng().fill_bytes(&mut nonce);
    dir.join(format!(".{name}.{}.tmp", hex::encode(nonce)))
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// `<message-id>.eml`, with every byte that could leave the folder, hide the file or upset a
/// file system written as `%XX`, so distinct ids always get distinct names.
fn file_name(message_id: &MessageId) -> String {
    let id = message_id.as_ref();
    let mut name = String::with_capacity(id.len() + 4);
    for byte in id.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'@' | b'-' | b'_' | b'+' | b'=' => {
                name.push(byte as char)
            }
            b'.' if !name.is_empty() => name.push('.'),
            _ => name.push_str(&format!("%{byte:02X}")),
        }
    }
    if name.len() > MAX_NAME {
        let hash = hex::encode(Sha256::digest(id.as_bytes()));
        name.truncate(MAX_NAME - 17);
        name.push('~');
        name.push_str(&hash[..16]);
    }
    name.push_str(".eml");
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::EmailAddress;

    fn outgoing(id: &str, body: &str) -> Outgoing {
        Outgoing {
            message_id: MessageId::parse(id).unwrap(),
            from: EmailAddress::parse("sales@northwind-it.example").unwrap(),
            to: vec![EmailAddress::parse("prospect@example.test").unwrap()],
            bytes: format!("Message-ID: <{id}>\r\nSubject: Re: help\r\n\r\n{body}\r\n")
                .into_bytes(),
        }
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[tokio::test]
    async fn a_reply_is_written_whole_under_its_message_id_in_a_new_folder() {
        let root = tempfile::tempdir().unwrap();
        let outbox = FolderOutbox::new(root.path().join("out/box"));
        let reply = outgoing("doorman.1@northwind-it.example", "Hello");
        let accepted = outbox.send(&reply).await.unwrap();
        let path = outbox.path_for(&reply.message_id);
        assert_eq!(
            path,
            root.path()
                .join("out/box/doorman.1@northwind-it.example.eml")
        );
        assert_eq!(fs::read(&path).unwrap(), reply.bytes);
        assert_eq!(accepted.response, format!("written to {}", path.display()));
        // No temporary file is left behind.
        assert_eq!(
            entries(outbox.dir()),
            ["doorman.1@northwind-it.example.eml"]
        );
    }

    #[tokio::test]
    async fn sending_the_same_reply_twice_writes_it_once() {
        let root = tempfile::tempdir().unwrap();
        let outbox = FolderOutbox::new(root.path().to_path_buf());
        let reply = outgoing("doorman.2@northwind-it.example", "Hello");
        outbox.send(&reply).await.unwrap();
        let again = outbox.send(&reply).await.unwrap();
        assert!(
            again.response.starts_with("already in "),
            "{}",
            again.response
        );
        assert_eq!(entries(root.path()), ["doorman.2@northwind-it.example.eml"]);
    }

    #[tokio::test]
    async fn another_message_with_the_same_id_never_replaces_the_first() {
        let root = tempfile::tempdir().unwrap();
        let outbox = FolderOutbox::new(root.path().to_path_buf());
        let first = outgoing("doorman.3@northwind-it.example", "First");
        outbox.send(&first).await.unwrap();
        let err = outbox
            .send(&outgoing("doorman.3@northwind-it.example", "Second"))
            .await
            .unwrap_err();
        assert!(!err.is_transient(), "{err}");
        assert_eq!(
            fs::read(outbox.path_for(&first.message_id)).unwrap(),
            first.bytes
        );
        assert_eq!(entries(root.path()).len(), 1);
    }

    #[tokio::test]
    async fn a_leftover_temporary_file_from_a_crash_does_not_block_the_send() {
        let root = tempfile::tempdir().unwrap();
        let outbox = FolderOutbox::new(root.path().to_path_buf());
        let reply = outgoing("doorman.4@northwind-it.example", "Hello");
        // A crash between write and rename leaves a hidden partial file; it is not the reply.
        fs::write(
            root.path()
                .join(".doorman.4@northwind-it.example.eml.0011223344556677.tmp"),
            "Mess",
        )
        .unwrap();
        outbox.send(&reply).await.unwrap();
        assert_eq!(
            fs::read(outbox.path_for(&reply.message_id)).unwrap(),
            reply.bytes
        );
    }

    #[tokio::test]
    async fn a_folder_that_cannot_be_created_is_transient() {
        let root = tempfile::tempdir().unwrap();
        let blocker = root.path().join("file");
        fs::write(&blocker, "").unwrap();
        let outbox = FolderOutbox::new(blocker.join("outbox"));
        let err = outbox
            .send(&outgoing("doorman.5@northwind-it.example", "Hello"))
            .await
            .unwrap_err();
        assert!(err.is_transient(), "{err}");
        let err = outbox.check().await.unwrap_err();
        assert!(matches!(err, OutboxError::FolderNotCreated { .. }), "{err}");
        assert!(err.to_string().starts_with("cannot create "), "{err}");
    }

    #[tokio::test]
    async fn the_check_creates_the_folder_and_leaves_it_empty() {
        let root = tempfile::tempdir().unwrap();
        let outbox = FolderOutbox::new(root.path().join("outbox"));
        let said = outbox.check().await.unwrap();
        assert!(said.ends_with(": writable"), "{said}");
        assert!(entries(outbox.dir()).is_empty());
    }

    #[test]
    fn message_ids_cannot_escape_or_hide_in_the_folder() {
        let name = |id: &str| file_name(&MessageId::parse(id).unwrap());
        assert_eq!(name("../../etc/passwd@x"), "%2E.%2F..%2Fetc%2Fpasswd@x.eml");
        assert_eq!(name(".hidden@x"), "%2Ehidden@x.eml");
        assert_eq!(name("a%2Fb@x"), "a%252Fb@x.eml");
        assert_ne!(name("a/b@x"), name("a%2Fb@x"));
        let long = format!("{}@x", "a".repeat(900));
        let other = format!("{}b@x", "a".repeat(900));
        assert!(name(&long).len() <= MAX_NAME + 4);
        assert_ne!(name(&long), name(&other));
    }
}
