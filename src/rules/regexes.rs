//! Which of a field's regexes match, exactly.
//!
//! A field's regexes are searched as one set, in one pass over the text. The set is asked for
//! every pattern that matches anywhere (`MatchKind::All`), not for the leftmost match: a
//! leftmost-first set stops at the earliest match and reports only the patterns that match
//! there, so a budget named after a deadline went unseen, and adding a rule could hide another
//! rule's hits. Reading the whole text costs more than stopping at the first match; it is the
//! price of rules that see what is there. (Searching each pattern's literal starts and running
//! it anchored there needs fewer instructions but, with one regex cache per pattern, more time.)

use regex_automata::meta::Regex;
use regex_automata::{Input, PatternID, PatternSet};
use regex_syntax::hir::Hir;

use super::fold::{self, PatternError};

/// A field's regexes, ready to tell which of them match.
#[derive(Debug)]
pub(crate) struct Regexes {
    set: Regex,
    /// Each pattern alone, for finding what it matched.
    alone: Vec<Regex>,
}

impl Regexes {
    /// Compiles the (already folded) patterns of one field.
    #[cfg(test)]
    pub fn build(patterns: &[Hir]) -> Result<Regexes, PatternError> {
        let alone = patterns
            .iter()
            .map(|hir| fold::compile(std::slice::from_ref(hir)))
            .collect::<Result<_, _>>()?;
        Regexes::of(patterns, alone)
    }

    /// The set of one field's (already folded) patterns, beside each pattern compiled alone
    /// (`alone[n]` from `patterns[n]`): the compiler compiles each pattern as it reads it, to
    /// report a pattern that cannot be matched at its rule, so only the set is left to build.
    pub fn of(patterns: &[Hir], alone: Vec<Regex>) -> Result<Regexes, PatternError> {
        Ok(Regexes {
            set: fold::compile_exact_set(patterns)?,
            alone,
        })
    }

    pub fn len(&self) -> usize {
        self.alone.len()
    }

    /// Each pattern alone, by its index.
    pub fn pattern(&self, index: PatternID) -> &Regex {
        &self.alone[index.as_usize()]
    }

    /// Adds to `found` every pattern that matches somewhere in `text` (lower-cased).
    pub fn matching(&self, text: &[u8], found: &mut PatternSet) {
        self.set.which_overlapping_matches(&Input::new(text), found);
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
