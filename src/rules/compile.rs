//! From YAML files to a [`RuleSet`]: parse, check everything, report every problem at once
//! with its file, line, column and rule, and compile the patterns of each field together.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_saphyr::Spanned;

use super::engine::{Leaf, Node, OutcomeDef, Rule, RuleSet, Source};
use super::fields::{Count, Field};
use super::fold::{PatternError, fold_phrase, fold_regex};
use super::problems::{Problem, Problems};
use super::regexes::Alone;
use super::spec::{Condition, FieldTest, RuleFile, RuleSpec};
use super::verdict::RuleId;
use crate::message::LANGUAGES;

/// Rule files larger than this are refused: a rule pack is a few hundred lines, and the cap
/// bounds what a hostile or corrupted file can cost.
const MAX_RULE_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Loads every `*.yaml` and `*.yml` file in a folder (sorted by name) into one rule set.
pub fn load_dir(dir: &Path) -> Result<RuleSet, Problems> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
            .collect(),
        Err(err) => {
            return Err(Problems(vec![Problem {
                file: dir.to_path_buf(),
                line: 0,
                column: 0,
                rule: None,
                message: format!(
                    "cannot read the rules folder: {err}; pass --rules DIR or set `rules:` in the config"
                ),
            }]));
        }
    };
    paths.sort();
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let text = std::fs::metadata(&path)
            .map_err(|e| e.to_string())
            .and_then(|m| {
                if m.len() > MAX_RULE_FILE_BYTES {
                    Err(format!(
                        "the file is larger than {MAX_RULE_FILE_BYTES} bytes"
                    ))
                } else {
                    std::fs::read_to_string(&path).map_err(|e| e.to_string())
                }
            });
        match text {
            Ok(text) => sources.push((path, text)),
            Err(err) => problems.push(Problem {
                file: path,
                line: 0,
                column: 0,
                rule: None,
                message: format!("cannot read: {err}"),
            }),
        }
    }
    if sources.is_empty() && problems.is_empty() {
        problems.push(Problem {
            file: dir.to_path_buf(),
            line: 0,
            column: 0,
            rule: None,
            message: "the rules folder has no .yaml files".into(),
        });
    }
    match compile(&sources) {
        Ok(set) if problems.is_empty() => Ok(set),
        Ok(_) => Err(Problems(problems)),
        Err(Problems(more)) => {
            problems.extend(more);
            Err(Problems(problems))
        }
    }
}

/// Compiles rule files given as (path, contents).
pub fn compile(sources: &[(PathBuf, String)]) -> Result<RuleSet, Problems> {
    let mut compiler = Compiler::default();
    let mut files = Vec::new();
    let parsed = crate::cores::each(sources.iter().collect(), |(_, text)| {
        serde_saphyr::from_str::<RuleFile>(text)
    });
    for ((path, _), parsed) in sources.iter().zip(parsed) {
        match parsed {
            Ok(file) => files.push((
                Arc::<str>::from(path.display().to_string()),
                path.clone(),
                file,
            )),
            Err(err) => {
                let (line, column) = err
                    .location()
                    .map(|l| (l.line(), l.column()))
                    .unwrap_or((0, 0));
                let message = first_line(&err.without_snippet().to_string());
                compiler.problems.push(Problem {
                    file: path.clone(),
                    line,
                    column,
                    rule: None,
                    message,
                });
            }
        }
    }
    for (name, path, file) in &files {
        for outcome in &file.outcomes {
            compiler.declare_outcome(name, path, outcome);
        }
    }
    for (name, path, file) in &files {
        for rule in &file.rules {
            compiler.declare_rule(name, path, rule);
        }
    }
    for (name, path, file) in &files {
        for rule in &file.rules {
            compiler.compile_rule(name, path, rule);
        }
    }
    compiler.compile_regexes();
    compiler.finish()
}

/// The first line of a YAML error, without the " at line L, column C" that our own prefix
/// already gives.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or(text).trim();
    match line.rfind(" at line ") {
        Some(at) if line[at..].contains(", column ") => line[..at].to_string(),
        _ => line.to_string(),
    }
}

/// The rule set being built: what has been declared and compiled so far, and every problem
/// found on the way.
#[derive(Default)]
pub(super) struct Compiler {
    pub(super) problems: Vec<Problem>,
    pub(super) outcomes: Vec<OutcomeDef>,
    pub(super) rule_index: HashMap<String, usize>,
    /// Rules in declaration order; `None` until compiled (or when compiling failed).
    pub(super) rules: Vec<Option<Rule>>,
    pub(super) leaves: Vec<Leaf>,
    pub(super) fields: Vec<(Field, FieldBuild)>,
    /// The rules' regexes, read with their rules and compiled once every rule is read.
    regexes: Vec<RegexToCompile>,
}

