//! The variables a reply template sees. `VARIABLES` is the single list: the lint checks
//! templates against it and the README documents it.

use std::borrow::Cow;

use chrono::Datelike;
use serde::Serialize;

use crate::config::Firm;
use crate::message::{EmailAddress, Mailbox, Message, Via};
use crate::rules::{Rule, RuleSet, Verdict};

/// Every variable a template may use, with what it holds.
pub const VARIABLES: &[(&str, &str)] = &[
    (
        "prospect.name",
        "the sender's display name, or their address when they gave none",
    ),
    (
        "prospect.first_name",
        "the first given name, or \"\" when unknown (write a greeting that works either way)",
    ),
    (
        "prospect.address",
        "the address the reply goes to: the prospect's own, behind a form, a forward or an introduction",
    ),
    (
        "prospect.company",
        "the company they named in a form, else one guessed from their domain, \"\" for webmail",
    ),
    ("prospect.domain", "the sender's domain"),
    (
        "prospect.via",
        "how they reached the firm: direct, form, forwarded or introduced",
    ),
    (
        "prospect.referrer",
        "the name of whoever forwarded or introduced them, or \"\"",
    ),
    ("message.subject", "the subject of the prospect's message"),
    (
        "message.date",
        "when it was sent, as \"3 March 2026\", or \"\"",
    ),
    (
        "message.quote",
        "the start of what they wrote, without quoted history",
    ),
    ("message.message_id", "its Message-ID, without brackets"),
    (
        "message.language",
        "the language they wrote in, as a two-letter code (en, fr, de, es, nl, it, pt)",
    ),
    (
        "message.request",
        "the sentence in which they say what they need, in their words, or \"\"",
    ),
    (
        "message.author",
        "who wrote the message quoted below the reply: the prospect, or whoever introduced them",
    ),
    (
        "message.quoted",
        "what they wrote, each line starting with \"> \", for quoting below the reply",
    ),
    (
        "message.gives_budget",
        "true when they already named a budget (a rule tagged `budget` fired)",
    ),
    (
        "message.gives_timeline",
        "true when they already said when (a rule tagged `timeline` fired)",
    ),
    (
        "message.gives_scope",
        "true when they already said how much (people, devices, sites: a rule tagged `scope` fired)",
    ),
    (
        "verdict.outcome",
        "engage, clarify, decline, refer or skip (or your own outcomes)",
    ),
    ("verdict.score", "the total score"),
    (
        "verdict.hits",
        "the rules that fired: each has rule, description, score, field, matched",
    ),
    (
        "verdict.summary",
        "one line: outcome, score and the rules that fired",
    ),
    ("firm.name", "the firm's name from the config"),
    ("firm.from", "the From of the reply, as Name <address>"),
    ("firm.signature", "the signature from the config"),
    (
        "firm.meeting_slots",
        "the list of meeting times the firm offers",
    ),
    (
        "firm.booked_until",
        "until when the firm is booked, for a decline",
    ),
];

/// The variable that holds the verdict, which a draft's context leaves out when no template
/// reads it (see [`super::Templates::reads_verdict`]).
pub const VERDICT_VARIABLE: &str = "verdict";

#[derive(Debug, Serialize)]
pub struct Context<'a> {
    prospect: Prospect,
    message: MessageView,
    #[serde(skip_serializing_if = "Option::is_none")]
    verdict: Option<VerdictView<'a>>,
    firm: FirmView,
}

#[derive(Debug, Serialize)]
struct Prospect {
    name: String,
    first_name: String,
    address: String,
    company: String,
    domain: String,
    via: String,
    referrer: String,
}

#[derive(Debug, Serialize)]
struct MessageView {
    subject: String,
    date: String,
    quote: String,
    message_id: String,
    language: String,
    request: String,
    author: String,
    quoted: String,
    gives_budget: bool,
    gives_timeline: bool,
    gives_scope: bool,
}

/// The tags of each hit's rule. A verdict's hits come in the order of the rules, so one walk
/// through the rules finds them all; a hit of a rule since moved, or gone, is looked for from
/// the start (and has no tags when it is gone).
fn tags_of<'r>(rules: &'r [Rule], hits: &[crate::rules::Hit]) -> Vec<&'r [String]> {
    let mut next = 0;
    hits.iter()
        .map(|hit| {
            let found = rules[next..]
                .iter()
                .position(|rule| rule.id == hit.rule)
                .map(|n| next + n)
                .or_else(|| rules.iter().position(|rule| rule.id == hit.rule));
            match found {
                Some(n) => {
                    next = n + 1;
                    rules[n].tags.as_slice()
                }
                None => &[],
            }
        })
        .collect()
}

