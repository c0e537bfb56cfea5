//! Mail on disk: single `.eml` files, folders of them, Maildirs, and mbox files. Used by the
//! offline commands (`score`, `draft`, `backtest`) and by the Maildir source of `run`.

use std::path::{Path, PathBuf};

/// One message read from disk, with a name that says where it came from.
#[derive(Debug, Clone)]
pub struct RawMail {
    /// The file path, or `path#N` for the N-th message (from 1) of an mbox file.
    pub origin: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot read {path}: {source}")]
pub struct ReadError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Every message under the given paths, in a stable order (sorted by file name). A path may be
/// a message file, an mbox file, a Maildir, or a folder holding any of them.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ReadError> {
    let mut files = Vec::new();
    for path in paths {
        walk(path, &mut files)?;
    }
    Ok(files)
}

fn walk(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), ReadError> {
    let meta = std::fs::metadata(path).map_err(|source| ReadError {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.is_file() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|source| ReadError {
            path: path.to_path_buf(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            // Hidden files, Maildir's tmp (messages still being written) and CSV label files
            // are not mail.
            !name.starts_with('.') && name != "tmp" && !name.ends_with(".csv")
        })
        .collect();
    entries.sort();
    for entry in entries {
        walk(&entry, files)?;
    }
    Ok(())
}

/// Reads one file: an mbox file gives each of its messages, any other file one message.
pub fn read(path: &Path) -> Result<Vec<RawMail>, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError {
        path: path.to_path_buf(),
        source,
    })?;
    let origin = path.display().to_string();
    if is_mbox(&bytes) {
        Ok(split_mbox(&bytes)
            .into_iter()
            .enumerate()
            .map(|(i, bytes)| RawMail {
                origin: format!("{origin}#{}", i + 1),
                bytes,
            })
            .collect())
    } else {
        Ok(vec![RawMail { origin, bytes }])
    }
}

/// An mbox file starts with a `From ` separator line ("From sender date").
fn is_mbox(bytes: &[u8]) -> bool {
    bytes.starts_with(b"From ") && {
        let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
        // A header "From: x" has a colon right after the name; a separator never does.
        !first_line.starts_with(b"From: ")
    }
}

/// Splits mboxrd/mboxo text on separator lines and undoes `>From ` quoting.
fn split_mbox(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut messages = Vec::new();
    let mut current: Option<Vec<u8>> = None;
    let mut previous_blank = true;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b"From ") && previous_blank {
            if let Some(message) = current.take() {
                messages.push(message);
            }
            current = Some(Vec::new());
            previous_blank = false;
            continue;
        }
        let body = current.get_or_insert_with(Vec::new);
        let unquoted = match line.iter().position(|&b| b != b'>') {
            Some(n) if n > 0 && line[n..].starts_with(b"From ") => &line[1..],
            _ => line,
        };
        body.extend_from_slice(unquoted);
        previous_blank = line == b"\n" || line == b"\r\n";
    }
    messages.extend(current);
    messages.retain(|m| !m.iter().all(u8::is_ascii_whitespace));
    messages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_files_split_into_messages_and_unquote_from_lines() {
        let mbox = b"From a@b Sat Jan  1 00:00:00 2026\nSubject: one\n\n>From the start\n\nFrom c@d Sat Jan  1 00:00:00 2026\nSubject: two\n\nbody\n";
        assert!(is_mbox(mbox));
        let messages = split_mbox(mbox);
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0], b"Subject: one\n\nFrom the start\n\n");
        assert_eq!(messages[1], b"Subject: two\n\nbody\n");
        assert!(!is_mbox(b"From: a@b\n\nhi"));
    }
}
