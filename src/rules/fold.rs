//! Case folding done once, at compile time, instead of in every search.
//!
//! Rules match ASCII case-insensitively. Asking the regex engine for that doubles every letter
//! class, and a case-insensitive Aho-Corasick machine cannot use its fastest prefilters; both
//! automata grow until they no longer fit in the processor's cache, and that, not the number of
//! rules, is what bounds the speed of scoring. So the engine lowers the ASCII letters of each
//! field's text once (byte positions stay where they were, so matched text is still read from
//! the original), and every pattern is rewritten here to match lower-case text only.

use regex_automata::nfa::thompson;
use regex_automata::{MatchKind, meta};
use regex_syntax::hir::{Capture, Class, ClassBytes, ClassBytesRange, Hir, HirKind, Repetition};

/// Why a rule's patterns cannot be matched. Each message is for the rule's author; the caller
/// adds the file, line and rule. The regex crates' errors are boxed: they are large, and this
/// error comes back through every level of the recursive `fold`.
#[derive(Debug, thiserror::Error)]
pub enum PatternError {
    /// The regex does not parse.
    #[error(transparent)]
    Syntax(Box<regex_syntax::Error>),
    /// A section of the regex asks for case-sensitive matching, which folded text cannot give.
    #[error(
        "`{text}` is matched case-sensitively, but rules always match regardless of case: remove the (?-i) flag"
    )]
    CaseSensitive { text: String },
    /// The regex engine cannot build the matcher (most often: it would be too large).
    #[error(transparent)]
    Regex(Box<meta::BuildError>),
    /// The regex's automaton cannot be built (most often: it would be too large).
    #[error(transparent)]
    Automaton(Box<thompson::BuildError>),
    /// The phrase automaton cannot be built.
    #[error(transparent)]
    Phrases(#[from] aho_corasick::BuildError),
}

/// A regex as written in a rule, rewritten to match ASCII-lowercased text at exactly the places
/// where the original matches case-insensitively. The result is a syntax tree, compiled as it
/// is (printing it back to a pattern would not survive its non-ASCII literals).
///
/// Fails, with a message for the rule's author, when the pattern is not a regex or cannot be
/// matched that way: a case-sensitive section like `(?-i:USD)`.
pub fn fold_regex(pattern: &str) -> Result<Hir, PatternError> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .map_err(|err| PatternError::Syntax(Box::new(err)))?;
    fold(hir)
}

/// Compiles one folded pattern, for finding what it matched.
pub fn compile(patterns: &[Hir]) -> Result<meta::Regex, PatternError> {
    build(patterns, config(MatchKind::LeftmostFirst))
}

/// Whether [`compile`] can build a folded pattern: its automaton (the NFA every regex engine
/// starts from, where a pattern too large to match fails) is built and dropped, without the
/// reverse automaton and the prefilter that the whole matcher builds as well.
pub fn check(pattern: &Hir) -> Result<(), PatternError> {
    thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .utf8(false)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
        )
        .build_from_hir(pattern)
        .map(drop)
        .map_err(|err| PatternError::Automaton(Box::new(err)))
}

/// The largest automaton a rule's pattern may need.
const NFA_SIZE_LIMIT: usize = 64 << 20;

/// Compiles one folded pattern for telling only whether it matches; `prefilter: false` for a
/// pattern that starts with many short words ("en", "d'ici"), where a prefilter would stop the
/// search at nearly every byte and the DFA alone reads on.
pub fn compile_for_is_match(pattern: &Hir, prefilter: bool) -> Result<meta::Regex, PatternError> {
    let config = config(MatchKind::LeftmostFirst).auto_prefilter(prefilter);
    build(std::slice::from_ref(pattern), config)
}

/// Compiles patterns into one set that tells every pattern matching anywhere in a text.
pub fn compile_exact_set(patterns: &[Hir]) -> Result<meta::Regex, PatternError> {
    build(patterns, config(MatchKind::All))
}

fn config(kind: MatchKind) -> meta::Config {
    meta::Regex::config()
        .match_kind(kind)
        // Rules search bytes that may not be UTF-8, like `regex::bytes`.
        .utf8_empty(false)
        .nfa_size_limit(Some(NFA_SIZE_LIMIT))
        .hybrid_cache_capacity(64 << 20)
}

fn build(patterns: &[Hir], config: meta::Config) -> Result<meta::Regex, PatternError> {
    meta::Regex::builder()
        .configure(config)
        .build_many_from_hir(patterns)
        .map_err(|err| PatternError::Regex(Box::new(err)))
}

/// A phrase as written, for matching folded text.
pub fn fold_phrase(phrase: &str) -> String {
    String::from_utf8(fold_text(phrase.as_bytes())).unwrap_or_else(|_| phrase.to_lowercase())
}

/// Lower-cases a text without moving a byte: ASCII letters, and the capitals with accents of
/// the Latin-1 block (À to Þ: "Über", "À", "Ñ", "Ç" in the languages prospects write), whose
/// lower-case letter is two bytes long as well. Matched text is then read from the original at
/// the same positions.
pub fn fold_text(text: &[u8]) -> Vec<u8> {
    let mut folded = text.to_ascii_lowercase();
    if !text.is_ascii() {
        fold_latin1_capitals(&mut folded);
    }
    folded
}

