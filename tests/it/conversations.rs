//! Conversations, not messages, on the real Dovecot and Postfix: mail already in the folder at
//! the first start is history, the Sent folder tells doorman what a person answered by hand and
//! whom the firm knows, a prospect's answer to doorman's reply is screened with the whole
//! thread, and a nudge joins the draft it is about. Never two replies to one request.

use std::time::Duration;

use chrono::{TimeZone, Utc};
use doorman::intake::imap::ImapClient;
use doorman::queue::{DraftState, DraftSummary};

use crate::helpers::{AppOptions, Boot, TestApp, spawn_app};
use crate::servers::{Stack, stack};

async fn service(stack: &Stack) -> TestApp {
    spawn_app(AppOptions {
        mail: Some(stack),
        boot: Boot::Later,
        ..Default::default()
    })
    .await
}

/// A clear request a prospect could send, with its Message-ID.
fn request(from: &str, to: &str, id: &str, subject: &str) -> Vec<u8> {
    format!(
        "From: Ann Lee <{from}>\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Tue, 1 Dec 2026 09:00:00 +0000\r\nMessage-ID: <{id}>\r\n\r\nHello,\r\n\r\nWe are moving our dental practice in May and need the network, Wi-Fi and\r\nMicrosoft 365 set up for 14 staff. Our budget is around $12,000. Any day next\r\nweek works for a call.\r\n\r\nThanks,\r\nAnn\r\n"
    )
    .into_bytes()
}

/// A reply a person wrote by hand in their mail client, as it lands in Sent.
fn hand_reply(from: &str, to: &str, answering: &str, subject: &str) -> Vec<u8> {
    format!(
        "From: Dana <{from}>\r\nTo: {to}\r\nSubject: Re: {subject}\r\nDate: Tue, 1 Dec 2026 11:00:00 +0000\r\nMessage-ID: <hand-{answering}>\r\nIn-Reply-To: <{answering}>\r\nReferences: <{answering}>\r\n\r\nHi Ann, happy to help. I will call you tomorrow.\r\n\r\nDana\r\n"
    )
    .into_bytes()
}

async fn imap(stack: &Stack, app: &TestApp) -> ImapClient {
    ImapClient::connect(&stack.mailbox(&app.sales))
        .await
        .unwrap()
}

/// A message put into the inbox, as a delivery would.
async fn arrives(client: &mut ImapClient, raw: &[u8]) {
    client.append("INBOX", raw, &[]).await.unwrap();
}

fn by_subject<'a>(drafts: &'a [DraftSummary], subject: &str) -> Option<&'a DraftSummary> {
    drafts.iter().find(|d| d.subject.contains(subject))
}