/// A rule's regex, as written, waiting to be compiled. Each compiles on its own, and compiling
/// them is most of the time a start takes, so they compile together on every core.
struct RegexToCompile {
    field: usize,
    leaf: usize,
    pattern: String,
    path: PathBuf,
    at: serde_saphyr::Location,
    rule: String,
}

/// The patterns of every leaf that tests one field, gathered to be compiled together.
#[derive(Default)]
pub(super) struct FieldBuild {
    /// (phrase folded to lower case, leaf)
    pub(super) phrases: Vec<(String, usize)>,
    /// (leaf, its folded pattern)
    pub(super) regexes: Vec<(usize, Alone)>,
    pub(super) leaves: Vec<usize>,
    pub(super) needs_counts: bool,
}

fn source(file: &Arc<str>, span: &serde_saphyr::Location) -> Source {
    Source {
        file: file.clone(),
        line: span.line(),
        column: span.column(),
    }
}

impl Compiler {
    fn problem(
        &mut self,
        path: &Path,
        at: &serde_saphyr::Location,
        rule: Option<&str>,
        message: impl Into<String>,
    ) {
        self.problems.push(Problem {
            file: path.to_path_buf(),
            line: at.line(),
            column: at.column(),
            rule: rule.map(str::to_string),
            message: message.into(),
        });
    }

    fn declare_outcome(
        &mut self,
        name: &Arc<str>,
        path: &Path,
        spec: &Spanned<super::spec::OutcomeSpec>,
    ) {
        let outcome = &spec.value;
        let id = match RuleId::parse(&outcome.id.value) {
            Ok(id) => id,
            Err(err) => {
                return self.problem(
                    path,
                    &outcome.id.referenced,
                    None,
                    format!("outcome: {err}"),
                );
            }
        };
        if self.outcomes.iter().any(|o| o.id == id) {
            return self.problem(
                path,
                &outcome.id.referenced,
                Some(id.as_ref()),
                format!("outcome {id} is declared twice"),
            );
        }
        if let Some(template) = &outcome.template {
            let t = &template.value;
            if t.is_empty() || t.contains("..") || t.starts_with('/') {
                self.problem(
                    path,
                    &template.referenced,
                    Some(id.as_ref()),
                    format!("template {t:?} must be a file name inside the templates folder"),
                );
            }
        }
        if outcome.min_score.is_some_and(|s| !s.is_finite()) {
            self.problem(
                path,
                &spec.referenced,
                Some(id.as_ref()),
                "min_score must be a finite number",
            );
        }
        self.outcomes.push(OutcomeDef {
            id,
            description: outcome.description.clone(),
            template: outcome.template.as_ref().map(|t| t.value.clone()),
            min_score: outcome.min_score,
            default: outcome.default,
            source: source(name, &spec.referenced),
        });
    }

    fn declare_rule(&mut self, _name: &Arc<str>, path: &Path, spec: &Spanned<RuleSpec>) {
        let id = &spec.value.id;
        if let Err(err) = RuleId::parse(&id.value) {
            return self.problem(path, &id.referenced, None, err.to_string());
        }
        if self.rule_index.contains_key(&id.value) {
            return self.problem(
                path,
                &id.referenced,
                Some(&id.value),
                "this id is used by another rule: rule ids must be unique",
            );
        }
        self.rule_index.insert(id.value.clone(), self.rules.len());
        self.rules.push(None);
    }

