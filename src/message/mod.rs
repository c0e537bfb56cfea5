//! One parsed prospect request.
//!
//! Everything downstream (rules, drafts, the queue, the approval page) works on [`Message`], an
//! owned, fully decoded view of the raw bytes: the people, the threading headers, the text body
//! (HTML turned into text when there is no text part), the body as a person wrote it (quoted
//! history and signature removed), and the signals that say the mail was not written by a person.
//! Parsing never panics: any bytes give a `Message` or a [`ParseError`] that says why.

mod address;
mod body;
mod conversation;
mod forms;
mod forwards;
mod headers;
mod html;
mod language;
mod prospect;
mod signals;
mod thread;

pub use address::{EmailAddress, InvalidAddress, Mailbox, MessageId, is_webmail};
pub use body::{clean_body, normalize_text};
pub use conversation::{is_reply_subject, subject_key};
use headers::normalize_inline;
pub use headers::{Header, Headers};
pub use language::LANGUAGES;
pub use prospect::{FormLayout, Prospect, Reader, Via};
pub use signals::{Signal, Signals};

use chrono::{DateTime, FixedOffset};
use mail_parser::{HeaderValue, MessageParser};

/// Rules see at most this much of a body. A request to a small firm is a few paragraphs; the
/// cap keeps a 20 MB newsletter from costing more than a real prospect.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// Why a byte string could not be read as a message.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("the message is empty")]
    Empty,
    #[error(
        "no From, To, Subject, Date or Message-ID header: the bytes do not look like an email message"
    )]
    NoHeaders,
}

/// A parsed message, owned and decoded, ready for the rules.
#[derive(Debug, Clone)]
pub struct Message {
    pub from: Option<Mailbox>,
    pub reply_to: Option<Mailbox>,
    pub to: Vec<Mailbox>,
    pub cc: Vec<Mailbox>,
    pub subject: String,
    pub date: Option<DateTime<FixedOffset>>,
    pub message_id: Option<MessageId>,
    pub in_reply_to: Option<MessageId>,
    pub references: Vec<MessageId>,
    /// Every header in message order, each value decoded when it is read.
    pub headers: Headers,
    /// The whole text body, quotes and all, as decoded text.
    pub full_body: String,
    /// What the sender wrote in this message: quoted history and signature removed, wrapped
    /// lines joined into paragraphs, typographic quotes and dashes made plain.
    pub body: String,
    /// True when the only body was HTML and `full_body` was derived from it.
    pub html_only: bool,
    pub signals: Signals,
    /// False for a message read by [`Message::parse_headers`]: its bodies are empty because
    /// they were not read, and signals found only inside parts are not known yet.
    pub body_read: bool,
    /// Who the message is really from, when someone or something passed it on (a website
    /// form, a forward, an introduction); `None` for a prospect who wrote themselves. Found by
    /// [`Reader::find_prospect`].
    pub prospect: Option<Prospect>,
    /// The HTML of a message that has no text part, kept for reading a form's table.
    html: Option<String>,
    /// A message attached to this one (`message/rfc822`): a forward.
    attached: Option<forwards::Forwarded>,
    /// Where this message's own words start in `body`: past the prospect's earlier words when
    /// it is read as the latest turn of a conversation ([`Message::continue_from`]).
    own_words_at: usize,
    /// The language of what the sender wrote, told the first time someone asks: most mail is
    /// decided without it.
    language: std::sync::OnceLock<Option<&'static str>>,
    unread_body: Option<UnreadBody>,
}

/// Where the body of a message read by [`Message::parse_headers`] starts, and the headers
/// that say how to decode it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct UnreadBody {
    mime_headers: Vec<std::ops::Range<usize>>,
    body_at: usize,
}

impl Message {
    /// Parses raw RFC 5322 bytes.
    pub fn parse(raw: &[u8]) -> Result<Message, ParseError> {
        Message::read(raw, true)
    }

    /// Reads only the headers: enough for the rules on senders, subjects and headers, at a
    /// fraction of the cost of decoding every part. The bodies are left empty.
    pub fn parse_headers(raw: &[u8]) -> Result<Message, ParseError> {
        Message::read(raw, false)
    }

