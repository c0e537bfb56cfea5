//! The prospect behind a message. Most write to the firm themselves; others reach it through a
//! website form, a colleague's or partner's forward, or an introduction with them in copy.
//! Whichever way, the rules must read the prospect's own words and the reply must go to the
//! prospect: [`Reader::find_prospect`] works that out once, while the message is parsed.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use serde::{Deserialize, Serialize};

use super::conversation::is_reply_subject;
use super::forms::{self, Kind};
use super::forwards::{self, Forwarded, mailbox_in};
use super::{EmailAddress, Mailbox, Message, MessageId, Signal};

/// How a prospect reached the firm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum Via {
    /// They wrote to the firm themselves.
    Direct,
    /// They filled in a form on a website; `notifier` is the robot that mailed it.
    Form { notifier: Mailbox },
    /// A colleague or partner passed their message on.
    Forwarded { by: Mailbox },
    /// Someone who knows them wrote to the firm with them in copy.
    Introduced { by: Mailbox },
}

impl Via {
    /// `direct`, `form`, `forwarded` or `introduced`.
    pub fn name(&self) -> &'static str {
        match self {
            Via::Direct => "direct",
            Via::Form { .. } => "form",
            Via::Forwarded { .. } => "forwarded",
            Via::Introduced { .. } => "introduced",
        }
    }

    /// How the prospect reached the firm, as a person would say it.
    pub fn describe(&self) -> String {
        match self {
            Via::Direct => "wrote to the firm".into(),
            Via::Form { notifier } => format!("filled in a website form (sent by {notifier})"),
            Via::Forwarded { by } => format!("forwarded by {by}"),
            Via::Introduced { by } => format!("introduced by {by}"),
        }
    }

    /// Whoever forwarded or introduced the prospect, to keep in copy of the reply.
    pub fn referrer(&self) -> Option<&Mailbox> {
        match self {
            Via::Forwarded { by } | Via::Introduced { by } => Some(by),
            Via::Direct | Via::Form { .. } => None,
        }
    }
}

/// The person a reply is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prospect {
    /// Their name, when known, and the address the reply goes to.
    pub mailbox: Mailbox,
    /// The company they named (a form's company field); `None` when they named none.
    pub company: Option<String>,
    pub via: Via,
    /// The Message-ID of their own message, when a forward carries it: the reply threads on it.
    pub original_id: Option<MessageId>,
    /// The subject they gave (a form's subject field), when the mail's own subject is a robot's.
    pub subject: Option<String>,
}

/// A firm's own form layout, from the config: which sender sends it and what its fields are
/// called, for a form the built-in labels do not know.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormLayout {
    /// Part of the notification's sender address: `forms@crm.example`, `@crm.example`.
    pub sender: String,
    #[serde(default)]
    pub email: Vec<String>,
    #[serde(default)]
    pub name: Vec<String>,
    #[serde(default)]
    pub company: Vec<String>,
    #[serde(default)]
    pub message: Vec<String>,
}

impl FormLayout {
    fn kind_of(&self, label: &str) -> Option<Kind> {
        let label = label.trim().trim_end_matches([':', '*']).trim();
        let has = |names: &[String]| names.iter().any(|n| n.eq_ignore_ascii_case(label));
        [
            (Kind::Email, &self.email),
            (Kind::Name, &self.name),
            (Kind::Company, &self.company),
            (Kind::Words, &self.message),
        ]
        .into_iter()
        .find(|(_, names)| has(names))
        .map(|(kind, _)| kind)
    }
}

/// What parsing needs to know of the firm to find the prospect: its own domains and addresses
/// (a forward from a colleague, mail between staff), and its own form layouts.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    own_domains: Vec<String>,
    own_addresses: Vec<EmailAddress>,
    layouts: Vec<FormLayout>,
}

/// A short note above a forward that passes a lead on, in the words partners use.
const PASSING_ON: &[&str] = &[
    "help them",
    "talk to you",
    "is below",
    "are below",
    "details below",
    // Whose request it is: someone else's, handed over.
    "her note",
    "his note",
    "their note",
    "her original",
    "his original",
    "her email",
    "his email",
    "reply to her",
    "reply to him",
    "reply to them",
    "on to you",
    "pass this on",
    "one of our customers",
    "one of our clients",
    "a customer of ours",
    "a client of ours",
    // It is not the forwarder's kind of work, but may be the firm's.
    "my area",
    "your area",
    "is it yours",
    "your street",
    "your alley",
    "your wheelhouse",
    "your line of",
    "more your",
    "original message",
    "expecting your",
    "hear from you",
    "suggested",
    "introduce",
    "help him",
    "help her",
    "take this",
    "take this one",
    "can't take",
    "cannot take",
    "can not take",
    "not our",
    "outside our",
    "lead",
    "passing",
    "pass this",
    "passed on",
    "forwarding",
    "referral",
    "refer",
    "recommend",
    "thought of you",
    "for you",
    "could you",
    "can you",
    "contact them",
    "reach out",
    "get in touch",
    "in touch",
    "kannst du",
    "können sie",
    "könnt ihr",
    "weitergeleitet",
    "pouvez-vous",
    "peux-tu",
    "transmets",
    "transmis",
    "ci-dessous",
    "unten",
    "mein bereich",
    "abajo",
    "hieronder",
    "qui sotto",
    "abaixo",
    "puedes",
    "podéis",
    "puede",
    "kun je",
    "kunnen jullie",
    "puoi",
    "potete",
    "podes",
    "pode",
    "podem",
];

