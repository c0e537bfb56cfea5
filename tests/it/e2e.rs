//! `doorman run` end to end, against the real Dovecot and Postfix: prospect mail goes in through
//! Postfix, doorman picks it up over IMAP IDLE, a person approves the draft, and the reply
//! arrives threaded in the prospect's mailbox with a copy in Sent. Then the same with servers
//! restarting under it, bad input, bad rules, and the service killed again and again.

use std::process::Command;
use std::time::Duration;

use doorman::queue::{DraftState, DraftSummary};

use crate::helpers::{AppOptions, Boot, TestApp, spawn_app};
use crate::servers::{Stack, eventually, find_in_maildir, stack, stack_exclusive};

/// `doorman run` as its own process (so it can be killed), for one fresh sales mailbox on the
/// test stack, with its own copy of the rules (so a test can break them).
async fn service(stack: &Stack) -> TestApp {
    spawn_app(AppOptions {
        mail: Some(stack),
        own_rules: true,
        boot: Boot::Later,
        ..Default::default()
    })
    .await
}

fn request(from: &str, to: &str, id: &str) -> Vec<u8> {
    format!(
        "From: Ann Lee <{from}>\r\nTo: {to}\r\nSubject: Network and Microsoft 365 for our new office\r\nDate: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <{id}>\r\nReferences: <first-{id}>\r\n\r\nHello,\r\n\r\nOur accountant recommended you. We are moving our dental practice in May and need\r\nthe network, Wi-Fi and Microsoft 365 set up for 14 staff. Our budget is around\r\n$12,000. Any day next week works for a call.\r\n\r\nThanks,\r\nAnn\r\n"
    )
    .into_bytes()
}

async fn pending_draft(service: &TestApp, within: Duration) -> DraftSummary {
    eventually("a pending draft", within, async || {
        service
            .drafts()
            .await
            .into_iter()
            .find(|d| d.state == DraftState::Pending)
    })
    .await
}

fn header(message: &[u8], name: &str) -> Option<String> {
    doorman::message::Message::parse(message)
        .ok()?
        .headers
        .values(name)
        .next()
        .map(|value| value.into_owned())
}

#[tokio::test]
async fn a_prospect_request_is_screened_approved_and_answered_as_a_threaded_reply() {
    let stack = stack();
    let prospect = stack.new_user("prospect");
    let mut service = service(&stack).await;
    service.start_process();
    tokio::time::sleep(Duration::from_secs(1)).await;
    stack.deliver(
        &prospect,
        &service.sales,
        &request(&prospect, &service.sales, "e2e-1@acme-dental.example"),
    );

    let draft = pending_draft(&service, Duration::from_secs(30)).await;
    assert_eq!(draft.outcome, "engage");
    assert!(
        service.log().contains("uid="),
        "one span per message with its UID:\n{}",
        service.log()
    );
    service.cli(&["approve", &draft.id.to_string(), "--by", "dana"]);

    let reply = stack
        .delivered(
            &prospect,
            "In-Reply-To: <e2e-1@acme-dental.example>",
            Duration::from_secs(30),
        )
        .await
        .unwrap_or_else(|| panic!("no reply arrived; log:\n{}", service.log()));
    assert_eq!(
        header(&reply, "references").unwrap(),
        "<first-e2e-1@acme-dental.example> <e2e-1@acme-dental.example>"
    );
    assert!(
        header(&reply, "subject")
            .unwrap()
            .starts_with("Re: Network")
    );
    let reply_id = header(&reply, "message-id").unwrap();
    let sent = stack.maildir(&service.sales, "Sent");
    eventually("a copy in Sent", Duration::from_secs(20), async || {
        find_in_maildir(&sent, reply_id.as_bytes())
    })
    .await;
    eventually(
        "the draft marked sent",
        Duration::from_secs(10),
        async || {
            service
                .drafts()
                .await
                .into_iter()
                .find(|d| d.id == draft.id && d.state == DraftState::Sent)
        },
    )
    .await;

    // The prospect's message is still unread for the people, and marked as screened.
    let mut client = doorman::intake::imap::ImapClient::connect(&stack.mailbox(&service.sales))
        .await
        .unwrap();
    client.select("INBOX").await.unwrap();
    let inbox = client.fetch_after(0, 10).await.unwrap();
    assert!(
        inbox[0].flags.iter().any(|f| f == "$DoormanScreened"),
        "{:?}",
        inbox[0].flags
    );
    assert!(
        !inbox[0].flags.iter().any(|f| f == "\\Seen"),
        "{:?}",
        inbox[0].flags
    );
    client.logout().await.unwrap();

    assert!(service.stop(), "SIGTERM ends doorman cleanly");
}