/// `C3 80..=C3 9E` (but `C3 97`, the multiplication sign) becomes `C3 A0..=C3 BE`.
fn fold_latin1_capitals(bytes: &mut [u8]) {
    let mut at = 0;
    while let Some(found) = memchr::memchr(0xC3, &bytes[at..]) {
        let next = at + found + 1;
        if let Some(b) = bytes.get_mut(next)
            && (0x80..=0x9E).contains(b)
            && *b != 0x97
        {
            *b += 0x20;
        }
        at = next;
    }
}

fn fold(hir: Hir) -> Result<Hir, PatternError> {
    Ok(match hir.into_kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Literal(literal) => {
            if literal.0.iter().any(u8::is_ascii_uppercase) {
                return Err(case_sensitive(&literal.0));
            }
            let mut bytes = literal.0.into_vec();
            fold_latin1_capitals(&mut bytes);
            Hir::literal(bytes)
        }
        HirKind::Class(Class::Bytes(class)) => Hir::class(Class::Bytes(fold_class(class)?)),
        // With Unicode off, the parser only makes byte classes; kept for completeness.
        HirKind::Class(Class::Unicode(class)) => match class.to_byte_class() {
            Some(bytes) => Hir::class(Class::Bytes(fold_class(bytes)?)),
            None => Hir::class(Class::Unicode(class)),
        },
        HirKind::Repetition(repetition) => Hir::repetition(Repetition {
            sub: Box::new(fold(*repetition.sub)?),
            ..repetition
        }),
        HirKind::Capture(capture) => Hir::capture(Capture {
            sub: Box::new(fold(*capture.sub)?),
            ..capture
        }),
        HirKind::Concat(parts) => {
            Hir::concat(parts.into_iter().map(fold).collect::<Result<_, _>>()?)
        }
        HirKind::Alternation(parts) => {
            Hir::alternation(parts.into_iter().map(fold).collect::<Result<_, _>>()?)
        }
    })
}

/// Drops the upper-case letters from a class that was read case-insensitively, so it always
/// holds the lower-case letter as well.
fn fold_class(mut class: ClassBytes) -> Result<ClassBytes, PatternError> {
    let has = |class: &ClassBytes, b: u8| class.iter().any(|r| r.start() <= b && b <= r.end());
    if let Some(upper) = (b'A'..=b'Z').find(|&b| has(&class, b) && !has(&class, b + 32)) {
        return Err(case_sensitive(&[upper]));
    }
    class.difference(&ClassBytes::new([ClassBytesRange::new(b'A', b'Z')]));
    Ok(class)
}

fn case_sensitive(text: &[u8]) -> PatternError {
    PatternError::CaseSensitive {
        text: String::from_utf8_lossy(text).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::bytes::RegexBuilder;

    fn folded_matches(pattern: &str, text: &str) -> Option<(usize, usize)> {
        let regex = compile(&[fold_regex(pattern).unwrap()]).unwrap();
        regex
            .find(text.to_ascii_lowercase().as_bytes())
            .map(|m| (m.start(), m.end()))
    }

    fn original_matches(pattern: &str, text: &str) -> Option<(usize, usize)> {
        let regex = RegexBuilder::new(pattern)
            .case_insensitive(true)
            .unicode(false)
            .build()
            .unwrap();
        regex.find(text.as_bytes()).map(|m| (m.start(), m.end()))
    }

    #[test]
    fn a_folded_regex_matches_lowered_text_where_the_original_matched() {
        let cases = [
            (r"\b(USD|eur)\s?\d+", "Budget: EUR 5000 or Usd 4000"),
            (r"[A-Z]{3}\b", "call ABC now"),
            (
                r"\bfree\b[^.!?\n]{0,20}\b(audit|trial)\b",
                "A FREE Security Audit!",
            ),
            (r"^\s*(re|fwd?)\s*:\s*\[[^\]]{2,40}\]", "Re: [List] Weekly"),
            (r"\w+@\w+\.COM", "Write to Sales@Example.com"),
            (r"caf(é|e)", "CAFé latte"),
            (r"\D\d", "Room 5"),
            (r"[^a-z]", "abcD!"),
            (r"(\$|€|£)\s?\d+", "Price: £300"),
        ];
        for (pattern, text) in cases {
            assert_eq!(
                folded_matches(pattern, text),
                original_matches(pattern, text),
                "{pattern} on {text:?}"
            );
            assert!(original_matches(pattern, text).is_some(), "{pattern}");
        }
    }

    #[test]
    fn accented_capitals_fold_like_ascii_ones() {
        assert_eq!(fold_phrase("Über DRINGEND Ça À"), "über dringend ça à");
        assert_eq!(
            fold_text("5 × 3".as_bytes()),
            "5 × 3".as_bytes(),
            "× is no letter"
        );
        let regex = compile(&[fold_regex("für sofort").unwrap()]).unwrap();
        assert!(regex.is_match(&fold_text("FÜR SOFORT".as_bytes())));
    }

    #[test]
    fn a_case_sensitive_section_is_refused_with_a_remedy() {
        let err = fold_regex("(?-i:USD)").unwrap_err();
        assert!(
            matches!(&err, PatternError::CaseSensitive { text } if text == "USD"),
            "{err}"
        );
        assert!(err.to_string().contains("(?-i)"), "{err}");
        let err = fold_regex("(?-i)[A-Z]+").unwrap_err();
        assert!(err.to_string().contains("(?-i)"), "{err}");
    }
}