/// Words with which someone passes on a person by their address alone, with no forward and
/// no one in copy ("her email is ..., she knows we are passing her on").
const REFERRING: &[&str] = &[
    "her email is",
    "his email is",
    "their email is",
    "her e-mail is",
    "his e-mail is",
    "her address is",
    "his address is",
    "reach her at",
    "reach him at",
    "contact her at",
    "contact him at",
    "write to her at",
    "write to him at",
    "passing her on",
    "passing him on",
    "passing them on",
    "son adresse est",
    "son e-mail est",
    "ihre e-mail-adresse ist",
    "seine e-mail-adresse ist",
    "ihre e-mail ist",
    "su correo es",
    "su email es",
    "haar e-mailadres is",
    "zijn e-mailadres is",
    "la sua email è",
    "il suo indirizzo email è",
    "o e-mail dela é",
    "o e-mail dele é",
    "o email dela é",
    "o email dele é",
    // Relaying someone's request to the firm.
    "pass it on",
    "passing it on",
    "pass it along",
    "pass this on",
    "passing this on",
    "pass this along",
    "asked me who could",
    "asked me if i knew",
    "asked me to pass",
    "je vous transmets",
    "m'a demandé si je connaissais",
    "gebe ich weiter",
    "leite ich weiter",
    "hat mich gefragt, ob ich",
    "se lo paso",
    "me preguntó si conocía",
    "geef ik door",
    "vroeg mij of ik",
    "vroeg me of ik",
    "vi giro",
    "mi ha chiesto se conoscevo",
    "perguntou-me se conhecia",
    "passo-vos o contacto",
    // Asked to get in touch with them themselves.
    "reach out to her",
    "reach out to him",
    "reach out to them directly",
    "contact her directly",
    "contact him directly",
    "get in touch with her",
    "get in touch with him",
    "here's her address",
    "here's his address",
    "here is her address",
    "here is his address",
    "expecting a call from you",
    "expecting your call",
    "expecting to hear from you",
    "contactez-la",
    "contactez-le",
    "attend votre appel",
    "melden sie sich direkt bei ihr",
    "melden sie sich direkt bei ihm",
    "erwartet ihren anruf",
    "contáctela",
    "contáctelo",
    "póngase en contacto con ella",
    "póngase en contacto con él",
    "espera su llamada",
    "neem contact met haar op",
    "neem contact met hem op",
    "verwacht uw telefoontje",
    "la contatti",
    "lo contatti",
    "contattatela",
    "contattatelo",
    "aspetta una vostra chiamata",
    "contacte-a",
    "contacte-o",
    "entre em contacto com ela",
    "entre em contacto com ele",
    "aguarda o vosso contacto",
];

/// Words an introduction uses, in the languages prospects write in.
const INTRODUCING: &[&str] = &[
    "introduce",
    "introducing",
    "introduction",
    "meet ",
    "cc'd",
    "cc’d",
    "cc'ed",
    "copied",
    "in copy",
    "in cc",
    "looping in",
    "connect you",
    "put you in touch",
    "put you two in touch",
    "put you both in touch",
    "get you two in touch",
    "connect you two",
    "in touch with each other",
    "put you in contact",
    "take it from here",
    "mettre en relation",
    "mets en relation",
    "mettre en contact",
    "in kontakt bringen",
    "miteinander in kontakt",
    "bekannt machen",
    "poneros en contacto",
    "ponerles en contacto",
    "ponerlos en contacto",
    "in contact brengen",
    "met elkaar in contact",
    "mettervi in contatto",
    "mettere in contatto",
    "pôr-vos em contacto",
    "pôr em contacto",
    "colocar em contato",
    "je vous présente",
    "présenter",
    "en copie",
    "vorstellen",
    "in kopie",
    "in cc gesetzt",
    "presentar",
    "en copia",
    "voorstellen",
    "in de cc",
    "presentare",
    "presento",
    "in copia",
    "apresentar",
    "em cópia",
];

