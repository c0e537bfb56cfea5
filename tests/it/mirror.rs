//! Drafts in the mailbox's Drafts folder (issue 12), on the real Dovecot and Postfix, with the
//! test acting as the firm's mail client: it reads Drafts over IMAP, edits and deletes there,
//! and sends over submission with a copy in Sent, as Thunderbird or Apple Mail would. Whatever
//! happens to a copy, each request gets at most one reply.

use std::time::{Duration, Instant};

use doorman::config::{Credentials, OutboxSettings, SmtpSettings, TlsMode};
use doorman::intake::imap::{Fetched, ImapClient};
use doorman::message::{EmailAddress, Message};
use doorman::outbox::{Outbox, Outgoing};
use doorman::queue::{Actor, DraftBody, DraftId, DraftState};

use crate::helpers::{AppOptions, Boot, TestApp, spawn_app};
use crate::servers::{Stack, stack};

/// A doorman on a fresh sales mailbox with `mirror_drafts: true`, not started.
async fn mirroring(stack: &Stack) -> TestApp {
    let app = spawn_app(AppOptions {
        mail: Some(stack),
        boot: Boot::Later,
        ..Default::default()
    })
    .await;
    let yaml = std::fs::read_to_string(app.config_path()).unwrap();
    let yaml = yaml.replacen(
        "    poll_seconds: 2\n",
        "    poll_seconds: 2\n    mirror_drafts: true\n",
        1,
    );
    assert!(yaml.contains("mirror_drafts: true"), "{yaml}");
    std::fs::write(app.config_path(), yaml).unwrap();
    app
}

/// A clear request from `from`, with Message-ID `id`.
fn request(from: &str, to: &str, id: &str, subject: &str) -> Vec<u8> {
    format!(
        "From: Ann Lee <{from}>\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Tue, 1 Dec 2026 09:00:00 +0000\r\nMessage-ID: <{id}>\r\n\r\nHello,\r\n\r\nWe are moving our dental practice in May and need the network, Wi-Fi and\r\nMicrosoft 365 set up for 14 staff. Our budget is around $12,000. Any day next\r\nweek works for a call.\r\n\r\nThanks,\r\nAnn\r\n"
    )
    .into_bytes()
}

/// The firm's mail client, logged in to the sales mailbox.
async fn mail_client(stack: &Stack, app: &TestApp) -> ImapClient {
    ImapClient::connect(&stack.mailbox(&app.sales))
        .await
        .unwrap()
}

/// Puts one request per prospect in the inbox and lets doorman draft and mirror them; the
/// request ids, in order.
async fn requests(stack: &Stack, app: &TestApp, prospects: &[&str]) -> Vec<String> {
    let mut client = mail_client(stack, app).await;
    let mut ids = Vec::new();
    for (i, prospect) in prospects.iter().enumerate() {
        let id = format!("request-{i}-{}@acme-dental.example", std::process::id());
        let subject = format!("Office move number {i}");
        client
            .append("INBOX", &request(prospect, &app.sales, &id, &subject), &[])
            .await
            .unwrap();
        ids.push(id);
    }
    client.logout().await.unwrap();
    app.cli(&["run", "--once"]);
    ids
}

/// One message in the Drafts folder, as the mail client sees it.
struct Copy {
    uid: u32,
    fetched: Fetched,
    message: Message,
}

impl Copy {
    fn header(&self, name: &str) -> Option<String> {
        self.message
            .header_values(name)
            .next()
            .map(|v| v.trim().to_string())
    }

    fn draft(&self) -> Option<DraftId> {
        self.header("X-Doorman-Draft").and_then(|v| v.parse().ok())
    }

    fn answers(&self) -> Option<String> {
        self.message
            .in_reply_to
            .as_ref()
            .map(|id| id.as_ref().to_string())
    }
}

/// Everything in the Drafts folder, oldest first.
async fn drafts_folder(stack: &Stack, app: &TestApp) -> Vec<Copy> {
    let mut client = mail_client(stack, app).await;
    client.select("Drafts").await.unwrap();
    let fetched = client.fetch_headers(0, u32::MAX, 1000).await.unwrap();
    let uids: Vec<u32> = fetched.iter().map(|f| f.uid).collect();
    let whole = client.fetch_whole(&uids).await.unwrap();
    client.logout().await.unwrap();
    whole
        .into_iter()
        .map(|fetched| Copy {
            uid: fetched.uid,
            message: Message::parse(&fetched.bytes).unwrap(),
            fetched,
        })
        .collect()
}

