//! The approval page and API, served by a running doorman over HTTP, on a real SQLite store.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use doorman::queue::{DraftState, Incoming, Recorded, Store, UserName};

use crate::helpers::{AppOptions, Boot, PASSWORD, TestApp, repo, shipped, spawn_app};

/// `doorman run` with the page on a port the system picks, and one user, dana.
pub struct Page {
    pub store: Store,
    app: TestApp,
}

pub async fn page() -> Page {
    let app = spawn_app(AppOptions {
        web: true,
        ..Default::default()
    })
    .await;
    Page {
        store: app.store.clone(),
        app,
    }
}

/// The page behind a TLS proxy on loopback: `web.trusted_proxies: [127.0.0.1]`, so each
/// request says who its client is in `X-Forwarded-For`.
async fn page_behind_proxy() -> Page {
    let mut app = spawn_app(AppOptions {
        web: true,
        boot: Boot::Later,
        ..Default::default()
    })
    .await;
    let yaml = std::fs::read_to_string(app.config_path()).unwrap();
    assert!(yaml.ends_with("web:\n  listen: 127.0.0.1:0\n"), "{yaml}");
    std::fs::write(
        app.config_path(),
        format!("{yaml}  trusted_proxies: [127.0.0.1]\n"),
    )
    .unwrap();
    app.start();
    Page {
        store: app.store.clone(),
        app,
    }
}

pub async fn add_mail(store: &Store, raw: &[u8]) -> Recorded {
    let setup = shipped();
    store
        .record(&Incoming {
            mailbox: "sales".into(),
            uid_validity: None,
            uid: None,
            raw: raw.to_vec(),
            screening: setup.screen(raw, &Default::default()),
            envelope: crate::queue::envelope(raw),
        })
        .await
        .unwrap()
}

struct Reply {
    status: StatusCode,
    location: Option<String>,
    cookie: Option<String>,
    cache_control: Option<String>,
    body: String,
}

/// Sends a request to the running page over HTTP, on a connection of its own.
async fn send(page: &Page, request: Request<Body>) -> Reply {
    let (mut parts, body) = request.into_parts();
    parts.uri = page.app.url(&parts.uri.to_string()).parse().unwrap();
    let client = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(0)
        .build_http::<Body>();
    let response = client
        .request(Request::from_parts(parts, body))
        .await
        .unwrap();
    let status = response.status();
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let (location, cookie) = (header(header::LOCATION), header(header::SET_COOKIE));
    let cache_control = header(header::CACHE_CONTROL);
    let body = String::from_utf8_lossy(&response.into_body().collect().await.unwrap().to_bytes())
        .into_owned();
    Reply {
        status,
        location,
        cookie,
        cache_control,
        body,
    }
}

fn get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut request = Request::get(path);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::empty()).unwrap()
}

fn post(path: &str, cookie: Option<&str>, form: &str) -> Request<Body> {
    let mut request =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::from(form.to_string())).unwrap()
}