#[tokio::test]
async fn a_dovecot_restart_during_idle_is_survived() {
    let stack = stack_exclusive();
    let prospect = stack.new_user("prospect");
    let mut service = service(&stack).await;
    service.start_process();
    tokio::time::sleep(Duration::from_secs(1)).await;
    stack.deliver(
        &prospect,
        &service.sales,
        &request(&prospect, &service.sales, "restart-1@acme-dental.example"),
    );
    pending_draft(&service, Duration::from_secs(30)).await;

    stack.control("DOORMAN_TEST_DOVECOT_RESTART");
    // Dovecot lets running IMAP processes finish their sessions across a restart; a restart
    // that drops every connection (a crash, a reboot) is what doorman must survive, so end
    // them too. The exclusive stack guarantees no other test has a session open.
    let _ = Command::new("pkill").args(["-KILL", "-x", "imap"]).status();
    tokio::time::sleep(Duration::from_secs(1)).await;
    stack.deliver(
        &prospect,
        &service.sales,
        &request(&prospect, &service.sales, "restart-2@acme-dental.example"),
    );
    eventually(
        "the second message after the restart",
        Duration::from_secs(60),
        async || (service.drafts().await.len() == 2).then_some(()),
    )
    .await;
    let log = service.log();
    assert!(
        log.matches(" connected").count() >= 2,
        "doorman reconnected:\n{log}"
    );
    assert_eq!(
        log.matches("IMAP connection lost").count(),
        1,
        "the outage is logged once:\n{log}"
    );
}

#[tokio::test]
async fn after_a_long_dovecot_outage_new_mail_is_screened_within_seconds_of_its_return() {
    let stack = stack_exclusive();
    let prospect = stack.new_user("prospect");
    let mut service = service(&stack).await;
    service.start_process();
    tokio::time::sleep(Duration::from_secs(1)).await;
    stack.control("DOORMAN_TEST_DOVECOT_STOP");
    let _ = Command::new("pkill").args(["-KILL", "-x", "imap"]).status();
    // Long enough for the backoff to reach half a minute.
    tokio::time::sleep(Duration::from_secs(50)).await;
    stack.control("DOORMAN_TEST_DOVECOT_START");
    stack.deliver(
        &prospect,
        &service.sales,
        &request(&prospect, &service.sales, "outage-1@acme-dental.example"),
    );
    // The backoff alone could wait another minute; the probe finds the server sooner.
    pending_draft(&service, Duration::from_secs(30)).await;
    let log = service.log();
    assert_eq!(
        log.matches("IMAP connection lost").count(),
        1,
        "the outage is logged once:\n{log}"
    );
    assert!(log.contains("connected again after"), "and its end:\n{log}");
}

#[tokio::test]
async fn smtp_down_at_send_time_is_retried_and_the_reply_goes_out_once() {
    let stack = stack_exclusive();
    let prospect = stack.new_user("prospect");
    let mut service = service(&stack).await;
    service.start_process();
    tokio::time::sleep(Duration::from_secs(1)).await;
    stack.deliver(
        &prospect,
        &service.sales,
        &request(&prospect, &service.sales, "smtp-down-1@acme-dental.example"),
    );
    let draft = pending_draft(&service, Duration::from_secs(30)).await;

    stack.control("DOORMAN_TEST_POSTFIX_STOP");
    service.cli(&["approve", &draft.id.to_string()]);
    let deferred = eventually("a deferred attempt", Duration::from_secs(30), async || {
        let store = service.store.clone();
        let detail = store.draft(draft.id).await.unwrap();
        (detail.attempts > 0 && detail.summary.last_error.is_some()).then_some(detail)
    })
    .await;
    assert_eq!(
        deferred.summary.state,
        DraftState::Approved,
        "a transient failure keeps the draft approved"
    );
    stack.control("DOORMAN_TEST_POSTFIX_START");

    stack
        .delivered(
            &prospect,
            "In-Reply-To: <smtp-down-1@acme-dental.example>",
            Duration::from_secs(60),
        )
        .await
        .unwrap_or_else(|| panic!("the reply never arrived; log:\n{}", service.log()));
    tokio::time::sleep(Duration::from_secs(3)).await;
    let copies = std::fs::read_dir(stack.maildir(&prospect, "").join("new"))
        .unwrap()
        .count();
    assert_eq!(copies, 1, "sent exactly once");
}

