//! The words that made each rule fire, found again in the prospect's text so the page can
//! mark them in place. The text is split into segments; the template escapes every one, so a
//! prospect's `<script>` or `{{ }}` is only ever shown, never run.

use regex::RegexBuilder;
use serde::Serialize;

use crate::rules::Hit;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    /// The rules whose evidence this is; empty for plain text.
    pub rules: Vec<String>,
}

/// Splits `text` into plain and highlighted segments.
pub fn highlight(text: &str, hits: &[Hit]) -> Vec<Segment> {
    let mut marks: Vec<(usize, usize, String)> = Vec::new();
    for hit in hits {
        let Some(pattern) = flexible_pattern(&hit.matched) else {
            continue;
        };
        let Ok(regex) = RegexBuilder::new(&pattern)
            .case_insensitive(true)
            .size_limit(1 << 20)
            .build()
        else {
            continue;
        };
        for found in regex.find_iter(text).take(20) {
            marks.push((found.start(), found.end(), hit.rule.to_string()));
        }
    }
    marks.sort();
    let mut segments = Vec::new();
    let mut at = 0;
    let mut index = 0;
    while index < marks.len() {
        let (start, mut end, rule) = marks[index].clone();
        if start < at {
            index += 1;
            continue;
        }
        let mut rules = vec![rule];
        let mut next = index + 1;
        while next < marks.len() && marks[next].0 < end {
            end = end.max(marks[next].1);
            if !rules.contains(&marks[next].2) {
                rules.push(marks[next].2.clone());
            }
            next += 1;
        }
        if start > at {
            segments.push(Segment {
                text: text[at..start].to_string(),
                rules: Vec::new(),
            });
        }
        segments.push(Segment {
            text: text[start..end].to_string(),
            rules,
        });
        at = end;
        index = next;
    }
    if at < text.len() {
        segments.push(Segment {
            text: text[at..].to_string(),
            rules: Vec::new(),
        });
    }
    segments
}

/// The matched text as a pattern that tolerates what normalisation changed: line breaks and
/// runs of spaces, and typographic quotes and dashes.
fn flexible_pattern(matched: &str) -> Option<String> {
    let words: Vec<&str> = matched.split_whitespace().collect();
    if words.is_empty() || matched.starts_with('(') || matched.chars().count() < 2 {
        return None;
    }
    let words: Vec<String> = words
        .iter()
        .map(|word| {
            word.chars()
                .map(|c| match c {
                    '\'' => "['\u{2018}\u{2019}]".to_string(),
                    '"' => "[\"\u{201C}\u{201D}]".to_string(),
                    '-' => "[-\u{2010}-\u{2015}]".to_string(),
                    c => regex::escape(&c.to_string()),
                })
                .collect()
        })
        .collect();
    Some(words.join(r"\s+"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleId;

    fn hit(rule: &str, matched: &str) -> Hit {
        Hit {
            rule: RuleId::parse(rule).unwrap(),
            description: String::new(),
            score: 1.0,
            field: "text".into(),
            matched: matched.into(),
            forces: None,
        }
    }

    #[test]
    fn matched_words_are_found_across_line_breaks_and_curly_quotes() {
        let text = "Come tomorrow or\nnever. Don\u{2019}t bother otherwise.";
        let segments = highlight(
            text,
            &[
                hit("ultimatum", "tomorrow or never"),
                hit("ultimatum2", "don't bother"),
            ],
        );
        let marked: Vec<&str> = segments
            .iter()
            .filter(|s| !s.rules.is_empty())
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["tomorrow or\nnever", "Don\u{2019}t bother"]);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text, "nothing is lost or doubled");
    }

    #[test]
    fn overlapping_evidence_is_merged() {
        let segments = highlight(
            "a free trial now",
            &[hit("a", "free trial"), hit("b", "trial")],
        );
        assert_eq!(
            segments[1],
            Segment {
                text: "free trial".into(),
                rules: vec!["a".into(), "b".into()]
            }
        );
    }
}
