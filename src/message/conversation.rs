//! What ties a message to its conversation when its threading headers do not: the subject,
//! read the way mail programs write replies and forwards in the firm's languages.

/// Prefixes mail programs put before a subject when replying or forwarding: English, German
/// (AW, WG), Dutch (Antw, Doorst), French (TR), Spanish (RV), Italian (R, Rif, I), Portuguese
/// (Res, Enc), the Nordic SV, and the bracketed counters some clients add ("Re[2]").
const PREFIXES: [&str; 16] = [
    "re", "aw", "antw", "sv", "r", "rif", "res", "fw", "fwd", "wg", "tr", "rv", "enc", "doorst",
    "i", "vs",
];

/// Forwarding prefixes among [`PREFIXES`]: a forward is not an answer.
const FORWARDS: [&str; 7] = ["fw", "fwd", "wg", "tr", "rv", "enc", "doorst"];

/// Splits one reply or forward prefix off the front of a subject: the prefix, lower-case, and
/// the rest. `None` when the subject starts with none.
fn split_prefix(subject: &str) -> Option<(String, &str)> {
    let subject = subject.trim_start();
    let colon = subject.find(':')?;
    let head = &subject[..colon];
    // "Re[2]" and "Re(2)" count like "Re".
    let word = head
        .split(['[', '('])
        .next()
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    PREFIXES
        .contains(&word.as_str())
        .then(|| (word, &subject[colon + 1..]))
}

/// The subject without reply and forward prefixes, whitespace collapsed and lower-cased: two
/// messages of one conversation have the same key.
pub fn subject_key(subject: &str) -> String {
    let mut rest = subject;
    while let Some((_, after)) = split_prefix(rest) {
        rest = after;
    }
    rest.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether the subject reads as an answer ("Re: ...", "AW: ..."), not a new request or a
/// forward.
pub fn is_reply_subject(subject: &str) -> bool {
    split_prefix(subject).is_some_and(|(prefix, _)| !FORWARDS.contains(&prefix.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_in_any_language_share_the_requests_key() {
        let key = subject_key("New website for our clinic");
        for reply in [
            "Re: New website for our clinic",
            "RE: RE:  New website for  our clinic",
            "AW: New website for our clinic",
            "Re[2]: New website for our clinic",
            "Antw: New website for our clinic",
            "RES: New website for our clinic",
        ] {
            assert_eq!(subject_key(reply), key, "{reply}");
            assert!(is_reply_subject(reply), "{reply}");
        }
    }

    #[test]
    fn a_forward_or_a_colon_in_a_new_subject_is_not_an_answer() {
        assert!(!is_reply_subject("Fwd: New website"));
        assert!(!is_reply_subject("WG: Anfrage"));
        assert!(!is_reply_subject("Project: new website"));
        assert_eq!(subject_key("Project: new website"), "project: new website");
    }
}
