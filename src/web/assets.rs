//! What is not a page: the embedded stylesheet and script, the health check, and metrics.

use std::fmt::Write as _;

use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use super::{WebError, WebState};
use crate::queue::DraftState;

pub async fn asset(Path(file): Path<String>) -> Result<Response, WebError> {
    let (body, kind) = match file.as_str() {
        "style.css" => (include_str!("static/style.css"), "text/css; charset=utf-8"),
        "app.js" => (
            include_str!("static/app.js"),
            "text/javascript; charset=utf-8",
        ),
        _ => {
            return Err(WebError::NotFound(format!(
                "there is no static file {file:?}"
            )));
        }
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
    match state.store.ping().await {
        Ok(()) => "ok\n".into_response(),
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
        let n = counts.drafts_in(state_name);
        let _ = writeln!(out, "doorman_drafts{{state=\"{state_name}\"}} {n}");
    }
    let failures = state
        .store
        .count_events(&["send-failed", "send-deferred"])
        .await?;
    let _ = writeln!(
        out,
        "# HELP doorman_send_failures_total Failed attempts to send a reply (permanent and transient).\n# TYPE doorman_send_failures_total counter\ndoorman_send_failures_total {failures}"
    );
    let lag = state.store.intake_lag_seconds().await?;
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