impl Reader {
    /// A reader for a firm with these own domains and addresses and extra form layouts.
    pub fn new(
        own_domains: Vec<String>,
        own_addresses: Vec<EmailAddress>,
        layouts: Vec<FormLayout>,
    ) -> Reader {
        Reader {
            own_domains: own_domains.iter().map(|d| d.to_ascii_lowercase()).collect(),
            own_addresses,
            layouts,
        }
    }

    /// Whether an address is the firm's own.
    pub fn owns(&self, address: &EmailAddress) -> bool {
        let domain = address.domain();
        self.own_addresses.contains(address) || self.owns_domain(domain)
    }

    /// Parses raw bytes whole and finds the prospect behind them.
    pub fn find_prospect_in(&self, raw: &[u8]) -> Result<Message, super::ParseError> {
        Ok(self.find_prospect(Message::parse(raw)?))
    }

    /// Whether the headers alone say this may be a website form's notification: then its body
    /// must be read before any rule decides, since a form robot looks like any robot.
    pub fn may_be_form(&self, message: &Message) -> bool {
        let Some(sender) = &message.from else {
            return false;
        };
        // A robot that also sends newsletters, receipts and alerts (`noreply@`,
        // `notifications@`) must say so in its subject; website software (`wordpress@`) and form
        // services send little else.
        self.layout_for(&sender.address).is_some()
            || forms::form_service(&sender.address)
            || forms::website_sender(&sender.address)
            || forms::robot_sender(&sender.address) && forms::form_subject(&message.subject)
            // The firm's own website may send from any address at its domain (`email@`).
            || self.owns(&sender.address) && !self.own_addresses.contains(&sender.address)
    }

    fn layout_for(&self, address: &EmailAddress) -> Option<&FormLayout> {
        if self.layouts.is_empty() {
            return None;
        }
        let address = address.as_ref().to_ascii_lowercase();
        self.layouts
            .iter()
            .find(|l| !l.sender.is_empty() && address.contains(&l.sender.to_ascii_lowercase()))
    }

    /// Works out the prospect of a message whose body has been read, and makes the message the
    /// prospect's: their address and name as the sender, their own words as the body, and the
    /// signals of the robot or person who passed it on replaced by `web-form`, `forwarded` or
    /// `introduced`. Mail from the firm's own people that carries no prospect gets `internal`.
    pub fn find_prospect(&self, mut message: Message) -> Message {
        if !message.body_read || message.prospect.is_some() {
            return message;
        }
        if let Some(found) = self.form(&message) {
            found.apply(&mut message);
            return message;
        }
        let forwarded = message
            .attached
            .take()
            .or_else(|| forwards::inline(&message.full_body));
        if let Some(forwarded) = forwarded
            && self.passes_a_lead_on(&message, &forwarded)
        {
            apply_forward(&mut message, forwarded);
            return message;
        }
        // A mailing list's introductions are its members' business, not the firm's.
        let introduced = if message.signals.has(Signal::List) {
            None
        } else {
            self.introduced(&message)
                .or_else(|| self.referred(&message))
        };
        if let Some(introduced) = introduced {
            let by = message.from.clone().expect("an introduction has a sender");
            message
                .signals
                .raise(Signal::Introduced, format!("introduced by {}", by.address));
            message.prospect = Some(Prospect {
                mailbox: introduced,
                company: None,
                via: Via::Introduced { by },
                original_id: None,
                subject: None,
            });
            return message;
        }
        if let Some(sender) = &message.from
            && self.owns(&sender.address)
        {
            let evidence = format!("from the firm's own {}", sender.address);
            message.signals.raise(Signal::Internal, evidence);
            return message;
        }
        self.read_answer_to_firm(&mut message);
        message
    }

    /// A prospect answering the firm ("Tuesday works", "go ahead, PO attached") is still in the
    /// sale: raises `answers-firm`, and puts the prospect's own earlier words, quoted below, in
    /// front of this reply's, so the rules weigh the request and not only its last line. The
    /// firm's quoted words are never read as the prospect's.
    fn read_answer_to_firm(&self, message: &mut Message) {
        let Some(sender) = message.from.clone() else {
            return;
        };
        let in_reply_to_firm = message
            .in_reply_to
            .iter()
            .chain(message.references.iter().rev())
            .find(|id| self.owns_domain(id.domain()))
            .map(|id| format!("answers the firm's message <{id}>"));
        let turns = if in_reply_to_firm.is_some() || is_reply_subject(&message.subject) {
            super::thread::quoted(&message.full_body)
        } else {
            Vec::new()
        };
        let quotes_firm = || {
            turns
                .iter()
                .filter_map(|t| t.author.as_ref())
                .find(|author| self.owns(&author.address))
                .map(|author| format!("quotes {} of the firm", author.address))
        };
        let Some(evidence) = in_reply_to_firm.or_else(quotes_firm) else {
            return;
        };
        message.signals.raise(Signal::AnswersFirm, evidence);
        // Oldest first, as the conversation went.
        let earlier: Vec<String> = turns
            .into_iter()
            .rev()
            .filter(|t| {
                t.author
                    .as_ref()
                    .is_some_and(|a| a.address == sender.address)
            })
            .map(|t| t.words)
            .filter(|words| !words.is_empty())
            .collect();
        message.continue_from(&earlier);
    }