/// Opens the login form as a browser would: returns (its cookie, its CSRF token).
async fn login_form(page: &Page) -> (String, String) {
    let form = send(page, get("/login", None)).await;
    let cookie = form.cookie.expect("the login form sets its token cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let cookie = cookie.split(';').next().unwrap().to_string();
    (cookie, csrf_in(&form.body))
}

fn csrf_in(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .expect("the page has a CSRF field")
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

/// Logs in and returns (cookie, csrf token).
async fn login(page: &Page) -> (String, String) {
    let (form_cookie, form_csrf) = login_form(page).await;
    let reply = send(
        page,
        post(
            "/login",
            Some(&form_cookie),
            &format!("name=dana&password=correct+horse+battery&csrf={form_csrf}"),
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let cookie = reply.cookie.unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let cookie = cookie.split(';').next().unwrap().to_string();
    let queue = send(page, get("/", Some(&cookie))).await;
    (cookie, csrf_in(&queue.body))
}

#[tokio::test]
async fn no_page_can_be_reached_without_logging_in() {
    let page = page().await;
    for path in [
        "/",
        "/drafts/1",
        "/history",
        "/rules",
        "/stats",
        "/rules/export.tar",
        "/no-such-page",
    ] {
        let reply = send(&page, get(path, None)).await;
        assert_eq!(
            reply.location.as_deref(),
            Some("/login"),
            "{path} must redirect to the login"
        );
    }
    for path in ["/api/drafts", "/api/drafts/1"] {
        assert_eq!(
            send(&page, get(path, None)).await.status,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
    let forged = send(&page, get("/", Some("doorman_session=forged"))).await;
    assert_eq!(forged.location.as_deref(), Some("/login"));
    assert_eq!(send(&page, get("/healthz", None)).await.body, "ok\n");
}

#[tokio::test]
async fn opening_the_login_page_again_keeps_the_form_already_open_valid() {
    // A second tab, or the browser fetching /favicon.ico and landing on the login page, must
    // not make the form a person is typing into fail.
    let page = page().await;
    let (cookie, csrf) = login_form(&page).await;
    let again = send(&page, get("/login", Some(&cookie))).await;
    assert_eq!(csrf_in(&again.body), csrf);
    let reply = send(
        &page,
        post(
            "/login",
            Some(&cookie),
            &format!("name=dana&password=correct+horse+battery&csrf={csrf}"),
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
}

#[tokio::test]
async fn a_wrong_password_is_refused_and_repeated_failures_are_rate_limited() {
    let page = page().await;
    let (form_cookie, csrf) = login_form(&page).await;
    for _ in 0..5 {
        let reply = send(
            &page,
            post(
                "/login",
                Some(&form_cookie),
                &format!("name=dana&password=wrong&csrf={csrf}"),
            ),
        )
        .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert!(reply.cookie.is_none());
    }
    let limited = send(
        &page,
        post(
            "/login",
            Some(&form_cookie),
            &format!("name=dana&password=correct+horse+battery&csrf={csrf}"),
        ),
    )
    .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_login_posted_from_another_site_is_refused() {
    // Without the token from our own login form, a page elsewhere could log a visitor into an
    // account of its choosing and watch what they approve.
    let page = page().await;
    let (form_cookie, csrf) = login_form(&page).await;
    for (cookie, body) in [
        (None, "name=dana&password=correct+horse+battery".to_string()),
        (
            None,
            format!("name=dana&password=correct+horse+battery&csrf={csrf}"),
        ),
        (
            Some(form_cookie.as_str()),
            "name=dana&password=correct+horse+battery&csrf=guess".to_string(),
        ),
    ] {
        let reply = send(&page, post("/login", cookie, &body)).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{body}");
        assert!(
            !reply
                .cookie
                .as_deref()
                .unwrap_or_default()
                .starts_with("doorman_session="),
            "no session for a forged login"
        );
        assert!(reply.body.contains("expired"), "{}", reply.body);
    }
}

#[tokio::test]
async fn a_form_posted_without_a_csrf_token_is_refused() {
    let page = page().await;
    let Recorded::New {
        draft: Some(id), ..
    } = add_mail(
        &page.store,
        &std::fs::read(repo().join("tests/fixtures/engage-reply-to.eml")).unwrap(),
    )
    .await
    else {
        panic!()
    };
    let (cookie, csrf) = login(&page).await;
    let forged = send(
        &page,
        post(
            &format!("/drafts/{id}/approve"),
            Some(&cookie),
            "body=sneaky",
        ),
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let wrong = send(
        &page,
        post(&format!("/drafts/{id}/approve"), Some(&cookie), "csrf=0000"),
    )
    .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert_eq!(
        page.store.draft(id).await.unwrap().summary.state,
        DraftState::Pending,
        "nothing changed"
    );
    let approved = send(
        &page,
        post(
            &format!("/drafts/{id}/approve"),
            Some(&cookie),
            &format!("csrf={csrf}"),
        ),
    )
    .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    let detail = page.store.draft(id).await.unwrap();
    assert_eq!(detail.summary.state, DraftState::Approved);
    assert!(
        detail
            .history
            .iter()
            .any(|e| e.action == "approved" && e.actor == "dana")
    );
}

#[tokio::test]
async fn the_queue_shows_best_prospects_first() {
    let page = page().await;
    let clarify = b"From: Sam <sam@vague.example>\r\nSubject: IT\r\nMessage-ID: <c1@vague.example>\r\n\r\nCan you help with our IT? Not sure what we need.\r\n";
    add_mail(&page.store, clarify).await;
    add_mail(
        &page.store,
        &std::fs::read(repo().join("tests/fixtures/engage-reply-to.eml")).unwrap(),
    )
    .await;
    let (cookie, _) = login(&page).await;
    let queue = send(&page, get("/", Some(&cookie))).await.body;
    let engage = queue.find("outcome engage").unwrap();
    let clarify = queue.find("outcome clarify").unwrap();
    assert!(engage < clarify, "engage comes before clarify");
}

#[tokio::test]
async fn a_prospects_markup_and_template_syntax_show_as_plain_text() {
    let page = page().await;
    let raw = b"From: Mallory <m@evil.example>\r\nSubject: <b>Quote</b> {{ 7*7 }}\r\nMessage-ID: <x1@evil.example>\r\n\r\nWe need a quote for 20 laptops. <script>alert('owned')</script> {{ 7*7 }} {% raw %}\r\n";
    let Recorded::New {
        draft: Some(id), ..
    } = add_mail(&page.store, raw).await
    else {
        panic!("a draft is expected")
    };
    let (cookie, _) = login(&page).await;
    let html = send(&page, get(&format!("/drafts/{id}"), Some(&cookie)))
        .await
        .body;
    assert!(!html.contains("<script>alert"), "markup must be escaped");
    assert!(html.contains("&lt;script&gt;alert("), "and still shown");
    assert!(
        html.contains("{{ 7*7 }}") && !html.contains(">49<"),
        "template syntax is never evaluated"
    );
    let draft = page.store.draft(id).await.unwrap();
    assert!(
        !draft.reply.body.contains("49"),
        "not in the reply either: {}",
        draft.reply.body
    );
}

#[tokio::test]
async fn hits_are_highlighted_in_the_prospects_text() {
    let page = page().await;
    let raw = b"From: Vic <vic@pushy.example>\r\nSubject: server\r\nMessage-ID: <v1@pushy.example>\r\n\r\nWe need our server looked at. Come tomorrow or\r\nnever.\r\n";
    let Recorded::New {
        draft: Some(id), ..
    } = add_mail(&page.store, raw).await
    else {
        panic!()
    };
    let (cookie, _) = login(&page).await;
    let html = send(&page, get(&format!("/drafts/{id}"), Some(&cookie)))
        .await
        .body;
    let marked_by_ultimatum = html
        .split("<mark title=\"")
        .skip(1)
        .filter(|m| m.split('"').next().unwrap().contains("ultimatum"))
        .any(|m| {
            let marked = m.split("</mark>").next().unwrap();
            marked.contains("tomorrow or") && marked.ends_with("never")
        });
    assert!(marked_by_ultimatum, "{html}");
}

#[tokio::test]
async fn the_api_needs_a_token_and_does_what_the_page_does() {
    let page = page().await;
    let Recorded::New {
        draft: Some(id), ..
    } = add_mail(
        &page.store,
        &std::fs::read(repo().join("tests/fixtures/engage-reply-to.eml")).unwrap(),
    )
    .await
    else {
        panic!()
    };
    let token = page.store.add_token("script").await.unwrap();
    let auth = |request: axum::http::request::Builder| {
        request.header(header::AUTHORIZATION, format!("Bearer {token}"))
    };
    let list = send(
        &page,
        auth(Request::get("/api/drafts"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(list.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&list.body).unwrap();
    assert_eq!(json["drafts"][0]["id"], id.0);
    let put = send(
        &page,
        auth(Request::put(format!("/api/drafts/{id}/body")))
            .body(Body::from("Hello Ann,\n\nShorter.\n"))
            .unwrap(),
    )
    .await;
    assert_eq!(put.status, StatusCode::OK, "{}", put.body);
    let bad = send(
        &page,
        Request::post(format!("/api/drafts/{id}/approve"))
            .header(header::AUTHORIZATION, "Bearer nope")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    let approve = send(
        &page,
        auth(Request::post(format!("/api/drafts/{id}/approve")))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(approve.status, StatusCode::OK, "{}", approve.body);
    let again = send(
        &page,
        auth(Request::post(format!("/api/drafts/{id}/reject")))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(
        page.store.draft(id).await.unwrap().reply.body,
        "Hello Ann,\n\nShorter.\n"
    );
}

#[tokio::test]
async fn rule_agreement_counts_the_decisions_people_took() {
    let page = page().await;
    let decline = b"From: Vic <vic@pushy.example>\r\nSubject: server\r\nMessage-ID: <a1@pushy.example>\r\n\r\nWe need our server looked at. Come tomorrow or never.\r\n";
    let Recorded::New {
        draft: Some(approved),
        ..
    } = add_mail(&page.store, decline).await
    else {
        panic!()
    };
    let decline2 = b"From: Ula <ula@pushy.example>\r\nSubject: network\r\nMessage-ID: <a2@pushy.example>\r\n\r\nWe need a network. Today or never.\r\n";
    let Recorded::New {
        draft: Some(rewritten),
        ..
    } = add_mail(&page.store, decline2).await
    else {
        panic!()
    };
    let (cookie, csrf) = login(&page).await;
    // One decline approved as is; the other rewritten into an engage, then approved.
    send(
        &page,
        post(
            &format!("/drafts/{approved}/approve"),
            Some(&cookie),
            &format!("csrf={csrf}"),
        ),
    )
    .await;
    let redraft = send(
        &page,
        post(
            &format!("/drafts/{rewritten}/redraft"),
            Some(&cookie),
            &format!("csrf={csrf}&outcome=engage"),
        ),
    )
    .await;
    assert_eq!(redraft.status, StatusCode::SEE_OTHER, "{}", redraft.body);
    send(
        &page,
        post(
            &format!("/drafts/{rewritten}/approve"),
            Some(&cookie),
            &format!("csrf={csrf}"),
        ),
    )
    .await;
    let html = send(&page, get("/rules", Some(&cookie))).await.body;
    let row = html
        .split("<code>ultimatum</code>")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap();
    let cells = number_cells(row);
    // score, fired, approved, agreed, rejected
    assert_eq!(cells, ["5", "2", "2", "50%", "0"], "{row}");
    let tar = send(&page, get("/rules/export.tar", Some(&cookie))).await;
    assert!(
        tar.body.contains("file,label")
            && tar.body.contains(",decline")
            && tar.body.contains(",engage")
    );
}

#[tokio::test]
async fn a_wrong_address_says_so_and_leads_back_to_the_queue() {
    let page = page().await;
    let (cookie, _) = login(&page).await;
    for path in ["/no-such-page", "/drafts/9999"] {
        let reply = send(&page, get(path, Some(&cookie))).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            reply.body.contains("Back to the queue") && reply.body.contains("Log out"),
            "{path}: {}",
            reply.body
        );
    }
}

#[tokio::test]
async fn numbers_and_metrics_render() {
    let page = page().await;
    add_mail(
        &page.store,
        &std::fs::read(repo().join("tests/fixtures/engage-reply-to.eml")).unwrap(),
    )
    .await;
    let (cookie, _) = login(&page).await;
    let stats = send(&page, get("/stats", Some(&cookie))).await;
    assert_eq!(stats.status, StatusCode::OK);
    assert!(stats.body.contains("<svg") && stats.body.contains("engage"));
    assert_eq!(
        send(&page, get("/metrics", None)).await.status,
        StatusCode::UNAUTHORIZED,
        "the numbers are the firm's business: a scraper needs a token"
    );
    let token = page.store.add_token("prometheus").await.unwrap();
    let scrape = Request::get("/metrics")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    let metrics = send(&page, scrape).await.body;
    assert!(
        metrics.contains("doorman_messages_screened_total{outcome=\"engage\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("doorman_drafts{state=\"pending\"} 1"),
        "{metrics}"
    );
}

/// Posts the login form with this name and password from `client` (as a trusted proxy says),
/// on a login form of its own.
async fn log_in_as(page: &Page, client: &str, name: &str, password: &str) -> Reply {
    let (cookie, csrf) = login_form(page).await;
    let body = format!(
        "name={}&password={}&csrf={csrf}",
        urlencode(name),
        urlencode(password)
    );
    let request = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .header("x-forwarded-for", client)
        .body(Body::from(body))
        .unwrap();
    send(page, request).await
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn is_session(reply: &Reply) -> bool {
    reply
        .cookie
        .as_deref()
        .is_some_and(|c| c.starts_with("doorman_session="))
}

#[tokio::test]
async fn a_login_token_the_server_never_issued_gets_no_session() {
    // Issue 11, item 1: a sibling origin set `doorman_login=chosen` and posted `csrf=chosen`.
    let page = page().await;
    let (real, _) = login_form(&page).await;
    let real = real.trim_start_matches("doorman_login=").to_string();
    let (nonce, rest) = real.split_once('.').unwrap();
    let tampered = format!("{}.{rest}", "0".repeat(nonce.len()));
    for chosen in ["aaaa".to_string(), "a".repeat(64), tampered] {
        let reply = send(
            &page,
            post(
                "/login",
                Some(&format!("doorman_login={chosen}")),
                &format!("name=dana&password=correct+horse+battery&csrf={chosen}"),
            ),
        )
        .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{chosen}");
        assert!(!is_session(&reply), "no session for {chosen}");
    }
}

#[tokio::test]
async fn a_login_posted_from_a_sibling_origin_is_refused_even_with_a_token_the_server_issued() {
    // The sibling could fetch a real token from /login and plant it; the browser still says
    // where the form came from.
    let page = page().await;
    let (cookie, csrf) = login_form(&page).await;
    for site in ["same-site", "cross-site"] {
        let request = Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &cookie)
            .header("sec-fetch-site", site)
            .body(Body::from(format!(
                "name=dana&password=correct+horse+battery&csrf={csrf}"
            )))
            .unwrap();
        let reply = send(&page, request).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{site}");
        assert!(!is_session(&reply));
    }
}

#[tokio::test]
async fn a_name_typed_with_spaces_tabs_or_capitals_is_locked_like_the_name() {
    // Issue 11, item 2: after 5 failures for `victim`, "victim " logged in.
    let page = page_behind_proxy().await;
    let victim = UserName::parse("victim").unwrap();
    page.store.set_user(&victim, PASSWORD).await.unwrap();
    for guess in 0..5 {
        let client = format!("203.0.113.{}", guess + 1);
        let reply = log_in_as(&page, &client, "victim", "wrong guess").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    for (i, typed) in [
        "victim", "victim ", "  victim", "\tvictim", "VICTIM", "Victim\n",
    ]
    .iter()
    .enumerate()
    {
        let client = format!("198.51.100.{}", i + 1);
        let reply = log_in_as(&page, &client, typed, PASSWORD).await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS, "{typed:?}");
        assert!(!is_session(&reply), "{typed:?}");
        assert!(
            reply.body.contains("Too many failed logins"),
            "{}",
            reply.body
        );
    }
}

#[tokio::test]
async fn a_name_typed_another_way_logs_in_to_the_same_account() {
    let page = page().await;
    for typed in [" dana", "DANA\t"] {
        let reply = log_in_as(&page, "192.0.2.1", typed, PASSWORD).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{typed:?}: {}",
            reply.body
        );
    }
}

#[tokio::test]
async fn a_huge_typed_name_is_recorded_short() {
    let page = page().await;
    let huge = "x".repeat(100_000);
    let reply = log_in_as(&page, "192.0.2.1", &huge, "wrong").await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let since = chrono::Utc::now() - chrono::Duration::minutes(5);
    let key = format!("user:{}", "x".repeat(UserName::MAX_CHARS));
    assert_eq!(
        page.store.login_failures_since(&key, since).await.unwrap(),
        1
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_failures_lock_the_client_not_everyone() {
    // Issue 11, item 4: every client had the proxy's address, so 5 failures locked everybody.
    let page = page_behind_proxy().await;
    for _ in 0..5 {
        let reply = log_in_as(&page, "203.0.113.66", "nobody", "wrong").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let locked = log_in_as(&page, "203.0.113.66", "dana", PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    // A client that writes its own X-Forwarded-For gets the right-most untrusted hop.
    let spoofed = log_in_as(&page, "192.0.2.7, 203.0.113.66", "dana", PASSWORD).await;
    assert_eq!(spoofed.status, StatusCode::TOO_MANY_REQUESTS);
    let other = log_in_as(&page, "198.51.100.20", "dana", PASSWORD).await;
    assert_eq!(other.status, StatusCode::SEE_OTHER, "{}", other.body);
}

#[tokio::test]
async fn x_forwarded_for_from_a_peer_that_is_no_trusted_proxy_is_ignored() {
    let page = page().await;
    for i in 0..5 {
        let reply = log_in_as(&page, &format!("203.0.113.{i}"), "nobody", "wrong").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let reply = log_in_as(&page, "198.51.100.99", "dana", PASSWORD).await;
    assert_eq!(
        reply.status,
        StatusCode::TOO_MANY_REQUESTS,
        "a new address in the header does not escape the lock"
    );
}

#[tokio::test]
async fn pages_behind_the_login_are_never_cached() {
    // Issue 11, item 5: after logging out, the back button showed the queue.
    let page = page().await;
    let (cookie, _) = login(&page).await;
    for path in ["/", "/history", "/rules", "/stats", "/login"] {
        let reply = send(&page, get(path, Some(&cookie))).await;
        assert_eq!(reply.cache_control.as_deref(), Some("no-store"), "{path}");
    }
    let css = send(&page, get("/static/style.css", None)).await;
    assert_eq!(css.cache_control.as_deref(), Some("public, max-age=3600"));
}

#[tokio::test]
async fn doorman_user_add_refuses_empty_and_control_character_names() {
    let page = page().await;
    let add = |name: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_doorman"))
            .arg("--config")
            .arg(page.app.config_path())
            .args(["user", "add", name])
            .env("DOORMAN_PASSWORD", PASSWORD)
            .output()
            .unwrap()
    };
    for bad in ["", "  ", "da\nna", "da\tna", &"n".repeat(65)] {
        let output = add(bad);
        assert!(!output.status.success(), "{bad:?} was accepted");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains("cannot add user"), "{said}");
    }
    let output = add("  Sam  ");
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("user sam can log in"));
    let reply = log_in_as(&page, "192.0.2.1", "sam", PASSWORD).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
}

/// The numbers in a table row: the text of each `<td class="num" ...>` cell.
fn number_cells(row: &str) -> Vec<&str> {
    row.split("<td class=\"num\"")
        .skip(1)
        .map(|c| c.split_once('>').unwrap().1.split('<').next().unwrap())
        .collect()
}

/// The row of one rule on the rules page.
fn rule_row<'a>(html: &'a str, rule: &str) -> &'a str {
    html.split(&format!("<code>{rule}</code>"))
        .nth(1)
        .unwrap_or_else(|| panic!("no row for {rule}"))
        .split("</tr>")
        .next()
        .unwrap()
}

fn corpus_mail(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("tests/corpus/messages").join(name)).unwrap()
}

async fn new_draft(store: &Store, raw: &[u8]) -> doorman::queue::DraftId {
    match add_mail(store, raw).await {
        Recorded::New {
            draft: Some(id), ..
        } => id,
        other => panic!("no draft: {other:?}"),
    }
}

#[tokio::test]
async fn the_rules_page_counts_the_decisions_taken_and_who_took_them() {
    // Issue 11, items 10-12: a marker showed "Approved 0", a token's approval was a person's,
    // and the period counted screening dates.
    let page = page().await;
    let by_person = new_draft(&page.store, &corpus_mail("013-new-office-30-desks.eml")).await;
    let by_token = new_draft(&page.store, &corpus_mail("075-m365-migration-25-users.eml")).await;
    let rejected = new_draft(
        &page.store,
        &corpus_mail("057-can-you-help-with-our-it.eml"),
    )
    .await;
    let undecided = new_draft(
        &page.store,
        &std::fs::read(repo().join("tests/fixtures/engage-reply-to.eml")).unwrap(),
    )
    .await;
    let (cookie, csrf) = login(&page).await;
    let approve = send(
        &page,
        post(
            &format!("/drafts/{by_person}/approve"),
            Some(&cookie),
            &format!("csrf={csrf}"),
        ),
    )
    .await;
    assert_eq!(approve.status, StatusCode::SEE_OTHER);
    let token = page.store.add_token("script").await.unwrap();
    let api = send(
        &page,
        Request::post(format!("/api/drafts/{by_token}/approve"))
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(api.status, StatusCode::OK);
    send(
        &page,
        post(
            &format!("/drafts/{rejected}/reject"),
            Some(&cookie),
            &format!("csrf={csrf}&reason=already+a+customer"),
        ),
    )
    .await;
    let html = send(&page, get("/rules", Some(&cookie))).await.body;
    let said = html
        .split("<p class=\"decided\">")
        .nth(1)
        .unwrap()
        .split("</p>")
        .next()
        .unwrap();
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.starts_with("3 drafts decided"), "{said}");
    assert!(
        said.contains("approved 1 by a person, 1 with an API token;"),
        "{said}"
    );
    assert!(said.contains("rejected 1 by a person."), "{said}");
    assert!(said.contains("4 messages were screened"), "{said}");
    // The marker fired on every one of the four; three were decided, two of them approved.
    let marker = rule_row(&html, "asks-for-something");
    assert_eq!(
        number_cells(marker),
        ["0", "3", "2", "marker", "1"],
        "{marker}"
    );
    assert_eq!(
        page.store.draft(undecided).await.unwrap().summary.state,
        DraftState::Pending
    );
}

#[tokio::test]
async fn the_numbers_page_counts_skipped_mail_apart_from_prospects() {
    // Issue 11, item 13: a newsletter was counted among the prospects.
    let page = page().await;
    new_draft(&page.store, &corpus_mail("013-new-office-30-desks.eml")).await;
    let newsletter = add_mail(
        &page.store,
        &corpus_mail("098-chamber-of-commerce-newsletter.eml"),
    )
    .await;
    assert!(matches!(newsletter, Recorded::New { draft: None, .. }));
    let (cookie, _) = login(&page).await;
    let html = send(&page, get("/stats", Some(&cookie))).await.body;
    assert!(html.contains("1 prospects"), "{html}");
    let apart = html.split("class=\"hint not-prospects\">").nth(1).unwrap();
    assert!(
        apart.starts_with("Not prospects, and not in the chart: skip 1"),
        "{apart}"
    );
    assert!(
        !html.contains(" skip: 1</title>"),
        "the chart leaves skipped mail out"
    );
}

#[tokio::test]
async fn the_history_lists_decided_drafts_with_their_reasons_and_filters_by_state() {
    // Issue 11, item 14.
    let page = page().await;
    let approved = new_draft(&page.store, &corpus_mail("013-new-office-30-desks.eml")).await;
    let rejected = new_draft(
        &page.store,
        &corpus_mail("057-can-you-help-with-our-it.eml"),
    )
    .await;
    let pending = new_draft(&page.store, &corpus_mail("075-m365-migration-25-users.eml")).await;
    let (cookie, csrf) = login(&page).await;
    send(
        &page,
        post(
            &format!("/drafts/{approved}/approve"),
            Some(&cookie),
            &format!("csrf={csrf}"),
        ),
    )
    .await;
    send(
        &page,
        post(
            &format!("/drafts/{rejected}/reject"),
            Some(&cookie),
            &format!("csrf={csrf}&reason=already+a+customer"),
        ),
    )
    .await;
    let link = |id| format!("<a href=\"/drafts/{id}\">{id}</a>");
    let html = send(&page, get("/history", Some(&cookie))).await.body;
    assert!(html.contains("Decided drafts"), "{html}");
    assert!(html.contains(&link(approved)) && html.contains(&link(rejected)));
    assert!(
        !html.contains(&link(pending)),
        "a pending draft is no decision"
    );
    assert!(
        html.contains("<td data-label=\"Note\" class=\"note\">already a customer</td>"),
        "{html}"
    );
    assert!(html.contains("class=\"state rejected\"") && html.contains("class=\"state approved\""));
    let only = send(&page, get("/history?state=rejected", Some(&cookie)))
        .await
        .body;
    assert!(only.contains(&link(rejected)) && !only.contains(&link(approved)));
    let queue = send(&page, get("/?state=approved", Some(&cookie)))
        .await
        .body;
    assert!(queue.contains("Drafts approved") && queue.contains(&link(approved)));
    assert!(!queue.contains(&link(pending)));
    let css = send(&page, get("/static/style.css", None)).await.body;
    let colours: std::collections::HashSet<&str> =
        ["sent", "rejected", "failed", "check", "approved"]
            .iter()
            .map(|state| {
                css.split(&format!(".state.{state} {{"))
                    .nth(1)
                    .unwrap_or_else(|| panic!("no colour for {state}"))
                    .split('}')
                    .next()
                    .unwrap()
            })
            .collect();
    assert_eq!(colours.len(), 5, "each state has a badge of its own");
}

#[tokio::test]
async fn a_bad_number_in_the_address_gets_the_pages_own_words() {
    // Issue 11, item 15: "Cannot parse `abc` to a `i64`".
    let page = page().await;
    let (cookie, csrf) = login(&page).await;
    for (path, status, words) in [
        (
            "/drafts/abc",
            StatusCode::NOT_FOUND,
            "is not a draft number",
        ),
        ("/drafts/-3", StatusCode::NOT_FOUND, "is not a draft number"),
        (
            "/rules?days=abc",
            StatusCode::BAD_REQUEST,
            "is not a number of days",
        ),
        (
            "/stats?days=1e9",
            StatusCode::BAD_REQUEST,
            "is not a number of days",
        ),
        (
            "/rules/export.tar?days=x",
            StatusCode::BAD_REQUEST,
            "is not a number of days",
        ),
        (
            "/history?state=bogus",
            StatusCode::BAD_REQUEST,
            "unknown state",
        ),
        ("/?state=bogus", StatusCode::BAD_REQUEST, "unknown state"),
    ] {
        let reply = send(&page, get(path, Some(&cookie))).await;
        assert_eq!(reply.status, status, "{path}");
        assert!(reply.body.contains(words), "{path}: {}", reply.body);
        assert!(
            reply.body.contains("Back to the queue") && reply.body.contains("Log out"),
            "{path}"
        );
        assert!(!reply.body.contains("Cannot parse"), "{path}");
    }
    let posted = send(
        &page,
        post(
            "/drafts/abc/approve",
            Some(&cookie),
            &format!("csrf={csrf}"),
        ),
    )
    .await;
    assert_eq!(posted.status, StatusCode::BAD_REQUEST);
    assert!(
        posted.body.contains("is not a draft number"),
        "{}",
        posted.body
    );
}
