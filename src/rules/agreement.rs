//! Whether a rule points the way a person decided: the agreement numbers of `doorman backtest`
//! and of the rules page.

use super::{Hit, RuleSet};

impl RuleSet {
    /// Whether a hit points the same way as the label: a rule that forces an outcome agrees
    /// when the label is that outcome; a rule that adds to the score agrees when the label is an
    /// outcome chosen by a positive threshold; a rule that subtracts agrees when the label is
    /// the default outcome or one with a threshold at or below zero. Zero-score marker rules
    /// have no direction, so they neither agree nor disagree: `None`.
    pub fn agrees(&self, hit: &Hit, label: &str) -> Option<bool> {
        if let Some(forced) = &hit.forces {
            return Some(forced.as_ref() == label);
        }
        let outcome = self.outcome(label);
        if hit.score > 0.0 {
            Some(outcome.is_some_and(|o| o.min_score.is_some_and(|m| m > 0.0)))
        } else if hit.score < 0.0 {
            Some(outcome.is_some_and(|o| o.default || o.min_score.is_some_and(|m| m <= 0.0)))
        } else {
            None
        }
    }
}
