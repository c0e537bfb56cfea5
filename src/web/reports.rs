//! The numbers: how often people agreed with each rule, the labelled export for
//! `doorman backtest`, and the weekly charts.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use axum::extract::{Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{Html, IntoResponse, Response};
use chrono::{Datelike, Utc};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::auth::User;
use super::pages::render;
use super::{WebError, WebState};
use crate::queue::{Decision, DraftState};

#[derive(Deserialize)]
pub struct Period {
    days: Option<i64>,
}

#[derive(Serialize, Default)]
struct RuleRow {
    id: String,
    description: String,
    score: String,
    forces: Option<String>,
    file: String,
    line: u64,
    fired: usize,
    decided: usize,
    agreed: usize,
    rejected: usize,
    agreement: Option<String>,
}

/// The outcome of the reply a person let go out for this message, if they let one go.
fn label(decision: &Decision) -> Option<&str> {
    decision
        .draft
        .as_ref()
        .and_then(|d| d.label())
        .map(|o| o.as_ref())
}

pub async fn rules(
    State(state): State<WebState>,
    user: User,
    Query(period): Query<Period>,
) -> Result<Html<String>, WebError> {
    let days = period.days.unwrap_or(30).clamp(1, 3650);
    let decisions = state
        .store
        .decisions(Utc::now() - chrono::Duration::days(days))
        .await?;
    let screener = state.screener.current();
    let mut rows: BTreeMap<String, RuleRow> = screener
        .rules
        .rules()
        .iter()
        .map(|r| {
            (
                r.id.to_string(),
                RuleRow {
                    id: r.id.to_string(),
                    description: r.description.clone(),
                    score: r.score.to_string(),
                    forces: r.forces_outcome(&screener.rules).map(str::to_string),
                    file: r.source.file.to_string(),
                    line: r.source.line,
                    ..Default::default()
                },
            )
        })
        .collect();
    for decision in &decisions {
        let Some(verdict) = &decision.verdict else {
            continue;
        };
        let label = label(decision);
        let rejected = decision
            .draft
            .as_ref()
            .is_some_and(|d| d.state == DraftState::Rejected);
        for hit in &verdict.hits {
            let row = rows.entry(hit.rule.to_string()).or_insert_with(|| RuleRow {
                id: hit.rule.to_string(),
                description: hit.description.clone(),
                ..Default::default()
            });
            row.fired += 1;
            row.rejected += usize::from(rejected);
            if let Some(label) = label
                && let Some(agrees) = screener.rules.agrees(hit, label)
            {
                row.decided += 1;
                row.agreed += usize::from(agrees);
            }
        }
    }
    let mut rows: Vec<RuleRow> = rows.into_values().collect();
    for row in &mut rows {
        row.agreement = (row.decided > 0)
            .then(|| format!("{:.0}%", 100.0 * row.agreed as f64 / row.decided as f64));
    }
    rows.sort_by(|a, b| b.fired.cmp(&a.fired).then(a.id.cmp(&b.id)));
    let labelled = decisions.iter().filter(|d| label(d).is_some()).count();
    render(
        &state,
        "rules.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(), page => "rules",
            rows, days, messages => decisions.len(), labelled,
        },
    )
}

/// The people's decisions as a labelled corpus for `doorman backtest`: a tar archive holding
/// `messages/ID.eml` and `labels.csv`.
pub async fn export_labels(
    State(state): State<WebState>,
    _user: User,
    Query(period): Query<Period>,
) -> Result<Response, WebError> {
    let days = period.days.unwrap_or(3650).clamp(1, 36500);
    let decisions = state
        .store
        .decisions(Utc::now() - chrono::Duration::days(days))
        .await?;
    let mut tar = Vec::new();
    let mut csv = String::from("file,label\n");
    for decision in &decisions {
        let Some(label) = label(decision) else {
            continue;
        };
        let name = format!("messages/{}.eml", decision.message);
        let raw = state.store.raw_message(decision.message).await?;
        tar_entry(&mut tar, &format!("doorman-labels/{name}"), &raw);
        let _ = writeln!(csv, "{name},{label}");
    }
    tar_entry(&mut tar, "doorman-labels/labels.csv", csv.as_bytes());
    tar.extend([0u8; 1024]);
    Ok((
        [
            (CONTENT_TYPE, "application/x-tar"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"doorman-labels.tar\"",
            ),
        ],
        tar,
    )
        .into_response())
}