/// The most of their message quoted below a reply: enough to recall it, bounded for the
/// prospect who pasted a whole document.
const MAX_QUOTED_CHARS: usize = 3000;

#[derive(Debug, Serialize)]
struct VerdictView<'a> {
    outcome: String,
    score: f64,
    /// The verdict's own: a hit's description is a paragraph, not to be copied for every draft.
    hits: Cow<'a, [crate::rules::Hit]>,
    summary: String,
}

#[derive(Debug, Serialize)]
struct FirmView {
    name: String,
    from: String,
    signature: String,
    meeting_slots: Vec<String>,
    booked_until: String,
}

impl<'a> Context<'a> {
    pub fn new(
        message: &Message,
        verdict: &'a Verdict,
        rules: &RuleSet,
        firm: &Firm,
        quote_chars: usize,
        language: &str,
        with_verdict: bool,
    ) -> Context<'a> {
        // Hits of the rules a firm tagged for a purpose (`budget`, `request`, ...).
        let tags = tags_of(rules.rules(), &verdict.hits);
        let tagged = |tag: &'static str| {
            verdict
                .hits
                .iter()
                .zip(&tags)
                .filter(move |(_, tags)| tags.iter().any(|t| t == tag))
                .map(|(hit, _)| hit)
        };
        let request = tagged("request")
            .find_map(|hit| sentence_around(&message.body, &hit.matched))
            .unwrap_or_default();
        let to = message.reply_address();
        // The prospect found behind a form, forward or introduction; else the sender, whose
        // From carries the name more often than a Reply-To does.
        let sender = match &message.prospect {
            Some(prospect) => Some(&prospect.mailbox),
            None => message.from.as_ref().or(to),
        };
        let domain = sender
            .map(|m| m.address.domain().to_string())
            .unwrap_or_default();
        let via = message.via();
        let company = match message.prospect.as_ref().and_then(|p| p.company.clone()) {
            Some(named) => named,
            None if sender.is_some_and(|m| firm.owns(&m.address)) => String::new(),
            None => company_of(&domain),
        };
        let prospect_name = sender
            .map(|m| m.name.clone().unwrap_or_else(|| m.address.to_string()))
            .unwrap_or_default();
        // An introduction is quoted in the introducer's words, not the prospect's.
        let author = match &via {
            Via::Introduced { by } => by.name.clone().unwrap_or_else(|| by.address.to_string()),
            _ => prospect_name.clone(),
        };
        Context {
            prospect: Prospect {
                name: prospect_name,
                first_name: sender
                    .filter(|m| !names_an_organisation(m))
                    .and_then(Mailbox::first_name)
                    .unwrap_or_default()
                    .to_string(),
                address: to.map(|m| m.address.to_string()).unwrap_or_default(),
                company,
                domain,
                via: via.name().into(),
                // A colleague who passed a lead on is the firm itself, not someone to thank.
                referrer: via
                    .referrer()
                    .filter(|by| !firm.owns(&by.address))
                    .and_then(|by| by.name.clone())
                    .unwrap_or_default(),
            },
            message: MessageView {
                subject: message.subject.clone(),
                date: message
                    .date
                    .map(|d| long_date(d.day(), d.month(), d.year(), language))
                    .unwrap_or_default(),
                quote: message.quote(quote_chars),
                message_id: message
                    .message_id
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                language: message.language().unwrap_or(&firm.language).to_string(),
                request,
                author,
                // The body keeps one line per paragraph; a quote shows them apart, as written.
                quoted: quoted(&message.quote(MAX_QUOTED_CHARS).replace('\n', "\n\n")),
                gives_budget: tagged("budget").next().is_some(),
                gives_timeline: tagged("timeline").next().is_some(),
                gives_scope: tagged("scope").next().is_some(),
            },
            verdict: with_verdict.then(|| VerdictView {
                outcome: verdict.outcome.to_string(),
                score: verdict.score,
                hits: Cow::Borrowed(&verdict.hits),
                summary: verdict.summary(),
            }),
            firm: FirmView {
                name: firm.name.clone(),
                from: firm.from.to_string(),
                signature: firm.signature.trim_end().to_string(),
                meeting_slots: firm.meeting_slots.clone(),
                booked_until: firm.booked_until.clone(),
            },
        }
    }

    /// A plausible context for checking that a template renders.
    pub fn sample(outcome: &str) -> Context<'static> {
        let address =
            EmailAddress::parse("ann.lee@acme-dental.example").expect("valid sample address");
        Context {
            prospect: Prospect {
                name: "Ann Lee".into(),
                first_name: "Ann".into(),
                address: address.to_string(),
                company: "Acme Dental".into(),
                domain: address.domain().to_string(),
                via: "direct".into(),
                referrer: String::new(),
            },
            message: MessageView {
                subject: "New network for our clinic".into(),
                date: "3 March 2026".into(),
                quote: "We are moving to a new office and need the network done.".into(),
                message_id: "sample@acme-dental.example".into(),
                language: "en".into(),
                request: "We are moving to a new office and need the network done.".into(),
                author: "Ann Smith".into(),
                quoted: "> We are moving to a new office and need the network done.".into(),
                gives_budget: false,
                gives_timeline: true,
                gives_scope: false,
            },
            verdict: Some(VerdictView {
                outcome: outcome.into(),
                score: 1.0,
                hits: Cow::Owned(vec![crate::rules::Hit {
                    rule: crate::rules::RuleId::parse("sample-rule").expect("valid id"),
                    description: "A sample rule".into(),
                    score: 1.0,
                    field: "body".into(),
                    matched: "network".into(),
                    forces: None,
                }]),
                summary: format!("{outcome} (score 1: sample-rule)"),
            }),
            firm: FirmView {
                name: "Sample IT".into(),
                from: "Sample IT <sales@sample-it.example>".into(),
                signature: "Sample IT".into(),
                meeting_slots: vec!["Tuesday 10:00".into(), "Thursday 14:00".into()],
                booked_until: "the end of next month".into(),
            },
        }
    }
}