    fn compile_rule(&mut self, name: &Arc<str>, path: &Path, spec: &Spanned<RuleSpec>) {
        let rule = &spec.value;
        let Some(&index) = self.rule_index.get(&rule.id.value) else {
            return;
        };
        if self.rules[index].is_some() {
            return; // a duplicate id, already reported
        }
        let Ok(id) = RuleId::parse(&rule.id.value) else {
            return;
        };
        let forces = match &rule.outcome {
            None => None,
            Some(outcome) => match self
                .outcomes
                .iter()
                .position(|o| o.id.as_ref() == outcome.value)
            {
                Some(position) => Some(position),
                None => {
                    let known: Vec<&str> = self.outcomes.iter().map(|o| o.id.as_ref()).collect();
                    self.problem(
                        path,
                        &outcome.referenced,
                        Some(id.as_ref()),
                        format!(
                            "unknown outcome {:?}; declared outcomes: {}",
                            outcome.value,
                            known.join(", ")
                        ),
                    );
                    None
                }
            },
        };
        if !rule.score.is_finite() {
            self.problem(
                path,
                &spec.referenced,
                Some(id.as_ref()),
                "score must be a finite number",
            );
        }
        if rule.description.trim().is_empty() {
            self.problem(path, &spec.referenced, Some(id.as_ref()), "description is empty: write what a person approving drafts should read when this rule fires");
        }
        let before = self.problems.len();
        let first_leaf = self.leaves.len();
        let when = self.condition(path, id.as_ref(), &rule.when);
        if self.problems.len() > before {
            return;
        }
        let reads_language = self.leaves[first_leaf..]
            .iter()
            .any(|leaf| matches!(leaf, Leaf::Language(_)));
        self.rules[index] = Some(Rule {
            id,
            description: rule.description.trim().to_string(),
            tags: rule.tags.clone(),
            score: rule.score,
            forces,
            when,
            reads_language,
            source: source(name, &spec.referenced),
        });
    }

    fn condition(&mut self, path: &Path, rule: &str, node: &Spanned<Condition>) -> Node {
        let at = &node.referenced;
        match &node.value {
            Condition::All(nodes) | Condition::Any(nodes) if nodes.is_empty() => {
                self.problem(
                    path,
                    at,
                    Some(rule),
                    "`all` and `any` need at least one condition",
                );
                Node::All(Vec::new())
            }
            Condition::All(nodes) => Node::All(
                nodes
                    .iter()
                    .map(|n| self.condition(path, rule, n))
                    .collect(),
            ),
            Condition::Any(nodes) => Node::Any(
                nodes
                    .iter()
                    .map(|n| self.condition(path, rule, n))
                    .collect(),
            ),
            Condition::Not(inner) => Node::Not(Box::new(self.condition(path, rule, inner))),
            Condition::Rule(target) => match self.rule_index.get(&target.value) {
                Some(&index) => Node::Rule(index),
                None => {
                    self.problem(
                        path,
                        &target.referenced,
                        Some(rule),
                        format!("refers to unknown rule {:?}", target.value),
                    );
                    Node::All(Vec::new())
                }
            },
            Condition::Signal(signal) => {
                self.leaves.push(Leaf::Signal(*signal));
                Node::Leaf(self.leaves.len() - 1)
            }
            Condition::Language(codes) => {
                let mut known = Vec::new();
                for code in codes {
                    match LANGUAGES.iter().find(|l| **l == code.value.trim()) {
                        Some(language) => known.push(*language),
                        None => self.problem(
                            path,
                            &code.referenced,
                            Some(rule),
                            format!(
                                "{:?} is not a language doorman tells apart: use one of {}",
                                code.value,
                                LANGUAGES.join(", ")
                            ),
                        ),
                    }
                }
                self.leaves.push(Leaf::Language(known));
                Node::Leaf(self.leaves.len() - 1)
            }
            Condition::Subject(test) => self.field_test(path, rule, at, Field::Subject, test),
            Condition::Body(test) => self.field_test(path, rule, at, Field::Body, test),
            Condition::FullBody(test) => self.field_test(path, rule, at, Field::FullBody, test),
            Condition::Text(test) => self.field_test(path, rule, at, Field::Text, test),
            Condition::From(test) => self.field_test(path, rule, at, Field::From, test),
            Condition::FromDomain(test) => self.field_test(path, rule, at, Field::FromDomain, test),
            Condition::Header(test) => match &test.name {
                Some(name) if !name.trim().is_empty() => {
                    let field = Field::Header(name.trim().to_ascii_lowercase());
                    self.field_test(path, rule, at, field, test)
                }
                _ => {
                    self.problem(
                        path,
                        at,
                        Some(rule),
                        "a `header` test needs `name:` (the header to look at)",
                    );
                    Node::All(Vec::new())
                }
            },
        }
    }

