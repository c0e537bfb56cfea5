//! The page's decisions: approve, reject, save and re-draft, each a form posted with the
//! session's CSRF token. The decisions themselves are the queue's; this only reads the form and
//! says where the person goes next.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::User;
use super::pages::pending;
use super::{WebError, WebState};
use crate::queue::{DraftBody, DraftId};

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
    // "Save and approve": the text in the box, when there is one, is what goes out.
    let body = DraftBody::parse(&form.body).ok();
    state
        .store
        .approve(DraftId(id), &user.0.user, &state.config.firm, body.as_ref())
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
    state
        .store
        .reject(DraftId(id), &user.0.user, Some(&form.reason))
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
    let body = DraftBody::parse(&form.body)?;
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
    state
        .store
        .redraft(
            DraftId(id),
            &form.outcome,
            &user.0.user,
            &state.screener.current(),
        )
        .await?;
    Ok(Redirect::to(&format!("/drafts/{id}")).into_response())
}
