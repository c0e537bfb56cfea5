//! YAML rules -> compiled matcher -> verdict with hits.
//!
//! A firm writes its rules in any number of YAML files under `rules/` (`spec` is their exact
//! shape). `compile` checks them all at once, reporting every problem with file, line, column
//! and rule id, and builds a [`RuleSet`]; `engine` scores a [`crate::message::Message`] against
//! it in one pass per field and returns a [`Verdict`] that explains every hit.

mod agreement;
mod checks;
mod compile;
mod engine;
mod fields;
mod fold;
mod phrases;
mod problems;
mod regexes;
mod spec;
mod verdict;

pub use compile::{compile, load_dir};
pub use engine::{OutcomeDef, Rule, RuleSet, Source};
pub use fields::Field;
pub use problems::{Problem, Problems};
pub use verdict::{Hit, InvalidId, Outcome, RuleId, Verdict};
