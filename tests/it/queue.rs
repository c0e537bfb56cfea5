//! The store: one verdict and at most one draft per message, decisions recorded with who and
//! when, and no draft sent twice, with several processes using one SQLite file at once.

use doorman::queue::{DraftBody, DraftId, DraftState, Incoming, Recorded, Store, StoreError};

use crate::helpers::{AppOptions, Boot, TestApp, repo, shipped, spawn_app};

/// The shipped firm, whose domain new reply Message-IDs carry.
fn firm() -> doorman::config::Firm {
    shipped().config.firm
}

fn body(text: &str) -> DraftBody {
    DraftBody::parse(text).unwrap()
}

/// A fresh doorman that is not running: its store, for the test to drive by hand.
async fn fresh_store() -> (TestApp, Store) {
    let app = spawn_app(AppOptions {
        boot: Boot::Later,
        ..Default::default()
    })
    .await;
    let store = app.store.clone();
    (app, store)
}

fn incoming(raw: &[u8], uid: Option<u32>) -> Incoming {
    let setup = shipped();
    Incoming {
        mailbox: "sales".into(),
        uid_validity: uid.map(|_| 7),
        uid,
        raw: raw.to_vec(),
        screening: setup.screen(raw, &Default::default()),
        envelope: envelope(raw),
    }
}

/// What intake indexes of a message.
pub fn envelope(raw: &[u8]) -> Option<doorman::queue::Envelope> {
    let message = doorman::message::Message::parse_headers(raw).ok()?;
    Some(doorman::queue::Envelope::of(&message, None))
}

/// A fresh pending draft, from a clear request.
async fn drafted(store: &Store) -> DraftId {
    match store.record(&incoming(&engage_mail(), None)).await.unwrap() {
        Recorded::New {
            draft: Some(id), ..
        } => id,
        other => panic!("no draft: {other:?}"),
    }
}

/// A draft approved and claimed by the outbox, as if it were being handed to the server.
async fn being_sent(store: &Store) -> DraftId {
    let id = drafted(store).await;
    store
        .approve(id, &person("dana"), &firm(), None)
        .await
        .unwrap();
    store.claim_next().await.unwrap().unwrap();
    id
}

fn engage_mail() -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures/engage-reply-to.eml")).unwrap()
}

#[tokio::test]
async fn a_message_recorded_twice_gets_one_verdict_and_one_draft() {
    let (_app, store) = fresh_store().await;
    let first = store
        .record(&incoming(&engage_mail(), Some(1)))
        .await
        .unwrap();
    let Recorded::New {
        message,
        draft: Some(draft),
        ..
    } = first
    else {
        panic!("{first:?}")
    };
    // The same mail delivered again (another UID, extra trace header) is recognised.
    let mut again =
        b"Received: from relay2.example by mx.example; Tue, 3 Mar 2026 10:01:00 +0100\r\n".to_vec();
    again.extend(engage_mail());
    let second = store.record(&incoming(&again, Some(2))).await.unwrap();
    assert_eq!(second, Recorded::Duplicate { message });
    assert_eq!(store.drafts(None, 100).await.unwrap().len(), 1);
    // Intake moves the position once each message is also marked on the server.
    for uid in [1, 2] {
        store.advance_mailbox("sales", 7, uid).await.unwrap();
    }
    let position = store.mailbox_position("sales").await.unwrap().unwrap();
    assert_eq!((position.uid_validity, position.last_uid), (7, 2));
    let detail = store.draft(draft).await.unwrap();
    assert_eq!(detail.summary.state, DraftState::Pending);
    assert_eq!(detail.verdict.unwrap().outcome.as_ref(), "engage");
}

#[tokio::test]
async fn a_message_that_does_not_parse_is_stored_and_flagged() {
    let (_app, store) = fresh_store().await;
    let recorded = store
        .record(&incoming(b"\xff\xfe garbage without headers", None))
        .await
        .unwrap();
    assert!(matches!(recorded, Recorded::New { draft: None, .. }));
    let unparsed = store.unparsed().await.unwrap();
    assert_eq!(unparsed.len(), 1);
    assert!(unparsed[0].error.contains("header"), "{unparsed:?}");
}

