//! `doorman backtest`: how well the rules agree with how a person labelled past mail.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::rules::RuleSet;
use crate::screener::Screener;

/// A labelled message: where it is and what a person decided.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub path: PathBuf,
    pub label: String,
    /// Where a correct reply goes, when the CSV says (a third column, `reply_to`); empty for a
    /// message that gets no reply.
    pub reply_to: Option<String>,
}

/// Reads a `file,label[,reply_to]` CSV; files are relative to the CSV's folder.
pub fn read_labels(csv_path: &Path) -> anyhow::Result<Vec<Labelled>> {
    let base = csv_path.parent().unwrap_or(Path::new("."));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .from_path(csv_path)
        .with_context(|| format!("cannot read labels from {}", csv_path.display()))?;
    let mut out = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record =
            record.with_context(|| format!("{}: bad CSV row {}", csv_path.display(), index + 2))?;
        let (Some(file), Some(label)) = (record.get(0), record.get(1)) else {
            anyhow::bail!(
                "{}:{}: expected `file,label` or `file,label,reply_to`",
                csv_path.display(),
                index + 2
            );
        };
        out.push(Labelled {
            path: base.join(file),
            label: label.to_string(),
            reply_to: record.get(2).map(|r| r.trim().to_ascii_lowercase()),
        });
    }
    Ok(out)
}

/// The result of a backtest, ready to print or to check in a test.
#[derive(Debug, Default)]
pub struct BacktestReport {
    pub total: usize,
    pub correct: usize,
    /// (label, predicted) -> count.
    pub confusion: BTreeMap<(String, String), usize>,
    pub outcomes: Vec<String>,
    /// rule -> (hits, hits that agreed with the label, hits by label).
    pub rules: BTreeMap<String, RuleStats>,
    /// Messages that could not be read or parsed, with the reason.
    pub errors: Vec<(PathBuf, String)>,
    /// Misclassified messages: (path, label, predicted, summary).
    pub misses: Vec<(PathBuf, String, String, String)>,
    /// Messages labelled with a reply address that deserve a reply, and how many of those
    /// doorman would answer at that address.
    pub replies: usize,
    pub replies_right: usize,
    /// Replies that would go elsewhere: (path, where it should go, where doorman sends it).
    pub reply_misses: Vec<(PathBuf, String, String)>,
}

#[derive(Debug, Default, Clone)]
pub struct RuleStats {
    pub hits: usize,
    /// Hits whose direction matched the label (see [`RuleSet::agrees`]); `None` for marker rules.
    pub agreed: Option<usize>,
    pub by_label: BTreeMap<String, usize>,
}

impl BacktestReport {
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }

    /// Of the messages that deserve a reply, the share doorman would send to the right person.
    pub fn reply_accuracy(&self) -> Option<f64> {
        (self.replies > 0).then(|| self.replies_right as f64 / self.replies as f64)
    }

    /// Of the messages doorman gave this outcome, the share a person labelled so.
    pub fn precision(&self, outcome: &str) -> Option<f64> {
        self.share_right(outcome, |(_, predicted)| predicted)
    }

    /// Of the messages a person labelled with this outcome, the share doorman got right.
    pub fn recall(&self, outcome: &str) -> Option<f64> {
        self.share_right(outcome, |(label, _)| label)
    }

    /// Correct verdicts among the confusion cells whose `side` (label or prediction) is `outcome`.
    fn share_right(
        &self,
        outcome: &str,
        side: impl Fn(&(String, String)) -> &String,
    ) -> Option<f64> {
        let total: usize = self
            .confusion
            .iter()
            .filter(|(cell, _)| side(cell) == outcome)
            .map(|(_, n)| n)
            .sum();
        let right = self
            .confusion
            .get(&(outcome.to_string(), outcome.to_string()))
            .copied()
            .unwrap_or(0);
        (total > 0).then(|| right as f64 / total as f64)
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let width = self
            .outcomes
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(5)
            .max(8);
        let _ = writeln!(out, "confusion matrix (rows: label, columns: doorman)");
        let _ = write!(out, "{:width$}", "");
        for outcome in &self.outcomes {
            let _ = write!(out, " {outcome:>width$}");
        }
        let _ = writeln!(out);
        for label in &self.outcomes {
            let _ = write!(out, "{label:width$}");
            for predicted in &self.outcomes {
                let n = self
                    .confusion
                    .get(&(label.clone(), predicted.clone()))
                    .copied()
                    .unwrap_or(0);
                let _ = write!(out, " {n:>width$}");
            }
            let _ = writeln!(out);
        }
        let _ = writeln!(
            out,
            "\n{:width$} {:>9} {:>9}",
            "outcome", "precision", "recall"
        );
        let pct = |v: Option<f64>| {
            v.map(|v| format!("{:.1}%", v * 100.0))
                .unwrap_or_else(|| "-".into())
        };
        for outcome in &self.outcomes {
            let _ = writeln!(
                out,
                "{outcome:width$} {:>9} {:>9}",
                pct(self.precision(outcome)),
                pct(self.recall(outcome))
            );
        }
        let _ = writeln!(
            out,
            "\n{:<32} {:>5} {:>8}  hits by label",
            "rule", "hits", "agreed"
        );
        for (rule, stats) in &self.rules {
            let agreed = match stats.agreed {
                Some(a) => format!("{:.0}%", 100.0 * a as f64 / stats.hits.max(1) as f64),
                None => "-".into(),
            };
            let labels: Vec<String> = stats
                .by_label
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            let _ = writeln!(
                out,
                "{rule:<32} {:>5} {agreed:>8}  {}",
                stats.hits,
                labels.join(", ")
            );
        }
        if !self.misses.is_empty() {
            let _ = writeln!(out, "\nmisclassified:");
            for (path, label, predicted, summary) in &self.misses {
                let _ = writeln!(
                    out,
                    "  {} labelled {label}, got {predicted}: {summary}",
                    path.display()
                );
            }
        }
        if !self.reply_misses.is_empty() {
            let _ = writeln!(out, "\nreplies to the wrong person:");
            for (path, wanted, got) in &self.reply_misses {
                let _ = writeln!(
                    out,
                    "  {} should go to {wanted}, goes to {got}",
                    path.display()
                );
            }
        }
        for (path, error) in &self.errors {
            let _ = writeln!(out, "error: {}: {error}", path.display());
        }
        let _ = writeln!(
            out,
            "\naccuracy: {}/{} = {:.1}%",
            self.correct,
            self.total,
            self.accuracy() * 100.0
        );
        if let Some(share) = self.reply_accuracy() {
            let _ = writeln!(
                out,
                "replies to the prospect: {}/{} = {:.1}%",
                self.replies_right,
                self.replies,
                share * 100.0
            );
        }
        out
    }
}

