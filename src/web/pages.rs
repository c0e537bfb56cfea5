//! The pages: queue, one draft, history, rules, numbers; plus health and metrics.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{Datelike, Utc};
use minijinja::{Environment, Value, context};
use serde::{Deserialize, Serialize};

use super::auth::User;
use super::highlight::highlight;
use super::{WebError, WebState};
use crate::message::Message;
use crate::queue::{DraftId, DraftState, DraftSummary};

const TEMPLATES: &[(&str, &str)] = &[
    ("layout.html", include_str!("templates/layout.html")),
    ("login.html", include_str!("templates/login.html")),
    ("queue.html", include_str!("templates/queue.html")),
    ("draft.html", include_str!("templates/draft.html")),
    ("history.html", include_str!("templates/history.html")),
    ("rules.html", include_str!("templates/rules.html")),
    ("stats.html", include_str!("templates/stats.html")),
    ("not_found.html", include_str!("templates/not_found.html")),
];

/// The page templates, compiled once. HTML auto-escaping is on for every `.html` template.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .expect("the embedded page templates are valid");
    }
    env
}

pub fn render(state: &WebState, name: &str, context: Value) -> Result<Html<String>, WebError> {
    let template = state
        .pages
        .get_template(name)
        .map_err(|e| WebError::Internal(e.into()))?;
    template
        .render(context)
        .map(Html)
        .map_err(|e| WebError::Internal(anyhow::anyhow!("rendering {name}: {e:#}")))
}

/// Best prospects first: engage, then clarify, then the rest; oldest first within each.
fn rank(outcome: &str) -> u8 {
    match outcome {
        "engage" => 0,
        "clarify" => 1,
        "refer" => 2,
        "decline" => 3,
        _ => 4,
    }
}

#[derive(Serialize)]
struct Row {
    id: i64,
    outcome: String,
    score: String,
    to: String,
    subject: String,
    age: String,
    overdue: bool,
    state: String,
    updated: String,
    error: Option<String>,
}

fn row(state: &WebState, draft: &DraftSummary) -> Row {
    let now = Utc::now();
    Row {
        id: draft.id.0,
        outcome: draft.outcome.clone(),
        score: draft.score.to_string(),
        to: draft.to.clone(),
        subject: draft.subject.clone(),
        age: crate::cli::age(draft.age(now)),
        overdue: draft.state == DraftState::Pending
            && draft.age(now).to_std().unwrap_or_default() > state.config.remind_after,
        state: draft.state.to_string(),
        updated: draft.updated_at.format("%Y-%m-%d %H:%M").to_string(),
        error: draft.last_error.clone(),
    }
}

/// The pending drafts in review order.
async fn pending(state: &WebState) -> Result<Vec<DraftSummary>, WebError> {
    let mut drafts = state
        .store
        .drafts(Some(DraftState::Pending), 100_000)
        .await?;
    drafts.sort_by(|a, b| {
        rank(&a.outcome)
            .cmp(&rank(&b.outcome))
            .then(a.received_at.cmp(&b.received_at))
            .then(a.id.cmp(&b.id))
    });
    Ok(drafts)
}

pub async fn queue(State(state): State<WebState>, user: User) -> Result<Html<String>, WebError> {
    let drafts = pending(&state).await?;
    let rows: Vec<Row> = drafts.iter().map(|d| row(&state, d)).collect();
    let overdue = rows.iter().filter(|r| r.overdue).count();
    let attention = state
        .store
        .drafts(Some(DraftState::Check), 1000)
        .await?
        .len()
        + state
            .store
            .drafts(Some(DraftState::Failed), 1000)
            .await?
            .len();
    render(
        &state,
        "queue.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(),
            rows, overdue, attention, remind_hours => state.config.remind_after.as_secs() / 3600, page => "queue",
        },
    )
}

#[derive(Serialize)]
struct HitView {
    rule: String,
    description: String,
    score: String,
    field: String,
    matched: String,
    forces: Option<String>,
}

/// Any address that is no page: a logged-in person gets the way back to the queue; anyone
/// else goes to the login, as for every other page.
pub async fn not_found(State(state): State<WebState>, user: User) -> Result<Response, WebError> {
    not_found_page(&state, &user, "There is no page at this address.")
}