    fn field_test(
        &mut self,
        path: &Path,
        rule: &str,
        at: &serde_saphyr::Location,
        field: Field,
        test: &FieldTest,
    ) -> Node {
        let is_header = matches!(field, Field::Header(_));
        if !is_header && test.name.is_some() {
            self.problem(
                path,
                at,
                Some(rule),
                "`name` only applies to `header` tests",
            );
        }
        if !is_header && test.exists.is_some() {
            self.problem(
                path,
                at,
                Some(rule),
                "`exists` only applies to `header` tests",
            );
        }
        let patterns = test.regex.is_some() || test.phrases.is_some();
        if test.min_matches.is_some() && !patterns {
            self.problem(
                path,
                at,
                Some(rule),
                "`min_matches` needs `regex` or `phrases` to count",
            );
        }
        if test.min_matches == Some(0) {
            self.problem(path, at, Some(rule), "`min_matches` must be at least 1");
        }
        let counts: Vec<_> = [
            (Count::Words, test.words),
            (Count::QuestionMarks, test.question_marks),
            (Count::ExclamationMarks, test.exclamation_marks),
            (Count::CapsRatio, test.caps_ratio),
            (Count::Links, test.links),
        ]
        .into_iter()
        .filter_map(|(c, r)| r.map(|r| (c, r)))
        .collect();
        for (_, range) in &counts {
            if range.min.is_none() && range.max.is_none() {
                self.problem(
                    path,
                    at,
                    Some(rule),
                    "a counted test needs `min`, `max` or both",
                );
            }
            if let (Some(min), Some(max)) = (range.min, range.max)
                && min > max
            {
                self.problem(
                    path,
                    at,
                    Some(rule),
                    format!("min {min} is above max {max}: the test can never hold"),
                );
            }
        }
        if !patterns && counts.is_empty() && test.exists.is_none() {
            self.problem(
                path,
                at,
                Some(rule),
                "this test checks nothing: give `regex`, `phrases`, a counted feature or `exists`",
            );
        }

        let leaf = self.leaves.len();
        let field_index = match self.fields.iter().position(|f| f.0 == field) {
            Some(index) => index,
            None => {
                self.fields.push((field, FieldBuild::default()));
                self.fields.len() - 1
            }
        };
        if let Some(phrases) = &test.phrases {
            if phrases.is_empty() {
                self.problem(path, at, Some(rule), "`phrases` is empty");
            }
            for phrase in phrases {
                let normalized = crate::message::normalize_text(phrase.value.trim());
                if normalized.is_empty() {
                    self.problem(path, &phrase.referenced, Some(rule), "empty phrase");
                    continue;
                }
                let build = &mut self.fields[field_index].1;
                build.phrases.push((fold_phrase(&normalized), leaf));
            }
        }
        if let Some(regex) = &test.regex {
            self.regexes.push(RegexToCompile {
                field: field_index,
                leaf,
                pattern: regex.value.clone(),
                path: path.to_path_buf(),
                at: regex.referenced,
                rule: rule.to_string(),
            });
        }
        let build = &mut self.fields[field_index].1;
        build.leaves.push(leaf);
        build.needs_counts |= !counts.is_empty();
        self.leaves.push(Leaf::Field {
            field: field_index,
            patterns,
            min_matches: test.min_matches.unwrap_or(1),
            exists: test.exists,
            counts,
        });
        Node::Leaf(leaf)
    }

    /// Reads every rule's regex, on every core, each into its field's patterns in the order of
    /// the rules (or into a problem at its rule). Each is parsed as written (so errors quote
    /// the author's pattern, not the rewrite), folded, and checked to compile: the field's set
    /// is built from the folded trees, and each pattern alone the first time it matches.
    fn compile_regexes(&mut self) {
        let regexes = std::mem::take(&mut self.regexes);
        let compiled = crate::cores::each(regexes.iter().collect(), |regex| {
            fold_regex(&regex.pattern).and_then(Alone::checked)
        });
        for (regex, compiled) in regexes.iter().zip(compiled) {
            let message = match compiled {
                Ok(alone) => {
                    self.fields[regex.field].1.regexes.push((regex.leaf, alone));
                    continue;
                }
                Err(PatternError::Syntax(err)) => {
                    format!("invalid regex: {}", regex_error(&err.to_string()))
                }
                Err(err @ (PatternError::Regex(_) | PatternError::Automaton(_))) => {
                    format!("invalid regex: {err}")
                }
                Err(err) => err.to_string(),
            };
            self.problem(&regex.path, &regex.at, Some(&regex.rule), message);
        }
    }
}

/// A syntax error spans several lines with a caret diagram; keep the explanation.
fn regex_error(text: &str) -> String {
    let explanation = text
        .lines()
        .filter(|l| l.starts_with("error:"))
        .map(|l| l.trim_start_matches("error:").trim())
        .collect::<Vec<_>>();
    if text.contains("Unicode not allowed here") {
        return "non-ASCII characters cannot go inside [...] classes (rules match ASCII case-insensitively): write them as alternatives, e.g. (€|£)".into();
    }
    if explanation.is_empty() {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        explanation.join("; ")
    }
}
