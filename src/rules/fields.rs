//! What a rule can look at: the fields of a message (subject, body, sender, any header) and
//! the counted features of their text (words, question marks, capitals, links).

use std::borrow::Cow;

use crate::message::Message;

/// The text a leaf test looks at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    Subject,
    Body,
    FullBody,
    Text,
    From,
    FromDomain,
    /// A header by lower-case name; several headers of that name are joined by newlines.
    Header(String),
}

impl Field {
    pub fn name(&self) -> Cow<'_, str> {
        match self {
            Field::Subject => "subject".into(),
            Field::Body => "body".into(),
            Field::FullBody => "full_body".into(),
            Field::Text => "text".into(),
            Field::From => "from".into(),
            Field::FromDomain => "from_domain".into(),
            Field::Header(name) => format!("header:{name}").into(),
        }
    }

    /// Whether the field is (or contains) the body, which costs the most to scan.
    pub(super) fn is_body(&self) -> bool {
        matches!(self, Field::Body | Field::FullBody | Field::Text)
    }

    pub(super) fn text<'m>(&'m self, message: &'m Message) -> Option<Cow<'m, str>> {
        Some(match self {
            Field::Subject => Cow::Borrowed(message.subject.as_str()),
            Field::Body => Cow::Borrowed(message.body.as_str()),
            Field::FullBody => Cow::Borrowed(message.full_body.as_str()),
            Field::Text => Cow::Owned(message.text()),
            Field::From => Cow::Owned(
                message
                    .from
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            ),
            Field::FromDomain => Cow::Borrowed(message.from_domain()),
            Field::Header(name) => {
                let mut values = message.header_values(name);
                let first = values.next()?;
                match values.next() {
                    None => first,
                    Some(second) => {
                        let mut joined = format!("{first}\n{second}");
                        for value in values {
                            joined.push('\n');
                            joined.push_str(&value);
                        }
                        Cow::Owned(joined)
                    }
                }
            }
        })
    }
}

/// A counted feature of a field's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Words,
    QuestionMarks,
    ExclamationMarks,
    CapsRatio,
    Links,
}

impl Count {
    pub(super) fn describe(self, value: f64) -> String {
        match self {
            Count::Words => format!("{value} words"),
            Count::QuestionMarks => format!("{value} question marks"),
            Count::ExclamationMarks => format!("{value} exclamation marks"),
            Count::CapsRatio => format!("{:.0}% capitals", value * 100.0),
            Count::Links => format!("{value} links"),
        }
    }
}

/// The counted features of one field's text, computed once per message.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Counts {
    words: f64,
    question_marks: f64,
    exclamation_marks: f64,
    caps_ratio: f64,
    links: f64,
}

impl Counts {
    pub(super) fn of(text: &str) -> Counts {
        let bytes = text.as_bytes();
        let mut tally = Tally::default();
        // One pass in text order (a word may run across accented letters); mail is mostly
        // ASCII, so a character is decoded only when its first byte is past 0x7f.
        if bytes.is_ascii() {
            bytes
                .iter()
                .for_each(|&b| tally.add(ASCII_CLASS[usize::from(b)]));
        } else {
            let mut at = 0;
            while at < bytes.len() {
                let class = if bytes[at] < 0x80 {
                    at += 1;
                    ASCII_CLASS[usize::from(bytes[at - 1])]
                } else {
                    let ch = text[at..].chars().next().unwrap_or(' ');
                    at += ch.len_utf8();
                    class_of(ch)
                };
                tally.add(class);
            }
        }
        let Tally {
            words,
            upper,
            letters,
            question,
            exclamation,
            ..
        } = tally;
        let links = count_links(bytes);
        Counts {
            words: words.into(),
            question_marks: question.into(),
            exclamation_marks: exclamation.into(),
            caps_ratio: if letters == 0 {
                0.0
            } else {
                f64::from(upper) / f64::from(letters)
            },
            links: links as f64,
        }
    }

