//! The rule language as written in YAML: a direct, span-carrying image of the files, checked
//! and compiled by `compile`. Nothing here is used on the hot path.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::message::Signal;

/// One file under `rules/`: any mix of outcomes and rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub outcomes: Vec<Spanned<OutcomeSpec>>,
    #[serde(default)]
    pub rules: Vec<Spanned<RuleSpec>>,
}

/// An outcome a verdict can have, with the template its draft is written from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeSpec {
    pub id: Spanned<String>,
    #[serde(default)]
    pub description: String,
    /// The template file under `templates/`; none means the outcome gets no draft.
    pub template: Option<Spanned<String>>,
    /// Chosen when the total score reaches this and no higher threshold.
    pub min_score: Option<f64>,
    /// Chosen when no threshold is reached and no rule forces an outcome.
    #[serde(default)]
    pub default: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: Spanned<String>,
    pub description: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Added to the total when the rule fires; negative for good signs.
    #[serde(default)]
    pub score: f64,
    /// When the rule fires, the verdict is this outcome whatever the score.
    pub outcome: Option<Spanned<String>>,
    pub when: Spanned<Condition>,
}

/// A condition tree node: exactly one key.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    All(Vec<Spanned<Condition>>),
    Any(Vec<Spanned<Condition>>),
    Not(Box<Spanned<Condition>>),
    /// True when the named rule fires.
    Rule(Spanned<String>),
    Signal(Signal),
    /// True when the prospect writes in one of these languages (`[fr, de]`).
    Language(Vec<Spanned<String>>),
    Subject(FieldTest),
    Body(FieldTest),
    FullBody(FieldTest),
    Text(FieldTest),
    From(FieldTest),
    FromDomain(FieldTest),
    Header(FieldTest),
}

/// Tests on one field; every test given must hold.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FieldTest {
    /// The header name, for `header:` tests only.
    pub name: Option<String>,
    pub regex: Option<Spanned<String>>,
    pub phrases: Option<Vec<Spanned<String>>>,
    /// How many matches of `regex` and `phrases` together are needed (default 1).
    pub min_matches: Option<u32>,
    /// For `header:` tests: whether the header is present at all.
    pub exists: Option<bool>,
    pub words: Option<Range>,
    pub question_marks: Option<Range>,
    pub exclamation_marks: Option<Range>,
    /// Share of letters that are capitals, 0.0 to 1.0.
    pub caps_ratio: Option<Range>,
    pub links: Option<Range>,
}

/// An inclusive range; either end may be left open.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Range {
    pub fn contains(&self, value: f64) -> bool {
        self.min.is_none_or(|min| value >= min) && self.max.is_none_or(|max| value <= max)
    }
}