fn not_found_page(state: &WebState, user: &User, what: &str) -> Result<Response, WebError> {
    let page = render(
        state,
        "not_found.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(),
            firm => state.config.firm.name.clone(), page => "", what,
        },
    )?;
    Ok((axum::http::StatusCode::NOT_FOUND, page).into_response())
}

pub async fn draft(
    State(state): State<WebState>,
    user: User,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let detail = match state.store.draft(DraftId(id)).await {
        Err(crate::queue::StoreError::NoSuchDraft(_)) => {
            return not_found_page(
                &state,
                &user,
                &format!("There is no draft {id}: it may have been a number typed by hand."),
            );
        }
        other => other?,
    };
    let (from, subject, date, text) = match Message::parse(&detail.raw) {
        Ok(message) => (
            message
                .from
                .as_ref()
                .map(|m| m.to_string())
                .unwrap_or_default(),
            message.subject.clone(),
            message.date.map(|d| d.to_rfc2822()).unwrap_or_default(),
            message.full_body.clone(),
        ),
        Err(err) => (
            String::new(),
            String::new(),
            String::new(),
            format!(
                "(this message does not parse: {err})\n\n{}",
                String::from_utf8_lossy(&detail.raw)
            ),
        ),
    };
    let hits = detail
        .verdict
        .as_ref()
        .map(|v| v.hits.clone())
        .unwrap_or_default();
    let segments = highlight(&text, &hits);
    let subject_segments = highlight(&subject, &hits);
    let hit_views: Vec<HitView> = hits
        .iter()
        .map(|h| HitView {
            rule: h.rule.to_string(),
            description: h.description.clone(),
            score: h.score.to_string(),
            field: h.field.clone(),
            matched: h.matched.clone(),
            forces: h.forces.as_ref().map(|o| o.to_string()),
        })
        .collect();
    let queue = pending(&state).await?;
    let next = queue.iter().map(|d| d.id.0).find(|other| *other != id);
    let setup = state.screeners.current();
    let outcomes: Vec<String> = setup
        .rules
        .outcomes()
        .iter()
        .filter(|o| o.template.is_some())
        .map(|o| o.id.to_string())
        .collect();
    let edits: Vec<Value> = detail.edits.iter().map(|e| context! { by => e.edited_by.clone(), at => e.edited_at.format("%Y-%m-%d %H:%M").to_string(), body => e.body.clone() }).collect();
    let history: Vec<Value> = detail.history.iter().map(|e| context! { action => e.action.clone(), actor => e.actor.clone(), detail => e.detail.clone(), at => e.at.format("%Y-%m-%d %H:%M").to_string() }).collect();
    render(
        &state,
        "draft.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(), page => "queue",
            draft => row(&state, &detail.summary), from, subject_segments, date, segments, hits => hit_views,
            summary => detail.verdict.as_ref().map(|v| v.summary()),
            to => match &detail.to_name { Some(n) => format!("{n} <{}>", detail.to_address), None => detail.to_address.clone() },
            reply_subject => detail.summary.subject.clone(), body => detail.body.clone(), pending => detail.summary.state == DraftState::Pending,
            decidable => matches!(detail.summary.state, DraftState::Pending | DraftState::Check | DraftState::Failed),
            next, outcomes, edits, history, mailbox => detail.mailbox.clone(),
        },
    )
    .map(IntoResponse::into_response)
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    outcome: String,
}

/// After a decision, straight on to the next draft in the queue.
async fn after_decision(state: &WebState, id: i64) -> Result<Response, WebError> {
    let next = pending(state)
        .await?
        .into_iter()
        .map(|d| d.id.0)
        .find(|other| *other != id);
    Ok(match next {
        Some(next) => Redirect::to(&format!("/drafts/{next}")).into_response(),
        None => Redirect::to("/").into_response(),
    })
}

