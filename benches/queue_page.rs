//! How long the approval page takes to render the queue with 500 pending drafts, over the
//! real router and a real SQLite store. Run with `cargo bench --bench queue_page`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{Request, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use doorman::queue::{Incoming, Store};

const DRAFTS: usize = 500;

#[tokio::main]
async fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let screener = doorman::cli::RuleArgs::default()
        .screener(&repo.join("doorman.yaml"))
        .expect("shipped config");
    let dir = tempfile::tempdir().unwrap();
    let mut config = screener.config.clone();
    config.store = dir.path().join("doorman.sqlite");
    let config = Arc::new(config);
    let store = Store::open(&config.store).await.unwrap();

    // 500 distinct prospect requests from the labelled corpus, varied by sender and id.
    let corpus: Vec<Vec<u8>> = std::fs::read_dir(repo.join("tests/corpus/messages"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    let mut recorded = 0;
    let mut i = 0;
    while recorded < DRAFTS {
        let original = &corpus[i % corpus.len()];
        // A fresh Message-ID makes each copy a new message for the store.
        let text = String::from_utf8_lossy(original);
        let rest: String = text
            .split_inclusive('\n')
            .filter(|l| !l.to_ascii_lowercase().starts_with("message-id:"))
            .collect();
        let raw = format!("Message-ID: <bench-{i}@prospect.example>\r\n{rest}").into_bytes();
        let screening = screener.screen(&raw, &Default::default());
        if matches!(
            &screening,
            doorman::screener::Screening::Screened { draft: Some(_), .. }
        ) {
            let outcome = store
                .record(&Incoming {
                    mailbox: "sales".into(),
                    uid_validity: None,
                    uid: None,
                    raw,
                    screening,
                    // Copies of the same few messages: threading them would fold them together.
                    envelope: None,
                })
                .await
                .unwrap();
            recorded += usize::from(matches!(
                outcome,
                doorman::queue::Recorded::New { draft: Some(_), .. }
            ));
        }
        i += 1;
    }
    let bench = doorman::queue::UserName::parse("bench").unwrap();
    store.set_user(&bench, "bench-password-1").await.unwrap();
    let user_id = store
        .check_password(&bench, "bench-password-1")
        .await
        .unwrap()
        .expect("the bench user logs in");
    let session = store
        .create_session(user_id, chrono::Duration::hours(1))
        .await
        .unwrap();
    let live = doorman::screener::LiveScreener::load(config.clone()).unwrap();
    let app = doorman::web::router(doorman::web::WebState::new(store.clone(), config, live))
        .layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 1))));

    assert_eq!(
        store
            .drafts(Some(doorman::queue::DraftState::Pending), 10_000)
            .await
            .unwrap()
            .len(),
        DRAFTS
    );
    let mut times = Vec::new();
    let mut size = 0;
    for round in 0..25 {
        let request = Request::get("/")
            .header(header::COOKIE, format!("doorman_session={}", session.id))
            .body(Body::empty())
            .unwrap();
        let start = Instant::now();
        let response = app.clone().oneshot(request).await.unwrap();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let elapsed = start.elapsed();
        size = body.len();
        if round > 0 {
            times.push(elapsed);
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "queue page with {DRAFTS} pending drafts: median {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} KB of HTML)",
        ms(times[times.len() / 2]),
        ms(times[times.len() * 95 / 100]),
        ms(*times.last().unwrap()),
        size / 1024
    );
}
