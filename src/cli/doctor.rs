//! `doorman doctor`: checks everything `run` needs and says what is wrong and how to fix it.

use crate::config::{Config, MailboxSettings};
use crate::intake::imap::{ImapClient, SpecialUse};
use crate::outbox::Outbox;
use crate::queue::Store;
use crate::screener::Screener;

pub async fn run(config: &Config) -> anyhow::Result<i32> {
    let mut problems = 0;
    let mut report = |ok: bool, what: &str, detail: String| {
        problems += usize::from(!ok);
        println!("{} {what}: {detail}", if ok { "ok  " } else { "FAIL" });
    };
    report(
        true,
        "config",
        config
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    );

    match Screener::load(config.clone()) {
        Ok(screener) => report(
            true,
            "rules and templates",
            format!(
                "{} rules, {} outcomes",
                screener.rules.rules().len(),
                screener.rules.outcomes().len()
            ),
        ),
        Err(err) => report(false, "rules and templates", format!("{err:#}")),
    }

    match Store::open(&config.store).await {
        Ok(store) => match store.counts().await {
            Ok(counts) => {
                let messages: i64 = counts.by_outcome.iter().map(|(_, n)| n).sum();
                let drafts: Vec<String> = counts
                    .by_state
                    .iter()
                    .map(|(s, n)| format!("{n} {s}"))
                    .collect();
                report(
                    true,
                    "store",
                    format!(
                        "{} ({messages} messages; drafts: {})",
                        config.store.display(),
                        if drafts.is_empty() {
                            "none".into()
                        } else {
                            drafts.join(", ")
                        }
                    ),
                );
            }
            Err(err) => report(false, "store", err.to_string()),
        },
        Err(err) => report(
            false,
            "store",
            format!("{err}; check that the folder exists and is writable"),
        ),
    }

    if config.mailboxes.is_empty() && config.maildir.is_none() {
        report(
            false,
            "intake",
            "no `mailboxes` and no `maildir` in the config: nothing would be screened".into(),
        );
    }
    if let Some(dir) = &config.maildir {
        let ok = dir.join("new").is_dir() || dir.join("cur").is_dir();
        report(
            ok,
            "maildir",
            if ok {
                dir.display().to_string()
            } else {
                format!("{} has no new/ or cur/ folder", dir.display())
            },
        );
    }
    for mailbox in &config.mailboxes {
        let what = format!("imap {} ({}:{})", mailbox.name, mailbox.host, mailbox.port);
        match ImapClient::connect(mailbox).await {
            Ok(mut client) => match client.select(&mailbox.folder).await {
                Ok(state) => {
                    report(
                        true,
                        &what,
                        format!(
                            "logged in; {} has {} messages; IDLE {}; {}",
                            mailbox.folder,
                            state.exists,
                            if client.has_idle() {
                                "available"
                            } else {
                                "not offered, polling"
                            },
                            state
                                .keyword_warning(&mailbox.keyword)
                                .unwrap_or_else(|| format!("keyword {} kept", mailbox.keyword))
                        ),
                    );
                    if mailbox.mirror_drafts {
                        let what = format!("drafts mirror {}", mailbox.name);
                        match mirroring(&mut client, mailbox).await {
                            Ok(detail) => report(true, &what, detail),
                            Err(err) => report(false, &what, format!("{err:#}")),
                        }
                    }
                    client.logout().await.ok();
                }
                Err(err) => report(false, &what, err.to_string()),
            },
            Err(err) => report(false, &what, err.to_string()),
        }
    }
    match Outbox::from_settings(&config.outbox) {
        Ok(outbox) => match outbox.check().await {
            Ok(detail) => report(true, "outbox", detail),
            Err(err) => report(false, "outbox", err.to_string()),
        },
        Err(err) => report(false, "outbox", err.to_string()),
    }
    if problems > 0 {
        println!("\n{problems} problem(s)");
        Ok(1)
    } else {
        println!("\neverything doorman needs is in place");
        Ok(0)
    }
}

/// What mirroring drafts (`mirror_drafts: true`) will do on this server: which folder it uses
/// and how it finds and removes its copies, with what the server lacks said plainly.
async fn mirroring(client: &mut ImapClient, mailbox: &MailboxSettings) -> anyhow::Result<String> {
    let marked = client.special_use(SpecialUse::Drafts).await?;
    let folder = client.drafts_folder(mailbox).await?;
    let mut said = vec![
        match (&mailbox.drafts_folder, &marked, client.has_special_use()) {
            (Some(folder), _, _) => format!("copies go to {folder} (drafts_folder)"),
            (None, Some(folder), _) => {
                format!("copies go to {folder}, the folder the server marks \\Drafts (SPECIAL-USE)")
            }
            (None, None, special_use) => format!(
                "the server {} marks no folder \\Drafts: copies go to {folder}; set drafts_folder if the firm's mail client keeps its drafts elsewhere (a localised name)",
                if special_use {
                    "has SPECIAL-USE but"
                } else {
                    "has no SPECIAL-USE and"
                }
            ),
        },
    ];
    said.push(match (client.has_uidplus(), client.has_literal_plus()) {
        (true, true) => "UIDPLUS: each copy's UID comes with its APPEND, and only doorman's own copies are expunged".into(),
        (true, false) => "UIDPLUS without LITERAL+: each copy is found by SEARCH on its X-Doorman-Draft header after the APPEND; only doorman's own copies are expunged".into(),
        (false, _) => "no UIDPLUS: each copy is found by SEARCH on its X-Doorman-Draft header after the APPEND, and removing one is a plain EXPUNGE, which also removes whatever else the mail client had marked deleted in that folder".into(),
    });
    said.push(match client.select(&folder).await {
        Ok(state) if state.keeps_keyword("$DoormanDraft") => format!("{folder} keeps custom keywords; doorman names its copies by header, so it needs none"),
        Ok(_) => format!("{folder} keeps no custom keywords: not needed, doorman names its copies by their X-Doorman-Draft header"),
        Err(_) => format!("{folder} does not exist yet: doorman creates it with the first copy"),
    });
    Ok(said.join("; "))
}