/// The copy answering `request`; panics unless there is exactly one.
async fn copy_of(stack: &Stack, app: &TestApp, request: &str) -> Copy {
    let mut copies: Vec<Copy> = drafts_folder(stack, app)
        .await
        .into_iter()
        .filter(|c| c.answers().as_deref() == Some(request))
        .collect();
    assert_eq!(copies.len(), 1, "one copy of the reply to {request}");
    copies.remove(0)
}

/// How many replies to `request` reached the prospect's inbox.
fn replies_to(stack: &Stack, prospect: &str, request: &str) -> usize {
    let inbox = stack.maildir(prospect, "");
    let needle = format!("in-reply-to: <{request}>");
    ["new", "cur"]
        .iter()
        .filter_map(|sub| std::fs::read_dir(inbox.join(sub)).ok())
        .flatten()
        .filter_map(|entry| std::fs::read(entry.ok()?.path()).ok())
        .filter(|bytes| {
            String::from_utf8_lossy(bytes)
                .to_ascii_lowercase()
                .contains(&needle)
        })
        .count()
}

/// Waits until `prospect` has a reply to `request`, then a little longer for a second one
/// that must not come; how many arrived.
async fn replies_settled(stack: &Stack, prospect: &str, request: &str) -> usize {
    let deadline = Instant::now() + Duration::from_secs(20);
    while replies_to(stack, prospect, request) == 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    replies_to(stack, prospect, request)
}

/// What the mail client sends: the copy's reply headers, a Message-ID of its own, the text
/// the person wrote. `keep_doorman_headers: false` is a client that drops headers it does not
/// know, so doorman must match the reply by In-Reply-To and recipient.
fn as_sent_by_client(
    app: &TestApp,
    copy: &Copy,
    text: &str,
    keep_doorman_headers: bool,
) -> Vec<u8> {
    let raw = String::from_utf8_lossy(&copy.fetched.bytes).to_string();
    let (head, _) = raw.split_once("\r\n\r\n").unwrap();
    let mut headers: Vec<&str> = Vec::new();
    let mut skipping = false;
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            if !skipping {
                headers.push(line);
            }
            continue;
        }
        let name = line.split(':').next().unwrap_or("").to_ascii_lowercase();
        skipping = matches!(
            name.as_str(),
            "message-id" | "content-transfer-encoding" | "content-type" | "mime-version"
        ) || (!keep_doorman_headers && name.starts_with("x-doorman"));
        if !skipping {
            headers.push(line);
        }
    }
    let id = format!(
        "client.{}@{}",
        std::process::id(),
        app.sales.split('@').nth(1).unwrap()
    );
    format!(
        "{}\r\nMessage-ID: <{id}-{}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{}",
        headers.join("\r\n"),
        copy.uid,
        text.replace('\n', "\r\n")
    )
    .into_bytes()
}

/// Submits `bytes` over the real Postfix submission service, as the sales user.
async fn submit(stack: &Stack, app: &TestApp, to: &str, bytes: Vec<u8>) {
    let outbox = Outbox::from_settings(&OutboxSettings::Smtp(SmtpSettings {
        host: stack.host.clone(),
        port: stack.submission_port,
        tls: TlsMode::Starttls,
        ca_file: Some(stack.ca.clone()),
        auth: Credentials {
            username: app.sales.clone(),
            password_env: Some("DOORMAN_TEST_PASSWORD".into()),
            password_file: None,
            oauth2_token_command: None,
        },
    }))
    .unwrap();
    let message = Message::parse(&bytes).unwrap();
    outbox
        .send(&Outgoing {
            message_id: message.message_id.clone().unwrap(),
            from: EmailAddress::parse(&app.sales).unwrap(),
            to: vec![EmailAddress::parse(to).unwrap()],
            bytes,
        })
        .await
        .unwrap();
}

/// The mail client sends a copy: submission, a copy in Sent, the draft gone from Drafts.
async fn send_from_client(
    stack: &Stack,
    app: &TestApp,
    copy: &Copy,
    prospect: &str,
    sent: Vec<u8>,
) {
    submit(stack, app, prospect, sent.clone()).await;
    let mut client = mail_client(stack, app).await;
    client.append("Sent", &sent, &["\\Seen"]).await.unwrap();
    client.select("Drafts").await.unwrap();
    client.delete(&[copy.uid]).await.unwrap();
    client.logout().await.unwrap();
}

/// A doorman mirroring one prospect's request: the prospect, the request's id, its copy.
async fn one_mirrored(stack: &Stack) -> (TestApp, String, String, Copy) {
    let app = mirroring(stack).await;
    let prospect = stack.new_user("prospect");
    let request = requests(stack, &app, &[&prospect]).await.remove(0);
    let copy = copy_of(stack, &app, &request).await;
    (app, prospect, request, copy)
}

