//! The page's decisions: approve, reject, save and re-draft, each a form posted with the
//! session's CSRF token. The decisions themselves are the queue's; this only reads the form and
//! says where the person goes next.

use axum::Form;
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::User;
use super::pages::{next_in, pending};
use super::{WebError, WebState};
use crate::queue::{Actor, DraftBody, DraftId, Resolution};

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
    /// For a `check` draft: `was-sent` or `send-again`.
    #[serde(default)]
    finding: String,
}

/// A decision posted on one draft by a logged-in person, with the session's CSRF token checked:
/// every handler here takes one, so none can forget the check.
pub struct Posted {
    by: Actor,
    id: DraftId,
    form: ActionForm,
}

impl FromRequest<WebState> for Posted {
    type Rejection = Response;

    async fn from_request(request: Request, state: &WebState) -> Result<Posted, Response> {
        let (mut parts, body) = request.into_parts();
        let user = User::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Path(id) = Path::<String>::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let id = super::api::draft_id(&id).map_err(IntoResponse::into_response)?;
        let Form(form) = Form::<ActionForm>::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        user.check_csrf(&form.csrf)
            .map_err(IntoResponse::into_response)?;
        Ok(Posted {
            by: user.actor(),
            id,
            form,
        })
    }
}

/// How long an approval on the page waits before the outbox may send it: time to see the
/// next draft, notice the slip and press Undo.
pub const UNDO_WINDOW: std::time::Duration = std::time::Duration::from_secs(10);

/// The draft after this one in the queue, as it stood before the decision: where the person
/// goes next.
async fn next_after(state: &WebState, id: DraftId) -> Result<Option<DraftId>, WebError> {
    Ok(next_in(&pending(state).await?, id))
}

/// Straight on to the next draft, or to the queue after the last; `query` is said there.
fn go_to(next: Option<DraftId>, query: &str) -> Response {
    match next {
        Some(next) => Redirect::to(&format!("/drafts/{next}{query}")).into_response(),
        None => Redirect::to(&format!("/{query}")).into_response(),
    }
}

pub async fn approve(State(state): State<WebState>, posted: Posted) -> Result<Response, WebError> {
    // "Save and approve": the text in the box, when there is one, is what goes out.
    let body = DraftBody::parse(&posted.form.body).ok();
    let firm = &state.config.firm;
    let next = next_after(&state, posted.id).await?;
    state
        .store
        .approve_with_undo(posted.id, &posted.by, firm, body.as_ref(), UNDO_WINDOW)
        .await?;
    Ok(go_to(next, &format!("?approved={}", posted.id)))
}

/// Takes back an approval during its undo window, and shows the draft again.
pub async fn undo(State(state): State<WebState>, posted: Posted) -> Result<Response, WebError> {
    state.store.undo_approval(posted.id, &posted.by).await?;
    Ok(Redirect::to(&format!("/drafts/{}", posted.id)).into_response())
}

pub async fn reject(State(state): State<WebState>, posted: Posted) -> Result<Response, WebError> {
    let reason = Some(posted.form.reason.as_str());
    let next = next_after(&state, posted.id).await?;
    state.store.reject(posted.id, &posted.by, reason).await?;
    Ok(go_to(next, ""))
}

/// What a person found out about a `check` draft: delivered after all, or to be sent again.
pub async fn resolve(State(state): State<WebState>, posted: Posted) -> Result<Response, WebError> {
    let resolution = match posted.form.finding.as_str() {
        "was-sent" => Resolution::WasSent,
        "send-again" => Resolution::SendAgain,
        _ => return Ok(Redirect::to(&format!("/drafts/{}", posted.id)).into_response()),
    };
    state
        .store
        .resolve(posted.id, &posted.by, resolution)
        .await?;
    Ok(Redirect::to(&format!("/drafts/{}", posted.id)).into_response())
}

pub async fn save_body(
    State(state): State<WebState>,
    posted: Posted,
) -> Result<Response, WebError> {
    let body = DraftBody::parse(&posted.form.body)?;
    state.store.edit(posted.id, &body, &posted.by).await?;
    Ok(Redirect::to(&format!("/drafts/{}", posted.id)).into_response())
}

/// Changes the outcome and writes the draft again from that outcome's template.
pub async fn redraft(State(state): State<WebState>, posted: Posted) -> Result<Response, WebError> {
    let screener = state.screener.current();
    state
        .store
        .redraft(posted.id, &posted.form.outcome, &posted.by, &screener)
        .await?;
    Ok(Redirect::to(&format!("/drafts/{}", posted.id)).into_response())
}
