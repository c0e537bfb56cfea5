//! Which of a field's regexes match, exactly.
//!
//! A field's regexes are searched as one set, in one pass over the text (those that skip over
//! text through their last words, see [`Skipping`]). The set is asked for every pattern that
//! matches anywhere (`MatchKind::All`), not for the leftmost match: a leftmost-first set stops
//! at the earliest match and reports only the patterns that match there, so a budget named
//! after a deadline went unseen, and adding a rule could hide another rule's hits. Reading the
//! whole text costs more than stopping at the first match; it is the price of rules that see
//! what is there. (Searching each pattern's literal starts and running it anchored there needs
//! fewer instructions but, with one regex cache per pattern, more time.)

use std::sync::OnceLock;

use regex_automata::meta::Regex;
use regex_automata::{Input, PatternID, PatternSet};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Capture, Class, Hir, HirKind, Look, Repetition};

use super::fold::{self, PatternError};

/// A field's regexes, ready to tell which of them match.
#[derive(Debug)]
pub(crate) struct Regexes {
    /// One set: the patterns that skip no text, and for each pattern that does, its last
    /// words (see [`Skipping`]).
    set: Option<(Regex, Vec<InSet>)>,
    /// The patterns that skip text.
    skipping: Skipping,
    /// Each pattern alone, for finding what it matched.
    alone: Vec<Alone>,
}

/// A folded pattern, compiled alone the first time a text matches it. Most of a pack's
/// patterns match little of a firm's mail, and compiling each of them at every start was a
/// fifth of the work of loading the rules; [`Alone::checked`] makes sure it will compile.
#[derive(Debug)]
pub(crate) struct Alone {
    pattern: Hir,
    compiled: OnceLock<Option<Regex>>,
}

impl Alone {
    /// A pattern that compiles, or why it does not.
    pub fn checked(pattern: Hir) -> Result<Alone, PatternError> {
        fold::check(&pattern)?;
        Ok(Alone {
            pattern,
            compiled: OnceLock::new(),
        })
    }

    /// The pattern compiled. `None` only if the engine refuses what [`fold::check`] accepted,
    /// which the checked automaton rules out: the pattern then finds nothing, as if it did not
    /// match, rather than stopping the message's screening.
    pub fn regex(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| fold::compile(std::slice::from_ref(&self.pattern)).ok())
            .as_ref()
    }
}

/// What a match of one of the set's patterns tells.
#[derive(Debug, Clone, Copy)]
enum InSet {
    /// This pattern matches.
    Matches(PatternID),
    /// One of this skipping pattern's last words is in the text: it may match.
    MayMatch(PatternID),
}

/// Patterns that skip over text (`\b(by|before)\b[^.!?]{0,25}\b(june|july)\b`).
///
/// A set's lazy DFA has a state for each combination of what its patterns have seen so far,
/// and a skip stays in flight for a whole sentence: in one set with the words of the other
/// patterns, each word read during a skip made a new state, and building states, message
/// after message, was most of the time spent matching. A match of such a pattern ends with
/// one of a few words (the months), rarer than those it starts with ("by", "in"). The set
/// looks for those words instead, which costs it no more states than any list of words, and
/// a pattern is run alone only where one of them is in the text.
#[derive(Debug)]
struct Skipping {
    /// Each skipping pattern by id, its skips unbounded: it matches wherever the pattern does
    /// (and sometimes past the bound), and a DFA reads it without counting.
    loose: Vec<Option<Regex>>,
    /// Patterns whose last words are too many or too short to look for: always run.
    always: Vec<PatternID>,
}

impl Regexes {
    /// Compiles the (already folded) patterns of one field.
    #[cfg(test)]
    pub fn build(patterns: &[Hir]) -> Result<Regexes, PatternError> {
        let alone = patterns
            .iter()
            .map(|hir| Alone::checked(hir.clone()))
            .collect::<Result<_, _>>()?;
        Regexes::of(alone)
    }