pub async fn approve(
    State(state): State<WebState>,
    user: User,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&form.csrf)?;
    if !form.body.trim().is_empty() {
        // "Save and approve": the text in the box is what goes out.
        let current = state.store.draft(DraftId(id)).await?;
        if current.body.trim_end() != form.body.replace("\r\n", "\n").trim_end() {
            state
                .store
                .edit(DraftId(id), &form.body.replace("\r\n", "\n"), &user.0.user)
                .await?;
        }
    }
    let message_id = crate::drafts::new_message_id(&state.config);
    state
        .store
        .approve(DraftId(id), &user.0.user, message_id.as_ref())
        .await?;
    after_decision(&state, id).await
}

pub async fn reject(
    State(state): State<WebState>,
    user: User,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&form.csrf)?;
    let reason = Some(form.reason.trim()).filter(|r| !r.is_empty());
    state
        .store
        .reject(DraftId(id), &user.0.user, reason)
        .await?;
    after_decision(&state, id).await
}

pub async fn save_body(
    State(state): State<WebState>,
    user: User,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&form.csrf)?;
    let body = form.body.replace("\r\n", "\n");
    if body.trim().is_empty() {
        return Err(WebError::BadRequest(
            "the draft is empty; reject it instead".into(),
        ));
    }
    state.store.edit(DraftId(id), &body, &user.0.user).await?;
    Ok(Redirect::to(&format!("/drafts/{id}")).into_response())
}

/// Changes the outcome and writes the draft again from that outcome's template.
pub async fn redraft(
    State(state): State<WebState>,
    user: User,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&form.csrf)?;
    let detail = state.store.draft(DraftId(id)).await?;
    let setup = state.screeners.current();
    let message = Message::parse(&detail.raw)
        .map_err(|e| WebError::BadRequest(format!("the message does not parse: {e}")))?;
    let mut verdict = detail
        .verdict
        .clone()
        .unwrap_or_else(|| setup.rules.evaluate(&message));
    let outcome = setup
        .rules
        .outcome(&form.outcome)
        .filter(|o| o.template.is_some())
        .ok_or_else(|| {
            WebError::BadRequest(format!(
                "{:?} is not an outcome with a template",
                form.outcome
            ))
        })?;
    verdict.outcome = outcome.id.clone();
    let draft = crate::drafts::compose(
        &message,
        &verdict,
        &setup.rules,
        &setup.templates,
        &setup.config,
    )
    .map_err(|e| WebError::Internal(e.into()))?
    .map_err(|reason| WebError::BadRequest(format!("no draft can be written: {reason:?}")))?;
    state
        .store
        .redraft(DraftId(id), &draft, &user.0.user)
        .await?;
    Ok(Redirect::to(&format!("/drafts/{id}")).into_response())
}

pub async fn history(State(state): State<WebState>, user: User) -> Result<Html<String>, WebError> {
    let mut rows = Vec::new();
    for wanted in [
        DraftState::Check,
        DraftState::Failed,
        DraftState::Approved,
        DraftState::Sending,
        DraftState::Sent,
        DraftState::Rejected,
    ] {
        rows.extend(
            state
                .store
                .drafts(Some(wanted), 2000)
                .await?
                .iter()
                .map(|d| row(&state, d)),
        );
    }
    rows.sort_by(|a, b| b.updated.cmp(&a.updated));
    render(
        &state,
        "history.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(), page => "history", rows,
        },
    )
}

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

