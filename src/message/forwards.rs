//! Forwarded messages: a colleague or partner passes a prospect's mail on, inline in the way
//! their mail client writes it (Outlook, Gmail, Apple Mail, Thunderbird, Android, in the
//! languages those clients speak), or as a `message/rfc822` attachment.

use super::{Mailbox, MessageId};

/// The lines that open an inline forward, lower-case; a line opens one when it holds one.
const MARKERS: &[&str] = &[
    "forwarded message",
    "forwarded message ---------",
    "begin forwarded message",
    "original message",
    "weitergeleitete nachricht",
    "anfang der weitergeleiteten nachricht",
    "ursprüngliche nachricht",
    "message transféré",
    "début du message réexpédié",
    "début du message transféré",
    "message d'origine",
    "mensaje reenviado",
    "mensaje original",
    "doorgestuurd bericht",
    "oorspronkelijk bericht",
    "begin doorgestuurd bericht",
    "messaggio inoltrato",
    "inizio messaggio inoltrato",
    "messaggio originale",
    "mensagem encaminhada",
    "mensagem original",
    "início da mensagem reencaminhada",
];

/// The labels of a forwarded header block, by what they hold.
const FROM: &[&str] = &[
    "from",
    "von",
    "de",
    "da",
    "van",
    "expéditeur",
    "remitente",
    "mittente",
];
const SUBJECT: &[&str] = &[
    "subject",
    "betreff",
    "objet",
    "asunto",
    "onderwerp",
    "oggetto",
    "assunto",
    "sujet",
];
const HEADER_LABELS: &[&str] = &[
    "from",
    "von",
    "de",
    "da",
    "van",
    "sent",
    "date",
    "datum",
    "gesendet",
    "envoyé",
    "enviado",
    "enviada",
    "verzonden",
    "inviato",
    "data",
    "fecha",
    "to",
    "an",
    "à",
    "a",
    "para",
    "aan",
    "cc",
    "subject",
    "betreff",
    "objet",
    "asunto",
    "onderwerp",
    "oggetto",
    "assunto",
    "sujet",
    "reply-to",
    "expéditeur",
    "destinataire",
    "remitente",
    "mittente",
    "destinatario",
];

/// The characters of the longest of [`HEADER_LABELS`].
const LONGEST_LABEL: usize = 12;

/// A message found inside another: who wrote it, about what, and what they wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forwarded {
    pub from: Mailbox,
    pub subject: Option<String>,
    /// Present when the forward carries it (an attached message does; inline ones rarely).
    pub message_id: Option<MessageId>,
    /// What the original sender wrote, as text.
    pub text: String,
    /// What the forwarder wrote above it.
    pub note: String,
}

/// The first message forwarded inline in a text body, when there is one.
/// Whether a text could hold a forwarded header block at all: it names a sender the way a
/// client writes one. Most mail does not, and is passed over without reading it line by line.
fn may_hold_a_forward(text: &str) -> bool {
    const SENDER_LABELS: [&str; 13] = [
        // eM Client writes its header block without colons: `From "Ann Lee" <ann@...>`.
        "From \"",
        "From:",
        "from:",
        "FROM:",
        "Von:",
        "De:",
        "De :",
        "Da:",
        "Van:",
        "Expéditeur",
        "Remitente",
        "Mittente",
        "*From:*",
    ];
    // Built once: building a searcher costs more than most searches.
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        SENDER_LABELS
            .iter()
            .map(|label| memchr::memmem::Finder::new(label.as_bytes()))
            .collect()
    });
    let bytes = text.as_bytes();
    finders.iter().any(|finder| finder.find(bytes).is_some())
}

pub(super) fn inline(full_body: &str) -> Option<Forwarded> {
    if !may_hold_a_forward(full_body) {
        return None;
    }
    let lines: Vec<&str> = full_body.lines().collect();
    for (at, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let marker = trimmed.len() < 120
            && (trimmed.starts_with('-')
                || trimmed.ends_with(':')
                || trimmed
                    .get(..5)
                    .is_some_and(|b| b.eq_ignore_ascii_case("begin")))
            && {
                let lower = trimmed.to_lowercase();
                MARKERS.iter().any(|m| lower.contains(m))
            };
        // Outlook writes no marker, only a rule of underscores above the header block.
        let outlook_rule = trimmed.len() >= 20 && trimmed.bytes().all(|b| b == b'_');
        let starts_block = if marker || outlook_rule {
            at + 1
        } else if header_label(trimmed).is_some_and(|l| FROM.contains(&l.as_str()))
            && lines[at + 1..].iter().take(4).any(|l| {
                header_label(l.trim())
                    .is_some_and(|l| l == "sent" || l == "gesendet" || l == "envoyé" || l == "date")
            })
        {
            // "From: ... / Sent: ..." without a rule, as Outlook on the web writes it.
            at
        } else {
            continue;
        };
        if let Some(forwarded) = header_block(&lines, starts_block, &lines[..at]) {
            return Some(forwarded);
        }
    }
    None
}

