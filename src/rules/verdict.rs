//! What the rules decided about one message, and why.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A name for a rule or an outcome: lower-case letters, digits, `-` and `_`, starting with a
/// letter. Checked when rules are loaded, so the rest of doorman can print and store it as is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RuleId(String);

/// The outcome of a verdict (`engage`, `clarify`, `decline`, `refer`, `skip` by default).
pub type Outcome = RuleId;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "{0:?} is not a valid id: use lower-case letters, digits, '-' and '_', starting with a letter"
)]
pub struct InvalidId(pub String);

impl RuleId {
    pub fn parse(value: &str) -> Result<RuleId, InvalidId> {
        let mut chars = value.chars();
        let valid = chars.next().is_some_and(|c| c.is_ascii_lowercase())
            && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && value.len() <= 64;
        if valid {
            Ok(RuleId(value.to_string()))
        } else {
            Err(InvalidId(value.to_string()))
        }
    }
}

impl AsRef<str> for RuleId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for RuleId {
    type Error = InvalidId;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        RuleId::parse(&value)
    }
}

/// So an outcome compares with the name a person types: `outcome == "engage"`.
impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl From<RuleId> for String {
    fn from(value: RuleId) -> String {
        value.0
    }
}

/// One rule that fired: what it means, what it added, and the text that made it fire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub rule: RuleId,
    /// Empty when read from the store's row alone, which keeps descriptions apart.
    #[serde(default)]
    pub description: String,
    pub score: f64,
    /// Where the evidence was found: `subject`, `body`, `header:list-id`, `signal`, ...
    pub field: String,
    /// The matched text, or a description of a counted feature ("4 words").
    pub matched: String,
    /// The outcome this rule forces, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub forces: Option<Outcome>,
}

/// "+5 ultimatum -> decline: Sets an ultimatum [text: "tomorrow or never"]": one hit, as the
/// CLI prints it.
impl fmt::Display for Hit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:+} {}", self.score, self.rule)?;
        if let Some(outcome) = &self.forces {
            write!(f, " -> {outcome}")?;
        }
        write!(
            f,
            ": {} [{}: {:?}]",
            self.description, self.field, self.matched
        )
    }
}

/// The decision on one message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub outcome: Outcome,
    pub score: f64,
    /// Every rule that fired, in rule order.
    pub hits: Vec<Hit>,
    /// The rule whose forced outcome decided the verdict, when one did.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub forced_by: Option<RuleId>,
}

impl Verdict {
    /// One line a person can read in a queue: "decline (score 7: tomorrow-or-never, free-work)".
    pub fn summary(&self) -> String {
        let rules: Vec<&str> = self.hits.iter().map(|h| h.rule.as_ref()).collect();
        match &self.forced_by {
            Some(rule) => format!("{} (forced by {rule}; score {})", self.outcome, self.score),
            None if rules.is_empty() => {
                format!("{} (score {}, no rule fired)", self.outcome, self.score)
            }
            None => format!(
                "{} (score {}: {})",
                self.outcome,
                self.score,
                rules.join(", ")
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked() {
        assert!(RuleId::parse("tomorrow-or-never").is_ok());
        assert!(RuleId::parse("Bad Id").is_err());
        assert!(RuleId::parse("").is_err());
        assert!(RuleId::parse("1st").is_err());
    }
}