/// A person's decision as a label: the outcome of the reply they let go out. A rejected draft
/// says only that its reply was wrong, so it is not a label.
fn label(draft: &Option<(DraftId, DraftState, String)>) -> Option<&str> {
    match draft {
        Some((_, DraftState::Approved | DraftState::Sending | DraftState::Sent, outcome)) => {
            Some(outcome.as_str())
        }
        _ => None,
    }
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
    let setup = state.screeners.current();
    let mut rows: BTreeMap<String, RuleRow> = setup
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
                    forces: r.forces_outcome(&setup.rules).map(str::to_string),
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
        let label = label(&decision.draft);
        let rejected = matches!(decision.draft, Some((_, DraftState::Rejected, _)));
        for hit in &verdict.hits {
            let row = rows.entry(hit.rule.to_string()).or_insert_with(|| RuleRow {
                id: hit.rule.to_string(),
                description: hit.description.clone(),
                ..Default::default()
            });
            row.fired += 1;
            row.rejected += usize::from(rejected);
            if let Some(label) = label
                && let Some(agrees) = crate::cli::agrees(&setup.rules, hit, label)
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
    let labelled = decisions
        .iter()
        .filter(|d| label(&d.draft).is_some())
        .count();
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
        let Some(label) = label(&decision.draft) else {
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
        *entry
            .0
            .entry(
                decision
                    .outcome
                    .clone()
                    .unwrap_or_else(|| "unparsed".into()),
            )
            .or_default() += 1;
        if let (Some(answered), Some((_, DraftState::Sent, _))) =
            (decision.answered_at, &decision.draft)
        {
            entry
                .1
                .push((answered - decision.received_at).num_seconds() as f64 / 3600.0);
        }
    }
    let setup = state.screeners.current();
    let mut outcomes: Vec<String> = setup
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
                decisions
                    .iter()
                    .filter(|d| d.outcome.as_deref().unwrap_or("unparsed") == o)
                    .count(),
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

pub async fn asset(Path(file): Path<String>) -> Result<Response, WebError> {
    let (body, kind) = match file.as_str() {
        "style.css" => (include_str!("static/style.css"), "text/css; charset=utf-8"),
        "app.js" => (
            include_str!("static/app.js"),
            "text/javascript; charset=utf-8",
        ),
        _ => return Err(WebError::NotFound),
    };
    Ok((
        [
            (CONTENT_TYPE, kind),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response())
}

pub async fn healthz(State(state): State<WebState>) -> Response {
    match sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(state.store.pool())
        .await
    {
        Ok(_) => "ok\n".into_response(),
        Err(err) => {
            tracing::error!("health check: the store does not answer: {err}");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "store unavailable\n",
            )
                .into_response()
        }
    }
}

/// Prometheus text format, for a scraper holding an API token (`doorman token add prometheus`).
pub async fn metrics(
    State(state): State<WebState>,
    _scraper: super::auth::ApiUser,
) -> Result<Response, WebError> {
    let counts = state.store.counts().await?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# HELP doorman_messages_screened_total Messages screened, by outcome.\n# TYPE doorman_messages_screened_total counter"
    );
    for (outcome, n) in &counts.by_outcome {
        let _ = writeln!(
            out,
            "doorman_messages_screened_total{{outcome=\"{outcome}\"}} {n}"
        );
    }
    let _ = writeln!(
        out,
        "# HELP doorman_drafts Drafts, by state.\n# TYPE doorman_drafts gauge"
    );
    for state_name in DraftState::ALL {
        let n = counts
            .by_state
            .iter()
            .find(|(s, _)| s == state_name.as_str())
            .map(|(_, n)| *n)
            .unwrap_or(0);
        let _ = writeln!(out, "doorman_drafts{{state=\"{state_name}\"}} {n}");
    }
    let failures: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM events WHERE action IN ('send-failed', 'send-deferred')",
    )
    .fetch_one(state.store.pool())
    .await
    .map_err(|e| WebError::Internal(e.into()))?;
    let _ = writeln!(
        out,
        "# HELP doorman_send_failures_total Failed attempts to send a reply (permanent and transient).\n# TYPE doorman_send_failures_total counter\ndoorman_send_failures_total {failures}"
    );
    let lag: Option<f64> = sqlx::query_scalar(
        "SELECT (julianday('now') - julianday(MAX(received_at))) * 86400.0 FROM messages",
    )
    .fetch_one(state.store.pool())
    .await
    .map_err(|e| WebError::Internal(e.into()))?;
    let _ = writeln!(
        out,
        "# HELP doorman_intake_lag_seconds Seconds since the last message was screened.\n# TYPE doorman_intake_lag_seconds gauge\ndoorman_intake_lag_seconds {}",
        lag.unwrap_or(0.0).max(0.0)
    );
    let overdue = state.store.overdue(state.config.remind_after).await?.len();
    let _ = writeln!(
        out,
        "# HELP doorman_drafts_overdue Pending drafts older than remind_after_hours.\n# TYPE doorman_drafts_overdue gauge\ndoorman_drafts_overdue {overdue}"
    );
    Ok(([(CONTENT_TYPE, "text/plain; version=0.0.4")], out).into_response())
}
