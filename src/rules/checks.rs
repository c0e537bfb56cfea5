//! The checks that need the whole rule set (every reference resolved, no cycles, every outcome
//! reachable) and the final assembly: rules in dependency order, each field's patterns
//! compiled together.

use std::path::PathBuf;

use super::compile::{Compiler, FieldBuild};
use super::engine::{FieldMatcher, Node, OutcomeDef, Rule, RuleSet};
use super::fields::Field;
use super::fold::PatternError;
use super::phrases::Phrases;
use super::problems::{Problem, Problems};
use super::regexes::{Alone, Regexes};

impl Compiler {
    pub(super) fn finish(mut self) -> Result<RuleSet, Problems> {
        self.check_outcomes();
        let order = self.dependency_order();
        if !self.problems.is_empty() || self.rules.iter().any(Option::is_none) {
            self.problems
                .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            self.problems.dedup();
            return Err(Problems(self.problems));
        }

        // Renumber rules into dependency order so each rule is evaluated after those it uses.
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut slots: Vec<Option<Rule>> = self.rules.into_iter().collect();
        let mut rules = Vec::with_capacity(order.len());
        for &old in &order {
            let mut rule = slots[old].take().expect("every rule compiled");
            renumber(&mut rule.when, &new_index);
            rules.push(rule);
        }

        // The text is the subject, a newline and the body, so the body's phrases are found
        // in the text's pass, past the subject, rather than in a second pass over the body.
        let text = self.fields.iter().position(|(f, _)| *f == Field::Text);
        let body = self.fields.iter().position(|(f, _)| *f == Field::Body);
        let body_in_text = match (text, body) {
            (Some(text), Some(body)) if !self.fields[body].1.phrases.is_empty() => {
                let phrases = std::mem::take(&mut self.fields[body].1.phrases);
                self.fields[text].1.phrases.extend(phrases);
                Some((text, body))
            }
            _ => None,
        };

        // Each field's matchers are built apart from the others': on every core.
        let built = crate::cores::each(
            self.fields.into_iter().enumerate().collect(),
            |(index, (field, build))| {
                let body_phrases =
                    body_in_text.and_then(|(text, body)| (text == index).then_some(body));
                build_field(field, build, body_phrases)
            },
        );
        let mut fields = Vec::with_capacity(built.len());
        let mut problems = Vec::new();
        for (matcher, mut more) in built {
            fields.push(matcher);
            problems.append(&mut more);
        }
        if !problems.is_empty() {
            return Err(Problems(
                problems
                    .into_iter()
                    .map(|message| Problem {
                        file: PathBuf::from("rules"),
                        line: 0,
                        column: 0,
                        rule: None,
                        message,
                    })
                    .collect(),
            ));
        }
        let deciding = RuleSet::deciding(&rules);
        let body_only = RuleSet::body_only(&rules, &self.leaves, &fields);
        Ok(RuleSet {
            outcomes: self.outcomes,
            rules,
            leaves: self.leaves,
            fields,
            deciding,
            body_only,
        })
    }

    fn check_outcomes(&mut self) {
        let Some(first) = self.outcomes.first().map(|o| o.source.clone()) else {
            self.problems.push(Problem {
                file: PathBuf::from("rules"),
                line: 0,
                column: 0,
                rule: None,
                message:
                    "no outcomes are declared: add an `outcomes:` list (see rules/outcomes.yaml)"
                        .into(),
            });
            return;
        };
        let defaults: Vec<&OutcomeDef> = self.outcomes.iter().filter(|o| o.default).collect();
        if defaults.len() != 1 {
            let message = format!(
                "exactly one outcome must be `default: true` (chosen when no threshold is reached); found {}",
                defaults.len()
            );
            self.problems.push(Problem {
                file: PathBuf::from(&*first.file),
                line: first.line,
                column: first.column,
                rule: None,
                message,
            });
        }
        let forced: Vec<usize> = self
            .rules
            .iter()
            .flatten()
            .filter_map(|r| r.forces)
            .collect();
        let mut unreachable = Vec::new();
        for (index, outcome) in self.outcomes.iter().enumerate() {
            let shadowed = outcome.min_score.is_some_and(|min| {
                self.outcomes[..index]
                    .iter()
                    .any(|o| o.min_score == Some(min))
            });
            let reachable =
                outcome.default || outcome.min_score.is_some() || forced.contains(&index);
            if shadowed {
                unreachable.push((
                    outcome.source.clone(),
                    outcome.id.to_string(),
                    "another outcome has the same min_score, so this one is never chosen"
                        .to_string(),
                ));
            } else if !reachable {
                unreachable.push((
                    outcome.source.clone(),
                    outcome.id.to_string(),
                    "unreachable: it has no min_score, is not the default, and no rule forces it"
                        .to_string(),
                ));
            }
        }
        for (source, id, message) in unreachable {
            self.problems.push(Problem {
                file: PathBuf::from(&*source.file),
                line: source.line,
                column: source.column,
                rule: Some(id),
                message: format!("outcome {message}"),
            });
        }
    }