    fn read(raw: &[u8], with_body: bool) -> Result<Message, ParseError> {
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(ParseError::Empty);
        }
        let (parsed, body_at) = if with_body {
            (parser().parse(raw).ok_or(ParseError::NoHeaders)?, None)
        } else {
            let (parsed, body_at) = read_headers(raw).ok_or(ParseError::NoHeaders)?;
            (parsed, Some(body_at))
        };
        // A message has at least one of the headers every mail program writes; without any,
        // the bytes are something else that happens to contain a colon.
        const ESSENTIAL: [&str; 6] = ["from", "to", "subject", "date", "message-id", "sender"];
        if !parsed
            .headers()
            .iter()
            .any(|h| ESSENTIAL.iter().any(|e| h.name().eq_ignore_ascii_case(e)))
        {
            return Err(ParseError::NoHeaders);
        }

        let (full_body, body, html_only) = if with_body {
            bodies(&parsed)
        } else {
            (String::new(), String::new(), false)
        };
        let (html, attached) = if with_body {
            inner_parts(&parsed, html_only, &body)
        } else {
            (None, None)
        };

        let headers = Headers::read(&parsed);
        let signals = Signals::detect(&parsed, &headers);
        // What `with_body` needs to decode the body without reading the headers again.
        let unread_body = body_at.map(|body_at| UnreadBody {
            mime_headers: parsed
                .headers()
                .iter()
                .filter(|h| {
                    h.name()
                        .get(..8)
                        .is_some_and(|p| p.eq_ignore_ascii_case("content-"))
                })
                .map(|h| h.offset_field as usize..h.offset_end as usize)
                .collect(),
            body_at,
        });

        Ok(Message {
            from: parsed.from().and_then(first_mailbox),
            reply_to: parsed.reply_to().and_then(first_mailbox),
            to: parsed
                .to()
                .map(|list| list.iter().filter_map(Mailbox::from_addr).collect())
                .unwrap_or_default(),
            cc: parsed
                .cc()
                .map(|list| list.iter().filter_map(Mailbox::from_addr).collect())
                .unwrap_or_default(),
            subject: parsed.subject().map(normalize_inline).unwrap_or_default(),
            date: parsed
                .date()
                .and_then(|date| DateTime::parse_from_rfc3339(&date.to_rfc3339()).ok()),
            message_id: parsed.message_id().and_then(|id| MessageId::parse(id).ok()),
            in_reply_to: message_ids(parsed.in_reply_to()).into_iter().next_back(),
            references: message_ids(parsed.references()),
            headers,
            full_body,
            body,
            html_only,
            signals,
            body_read: with_body,
            prospect: None,
            html,
            attached,
            own_words_at: 0,
            language: std::sync::OnceLock::new(),
            unread_body,
        })
    }

    /// Completes a message read by [`Message::parse_headers`]: decodes its parts, keeping
    /// everything already read from the headers. Bytes that parsed once always parse again.
    pub fn with_body(mut self, raw: &[u8]) -> Message {
        if self.body_read {
            return self;
        }
        // Decoding needs only the Content-* headers and the body: parsing a copy of just
        // those skips reading the dozens of Received and X- headers a second time.
        let body_only = self.unread_body.take().and_then(|unread| {
            let mut copy = Vec::with_capacity(raw.len().saturating_sub(unread.body_at) + 512);
            for range in unread.mime_headers {
                copy.extend_from_slice(raw.get(range)?);
                if !copy.ends_with(b"\n") {
                    copy.extend_from_slice(b"\r\n");
                }
            }
            copy.extend_from_slice(b"\r\n");
            copy.extend_from_slice(raw.get(unread.body_at..)?);
            Some(copy)
        });
        if let Some(parsed) = parser().parse(body_only.as_deref().unwrap_or(raw)) {
            (self.full_body, self.body, self.html_only) = bodies(&parsed);
            (self.html, self.attached) = inner_parts(&parsed, self.html_only, &self.body);
            self.signals.detect_in_parts(&parsed);
        }
        self.body_read = true;
        self
    }

    /// The decoded values of a header, by case-insensitive name.
    pub fn header_values<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = std::borrow::Cow<'a, str>> + 'a {
        self.headers.values(name)
    }

    /// Where a reply goes: to the prospect found behind the message, else Reply-To when
    /// present, otherwise From.
    pub fn reply_address(&self) -> Option<&Mailbox> {
        match &self.prospect {
            Some(prospect) => Some(&prospect.mailbox),
            None => self.reply_to.as_ref().or(self.from.as_ref()),
        }
    }

    /// The language the prospect wrote in (one of [`LANGUAGES`]), or `None` when their words
    /// are too few to tell. Told once, from the subject and what they wrote.
    pub fn language(&self) -> Option<&'static str> {
        *self
            .language
            .get_or_init(|| language::detect(&self.subject, &self.body))
    }

    /// Makes the message the prospect's, once someone passed it on: their address as the
    /// sender, their subject and their own words; the language is told again from those.
    fn become_the_prospects(&mut self, prospect: Prospect, subject: String, words: String) {
        self.from = Some(prospect.mailbox.clone());
        self.reply_to = None;
        self.subject = subject;
        self.body = clean_body(&words);
        self.own_words_at = 0;
        self.full_body = words;
        self.language = std::sync::OnceLock::new();
        self.prospect = Some(prospect);
    }

    /// Adds what the store knows of this message and its sender (a client, a conversation
    /// already answered); see [`Signal::Client`] and the signals after it.
    pub fn learn(&mut self, signal: Signal, evidence: String) {
        self.signals.raise(signal, evidence);
    }

    /// Reads this message as the latest turn of a conversation: the prospect's earlier words
    /// come first, so the rules weigh the whole request and not only a reply's few lines.
    /// Earlier words given before (read from the quoted history) are replaced, not repeated.
    pub fn continue_from(&mut self, earlier: &[String]) {
        if earlier.is_empty() {
            return;
        }
        let mut body = earlier.join("\n\n");
        body.push_str("\n\n");
        let own_words_at = body.len();
        body.push_str(self.own_words());
        self.body = body;
        self.own_words_at = own_words_at;
        self.language = std::sync::OnceLock::new();
    }

    /// What the sender wrote in this message alone, without the earlier turns that
    /// [`Message::continue_from`] put before it.
    pub fn own_words(&self) -> &str {
        self.body.get(self.own_words_at..).unwrap_or(&self.body)
    }

    /// How the prospect reached the firm: [`Via::Direct`] unless someone passed it on.
    pub fn via(&self) -> &Via {
        static DIRECT: Via = Via::Direct;
        self.prospect.as_ref().map_or(&DIRECT, |p| &p.via)
    }

    /// The sender's domain, lower-case, or "" when there is no sender.
    pub fn from_domain(&self) -> &str {
        self.from
            .as_ref()
            .map(|m| m.address.domain())
            .unwrap_or_default()
    }

    /// Subject and cleaned body together: what the `text` rule field matches.
    pub fn text(&self) -> String {
        let mut text = String::with_capacity(self.body_in_text() + self.body.len());
        text.push_str(&self.subject);
        text.push('\n');
        text.push_str(&self.body);
        text
    }

    /// Where the body starts in [`Message::text`]: past the subject and its newline.
    pub fn body_in_text(&self) -> usize {
        self.subject.len() + 1
    }

    /// The first few lines of what the sender wrote, for quoting in a reply or a queue view.
    /// At most `max_chars` characters, and "…" when there was more.
    pub fn quote(&self, max_chars: usize) -> String {
        let words = self.own_words();
        match words.char_indices().nth(max_chars) {
            Some((end, _)) => format!("{}…", &words[..end]),
            None => words.to_string(),
        }
    }
}

