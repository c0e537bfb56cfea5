//! `doorman draft PATH`: the reply doorman would queue for one message.

use std::path::Path;
use std::time::SystemTime;

use anyhow::Context as _;

use super::Setup;
use crate::drafts::{self, NoDraft};
use crate::message::Message;

pub fn run(setup: &Setup, path: &Path) -> anyhow::Result<i32> {
    let mails = crate::intake::read(path)?;
    let mail = mails
        .first()
        .with_context(|| format!("{} holds no message", path.display()))?;
    let message =
        Message::parse(&mail.bytes).with_context(|| format!("cannot parse {}", mail.origin))?;
    let verdict = setup.rules.evaluate(&message);
    match drafts::compose(
        &message,
        &verdict,
        &setup.rules,
        &setup.templates,
        &setup.config,
    )? {
        Ok(draft) => {
            let email = draft.to_email(
                &setup.config,
                &drafts::new_message_id(&setup.config),
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