    /// The set of one field's patterns, each already checked to compile alone: the compiler
    /// checks each pattern as it reads it, to report a pattern that cannot be matched at its
    /// rule, so only the set is left to build.
    pub fn of(alone: Vec<Alone>) -> Result<Regexes, PatternError> {
        let mut in_set = Vec::new();
        let mut hirs = Vec::new();
        let mut skipping = Skipping {
            loose: (0..alone.len()).map(|_| None).collect(),
            always: Vec::new(),
        };
        for (index, pattern) in alone.iter().map(|a| &a.pattern).enumerate() {
            let id = PatternID::new(index).expect("fewer patterns than PatternID::LIMIT");
            if !skips(pattern) {
                in_set.push(InSet::Matches(id));
                hirs.push(pattern.clone());
                continue;
            }
            let prefilter = starts_with_long_words(pattern);
            skipping.loose[index] = Some(fold::compile_for_is_match(
                &unbound_skips(pattern),
                prefilter,
            )?);
            match last_words(pattern) {
                Some(words) => {
                    in_set.push(InSet::MayMatch(id));
                    hirs.push(words);
                }
                None => skipping.always.push(id),
            }
        }
        let set = if hirs.is_empty() {
            None
        } else {
            Some((fold::compile_exact_set(&hirs)?, in_set))
        };
        Ok(Regexes {
            set,
            skipping,
            alone,
        })
    }

    pub fn len(&self) -> usize {
        self.alone.len()
    }

    /// Each pattern alone, by its index (see [`Alone::regex`]).
    pub fn pattern(&self, index: PatternID) -> Option<&Regex> {
        self.alone[index.as_usize()].regex()
    }

    /// Adds to `found` every pattern that matches somewhere in `text` (lower-cased), and
    /// perhaps a pattern with a bounded skip that matches only past its bound: the pattern
    /// alone, asked where it matched, finds nothing for that one.
    pub fn matching(&self, text: &[u8], found: &mut PatternSet) {
        let input = Input::new(text);
        let run = |id: PatternID, found: &mut PatternSet| {
            let loose = self.skipping.loose[id.as_usize()].as_ref();
            if loose.is_some_and(|loose| loose.is_match(input.clone())) {
                found.insert(id);
            }
        };
        if let Some((set, in_set)) = &self.set {
            let mut matched = PatternSet::new(in_set.len());
            set.which_overlapping_matches(&input, &mut matched);
            for index in matched.iter() {
                match in_set[index.as_usize()] {
                    InSet::Matches(id) => {
                        found.insert(id);
                    }
                    InSet::MayMatch(id) => run(id, found),
                }
            }
        }
        for &id in &self.skipping.always {
            run(id, found);
        }
    }
}

/// The words every match of a pattern ends with, as a pattern that finds them (`\b` after
/// them when the pattern has it there), when they are few and long enough to be worth looking
/// for: a text without any has no match. Two letters are enough for a word that must end a
/// word ("q1"), three otherwise.
fn last_words(hir: &Hir) -> Option<Hir> {
    let mut extractor = Extractor::new();
    extractor.kind(ExtractKind::Suffix);
    let seq = extractor.extract(hir);
    let words = seq.literals()?;
    let bounded = ends_at_word_boundary(hir);
    let shortest = if bounded { 2 } else { 3 };
    if words.len() > 500 || seq.min_literal_len().is_none_or(|len| len < shortest) {
        return None;
    }
    let words = Hir::alternation(
        words
            .iter()
            .map(|word| Hir::literal(word.as_bytes()))
            .collect(),
    );
    Some(if bounded {
        Hir::concat(vec![words, Hir::look(Look::WordAscii)])
    } else {
        words
    })
}

/// Whether every match of a pattern ends at an (ASCII) word boundary.
fn ends_at_word_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(look) => matches!(look, Look::WordAscii | Look::WordEndAscii),
        HirKind::Capture(cap) => ends_at_word_boundary(&cap.sub),
        HirKind::Concat(subs) => subs.last().is_some_and(ends_at_word_boundary),
        HirKind::Alternation(subs) => subs.iter().all(ends_at_word_boundary),
        _ => false,
    }
}

/// Whether every match of a pattern starts with one of a few words of three letters or more,
/// which a prefilter can look for (`\b(free|gratis)\b...`, not `\b(in|by)\b...`).
fn starts_with_long_words(hir: &Hir) -> bool {
    let mut extractor = Extractor::new();
    extractor.kind(ExtractKind::Prefix);
    let seq = extractor.extract(hir);
    seq.is_finite() && seq.min_literal_len().is_some_and(|len| len >= 3)
}

/// A repeat of a wide class (most bytes) that may run for a while: a skip over text.
fn is_skip(rep: &Repetition) -> bool {
    let wide = match rep.sub.kind() {
        HirKind::Class(Class::Bytes(class)) => {
            class.ranges().iter().map(|r| r.len()).sum::<usize>() >= 128
        }
        HirKind::Class(Class::Unicode(class)) => {
            class.ranges().iter().map(|r| r.len()).sum::<usize>() >= 128
        }
        _ => false,
    };
    wide && rep.max.is_none_or(|max| max - rep.min >= 8)
}

