//! `doorman queue`, `show`, `edit`, `approve`, `reject`: the approval round from a terminal.

use std::io::Write as _;

use anyhow::Context as _;
use chrono::Utc;

use crate::config::Config;
use crate::queue::{Actor, DraftBody, DraftId, DraftState, EmptyBody, Store, age};

pub async fn list(config: &Config, state: Option<DraftState>, json: bool) -> anyhow::Result<i32> {
    let store = Store::open(&config.store).await?;
    let drafts = store.drafts(state, 10_000).await?;
    let now = Utc::now();
    let mut out = std::io::stdout().lock();
    if json {
        for draft in &drafts {
            let overdue = draft.is_overdue(now, config.remind_after);
            let mut value = serde_json::to_value(draft)?;
            value["age_seconds"] = draft.age(now).num_seconds().into();
            value["overdue"] = overdue.into();
            serde_json::to_writer(&mut out, &value)?;
            writeln!(out)?;
        }
        return Ok(0);
    }
    if drafts.is_empty() {
        writeln!(
            out,
            "no drafts{}",
            state.map(|s| format!(" in state {s}")).unwrap_or_default()
        )?;
        return Ok(0);
    }
    writeln!(
        out,
        "{:>5}  {:<9} {:<8} {:>6} {:>7}  {:<32} SUBJECT",
        "ID", "STATE", "OUTCOME", "SCORE", "AGE", "TO"
    )?;
    let mut overdue = 0;
    for draft in &drafts {
        let late = draft.is_overdue(now, config.remind_after);
        overdue += usize::from(late);
        writeln!(
            out,
            "{:>5}  {:<9} {:<8} {:>6} {:>7}{} {:<32} {}",
            draft.id.to_string(),
            draft.state.as_str(),
            draft.outcome.as_ref(),
            draft.score,
            age(draft.age(now)),
            if late { "!" } else { " " },
            truncate(&draft.to, 32),
            truncate(&draft.subject, 60),
        )?;
    }
    if overdue > 0 {
        writeln!(
            out,
            "\n! {overdue} draft(s) pending longer than {} hours: answer them or reject them.",
            config.remind_after.as_secs() / 3600
        )?;
    }
    Ok(0)
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max - 1).chain(['…']).collect()
    }
}

