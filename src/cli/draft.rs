//! `doorman draft PATH`: the reply doorman would queue for one message.

use std::path::Path;
use std::time::SystemTime;

use anyhow::Context as _;

use crate::drafts::{self, NoDraft};
use crate::screener::Screener;

pub fn run(screener: &Screener, path: &Path) -> anyhow::Result<i32> {
    let mails = crate::intake::read(path)?;
    let mail = mails
        .first()
        .with_context(|| format!("{} holds no message", path.display()))?;
    let (message, verdict) = screener
        .score(&mail.bytes)
        .with_context(|| format!("cannot parse {}", mail.origin))?;
    match screener.compose(&message, &verdict)? {
        Ok(draft) => {
            let config = &screener.config;
            let email = draft.to_email(
                config,
                &drafts::new_message_id(&config.firm),
                SystemTime::now(),
            )?;
            print!("{}", String::from_utf8_lossy(&email.formatted()));
            eprintln!("verdict: {}", verdict.summary());
            Ok(0)
        }
        Err(reason) => {
            let why = match reason {
                NoDraft::OutcomeHasNoTemplate => {
                    format!("outcome {} has no template", verdict.outcome)
                }
                NoDraft::NoSender => "the message has no sender to reply to".to_string(),
                NoDraft::FromTheFirm => "the message comes from the firm itself".to_string(),
            };
            eprintln!("no draft: {why}; verdict: {}", verdict.summary());
            Ok(0)
        }
    }
}
