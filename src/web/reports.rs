//! The numbers: how often people agreed with each rule, the labelled export for
//! `doorman backtest`, and the weekly charts.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use axum::extract::{Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Utc};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::auth::User;
use super::pages::render;
use super::{WebError, WebState};
use crate::queue::{ActorKind, Decision, DraftState, Since};

/// `?days=N` on the rules, export and numbers pages, as typed: read by [`Period::days`], so a
/// bad value is the page's own message, not the framework's.
#[derive(Deserialize)]
pub struct Period {
    days: Option<String>,
}

impl Period {
    /// The number of days asked for, `default` when none, held within `range`.
    fn days(&self, default: i64, range: std::ops::RangeInclusive<i64>) -> Result<i64, WebError> {
        match self.days.as_deref().map(str::trim) {
            None | Some("") => Ok(default),
            Some(text) => text
                .parse::<i64>()
                .map(|d| d.clamp(*range.start(), *range.end()))
                .map_err(|_| {
                    WebError::BadRequest(format!(
                        "{text:?} is not a number of days: use a whole number such as 30"
                    ))
                }),
        }
    }
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
    /// Approved drafts it fired on, markers included.
    approved: usize,
    /// Approved drafts it fired on where it had a direction, and of those, how many agreed.
    directed: usize,
    agreed: usize,
    rejected: usize,
    agreement: Option<String>,
    /// A zero-score rule that forces nothing: it marks a message, points no way, so it has no
    /// agreement to show.
    marker: bool,
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
) -> Result<Response, WebError> {
    let days = match period.days(30, 1..=3650) {
        Ok(days) => days,
        Err(err) => return super::pages::problem(&state, &user, &err),
    };
    let since = Utc::now() - chrono::Duration::days(days);
    // Agreement is about what people decided, so the period is counted by decision date.
    let decisions: Vec<Decision> = state
        .store
        .decisions_in(Since::Decided(since))
        .await?
        .into_iter()
        .filter(Decision::is_decided)
        .collect();
    let screened = state.store.decisions(since).await?.len();
    let screener = state.screener.current();
    let mut rows: BTreeMap<String, RuleRow> = screener
        .rules
        .rules()
        .iter()
        .map(|r| {
            let forces = r.forces_outcome(&screener.rules).map(str::to_string);
            (
                r.id.to_string(),
                RuleRow {
                    id: r.id.to_string(),
                    description: r.description.clone(),
                    score: r.score.to_string(),
                    marker: r.score == 0.0 && forces.is_none(),
                    forces,
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
                marker: hit.score == 0.0 && hit.forces.is_none(),
                ..Default::default()
            });
            row.fired += 1;
            row.rejected += usize::from(rejected);
            let Some(label) = label else { continue };
            row.approved += 1;
            if let Some(agrees) = screener.rules.agrees(hit, label) {
                row.directed += 1;
                row.agreed += usize::from(agrees);
            }
        }
    }
    let mut rows: Vec<RuleRow> = rows.into_values().collect();
    for row in &mut rows {
        row.agreement = (row.directed > 0)
            .then(|| format!("{:.0}%", 100.0 * row.agreed as f64 / row.directed as f64));
    }
    rows.sort_by(|a, b| b.fired.cmp(&a.fired).then(a.id.cmp(&b.id)));
    let approved = who_decided(&decisions, |d| label(d).is_some());
    let rejected = who_decided(&decisions, |d| label(d).is_none());
    super::pages::render(
        &state,
        "rules.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(), page => "rules",
            rows, days, screened, decided => decisions.len(), approved, rejected,
        },
    )
    .map(IntoResponse::into_response)
}

/// How many of these decisions each kind of actor took, as ("by a person", 3), kinds that
/// took none left out.
fn who_decided(decisions: &[Decision], wanted: impl Fn(&Decision) -> bool) -> Vec<(String, usize)> {
    ActorKind::ALL
        .iter()
        .map(|kind| {
            let n = decisions
                .iter()
                .filter(|d| wanted(d) && d.decided.is_some_and(|(_, k)| k == *kind))
                .count();
            (kind.describe().to_string(), n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The people's decisions as a labelled corpus for `doorman backtest`: a tar archive holding
/// `messages/ID.eml` and `labels.csv`.
pub async fn export_labels(
    State(state): State<WebState>,
    user: User,
    Query(period): Query<Period>,
) -> Result<Response, WebError> {
    let days = match period.days(3650, 1..=36500) {
        Ok(days) => days,
        Err(err) => return super::pages::problem(&state, &user, &err),
    };
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
) -> Result<Response, WebError> {
    let weeks_wanted = match period.days(84, 7..=728) {
        Ok(days) => days / 7,
        Err(err) => return super::pages::problem(&state, &user, &err),
    };
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
    // A prospect is a message that got a draft: outcomes without a template (skip) and mail
    // that did not parse are counted apart, never among the prospects.
    let (prospects, others): (Vec<_>, Vec<_>) = screener
        .rules
        .outcomes()
        .iter()
        .partition(|o| o.template.is_some());
    let outcomes: Vec<String> = prospects.iter().map(|o| o.id.to_string()).collect();
    let mut not_prospects: Vec<String> = others.iter().map(|o| o.id.to_string()).collect();
    if decisions.iter().any(|d| d.outcome.is_none()) {
        not_prospects.push("unparsed".into());
    }
    let by_week: Vec<(String, Vec<(String, usize)>)> = weeks
        .iter()
        .map(|(w, (counts, _))| {
            (
                w.clone(),
                counts
                    .iter()
                    .filter(|(o, _)| outcomes.contains(o))
                    .map(|(o, n)| (o.clone(), *n))
                    .collect(),
            )
        })
        .collect();
    let answer_times: Vec<(String, Option<f64>)> = weeks
        .iter()
        .map(|(w, (_, hours))| (w.clone(), median(hours)))
        .collect();
    let count = |names: &[String]| -> Vec<(String, usize)> {
        names
            .iter()
            .map(|o| {
                let n = decisions.iter().filter(|d| outcome_name(d) == *o).count();
                (o.clone(), n)
            })
            .collect()
    };
    let (totals, skipped) = (count(&outcomes), count(&not_prospects));
    render(
        &state,
        "stats.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(), page => "stats",
            prospects => totals.iter().map(|(_, n)| n).sum::<usize>(),
            outcomes_chart => Value::from_safe_string(super::charts::weekly_outcomes(&by_week, &outcomes)),
            answer_chart => Value::from_safe_string(super::charts::time_to_answer(&answer_times)),
            totals, skipped, weeks => weeks_wanted, overall_median => median(&weeks.values().flat_map(|(_, h)| h.iter().copied()).collect::<Vec<_>>()).map(|m| format!("{m:.1}")),
        },
    )
    .map(IntoResponse::into_response)
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