/// Whether a pattern has a skip somewhere.
fn skips(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Repetition(rep) => is_skip(rep) || skips(&rep.sub),
        HirKind::Capture(cap) => skips(&cap.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(skips),
        _ => false,
    }
}

/// The pattern with each bounded skip (`[^.]{0,25}`) made unbounded (`[^.]*`).
fn unbound_skips(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            max: if is_skip(rep) { None } else { rep.max },
            sub: Box::new(unbound_skips(&rep.sub)),
            ..rep.clone()
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(unbound_skips(&cap.sub)),
            ..cap.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(unbound_skips).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(unbound_skips).collect()),
        _ => hir.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matching(patterns: &[&str], text: &str) -> Vec<usize> {
        let hirs: Vec<Hir> = patterns
            .iter()
            .map(|p| fold::fold_regex(p).unwrap())
            .collect();
        let regexes = Regexes::build(&hirs).unwrap();
        let mut found = PatternSet::new(regexes.len());
        regexes.matching(&fold::fold_text(text.as_bytes()), &mut found);
        found.iter().map(|p| p.as_usize()).collect()
    }

    #[test]
    fn a_later_match_is_found_behind_an_earlier_one() {
        // A deadline named before a budget used to hide the budget.
        let patterns = [
            r"\b(by|before)\b[^.]{0,20}\b(may|june)\b",
            r"\$\d+",
            r"\bfree\b",
        ];
        assert_eq!(
            matching(&patterns, "By June, please. Budget $5000."),
            [0, 1]
        );
        assert_eq!(matching(&patterns, "Nothing here"), Vec::<usize>::new());
    }

    #[test]
    fn a_skipping_pattern_is_found_by_its_last_word() {
        let patterns = [r"\b(by|in)\b[^.!?]{0,25}\b(june|mai)\b", r"\bbudget\b"];
        assert_eq!(
            matching(&patterns, "Budget ok, live by the end of June."),
            [0, 1]
        );
        assert_eq!(
            matching(&patterns, "In time for Junebug day"),
            Vec::<usize>::new()
        );
        // "mai" inside "email" is no last word: `\b` cannot hold there.
        assert_eq!(matching(&patterns, "In the email"), Vec::<usize>::new());
        assert_eq!(matching(&patterns, "in mai"), [0]);
    }

    #[test]
    fn a_skip_past_its_bound_is_ruled_out_by_the_pattern_alone() {
        let patterns = [r"\bby\b[^.]{0,10}\bjune\b"];
        let text = fold::fold_text(b"by some much later day in june");
        let hirs: Vec<Hir> = patterns
            .iter()
            .map(|p| fold::fold_regex(p).unwrap())
            .collect();
        let regexes = Regexes::build(&hirs).unwrap();
        let mut found = PatternSet::new(1);
        regexes.matching(&text, &mut found);
        for id in found.iter() {
            assert!(!regexes.pattern(id).unwrap().is_match(&text));
        }
        assert_eq!(matching(&patterns, "by early june"), [0]);
    }

    #[test]
    fn a_skipping_pattern_without_last_words_to_look_for_is_always_run() {
        let patterns = [r"\bby\b[^.]{0,10}\d", r"\bwithin\b[^.]*\bhours?\b"];
        assert_eq!(matching(&patterns, "By the 5th, within two hours"), [0, 1]);
        assert_eq!(
            matching(&patterns, "By then. 5 hours within"),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn overlapping_and_same_start_matches_are_all_found() {
        let patterns = [r"\bbudget\b", r"\bbudget of \$?\d+", r"get of"];
        assert_eq!(matching(&patterns, "a BUDGET of 900"), [0, 1, 2]);
    }

    #[test]
    fn anchored_and_word_bounded_patterns_keep_their_meaning() {
        let patterns = [r"^\s*(re:\s*)*\[[^\]]+\]", r"\w+netzwerk", r"\bfree\b"];
        assert_eq!(matching(&patterns, "  [Acme] Firmennetzwerk"), [0, 1]);
        assert_eq!(
            matching(&patterns, "x [Acme] carefree"),
            Vec::<usize>::new()
        );
        assert_eq!(matching(&patterns, "x [Acme] care free"), [2]);
    }
}
