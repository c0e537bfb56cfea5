//! Every phrase of every rule on one field, found in one pass over the text.
//!
//! Phrases match whole words only, so a phrase that starts with a letter or digit can only
//! start where a word starts. The automaton is therefore walked from each word start and left
//! as soon as no phrase can continue, rather than over every byte of the text: a rule pack of
//! a thousand phrases builds an automaton of megabytes, and touching it at every byte, not the
//! number of phrases, is what made phrase matching slow. The rare phrase that starts with
//! punctuation ("$$$") goes into a second automaton that is run over the whole text.

use aho_corasick::automaton::Automaton;
use std::collections::HashSet;

use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind};
use foldhash::fast::FixedState;

use super::fold::PatternError;

/// The phrases of one field, compiled.
#[derive(Debug)]
pub(crate) struct Phrases {
    /// Phrases starting with a word character, searched from word starts only.
    at_word_starts: Option<WordStarts>,
    /// Phrases starting with anything else, searched everywhere.
    anywhere: Option<Anywhere>,
}

#[derive(Debug)]
struct WordStarts {
    /// The first word of every phrase: a walk starts only at a word of the text that is one,
    /// which one lookup tells, so most words never touch the automaton.
    first_words: FirstWords,
    /// A contiguous NFA: a few hundred KB where a DFA of the same phrases takes megabytes,
    /// and each walk is a few bytes long, so staying in cache matters more than the
    /// NFA's extra work per byte.
    automaton: NFA,
    /// Pattern id -> the leaf (rule test) the phrase belongs to.
    leaf: Vec<usize>,
}

#[derive(Debug)]
struct Anywhere {
    automaton: AhoCorasick,
    leaf: Vec<usize>,
}

impl Phrases {
    /// Compiles (phrase, leaf) pairs; phrases are already folded to lower case.
    pub fn build(phrases: &[(String, usize)]) -> Result<Phrases, PatternError> {
        let (word, other): (Vec<_>, Vec<_>) = phrases
            .iter()
            .partition(|(phrase, _)| phrase.as_bytes().first().is_some_and(|&b| is_word(b)));
        let leaves = |set: &[&(String, usize)]| set.iter().map(|(_, leaf)| *leaf).collect();
        let at_word_starts = if word.is_empty() {
            None
        } else {
            let automaton = aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .build(word.iter().map(|(phrase, _)| phrase))?;
            let first_words = FirstWords::of(word.iter().map(|(phrase, _)| {
                let bytes = phrase.as_bytes();
                let end = bytes
                    .iter()
                    .position(|&b| !is_word(b))
                    .unwrap_or(bytes.len());
                &bytes[..end]
            }));
            Some(WordStarts {
                first_words,
                automaton,
                leaf: leaves(&word),
            })
        };
        let anywhere = if other.is_empty() {
            None
        } else {
            let automaton = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(other.iter().map(|(phrase, _)| phrase))?;
            Some(Anywhere {
                automaton,
                leaf: leaves(&other),
            })
        };
        Ok(Phrases {
            at_word_starts,
            anywhere,
        })
    }

    /// Calls `found(leaf, start, end)` for every whole-word occurrence of every phrase in
    /// `text` (lower-cased), overlapping ones included.
    pub fn find(&self, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        if let Some(set) = &self.at_word_starts {
            set.find(text, &mut found);
        }
        if let Some(set) = &self.anywhere {
            for m in set.automaton.find_overlapping_iter(text) {
                if word_bounded(text, m.start(), m.end()) {
                    found(set.leaf[m.pattern().as_usize()], m.start(), m.end());
                }
            }
        }
    }
}

impl WordStarts {
    fn find(&self, text: &[u8], found: &mut impl FnMut(usize, usize, usize)) {
        let mut at = 0;
        while at < text.len() {
            if !is_word(text[at]) {
                at += 1;
                continue;
            }
            let start = at;
            at = text[start..]
                .iter()
                .position(|&b| !is_word(b))
                .map_or(text.len(), |length| start + length);
            if self.first_words.contains_at(text, start, at) {
                self.walk(text, start, found);
            }
        }
    }

    /// Every phrase that starts at `start`.
    fn walk(&self, text: &[u8], start: usize, found: &mut impl FnMut(usize, usize, usize)) {
        let nfa = &self.automaton;
        // A contiguous NFA always supports anchored starts.
        let Ok(mut state) = nfa.start_state(Anchored::Yes) else {
            return;
        };
        for (end, &byte) in text.iter().enumerate().skip(start).map(|(i, b)| (i + 1, b)) {
            state = nfa.next_state(Anchored::Yes, state, byte);
            if !nfa.is_special(state) {
                continue;
            }
            if nfa.is_dead(state) {
                return;
            }
            if nfa.is_match(state) && word_bounded(text, start, end) {
                for index in 0..nfa.match_len(state) {
                    let pattern = nfa.match_pattern(state, index);
                    // A state also holds the phrases that end here but started later.
                    if nfa.pattern_len(pattern) == end - start {
                        found(self.leaf[pattern.as_usize()], start, end);
                    }
                }
            }
        }
    }
}