    fn owns_domain(&self, domain: &str) -> bool {
        self.own_domains.iter().any(|d| forms::within(domain, d))
    }

    /// A website form's notification, read: the visitor, and their own words.
    fn form(&self, message: &Message) -> Option<FormLead> {
        let sender = message.from.as_ref()?;
        let layout = self.layout_for(&sender.address);
        // The same test as before any rule ran, so reading the headers first never changes a
        // verdict; a mailing list's robot forwards a discussion, not a visitor's form.
        if !self.may_be_form(message) || layout.is_none() && message.signals.has(Signal::List) {
            return None;
        }
        // A visitor's address is in the fields or the Reply-To: no `@`, no form.
        let has_address = |text: &str| memchr::memchr(b'@', text.as_bytes()).is_some();
        if message.reply_to.is_none()
            && !has_address(&message.full_body)
            && !message.html.as_deref().is_some_and(has_address)
        {
            return None;
        }
        let lines: Vec<String> = match &message.html {
            Some(html) => forms::html_lines(html),
            None => message.full_body.lines().map(str::to_string).collect(),
        };
        let (mut fields, unlabelled) = forms::read(&lines);
        if let Some(layout) = layout {
            for field in &mut fields {
                if let Some(kind) = layout.kind_of(&field.label) {
                    field.kind = kind;
                }
            }
        }
        let theirs = |mailbox: &Mailbox| {
            !forms::robot_sender(&mailbox.address) && !self.owns(&mailbox.address)
        };
        let field = |kind: Kind| {
            fields
                .iter()
                .find(|f| f.kind == kind)
                .map(|f| f.value.trim().to_string())
        };
        let from_fields = fields
            .iter()
            .filter(|f| f.kind == Kind::Email)
            .chain(
                fields
                    .iter()
                    .filter(|f| matches!(f.kind, Kind::Other | Kind::Name)),
            )
            .find_map(|f| mailbox_in(&f.value).filter(theirs));
        let reply_to = message.reply_to.clone().filter(theirs);
        let address = reply_to
            .as_ref()
            .or(from_fields.as_ref())
            .map(|m| m.address.clone())?;
        let words: Vec<String> = fields
            .iter()
            .filter_map(|f| match f.kind {
                Kind::Words => Some(f.value.clone()),
                Kind::Other if !f.value.contains('@') && !f.value.starts_with("http") => {
                    Some(format!("{}: {}", f.label, f.value))
                }
                _ => None,
            })
            .chain(unlabelled)
            .collect();
        // A form has the visitor's message, or at least a labelled address among other fields;
        // a robot's mail that merely quotes a `From:` line has neither.
        let labelled_address = fields.iter().any(|f| f.kind == Kind::Email);
        let has_message = fields.iter().any(|f| f.kind == Kind::Words);
        if !(has_message || labelled_address && fields.len() >= 3) {
            return None;
        }
        let name = field(Kind::Name)
            .filter(|n| !n.contains('@'))
            .or_else(|| {
                let full = [field(Kind::FirstName), field(Kind::LastName)]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                (!full.is_empty()).then_some(full)
            })
            .or_else(|| reply_to.as_ref().and_then(|m| m.name.clone()))
            .or_else(|| from_fields.as_ref().and_then(|m| m.name.clone()));
        Some(FormLead {
            prospect: Prospect {
                mailbox: Mailbox { name, address },
                company: field(Kind::Company).filter(|c| !c.is_empty()),
                via: Via::Form {
                    notifier: sender.clone(),
                },
                original_id: None,
                subject: field(Kind::Subject),
            },
            words: words.join("\n\n"),
        })
    }

    /// Whether a forward passes a prospect's message on to the firm: a colleague forwarded it,
    /// or a partner did with a short note saying so. A prospect forwarding their own earlier
    /// mail, or a colleague at their own company's, is still the prospect themselves.
    fn passes_a_lead_on(&self, message: &Message, forwarded: &Forwarded) -> bool {
        let Some(by) = &message.from else {
            return false;
        };
        if forwarded.from.address == by.address
            || self.owns(&forwarded.from.address)
            || forwarded.from.address.domain() == by.address.domain() && !self.owns(&by.address)
        {
            return false;
        }
        if self.owns(&by.address) {
            return true;
        }
        let note = forwarded.note.to_lowercase();
        note.chars().count() <= 600 && PASSING_ON.iter().any(|p| note.contains(p))
    }

