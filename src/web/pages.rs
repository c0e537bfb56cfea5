//! The pages a person reads: the queue, one draft, the history; the templates every page is
//! rendered with.

use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use minijinja::{Environment, Value, context};
use serde::{Deserialize, Serialize};

use super::auth::User;
use super::highlight::highlight;
use super::{WebError, WebState};
use crate::queue::{DraftId, DraftState, DraftSummary, StoreError, age};

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
fn rank(outcome: &crate::rules::Outcome) -> u8 {
    let outcome: &str = outcome.as_ref();
    match outcome {
        "engage" => 0,
        "clarify" => 1,
        "refer" => 2,
        "decline" => 3,
        _ => 4,
    }
}

/// One draft as a line of the queue or the history.
#[derive(Serialize)]
pub(super) struct Row {
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
        outcome: draft.outcome.to_string(),
        score: draft.score.to_string(),
        to: draft.to.clone(),
        subject: draft.subject.clone(),
        age: age(draft.age(now)),
        overdue: draft.is_overdue(now, state.config.remind_after),
        state: draft.state.to_string(),
        updated: draft.updated_at.format("%Y-%m-%d %H:%M").to_string(),
        error: draft.last_error.clone(),
    }
}

/// The draft after `id` in review order: where `n` and a decision lead. A draft no longer
/// pending leads to the top of the queue; the last one leads nowhere.
pub(super) fn next_in(queue: &[DraftSummary], id: DraftId) -> Option<DraftId> {
    match queue.iter().position(|d| d.id == id) {
        Some(at) => queue.get(at + 1).map(|d| d.id),
        None => queue.first().map(|d| d.id),
    }
}

/// An approval still held back from the outbox, named in the address the page went on to
/// (`?approved=ID`): the banner that offers to undo it.
#[derive(Deserialize)]
pub struct Approved {
    approved: Option<String>,
}

impl Approved {
    async fn banner(&self, state: &WebState) -> Result<Option<Value>, WebError> {
        let Some(id) = self
            .approved
            .as_deref()
            .and_then(|a| a.parse::<DraftId>().ok())
        else {
            return Ok(None);
        };
        let Some(until) = state.store.held_until(id).await? else {
            return Ok(None);
        };
        let seconds = (until - Utc::now()).num_seconds().max(1);
        Ok(Some(
            context! { id => id.0, seconds, until => until.timestamp_millis() },
        ))
    }
}

/// The pending drafts in review order.
pub(super) async fn pending(state: &WebState) -> Result<Vec<DraftSummary>, WebError> {
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

pub async fn queue(
    State(state): State<WebState>,
    user: User,
    Query(filter): Query<StateFilter>,
) -> Result<Response, WebError> {
    let wanted = match filter.wanted() {
        Ok(wanted) => wanted.filter(|s| *s != DraftState::Pending),
        Err(err) => return problem(&state, &user, &err),
    };
    let approved = Approved {
        approved: filter.approved.clone(),
    };
    let undo = approved.banner(&state).await?;
    let drafts = match wanted {
        None => pending(&state).await?,
        Some(wanted) => state.store.drafts(Some(wanted), 100_000).await?,
    };
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
            rows, overdue, attention, remind_hours => state.config.remind_after.as_secs() / 3600, page => "queue", undo,
            shown => wanted.map(DraftState::as_str),
        },
    )
    .map(IntoResponse::into_response)
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
    problem(
        &state,
        &user,
        &WebError::NotFound("There is no page at this address.".into()),
    )
}

/// A wrong address or a bad value in it, said on a page of its own with the way back, for a
/// person who is logged in: a number typed by hand should not meet the framework's words.
pub(super) fn problem(state: &WebState, user: &User, err: &WebError) -> Result<Response, WebError> {
    let status = match err {
        WebError::NotFound(_) => axum::http::StatusCode::NOT_FOUND,
        WebError::BadRequest(_) => axum::http::StatusCode::BAD_REQUEST,
        // Anything else is no problem with the address: the usual response.
        _ => return Err(WebError::Internal(anyhow::anyhow!("{err}"))),
    };
    let page = render(
        state,
        "not_found.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(),
            firm => state.config.firm.name.clone(), page => "", what => err.to_string(),
        },
    )?;
    Ok((status, page).into_response())
}

/// `?state=NAME` on the queue and the history: which drafts to list.
#[derive(Deserialize)]
pub struct StateFilter {
    state: Option<String>,
    /// Also read here: see [`Approved`].
    approved: Option<String>,
}