#[tokio::test]
async fn approvals_and_rejections_are_recorded_with_who_and_when() {
    let (_app, store) = fresh_store().await;
    let id = drafted(&store).await;
    store
        .edit(
            id,
            &body("Hello Ann,\n\nEdited by hand.\n"),
            &person("dana"),
        )
        .await
        .unwrap();
    store
        .approve(id, &person("dana"), &firm(), None)
        .await
        .unwrap();
    let err = store
        .reject(id, &person("sam"), Some("too late"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::WrongState {
                state: DraftState::Approved,
                ..
            }
        ),
        "{err}"
    );
    let detail = store.draft(id).await.unwrap();
    assert_eq!(detail.reply.body, "Hello Ann,\n\nEdited by hand.\n");
    assert_eq!(
        detail.edits.len(),
        2,
        "the original and the edit are both kept"
    );
    let actions: Vec<(String, String)> = detail
        .history
        .iter()
        .map(|e| (e.action.clone(), e.actor.clone()))
        .collect();
    assert!(
        actions.contains(&("edited".into(), "dana".into())),
        "{actions:?}"
    );
    assert!(
        actions.contains(&("approved".into(), "dana".into())),
        "{actions:?}"
    );
    assert!(matches!(
        store
            .approve(DraftId(999), &person("x"), &firm(), None)
            .await
            .unwrap_err(),
        StoreError::NoSuchDraft(_)
    ));
}

#[tokio::test]
async fn every_version_of_a_draft_is_kept_doormans_first() {
    let (_app, store) = fresh_store().await;
    let id = drafted(&store).await;
    let first = store.draft(id).await.unwrap();
    assert_eq!(first.edits.len(), 1, "a new draft has one version");
    assert_eq!(first.edits[0].edited_by, "doorman");
    assert_eq!(first.edits[0].body, first.reply.body);
    for text in [
        "Hello Ann,\n\nFirst pass.\n",
        "Hello Ann,\n\nSecond pass.\n",
    ] {
        store.edit(id, &body(text), &person("dana")).await.unwrap();
    }
    let detail = store.draft(id).await.unwrap();
    let versions: Vec<(&str, &str)> = detail
        .edits
        .iter()
        .map(|e| (e.edited_by.as_str(), e.body.as_str()))
        .collect();
    assert_eq!(
        versions,
        [
            ("doorman", first.reply.body.as_str()),
            ("dana", "Hello Ann,\n\nFirst pass.\n"),
            ("dana", "Hello Ann,\n\nSecond pass.\n"),
        ]
    );
    assert!(detail.edits[0].edited_at <= detail.edits[1].edited_at);
}

#[tokio::test]
async fn an_approved_draft_is_claimed_by_exactly_one_sender() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doorman.sqlite");
    let store = Store::open(&path).await.unwrap();
    let id = drafted(&store).await;
    store
        .approve(id, &person("dana"), &firm(), None)
        .await
        .unwrap();
    // Two processes' worth of connections race for the same draft.
    let others: Vec<Store> = futures::future::join_all((0..4).map(|_| Store::open(&path)))
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let claims = futures::future::join_all(others.iter().map(|s| s.claim_next())).await;
    let won: Vec<_> = claims
        .into_iter()
        .map(Result::unwrap)
        .filter(Option::is_some)
        .collect();
    assert_eq!(won.len(), 1, "exactly one claim wins");
}

#[tokio::test]
async fn a_draft_interrupted_while_sending_goes_to_a_person_not_out_again() {
    let (_app, store) = fresh_store().await;
    let id = drafted(&store).await;
    let first = store
        .approve(id, &person("dana"), &firm(), None)
        .await
        .unwrap();
    let claimed = store.claim_next().await.unwrap().unwrap();
    assert_eq!(claimed.id, id);
    // The process dies here; the next start recovers.
    let recovered = store
        .recover_interrupted(std::time::Duration::from_secs(600))
        .await
        .unwrap();
    assert_eq!(recovered, [id]);
    assert!(
        store.claim_next().await.unwrap().is_none(),
        "never resent by itself"
    );
    assert_eq!(
        store.draft(id).await.unwrap().summary.state,
        DraftState::Check
    );
    // It may have been delivered: approving it again is refused, and the note says how to
    // find out, with the reply's Message-ID.
    assert!(matches!(
        store.approve(id, &person("dana"), &firm(), None).await,
        Err(StoreError::WrongState { .. })
    ));
    let note = store.draft(id).await.unwrap().summary.last_error.unwrap();
    assert!(note.contains(first.as_ref()), "{note}");
    assert!(
        note.contains(&format!("doorman resolve {id} --was-sent")),
        "{note}"
    );
    // A person who checked it never arrived sends it again, with the same Message-ID.
    store
        .resolve(id, &person("dana"), doorman::queue::Resolution::SendAgain)
        .await
        .unwrap();
    let again = store.claim_next().await.unwrap().unwrap();
    assert_eq!(
        again.reply_message_id, first,
        "the same Message-ID on every attempt"
    );
}