    /// The person a partner passes on by their address in the text: the one address in it
    /// that is neither the firm's nor the partner's own organisation's, beside words that say
    /// so ("her email is").
    fn referred(&self, message: &Message) -> Option<Mailbox> {
        let sender = message.from.as_ref()?;
        if self.owns(&sender.address)
            || message.body.len() > 3000 && message.body.chars().count() > 3000
        {
            return None;
        }
        // The one outside address first: most mail has none, and is then neither lower-cased
        // nor searched for the referring words.
        let mut others = words_with_at(&message.body)
            .filter_map(mailbox_in)
            .filter(|m| m.address.domain() != sender.address.domain() && !self.owns(&m.address));
        let first = others.next()?;
        // Two different addresses: which one is meant is a person's call.
        if !others.all(|m| m.address == first.address) {
            return None;
        }
        let text = message.body.to_lowercase();
        REFERRING_WORDS.is_match(&text).then(|| Mailbox {
            name: name_before(&message.body, &first.address),
            address: first.address,
        })
    }

    /// The person an introduction is for: someone in copy, not the firm, whom the text names.
    fn introduced(&self, message: &Message) -> Option<Mailbox> {
        let sender = message.from.as_ref()?;
        if message.cc.is_empty() && message.to.len() < 2 {
            return None;
        }
        let text = message.body.to_lowercase();
        if !INTRODUCING_WORDS.is_match(&text) {
            return None;
        }
        message
            .cc
            .iter()
            .chain(&message.to)
            .filter(|m| m.address != sender.address && !self.owns(&m.address))
            .find(|m| {
                let first = m
                    .first_name()
                    .map(str::to_lowercase)
                    .unwrap_or_else(|| m.address.local_part().to_lowercase());
                let first = first
                    .split(['.', '_', '-'])
                    .next()
                    .unwrap_or_default()
                    .to_string();
                first.chars().count() >= 2 && text.contains(&first)
            })
            .cloned()
    }
}

/// The name written just before an address in a text ("Gina Marchetti (gina@...)"): up to
/// three capitalised words, taken only when the address agrees with them (its local part
/// holds the first or the last of them), so "Email: gina@..." gives no name.
fn name_before(text: &str, address: &EmailAddress) -> Option<String> {
    let at = text.find(address.as_ref())?;
    let before = text[..at].trim_end_matches(['(', '<', '[', ':', ' ', '\t', '"']);
    let mut words: Vec<&str> = before
        .rsplit(char::is_whitespace)
        .take(3)
        .take_while(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        .collect();
    words.reverse();
    let local = address.local_part().to_lowercase();
    let agrees = |word: &&str| {
        let word = word.to_lowercase();
        word.chars().count() >= 2 && local.contains(&word)
    };
    (words.first().is_some_and(agrees) || words.last().is_some_and(agrees)).then(|| words.join(" "))
}

/// A form's visitor and what they typed.
struct FormLead {
    prospect: Prospect,
    words: String,
}

/// The signals of the robot that sent a notification: they describe the robot, not the
/// visitor whose words it carries.
const ROBOT_SIGNALS: [Signal; 5] = [
    Signal::NoReply,
    Signal::Bulk,
    Signal::AutoSubmitted,
    Signal::AutoResponseSuppress,
    Signal::List,
];

impl FormLead {
    fn apply(self, message: &mut Message) {
        for signal in ROBOT_SIGNALS {
            message.signals.clear(signal);
        }
        let notifier = message
            .from
            .as_ref()
            .map(|m| m.address.to_string())
            .unwrap_or_default();
        message
            .signals
            .raise(Signal::WebForm, format!("a form sent by {notifier}"));
        let subject = self.prospect.subject.clone().unwrap_or_default();
        message.become_the_prospects(self.prospect, subject, self.words);
    }
}

fn apply_forward(message: &mut Message, forwarded: Forwarded) {
    let by = message.from.clone().expect("a forward has a sender");
    message
        .signals
        .raise(Signal::Forwarded, format!("forwarded by {}", by.address));
    let subject = forwarded
        .subject
        .clone()
        .unwrap_or_else(|| strip_forward_prefix(&message.subject).to_string());
    let prospect = Prospect {
        mailbox: forwarded.from,
        company: None,
        via: Via::Forwarded { by },
        original_id: forwarded.message_id,
        subject: None,
    };
    message.become_the_prospects(prospect, subject, forwarded.text);
}

/// "FW: Fwd: WG: TR: RV: I: Doorst: Enc: " off the front of a subject.
fn strip_forward_prefix(subject: &str) -> &str {
    let mut rest = subject.trim();
    loop {
        let lower = rest.to_ascii_lowercase();
        let Some(prefix) = [
            "fwd:", "fw:", "wg:", "tr:", "rv:", "i:", "doorst:", "enc:", "fwd :",
        ]
        .iter()
        .find(|p| lower.starts_with(*p)) else {
            return rest;
        };
        rest = rest[prefix.len()..].trim_start();
    }
}

/// `REFERRING` and `INTRODUCING` as automata: a text is searched once for all the words of
/// each, not once per word.
static REFERRING_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(REFERRING).expect("plain words build an automaton"));
static INTRODUCING_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(INTRODUCING).expect("plain words build an automaton"));