/// One file in a POSIX ustar archive.
fn tar_entry(out: &mut Vec<u8>, path: &str, data: &[u8]) {
    let mut header = [0u8; 512];
    header[..path.len().min(100)].copy_from_slice(&path.as_bytes()[..path.len().min(100)]);
    header[100..108].copy_from_slice(b"0000644\0");
    header[108..116].copy_from_slice(b"0000000\0");
    header[116..124].copy_from_slice(b"0000000\0");
    header[124..136].copy_from_slice(format!("{:011o}\0", data.len()).as_bytes());
    header[136..148]
        .copy_from_slice(format!("{:011o}\0", Utc::now().timestamp().max(0)).as_bytes());
    header[148..156].copy_from_slice(b"        ");
    header[156] = b'0';
    header[257..263].copy_from_slice(b"ustar\0");
    header[263..265].copy_from_slice(b"00");
    let sum: u32 = header.iter().map(|b| u32::from(*b)).sum();
    header[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    out.extend_from_slice(&header);
    out.extend_from_slice(data);
    out.resize(out.len().div_ceil(512) * 512, 0);
}

pub async fn stats(
    State(state): State<WebState>,
    user: User,
    Query(period): Query<Period>,
) -> Result<Html<String>, WebError> {
    let weeks_wanted = (period.days.unwrap_or(84) / 7).clamp(1, 104);
    let since = Utc::now() - chrono::Duration::weeks(weeks_wanted);
    let decisions = state.store.decisions(since).await?;
    let week_of = |at: chrono::DateTime<Utc>| {
        let week = at.iso_week();
        format!("{}-W{:02}", week.year(), week.week())
    };
    let mut weeks: BTreeMap<String, (BTreeMap<String, usize>, Vec<f64>)> = BTreeMap::new();
    let mut day = since;
    while day <= Utc::now() {
        weeks.entry(week_of(day)).or_default();
        day += chrono::Duration::days(7);
    }
    weeks.entry(week_of(Utc::now())).or_default();
    for decision in &decisions {
        let entry = weeks.entry(week_of(decision.received_at)).or_default();
        *entry.0.entry(outcome_name(decision)).or_default() += 1;
        let sent = decision
            .draft
            .as_ref()
            .is_some_and(|d| d.state == DraftState::Sent);
        if let (Some(answered), true) = (decision.answered_at, sent) {
            entry
                .1
                .push((answered - decision.received_at).num_seconds() as f64 / 3600.0);
        }
    }
    let screener = state.screener.current();
    let mut outcomes: Vec<String> = screener
        .rules
        .outcomes()
        .iter()
        .map(|o| o.id.to_string())
        .collect();
    if decisions.iter().any(|d| d.outcome.is_none()) {
        outcomes.push("unparsed".into());
    }
    let by_week: Vec<(String, Vec<(String, usize)>)> = weeks
        .iter()
        .map(|(w, (counts, _))| {
            (
                w.clone(),
                counts.iter().map(|(o, n)| (o.clone(), *n)).collect(),
            )
        })
        .collect();
    let answer_times: Vec<(String, Option<f64>)> = weeks
        .iter()
        .map(|(w, (_, hours))| (w.clone(), median(hours)))
        .collect();
    let totals: Vec<(String, usize)> = outcomes
        .iter()
        .map(|o| {
            (
                o.clone(),
                decisions.iter().filter(|d| outcome_name(d) == *o).count(),
            )
        })
        .collect();
    render(
        &state,
        "stats.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(), page => "stats",
            outcomes_chart => Value::from_safe_string(super::charts::weekly_outcomes(&by_week, &outcomes)),
            answer_chart => Value::from_safe_string(super::charts::time_to_answer(&answer_times)),
            totals, weeks => weeks_wanted, overall_median => median(&weeks.values().flat_map(|(_, h)| h.iter().copied()).collect::<Vec<_>>()).map(|m| format!("{m:.1}")),
        },
    )
}

/// The outcome doorman chose, or `unparsed` for a message that did not parse.
fn outcome_name(decision: &Decision) -> String {
    decision
        .outcome
        .as_ref()
        .map_or_else(|| "unparsed".to_string(), ToString::to_string)
}

fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}