impl StateFilter {
    fn wanted(&self) -> Result<Option<DraftState>, WebError> {
        match self.state.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(name) => name
                .parse::<DraftState>()
                .map(Some)
                .map_err(|e| WebError::BadRequest(e.to_string())),
        }
    }
}

pub async fn draft(
    State(state): State<WebState>,
    user: User,
    Path(id): Path<String>,
    Query(approved): Query<Approved>,
) -> Result<Response, WebError> {
    let Ok(DraftId(id)) = id.parse::<DraftId>() else {
        let what = format!("{id:?} is not a draft number: drafts are numbered 1, 2, 3...");
        return problem(&state, &user, &WebError::NotFound(what));
    };
    let undo = approved.banner(&state).await?;
    let detail = match state.store.draft(DraftId(id)).await {
        Err(StoreError::NoSuchDraft(_)) => {
            let what = format!("There is no draft {id}: it may have been a number typed by hand.");
            return problem(&state, &user, &WebError::NotFound(what));
        }
        other => other?,
    };
    let screener = state.screener.current();
    let (from, how, subject, date, text) = match screener.read(&detail.raw) {
        Ok(message) => (
            message
                .from
                .as_ref()
                .map(|m| m.to_string())
                .unwrap_or_default(),
            message
                .prospect
                .as_ref()
                .map(|p| p.via.describe())
                .unwrap_or_default(),
            message.subject.clone(),
            message.date.map(|d| d.to_rfc2822()).unwrap_or_default(),
            message.full_body.clone(),
        ),
        Err(err) => (
            String::new(),
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
    let next = next_in(&queue, DraftId(id)).map(|d| d.0);
    // The draft itself, approved a moment ago and still held: it can be taken back here too.
    let held = state.store.held_until(DraftId(id)).await?.is_some();
    let outcomes: Vec<String> = screener
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
            to => detail.summary.to.clone(), how,
            cc => detail.reply.cc.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
            reply_subject => detail.summary.subject.clone(), body => detail.reply.body.clone(), pending => detail.summary.state == DraftState::Pending,
            decidable => detail.summary.state.is_decidable(),
            check => detail.summary.state == DraftState::Check,
            failed => detail.summary.state == DraftState::Failed,
            conversation => conversation_view(&detail.conversation),
            next, outcomes, edits, history, mailbox => detail.mailbox.clone(), undo, held,
            undo_seconds => super::review::UNDO_WINDOW.as_secs(),
        },
    )
    .map(IntoResponse::into_response)
}

/// The conversation a draft's message is part of, as the draft page lists it.
fn conversation_view(turns: &[crate::queue::Turn]) -> Vec<Value> {
    turns
        .iter()
        .map(|turn| {
            context! {
                at => turn.at.map(|at| at.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
                who => turn.author(), subject => turn.subject.clone(), this => turn.this,
            }
        })
        .collect()
}

/// The drafts a decision has been taken on (or that came back to a person), newest change
/// first; `?state=` narrows it to one state.
pub async fn history(
    State(state): State<WebState>,
    user: User,
    Query(filter): Query<StateFilter>,
) -> Result<Response, WebError> {
    let wanted = match filter.wanted() {
        Ok(wanted) => wanted,
        Err(err) => return problem(&state, &user, &err),
    };
    let states: Vec<DraftState> = match wanted {
        Some(one) => vec![one],
        None => DraftState::ALL
            .into_iter()
            .filter(|s| *s != DraftState::Pending)
            .collect(),
    };
    let reasons: std::collections::HashMap<DraftId, String> =
        state.store.rejection_reasons().await?.into_iter().collect();
    let mut rows = Vec::new();
    for wanted in states {
        for draft in state.store.drafts(Some(wanted), 2000).await? {
            let mut row = row(&state, &draft);
            // The Note: the server's words for a failure, the person's reason for a rejection.
            row.error = row.error.or_else(|| reasons.get(&draft.id).cloned());
            rows.push(row);
        }
    }
    rows.sort_by(|a, b| b.updated.cmp(&a.updated));
    render(
        &state,
        "history.html",
        context! {
            user => user.0.user.clone(), csrf => user.0.csrf_token.clone(), firm => state.config.firm.name.clone(), page => "history", rows,
            shown => wanted.map(DraftState::as_str), states => DraftState::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        },
    )
    .map(IntoResponse::into_response)
}