    /// A topological order of the rules by `rule:` references; reports every cycle.
    fn dependency_order(&mut self) -> Vec<usize> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
        }
        let deps: Vec<Vec<usize>> = self
            .rules
            .iter()
            .map(|r| {
                let mut out = Vec::new();
                if let Some(r) = r {
                    r.when.visit_ends(&mut |end| {
                        if let Node::Rule(rule) = end {
                            out.push(*rule);
                        }
                    });
                }
                out
            })
            .collect();
        let mut marks = vec![Mark::New; self.rules.len()];
        let mut order = Vec::with_capacity(self.rules.len());
        let mut cycles = Vec::new();
        for start in 0..self.rules.len() {
            if marks[start] != Mark::New {
                continue;
            }
            // Iterative DFS: (rule, next dependency to visit), with the path for reporting.
            let mut stack = vec![(start, 0usize)];
            marks[start] = Mark::Active;
            while let Some(&mut (rule, ref mut next)) = stack.last_mut() {
                if let Some(&dep) = deps[rule].get(*next) {
                    *next += 1;
                    match marks[dep] {
                        Mark::New => {
                            marks[dep] = Mark::Active;
                            stack.push((dep, 0));
                        }
                        Mark::Active => {
                            let from = stack.iter().position(|(r, _)| *r == dep).unwrap_or(0);
                            let path: Vec<usize> =
                                stack[from..].iter().map(|(r, _)| *r).chain([dep]).collect();
                            cycles.push(path);
                        }
                        Mark::Done => {}
                    }
                } else {
                    marks[rule] = Mark::Done;
                    order.push(rule);
                    stack.pop();
                }
            }
        }
        for cycle in cycles {
            let names: Vec<String> = cycle
                .iter()
                .filter_map(|&r| self.rules[r].as_ref().map(|r| r.id.to_string()))
                .collect();
            if let Some(rule) = self.rules[cycle[0]].as_ref() {
                let source = rule.source.clone();
                self.problems.push(Problem {
                    file: PathBuf::from(&*source.file),
                    line: source.line,
                    column: source.column,
                    rule: Some(rule.id.to_string()),
                    message: format!("reference cycle: {}", names.join(" -> ")),
                });
            }
        }
        order
    }
}

fn renumber(node: &mut Node, new_index: &[usize]) {
    match node {
        Node::All(n) | Node::Any(n) => n.iter_mut().for_each(|n| renumber(n, new_index)),
        Node::Not(n) => renumber(n, new_index),
        Node::Rule(r) => *r = new_index[*r],
        Node::Leaf(_) => {}
    }
}

/// A field's matchers: its phrases and its regexes, each set built in one piece, and the
/// problems that kept one from being built.
fn build_field(
    field: Field,
    build: FieldBuild,
    body_phrases: Option<usize>,
) -> (FieldMatcher, Vec<String>) {
    let (regex_leaves, patterns): (Vec<usize>, Vec<Alone>) = build.regexes.into_iter().unzip();
    let phrases = || (!build.phrases.is_empty()).then(|| Phrases::build(&build.phrases));
    let no_regexes = patterns.is_empty();
    let regexes = || (!no_regexes).then(|| Regexes::of(patterns));
    // The text's phrases and its regexes are the two largest sets of a pack: built at once.
    let (phrases, regexes) = if build.phrases.is_empty() || no_regexes {
        (phrases(), regexes())
    } else {
        crate::cores::both(phrases, regexes)
    };
    let mut problems = Vec::new();
    let phrases = phrases.and_then(|built| kept(built, "phrase", &field, &mut problems));
    let regexes = regexes.and_then(|built| kept(built, "regex", &field, &mut problems));
    let matcher = FieldMatcher {
        field,
        phrases,
        body_phrases,
        regexes,
        plain_leaves: build
            .leaves
            .iter()
            .copied()
            .filter(|leaf| !regex_leaves.contains(leaf))
            .collect(),
        regex_leaves,
        leaves: build.leaves,
        needs_counts: build.needs_counts,
    };
    (matcher, problems)
}

/// A field's matcher when it was built; else the problem, for the rule's author.
fn kept<M>(
    built: Result<M, PatternError>,
    what: &str,
    field: &Field,
    problems: &mut Vec<String>,
) -> Option<M> {
    built
        .map_err(|err| {
            problems.push(format!(
                "cannot build the {what} matcher for {}: {err}",
                field.name()
            ))
        })
        .ok()
}
