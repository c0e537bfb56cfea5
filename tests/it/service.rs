//! `doorman run` on the embedded defaults: a Maildir in, SQLite, a folder outbox out.

use std::path::Path;
use std::process::Command;

use crate::helpers::repo;

/// A copy of the shipped config pointing at a fresh Maildir, store and outbox.
pub fn sandbox(messages: &[&Path]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(dir.path().join("inbox").join(sub)).unwrap();
    }
    for (i, message) in messages.iter().enumerate() {
        std::fs::copy(
            message,
            dir.path()
                .join(format!("inbox/new/{}.{i}.test", 1_700_000_000 + i)),
        )
        .unwrap();
    }
    let shipped = std::fs::read_to_string(repo().join("doorman.yaml")).unwrap();
    let config = shipped
        .replace(
            "rules: rules",
            &format!("rules: {}", repo().join("rules").display()),
        )
        .replace(
            "templates: templates",
            &format!("templates: {}", repo().join("templates").display()),
        )
        .replace("maildir: samples/inbox", "maildir: inbox");
    std::fs::write(dir.path().join("doorman.yaml"), config).unwrap();
    dir
}

pub fn doorman(dir: &Path, args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_doorman"))
        .arg("--config")
        .arg(dir.join("doorman.yaml"))
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

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

#[test]
fn run_once_screens_the_inbox_queues_drafts_and_sends_only_what_was_approved() {
    let engage = repo().join("tests/fixtures/engage-reply-to.eml");
    let newsletter = repo()
        .join("tests/corpus/messages")
        .read_dir()
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("List-Unsubscribe")))
        .unwrap();
    let dir = sandbox(&[&engage, &newsletter]);

    let (ok, out) = doorman(dir.path(), &["run", "--once"]);
    assert!(ok, "{out}");
    assert!(
        out.contains("screened 2 new message(s), 1 draft(s) queued"),
        "{out}"
    );
    let (_, queue) = doorman(dir.path(), &["queue"]);
    assert!(
        queue.contains("pending") && queue.contains("engage"),
        "{queue}"
    );
    let outbox = dir.path().join("outbox");
    assert!(
        !outbox.exists() || outbox.read_dir().unwrap().count() == 0,
        "nothing leaves without approval"
    );

    // A second pass finds nothing new: every message is screened once.
    let (_, out) = doorman(dir.path(), &["run", "--once"]);
    assert!(out.contains("screened 0 new message(s)"), "{out}");

    let (ok, out) = doorman(dir.path(), &["approve", "1", "--by", "dana"]);
    assert!(ok, "{out}");
    let (ok, out) = doorman(dir.path(), &["run", "--once"]);
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
    let (_, show) = doorman(dir.path(), &["show", "1"]);
    assert!(
        show.contains("[sent]") && show.contains("approved") && show.contains("dana"),
        "{show}"
    );
}
