//! Which of a field's regexes match, exactly, in about one pass over the text.
//!
//! A field's regexes searched as one leftmost-first automaton stop at the first match and
//! report only the patterns that match there: a budget named after a deadline went unseen, and
//! adding a rule could hide another rule's hits. One automaton asked for every pattern
//! everywhere (`MatchKind::All`) is exact but dear. Yet nearly every rule's regex starts with
//! one of a few literal words ("by|before|until", "free", a currency sign), and every match of
//! it must start with one of them. So a pattern is run, anchored, only where one of its starts
//! occurs, and only until it has matched once. Most patterns also start at a word boundary
//! (`\b(by|in)…`): their starts are looked for only where a word starts, walking one
//! automaton a few bytes from each word, as `phrases` does, so "in" inside "point" costs
//! nothing. The rest of the starts ("$", "jusqu") are found by a second automaton run over the
//! whole text, and the few patterns with no literal start (`^\s*…`, `\w+netzwerk`) are
//! searched together as one exact set.

use std::collections::HashMap;

use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input, PatternID, PatternSet};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};

use super::fold::{self, PatternError};
use super::phrases::{is_word, walk_from};

/// A field's regexes, ready to tell which of them match.
#[derive(Debug)]
pub(crate) struct Regexes {
    /// Patterns that match only at the start of the text (`^…`).
    at_text_start: Vec<PatternID>,
    /// Starts of patterns that begin at a word boundary, found only where words start.
    at_words: Option<Starts<NFA>>,
    /// Every other literal start, found anywhere.
    anywhere: Option<Starts<AhoCorasick>>,
    /// The patterns without a literal start, as one exact set, and each one's index.
    rest: Option<(Regex, Vec<PatternID>)>,
    /// Each pattern alone, run anchored where one of its starts is found.
    alone: Vec<Regex>,
}

/// An automaton of literal starts, the patterns each literal starts, and all those patterns:
/// once each has matched, the rest of the text need not be read for them.
#[derive(Debug)]
struct Starts<A> {
    automaton: A,
    owners: Vec<Vec<PatternID>>,
    patterns: Vec<PatternID>,
}

impl<A> Starts<A> {
    /// How many of the patterns are still to be found.
    fn left(&self, found: &PatternSet) -> usize {
        self.patterns
            .iter()
            .filter(|&&p| !found.contains(p))
            .count()
    }
}

