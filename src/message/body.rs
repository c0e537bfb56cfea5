//! What the sender actually wrote: the body without quoted history or signature, with
//! hard-wrapped lines joined so a phrase broken over two lines still reads as one.

/// Removes quoted history and the signature, and joins wrapped lines into paragraphs.
///
/// Paragraphs are separated by one `\n`; inside a paragraph words are separated by one space.
pub fn clean_body(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut out = String::with_capacity(body.len().min(16 * 1024));
    let mut paragraph_open = false;

    let mut skip_next = false;
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let rest = lines.get(index + 1..).unwrap_or_default();
        if std::mem::take(&mut skip_next) {
            continue;
        }
        // An attribution line introduces quoted text; what follows unquoted is the sender
        // answering inline, so only the attribution itself is dropped.
        if let Some(wrapped) = attribution(trimmed, rest) {
            skip_next = wrapped;
            continue;
        }
        if starts_history_or_signature(trimmed, line, rest) {
            break;
        }
        if trimmed.starts_with('>') {
            continue;
        }
        if trimmed.is_empty() {
            if paragraph_open {
                out.push('\n');
                paragraph_open = false;
            }
            continue;
        }
        if paragraph_open {
            out.push(' ');
        }
        push_normalized(&mut out, trimmed);
        paragraph_open = true;
    }
    while out.ends_with(['\n', ' ']) {
        out.pop();
    }
    out
}

/// Makes typographic punctuation plain and collapses runs of spaces, so rules written with a
/// keyboard match mail written in a word processor.
pub fn normalize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_normalized(&mut out, text);
    out
}

fn push_normalized(out: &mut String, text: &str) {
    if text.is_ascii() && !text.contains(['\t', '\r']) && !text.contains("  ") {
        out.push_str(text);
        return;
    }
    let mut last_space = out.ends_with(' ');
    for ch in text.chars() {
        let ch = match ch {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if ch == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        out.push(ch);
    }
}

/// True at the first line of quoted history (an attribution line, an Outlook header block, an
/// "Original Message" separator) or of the signature (`-- `).
/// A phone's signature line, in the languages prospects write ("Sent from my iPhone").
const SENT_FROM: [&str; 11] = [
    "sent from my ",
    "envoyé de mon ",
    "envoyé depuis mon ",
    "von meinem ",
    "enviado desde mi ",
    "enviado do meu ",
    "enviado de meu ",
    "verzonden vanaf mijn ",
    "verstuurd vanaf mijn ",
    "inviato da ",
    "gesendet von meinem ",
];

/// The first two labels of an Outlook header block above quoted history, as its language
/// versions write them.
const FROM_LABELS: [&str; 7] = ["from:", "de :", "de:", "von:", "da:", "van:", "from :"];
const SENT_LABELS: [&str; 12] = [
    "sent:",
    "date:",
    "envoyé :",
    "envoyé:",
    "gesendet:",
    "datum:",
    "enviado:",
    "enviada:",
    "inviato:",
    "data:",
    "verzonden:",
    "fecha:",
];

fn starts_history_or_signature(trimmed: &str, line: &str, rest: &[&str]) -> bool {
    starts_signature(trimmed, line) || starts_history(trimmed, rest)
}

fn starts_signature(trimmed: &str, line: &str) -> bool {
    if line == "-- " || line == "--" || trimmed == "__" {
        return true;
    }
    // A phone's "Sent from my iPhone" closes what the sender wrote.
    trimmed.len() < 60
        && SENT_FROM
            .iter()
            .any(|p| starts_with_ignore_case(trimmed, p))
}

/// Where the first earlier message quoted in a body begins, and how a mail client set it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Opening {
    /// "On DATE, NAME wrote:" over `lines` lines at `at`, the quoted text below it.
    Attribution { at: usize, lines: usize },
    /// A header block (From:, Sent:, To:, Subject:) starting at `at`, perhaps below a rule
    /// or an "Original Message" line; the quoted text follows the block.
    HeaderBlock { at: usize },
}

/// The first quoted message in `lines`, past what the sender wrote and their signature.
pub(super) fn history_opening(lines: &[&str]) -> Option<Opening> {
    for (at, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let rest = lines.get(at + 1..).unwrap_or_default();
        if let Some(wrapped) = attribution(trimmed, rest) {
            let lines = if wrapped { 2 } else { 1 };
            return Some(Opening::Attribution { at, lines });
        }
        if starts_history(trimmed, rest) {
            return Some(Opening::HeaderBlock { at });
        }
    }
    None
}