fn prospects(stack: &Stack, n: usize) -> Vec<String> {
    (0..n).map(|_| stack.new_user("prospect")).collect()
}

#[tokio::test]
async fn three_requests_give_three_reply_drafts_in_the_drafts_folder_each_in_its_thread() {
    let stack = stack();
    let app = mirroring(&stack).await;
    let people = prospects(&stack, 3);
    let people: Vec<&str> = people.iter().map(String::as_str).collect();
    let ids = requests(&stack, &app, &people).await;

    let drafts = app.drafts().await;
    assert_eq!(drafts.len(), 3, "{}", app.log());
    let folder = drafts_folder(&stack, &app).await;
    assert_eq!(folder.len(), 3, "one copy per draft");
    for (id, prospect) in ids.iter().zip(&people) {
        let copy = copy_of(&stack, &app, id).await;
        assert!(
            copy.fetched.has("\\Draft") && copy.fetched.has("\\Seen"),
            "{:?}",
            copy.fetched.flags
        );
        assert_eq!(copy.message.to[0].address.as_ref(), *prospect);
        assert_eq!(
            copy.message.from.as_ref().unwrap().address.as_ref(),
            app.sales
        );
        assert!(copy.message.subject.starts_with("Re: Office move number"));
        assert!(
            copy.message.references.iter().any(|r| r.as_ref() == id),
            "References carry the request"
        );
        let draft = copy.draft().expect("the copy names its draft");
        let detail = app.store.draft(draft).await.unwrap();
        assert_eq!(detail.reply.to.address.as_ref(), *prospect);
        assert!(
            copy.message
                .full_body
                .contains(detail.reply.body.lines().next().unwrap())
        );
    }

    // Another pass changes nothing: the same three copies, none written twice.
    app.cli(&["run", "--once"]);
    let again: Vec<u32> = drafts_folder(&stack, &app)
        .await
        .iter()
        .map(|c| c.uid)
        .collect();
    assert_eq!(again, folder.iter().map(|c| c.uid).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_draft_sent_from_the_mail_client_is_never_sent_again() {
    let stack = stack();
    let app = mirroring(&stack).await;
    let people = prospects(&stack, 2);
    let ids = requests(&stack, &app, &[&people[0], &people[1]]).await;

    for (i, keep) in [(0, false), (1, true)] {
        let copy = copy_of(&stack, &app, &ids[i]).await;
        let draft = copy.draft().unwrap();
        let text = "Hi Ann,\n\nDana here. Happy to help with the move: I will call you on Monday.\n\nDana\n";
        let sent = as_sent_by_client(&app, &copy, text, keep);
        send_from_client(&stack, &app, &copy, &people[i], sent).await;
        app.cli(&["run", "--once"]);

        let detail = app.store.draft(draft).await.unwrap();
        assert_eq!(detail.summary.state, DraftState::Sent, "{}", app.log());
        let event = detail.history.iter().find(|e| e.action == "sent").unwrap();
        assert_eq!(event.actor, "mail client");
        assert_eq!(
            detail.edits.last().unwrap().body.trim_end(),
            text.trim_end(),
            "the text actually sent is the last version"
        );
        assert_eq!(detail.edits.last().unwrap().edited_by, "mail client");
        assert!(
            detail.reply_message_id.is_some(),
            "the client's Message-ID threads what follows"
        );
        // Nothing more goes out, whatever doorman is asked.
        let (ok, said) = app.doorman(&["approve", &draft.to_string(), "--by", "dana"]);
        assert!(!ok, "a sent draft cannot be approved: {said}");
        app.cli(&["run", "--once"]);
        assert_eq!(
            replies_settled(&stack, &people[i], &ids[i]).await,
            1,
            "exactly one reply"
        );
    }
    assert!(drafts_folder(&stack, &app).await.is_empty());
}

#[tokio::test]
async fn an_edit_saved_in_the_mail_client_is_what_doorman_sends_once_approved() {
    let stack = stack();
    let (app, prospect, request, copy) = one_mirrored(&stack).await;
    let draft = copy.draft().unwrap();

    // The client saves the edit as a new message, then deletes the old one.
    let text =
        "Hi Ann,\n\nwe can do the whole move for you, Wi-Fi included. Tuesday at ten?\n\nDana\n";
    let edited = as_sent_by_client(&app, &copy, text, true);
    let mut client = mail_client(&stack, &app).await;
    client
        .append("Drafts", &edited, &["\\Draft", "\\Seen"])
        .await
        .unwrap();
    client.select("Drafts").await.unwrap();
    client.delete(&[copy.uid]).await.unwrap();
    client.logout().await.unwrap();

    app.cli(&["run", "--once"]);
    let detail = app.store.draft(draft).await.unwrap();
    assert_eq!(detail.summary.state, DraftState::Pending, "{}", app.log());
    assert_eq!(detail.reply.body.trim_end(), text.trim_end());
    assert_eq!(detail.edits.last().unwrap().edited_by, "mail client");
    assert!(
        detail
            .history
            .iter()
            .any(|e| e.action == "edited" && e.actor == "mail client")
    );
    assert_eq!(
        drafts_folder(&stack, &app).await.len(),
        1,
        "the saved copy stays, alone"
    );

    app.cli(&["approve", &draft.to_string(), "--by", "dana"]);
    app.cli(&["run", "--once"]);
    assert_eq!(replies_settled(&stack, &prospect, &request).await, 1);
    let reply = stack
        .delivered(&prospect, "Tuesday at ten", Duration::from_secs(5))
        .await;
    assert!(reply.is_some(), "the person's text went out");
    assert!(
        drafts_folder(&stack, &app).await.is_empty(),
        "{}",
        app.log()
    );
}

/// The mail client deletes a draft's copy (expunged, or only marked `\\Deleted`, as
/// Thunderbird's "just mark it as deleted" does); doorman runs twice.
async fn deleted_in_the_client(expunge: bool) {
    let stack = stack();
    let (app, prospect, request, copy) = one_mirrored(&stack).await;
    let draft = copy.draft().unwrap();
    let mut client = mail_client(&stack, &app).await;
    client.select("Drafts").await.unwrap();
    match expunge {
        true => client.delete(&[copy.uid]).await.unwrap(),
        false => client
            .add_keyword_to(&[copy.uid], "\\Deleted")
            .await
            .unwrap(),
    }
    client.logout().await.unwrap();

    // The first pass cannot tell a deletion from a send whose copy is not in Sent yet.
    app.cli(&["run", "--once"]);
    assert_eq!(
        app.store.draft(draft).await.unwrap().summary.state,
        DraftState::Pending
    );
    app.cli(&["run", "--once"]);
    let detail = app.store.draft(draft).await.unwrap();
    assert_eq!(detail.summary.state, DraftState::Rejected, "{}", app.log());
    let event = detail
        .history
        .iter()
        .find(|e| e.action == "rejected")
        .unwrap();
    assert_eq!(event.actor, "mail client");
    assert_eq!(event.detail.as_deref(), Some("deleted in the mail client"));
    assert!(
        drafts_folder(&stack, &app).await.is_empty(),
        "not written again, nothing left behind"
    );
    assert_eq!(replies_to(&stack, &prospect, &request), 0);
}

#[tokio::test]
async fn a_draft_deleted_in_the_mail_client_is_dismissed_once_sent_had_its_chance() {
    deleted_in_the_client(true).await;
}

#[tokio::test]
async fn a_draft_only_marked_deleted_in_the_mail_client_is_dismissed_and_expunged() {
    deleted_in_the_client(false).await;
}

#[tokio::test]
async fn approving_rejecting_and_editing_in_doorman_keep_the_drafts_folder_in_step() {
    let stack = stack();
    let app = mirroring(&stack).await;
    let people = prospects(&stack, 3);
    let ids = requests(&stack, &app, &[&people[0], &people[1], &people[2]]).await;
    let (approve, reject, edit) = (
        copy_of(&stack, &app, &ids[0]).await.draft().unwrap(),
        copy_of(&stack, &app, &ids[1]).await.draft().unwrap(),
        copy_of(&stack, &app, &ids[2]).await.draft().unwrap(),
    );
    let before = copy_of(&stack, &app, &ids[2]).await.uid;

    app.cli(&["approve", &approve.to_string(), "--by", "dana"]);
    app.cli(&["reject", &reject.to_string(), "--by", "dana"]);
    let text = "Hello Ann,\n\nthanks, we would love to help. Dana will call you.\n";
    app.store
        .edit(
            edit,
            &DraftBody::parse(text).unwrap(),
            &Actor::Person("dana".into()),
        )
        .await
        .unwrap();
    app.cli(&["run", "--once"]);

    let folder = drafts_folder(&stack, &app).await;
    assert_eq!(
        folder.len(),
        1,
        "only the pending draft is left: {}",
        app.log()
    );
    assert_eq!(folder[0].draft(), Some(edit));
    assert_ne!(
        folder[0].uid, before,
        "the edited version replaced the old copy"
    );
    assert!(folder[0].message.full_body.contains("Dana will call you"));
    assert_eq!(replies_settled(&stack, &people[0], &ids[0]).await, 1);
    assert_eq!(replies_to(&stack, &people[1], &ids[1]), 0);

    app.cli(&["reject", &edit.to_string(), "--by", "dana"]);
    app.cli(&["run", "--once"]);
    assert!(drafts_folder(&stack, &app).await.is_empty());
}

/// Waits until the log written after `after` bytes has `needle`; whether it came.
fn log_has(app: &TestApp, after: usize, needle: &str, within: Duration) -> bool {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if app
            .log()
            .get(after..)
            .is_some_and(|new| new.contains(needle))
        {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

#[tokio::test]
async fn killing_doorman_while_it_mirrors_leaves_no_duplicate_copy_and_no_second_reply() {
    const REQUESTS: usize = 20;
    const ROUNDS: usize = 12;
    let stack = stack();
    let mut app = mirroring(&stack).await;
    let people = prospects(&stack, REQUESTS);
    let people: Vec<&str> = people.iter().map(String::as_str).collect();
    requests(&stack, &app, &people).await;
    assert_eq!(drafts_folder(&stack, &app).await.len(), REQUESTS);

    // Each round a person edits every pending draft while doorman is down, so the next run
    // has a copy to replace for each, and is killed somewhere in the middle of doing so.
    let mut approved = None;
    let mut cut_short = 0;
    for round in 0..ROUNDS {
        let text = format!("Hello,\n\nversion {round} of our answer.\n");
        let pending: Vec<DraftId> = app
            .drafts()
            .await
            .iter()
            .filter(|d| d.state == DraftState::Pending)
            .map(|d| d.id)
            .collect();
        for id in &pending {
            app.store
                .edit(
                    *id,
                    &DraftBody::parse(&text).unwrap(),
                    &Actor::Person("dana".into()),
                )
                .await
                .unwrap();
        }
        if round == ROUNDS / 2 {
            app.cli(&["approve", &pending[0].to_string(), "--by", "dana"]);
            approved = Some(pending[0]);
        }
        let before = app.log().len();
        app.start_process();
        assert!(
            log_has(&app, before, "connected", Duration::from_secs(30)),
            "{}",
            app.log()
        );
        std::thread::sleep(Duration::from_millis((round as u64 * 29) % 150));
        app.kill();
        let written = app.log()[before..]
            .matches("is in Drafts for the mail client")
            .count();
        cut_short += usize::from(written < pending.len());
    }
    assert!(
        cut_short >= ROUNDS / 3,
        "only {cut_short} of {ROUNDS} kills landed mid-mirroring"
    );
    app.cli(&["run", "--once"]);
    app.cli(&["run", "--once"]);

    let folder = drafts_folder(&stack, &app).await;
    let mut named: Vec<DraftId> = folder.iter().filter_map(Copy::draft).collect();
    named.sort();
    let pending: Vec<DraftId> = app
        .drafts()
        .await
        .iter()
        .filter(|d| d.state == DraftState::Pending)
        .map(|d| d.id)
        .collect();
    assert_eq!(pending.len(), REQUESTS - 1);
    assert_eq!(
        named,
        pending,
        "one copy per pending draft, none twice: {}",
        app.log()
    );
    assert_eq!(folder.len(), pending.len(), "no copy without its header");
    let last = format!("version {} of our answer", ROUNDS - 1);
    assert!(
        folder.iter().all(|c| c.message.full_body.contains(&last)),
        "every copy holds the latest version"
    );
    let approved = approved.unwrap();
    let detail = app.store.draft(approved).await.unwrap();
    let request = detail.reply.in_reply_to.unwrap();
    let prospect = detail.reply.to.address.as_ref().to_string();
    let replies = replies_settled(&stack, &prospect, request.as_ref()).await;
    assert!(replies <= 1, "never a second reply");
    if detail.summary.state == DraftState::Sent {
        assert_eq!(replies, 1);
    }
}

#[tokio::test]
async fn doctor_says_how_mirroring_will_work_on_this_server() {
    let stack = stack();
    let app = mirroring(&stack).await;
    let said = app.cli(&["doctor"]);
    let line = said
        .lines()
        .find(|l| l.contains("drafts mirror sales"))
        .unwrap_or_else(|| panic!("no line about mirroring: {said}"));
    assert!(line.starts_with("ok"), "{line}");
    assert!(
        line.contains("Drafts, the folder the server marks \\Drafts (SPECIAL-USE)"),
        "{line}"
    );
    assert!(
        line.contains("UIDPLUS: each copy's UID comes with its APPEND"),
        "{line}"
    );
    assert!(line.contains("custom keywords"), "{line}");
}