#[tokio::test]
async fn a_check_draft_found_delivered_is_recorded_sent_and_never_sent_again() {
    let (_app, store) = fresh_store().await;
    let id = being_sent(&store).await;
    store
        .recover_interrupted(std::time::Duration::ZERO)
        .await
        .unwrap();
    store
        .resolve(id, &person("dana"), doorman::queue::Resolution::WasSent)
        .await
        .unwrap();
    assert_eq!(
        store.draft(id).await.unwrap().summary.state,
        DraftState::Sent
    );
    assert!(store.claim_next().await.unwrap().is_none());
    assert!(
        store
            .resolve(id, &person("dana"), doorman::queue::Resolution::SendAgain)
            .await
            .is_err(),
        "only a `check` draft is resolved"
    );
}

#[tokio::test]
async fn overdue_pending_drafts_are_found() {
    let (_app, store) = fresh_store().await;
    store.record(&incoming(&engage_mail(), None)).await.unwrap();
    assert!(
        store
            .overdue(std::time::Duration::from_secs(3600))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .overdue(std::time::Duration::ZERO)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn skipped_mail_is_kept_without_a_draft() {
    let (_app, store) = fresh_store().await;
    let raw = b"From: news@list.example\r\nList-Id: <news.list.example>\r\nSubject: Weekly news\r\nMessage-ID: <n1@list.example>\r\n\r\nCan you believe it?\r\n";
    let recorded = store.record(&incoming(raw, None)).await.unwrap();
    assert!(matches!(recorded, Recorded::New { draft: None, .. }));
    let counts = store.counts().await.unwrap();
    assert_eq!(counts.by_outcome, [("skip".to_string(), 1)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn opening_a_new_store_from_several_places_at_once_always_succeeds() {
    // `run`, the CLI and the web page often start together on a fresh file; each brings the
    // schema up to date, and none may trip over another doing the same.
    for _ in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doorman.sqlite");
        let opens = (0..8).map(|_| {
            let path = path.clone();
            tokio::spawn(async move { Store::open(&path).await.map(|_| ()) })
        });
        for open in opens.collect::<Vec<_>>() {
            open.await.unwrap().expect("every concurrent open succeeds");
        }
    }
}

fn person(name: &str) -> doorman::queue::Actor {
    doorman::queue::Actor::Person(name.into())
}

#[tokio::test]
async fn an_approval_with_an_undo_window_is_not_sent_before_the_window_ends() {
    // Issue 11, item 6: the outbox must not take a draft a person may still take back.
    let (_app, store) = fresh_store().await;
    let id = drafted(&store).await;
    let window = std::time::Duration::from_millis(1500);
    store
        .approve_with_undo(id, &person("dana"), &firm(), None, window)
        .await
        .unwrap();
    assert!(store.held_until(id).await.unwrap().is_some());
    assert!(
        store.claim_next().await.unwrap().is_none(),
        "the sender waits out the undo window"
    );
    store.undo_approval(id, &person("dana")).await.unwrap();
    let detail = store.draft(id).await.unwrap();
    assert_eq!(detail.summary.state, DraftState::Pending);
    assert!(
        detail
            .history
            .iter()
            .any(|e| e.action == "undone" && e.actor == "dana")
    );

    store
        .approve_with_undo(id, &person("dana"), &firm(), None, window)
        .await
        .unwrap();
    tokio::time::sleep(window + std::time::Duration::from_millis(200)).await;
    assert!(store.held_until(id).await.unwrap().is_none());
    let claimed = store
        .claim_next()
        .await
        .unwrap()
        .expect("released after the window");
    assert_eq!(claimed.id, id);
    assert!(
        matches!(
            store.undo_approval(id, &person("dana")).await,
            Err(StoreError::WrongState { .. })
        ),
        "a draft the outbox took cannot be undone"
    );
}

#[tokio::test]
async fn a_retry_after_a_send_failure_cannot_be_undone() {
    let (_app, store) = fresh_store().await;
    let id = being_sent(&store).await;
    let later = chrono::Utc::now() + chrono::Duration::minutes(5);
    store.mark_retry(id, "421 try later", later).await.unwrap();
    assert!(store.held_until(id).await.unwrap().is_none());
    assert!(store.undo_approval(id, &person("dana")).await.is_err());
}

/// A batch as intake fetches it: a request, the same request delivered again, a nudge on it by
/// In-Reply-To and one by subject only, another prospect's request and bytes that do not
/// parse.
fn mixed_batch() -> Vec<Incoming> {
    let request = engage_mail();
    let mut again =
        b"Received: from relay2.example by mx.example; Tue, 3 Mar 2026 10:01:00 +0100\r\n".to_vec();
    again.extend(&request);
    let nudge = b"From: \"Lee, Ann\" <ann.lee@acme-dental.example>\r\nTo: sales@northwind-it.example\r\nSubject: Re: Network and Microsoft 365 for our new office\r\nDate: Wed, 4 Mar 2026 09:00:00 +0100\r\nMessage-ID: <nudge-1@acme-dental.example>\r\nIn-Reply-To: <req-1@acme-dental.example>\r\n\r\nAny update on this?\r\n".to_vec();
    let by_subject = b"From: \"Lee, Ann\" <ann.lee@acme-dental.example>\r\nTo: sales@northwind-it.example\r\nSubject: Re: Network and Microsoft 365 for our new office\r\nDate: Thu, 5 Mar 2026 09:00:00 +0100\r\nMessage-ID: <nudge-2@acme-dental.example>\r\n\r\nHello again, any news?\r\n".to_vec();
    let other =
        std::fs::read(repo().join("tests/fixtures/engage-server-down-qp-iso-8859-1.eml")).unwrap();
    let garbage = b"\xff\xfe garbage without headers".to_vec();
    [request, again, nudge, by_subject, other, garbage]
        .iter()
        .enumerate()
        .map(|(n, raw)| incoming(raw, Some(n as u32 + 1)))
        .collect()
}

/// What a person sees of each draft: its reply, its history and its conversation.
async fn drafts_as_shown(store: &Store) -> Vec<String> {
    let mut shown = Vec::new();
    for summary in store.drafts(None, 100).await.unwrap() {
        let detail = store.draft(summary.id).await.unwrap();
        let history: Vec<_> = detail
            .history
            .iter()
            .map(|e| (&e.action, &e.actor, &e.detail))
            .collect();
        shown.push(format!(
            "{} {:?}\n{history:?}\n{:?}",
            summary.id, detail.reply, detail.conversation
        ));
    }
    shown
}

#[tokio::test]
async fn a_batch_recorded_at_once_is_recorded_as_one_message_after_the_other() {
    let (_one_by_one, alone) = fresh_store().await;
    let mut expected = Vec::new();
    for incoming in mixed_batch() {
        expected.push(alone.record(&incoming).await.unwrap());
    }
    let (_at_once, batched) = fresh_store().await;
    let recorded = batched.record_all(&mixed_batch()).await.unwrap();
    assert_eq!(recorded, expected);
    // The request has a draft, its second copy is recognised, both nudges join that draft,
    // the other prospect has a draft of their own, and the bytes that do not parse are kept.
    let Recorded::New {
        message,
        draft: Some(draft),
        joined: None,
    } = recorded[0]
    else {
        panic!("{recorded:?}")
    };
    assert_eq!(recorded[1], Recorded::Duplicate { message });
    for nudge in &recorded[2..4] {
        assert!(
            matches!(nudge, Recorded::New { draft: None, joined: Some(d), .. } if *d == draft),
            "{recorded:?}"
        );
    }
    assert!(matches!(recorded[4], Recorded::New { draft: Some(_), .. }));
    assert!(matches!(
        recorded[5],
        Recorded::New {
            draft: None,
            joined: None,
            ..
        }
    ));
    assert_eq!(
        drafts_as_shown(&batched).await,
        drafts_as_shown(&alone).await
    );
    // Recorded again, the whole batch is recognised.
    let again = batched.record_all(&mixed_batch()).await.unwrap();
    assert!(
        again
            .iter()
            .all(|r| matches!(r, Recorded::Duplicate { .. }))
    );
    assert_eq!(batched.drafts(None, 100).await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_verdict_read_back_explains_each_hit_in_the_words_its_rule_had() {
    let (_app, store) = fresh_store().await;
    let first = incoming(&engage_mail(), Some(1));
    // The same rules, one of them reworded before the second message was screened: each
    // verdict keeps the words it was screened with.
    let mut second = incoming(
        &std::fs::read(repo().join("tests/fixtures/engage-server-down-qp-iso-8859-1.eml")).unwrap(),
        Some(2),
    );
    let doorman::screener::Screening::Screened { verdict, .. } = &mut second.screening else {
        panic!("the fixture parses")
    };
    verdict.hits[0].description = "Reworded by the firm.".into();
    let batch = [first, second];
    let recorded = store.record_all(&batch).await.unwrap();
    let since = chrono::Utc::now() - chrono::Duration::hours(1);
    let decisions = store.decisions(since).await.unwrap();
    for ((incoming, recorded), decision) in batch.iter().zip(&recorded).zip(&decisions) {
        let doorman::screener::Screening::Screened { verdict, .. } = &incoming.screening else {
            unreachable!()
        };
        assert!(verdict.hits.iter().all(|hit| !hit.description.is_empty()));
        assert_eq!(decision.verdict.as_ref(), Some(verdict));
        let Recorded::New {
            draft: Some(draft), ..
        } = recorded
        else {
            panic!("{recorded:?}")
        };
        let detail = store.draft(*draft).await.unwrap();
        assert_eq!(detail.verdict.as_ref(), Some(verdict));
    }
}