/// The sentence of `text` that holds `matched` (compared without regard to case), trimmed,
/// without a greeting in front of it.
fn sentence_around(text: &str, matched: &str) -> Option<String> {
    let needle = matched.trim().to_ascii_lowercase();
    if needle.is_empty() {
        return None;
    }
    // ASCII lower-casing keeps every byte where it was, so positions carry over.
    let lower = text.to_ascii_lowercase();
    let at = lower.find(&needle)?;
    let start = sentence_starts(text)
        .take_while(|&s| s <= at)
        .last()
        .unwrap_or(0);
    let end = sentence_starts(text)
        .find(|&s| s > at + needle.len() - 1)
        .unwrap_or(text.len());
    let sentence = strip_greeting(text[start..end].trim());
    (sentence.chars().count() >= 12).then(|| sentence.to_string())
}

/// Where sentences start: after `.`, `!` or `?` and a space before a capital letter (so
/// "Acme Co. ltd" and "(my treat!)" stay whole), and after each line break.
fn sentence_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    (1..bytes.len()).filter(move |&i| {
        bytes[i - 1] == b'\n'
            || i >= 2
                && matches!(bytes[i - 2], b'.' | b'!' | b'?')
                && bytes[i - 1] == b' '
                && text[i..].chars().next().is_some_and(char::is_uppercase)
    })
}

/// "Hello, Could you..." -> "Could you...": a greeting is no part of the request.
fn strip_greeting(sentence: &str) -> &str {
    const GREETINGS: [&str; 12] = [
        "hello",
        "hi",
        "hey",
        "dear",
        "good morning",
        "good afternoon",
        "bonjour",
        "hallo",
        "guten tag",
        "hola",
        "buongiorno",
        "olá",
    ];
    let lower = sentence.to_lowercase();
    for greeting in GREETINGS {
        if lower.starts_with(greeting)
            && let Some(comma) = sentence.find(',').filter(|&c| c < 40)
        {
            return sentence[comma + 1..].trim_start();
        }
    }
    sentence
}

