//! Approved replies leave through the real Postfix submission service, and every way that can
//! fail is reported as worth retrying or not.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use doorman::config::{Config, Credentials, OutboxSettings, SmtpSettings, TlsMode};
use doorman::drafts::{Draft, new_message_id};
use doorman::message::{EmailAddress, Mailbox, MessageId};
use doorman::outbox::{Outbox, Outgoing, SendError, SmtpOutbox};
use doorman::rules::RuleId;

use crate::servers::{Stack, stack};

/// Mail through Postfix and Dovecot usually lands in well under a second.
const DELIVERY: Duration = Duration::from_secs(20);

/// The firm is sales@ at the test domain, so Postfix accepts it as an authenticated sender.
fn config(stack: &Stack) -> Config {
    let yaml = format!(
        "firm:\n  name: Northwind IT\n  from: Northwind IT <{}>\n",
        stack.sales
    );
    Config::from_yaml(&yaml, Path::new("doorman.yaml"), Path::new(".")).expect("test config")
}

/// An approved reply to `to`, formatted exactly as doorman sends it.
fn reply(stack: &Stack, to: &str) -> Outgoing {
    let config = config(stack);
    let message_id = new_message_id(&config.firm);
    let asked = MessageId::parse(&format!("question.{message_id}")).unwrap();
    let draft = Draft {
        outcome: RuleId::parse("engage").unwrap(),
        to: Mailbox::parse(&format!("Pat Prospect <{to}>")).unwrap(),
        cc: Vec::new(),
        subject: "Re: Network for our new office".into(),
        in_reply_to: Some(asked.clone()),
        references: vec![asked],
        body: "Hello Pat,\n\nthank you for asking. Grüße from Northwind IT.\n".into(),
    };
    let email = draft
        .to_email(&config, &message_id, SystemTime::now())
        .expect("reply builds");
    Outgoing {
        message_id,
        from: config.firm.from.address.clone(),
        to: vec![EmailAddress::parse(to).unwrap()],
        bytes: email.formatted(),
    }
}

/// The stack's password, from the environment its env.sh set.
fn password_env(stack: &Stack) -> Credentials {
    Credentials {
        username: stack.sales.clone(),
        password_env: Some("DOORMAN_TEST_PASSWORD".into()),
        password_file: None,
        oauth2_token_command: None,
    }
}

/// A file holding a password, which a test may rewrite.
fn password_file(stack: &Stack, dir: &Path, password: &str) -> (PathBuf, Credentials) {
    let path = dir.join("smtp-password");
    std::fs::write(&path, format!("{password}\n")).unwrap();
    let auth = Credentials {
        username: stack.sales.clone(),
        password_env: None,
        password_file: Some(path.clone()),
        oauth2_token_command: None,
    };
    (path, auth)
}

fn settings(
    stack: &Stack,
    port: u16,
    tls: TlsMode,
    ca_file: Option<PathBuf>,
    auth: Credentials,
) -> SmtpSettings {
    SmtpSettings {
        host: stack.host.clone(),
        port,
        tls,
        ca_file,
        auth,
    }
}

/// An SMTP outbox that trusts the stack's test CA.
fn trusted(stack: &Stack, port: u16, tls: TlsMode, auth: Credentials) -> Outbox {
    let settings = settings(stack, port, tls, Some(stack.ca.clone()), auth);
    Outbox::from_settings(&OutboxSettings::Smtp(settings)).expect("outbox settings")
}

/// The submission service as doorman is meant to use it: STARTTLS, the test CA, AUTH.
fn submission(stack: &Stack) -> Outbox {
    trusted(
        stack,
        stack.submission_port,
        TlsMode::Starttls,
        password_env(stack),
    )
}

/// Sends a fresh reply to `to` that must fail; why.
async fn failure(stack: &Stack, outbox: &Outbox, to: &str) -> SendError {
    match outbox.send(&reply(stack, to)).await {
        Ok(accepted) => panic!("expected a failure, the server said {}", accepted.response),
        Err(err) => err,
    }
}

async fn transient(stack: &Stack, outbox: &Outbox) -> String {
    match failure(stack, outbox, &stack.prospect).await {
        SendError::Transient(words) => words,
        other => panic!("expected a transient failure, got {other:?}"),
    }
}

async fn permanent(stack: &Stack, outbox: &Outbox, to: &str) -> String {
    match failure(stack, outbox, to).await {
        SendError::Permanent(words) => words,
        other => panic!("expected a permanent failure, got {other:?}"),
    }
}

