//! The IMAP client against the real Dovecot of the test stack.

use std::time::Duration;

use doorman::config::TlsMode;
use doorman::intake::imap::{ImapClient, ImapError, Wakeup};

use crate::servers::{eventually, stack};

fn prospect_mail(id: &str, subject: &str) -> Vec<u8> {
    format!(
        "From: Ann Lee <ann@acme-dental.example>\r\nTo: sales@example.test\r\nSubject: {subject}\r\nDate: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <{id}>\r\n\r\nWe need a new network for 14 staff.\r\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn fetches_new_mail_without_marking_it_seen_and_marks_it_screened() {
    let stack = stack();
    let user = stack.new_user("sales");
    stack.deliver(
        "ann@acme-dental.example",
        &user,
        &prospect_mail("f1@acme-dental.example", "Network"),
    );
    let settings = stack.mailbox(&user);
    let mut client = ImapClient::connect(&settings).await.unwrap();
    let state = client.select("INBOX").await.unwrap();
    assert!(state.uid_validity > 0);
    // Dovecot lets clients create keywords (PERMANENTFLAGS has \*), so the mark is kept.
    assert!(
        state.keeps_keyword(&settings.keyword),
        "{:?}",
        state.permanent_flags
    );
    let fetched = eventually(
        "the delivered message",
        Duration::from_secs(20),
        async || {
            let found = client.fetch_after(0, 10).await.unwrap();
            (!found.is_empty()).then_some(found)
        },
    )
    .await;
    assert_eq!(fetched.len(), 1);
    assert!(String::from_utf8_lossy(&fetched[0].bytes).contains("f1@acme-dental.example"));
    assert!(
        !fetched[0].flags.iter().any(|f| f == "\\Seen"),
        "fetching must not mark mail read"
    );
    client
        .add_keyword_to(&[fetched[0].uid], "$DoormanScreened")
        .await
        .unwrap();
    assert!(
        client
            .fetch_after(fetched[0].uid, 10)
            .await
            .unwrap()
            .is_empty(),
        "nothing after the last UID"
    );
    let again = client.fetch_after(0, 10).await.unwrap();
    assert!(
        again[0].flags.iter().any(|f| f == "$DoormanScreened"),
        "{:?}",
        again[0].flags
    );
    assert!(!again[0].flags.iter().any(|f| f == "\\Seen"));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn starttls_and_implicit_tls_both_verify_the_test_ca() {
    let stack = stack();
    let user = stack.new_user("sales");
    for (port, tls) in [
        (stack.imap_port, TlsMode::Starttls),
        (stack.imaps_port, TlsMode::Implicit),
    ] {
        let mut settings = stack.mailbox(&user);
        settings.port = port;
        settings.tls = tls;
        let mut client = ImapClient::connect(&settings)
            .await
            .unwrap_or_else(|e| panic!("{tls:?}: {e}"));
        assert!(client.has_idle(), "Dovecot offers IDLE");
        client.select("INBOX").await.unwrap();
        client.logout().await.unwrap();
    }
}

#[tokio::test]
async fn an_unknown_ca_is_refused() {
    let stack = stack();
    let user = stack.new_user("sales");
    let mut settings = stack.mailbox(&user);
    settings.ca_file = None;
    let err = ImapClient::connect(&settings)
        .await
        .err()
        .expect("the test CA is not trusted by default");
    assert!(matches!(err, ImapError::Tls { .. }), "{err}");
    assert!(
        err.to_string().contains("UnknownIssuer")
            || err.to_string().to_lowercase().contains("certificate"),
        "{err}"
    );
}

#[tokio::test]
async fn a_wrong_password_is_a_clear_error() {
    let stack = stack();
    let user = stack.new_user("sales");
    let mut settings = stack.mailbox(&user);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("password");
    std::fs::write(&file, "not-the-password\n").unwrap();
    settings.auth.password_env = None;
    settings.auth.password_file = Some(file);
    let err = ImapClient::connect(&settings)
        .await
        .err()
        .expect("login must fail");
    assert!(matches!(err, ImapError::Login { .. }), "{err}");
    assert!(!err.is_transient());
    assert!(
        err.to_string().contains("password_env"),
        "the error says what to check: {err}"
    );
}

/// Mailbox settings that log in with whatever token `token_file` holds, through a command, as
/// a user would wire up `oauth2l fetch` or their provider's CLI.
fn oauth2_settings(
    stack: &crate::servers::Stack,
    user: &str,
    token_file: &std::path::Path,
) -> doorman::config::MailboxSettings {
    let mut settings = stack.mailbox(user);
    settings.auth.password_env = None;
    settings.auth.oauth2_token_command = Some(format!("cat '{}'", token_file.display()));
    settings
}

#[tokio::test]
async fn xoauth2_logs_in_with_the_token_the_command_prints() {
    let stack = stack();
    let user = stack.new_user("sales");
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(
        &token_file,
        stack.oauth2_token(&user, Duration::from_secs(600)),
    )
    .unwrap();
    let settings = oauth2_settings(&stack, &user, &token_file);
    for tls in [TlsMode::Starttls, TlsMode::Implicit] {
        let mut settings = settings.clone();
        if tls == TlsMode::Implicit {
            settings.tls = tls;
            settings.port = stack.imaps_port;
        }
        let mut client = ImapClient::connect(&settings)
            .await
            .unwrap_or_else(|e| panic!("XOAUTH2 over {tls:?}: {e}"));
        client.select("INBOX").await.unwrap();
        client.logout().await.unwrap();
    }
}

#[tokio::test]
async fn an_oauth2_token_the_server_refuses_is_a_login_error_to_fix() {
    let stack = stack();
    let user = stack.new_user("sales");
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, stack.forged_oauth2_token(&user)).unwrap();
    let err = ImapClient::connect(&oauth2_settings(&stack, &user, &token_file))
        .await
        .err()
        .expect("a token signed with another key must not log in");
    assert!(matches!(err, ImapError::Login { .. }), "{err}");
    assert!(!err.is_transient());
    assert!(err.to_string().contains("oauth2_token_command"), "{err}");

    // A token for somebody else does not open this mailbox either.
    let other = stack.new_user("other");
    std::fs::write(
        &token_file,
        stack.oauth2_token(&other, Duration::from_secs(600)),
    )
    .unwrap();
    assert!(
        ImapClient::connect(&oauth2_settings(&stack, &user, &token_file))
            .await
            .is_err()
    );
}

#[tokio::test]
async fn a_folder_that_does_not_exist_is_a_setting_to_fix_not_an_outage() {
    let stack = stack();
    let user = stack.new_user("sales");
    let mut client = ImapClient::connect(&stack.mailbox(&user)).await.unwrap();
    let err = client
        .select("Sales-Typo")
        .await
        .expect_err("no such folder");
    assert!(matches!(err, ImapError::Select { .. }), "{err}");
    assert!(!err.is_transient(), "retrying fast will not create it");
    assert!(err.to_string().contains("Sales-Typo"), "{err}");
}

#[tokio::test]
async fn append_puts_a_copy_in_sent() {
    let stack = stack();
    let user = stack.new_user("sales");
    let mut client = ImapClient::connect(&stack.mailbox(&user)).await.unwrap();
    client
        .append(
            "Sent",
            &prospect_mail("copy-1@example.test", "Re: Network"),
            &["\\Seen"],
        )
        .await
        .unwrap();
    client.logout().await.unwrap();
    let sent = stack.maildir(&user, "Sent");
    assert!(
        crate::servers::find_in_maildir(&sent, b"copy-1@example.test").is_some(),
        "no copy in {}",
        sent.display()
    );
}

#[tokio::test]
async fn idle_wakes_up_when_mail_arrives() {
    let stack = stack();
    let user = stack.new_user("sales");
    let mut client = ImapClient::connect(&stack.mailbox(&user)).await.unwrap();
    client.select("INBOX").await.unwrap();
    let (_trigger, mut stop) = doorman::shutdown::channel();
    let deliver = {
        let (user, host, port) = (user.clone(), stack.host.clone(), stack.smtp_port);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(500));
            let raw = prospect_mail("idle-1@acme-dental.example", "Idle");
            crate::servers::deliver(&host, port, "ann@acme-dental.example", &user, &raw);
        })
    };
    let woke = client
        .wait_for_news(Duration::from_secs(30), &mut stop)
        .await
        .unwrap();
    assert_eq!(woke, Wakeup::NewData);
    deliver.join().unwrap();
    // A shutdown request ends an IDLE at once, cleanly.
    let (trigger, mut stop) = doorman::shutdown::channel();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        trigger.pull();
    });
    assert_eq!(
        client
            .wait_for_news(Duration::from_secs(30), &mut stop)
            .await
            .unwrap(),
        Wakeup::Shutdown
    );
    client.logout().await.unwrap();
}
