//! The code's layout, as the house style has it: modules import one way, in the order a message
//! travels, and no SQL is written outside the queue.

use std::path::{Path, PathBuf};

use crate::helpers::repo;

/// The order mail flows through doorman; a module may use only those before it.
const ORDER: [&str; 11] = [
    "message", "config", "rules", "drafts", "screener", "queue", "intake", "outbox", "web",
    "service", "cli",
];

/// Helpers every module may use: they know nothing about mail.
const SHARED: [&str; 2] = ["shutdown", "cores"];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level module a file under src/ belongs to (`src/queue/store.rs` -> `queue`).
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(repo().join("src")).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_string()
}

/// Every module a source text names through `crate::`, in `use crate::{a, b::c}` lists too.
fn crate_paths(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let mut depth = 0;
            let end = list
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => return true,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    false
                })
                .map_or(list.len(), |(i, _)| i);
            let mut depth = 0;
            let mut item_start = true;
            let mut name = String::new();
            for c in list[..end].chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => name.push(c),
                    _ if item_start && !name.is_empty() => {
                        names.push(std::mem::take(&mut name));
                        item_start = false;
                    }
                    _ => {}
                }
            }
            if !name.is_empty() {
                names.push(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
    }
    names
}

#[test]
fn modules_import_only_the_modules_above_them_in_the_order_mail_flows() {
    let mut files = Vec::new();
    rust_files(&repo().join("src"), &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(file);
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let rank = ORDER.iter().position(|m| *m == module);
        for used in crate_paths(&text) {
            if used == module || SHARED.contains(&used.as_str()) {
                continue;
            }
            let used_rank = ORDER.iter().position(|m| *m == used);
            let allowed = match (rank, used_rank) {
                (Some(rank), Some(used_rank)) => used_rank < rank,
                // A shared helper uses no part of doorman.
                (None, _) => false,
                (Some(_), None) => panic!("{}: crate::{used} is no known module", file.display()),
            };
            if !allowed {
                wrong.push(format!("{} uses crate::{used}", file.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the flow:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_import_check_reads_nested_use_lists() {
    assert_eq!(
        crate_paths("use crate::{config::Config, queue::{Store, DraftId}};\nuse crate::web;"),
        ["config", "queue", "web"]
    );
}

#[test]
fn no_sql_is_written_outside_the_queue() {
    let mut files = Vec::new();
    rust_files(&repo().join("src"), &mut files);
    let outside: Vec<String> = files
        .iter()
        .filter(|f| module_of(f) != "queue")
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            text.contains("sqlx::") || text.contains(".pool()")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(outside.is_empty(), "SQL outside src/queue/: {outside:?}");
}