pub async fn show(config: &Config, id: DraftId) -> anyhow::Result<i32> {
    let store = Store::open(&config.store).await?;
    let detail = store.draft(id).await?;
    let mut out = std::io::stdout().lock();
    let summary = &detail.summary;
    writeln!(
        out,
        "draft {}  [{}]  outcome {}  score {}",
        summary.id, summary.state, summary.outcome, summary.score
    )?;
    if let Some(error) = &summary.last_error {
        writeln!(out, "last error: {error}")?;
    }
    writeln!(out, "\n== the prospect's message ({}) ==", detail.mailbox)?;
    match config.reader().find_prospect_in(&detail.raw) {
        Ok(message) => {
            writeln!(
                out,
                "From: {}",
                message
                    .from
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default()
            )?;
            if let Some(prospect) = &message.prospect {
                writeln!(out, "How: {}", prospect.via.describe())?;
            }
            writeln!(out, "Subject: {}", message.subject)?;
            if let Some(date) = message.date {
                writeln!(out, "Date: {}", date.to_rfc2822())?;
            }
            writeln!(out, "\n{}", message.full_body.trim_end())?;
        }
        Err(err) => writeln!(
            out,
            "(does not parse: {err})\n{}",
            String::from_utf8_lossy(&detail.raw)
        )?,
    }
    if !detail.conversation.is_empty() {
        writeln!(out, "\n== the conversation ==")?;
        for turn in &detail.conversation {
            let at = turn
                .at
                .map(|at| at.format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_else(|| "(no date)".into());
            let who = turn.author();
            let mark = if turn.this {
                "  <- this draft answers it"
            } else {
                ""
            };
            writeln!(out, "{at}  {who}: {}{mark}", turn.subject)?;
        }
    }
    if let Some(verdict) = &detail.verdict {
        writeln!(out, "\n== verdict: {} ==", verdict.summary())?;
        for hit in &verdict.hits {
            writeln!(out, "  {hit}")?;
        }
    }
    writeln!(out, "\n== draft ==")?;
    writeln!(out, "To: {}", summary.to)?;
    for cc in &detail.reply.cc {
        writeln!(out, "Cc: {cc}")?;
    }
    writeln!(out, "Subject: {}", summary.subject)?;
    if let Some(id) = &detail.reply.in_reply_to {
        writeln!(out, "In-Reply-To: {}", id.bracketed())?;
    }
    writeln!(out, "\n{}", detail.reply.body.trim_end())?;
    writeln!(out, "\n== history ==")?;
    for event in &detail.history {
        writeln!(
            out,
            "{}  {:<12} {:<10} {}",
            event.at.format("%Y-%m-%d %H:%M"),
            event.action,
            event.actor,
            event.detail.as_deref().unwrap_or("")
        )?;
    }
    if detail.edits.len() > 1 {
        writeln!(
            out,
            "({} versions of the body; the web page shows them all)",
            detail.edits.len()
        )?;
    }
    Ok(0)
}

pub async fn edit(config: &Config, id: DraftId, by: &Actor) -> anyhow::Result<i32> {
    let store = Store::open(&config.store).await?;
    let detail = store.draft(id).await?;
    if detail.summary.state != DraftState::Pending {
        anyhow::bail!(
            "draft {id} is {}, only pending drafts can be edited",
            detail.summary.state
        );
    }
    let file = tempfile::Builder::new()
        .prefix(&format!("doorman-draft-{id}-"))
        .suffix(".txt")
        .tempfile()?;
    std::fs::write(file.path(), &detail.reply.body)?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file.path())
        .status()
        .with_context(|| format!("cannot start the editor {editor:?}: set $EDITOR"))?;
    if !status.success() {
        anyhow::bail!("the editor exited with {status}; the draft is unchanged");
    }
    let body = match DraftBody::parse(&std::fs::read_to_string(file.path())?) {
        Ok(body) => body,
        Err(EmptyBody) => anyhow::bail!(
            "the edited draft is empty; the draft is unchanged (use `doorman reject` to drop it)"
        ),
    };
    if body.as_ref().trim() == detail.reply.body.trim() {
        println!("draft {id} unchanged");
        return Ok(0);
    }
    store.edit(id, &body, by).await?;
    println!("draft {id} saved; `doorman approve {id}` sends it");
    Ok(0)
}

pub async fn approve(config: &Config, id: DraftId, by: &Actor) -> anyhow::Result<i32> {
    let store = Store::open(&config.store).await?;
    store.approve(id, by, &config.firm, None).await?;
    println!("draft {id} approved by {by}; `doorman run` sends it");
    Ok(0)
}

pub async fn reject(
    config: &Config,
    id: DraftId,
    by: &Actor,
    reason: Option<&str>,
) -> anyhow::Result<i32> {
    let store = Store::open(&config.store).await?;
    store.reject(id, by, reason).await?;
    println!("draft {id} rejected by {by}; it will not be sent");
    Ok(0)
}

pub async fn resolve(
    config: &Config,
    id: DraftId,
    by: &Actor,
    resolution: crate::queue::Resolution,
) -> anyhow::Result<i32> {
    let store = Store::open(&config.store).await?;
    store.resolve(id, by, resolution).await?;
    match resolution {
        crate::queue::Resolution::WasSent => {
            println!("draft {id} recorded as sent by {by}; it will not be sent again")
        }
        crate::queue::Resolution::SendAgain => {
            println!("draft {id} will be sent again, with the same Message-ID")
        }
    }
    Ok(0)
}

/// The name recorded for a decision when none is given: the login name.
pub fn default_actor() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "cli".into())
}
