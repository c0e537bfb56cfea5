//! Screening one message: parse, score, and write the draft its verdict calls for.

use crate::drafts::{Draft, DraftError, NoDraft};
use crate::message::{Mailbox, Message, MessageId, ParseError, Signal};
use crate::rules::Verdict;

use super::Screener;

/// What the store knows about a message's sender and its thread when the message is screened:
/// whether the firm has written to the sender before, which conversation the message
/// continues, whether a person already answered. It travels beside the raw bytes so that
/// screening can take it into account without the screener ever reading the store. Each
/// `Some` holds the sentence a person reads in the verdict's explanation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    /// Listed under `clients:` ("acme.example is listed under clients").
    pub client: Option<String>,
    /// The firm wrote to the sender before, in another conversation.
    pub correspondent: Option<String>,
    /// A person already replied to this very message.
    pub answered: Option<String>,
    /// The conversation the message continues, when it continues one.
    pub conversation: Option<Conversation>,
}

/// A conversation a message continues, as far as the store knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conversation {
    /// A person at the firm handles it: replied by hand, or decided its draft.
    pub handled: Option<String>,
    /// doorman's reply was sent in it, so this message answers doorman: a follow-up.
    pub replied: Option<String>,
    /// The raw bytes of the prospect's earlier messages in it, oldest first.
    pub earlier: Vec<Vec<u8>>,
    /// Every Message-ID in it, oldest first: what a reply's References carry.
    pub references: Vec<MessageId>,
}

impl Known {
    /// The signals the store's knowledge raises, with their evidence.
    fn signals(&self) -> Vec<(Signal, &str)> {
        let conversation = self.conversation.as_ref();
        [
            (Signal::Client, self.client.as_deref()),
            (Signal::KnownCorrespondent, self.correspondent.as_deref()),
            (Signal::Answered, self.answered.as_deref()),
            (
                Signal::ThreadReply,
                conversation.and_then(|c| c.handled.as_deref()),
            ),
            (
                Signal::FollowUp,
                conversation.and_then(|c| c.replied.as_deref()),
            ),
        ]
        .into_iter()
        .filter_map(|(signal, evidence)| Some((signal, evidence?)))
        .collect()
    }
}

/// The result of parsing and scoring one message.
// One value per message, moved straight into the store: boxing the large variant would only
// add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Screening {
    Screened {
        message_id: Option<MessageId>,
        sender: Option<Mailbox>,
        subject: String,
        verdict: Verdict,
        draft: Option<Draft>,
    },
    /// The bytes did not parse; the message is stored and flagged.
    Unparseable { error: String },
}

impl Screening {
    /// The Message-ID the message carries, when it parsed and has one.
    pub fn message_id(&self) -> Option<&MessageId> {
        match self {
            Screening::Screened { message_id, .. } => message_id.as_ref(),
            Screening::Unparseable { .. } => None,
        }
    }

    /// "Dana <dana@example.com>: Any update?", for the audit trail.
    pub fn sender_and_subject(&self) -> String {
        match self {
            Screening::Screened {
                sender, subject, ..
            } => match sender {
                Some(sender) => format!("{sender}: {subject}"),
                None => subject.clone(),
            },
            Screening::Unparseable { .. } => "a message that does not parse".into(),
        }
    }

    /// The verdict, when the message parsed.
    pub fn verdict(&self) -> Option<&Verdict> {
        match self {
            Screening::Screened { verdict, .. } => Some(verdict),
            Screening::Unparseable { .. } => None,
        }
    }
}

/// Why a draft could not be written again from another outcome's template.
#[derive(Debug, thiserror::Error)]
pub enum RedraftError {
    #[error("the message does not parse: {0}")]
    Unparseable(#[from] ParseError),
    #[error("{0:?} is not an outcome with a template")]
    NoSuchOutcome(String),
    #[error("no draft can be written: {0:?}")]
    NoDraft(NoDraft),
    #[error(transparent)]
    Draft(#[from] DraftError),
}

impl Screener {
    /// Parses, scores and drafts one raw message: what intake records for it. Never fails:
    /// bytes that do not parse are a [`Screening::Unparseable`], kept and flagged.
    pub fn screen(&self, raw: &[u8], known: &Known) -> Screening {
        self.screen_read(self.read(raw), known)
    }

    /// [`Screener::screen`] for a message already read with [`Screener::read`] (intake reads
    /// it first to ask the store about its prospect). With what the store knows, a follow-up
    /// is scored on the prospect's whole conversation and its draft threads on all of it.
    pub fn screen_read(&self, message: Result<Message, ParseError>, known: &Known) -> Screening {
        let mut message = match message {
            Ok(message) => message,
            Err(err) => {
                return Screening::Unparseable {
                    error: err.to_string(),
                };
            }
        };
        for (signal, evidence) in known.signals() {
            message.learn(signal, evidence.to_string());
        }
        let conversation = known.conversation.as_ref();
        if let Some(conversation) = conversation.filter(|c| c.replied.is_some()) {
            let earlier: Vec<String> = conversation
                .earlier
                .iter()
                .filter_map(|raw| self.read(raw).ok())
                .map(|earlier| earlier.body)
                .collect();
            message.continue_from(&earlier);
        }
        let verdict = self.rules.evaluate(&message);
        let mut draft = match self.compose(&message, &verdict) {
            Ok(Ok(draft)) => Some(draft),
            Ok(Err(_)) => None,
            Err(err) => {
                // A template that fails at render time (it passed the lint) must not lose the
                // message: it is stored with its verdict and the failure is logged.
                tracing::error!("cannot write a draft: {err}");
                None
            }
        };
        if let (Some(draft), Some(conversation)) = (draft.as_mut(), conversation) {
            draft.thread_on(&conversation.references);
        }
        Screening::Screened {
            message_id: message.message_id.clone(),
            sender: message.from.clone(),
            subject: message.subject.clone(),
            verdict,
            draft,
        }
    }

    /// Parses and scores raw bytes with the firm's reader: the message as the rules saw it
    /// (the prospect's, when someone passed it on) and its verdict.
    pub fn score(&self, raw: &[u8]) -> Result<(Message, Verdict), ParseError> {
        self.rules.score_with(raw, &self.reader)
    }

    /// Parses raw bytes whole and finds the prospect behind them, as screening does.
    pub fn read(&self, raw: &[u8]) -> Result<Message, ParseError> {
        self.reader.find_prospect_in(raw)
    }

    /// The reply a verdict calls for, or why there is none.
    pub fn compose(
        &self,
        message: &Message,
        verdict: &Verdict,
    ) -> Result<Result<Draft, NoDraft>, DraftError> {
        crate::drafts::compose(message, verdict, &self.rules, &self.templates, &self.config)
    }

    /// The draft a person asked for by choosing another outcome: the stored verdict (or, for a
    /// message screened before verdicts were kept, a fresh one) with that outcome, written
    /// from its template.
    pub fn redraft(
        &self,
        raw: &[u8],
        verdict: Option<&Verdict>,
        outcome: &str,
    ) -> Result<Draft, RedraftError> {
        let message = self.read(raw)?;
        let mut verdict = verdict
            .cloned()
            .unwrap_or_else(|| self.rules.evaluate(&message));
        let outcome = self
            .rules
            .outcome(outcome)
            .filter(|o| o.template.is_some())
            .ok_or_else(|| RedraftError::NoSuchOutcome(outcome.to_string()))?;
        verdict.outcome = outcome.id.clone();
        self.compose(&message, &verdict)?
            .map_err(RedraftError::NoDraft)
    }
}
