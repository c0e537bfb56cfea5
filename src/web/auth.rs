//! Logging in and out, sessions, CSRF tokens and API tokens; who the client is behind a proxy.

use std::net::{IpAddr, SocketAddr};

use axum::Form;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::header::{AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Redirect, Response};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

use super::{WebError, WebState};
use crate::config::IpNet;
use crate::queue::{Actor, Session, UserName};

const COOKIE_NAME: &str = "doorman_session";
/// Holds the login form's CSRF token before there is a session to hold it.
const LOGIN_COOKIE: &str = "doorman_login";
/// Failed logins allowed per address and per user name in [`FAILURE_WINDOW_MINUTES`].
const MAX_FAILURES: i64 = 5;
const FAILURE_WINDOW_MINUTES: i64 = 15;
const SESSION_HOURS: i64 = 12;
/// How long a login form stays good; one that has less than [`LOGIN_TOKEN_RENEW`] left is
/// replaced when the form is opened again.
const LOGIN_TOKEN_SECONDS: i64 = 3600;
const LOGIN_TOKEN_RENEW: i64 = 600;

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
    /// The person, as the audit trail records them.
    pub fn actor(&self) -> Actor {
        Actor::Person(self.0.user.clone())
    }

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
pub struct ApiUser(pub Actor);

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
            Some(name) => Ok(ApiUser(Actor::Token(name))),
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

/// The login form's token: a nonce and an expiry signed with the store's own secret, so a
/// value the server never issued is worthless. It lives in a cookie only this site's responses
/// set and in the form's hidden field; both must carry it (double-submit).
struct LoginToken;

impl LoginToken {
    async fn key(state: &WebState) -> Result<&[u8], WebError> {
        let key = state
            .login_key
            .get_or_try_init(|| state.store.web_secret("login-form"))
            .await?;
        Ok(key)
    }

    fn mac(key: &[u8], nonce: &str, expires: i64) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any size");
        mac.update(format!("doorman login form|{nonce}|{expires}").as_bytes());
        mac
    }

    async fn issue(state: &WebState) -> Result<String, WebError> {
        let key = LoginToken::key(state).await?;
        let nonce = crate::queue::random_token();
        let expires = chrono::Utc::now().timestamp() + LOGIN_TOKEN_SECONDS;
        let mac = hex::encode(
            LoginToken::mac(key, &nonce, expires)
                .finalize()
                .into_bytes(),
        );
        Ok(format!("{nonce}.{expires}.{mac}"))
    }

    /// How many seconds an issued, unexpired token has left; `None` for any other value.
    async fn seconds_left(state: &WebState, token: &str) -> Result<Option<i64>, WebError> {
        let key = LoginToken::key(state).await?;
        let mut parts = token.splitn(3, '.');
        let (Some(nonce), Some(expires), Some(mac)) = (parts.next(), parts.next(), parts.next())
        else {
            return Ok(None);
        };
        let (Ok(expires), Ok(mac)) = (expires.parse::<i64>(), hex::decode(mac)) else {
            return Ok(None);
        };
        // verify_slice compares in constant time.
        if LoginToken::mac(key, nonce, expires)
            .verify_slice(&mac)
            .is_err()
        {
            return Ok(None);
        }
        let left = expires - chrono::Utc::now().timestamp();
        Ok((left > 0).then_some(left))
    }
}

/// Whether the browser says the form was posted from another origin. `Sec-Fetch-Site` is set
/// by the browser alone (a page cannot forge it), so a sibling origin that planted a real
/// token in the visitor's cookie is still refused. Clients without the header (curl,
/// old browsers) rely on the signed token.
fn posted_from_elsewhere(headers: &HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|site| !matches!(site, "same-origin" | "none"))
}

/// Who the client is: the peer, or, when the peer is one of the trusted proxies, the right-most
/// address in `X-Forwarded-For` that is not a trusted proxy (each proxy appends the address
/// it saw, so everything left of that could have been written by the client).
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let hops: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|hop| hop.trim().parse::<IpAddr>())
        .collect::<Result<_, _>>()
        // A hop that is no address: the header was tampered with; trust none of it.
        .unwrap_or_default();
    hops.iter()
        .rev()
        .copied()
        .find(|hop| !is_trusted(*hop))
        .or_else(|| hops.first().copied())
        .unwrap_or(peer)
}