/// The lower-case label of a `Label: value` header line, when it is one a client writes.
fn header_label(line: &str) -> Option<String> {
    let line = line.trim_start_matches(['*', '>', ' ']);
    let (label, _) = line.split_once(':')?;
    let label = label.trim().trim_matches('*').trim();
    // Lower-casing never makes a text fewer characters: a longer label is none of them, and
    // most lines with a colon are sentences, not worth a lower-cased copy.
    if label.chars().nth(LONGEST_LABEL).is_some() {
        return None;
    }
    let label = label.to_lowercase();
    HEADER_LABELS.contains(&label.as_str()).then_some(label)
}

/// A line with its quote marks (`> `) and surrounding space taken off.
fn unquoted(line: &str) -> &str {
    line.trim().trim_start_matches('>').trim()
}

/// A header line as clients write it (`Subject: Following up`): the lower-case label and the
/// value after the colon.
fn colon_header(line: &str) -> Option<(String, &str)> {
    let label = header_label(line)?;
    let value = line
        .split_once(':')
        .map(|(_, v)| v.trim())
        .unwrap_or_default();
    Some((label, value))
}

/// A header line written without its colon (`Subject Following up`): the lower-case label,
/// when it is one a client writes, and the value after it.
fn colonless_header(line: &str) -> Option<(String, &str)> {
    let (label, value) = line.split_once(' ')?;
    let label = label.to_lowercase();
    (HEADER_LABELS.contains(&label.as_str()) && !value.trim().is_empty())
        .then(|| (label, value.trim()))
}

/// The message quoted below a reply's header block, which starts at `at` with its first
/// label or with the rule or "Original Message" line above it.
pub(super) fn quoted_block(lines: &[&str], at: usize) -> Option<Forwarded> {
    let first = unquoted(lines.get(at)?);
    let from = if header_label(first).is_some() {
        at
    } else {
        at + 1
    };
    header_block(lines, from, &[])
}

/// Reads the header block starting at `from` (blank lines before it skipped) and the text
/// after it.
fn header_block(lines: &[&str], from: usize, note: &[&str]) -> Option<Forwarded> {
    let mut at = from;
    while lines.get(at).is_some_and(|l| l.trim().is_empty()) {
        at += 1;
    }
    let mut sender = None;
    let mut subject = None;
    let mut seen = 0;
    // A block whose first line is a sender without a colon (eM Client's) is read that way
    // throughout; a colon-less line anywhere else is prose.
    let colonless = lines
        .get(at)
        .map(|line| unquoted(line))
        .is_some_and(|first| {
            header_label(first).is_none()
                && colonless_header(first).is_some_and(|(label, value)| {
                    FROM.contains(&label.as_str()) && mailbox_in(value).is_some()
                })
        });
    let header: fn(&str) -> Option<(String, &str)> = match colonless {
        true => colonless_header,
        false => colon_header,
    };
    while let Some((label, value)) = lines.get(at).and_then(|line| header(unquoted(line))) {
        let value = value.trim_matches('*').trim();
        if FROM.contains(&label.as_str()) && sender.is_none() {
            sender = mailbox_in(value);
        } else if SUBJECT.contains(&label.as_str()) {
            subject = Some(value.to_string());
        }
        seen += 1;
        at += 1;
    }
    if seen < 2 {
        return None;
    }
    let text = lines[at..]
        .iter()
        .map(|l| {
            l.strip_prefix("> ")
                .or_else(|| l.strip_prefix('>'))
                .unwrap_or(l)
        })
        .collect::<Vec<_>>()
        .join("\n");
    Some(Forwarded {
        from: sender?,
        subject,
        message_id: None,
        text: text.trim().to_string(),
        note: note.join("\n").trim().to_string(),
    })
}