impl Regexes {
    /// Compiles the (already folded) patterns of one field.
    pub fn build(patterns: &[Hir]) -> Result<Regexes, PatternError> {
        let mut at_words = Table::default();
        let mut anywhere = Table::default();
        let mut rest = Vec::new();
        let mut at_text_start = Vec::new();
        for (index, hir) in patterns.iter().enumerate() {
            let pattern = PatternID::new_unchecked(index);
            // `^…` matches at the start of the text or nowhere: one anchored try.
            if hir.properties().look_set_prefix().contains(Look::Start) {
                at_text_start.push(pattern);
                continue;
            }
            // Each branch of a leading alternation on its own, so that `\b(in|by)…|\$…` finds
            // "in" only at word starts and "$" anywhere.
            let starts: Option<Vec<(Vec<u8>, bool)>> = branches(hir)
                .iter()
                .map(|branch| {
                    let prefix = branch.properties().look_set_prefix();
                    let at_a_word_boundary = prefix.contains(Look::WordAscii)
                        || prefix.contains(Look::WordStartAscii)
                        || prefix.contains(Look::WordStartHalfAscii);
                    literal_starts(branch).map(|literals| {
                        literals
                            .into_iter()
                            .map(|literal| {
                                let at_words = at_a_word_boundary && is_word(literal[0]);
                                (literal, at_words)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect::<Option<Vec<_>>>()
                .map(|per_branch| per_branch.into_iter().flatten().collect());
            let Some(starts) = starts else {
                rest.push((pattern, hir.clone()));
                continue;
            };
            for (literal, at_word_start) in starts {
                if at_word_start {
                    at_words.add(literal, pattern);
                } else {
                    anywhere.add(literal, pattern);
                }
            }
        }
        let at_words = if at_words.literals.is_empty() {
            None
        } else {
            let nfa = aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .build(&at_words.literals)?;
            Some(Starts {
                automaton: nfa,
                patterns: at_words.patterns(),
                owners: at_words.owners,
            })
        };
        let anywhere = if anywhere.literals.is_empty() {
            None
        } else {
            let automaton = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&anywhere.literals)?;
            Some(Starts {
                automaton,
                patterns: anywhere.patterns(),
                owners: anywhere.owners,
            })
        };
        let rest = if rest.is_empty() {
            None
        } else {
            let hirs: Vec<Hir> = rest.iter().map(|(_, hir)| hir.clone()).collect();
            let ids = rest.iter().map(|(id, _)| *id).collect();
            Some((fold::compile_exact_set(&hirs)?, ids))
        };
        let alone = patterns
            .iter()
            .map(|hir| fold::compile(std::slice::from_ref(hir)))
            .collect::<Result<_, _>>()?;
        Ok(Regexes {
            at_text_start,
            at_words,
            anywhere,
            rest,
            alone,
        })
    }

    pub fn len(&self) -> usize {
        self.alone.len()
    }

    /// Each pattern alone, by its index: for finding what it matched.
    pub fn pattern(&self, index: PatternID) -> &Regex {
        &self.alone[index.as_usize()]
    }

    /// Adds to `found` every pattern that matches somewhere in `text` (lower-cased).
    pub fn matching(&self, text: &[u8], found: &mut PatternSet) {
        // Runs the patterns that may start at `at`; says how many matched.
        let try_at = |at: usize, owners: &[PatternID], found: &mut PatternSet| {
            let mut matched = 0;
            for &pattern in owners {
                if !found.contains(pattern)
                    && self.alone[pattern.as_usize()]
                        .is_match(Input::new(text).range(at..).anchored(Anchored::Yes))
                {
                    found.insert(pattern);
                    matched += 1;
                }
            }
            matched
        };
        if !self.at_text_start.is_empty() {
            try_at(0, &self.at_text_start, found);
        }
        if let Some(starts) = &self.at_words {
            let mut left = starts.left(found);
            let mut at = 0;
            while left > 0 && at < text.len() {
                if !is_word(text[at]) {
                    at += 1;
                    continue;
                }
                let start = at;
                walk_from(&starts.automaton, text, start, |literal, _| {
                    left -= try_at(start, &starts.owners[literal], found);
                });
                at = text[start..]
                    .iter()
                    .position(|&b| !is_word(b))
                    .map_or(text.len(), |length| start + length);
            }
        }
        if let Some(starts) = &self.anywhere {
            let mut left = starts.left(found);
            for hit in starts.automaton.find_overlapping_iter(text) {
                if left == 0 {
                    break;
                }
                left -= try_at(hit.start(), &starts.owners[hit.pattern().as_usize()], found);
            }
        }
        if let Some((set, ids)) = &self.rest {
            let mut matched = PatternSet::new(set.pattern_len());
            set.which_overlapping_matches(&Input::new(text), &mut matched);
            for pattern in matched.iter() {
                found.insert(ids[pattern.as_usize()]);
            }
        }
    }
}

/// A pattern as the alternatives it starts with: `(a|b)c` is `ac` and `bc`.
fn branches(hir: &Hir) -> Vec<Hir> {
    match hir.kind() {
        HirKind::Capture(capture) => branches(&capture.sub),
        HirKind::Alternation(alternatives) => alternatives.iter().flat_map(branches).collect(),
        HirKind::Concat(items) => match items.split_first() {
            Some((first, after)) => {
                let firsts = branches(first);
                if firsts.len() < 2 {
                    return vec![hir.clone()];
                }
                firsts
                    .into_iter()
                    .map(|first| {
                        let mut items = vec![first];
                        items.extend(after.iter().cloned());
                        Hir::concat(items)
                    })
                    .collect()
            }
            None => vec![hir.clone()],
        },
        _ => vec![hir.clone()],
    }
}

/// Literal starts being collected, each once, with the patterns that start with it.
#[derive(Default)]
struct Table {
    literals: Vec<Vec<u8>>,
    owners: Vec<Vec<PatternID>>,
    ids: HashMap<Vec<u8>, usize>,
}

impl Table {
    /// Every pattern with a literal here, once.
    fn patterns(&self) -> Vec<PatternID> {
        let mut patterns: Vec<PatternID> = self.owners.iter().flatten().copied().collect();
        patterns.sort();
        patterns.dedup();
        patterns
    }

    fn add(&mut self, literal: Vec<u8>, pattern: PatternID) {
        let id = match self.ids.get(&literal) {
            Some(&id) => id,
            None => {
                self.ids.insert(literal.clone(), self.literals.len());
                self.literals.push(literal);
                self.owners.push(Vec::new());
                self.literals.len() - 1
            }
        };
        if !self.owners[id].contains(&pattern) {
            self.owners[id].push(pattern);
        }
    }
}

/// The literals every match of a pattern starts with, when there are a few and none is empty.
fn literal_starts(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
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
    fn overlapping_and_same_start_matches_are_all_found() {
        let patterns = [r"\bbudget\b", r"\bbudget of \$?\d+", r"get of"];
        assert_eq!(matching(&patterns, "a BUDGET of 900"), [0, 1, 2]);
    }

    #[test]
    fn patterns_without_a_literal_start_are_searched_too() {
        let patterns = [r"^\s*(re:\s*)*\[[^\]]+\]", r"\w+netzwerk", r"\bvpn\b"];
        assert_eq!(matching(&patterns, "  [Acme] Firmennetzwerk"), [0, 1]);
        assert_eq!(matching(&patterns, "x [Acme] vpn"), [2]);
    }

    #[test]
    fn a_start_inside_a_word_counts_unless_the_pattern_wants_a_word_start() {
        assert_eq!(matching(&[r"get of", r"\bof\b"], "budget of"), [0, 1]);
        assert_eq!(matching(&[r"\bin\b\s+\d+"], "point 4, in 5"), [0]);
        assert_eq!(matching(&[r"\bin\b\s+\d+"], "point 4"), Vec::<usize>::new());
        assert_eq!(matching(&[r"(jusqu|\bfin)\s+mai"], "jusqu mai"), [0]);
    }

    #[test]
    fn each_leading_alternative_keeps_its_own_kind_of_start() {
        let budget = r"(\$\s?\d+|\b\d+\s?(usd|eur)\b)";
        assert_eq!(matching(&[budget], "about $500"), [0]);
        assert_eq!(matching(&[budget], "about 500 eur"), [0]);
        assert_eq!(matching(&[budget], "about x500 eur"), Vec::<usize>::new());
        assert_eq!(
            matching(&[r"^\s*(re:\s*)?out of office"], "  Out of office"),
            [0]
        );
        assert_eq!(
            matching(&[r"^\s*out of office"], "x out of office"),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn word_boundaries_hold_at_an_anchored_start() {
        assert_eq!(matching(&[r"\bfree\b"], "carefree"), Vec::<usize>::new());
        assert_eq!(matching(&[r"\bfree\b"], "care free"), [0]);
    }
}