fn starts_history(trimmed: &str, rest: &[&str]) -> bool {
    if trimmed.starts_with("-----") && trimmed.to_ascii_lowercase().contains("original message") {
        return true;
    }
    if trimmed.len() >= 20 && trimmed.bytes().all(|b| b == b'_') {
        // Outlook's rule above the forwarded header block.
        return rest
            .iter()
            .take(3)
            .any(|l| starts_with_ignore_case(l.trim(), "from:"));
    }
    // An Outlook-style block: "From: ..." followed by "Sent:" or "Date:" within a few lines.
    if FROM_LABELS
        .iter()
        .any(|f| starts_with_ignore_case(trimmed, f))
    {
        return rest.iter().take(4).any(|l| {
            let l = l.trim();
            SENT_LABELS.iter().any(|s| starts_with_ignore_case(l, s))
        });
    }
    false
}

/// "On Tue, 3 Mar 2026, Ann Lee <ann@acme.example> wrote:", possibly wrapped over two lines,
/// and its common translations. `Some(true)` when the attribution continues on the next line.
fn attribution(trimmed: &str, rest: &[&str]) -> Option<bool> {
    const OPENERS: [&str; 7] = ["on ", "le ", "am ", "el ", "op ", "il ", "em "];
    const CLOSERS: [&str; 9] = [
        "wrote:",
        "a écrit :",
        "a écrit:",
        "schrieb:",
        "escribió:",
        "schreef:",
        "ha scritto:",
        "escreveu:",
        "scritto:",
    ];
    if !OPENERS.iter().any(|o| starts_with_ignore_case(trimmed, o)) || trimmed.len() > 300 {
        return None;
    }
    let ends = |l: &str| {
        let l = l.trim_end().to_lowercase();
        CLOSERS.iter().any(|c| l.ends_with(c))
    };
    if ends(trimmed) {
        Some(false)
    } else if rest
        .first()
        .is_some_and(|next| ends(next) && next.len() < 200)
    {
        Some(true)
    } else {
        None
    }
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.is_char_boundary(prefix.len())
        && text[..prefix.len()].eq_ignore_ascii_case(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_history_and_signature_are_removed() {
        let body = "Hi,\n\nWe need a new\nfirewall.\n\nOn Tue, 3 Mar 2026 at 10:00, Bob <bob@x.example>\nwrote:\n> earlier text\n> more\n";
        assert_eq!(clean_body(body), "Hi,\nWe need a new firewall.");
        let signed = "Please call me.\n-- \nAnn Lee\nCEO, come tomorrow or never Ltd\n";
        assert_eq!(clean_body(signed), "Please call me.");
    }

    #[test]
    fn inline_answers_below_an_attribution_are_kept() {
        let body = "Answers below.\n\nOn Tue, 7 May 2024, Lena <l@x.example> wrote:\n> How many users?\n\n38 users.\n\n> Budget?\n\nAbout $9,000.\n";
        assert_eq!(clean_body(body), "Answers below.\n38 users.\nAbout $9,000.");
    }

    #[test]
    fn history_and_phone_signatures_in_other_languages_are_removed() {
        let body = "Merci, voir ci-dessous.\n\nDe : Bob <bob@x.example>\nEnvoyé : lundi\nÀ : Ann\nObjet : ancien\n\nancien texte";
        assert_eq!(clean_body(body), "Merci, voir ci-dessous.");
        let body = "Va bene.\n\nIl giorno 3 marzo 2026, Ann ha scritto:\n> vecchio";
        assert_eq!(clean_body(body), "Va bene.");
        assert_eq!(
            clean_body("Brauchen Hilfe.\n\nVon meinem iPhone gesendet"),
            "Brauchen Hilfe."
        );
    }

    #[test]
    fn outlook_history_is_removed() {
        let body = "Thanks, see below.\n\nFrom: Bob <bob@x.example>\nSent: Monday\nTo: Ann\nSubject: old\n\nold text";
        assert_eq!(clean_body(body), "Thanks, see below.");
        let body = "Sure.\n-----Original Message-----\nFrom: x\nold";
        assert_eq!(clean_body(body), "Sure.");
    }

    #[test]
    fn a_from_line_in_prose_is_kept() {
        assert_eq!(
            clean_body("From: our office in Leeds\nwe need help"),
            "From: our office in Leeds we need help"
        );
    }

    #[test]
    fn typography_is_made_plain() {
        assert_eq!(
            normalize_text("don\u{2019}t  \u{201C}wait\u{201D} \u{2014} now"),
            "don't \"wait\" - now"
        );
    }
}