#[tokio::test]
async fn mail_already_in_the_folder_gets_no_draft_but_unanswered_mail_from_today_does() {
    let stack = stack();
    let app = service(&stack).await;
    let prospect = "ann@acme-dental.example";
    let mut client = imap(&stack, &app).await;
    let old = Utc.with_ymd_and_hms(2016, 3, 14, 10, 0, 0).unwrap();
    for i in 0..12 {
        let raw = request(
            prospect,
            &app.sales,
            &format!("old-{i}@acme-dental.example"),
            &format!("Old request {i}"),
        );
        client
            .append_dated("INBOX", &raw, &[], Some(old))
            .await
            .unwrap();
    }
    for (id, subject) in [
        ("today-1@acme-dental.example", "Network for the new office"),
        ("today-2@acme-dental.example", "Wi-Fi for the waiting room"),
        ("today-3@acme-dental.example", "Microsoft 365 for our staff"),
    ] {
        client
            .append("INBOX", &request(prospect, &app.sales, id, subject), &[])
            .await
            .unwrap();
    }
    // A person already answered the third from their mail client.
    client
        .append(
            "Sent",
            &hand_reply(
                &app.sales,
                prospect,
                "today-3@acme-dental.example",
                "Microsoft 365 for our staff",
            ),
            &["\\Seen"],
        )
        .await
        .unwrap();
    client.logout().await.unwrap();

    app.cli(&["run", "--once"]);
    let drafts = app.drafts().await;
    assert_eq!(drafts.len(), 2, "{drafts:#?}\n{}", app.log());
    assert!(by_subject(&drafts, "Network for the new office").is_some());
    assert!(by_subject(&drafts, "Wi-Fi for the waiting room").is_some());
    assert!(by_subject(&drafts, "Old request").is_none());

    // Mail that arrives after the first start is screened as usual.
    stack.deliver(
        prospect,
        &app.sales,
        &request(
            prospect,
            &app.sales,
            "later@acme-dental.example",
            "Backups for the practice",
        ),
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    app.cli(&["run", "--once"]);
    assert!(by_subject(&app.drafts().await, "Backups for the practice").is_some());
}

#[tokio::test]
async fn mail_hours_older_than_the_backfill_window_is_history_though_the_server_finds_it_by_day() {
    let stack = stack();
    let app = service(&stack).await;
    let prospect = "ann@acme-dental.example";
    let mut client = imap(&stack, &app).await;
    // IMAP's SEARCH SINCE compares days only: both of these are found by it, and only the
    // one inside the last three days (`backfill_days`' default) is screened.
    let now = Utc::now();
    for (id, subject, arrived) in [
        (
            "outside@acme-dental.example",
            "Printer for reception",
            now - chrono::Duration::hours(3 * 24 + 3),
        ),
        (
            "inside@acme-dental.example",
            "Network for the new office",
            now - chrono::Duration::hours(2 * 24),
        ),
    ] {
        client
            .append_dated(
                "INBOX",
                &request(prospect, &app.sales, id, subject),
                &[],
                Some(arrived),
            )
            .await
            .unwrap();
    }
    client.logout().await.unwrap();
    app.cli(&["run", "--once"]);
    let drafts = app.drafts().await;
    assert_eq!(drafts.len(), 1, "{drafts:#?}\n{}", app.log());
    assert!(by_subject(&drafts, "Network for the new office").is_some());
}

#[tokio::test]
async fn mail_an_earlier_doorman_marked_is_history_to_a_new_store() {
    let stack = stack();
    let app = service(&stack).await;
    let mut client = imap(&stack, &app).await;
    let raw = request(
        "ann@acme-dental.example",
        &app.sales,
        "marked@acme-dental.example",
        "Network for the new office",
    );
    client
        .append("INBOX", &raw, &["$DoormanScreened"])
        .await
        .unwrap();
    client.logout().await.unwrap();
    app.cli(&["run", "--once"]);
    assert!(app.drafts().await.is_empty(), "{}", app.log());
}

#[tokio::test]
async fn a_reply_written_by_hand_closes_the_draft_and_approve_refuses_it() {
    let stack = stack();
    let app = service(&stack).await;
    let prospect = "ann@acme-dental.example";
    let subject = "Network for the new office";
    let mut client = imap(&stack, &app).await;
    arrives(
        &mut client,
        &request(prospect, &app.sales, "hand@acme-dental.example", subject),
    )
    .await;
    app.cli(&["run", "--once"]);
    let draft = app.drafts().await.remove(0);
    assert_eq!(draft.state, DraftState::Pending);

    client
        .append(
            "Sent",
            &hand_reply(&app.sales, prospect, "hand@acme-dental.example", subject),
            &["\\Seen"],
        )
        .await
        .unwrap();
    client.logout().await.unwrap();
    app.cli(&["run", "--once"]);

    let detail = app.store.draft(draft.id).await.unwrap();
    assert_eq!(detail.summary.state, DraftState::Answered, "{}", app.log());
    assert!(
        detail.history.iter().any(|e| e.action == "answered"),
        "{:?}",
        detail.history
    );
    let (ok, said) = app.doorman(&["approve", &draft.id.to_string(), "--by", "dana"]);
    assert!(!ok, "an answered draft cannot be approved: {said}");
}

#[tokio::test]
async fn a_nudge_joins_the_pending_draft_instead_of_getting_a_second_one() {
    let stack = stack();
    let app = service(&stack).await;
    let prospect = "ann@acme-dental.example";
    let subject = "Network for the new office";
    let mut client = imap(&stack, &app).await;
    arrives(
        &mut client,
        &request(prospect, &app.sales, "nudged@acme-dental.example", subject),
    )
    .await;
    // One nudge answers the request; another only repeats its subject, as Zammad matches.
    let threaded = format!(
        "From: Ann Lee <{prospect}>\r\nTo: {}\r\nSubject: Re: {subject}\r\nMessage-ID: <nudge-1@acme-dental.example>\r\nIn-Reply-To: <nudged@acme-dental.example>\r\n\r\nHi, any update on this? We would like to decide this week.\r\n",
        app.sales
    );
    let by_subject_only = format!(
        "From: Ann Lee <{prospect}>\r\nTo: {}\r\nSubject: RE: {subject}\r\nMessage-ID: <nudge-2@acme-dental.example>\r\n\r\nHello again, could you let us know if you can help? We need to plan the move.\r\n",
        app.sales
    );
    for nudge in [threaded, by_subject_only] {
        client.append("INBOX", nudge.as_bytes(), &[]).await.unwrap();
    }
    client.logout().await.unwrap();
    app.cli(&["run", "--once"]);

    let drafts = app.drafts().await;
    assert_eq!(drafts.len(), 1, "{drafts:#?}\n{}", app.log());
    let detail = app.store.draft(drafts[0].id).await.unwrap();
    let joined = detail
        .history
        .iter()
        .filter(|e| e.action == "joined")
        .count();
    assert_eq!(joined, 2, "{:?}", detail.history);
}

#[tokio::test]
async fn a_correspondent_the_firm_wrote_to_last_month_gets_no_pre_sale_draft() {
    let stack = stack();
    let app = service(&stack).await;
    let partner = "pat@long-standing.example";
    let mut client = imap(&stack, &app).await;
    let last_month = Utc::now() - chrono::Duration::days(30);
    let earlier = format!(
        "From: Dana <{}>\r\nTo: Pat <{partner}>\r\nSubject: Your printers\r\nDate: {}\r\nMessage-ID: <printers@firm.example>\r\n\r\nHi Pat, the new printers are set up.\r\n",
        app.sales,
        last_month.to_rfc2822()
    );
    client
        .append_dated("Sent", earlier.as_bytes(), &["\\Seen"], Some(last_month))
        .await
        .unwrap();
    client.logout().await.unwrap();
    app.cli(&["run", "--once"]);

    stack.deliver(
        partner,
        &app.sales,
        &request(
            partner,
            &app.sales,
            "pat-1@long-standing.example",
            "New laptops for the team",
        ),
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let said = app.cli(&["run", "--once"]);
    assert!(app.drafts().await.is_empty(), "{said}");
    assert!(said.contains("known-correspondent"), "{said}");
}

#[tokio::test]
async fn an_existing_client_gets_no_pre_sale_draft() {
    let stack = stack();
    let app = service(&stack).await;
    let mut config = std::fs::read_to_string(app.config_path()).unwrap();
    config.push_str("\nclients:\n  - client-co.example\n");
    std::fs::write(app.config_path(), config).unwrap();
    app.cli(&["run", "--once"]);
    stack.deliver(
        "sam@client-co.example",
        &app.sales,
        &request(
            "sam@client-co.example",
            &app.sales,
            "printer@client-co.example",
            "Our printer is jammed again",
        ),
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let said = app.cli(&["run", "--once"]);
    assert!(app.drafts().await.is_empty(), "{said}");
    assert!(said.contains("existing-client"), "{said}");
}

#[tokio::test]
async fn a_prospects_answer_to_the_clarify_reply_gets_an_engage_draft_on_the_whole_thread() {
    let stack = stack();
    let prospect = stack.new_user("prospect");
    let app = service(&stack).await;
    let vague = format!(
        "From: Ann Lee <{prospect}>\r\nTo: {}\r\nSubject: IT help\r\nMessage-ID: <vague@acme-dental.example>\r\n\r\nHi, we might need some help with our IT. Can you help?\r\n\r\nAnn\r\n",
        app.sales
    );
    stack.deliver(&prospect, &app.sales, vague.as_bytes());
    tokio::time::sleep(Duration::from_secs(2)).await;
    app.cli(&["run", "--once"]);
    let first = app.drafts().await.remove(0);
    assert_eq!(first.outcome.as_ref(), "clarify", "{}", app.log());
    app.cli(&["approve", &first.id.to_string(), "--by", "dana"]);
    app.cli(&["run", "--once"]);
    let reply_id = app
        .store
        .draft(first.id)
        .await
        .unwrap()
        .reply_message_id
        .expect("sent with a Message-ID");
    assert_eq!(
        app.store.draft(first.id).await.unwrap().summary.state,
        DraftState::Sent,
        "{}",
        app.log()
    );

    let answer = format!(
        "From: Ann Lee <{prospect}>\r\nTo: {}\r\nSubject: Re: IT help\r\nMessage-ID: <answer@acme-dental.example>\r\nIn-Reply-To: {}\r\nReferences: <vague@acme-dental.example> {}\r\n\r\nThanks for the questions. We are a dental practice with 14 staff moving in May.\r\nWe need the network, Wi-Fi and Microsoft 365 set up in the new office. Our budget\r\nis around $12,000 and it must be done by 30 April. Any day next week works for a call.\r\n\r\nAnn\r\n",
        app.sales,
        reply_id.bracketed(),
        reply_id.bracketed()
    );
    stack.deliver(&prospect, &app.sales, answer.as_bytes());
    tokio::time::sleep(Duration::from_secs(2)).await;
    app.cli(&["run", "--once"]);
    let drafts = app.drafts().await;
    let follow_up = drafts
        .iter()
        .find(|d| d.id != first.id)
        .unwrap_or_else(|| panic!("a draft for the answer: {drafts:#?}\n{}", app.log()));
    assert_eq!(follow_up.outcome.as_ref(), "engage", "{}", app.log());
    let reply = app.store.draft(follow_up.id).await.unwrap().reply;
    let references: Vec<&str> = reply.references.iter().map(|r| r.as_ref()).collect();
    for id in [
        "vague@acme-dental.example",
        reply_id.as_ref(),
        "answer@acme-dental.example",
    ] {
        assert!(references.contains(&id), "{references:?} lacks {id}");
    }
}
