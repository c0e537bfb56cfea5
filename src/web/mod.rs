//! The approval page and its JSON API.
//!
//! Business owners and their staff approve drafts here: the queue (best prospects first, old
//! drafts standing out), one draft with the prospect's message and the words that fired each
//! rule highlighted, the history, the rules with how often people agreed with them, and charts.
//! Pages are rendered on the server with minijinja (auto-escaping everything) and need no
//! JavaScript framework; static assets are embedded in the binary.
//!
//! No page can be reached without a session, and no request changes anything without a
//! session and its CSRF token (or, for `/api/`, a bearer token).

mod api;
mod assets;
mod auth;
mod charts;
mod error;
mod highlight;
mod pages;
mod reports;
mod review;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use minijinja::Environment;

use crate::config::Config;
use crate::queue::Store;
use crate::screener::LiveScreener;
use crate::shutdown::Shutdown;

pub use error::WebError;

/// What every handler needs; cloned into each request, so every field is cheap to clone.
#[derive(Clone)]
pub struct WebState {
    /// The queue every page reads and every decision writes.
    pub store: Store,
    /// The firm's settings: its name on every page, `remind_after` for overdue drafts.
    pub config: Arc<Config>,
    /// The rules and templates in force, handed in by whoever serves the page: the rules page
    /// lists them and a re-draft writes with them.
    pub screener: LiveScreener,
    /// The page templates, compiled once.
    pages: Arc<Environment<'static>>,
    /// Set when the page is served over TLS (by a proxy): cookies get `Secure`.
    pub secure_cookies: bool,
    /// The proxies whose `X-Forwarded-For` names the client (`web.trusted_proxies`).
    trusted_proxies: Arc<[crate::config::IpNet]>,
    /// The key the login form's token is signed with, read from the store on first use.
    login_key: Arc<tokio::sync::OnceCell<Vec<u8>>>,
}

impl WebState {
    pub fn new(store: Store, config: Arc<Config>, screener: LiveScreener) -> WebState {
        let secure_cookies = config.web.as_ref().is_some_and(|w| w.secure_cookies);
        let trusted_proxies = config
            .web
            .as_ref()
            .map(|w| w.trusted_proxies.clone())
            .unwrap_or_default()
            .into();
        WebState {
            store,
            config,
            screener,
            pages: Arc::new(pages::environment()),
            secure_cookies,
            trusted_proxies,
            login_key: Arc::default(),
        }
    }
}

/// Every route of the page and the API.
pub fn router(state: WebState) -> Router {
    Router::new()
        .route("/", get(pages::queue))
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/drafts/{id}", get(pages::draft))
        .route("/drafts/{id}/approve", post(review::approve))
        .route("/drafts/{id}/undo", post(review::undo))
        .route("/drafts/{id}/resolve", post(review::resolve))
        .route("/drafts/{id}/reject", post(review::reject))
        .route("/drafts/{id}/body", post(review::save_body))
        .route("/drafts/{id}/redraft", post(review::redraft))
        .route("/history", get(pages::history))
        .route("/rules", get(reports::rules))
        .route("/rules/export.tar", get(reports::export_labels))
        .route("/stats", get(reports::stats))
        .route("/static/{file}", get(assets::asset))
        .route("/api/drafts", get(api::list))
        .route("/api/drafts/{id}", get(api::show))
        .route("/api/drafts/{id}/approve", post(api::approve))
        .route("/api/drafts/{id}/reject", post(api::reject))
        .route("/api/drafts/{id}/body", axum::routing::put(api::put_body))
        .route("/healthz", get(assets::healthz))
        .route("/metrics", get(assets::metrics))
        .fallback(pages::not_found)
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            axum::http::header::CONTENT_SECURITY_POLICY,
            axum::http::HeaderValue::from_static("default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"),
        ))
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            axum::http::header::X_CONTENT_TYPE_OPTIONS,
            axum::http::HeaderValue::from_static("nosniff"),
        ))
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            axum::http::header::REFERRER_POLICY,
            axum::http::HeaderValue::from_static("same-origin"),
        ))
        // Pages show the firm's mail: after logging out, the back button must not show them
        // from the cache. The static files say otherwise for themselves.
        .layer(tower_http::set_header::SetResponseHeaderLayer::if_not_present(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves the page until shutdown is requested.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: WebState,
    mut shutdown: Shutdown,
) -> anyhow::Result<()> {
    let address = listener.local_addr()?;
    tracing::info!("approval page on http://{address}/");
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move { shutdown.requested().await })
    .await?;
    Ok(())
}
