//! Verdict + template -> RFC 5322 reply.
//!
//! A [`Draft`] keeps the parts a person may change (the body) apart from those doorman owns
//! (recipient, subject, threading), so an edited draft is still a correctly threaded reply. It
//! becomes a real message only when it is sent, with a fresh Message-ID at the firm's domain.

mod context;
mod templates;

pub use context::{Context, VARIABLES};
pub use templates::{TemplateError, Templates};

use std::time::SystemTime;

use lettre::message::{Mailbox as LettreMailbox, header::ContentType};
use rand::RngCore;
use serde::{Deserialize, Serialize};

use crate::config::{Config, Firm};
use crate::message::{Mailbox, Message, MessageId, Via};
use crate::rules::{Outcome, RuleSet, Verdict};

/// A reply waiting for a person's approval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub outcome: Outcome,
    pub to: Mailbox,
    /// Kept in copy: the colleague who forwarded the lead, or whoever introduced the prospect.
    #[serde(default)]
    pub cc: Vec<Mailbox>,
    pub subject: String,
    pub in_reply_to: Option<MessageId>,
    pub references: Vec<MessageId>,
    pub body: String,
}

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error("cannot build the reply message: {0}")]
    Build(String),
}

/// Why a message gets no draft, when it gets none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoDraft {
    /// The outcome has no template (`skip` by default).
    OutcomeHasNoTemplate,
    /// There is no address to reply to.
    NoSender,
    /// The sender is the firm itself; replying would start a loop.
    FromTheFirm,
}

/// At most this many ids are kept in References: enough to thread, bounded for long threads.
const MAX_REFERENCES: usize = 20;

/// Writes the reply a verdict calls for, or says why there is none.
pub fn compose(
    message: &Message,
    verdict: &Verdict,
    rules: &RuleSet,
    templates: &Templates,
    config: &Config,
) -> Result<Result<Draft, NoDraft>, DraftError> {
    let Some(template) = rules
        .outcome(verdict.outcome.as_ref())
        .and_then(|o| o.template.as_deref())
    else {
        return Ok(Err(NoDraft::OutcomeHasNoTemplate));
    };
    let Some(to) = message.reply_address() else {
        return Ok(Err(NoDraft::NoSender));
    };
    if config.firm.owns(&to.address) {
        return Ok(Err(NoDraft::FromTheFirm));
    }
    // The prospect's language when the firm answers in it and has the template; else its own.
    let wanted = config.firm.answers_in(message.language());
    let (template, language) = match templates.localised(template, wanted) {
        Some(localised) if wanted != config.firm.language => (localised, wanted),
        _ => (template.to_string(), config.firm.language.as_str()),
    };
    let context = Context::new(
        message,
        verdict,
        rules,
        &config.firm,
        config.drafts.quote_chars,
        language,
        templates.reads_verdict(),
    );
    let body = templates.render(&template, &context)?;
    let via = message.via();
    let cc: Vec<Mailbox> = via
        .referrer()
        .filter(|by| by.address != config.firm.from.address)
        .cloned()
        .into_iter()
        .collect();
    let (subject, in_reply_to, references) = match via {
        // The visitor never saw the notification: the reply is a new message to them.
        Via::Form { .. } => (
            match message.prospect.as_ref().and_then(|p| p.subject.as_deref()) {
                Some(subject) if !subject.trim().is_empty() => reply_subject(subject),
                _ => enquiry_subject(language, &config.firm.name),
            },
            None,
            Vec::new(),
        ),
        // Threaded on the prospect's own message when the forward carries its id.
        Via::Forwarded { .. } => {
            let original = message
                .prospect
                .as_ref()
                .and_then(|p| p.original_id.clone());
            (
                reply_subject(&message.subject),
                original.clone(),
                original.into_iter().collect(),
            )
        }
        Via::Direct | Via::Introduced { .. } => (
            reply_subject(&message.subject),
            message.message_id.clone(),
            thread_references(message),
        ),
    };
    Ok(Ok(Draft {
        outcome: verdict.outcome.clone(),
        to: to.clone(),
        cc,
        subject,
        in_reply_to,
        references,
        body: normalize_body(&body),
    }))
}

/// The subject of a reply to a website-form lead who gave none: they never saw a mail.
fn enquiry_subject(language: &str, firm: &str) -> String {
    match language {
        "fr" => format!("Votre demande à {firm}"),
        "de" => format!("Ihre Anfrage an {firm}"),
        "es" => format!("Su consulta a {firm}"),
        "nl" => format!("Uw aanvraag bij {firm}"),
        "it" => format!("La Sua richiesta a {firm}"),
        "pt" => format!("O seu pedido à {firm}"),
        _ => format!("Your enquiry to {firm}"),
    }
}