/// Scores every labelled message and compares, the outcome and, where the labels give one,
/// the address the reply goes to. `progress` is called after each message.
pub fn backtest(
    screener: &Screener,
    entries: &[Labelled],
    mut progress: impl FnMut(),
) -> BacktestReport {
    let rules: &RuleSet = &screener.rules;
    let mut report = BacktestReport {
        outcomes: rules.outcomes().iter().map(|o| o.id.to_string()).collect(),
        ..Default::default()
    };
    for entry in entries {
        progress();
        let bytes = match std::fs::read(&entry.path) {
            Ok(bytes) => bytes,
            Err(err) => {
                report.errors.push((entry.path.clone(), err.to_string()));
                continue;
            }
        };
        let (message, verdict) = match screener.score(&bytes) {
            Ok(scored) => scored,
            Err(err) => {
                report.errors.push((entry.path.clone(), err.to_string()));
                continue;
            }
        };
        let predicted = verdict.outcome.to_string();
        if let Some(wanted) = entry.reply_to.as_ref().filter(|r| !r.is_empty()) {
            report.replies += 1;
            let got = message
                .reply_address()
                .map(|m| m.address.to_string())
                .unwrap_or_default();
            if got.eq_ignore_ascii_case(wanted) {
                report.replies_right += 1;
            } else {
                report
                    .reply_misses
                    .push((entry.path.clone(), wanted.clone(), got));
            }
        }
        report.total += 1;
        if predicted == entry.label {
            report.correct += 1;
        } else {
            report.misses.push((
                entry.path.clone(),
                entry.label.clone(),
                predicted.clone(),
                verdict.summary(),
            ));
        }
        if !report.outcomes.contains(&entry.label) {
            report.outcomes.push(entry.label.clone());
        }
        *report
            .confusion
            .entry((entry.label.clone(), predicted))
            .or_default() += 1;
        for hit in &verdict.hits {
            let stats = report.rules.entry(hit.rule.to_string()).or_default();
            stats.hits += 1;
            *stats.by_label.entry(entry.label.clone()).or_default() += 1;
            if let Some(agreed) = rules.agrees(hit, &entry.label) {
                *stats.agreed.get_or_insert(0) += usize::from(agreed);
            }
        }
    }
    report
}

pub fn run(
    screener: &Screener,
    labels: &Path,
    only: &[PathBuf],
    min_accuracy: Option<f64>,
) -> anyhow::Result<i32> {
    let mut entries = read_labels(labels)?;
    if !only.is_empty() {
        let wanted: HashSet<PathBuf> = super::message_files(only)?
            .into_iter()
            .filter_map(|p| p.canonicalize().ok())
            .collect();
        entries.retain(|e| e.path.canonicalize().is_ok_and(|p| wanted.contains(&p)));
    }
    let bar = if entries.len() >= 200 {
        indicatif::ProgressBar::new(entries.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} messages, {per_sec}, {eta} left",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let report = backtest(screener, &entries, || bar.inc(1));
    bar.finish_and_clear();
    print!("{}", report.render());
    let floor = min_accuracy.map(|m| if m > 1.0 { m / 100.0 } else { m });
    match floor {
        Some(floor) if report.accuracy() < floor => {
            eprintln!(
                "accuracy {:.1}% is below --min-accuracy {:.1}%",
                report.accuracy() * 100.0,
                floor * 100.0
            );
            Ok(1)
        }
        _ => Ok(0),
    }
}