fn header_line(message: &[u8], name: &str) -> Option<String> {
    let prefix = format!("{}:", name.to_ascii_lowercase());
    String::from_utf8_lossy(message)
        .lines()
        .take_while(|line| !line.is_empty())
        .find(|line| line.to_ascii_lowercase().starts_with(&prefix))
        .map(|line| line.trim_end().to_string())
}

/// The delivered copy of `outgoing` in the prospect's Maildir.
async fn arrived(stack: &Stack, outgoing: &Outgoing) -> Vec<u8> {
    let id_header = format!("Message-ID: {}", outgoing.message_id.bracketed());
    stack
        .delivered(&stack.prospect, &id_header, DELIVERY)
        .await
        .unwrap_or_else(|| {
            panic!(
                "{id_header} did not reach {}'s Maildir within {DELIVERY:?}",
                stack.prospect
            )
        })
}

#[tokio::test]
async fn a_reply_goes_out_through_submission_with_starttls_and_auth() {
    let stack = stack();
    let outgoing = reply(&stack, &stack.prospect);

    let accepted = submission(&stack)
        .send(&outgoing)
        .await
        .expect("Postfix accepts the reply");
    assert!(
        accepted.response.starts_with("250 2.0.0 Ok: queued as "),
        "{}",
        accepted.response
    );

    let delivered = arrived(&stack, &outgoing).await;
    // The threading headers are the draft's own, and the envelope sender is the firm.
    for name in ["Message-ID", "In-Reply-To", "References", "Subject"] {
        assert_eq!(
            header_line(&delivered, name),
            header_line(&outgoing.bytes, name),
            "{name}"
        );
    }
    let return_path = format!("Return-Path: <{}>", stack.sales);
    assert_eq!(header_line(&delivered, "Return-Path"), Some(return_path));
    // Postfix says it came over TLS from an authenticated client.
    let text = String::from_utf8_lossy(&delivered);
    assert!(
        text.contains("(using TLSv1.3") || text.contains("(using TLSv1.2"),
        "{text}"
    );
    assert!(text.contains("Authenticated sender: "), "{text}");
}

#[tokio::test]
async fn a_reply_goes_out_with_an_oauth2_token_over_xoauth2() {
    let stack = stack();
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(
        &token_file,
        stack.oauth2_token(&stack.sales, Duration::from_secs(600)),
    )
    .unwrap();
    let auth = Credentials {
        username: stack.sales.clone(),
        password_env: None,
        password_file: None,
        oauth2_token_command: Some(format!("cat '{}'", token_file.display())),
    };
    let outbox = trusted(&stack, stack.submission_port, TlsMode::Starttls, auth);
    let outgoing = reply(&stack, &stack.prospect);
    outbox
        .send(&outgoing)
        .await
        .expect("Postfix accepts the token through Dovecot SASL");
    arrived(&stack, &outgoing).await;

    // An expired or revoked token is refused for good: a person must renew the credentials.
    std::fs::write(&token_file, stack.forged_oauth2_token(&stack.sales)).unwrap();
    let words = permanent(&stack, &outbox, &stack.prospect).await;
    assert!(words.contains("oauth2_token_command"), "{words}");
}

#[tokio::test]
async fn a_reply_goes_out_through_submissions_with_implicit_tls() {
    let stack = stack();
    let outgoing = reply(&stack, &stack.prospect);
    let outbox = trusted(
        &stack,
        stack.submissions_port,
        TlsMode::Implicit,
        password_env(&stack),
    );

    let accepted = outbox
        .send(&outgoing)
        .await
        .expect("Postfix accepts the reply");
    assert!(
        accepted.response.starts_with("250 "),
        "{}",
        accepted.response
    );
    arrived(&stack, &outgoing).await;
}

#[tokio::test]
async fn implicit_tls_is_refused_when_the_port_speaks_starttls() {
    let stack = stack();
    let outbox = trusted(
        &stack,
        stack.submission_port,
        TlsMode::Implicit,
        password_env(&stack),
    );

    // The plain-text greeting is not a TLS handshake: nothing is sent, and once the settings
    // are fixed the draft can go out.
    let words = transient(&stack, &outbox).await;
    assert!(
        words.contains(&stack.submission_port.to_string()),
        "{words}"
    );
    assert!(words.contains("set tls: starttls"), "{words}");
}