#[tokio::test]
async fn a_message_that_does_not_parse_is_stored_and_flagged_and_intake_continues() {
    let stack = stack();
    let prospect = stack.new_user("prospect");
    let mut service = service(&stack).await;
    // Bytes that are not an email, put straight into the mailbox.
    let mut client = doorman::intake::imap::ImapClient::connect(&stack.mailbox(&service.sales))
        .await
        .unwrap();
    client
        .append(
            "INBOX",
            b"\x00\x01 this is not: an email at all\r\n\r\n\xff\xfe",
            &[],
        )
        .await
        .unwrap();
    client.logout().await.unwrap();
    service.start_process();
    stack.deliver(
        &prospect,
        &service.sales,
        &request(
            &prospect,
            &service.sales,
            "after-garbage@acme-dental.example",
        ),
    );
    pending_draft(&service, Duration::from_secs(30)).await;
    let unparsed = service.store.clone().unparsed().await.unwrap();
    assert_eq!(unparsed.len(), 1, "{unparsed:?}");
    assert!(
        service.log().contains("stored and flagged"),
        "{}",
        service.log()
    );
}

#[tokio::test]
async fn a_bad_rule_file_on_reload_keeps_the_old_rules_in_force() {
    let stack = stack();
    let prospect = stack.new_user("prospect");
    let mut service = service(&stack).await;
    service.start_process();
    eventually(
        "the service to watch its rules",
        Duration::from_secs(30),
        async || {
            service
                .log()
                .contains("watching rules and templates")
                .then_some(())
        },
    )
    .await;
    std::fs::write(
        service.dir.path().join("rules/zz-broken.yaml"),
        "rules:\n  - id: broken\n    description: x\n    when:\n      body: { regex: '(' }\n",
    )
    .unwrap();
    eventually(
        "the reload to be refused",
        Duration::from_secs(10),
        async || {
            service
                .log()
                .contains("keeping the previous set")
                .then_some(())
        },
    )
    .await;
    stack.deliver(
        &prospect,
        &service.sales,
        &request(&prospect, &service.sales, "reload-1@acme-dental.example"),
    );
    let draft = pending_draft(&service, Duration::from_secs(30)).await;
    assert_eq!(
        draft.outcome, "engage",
        "screening goes on with the old rules"
    );
    assert!(
        service.log().contains("zz-broken.yaml:5:"),
        "the log names the file and line:\n{}",
        service.log()
    );
}