/// The whole text body (capped), what the sender wrote in it, and whether it was HTML only.
fn bodies(parsed: &mail_parser::Message<'_>) -> (String, String, bool) {
    let html_only = parsed.text_body_count() == 0
        || parsed
            .text_bodies()
            .all(|part| part.is_text_html() && parsed.html_body_count() > 0);
    let mut full_body = html::body_text(parsed);
    truncate_at_char_boundary(&mut full_body, MAX_BODY_BYTES);
    let body = clean_body(&full_body);
    (full_body, body, html_only)
}

/// The parts a prospect may hide in: the HTML of an HTML-only body (a form's table), capped
/// like the text, and an attached message (a forward).
fn inner_parts(
    parsed: &mail_parser::Message<'_>,
    html_only: bool,
    note: &str,
) -> (Option<String>, Option<forwards::Forwarded>) {
    let html = html_only
        .then(|| parsed.body_html(0))
        .flatten()
        .map(|html| {
            let mut html = html.into_owned();
            truncate_at_char_boundary(&mut html, 4 * MAX_BODY_BYTES);
            html
        });
    (html, forwards::attached(parsed, note))
}

/// One parser for the process: it decodes the headers doorman reads and only finds the rest,
/// skipping the costly parse of `Received` chains and `X-` headers nobody may look at.
fn parser() -> &'static MessageParser {
    static PARSER: std::sync::OnceLock<MessageParser> = std::sync::OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            .with_minimal_headers()
            .with_message_ids()
            // The dozens of Received and X- headers of real mail are only skipped over here;
            // `Headers` keeps where each one is and decodes it when a rule asks.
            .default_header_ignore()
    })
}

