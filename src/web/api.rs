//! The JSON API under `/api/`, for scripts: the same actions as the page, with a bearer token
//! (`doorman token add NAME`) instead of a session. Without a valid token: 401.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiUser;
use super::{WebError, WebState};
use crate::queue::{DraftBody, DraftId, DraftState};

/// A draft number from the address, or the reason it is none.
pub(super) fn draft_id(text: &str) -> Result<DraftId, WebError> {
    text.parse::<DraftId>()
        .map_err(|e| WebError::BadRequest(e.to_string()))
}

#[derive(Deserialize)]
pub struct ListQuery {
    state: Option<String>,
}

pub async fn list(
    State(state): State<WebState>,
    _user: ApiUser,
    Query(query): Query<ListQuery>,
) -> Result<Json<Value>, WebError> {
    let wanted = match query.state.as_deref() {
        None => Some(DraftState::Pending),
        Some("all") => None,
        Some(name) => Some(
            name.parse::<DraftState>()
                .map_err(|e| WebError::BadRequest(e.to_string()))?,
        ),
    };
    let drafts = state.store.drafts(wanted, 100_000).await?;
    Ok(Json(json!({ "drafts": drafts })))
}

pub async fn show(
    State(state): State<WebState>,
    _user: ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, WebError> {
    let id = draft_id(&id)?;
    let detail = state.store.draft(id).await?;
    let message = state.screener.current().read(&detail.raw).ok();
    Ok(Json(json!({
        "id": detail.summary.id,
        "state": detail.summary.state,
        "outcome": detail.summary.outcome,
        "score": detail.summary.score,
        "to": detail.summary.to,
        "subject": detail.summary.subject,
        "body": detail.reply.body,
        "received_at": detail.summary.received_at,
        "last_error": detail.summary.last_error,
        "verdict": detail.verdict,
        "cc": detail.reply.cc.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "message": message.map(|m| json!({
            "via": m.via().name(),
            "prospect": m.prospect,
            "from": m.from.map(|f| f.to_string()),
            "subject": m.subject,
            "text": m.full_body,
        })),
        "history": detail.history,
    })))
}

#[derive(Deserialize, Default)]
pub struct RejectBody {
    reason: Option<String>,
}

pub async fn approve(
    State(state): State<WebState>,
    user: ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, WebError> {
    let id = draft_id(&id)?;
    state
        .store
        .approve(id, &user.0, &state.config.firm, None)
        .await?;
    Ok(Json(json!({ "id": id, "state": "approved" })))
}

pub async fn reject(
    State(state): State<WebState>,
    user: ApiUser,
    Path(id): Path<String>,
    body: Option<Json<RejectBody>>,
) -> Result<Json<Value>, WebError> {
    let id = draft_id(&id)?;
    let reason = body.and_then(|b| b.0.reason);
    state.store.reject(id, &user.0, reason.as_deref()).await?;
    Ok(Json(json!({ "id": id, "state": "rejected" })))
}

/// Replaces the draft's body with the request body (plain text, or JSON `{"body": "..."}`).
pub async fn put_body(
    State(state): State<WebState>,
    user: ApiUser,
    Path(id): Path<String>,
    text: String,
) -> Result<(StatusCode, Json<Value>), WebError> {
    let id = draft_id(&id)?;
    let body = match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => map
            .get("body")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| WebError::BadRequest("expected {\"body\": \"...\"}".into()))?,
        _ => text,
    };
    let body = DraftBody::parse(&body)?;
    state.store.edit(id, &body, &user.0).await?;
    Ok((
        StatusCode::OK,
        Json(json!({ "id": id, "body": body.as_ref() })),
    ))
}