/// "3 March 2026" as the reply's language writes a date.
fn long_date(day: u32, month: u32, year: i32, language: &str) -> String {
    const MONTHS: [(&str, [&str; 12]); 7] = [
        (
            "en",
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
        ),
        (
            "fr",
            [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
        ),
        (
            "de",
            [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
        ),
        (
            "es",
            [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
        ),
        (
            "nl",
            [
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ],
        ),
        (
            "it",
            [
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre",
            ],
        ),
        (
            "pt",
            [
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
            ],
        ),
    ];
    let months = MONTHS
        .iter()
        .find(|(code, _)| *code == language)
        .map_or(&MONTHS[0].1, |(_, months)| months);
    let month = months[(month.clamp(1, 12) - 1) as usize];
    match language {
        "de" => format!("{day}. {month} {year}"),
        "es" | "pt" => format!("{day} de {month} de {year}"),
        _ => format!("{day} {month} {year}"),
    }
}

/// Each line of a text behind "> ", as a mail client quotes the message it answers.
fn quoted(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.is_empty() {
                ">".to_string()
            } else {
                format!("> {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Words that make a display name an organisation's ("Westbrook Pharmacy", "Acme Sales"),
/// whose first word is no one's first name.
const ORGANISATION_WORDS: &[&str] = &[
    "pharmacy",
    "dental",
    "clinic",
    "practice",
    "office",
    "team",
    "sales",
    "info",
    "admin",
    "support",
    "ltd",
    "limited",
    "llc",
    "inc",
    "gmbh",
    "sarl",
    "sas",
    "bv",
    "srl",
    "lda",
    "sl",
    "group",
    "company",
    "services",
    "solutions",
    "studio",
    "school",
    "shop",
    "store",
    "hotel",
    "restaurant",
    "bakery",
    "agency",
    "associates",
    "partners",
    "accounts",
    "reception",
];

fn names_an_organisation(mailbox: &Mailbox) -> bool {
    let Some(name) = &mailbox.name else {
        return false;
    };
    let has_lower = name.chars().any(char::is_lowercase);
    name.split(|c: char| !c.is_alphanumeric())
        .any(|w| ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()))
        // "BrightSmile": a brand written as one word, with a capital inside.
        || has_lower
            && name.split_whitespace().count() == 1
            && name.chars().skip(1).any(char::is_uppercase)
}

/// "acme-dental.co.uk" -> "Acme Dental"; webmail -> "". A domain whose name runs words
/// together ("lakeshorephysio") says nothing a reply can use, so it gives "" too.
fn company_of(domain: &str) -> String {
    if domain.is_empty() || crate::message::is_webmail(domain) {
        return String::new();
    }
    let labels: Vec<&str> = domain.split('.').collect();
    // Skip a second-level public suffix such as co.uk or com.au.
    let name = match labels.as_slice() {
        [.., name, "co" | "com" | "org" | "net" | "ac", _] if labels.len() >= 3 => name,
        [.., name, _] => name,
        [name] => name,
        [] => return String::new(),
    };
    if !name.contains(['-', '_']) && name.chars().count() > 10 {
        return String::new();
    }
    name.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::{Mailbox, company_of, names_an_organisation, quoted, sentence_around};

    #[test]
    fn the_request_is_the_sentence_that_holds_the_ask() {
        let body = "Hello. We are a dental practice. We need a new network for 14 staff! Thanks";
        assert_eq!(
            sentence_around(body, "we need").as_deref(),
            Some("We need a new network for 14 staff!")
        );
        assert_eq!(sentence_around(body, "firewall"), None);
    }

    #[test]
    fn a_quote_puts_every_line_behind_a_marker() {
        assert_eq!(
            quoted("Hello,\n\nWe need help."),
            "> Hello,\n>\n> We need help."
        );
    }

    #[test]
    fn companies_come_from_domains_but_not_webmail() {
        assert_eq!(company_of("acme-dental.co.uk"), "Acme Dental");
        assert_eq!(company_of("harbor.example"), "Harbor");
        assert_eq!(company_of("gmail.com"), "");
        assert_eq!(company_of("lakeshorephysio.example"), "");
    }

    #[test]
    fn a_request_sentence_keeps_abbreviations_and_drops_the_greeting() {
        let body = "Hello, Could you quote a network for Acme Co. ltd in May? Thanks.";
        assert_eq!(
            sentence_around(body, "could you").as_deref(),
            Some("Could you quote a network for Acme Co. ltd in May?")
        );
    }

    #[test]
    fn dates_read_as_the_reply_language_writes_them() {
        assert_eq!(super::long_date(3, 3, 2026, "en"), "3 March 2026");
        assert_eq!(super::long_date(3, 3, 2026, "de"), "3. März 2026");
        assert_eq!(super::long_date(3, 3, 2026, "pt"), "3 de março de 2026");
    }

    #[test]
    fn an_organisation_has_no_first_name() {
        let mailbox = |name: &str| Mailbox::parse(&format!("{name} <a@b.example>")).unwrap();
        assert!(names_an_organisation(&mailbox("Westbrook Pharmacy")));
        assert!(names_an_organisation(&mailbox("BrightSmile")));
        assert!(!names_an_organisation(&mailbox("Ann Lee")));
    }
}