    pub(super) fn get(&self, count: Count) -> f64 {
        match count {
            Count::Words => self.words,
            Count::QuestionMarks => self.question_marks,
            Count::ExclamationMarks => self.exclamation_marks,
            Count::CapsRatio => self.caps_ratio,
            Count::Links => self.links,
        }
    }
}

/// The running counts of [`Counts::of`], added to without a branch: letters and spaces
/// alternate in no order a processor can predict, and a mispredicted branch at every word
/// was most of the time counting took.
#[derive(Default)]
struct Tally {
    words: u32,
    in_word: u32,
    upper: u32,
    letters: u32,
    question: u32,
    exclamation: u32,
}

impl Tally {
    #[inline(always)]
    fn add(&mut self, class: u8) {
        let bit = |mask: u8| u32::from(class & mask != 0);
        let alphanumeric = bit(ALPHANUMERIC);
        self.words += alphanumeric & (self.in_word ^ 1);
        // A joiner keeps a word going; anything else but a letter or digit ends it.
        self.in_word = alphanumeric | (bit(JOINER) & self.in_word);
        self.letters += bit(ALPHABETIC);
        self.upper += bit(UPPERCASE);
        self.question += bit(QUESTION);
        self.exclamation += bit(EXCLAMATION);
    }
}

// What `Counts::of` needs to know of a character, as bits.
const ALPHANUMERIC: u8 = 1;
const ALPHABETIC: u8 = 2;
const UPPERCASE: u8 = 4;
/// Apostrophes and hyphens join the parts of one word ("don't", "e-mail").
const JOINER: u8 = 8;
const QUESTION: u8 = 16;
const EXCLAMATION: u8 = 32;

fn class_of(ch: char) -> u8 {
    if ch.is_ascii() {
        return ASCII_CLASS[ch as usize];
    }
    // Joiners and marks are ASCII (typographic ones were made plain with the body), so a
    // character past ASCII is only ever a letter, a digit or neither.
    let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
    bit(ch.is_alphanumeric(), ALPHANUMERIC)
        | bit(ch.is_alphabetic(), ALPHABETIC)
        | bit(ch.is_uppercase(), UPPERCASE)
}

/// `class_of` for every ASCII byte, worked out once rather than for each character.
static ASCII_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        let mut class = 0;
        if byte.is_ascii_alphanumeric() {
            class |= ALPHANUMERIC;
        }
        if byte.is_ascii_alphabetic() {
            class |= ALPHABETIC;
        }
        if byte.is_ascii_uppercase() {
            class |= UPPERCASE;
        }
        if byte == b'\'' || byte == b'-' {
            class |= JOINER;
        }
        if byte == b'?' {
            class |= QUESTION;
        }
        if byte == b'!' {
            class |= EXCLAMATION;
        }
        table[b] = class;
        b += 1;
    }
    table
};

/// Links in a text: each "http://", "https://" and "www.", in any case.
fn count_links(text: &[u8]) -> usize {
    let ends_with = |end: usize, word: &[u8]| {
        end >= word.len() && text[end - word.len()..end].eq_ignore_ascii_case(word)
    };
    let schemes = memchr::memmem::find_iter(text, b"://")
        .filter(|&at| ends_with(at, b"http") || ends_with(at, b"https"))
        .count();
    let hosts = memchr::memchr_iter(b'.', text)
        .filter(|&at| ends_with(at, b"www"))
        .count();
    schemes + hosts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_features() {
        let counts = Counts::of("HELP NOW!!! Can you call? see https://x.example");
        assert_eq!(counts.words, 9.0);
        assert_eq!(counts.exclamation_marks, 3.0);
        assert_eq!(counts.question_marks, 1.0);
        assert_eq!(counts.links, 1.0);
        assert!(counts.caps_ratio > 0.2);
        let links = Counts::of("HTTPS://a.example, http://www.b.example and WWW.c.example; ://x");
        assert_eq!(links.links, 4.0);
        let accented = Counts::of("Café au lait, ÉCOLE d'été");
        assert_eq!(accented.words, 5.0);
        assert!((accented.caps_ratio - 6.0 / 19.0).abs() < 1e-9);
    }
}
