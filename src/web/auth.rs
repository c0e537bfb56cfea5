//! Logging in and out, sessions, CSRF tokens and API tokens.

use std::net::SocketAddr;

use axum::Form;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::header::{AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{WebError, WebState};
use crate::queue::Session;

const COOKIE_NAME: &str = "doorman_session";
/// Holds the login form's CSRF token before there is a session to hold it.
const LOGIN_COOKIE: &str = "doorman_login";
/// Failed logins allowed per address and per user name in [`FAILURE_WINDOW_MINUTES`].
const MAX_FAILURES: i64 = 5;
const FAILURE_WINDOW_MINUTES: i64 = 15;
const SESSION_HOURS: i64 = 12;

/// A logged-in person; handlers that take it cannot be reached without a session.
pub struct User(pub Session);

impl FromRequestParts<WebState> for User {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<User, WebError> {
        let id = cookie(&parts.headers, COOKIE_NAME).ok_or(WebError::LoginRequired)?;
        match state.store.session(&id).await? {
            Some(session) => Ok(User(session)),
            None => Err(WebError::LoginRequired),
        }
    }
}

impl User {
    /// Refuses a form whose CSRF token is not this session's.
    pub fn check_csrf(&self, token: &str) -> Result<(), WebError> {
        if same_secret(&self.0.csrf_token, token) {
            Ok(())
        } else {
            Err(WebError::Csrf)
        }
    }
}

/// The value of one cookie from the request, if it was sent.
fn cookie(headers: &HeaderMap, wanted: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| value.to_string())
}

/// Compares in constant time: the values are secrets.
fn same_secret(expected: &str, given: &str) -> bool {
    let (expected, given) = (expected.as_bytes(), given.as_bytes());
    expected.len() == given.len()
        && expected
            .iter()
            .zip(given)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// A script calling `/api/` with `Authorization: Bearer TOKEN`.
pub struct ApiUser(pub String);

impl FromRequestParts<WebState> for ApiUser {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<ApiUser, WebError> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(WebError::Unauthorized)?;
        match state.store.check_token(token).await? {
            Some(name) => Ok(ApiUser(format!("token:{name}"))),
            None => Err(WebError::Unauthorized),
        }
    }
}

#[derive(Deserialize)]
pub struct LoginForm {
    name: String,
    password: String,
    #[serde(default)]
    csrf: String,
}

/// The login form, with a fresh CSRF token in a hidden field and in a cookie that only this
/// site can set: a form posted from elsewhere cannot know it (double-submit), so nobody can be
/// logged into an account of someone else's choosing.
///
/// A token the browser already holds is kept: two login tabs, or a favicon request that lands
/// on the login page, must not invalidate the form a person is filling in.
pub async fn login_page(
    State(state): State<WebState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let token = cookie(&headers, LOGIN_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or_else(crate::queue::random_token);
    let mut response = render_login(&state, &token, None)?.into_response();
    set_login_cookie(&state, &mut response, &token, 3600)?;
    Ok(response)
}

/// Sets (or, with `max_age` 0, clears) the login form's token cookie.
fn set_login_cookie(
    state: &WebState,
    response: &mut Response,
    token: &str,
    max_age: u32,
) -> Result<(), WebError> {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{LOGIN_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/login; Max-Age={max_age}{secure}"
    );
    response.headers_mut().append(
        SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|e| WebError::Internal(e.into()))?,
    );
    Ok(())
}

fn render_login(
    state: &WebState,
    csrf: &str,
    error: Option<&str>,
) -> Result<Html<String>, WebError> {
    super::pages::render(
        state,
        "login.html",
        minijinja::context! { error, csrf, firm => state.config.firm.name.clone() },
    )
}

pub async fn login(
    State(state): State<WebState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let expected = cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !same_secret(&expected, &form.csrf) {
        // Either the form was posted from another site, or it sat open past its hour: both
        // get a fresh form rather than a bare error, and neither gets a session.
        tracing::warn!(peer = %peer.ip(), "login refused: the form's CSRF token is missing or wrong");
        let token = crate::queue::random_token();
        let mut response = render_login(
            &state,
            &token,
            Some("The login form had expired. Please log in again."),
        )?
        .into_response();
        *response.status_mut() = axum::http::StatusCode::FORBIDDEN;
        set_login_cookie(&state, &mut response, &token, 3600)?;
        return Ok(response);
    }
    let since = chrono::Utc::now() - chrono::Duration::minutes(FAILURE_WINDOW_MINUTES);
    let keys = [
        format!("ip:{}", peer.ip()),
        format!("user:{}", form.name.to_lowercase()),
    ];
    for key in &keys {
        if state.store.login_failures_since(key, since).await? >= MAX_FAILURES {
            tracing::warn!(key, "login refused: too many failures");
            return Err(WebError::RateLimited);
        }
    }
    match state
        .store
        .check_password(form.name.trim(), &form.password)
        .await?
    {
        Some(user_id) => {
            let session = state
                .store
                .create_session(user_id, chrono::Duration::hours(SESSION_HOURS))
                .await?;
            tracing::info!(user = %session.user, "logged in");
            let mut response = Redirect::to("/").into_response();
            let secure = if state.secure_cookies { "; Secure" } else { "" };
            let cookie = format!(
                "{COOKIE_NAME}={}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
                session.id,
                SESSION_HOURS * 3600
            );
            response.headers_mut().insert(
                SET_COOKIE,
                HeaderValue::from_str(&cookie).map_err(|e| WebError::Internal(e.into()))?,
            );
            // The login token has done its job; a new one comes with the next login form.
            set_login_cookie(&state, &mut response, "", 0)?;
            Ok(response)
        }
        None => {
            for key in &keys {
                state.store.record_login_failure(key).await?;
            }
            let mut response =
                render_login(&state, &expected, Some("Wrong name or password."))?.into_response();
            *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
            Ok(response)
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

pub async fn logout(
    State(state): State<WebState>,
    user: User,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&form.csrf)?;
    state.store.end_session(&user.0.id).await?;
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().insert(
        SET_COOKIE,
        HeaderValue::from_static("doorman_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
    );
    Ok(response)
}