/// A set of words, asked once for every word of a text. Most words are short: those of up
/// to eight bytes are packed into one number each (a word byte is never zero, so the padding
/// tells the length) and found in an open-addressing table by one multiplication, without
/// hashing or comparing bytes; longer words are looked up by hash.
#[derive(Debug)]
struct FirstWords {
    /// Packed short words, zero for an empty slot; its length is a power of two, at most half
    /// full, so a probe ends soon at a zero.
    short: Box<[u64]>,
    /// How far to shift the product to get a slot.
    shift: u32,
    long: HashSet<Box<[u8]>, FixedState>,
}

impl FirstWords {
    fn of<'w>(words: impl Iterator<Item = &'w [u8]>) -> FirstWords {
        let mut short = Vec::new();
        let mut long = HashSet::default();
        for word in words {
            if is_short(word.len()) {
                short.push(pack(word, 0, word.len()));
            } else {
                long.insert(word.into());
            }
        }
        short.sort_unstable();
        short.dedup();
        let size = (short.len() * 2).next_power_of_two().max(16);
        let mut set = FirstWords {
            short: vec![0; size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
            long,
        };
        for key in short {
            let mut at = set.slot(key);
            while set.short[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            set.short[at] = key;
        }
        set
    }

    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Whether `text[start..end]` is one of the words.
    #[inline]
    fn contains_at(&self, text: &[u8], start: usize, end: usize) -> bool {
        if !is_short(end - start) {
            return self.long.contains(&text[start..end]);
        }
        let key = pack(text, start, end);
        let mut at = self.slot(key);
        loop {
            match self.short[at] {
                found if found == key => return true,
                0 => return false,
                _ => at = (at + 1) & (self.short.len() - 1),
            }
        }
    }
}

/// Whether a word of this length is packed into a number (see [`FirstWords`]).
fn is_short(length: usize) -> bool {
    (1..=8).contains(&length)
}

/// `text[start..end]`, one to eight bytes, as one number, its bytes in order and zero after
/// them: eight bytes read at once where the text has them, the word's own kept.
fn pack(text: &[u8], start: usize, end: usize) -> u64 {
    let length = end - start;
    match text.get(start..start + 8) {
        Some(eight) => {
            let eight = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            eight & (u64::MAX >> (8 * (8 - length)))
        }
        None => {
            let mut bytes = [0u8; 8];
            bytes[..length].copy_from_slice(&text[start..end]);
            u64::from_le_bytes(bytes)
        }
    }
}

/// A byte that is part of a word: ASCII letters, digits and `_`, and any non-ASCII byte, so
/// "café" never matches the phrase "caf".
fn is_word(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// `is_word` as a table: it is asked for every byte of every text.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
        b += 1;
    }
    table
};

/// Whether text[start..end] is not part of a longer word on either side.
fn word_bounded(text: &[u8], start: usize, end: usize) -> bool {
    let starts_word = text.get(start).is_some_and(|&b| is_word(b));
    let ends_word = end > 0 && text.get(end - 1).is_some_and(|&b| is_word(b));
    let before_ok = start == 0 || !starts_word || !is_word(text[start - 1]);
    let after_ok = end >= text.len() || !ends_word || !is_word(text[end]);
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(phrases: &[&str], text: &str) -> Vec<(usize, String)> {
        let pairs: Vec<(String, usize)> = phrases
            .iter()
            .enumerate()
            .map(|(leaf, p)| (p.to_string(), leaf))
            .collect();
        let mut hits = Vec::new();
        Phrases::build(&pairs)
            .unwrap()
            .find(text.as_bytes(), |leaf, start, end| {
                hits.push((leaf, text[start..end].to_string()))
            });
        hits.sort();
        hits
    }

    #[test]
    fn first_words_short_and_long_are_found_and_no_others() {
        let words: [&[u8]; 5] = [b"a", b"budget", b"kostenvoranschlag", b"asap", b"budget"];
        let set = FirstWords::of(words.into_iter());
        for word in words {
            assert!(set.contains_at(word, 0, word.len()), "{word:?}");
        }
        for other in [
            &b"b"[..],
            b"budge",
            b"budgets",
            b"kostenvoranschla",
            b"as",
            b"ab",
        ] {
            assert!(!set.contains_at(other, 0, other.len()), "{other:?}");
        }
        // Inside a longer text, where eight bytes are read at once.
        assert!(set.contains_at(b"a budget of 5k", 2, 8));
        assert!(!set.contains_at(b"a budge of 5k", 2, 7));
    }

    #[test]
    fn phrases_are_word_bounded() {
        let text = b"free trial, carefree, caf\xc3\xa9";
        assert!(word_bounded(text, 0, 4));
        assert!(!word_bounded(text, 16, 20));
        assert!(!word_bounded(text, 23, 26));
        assert_eq!(
            found(&["free", "caf"], "free trial, carefree, café"),
            [(0, "free".into())]
        );
    }

    #[test]
    fn overlapping_phrases_are_all_found() {
        assert_eq!(
            found(&["free", "free trial", "trial"], "a free trial"),
            [
                (0, "free".into()),
                (1, "free trial".into()),
                (2, "trial".into())
            ]
        );
    }

    #[test]
    fn a_phrase_starting_with_punctuation_is_found_anywhere() {
        assert_eq!(
            found(&["$$$", "cash"], "win $$$ cash"),
            [(0, "$$$".into()), (1, "cash".into())]
        );
        assert_eq!(found(&["!!!"], "now!!!"), [(0, "!!!".into())]);
    }
}
