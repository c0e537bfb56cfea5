//! One error type for the web layer, turned into a response. Internal errors are logged and
//! shown as a plain 500 that reveals nothing.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::queue::{EmptyBody, RedraftFailed, StoreError};
use crate::screener::RedraftError;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// A page without a session: go and log in.
    #[error("log in first")]
    LoginRequired,
    /// An API call without a valid token.
    #[error("a valid bearer token is required: create one with `doorman token add NAME`")]
    Unauthorized,
    #[error(
        "the form was stale or forged (CSRF token missing or wrong); reload the page and try again"
    )]
    Csrf,
    #[error("too many failed logins; wait a few minutes and try again")]
    RateLimited,
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<StoreError> for WebError {
    fn from(err: StoreError) -> WebError {
        match err {
            StoreError::NoSuchDraft(_) => WebError::NotFound(err.to_string()),
            StoreError::WrongState { .. } => WebError::Conflict(err.to_string()),
            other => WebError::Internal(other.into()),
        }
    }
}

impl From<EmptyBody> for WebError {
    fn from(err: EmptyBody) -> WebError {
        WebError::BadRequest(err.to_string())
    }
}

impl From<RedraftFailed> for WebError {
    fn from(err: RedraftFailed) -> WebError {
        match err {
            RedraftFailed::Store(err) => err.into(),
            // The templates passed the lint, so a draft that cannot be built is doorman's fault.
            RedraftFailed::Redraft(RedraftError::Draft(err)) => WebError::Internal(err.into()),
            RedraftFailed::Redraft(err) => WebError::BadRequest(err.to_string()),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = match &self {
            WebError::LoginRequired => return Redirect::to("/login").into_response(),
            WebError::Unauthorized => StatusCode::UNAUTHORIZED,
            WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::Internal(err) => {
                tracing::error!("web request failed: {err:#}");
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error; the details are in doorman's log",
                )
                    .into_response();
            }
        };
        let mut response = (status, self.to_string()).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}