#[tokio::test]
async fn a_killed_service_screens_each_message_exactly_once() {
    let stack = stack();
    let mut service = service(&stack).await;
    // More than intake fetches in one round, so that kills also land while one round is
    // recorded and the round before it is marked.
    const MESSAGES: usize = 600;
    let mut client = doorman::intake::imap::ImapClient::connect(&stack.mailbox(&service.sales))
        .await
        .unwrap();
    for i in 0..MESSAGES {
        let raw = request(
            "ann@acme-dental.example",
            &service.sales,
            &format!("kill-{i}@acme-dental.example"),
        );
        client.append("INBOX", &raw, &[]).await.unwrap();
    }
    // The same message delivered twice: still one verdict.
    client
        .append(
            "INBOX",
            &request(
                "ann@acme-dental.example",
                &service.sales,
                "kill-7@acme-dental.example",
            ),
            &[],
        )
        .await
        .unwrap();
    client.logout().await.unwrap();

    let mut seed = 0x9e37_79b9_u64;
    for _ in 0..12 {
        service.start_process();
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        tokio::time::sleep(Duration::from_millis(300 + (seed >> 33) % 1200)).await;
        service.kill(); // SIGKILL, at whatever point it has reached
    }
    let output = service.cli(&["run", "--once"]);
    assert!(output.contains("screened"), "{output}");

    let store = service.store.clone();
    let counts = store.counts().await.unwrap();
    let messages: i64 = counts.by_outcome.iter().map(|(_, n)| n).sum();
    assert_eq!(messages, MESSAGES as i64, "every message once: {counts:?}");
    let drafts = store.drafts(None, 10_000).await.unwrap();
    assert_eq!(drafts.len(), MESSAGES, "one draft per message");
    let screened = store.count_events(&["screened"]).await.unwrap();
    assert_eq!(screened, MESSAGES as i64, "one verdict per message");

    let mut client = doorman::intake::imap::ImapClient::connect(&stack.mailbox(&service.sales))
        .await
        .unwrap();
    client.select("INBOX").await.unwrap();
    let all = client.fetch_after(0, 1000).await.unwrap();
    assert_eq!(all.len(), MESSAGES + 1);
    assert!(
        all.iter()
            .all(|m| m.flags.iter().any(|f| f == "$DoormanScreened")),
        "every message marked"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_sender_killed_again_and_again_never_sends_a_reply_twice_and_explains_every_check() {
    let stack = stack();
    let prospect = stack.new_user("prospect");
    let mut service = service(&stack).await;
    const DRAFTS: usize = 120;
    let mut client = doorman::intake::imap::ImapClient::connect(&stack.mailbox(&service.sales))
        .await
        .unwrap();
    for i in 0..DRAFTS {
        let raw = request(
            &prospect,
            &service.sales,
            &format!("send-kill-{i}@acme-dental.example"),
        );
        client.append("INBOX", &raw, &[]).await.unwrap();
    }
    client.logout().await.unwrap();
    service.cli(&["run", "--once"]);
    let firm = doorman::config::Config::load(&service.config_path())
        .unwrap()
        .firm;
    let drafts = service.drafts().await;
    assert_eq!(drafts.len(), DRAFTS, "{}", service.log());
    for draft in &drafts {
        service
            .store
            .approve(
                draft.id,
                &doorman::queue::Actor::Person("dana".into()),
                &firm,
                None,
            )
            .await
            .unwrap();
    }

    // Kill the sender while it is sending, until at least 20 kills caught a reply mid-send: a
    // few replies after each start, while the next one is claimed and being handed over.
    let mut seed = 0x2545_f491_u64;
    let mut kills = 0;
    let store = service.store.clone();
    let count = async |state: DraftState| store.drafts(Some(state), 10_000).await.unwrap().len();
    while kills < 60 {
        let before = count(DraftState::Sent).await;
        if before == DRAFTS {
            break;
        }
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let wait_for = 1 + (seed >> 33) as usize % 3;
        service.start_process();
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while std::time::Instant::now() < deadline
            && (count(DraftState::Sent).await < (before + wait_for).min(DRAFTS - 1)
                || count(DraftState::Sending).await == 0)
        {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        tokio::time::sleep(Duration::from_millis((seed >> 40) % 8)).await;
        service.kill();
        kills += 1;
        let interrupted = store.count_events(&["interrupted"]).await.unwrap();
        let sending = count(DraftState::Sending).await as i64;
        if interrupted + sending >= 20 {
            break;
        }
    }
    service.cli(&["run", "--once"]);
    let caught = service.store.count_events(&["interrupted"]).await.unwrap();
    let states: Vec<String> = service
        .drafts()
        .await
        .iter()
        .map(|d| d.state.to_string())
        .collect();
    assert!(
        caught >= 20,
        "{caught} of {kills} kills caught a reply mid-send: {states:?}\n{}",
        service.log()
    );

    // What reached the prospect, by the reply's Message-ID.
    let inbox = stack.maildir(&prospect, "");
    let delivered = |id: &str| -> usize {
        let mut count = 0;
        for sub in ["new", "cur"] {
            for entry in std::fs::read_dir(inbox.join(sub)).into_iter().flatten() {
                let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
                let needle = format!("Message-ID: <{id}>");
                count += usize::from(
                    String::from_utf8_lossy(&bytes)
                        .to_ascii_lowercase()
                        .contains(&needle.to_ascii_lowercase()),
                );
            }
        }
        count
    };
    tokio::time::sleep(Duration::from_secs(3)).await;
    stack.control("DOORMAN_TEST_POSTFIX_FLUSH");
    tokio::time::sleep(Duration::from_secs(2)).await;
    for draft in service.drafts().await {
        let detail = service.store.draft(draft.id).await.unwrap();
        let id = detail
            .reply_message_id
            .expect("approved, so it has its Message-ID");
        let copies = delivered(id.as_ref());
        match draft.state {
            DraftState::Sent => assert_eq!(copies, 1, "draft {} sent once", draft.id),
            DraftState::Check => {
                assert!(copies <= 1, "draft {} delivered {copies} times", draft.id);
                let note = draft.last_error.unwrap_or_default();
                assert!(
                    note.contains("may have been delivered") && note.contains(id.as_ref()),
                    "{note}"
                );
                // The person looks, and says what they found.
                let finding = if copies == 1 {
                    "--was-sent"
                } else {
                    "--send-again"
                };
                service.cli(&["resolve", &draft.id.to_string(), finding]);
            }
            state => panic!("draft {} is {state} after the last run", draft.id),
        }
    }
    service.cli(&["run", "--once"]);
    tokio::time::sleep(Duration::from_secs(3)).await;
    for draft in service.drafts().await {
        let id = service
            .store
            .draft(draft.id)
            .await
            .unwrap()
            .reply_message_id
            .unwrap();
        assert_eq!(draft.state, DraftState::Sent);
        assert_eq!(
            delivered(id.as_ref()),
            1,
            "one reply to request {}",
            draft.id
        );
    }
}
