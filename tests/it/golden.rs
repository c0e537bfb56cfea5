//! Golden files: every message in `tests/fixtures` gets the verdict recorded beside it.
//!
//! `NAME.eml` is scored with the shipped rules and the verdict compared with
//! `NAME.verdict.json`. A rule change that moves any verdict (its outcome, its score, a hit
//! or the text a hit quotes) shows up as a failing fixture with a `NAME.verdict.actual.json`
//! to diff against; `DOORMAN_BLESS=1` records the new verdicts once a person has read them.
//! See `tests/fixtures/README.md`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::helpers::{read, repo, shipped};

/// Set to `1` to write the verdicts as the new golden files instead of comparing.
const BLESS: &str = "DOORMAN_BLESS";
const EML: &str = ".eml";
const GOLDEN: &str = ".verdict.json";
/// Written only when a fixture does not get its golden verdict; ignored by git.
const ACTUAL: &str = ".verdict.actual.json";

#[test]
fn every_fixture_gets_the_verdict_in_its_golden_file() {
    let rules = shipped().rules;
    let bless = std::env::var(BLESS).is_ok_and(|v| v == "1");
    let dir = repo().join("tests/fixtures");
    let messages = files_ending(&dir, EML);
    assert!(!messages.is_empty(), "no .eml files in {}", dir.display());

    let mut differ = Vec::new();
    let mut broken = Vec::new();
    for eml in &messages {
        let golden = beside(eml, EML, GOLDEN);
        let actual = beside(eml, EML, ACTUAL);
        let verdict = match rules.score_raw(&read(eml)) {
            Ok((_, verdict)) => verdict,
            Err(err) => {
                broken.push(format!("  {}: cannot be read: {err}", shown(eml)));
                continue;
            }
        };
        let json = serde_json::to_string_pretty(&verdict).expect("a verdict serializes") + "\n";
        if bless {
            write(&golden, &json);
            remove(&actual);
            continue;
        }
        let matches = expected(&golden).is_some_and(|expected| {
            let now: Value = serde_json::from_str(&json).expect("a verdict parses back");
            numbers_as_floats(expected) == numbers_as_floats(now)
        });
        if matches {
            // A leftover from an earlier failing run would only mislead.
            remove(&actual);
        } else {
            write(&actual, &json);
            differ.push((golden, actual));
        }
    }

    // A golden file whose message was renamed or deleted would never be checked again.
    let orphans: Vec<PathBuf> = files_ending(&dir, GOLDEN)
        .into_iter()
        .filter(|golden| !messages.contains(&beside(golden, GOLDEN, EML)))
        .collect();
    if bless {
        orphans.iter().for_each(|orphan| remove(orphan));
    } else {
        for orphan in &orphans {
            broken.push(format!("  {}: has no .eml beside it", shown(orphan)));
        }
    }

    let mut report = String::new();
    if !differ.is_empty() {
        report += &format!(
            "Fixtures whose verdict is not the one in their golden file ({} of {}):\n",
            differ.len(),
            messages.len()
        );
        for (golden, actual) in &differ {
            let note = if golden.exists() {
                ""
            } else {
                "   (no golden file yet)"
            };
            report += &format!("  diff -u {} {}{note}\n", shown(golden), shown(actual));
        }
        report += &format!(
            "Once the new verdicts are read and right, record them with:\n  \
             {BLESS}=1 cargo test --test it golden\n"
        );
    }
    if !broken.is_empty() {
        report += &format!("Fixtures that cannot be checked:\n{}\n", broken.join("\n"));
    }
    assert!(report.is_empty(), "\n{report}");
}

/// The files in `dir` whose names end in `suffix`, sorted so the report reads in order.
fn files_ending(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("a fixture directory entry").path())
        .filter(|path| path.to_str().is_some_and(|name| name.ends_with(suffix)))
        .collect();
    files.sort();
    files
}

/// The file beside `file` with the same NAME: `NAME.eml` -> `NAME.verdict.json`.
fn beside(file: &Path, from: &str, to: &str) -> PathBuf {
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a UTF-8 name");
    let stem = name.strip_suffix(from).expect("the name ends as listed");
    file.with_file_name(format!("{stem}{to}"))
}

/// The golden verdict as JSON, or `None` when there is none yet (or it no longer parses).
fn expected(golden: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(golden).ok()?;
    serde_json::from_str(&text).ok()
}

/// Scores are `f64`: a golden file edited by hand to say `7` means the same as `7.0`.
fn numbers_as_floats(value: Value) -> Value {
    match value {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Number(n), Value::Number),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_floats).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, v)| (key, numbers_as_floats(v)))
                .collect(),
        ),
        other => other,
    }
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn remove(path: &Path) {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            panic!("cannot remove {}: {e}", path.display())
        }
        _ => {}
    }
}

/// A path as the person running the tests would type it, from the repository root.
fn shown(path: &Path) -> String {
    let root = repo();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}