/// The References of a reply: the message's own, then the message itself, bounded.
fn thread_references(message: &Message) -> Vec<MessageId> {
    let mut references = message.references.clone();
    if references.is_empty() {
        references.extend(message.in_reply_to.clone());
    }
    references.extend(message.message_id.clone());
    bounded(references)
}

/// Keeps the thread's root and the most recent ids, as RFC 5322 section 3.6.4 suggests.
fn bounded(mut references: Vec<MessageId>) -> Vec<MessageId> {
    if references.len() > MAX_REFERENCES {
        let tail = references.split_off(references.len() - (MAX_REFERENCES - 1));
        references.truncate(1);
        references.extend(tail);
    }
    references
}

impl Draft {
    /// Threads the reply on a whole conversation (`conversation`, oldest first), not only on
    /// the message it answers: ids the conversation has and the message did not carry go
    /// first, in the conversation's order.
    pub fn thread_on(&mut self, conversation: &[MessageId]) {
        if self.in_reply_to.is_none() {
            return;
        }
        let mut references: Vec<MessageId> = conversation
            .iter()
            .filter(|id| !self.references.contains(id))
            .cloned()
            .collect();
        references.append(&mut self.references);
        self.references = bounded(references);
    }

    /// The reply as a message ready to send.
    pub fn to_email(
        &self,
        config: &Config,
        message_id: &MessageId,
        date: SystemTime,
    ) -> Result<lettre::Message, DraftError> {
        let mut builder = lettre::Message::builder()
            .from(lettre_mailbox(&config.firm.from)?)
            .to(lettre_mailbox(&self.to)?)
            .subject(self.subject.clone())
            .date(date)
            .message_id(Some(message_id.bracketed()))
            .user_agent(format!("doorman/{}", env!("CARGO_PKG_VERSION")));
        for cc in &self.cc {
            builder = builder.cc(lettre_mailbox(cc)?);
        }
        if let Some(id) = &self.in_reply_to {
            builder = builder.in_reply_to(id.bracketed());
        }
        if !self.references.is_empty() {
            let refs: Vec<String> = self.references.iter().map(MessageId::bracketed).collect();
            builder = builder.references(refs.join(" "));
        }
        builder
            .header(ContentType::TEXT_PLAIN)
            .body(self.body.clone())
            .map_err(|e| DraftError::Build(e.to_string()))
    }
}

/// A new, globally unique Message-ID at the firm's domain.
pub fn new_message_id(firm: &Firm) -> MessageId {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    MessageId::parse(&format!(
        "doorman.{}@{}",
        hex::encode(bytes),
        firm.message_id_domain()
    ))
    .expect("hex and a configured domain make a valid id")
}

fn lettre_mailbox(mailbox: &Mailbox) -> Result<LettreMailbox, DraftError> {
    let address = mailbox
        .address
        .as_ref()
        .parse()
        .map_err(|e| DraftError::Build(format!("address {}: {e}", mailbox.address)))?;
    Ok(LettreMailbox::new(mailbox.name.clone(), address))
}

/// "Re: " once, whatever the prospect's client put in front ("RE:", "Re[2]:", "AW:", "SV:").
pub fn reply_subject(subject: &str) -> String {
    let mut rest = subject.trim();
    loop {
        let lower = rest.to_ascii_lowercase();
        let prefix_len = ["re:", "aw:", "sv:", "antw:", "réf:"]
            .iter()
            .find(|p| lower.starts_with(*p))
            .map(|p| p.len())
            .or_else(|| {
                // "Re[2]:" and "Re(2):"
                let after = lower.strip_prefix("re")?;
                let close = after.find([']', ')'])?;
                (after.starts_with(['[', '(']) && after[close + 1..].starts_with(':'))
                    .then_some(2 + close + 2)
            });
        match prefix_len {
            Some(len) if rest.is_char_boundary(len) => rest = rest[len..].trim_start(),
            _ => break,
        }
    }
    if rest.is_empty() {
        "Re: your message".to_string()
    } else {
        format!("Re: {rest}")
    }
}

/// Templates leave blank lines where a block was skipped; a reply should not.
fn normalize_body(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut blank_run = 0;
    for line in body.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_subjects_never_double_the_prefix() {
        assert_eq!(reply_subject("Network help"), "Re: Network help");
        assert_eq!(reply_subject("RE: Network help"), "Re: Network help");
        assert_eq!(
            reply_subject("Re: re: AW: Network help"),
            "Re: Network help"
        );
        assert_eq!(reply_subject("Re[2]: Network help"), "Re: Network help");
        assert_eq!(
            reply_subject("Regarding our servers"),
            "Re: Regarding our servers"
        );
        assert_eq!(reply_subject(""), "Re: your message");
    }

    #[test]
    fn blank_runs_are_collapsed() {
        assert_eq!(normalize_body("Hi\n\n\n\nBye\n\n"), "Hi\n\nBye\n");
    }
}
