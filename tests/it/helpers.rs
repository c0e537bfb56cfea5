//! Shared set-up: the repository's own config, rules and templates.

use std::path::{Path, PathBuf};

use doorman::cli::RuleArgs;
use doorman::screener::Screener;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped config, rules and templates, as `doorman` uses them from the repository root.
pub fn shipped() -> Screener {
    RuleArgs::default()
        .screener(&repo().join("doorman.yaml"))
        .expect("the shipped config loads")
}

/// Writes files into a fresh temporary folder: (relative path, contents).
pub fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
