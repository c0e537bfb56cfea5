//! The language a prospect writes in, told from their own words with whatlang (trigram
//! statistics, no model to download), among the languages doorman's rules and templates know.

use whatlang::{Detector, Lang};

/// The languages doorman tells apart, as two-letter ISO 639-1 codes, English first.
pub const LANGUAGES: [&str; 7] = ["en", "fr", "de", "es", "nl", "it", "pt"];

const LANGS: [Lang; 7] = [
    Lang::Eng,
    Lang::Fra,
    Lang::Deu,
    Lang::Spa,
    Lang::Nld,
    Lang::Ita,
    Lang::Por,
];

/// Fewer words than this say too little to tell a language by.
const MIN_WORDS: usize = 3;

/// A language is told from this much of the text: a few sentences say it as surely as a page,
/// and a pasted document would cost far more to read whole.
const SAMPLE_BYTES: usize = 640;

/// The language of a text, or `None` when it is too short or none of the known ones.
pub(super) fn detect(subject: &str, body: &str) -> Option<&'static str> {
    // The subject and the start of the body, without copying the rest.
    let mut end = body.len().min(SAMPLE_BYTES);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let sample = format!("{subject}\n{}", &body[..end]);
    let text = sample.as_str();
    text.split_whitespace().nth(MIN_WORDS - 1)?;
    if plainly_english(text) {
        return Some("en");
    }
    let detector = Detector::with_allowlist(LANGS.to_vec());
    let lang = detector.detect_lang(text)?;
    LANGS
        .iter()
        .position(|l| *l == lang)
        .map(|index| LANGUAGES[index])
}

/// Words English uses in every few sentences and the other six languages never use as words:
/// three of them settle it without counting trigrams, which is most of the mail by far.
const ENGLISH_WORDS: [&str; 10] = [
    "the", "and", "you", "with", "this", "that", "have", "for", "our", "your",
];

fn plainly_english(text: &str) -> bool {
    let mut seen = [false; ENGLISH_WORDS.len()];
    for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
        if word.len() < 3 || word.len() > 4 {
            continue;
        }
        if let Some(i) = ENGLISH_WORDS
            .iter()
            .position(|w| w.eq_ignore_ascii_case(word))
        {
            seen[i] = true;
            if seen.iter().filter(|s| **s).count() >= 3 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn prospects_languages_are_told_apart() {
        let cases = [
            (
                "en",
                "We are moving our office in May and need the network and Wi-Fi set up.",
            ),
            (
                "fr",
                "Nous déménageons nos bureaux en mai et avons besoin d'installer le réseau.",
            ),
            (
                "de",
                "Wir ziehen im Mai um und brauchen ein neues Netzwerk für unser Büro.",
            ),
            (
                "es",
                "Nos mudamos de oficina en mayo y necesitamos instalar la red y el wifi.",
            ),
            (
                "nl",
                "Wij verhuizen in mei naar een nieuw kantoor en hebben een netwerk nodig.",
            ),
            (
                "it",
                "Ci trasferiamo in un nuovo ufficio a maggio e abbiamo bisogno della rete.",
            ),
            (
                "pt",
                "Vamos mudar de escritório em maio e precisamos de instalar a rede.",
            ),
        ];
        for (code, text) in cases {
            assert_eq!(detect("", text), Some(code), "{text}");
        }
        assert_eq!(detect("", "Thanks!"), None, "too short to tell");
    }
}