#[tokio::test]
async fn starttls_on_an_implicit_tls_port_gives_up_after_the_timeout() {
    let stack = stack();
    let settings = settings(
        &stack,
        stack.submissions_port,
        TlsMode::Starttls,
        Some(stack.ca.clone()),
        password_env(&stack),
    );
    // Both sides wait for the other to speak first; only the timeout ends it.
    let outbox = Outbox::Smtp(
        SmtpOutbox::new(&settings)
            .unwrap()
            .with_timeout(Duration::from_secs(2)),
    );

    let started = Instant::now();
    let words = transient(&stack, &outbox).await;
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert!(words.contains("no answer within 2 s"), "{words}");
    assert!(words.contains("set tls: implicit"), "{words}");
}

#[tokio::test]
async fn a_wrong_password_is_permanent() {
    let stack = stack();
    let dir = tempfile::tempdir().unwrap();
    let (_, auth) = password_file(&stack, dir.path(), "not-the-password");
    let outbox = trusted(&stack, stack.submission_port, TlsMode::Starttls, auth);

    let words = permanent(&stack, &outbox, &stack.prospect).await;
    assert!(words.starts_with("535 5.7.8 "), "{words}");
}

#[tokio::test]
async fn a_rotated_password_is_used_at_the_next_send() {
    let stack = stack();
    let dir = tempfile::tempdir().unwrap();
    let (path, auth) = password_file(&stack, dir.path(), "the-old-password");
    let outbox = trusted(&stack, stack.submission_port, TlsMode::Starttls, auth);
    permanent(&stack, &outbox, &stack.prospect).await;

    let password = std::env::var("DOORMAN_TEST_PASSWORD").unwrap();
    std::fs::write(&path, format!("{password}\n")).unwrap();
    let outgoing = reply(&stack, &stack.prospect);
    outbox
        .send(&outgoing)
        .await
        .expect("the new password is read without rebuilding the outbox");
    arrived(&stack, &outgoing).await;
}

#[tokio::test]
async fn a_stopped_server_is_transient() {
    let stack = stack();
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind((stack.host.as_str(), 0))
        .and_then(|listener| listener.local_addr())
        .unwrap()
        .port();
    let outbox = trusted(&stack, port, TlsMode::Starttls, password_env(&stack));

    let words = transient(&stack, &outbox).await;
    assert!(words.contains("Connection refused"), "{words}");
}

#[tokio::test]
async fn a_rejected_recipient_is_permanent_with_the_servers_words() {
    let stack = stack();
    // Postfix knows the domain's users (virtual_mailbox_maps) and rejects others at RCPT.
    let stranger = format!("nobody-{}@{}", std::process::id(), stack.domain);

    let words = permanent(&stack, &submission(&stack), &stranger).await;
    assert_eq!(
        words,
        format!(
            "550 5.1.1 <{stranger}>: Recipient address rejected: User unknown in virtual mailbox table"
        )
    );
}

#[tokio::test]
async fn an_untrusted_certificate_is_refused() {
    let stack = stack();
    // No ca_file: the test CA is not among the system roots.
    let settings = settings(
        &stack,
        stack.submission_port,
        TlsMode::Starttls,
        None,
        password_env(&stack),
    );
    let outbox = Outbox::from_settings(&OutboxSettings::Smtp(settings)).unwrap();

    let words = transient(&stack, &outbox).await;
    assert!(words.contains("UnknownIssuer"), "{words}");
    assert!(words.contains("set ca_file"), "{words}");
    let check = outbox.check().await.unwrap_err().to_string();
    assert!(check.contains("UnknownIssuer"), "{check}");
}

#[tokio::test]
async fn the_doctor_check_logs_in_and_sends_nothing() {
    let stack = stack();
    let said = submission(&stack).check().await.expect("the check passes");
    assert!(said.contains("certificate verified, logged in"), "{said}");
    assert!(said.contains(&stack.sales), "{said}");

    let dir = tempfile::tempdir().unwrap();
    let (_, wrong) = password_file(&stack, dir.path(), "not-the-password");
    let outbox = trusted(&stack, stack.submission_port, TlsMode::Starttls, wrong);
    let err = outbox.check().await.unwrap_err().to_string();
    assert!(err.contains("535 5.7.8"), "{err}");
    assert!(!err.contains("not-the-password"), "{err}");
}