/// The login form, with a signed token in a hidden field and in a cookie: a form posted from
/// elsewhere cannot know it, and a value the server never signed gets no session, so nobody
/// can be logged into an account of someone else's choosing.
///
/// A token the browser already holds is kept while it has a while left: two login tabs, or a
/// favicon request that lands on the login page, must not invalidate the form a person is
/// filling in.
pub async fn login_page(
    State(state): State<WebState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let held = match cookie(&headers, LOGIN_COOKIE) {
        Some(token) => LoginToken::seconds_left(&state, &token)
            .await?
            .filter(|left| *left > LOGIN_TOKEN_RENEW)
            .map(|_| token),
        None => None,
    };
    let token = match held {
        Some(token) => token,
        None => LoginToken::issue(&state).await?,
    };
    login_form(&state, &token, None, axum::http::StatusCode::OK)
}

/// The login form with its token in the cookie, and an error when there is one to show.
fn login_form(
    state: &WebState,
    token: &str,
    error: Option<&str>,
    status: axum::http::StatusCode,
) -> Result<Response, WebError> {
    let mut response = render_login(state, token, error)?.into_response();
    *response.status_mut() = status;
    set_login_cookie(state, &mut response, token, LOGIN_TOKEN_SECONDS as u32)?;
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
    let client = client_ip(peer.ip(), &headers, &state.trusted_proxies);
    let expected = cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    let issued = !expected.is_empty()
        && same_secret(&expected, &form.csrf)
        && LoginToken::seconds_left(&state, &expected).await?.is_some();
    if !issued || posted_from_elsewhere(&headers) {
        // Posted from another site, a token the server never issued, or a form that sat open
        // past its hour: all get a fresh form rather than a bare error, and none a session.
        tracing::warn!(%client, "login refused: the form's token is missing, wrong or not ours");
        let token = LoginToken::issue(&state).await?;
        return login_form(
            &state,
            &token,
            Some("The login form had expired. Please log in again."),
            axum::http::StatusCode::FORBIDDEN,
        );
    }
    // One form of the name for the lookup, the lock and the log: "Dana ", "\tdana" and "DANA"
    // are all dana, and share her five tries.
    let name = UserName::key_of(&form.name);
    let since = chrono::Utc::now() - chrono::Duration::minutes(FAILURE_WINDOW_MINUTES);
    let keys = [format!("ip:{client}"), format!("user:{name}")];
    for key in &keys {
        if state.store.login_failures_since(key, since).await? >= MAX_FAILURES {
            tracing::warn!(key, "login refused: too many failures");
            return login_form(
                &state,
                &expected,
                Some("Too many failed logins. Wait 15 minutes and try again."),
                axum::http::StatusCode::TOO_MANY_REQUESTS,
            );
        }
    }
    let user_id = match UserName::parse(&form.name) {
        Ok(valid) => state.store.check_password(&valid, &form.password).await?,
        // No account can have such a name; the check still takes as long as a real one.
        Err(_) => {
            state
                .store
                .check_password(&UserName::parse("-").expect("a valid name"), "")
                .await?
        }
    };
    match user_id {
        Some(user_id) => {
            let session = state
                .store
                .create_session(user_id, chrono::Duration::hours(SESSION_HOURS))
                .await?;
            tracing::info!(user = %session.user, %client, "logged in");
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
            tracing::warn!(user = %name, %client, "login failed");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn x_forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy() {
        let headers = forwarded("203.0.113.9");
        assert_eq!(
            client_ip(ip("198.51.100.1"), &headers, &[]),
            ip("198.51.100.1")
        );
        let trusted = ["10.0.0.0/8".parse().unwrap()];
        assert_eq!(
            client_ip(ip("198.51.100.1"), &headers, &trusted),
            ip("198.51.100.1"),
            "a client that is no proxy cannot name another address"
        );
        assert_eq!(
            client_ip(ip("10.0.0.2"), &headers, &trusted),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn the_client_is_the_right_most_hop_that_is_no_trusted_proxy() {
        let trusted = ["10.0.0.0/8".parse().unwrap()];
        // The client wrote 1.2.3.4 itself; the proxies appended what they saw.
        let headers = forwarded("1.2.3.4, 203.0.113.9, 10.0.0.7");
        assert_eq!(
            client_ip(ip("10.0.0.2"), &headers, &trusted),
            ip("203.0.113.9")
        );
        let garbage = forwarded("1.2.3.4, not-an-address");
        assert_eq!(
            client_ip(ip("10.0.0.2"), &garbage, &trusted),
            ip("10.0.0.2")
        );
    }
}