/// The header block, read exactly as mail-parser reads it, and the offset where the body
/// starts; `None` when there is no header at all.
fn read_headers(raw: &[u8]) -> Option<(mail_parser::Message<'_>, usize)> {
    let mut stream = mail_parser::parsers::MessageStream::new(raw);
    let mut headers = Vec::new();
    stream.parse_headers(parser(), &mut headers);
    if headers.is_empty() {
        return None;
    }
    let body_at = stream.offset().min(raw.len());
    let root = mail_parser::MessagePart {
        headers,
        offset_body: body_at as u32,
        offset_end: raw.len() as u32,
        ..Default::default()
    };
    Some((
        mail_parser::Message {
            parts: vec![root],
            raw_message: raw.into(),
            ..Default::default()
        },
        body_at,
    ))
}

fn first_mailbox(address: &mail_parser::Address<'_>) -> Option<Mailbox> {
    address.iter().find_map(Mailbox::from_addr)
}

fn message_ids(value: &HeaderValue<'_>) -> Vec<MessageId> {
    match value {
        HeaderValue::Text(id) => MessageId::parse(id).ok().into_iter().collect(),
        HeaderValue::TextList(ids) => ids
            .iter()
            .filter_map(|id| MessageId::parse(id).ok())
            .collect(),
        _ => Vec::new(),
    }
}

fn truncate_at_char_boundary(text: &mut String, max: usize) {
    if text.len() > max {
        let mut cut = max;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_stops_at_its_length_in_characters_and_says_so() {
        let raw = "From: ann@acme.example\r\nSubject: Büro\r\n\r\nGrüße aus Köln\r\n".as_bytes();
        let message = Message::parse(raw).unwrap();
        assert_eq!(message.quote(5), "Grüße…");
        assert_eq!(message.quote(14), "Grüße aus Köln");
        assert_eq!(message.quote(100), "Grüße aus Köln");
        assert_eq!(message.quote(0), "…");
    }

    #[test]
    fn parses_people_and_threading_headers() {
        let raw = b"From: \"Ann Lee\" <ann@acme.example>\r\nReply-To: office@acme.example\r\nTo: sales@firm.example\r\nSubject: =?UTF-8?Q?Caf=C3=A9_network?=\r\nDate: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <a1@acme.example>\r\nIn-Reply-To: <z9@firm.example>\r\nReferences: <z8@firm.example> <z9@firm.example>\r\n\r\nHello,\r\nwe need help.\r\n";
        let message = Message::parse(raw).unwrap();
        let from = message.from.as_ref().unwrap();
        assert_eq!(from.name.as_deref(), Some("Ann Lee"));
        assert_eq!(from.address.as_ref(), "ann@acme.example");
        assert_eq!(
            message.reply_address().unwrap().address.as_ref(),
            "office@acme.example"
        );
        assert_eq!(message.subject, "Café network");
        assert_eq!(
            message.message_id.as_ref().unwrap().as_ref(),
            "a1@acme.example"
        );
        assert_eq!(
            message.in_reply_to.as_ref().unwrap().as_ref(),
            "z9@firm.example"
        );
        assert_eq!(message.references.len(), 2);
        assert_eq!(message.from_domain(), "acme.example");
        assert_eq!(message.body, "Hello, we need help.");
        assert!(message.date.is_some());
    }

    #[test]
    fn html_only_mail_becomes_text() {
        let raw = b"From: a@b.example\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>We need a <b>firewall</b> &amp; VPN.</p></body></html>\r\n";
        let message = Message::parse(raw).unwrap();
        assert!(message.html_only);
        assert!(
            message.body.contains("We need a firewall & VPN."),
            "{:?}",
            message.body
        );
    }

    #[test]
    fn garbage_gives_an_error_not_a_panic() {
        assert_eq!(Message::parse(b"").unwrap_err(), ParseError::Empty);
        assert_eq!(Message::parse(b"   \r\n").unwrap_err(), ParseError::Empty);
        for raw in [
            &b"\xff\xfe\x00\x01"[..],
            b"no headers here at all",
            b":\r\n\r\n",
            b"From:\r\n",
        ] {
            let _ = Message::parse(raw);
        }
    }
}