/// The words of a text (as `split_whitespace` gives them) that hold an `@`, found from each
/// `@` outwards: most mail has none or a few, and a long body is then not cut into words.
fn words_with_at(text: &str) -> impl Iterator<Item = &str> {
    let mut done = 0;
    memchr::memchr_iter(b'@', text.as_bytes()).filter_map(move |at| {
        if at < done {
            return None;
        }
        let start = text[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = text[at..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(text.len(), |(i, _)| at + i);
        done = end;
        Some(&text[start..end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_with_an_address_are_the_whitespace_words_that_hold_one() {
        let text = "Write to\u{a0}ana@x.example or\tbo@y@z.example.\n@ end@";
        let words: Vec<&str> = words_with_at(text).collect();
        let split: Vec<&str> = text
            .split_whitespace()
            .filter(|w| w.contains('@'))
            .collect();
        assert_eq!(words, split);
        assert_eq!(words, ["ana@x.example", "bo@y@z.example.", "@", "end@"]);
    }

    fn reader() -> Reader {
        Reader::new(
            vec!["northwind-it.example".into()],
            vec![EmailAddress::parse("sales@northwind-it.example").unwrap()],
            Vec::new(),
        )
    }

    fn read(raw: &str) -> Message {
        reader().find_prospect(Message::parse(raw.as_bytes()).unwrap())
    }

    #[test]
    fn a_contact_form_7_lead_from_the_firms_own_wordpress_is_the_visitors() {
        let message = read(
            "From: WordPress <wordpress@northwind-it.example>\r\nTo: sales@northwind-it.example\r\nReply-To: Ann Lee <ann@acme-dental.example>\r\nSubject: [Northwind IT] New network\r\nPrecedence: bulk\r\nMessage-ID: <cf7@northwind-it.example>\r\n\r\nFrom: Ann Lee <ann@acme-dental.example>\r\nSubject: New network\r\n\r\nMessage Body:\r\nWe need a network for 14 staff.\r\n\r\n-- \r\nThis e-mail was sent from a contact form on Northwind IT (https://northwind-it.example)\r\n",
        );
        let prospect = message.prospect.as_ref().unwrap();
        assert_eq!(prospect.mailbox.address.as_ref(), "ann@acme-dental.example");
        assert_eq!(prospect.mailbox.name.as_deref(), Some("Ann Lee"));
        assert_eq!(prospect.via.name(), "form");
        assert_eq!(message.subject, "New network");
        assert_eq!(message.body, "We need a network for 14 staff.");
        assert!(message.signals.has(Signal::WebForm));
        assert!(
            !message.signals.has(Signal::Bulk),
            "the robot's Precedence is not the visitor's"
        );
        assert_eq!(
            message.reply_address().unwrap().address.as_ref(),
            "ann@acme-dental.example"
        );
    }

    #[test]
    fn a_typeform_lead_without_reply_to_goes_to_the_email_field() {
        let message = read(
            "From: Typeform <notifications@typeform.com>\r\nTo: sales@northwind-it.example\r\nSubject: New response: Contact us\r\nMessage-ID: <tf1@typeform.com>\r\n\r\nWhat's your name?\r\nBea Ruiz\r\nWhat's your email?\r\nbea@ruiz-legal.example\r\nHow can we help?\r\nOur office server needs replacing before June.\r\n",
        );
        let prospect = message.prospect.as_ref().unwrap();
        assert_eq!(prospect.mailbox.address.as_ref(), "bea@ruiz-legal.example");
        assert_eq!(prospect.mailbox.name.as_deref(), Some("Bea Ruiz"));
        assert!(
            message.body.contains("server needs replacing"),
            "{}",
            message.body
        );
    }

    #[test]
    fn a_colleagues_forward_is_the_original_senders() {
        let message = read(
            "From: Dana <dana@northwind-it.example>\r\nTo: sales@northwind-it.example\r\nSubject: Fwd: Wi-Fi\r\nMessage-ID: <fw@northwind-it.example>\r\n\r\nCan you take this one?\r\n\r\n---------- Forwarded message ---------\r\nFrom: Ann Lee <ann@acme-dental.example>\r\nDate: Tue, 3 Mar 2026\r\nSubject: Wi-Fi for the clinic\r\nTo: dana@northwind-it.example\r\n\r\nWe need Wi-Fi for 14 staff.\r\n",
        );
        let prospect = message.prospect.as_ref().unwrap();
        assert_eq!(prospect.mailbox.address.as_ref(), "ann@acme-dental.example");
        assert_eq!(
            prospect.via.referrer().unwrap().address.as_ref(),
            "dana@northwind-it.example"
        );
        assert_eq!(message.subject, "Wi-Fi for the clinic");
        assert_eq!(message.body, "We need Wi-Fi for 14 staff.");
    }

    #[test]
    fn an_introduction_is_for_the_person_in_copy() {
        let message = read(
            "From: Carl Moss <carl@harbor-law.example>\r\nTo: sales@northwind-it.example\r\nCc: Priya Raman <priya@lumen-physio.example>\r\nSubject: Introduction\r\nMessage-ID: <intro@harbor-law.example>\r\n\r\nHi Dana, meet Priya (cc'd), who runs a clinic and needs her network redone.\r\n",
        );
        let prospect = message.prospect.as_ref().unwrap();
        assert_eq!(
            prospect.mailbox.address.as_ref(),
            "priya@lumen-physio.example"
        );
        assert_eq!(prospect.via.name(), "introduced");
    }

    #[test]
    fn a_partner_passes_a_lead_on_with_a_note_and_a_signature() {
        let message = read(
            "From: Kevin Stroud <kstroud@harborvoice.example>\r\nTo: sales@northwind-it.example\r\nSubject: FW: New phone system\r\nMessage-ID: <p1@harborvoice.example>\r\n\r\nHi Northwind team,\r\n\r\nWe only do phones, so I suggested they talk to you. Dr. Kim's original message is below.\r\n\r\nThanks,\r\nKevin\r\n\r\n________________________________\r\nFrom: Dr. Sun-Hee Kim <skim@lakesideortho.example>\r\nSent: Monday, August 3, 2026 9:26 AM\r\nTo: Kevin Stroud <kstroud@harborvoice.example>\r\nSubject: New phone system - network readiness\r\n\r\nKevin,\r\n\r\nPlease do pass us to an IT company that can fix the network.\r\n",
        );
        let prospect = message.prospect.as_ref().expect("a forwarded lead");
        assert_eq!(
            prospect.mailbox.address.as_ref(),
            "skim@lakesideortho.example"
        );
    }

    #[test]
    fn a_partner_saying_it_is_not_their_area_passes_a_lead_on() {
        let message = read(
            "From: Rick Tamayo <rick@tamayo-office.example>\r\nTo: sales@northwind-it.example\r\nSubject: Fwd: shop\r\nMessage-ID: <p2@tamayo-office.example>\r\n\r\nNot really my area - is it yours? Her details are below.\r\n\r\nBegin forwarded message:\r\n\r\nFrom: Gwen Ashcroft <gwen@ashcroft-quilts.example>\r\nSubject: Web shop\r\nDate: 4 May 2026 10:02:11 +0100\r\nTo: Rick Tamayo <rick@tamayo-office.example>\r\n\r\nDo you know anyone who builds web shops?\r\n",
        );
        let prospect = message.prospect.as_ref().expect("a forwarded lead");
        assert_eq!(
            prospect.mailbox.address.as_ref(),
            "gwen@ashcroft-quilts.example"
        );
    }

    #[test]
    fn a_partner_passing_a_person_on_by_their_address_refers_them() {
        let message = read(
            "From: Milo Brandt <milo@copperfox.example>\r\nTo: sales@northwind-it.example\r\nSubject: Referral: Ostrander Vineyards\r\nMessage-ID: <r1@copperfox.example>\r\n\r\nTheir manager asked us about their office Wi-Fi, which isn't what we do.\r\n\r\nHer email is beatriz@ostrander.example and she knows we are passing her on.\r\n\r\nMilo Brandt <milo@copperfox.example>\r\n",
        );
        let prospect = message.prospect.as_ref().expect("a referral");
        assert_eq!(
            prospect.mailbox.address.as_ref(),
            "beatriz@ostrander.example"
        );
        assert_eq!(prospect.via.name(), "introduced");
        assert_eq!(
            prospect.via.referrer().unwrap().address.as_ref(),
            "milo@copperfox.example"
        );
    }

    #[test]
    fn a_name_is_read_before_an_address_only_when_the_address_agrees() {
        let gina = EmailAddress::parse("gina@marigold-bakery.example").unwrap();
        assert_eq!(
            name_before(
                "The owner, Gina Marchetti (gina@marigold-bakery.example, cc'd)",
                &gina
            )
            .as_deref(),
            Some("Gina Marchetti")
        );
        assert_eq!(
            name_before("Her email: gina@marigold-bakery.example", &gina),
            None
        );
        let owner = EmailAddress::parse("owner@marigold-bakery.example").unwrap();
        assert_eq!(
            name_before("Gina Marchetti <owner@marigold-bakery.example>", &owner),
            None
        );
    }

    #[test]
    fn a_text_naming_two_outside_addresses_refers_no_one() {
        let message = read(
            "From: Milo Brandt <milo@copperfox.example>\r\nTo: sales@northwind-it.example\r\nSubject: Two leads\r\nMessage-ID: <r2@copperfox.example>\r\n\r\nHer email is ann@a.example, his email is bob@b.example.\r\n",
        );
        assert!(message.prospect.is_none());
    }

    #[test]
    fn a_booking_pages_answers_are_a_form_lead() {
        let message = read(
            "From: Calendly <notifications@calendly.com>\r\nTo: sales@northwind-it.example\r\nSubject: New Event: Priyanka Raman - Intro call\r\nReply-To: priyanka@raman-arch.example\r\nMessage-ID: <c1@calendly.com>\r\n\r\nA new event has been scheduled.\r\n\r\nEvent Type:\r\nIntro call (30 min)\r\n\r\nInvitee:\r\nPriyanka Raman\r\n\r\nInvitee Email:\r\npriyanka@raman-arch.example\r\n\r\nQuestions:\r\n\r\nWhat would you like to discuss?\r\nOur file server is full and slow over the VPN.\r\n",
        );
        let prospect = message.prospect.as_ref().expect("a form lead");
        assert_eq!(prospect.via.name(), "form");
        assert_eq!(
            prospect.mailbox.address.as_ref(),
            "priyanka@raman-arch.example"
        );
        assert!(
            message.body.contains("file server is full"),
            "{}",
            message.body
        );
    }

    #[test]
    fn staff_mail_without_a_prospect_is_internal() {
        let message = read(
            "From: Sam <sam.ortiz@northwind-it.example>\r\nTo: sales@northwind-it.example\r\nSubject: lunch\r\n\r\nPizza at one?\r\n",
        );
        assert!(message.signals.has(Signal::Internal));
        assert!(message.prospect.is_none());
    }

    #[test]
    fn a_prospect_forwarding_their_own_mail_is_still_direct() {
        let message = read(
            "From: Ann Lee <ann@acme-dental.example>\r\nTo: sales@northwind-it.example\r\nSubject: FW: network\r\n\r\nAny news?\r\n\r\n---------- Forwarded message ---------\r\nFrom: Ann Lee <ann@acme-dental.example>\r\nDate: Tue, 3 Mar 2026\r\nSubject: network\r\nTo: sales@northwind-it.example\r\n\r\nWe need a network.\r\n",
        );
        assert!(message.prospect.is_none());
    }

    #[test]
    fn an_answer_to_the_firm_is_read_with_the_prospects_earlier_words_only() {
        let message = read(
            "From: Jo Carver <jo@carver.example>\r\nTo: sales@northwind-it.example\r\nSubject: RE: Warehouse Wi-Fi\r\nIn-Reply-To: <q2$@northwind-it.example>\r\n\r\nGo ahead and book the survey.\r\n\r\nFrom: Dana <dana@northwind-it.example>\r\nSent: Wednesday\r\nTo: Jo Carver <jo@carver.example>\r\nSubject: RE: Warehouse Wi-Fi\r\n\r\nThe survey is USD 1,850.\r\n\r\nFrom: Jo Carver <jo@carver.example>\r\nSent: Tuesday\r\nTo: Dana <dana@northwind-it.example>\r\nSubject: Warehouse Wi-Fi\r\n\r\nWe lose coverage in aisles 14-22.\r\n",
        );
        assert!(message.signals.has(Signal::AnswersFirm));
        assert_eq!(
            message.body,
            "We lose coverage in aisles 14-22.\n\nGo ahead and book the survey."
        );
        assert_eq!(message.own_words(), "Go ahead and book the survey.");
        assert_eq!(message.quote(100), "Go ahead and book the survey.");
    }

    #[test]
    fn quoting_the_firm_without_threading_headers_is_an_answer_too() {
        let message = read(
            "From: Olivia <olivia@nash.example>\r\nTo: sales@northwind-it.example\r\nSubject: Re: Proposal\r\n\r\nWe'll stay with our provider.\r\n\r\nOn Wed, Sep 9, 2026 at 11:00 AM Dana <dana@northwind-it.example> wrote:\r\n> Here is the proposal.\r\n",
        );
        assert!(message.signals.has(Signal::AnswersFirm));
        assert_eq!(message.body, "We'll stay with our provider.");
        let fresh = read(
            "From: Ann <ann@acme.example>\r\nTo: sales@northwind-it.example\r\nSubject: Re: network\r\nIn-Reply-To: <x1@acme.example>\r\n\r\nWe need a network.\r\n",
        );
        assert!(!fresh.signals.has(Signal::AnswersFirm));
    }
}
