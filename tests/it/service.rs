//! `doorman run` on the embedded defaults: a Maildir in, SQLite, a folder outbox out.

use crate::helpers::{AppOptions, Boot, repo, spawn_app};

#[test]
fn the_example_config_documents_only_real_keys() {
    let path = repo().join("deploy/doorman.example.yaml");
    let config = doorman::config::Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.mailboxes.len(), 1);
    assert!(matches!(
        config.outbox,
        doorman::config::OutboxSettings::Smtp(_)
    ));
}

#[tokio::test]
async fn run_once_screens_the_inbox_queues_drafts_and_sends_only_what_was_approved() {
    let engage = repo().join("tests/fixtures/engage-reply-to.eml");
    let newsletter = repo()
        .join("tests/corpus/messages")
        .read_dir()
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("List-Unsubscribe")))
        .unwrap();
    let app = spawn_app(AppOptions {
        maildir: &[&engage, &newsletter],
        boot: Boot::Later,
        ..Default::default()
    })
    .await;

    let (ok, out) = app.doorman(&["run", "--once"]);
    assert!(ok, "{out}");
    assert!(
        out.contains("screened 2 new message(s), 1 draft(s) queued"),
        "{out}"
    );
    let (_, queue) = app.doorman(&["queue"]);
    assert!(
        queue.contains("pending") && queue.contains("engage"),
        "{queue}"
    );
    let outbox = app.outbox();
    assert!(
        !outbox.exists() || outbox.read_dir().unwrap().count() == 0,
        "nothing leaves without approval"
    );

    // A second pass finds nothing new: every message is screened once.
    let (_, out) = app.doorman(&["run", "--once"]);
    assert!(out.contains("screened 0 new message(s)"), "{out}");

    let (ok, out) = app.doorman(&["approve", "1", "--by", "dana"]);
    assert!(ok, "{out}");
    let (ok, out) = app.doorman(&["run", "--once"]);
    assert!(ok && out.contains("sent 1"), "{out}");
    let sent: Vec<_> = outbox
        .read_dir()
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(sent.len(), 1);
    let reply = doorman::message::Message::parse(&std::fs::read(&sent[0]).unwrap()).unwrap();
    assert_eq!(
        reply.in_reply_to.unwrap().as_ref(),
        "req-1@acme-dental.example"
    );
    let (_, show) = app.doorman(&["show", "1"]);
    assert!(
        show.contains("[sent]") && show.contains("approved") && show.contains("dana"),
        "{show}"
    );
}

#[tokio::test]
async fn run_and_serve_stop_cleanly_on_sigterm() {
    let mut app = spawn_app(AppOptions {
        web: true,
        boot: Boot::Later,
        ..Default::default()
    })
    .await;
    app.serve_process();
    assert_eq!(
        app.get("/healthz"),
        (200, "ok\n".to_string()),
        "{}",
        app.log()
    );
    assert!(
        app.stop(),
        "SIGTERM ends `doorman serve` cleanly:\n{}",
        app.log()
    );

    app.start_process();
    assert_eq!(app.get("/healthz").0, 200, "{}", app.log());
    assert!(
        app.stop(),
        "SIGTERM ends `doorman run` cleanly:\n{}",
        app.log()
    );
}
