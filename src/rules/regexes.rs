//! Which of a field's regexes match, exactly, in about one pass over the text.
//!
//! A field's regexes searched as one leftmost-first automaton stop at the first match and
//! report only the patterns that match there: a budget named after a deadline went unseen, and
//! adding a rule could hide another rule's hits. One automaton asked for every pattern
//! everywhere (`MatchKind::All`) is exact but dear. Yet nearly every rule's regex starts with
//! one of a few literal words ("by|before|until", "free", a currency sign), and every match of
//! it must start with one of them. So those starts go into one Aho-Corasick machine, and a
//! pattern is run, anchored, only where one of its starts occurs, and only until it has
//! matched once. The few patterns with no such start (`^\s*…`, `\w+netzwerk`) are searched
//! together as one exact set.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input, PatternID, PatternSet};
use regex_syntax::hir::Hir;
use regex_syntax::hir::literal::{ExtractKind, Extractor};

use super::fold::{self, PatternError};

/// A field's regexes, ready to tell which of them match.
#[derive(Debug)]
pub(crate) struct Regexes {
    starts: Option<Starts>,
    /// The patterns without a literal start, as one exact set, and each one's index.
    rest: Option<(Regex, Vec<PatternID>)>,
    /// Each pattern alone, run anchored where one of its starts is found.
    alone: Vec<Regex>,
    /// How many patterns have literal starts.
    started: usize,
}

#[derive(Debug)]
struct Starts {
    automaton: AhoCorasick,
    /// Literal id -> the patterns that may start with it.
    owners: Vec<Vec<PatternID>>,
}

impl Regexes {
    /// Compiles the (already folded) patterns of one field.
    pub fn build(patterns: &[Hir]) -> Result<Regexes, PatternError> {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<PatternID>> = Vec::new();
        let mut ids: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut rest = Vec::new();
        let mut started = 0;
        for (index, hir) in patterns.iter().enumerate() {
            let pattern = PatternID::new_unchecked(index);
            let Some(starts) = literal_starts(hir) else {
                rest.push((pattern, hir.clone()));
                continue;
            };
            started += 1;
            for literal in starts {
                let id = *ids.entry(literal.clone()).or_insert_with(|| {
                    literals.push(literal);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                if !owners[id].contains(&pattern) {
                    owners[id].push(pattern);
                }
            }
        }
        let starts = if literals.is_empty() {
            None
        } else {
            let automaton = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&literals)?;
            Some(Starts { automaton, owners })
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
            starts,
            rest,
            alone,
            started,
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
        if let Some(starts) = &self.starts {
            let mut left = self.started;
            'text: for start in starts.automaton.find_overlapping_iter(text) {
                for &pattern in &starts.owners[start.pattern().as_usize()] {
                    if found.contains(pattern) {
                        continue;
                    }
                    let input = Input::new(text)
                        .range(start.start()..)
                        .anchored(Anchored::Yes);
                    if self.alone[pattern.as_usize()].is_match(input) {
                        found.insert(pattern);
                        left -= 1;
                        if left == 0 {
                            break 'text;
                        }
                    }
                }
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
    fn word_boundaries_hold_at_an_anchored_start() {
        assert_eq!(matching(&[r"\bfree\b"], "carefree"), Vec::<usize>::new());
        assert_eq!(matching(&[r"\bfree\b"], "care free"), [0]);
    }
}