/// A mailbox as clients write it in a forwarded header: `Name <addr>`, `Name [mailto:addr]`,
/// `"Name" addr`, or the address alone.
pub(super) fn mailbox_in(value: &str) -> Option<Mailbox> {
    let value = value.trim();
    if let Ok(mailbox) = Mailbox::parse(value) {
        return Some(mailbox);
    }
    let address = value
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '<' | '>' | '[' | ']' | '(' | ')' | '"' | ',' | ';')
        })
        .map(|w| w.trim_start_matches("mailto:"))
        .find(|w| w.contains('@'))?;
    let address = super::EmailAddress::parse(address.trim_end_matches('.')).ok()?;
    let name = value
        .split(['<', '['])
        .next()
        .map(|n| n.trim().trim_matches('"').trim().to_string())
        .filter(|n| !n.is_empty() && !n.contains('@'));
    Some(Mailbox { name, address })
}

/// A `message/rfc822` part of a parsed message, read as a forwarded message.
pub(super) fn attached(parsed: &mail_parser::Message<'_>, note: &str) -> Option<Forwarded> {
    let inner = parsed.attachments().find_map(|part| part.message())?;
    let from = inner
        .from()
        .and_then(|a| a.iter().find_map(Mailbox::from_addr))?;
    let text = super::html::body_text(inner);
    Some(Forwarded {
        from,
        subject: inner.subject().map(str::to_string),
        message_id: inner.message_id().and_then(|id| MessageId::parse(id).ok()),
        text,
        note: note.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_label_is_counted_right() {
        let longest = HEADER_LABELS.iter().map(|l| l.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_LABEL));
    }

    #[test]
    fn an_em_client_forward_without_colons_is_read() {
        let body = "Dana - can you take this one? -Sam\n\n------ Original Message ------\nFrom \"Priya Raman\" <priya@raman.example>\nTo \"Sam Ortiz\" <sam@northwind-it.example>\nDate 03/02/2026 07:55:02 PM\nSubject Following up from the lunch\n\nHi Sam,\n\nWe are a 12-person CPA firm.\n";
        let forwarded = inline(body).unwrap();
        assert_eq!(forwarded.from.address.as_ref(), "priya@raman.example");
        assert_eq!(
            forwarded.subject.as_deref(),
            Some("Following up from the lunch")
        );
        assert!(forwarded.text.starts_with("Hi Sam,"));
        assert!(forwarded.note.starts_with("Dana - can you"));
        // Prose that starts with a label word is no header block.
        assert!(inline("From \"day one\" we liked it.\nDate night was fun.\n").is_none());
    }

    #[test]
    fn a_gmail_forward_gives_the_original_sender_and_words() {
        let body = "Can you take this one?\n\n---------- Forwarded message ---------\nFrom: Ann Lee <ann@acme-dental.example>\nDate: Tue, 3 Mar 2026 at 10:00\nSubject: New network\nTo: <dana@northwind-it.example>\n\nHello, we need a network for 14 staff.\n";
        let found = inline(body).unwrap();
        assert_eq!(found.from.address.as_ref(), "ann@acme-dental.example");
        assert_eq!(found.from.name.as_deref(), Some("Ann Lee"));
        assert_eq!(found.subject.as_deref(), Some("New network"));
        assert_eq!(found.text, "Hello, we need a network for 14 staff.");
        assert_eq!(found.note, "Can you take this one?");
    }

    #[test]
    fn an_outlook_forward_with_mailto_brackets() {
        let body = "FYI\r\n\r\n________________________________\r\nFrom: Lee, Ann [mailto:ann@acme-dental.example]\r\nSent: Tuesday, March 3, 2026 10:00 AM\r\nTo: Dana <dana@northwind-it.example>\r\nSubject: Wi-Fi\r\n\r\nWe need Wi-Fi.\r\n";
        let found = inline(body).unwrap();
        assert_eq!(found.from.address.as_ref(), "ann@acme-dental.example");
        assert_eq!(found.subject.as_deref(), Some("Wi-Fi"));
        assert_eq!(found.text, "We need Wi-Fi.");
    }

    #[test]
    fn a_german_apple_mail_forward() {
        let body = "Anfang der weitergeleiteten Nachricht:\n\nVon: Jörg Bauer <j.bauer@bauer-gmbh.example>\nBetreff: Neues Netzwerk\nDatum: 3. März 2026 um 10:00:00 MEZ\nAn: info@northwind-it.example\n\nGuten Tag, wir brauchen ein neues Netzwerk.\n";
        let found = inline(body).unwrap();
        assert_eq!(found.from.address.as_ref(), "j.bauer@bauer-gmbh.example");
        assert_eq!(found.subject.as_deref(), Some("Neues Netzwerk"));
    }

    #[test]
    fn a_quoted_reply_is_no_forward() {
        assert_eq!(inline("Thanks!\n\nOn Tue, Ann wrote:\n> hello\n"), None);
    }
}
