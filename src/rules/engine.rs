//! The compiled rule set and the hot path that scores a message.
//!
//! Every pattern that looks at the same field is compiled into one automaton: all phrases of all
//! rules on `body` become one Aho-Corasick machine, and all regexes on `body` one search that
//! finds their literal starts in one pass (see `regexes`). A message is therefore read once per
//! field, however many rules there are; only the few patterns that matched are run again to
//! recover the matched text. Regexes and phrases match
//! ASCII case-insensitively with ASCII word boundaries: patterns are folded to lower case when
//! compiled and each field's text is lowered once before the search (see `fold`), which keeps
//! the automata small enough to stay in cache (Unicode-aware `\b` or case-insensitive automata
//! would cost several times the speed).

use std::sync::Arc;

use regex_automata::PatternSet;

use super::fields::{Count, Counts, Field};
use super::fold;
use super::phrases::Phrases;
use super::regexes::Regexes;
use super::spec::Range;
use super::verdict::{Hit, Outcome, RuleId, Verdict};
use crate::message::{LANGUAGES, Message, Reader, Signal};

/// A leaf of a condition tree, after compilation.
#[derive(Debug)]
pub(crate) enum Leaf {
    Signal(Signal),
    /// The prospect writes in one of these languages (told from their words, so only once the
    /// body is read).
    Language(Vec<&'static str>),
    Field {
        field: usize,
        /// Whether the test has a regex or phrases; if so at least `min_matches` are needed.
        patterns: bool,
        min_matches: u32,
        exists: Option<bool>,
        counts: Vec<(Count, Range)>,
    },
}

impl Leaf {
    /// The field a field test tests.
    fn field(&self) -> Option<usize> {
        match self {
            Leaf::Field { field, .. } => Some(*field),
            Leaf::Signal(_) | Leaf::Language(_) => None,
        }
    }
}

#[derive(Debug)]
pub(crate) enum Node {
    All(Vec<Node>),
    Any(Vec<Node>),
    Not(Box<Node>),
    Rule(usize),
    Leaf(usize),
}

impl Node {
    /// Calls `visit` with every leaf and every rule reference under this node.
    pub(crate) fn visit_ends(&self, visit: &mut impl FnMut(&Node)) {
        match self {
            Node::All(nodes) | Node::Any(nodes) => nodes.iter().for_each(|n| n.visit_ends(visit)),
            Node::Not(node) => node.visit_ends(visit),
            Node::Rule(_) | Node::Leaf(_) => visit(self),
        }
    }
}

/// Where a rule was written, for lint messages and the approval page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub file: Arc<str>,
    pub line: u64,
    pub column: u64,
}

#[derive(Debug)]
pub struct Rule {
    pub id: RuleId,
    pub description: String,
    pub tags: Vec<String>,
    pub score: f64,
    /// Index into the outcomes this rule forces.
    pub(crate) forces: Option<usize>,
    pub(crate) when: Node,
    /// Whether `when` has a `language:` leaf of its own: only such a rule may need the
    /// language told (a rule it refers to has been decided before it).
    pub(crate) reads_language: bool,
    pub source: Source,
}

impl Rule {
    /// The outcome this rule forces, if any.
    pub fn forces_outcome<'a>(&self, rules: &'a RuleSet) -> Option<&'a str> {
        self.forces.map(|i| rules.outcomes[i].id.as_ref())
    }
}

#[derive(Debug, Clone)]
pub struct OutcomeDef {
    pub id: Outcome,
    pub description: String,
    /// Template file name under the templates folder; `None` means no draft.
    pub template: Option<String>,
    pub min_score: Option<f64>,
    pub default: bool,
    pub source: Source,
}

/// All patterns over one field, compiled together.
#[derive(Debug)]
pub(crate) struct FieldMatcher {
    pub field: Field,
    pub phrases: Option<Phrases>,
    /// For the text: the body field, whose phrases `phrases` holds too (the body is the
    /// text past the subject), so its matcher has none of its own.
    pub body_phrases: Option<usize>,
    pub regexes: Option<Regexes>,
    /// Regex index -> the leaf (rule test) it belongs to.
    pub regex_leaves: Vec<usize>,
    /// Every leaf that tests this field.
    pub leaves: Vec<usize>,
    /// The leaves that test this field without a regex: decided by the first pass over it.
    pub plain_leaves: Vec<usize>,
    pub needs_counts: bool,
}

/// A compiled, checked rule set: cheap to share between threads and to evaluate.
#[derive(Debug)]
pub struct RuleSet {
    pub(crate) outcomes: Vec<OutcomeDef>,
    /// Rules in an order where every referenced rule comes before the rules that use it.
    pub(crate) rules: Vec<Rule>,
    pub(crate) leaves: Vec<Leaf>,
    pub(crate) fields: Vec<FieldMatcher>,
    /// The rules that force the first-listed outcome and those they refer to, in evaluation
    /// order: all that must be evaluated to tell whether a message is decided early.
    pub(crate) deciding: Vec<usize>,
    /// Rule index -> whether the rule reads nothing but the body's words (and the language):
    /// unknown, and not worth evaluating, until the body has been matched.
    pub(crate) body_only: Vec<bool>,
}

/// The state after the headers were read: leaf results, which leaves are known, and each
/// rule's three-valued outcome so far.
struct HeaderPhase {
    results: Vec<LeafResult>,
    known: Vec<bool>,
    partial: Vec<Option<bool>>,
    decided: bool,
    /// Whether the body's phrases and counts have been matched.
    body_matched: bool,
}

/// What one leaf found in one message.
#[derive(Debug, Clone, Default)]
struct LeafResult {
    count: u32,
    /// The first match, as (field index, what was found there). Kept as a position, not as
    /// text: most matches never become a hit a person reads.
    first: Option<(usize, Found)>,
    holds: bool,
}

/// A field's text as its patterns read it (lowered), and its counts, kept from the first
/// pass over it for the second.
struct FieldText {
    lowered: Option<Vec<u8>>,
    counts: Option<Counts>,
}

/// What made a field leaf hold, written out only when it is shown.
#[derive(Debug, Clone, Copy)]
enum Found {
    /// The bytes start..end of the field's text.
    Span(usize, usize),
    Counted(Count, f64),
    Present,
    Absent,
}

impl Found {
    fn describe(self, field: &FieldMatcher, message: &Message) -> String {
        match self {
            Found::Span(start, end) => field
                .field
                .text(message)
                .and_then(|text| {
                    text.as_bytes()
                        .get(start..end)
                        .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
                })
                .unwrap_or_default(),
            Found::Counted(count, value) => count.describe(value),
            Found::Present => "present".into(),
            Found::Absent => "absent".into(),
        }
    }
}

impl RuleSet {
    pub fn outcomes(&self) -> &[OutcomeDef] {
        &self.outcomes
    }

    pub fn outcome(&self, id: &str) -> Option<&OutcomeDef> {
        self.outcomes.iter().find(|o| o.id.as_ref() == id)
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Scores a message. Deterministic: the same message and rules give the same verdict.
    ///
    /// Headers, subject and sender are read first. When they alone make a rule that forces the
    /// first-listed outcome fire (a mailing list is `skip` whatever its body says), nothing
    /// else can change the verdict, so the body is never scanned: the verdict then lists the
    /// hits known at that point. This is SpamAssassin's short-circuit idea, and it is what makes
    /// bulk mail cheap.
    pub fn evaluate(&self, message: &Message) -> Verdict {
        let phase = self.header_phase(message);
        self.finish(message, phase)
    }

    /// The verdict from the headers alone, when they decide it: a message read with
    /// [`Message::parse_headers`] that a rule forcing the first-listed outcome already catches
    /// (a mailing list, a bounce) never has its body decoded. `None` when the body matters.
    pub fn evaluate_headers(&self, message: &Message) -> Option<Verdict> {
        let phase = self.header_phase(message);
        phase.decided.then(|| self.finish(message, phase))
    }

    /// Reads and scores raw bytes, decoding the body only when the headers leave the verdict
    /// open. The verdict is the one [`RuleSet::evaluate`] gives on the fully parsed message.
    pub fn score_raw(&self, raw: &[u8]) -> Result<(Message, Verdict), crate::message::ParseError> {
        self.score_with(raw, &Reader::default())
    }

    /// [`RuleSet::score_raw`] for a firm: `reader` finds the prospect behind a website form, a
    /// forward or an introduction, and the rules read the prospect's message.
    pub fn score_with(
        &self,
        raw: &[u8],
        reader: &Reader,
    ) -> Result<(Message, Verdict), crate::message::ParseError> {
        let headers = Message::parse_headers(raw)?;
        // A form's robot looks like any robot from its headers: its body decides.
        if reader.may_be_form(&headers) {
            let message = reader.find_prospect(headers.with_body(raw));
            let verdict = self.evaluate(&message);
            return Ok((message, verdict));
        }
        let mut phase = self.header_phase(&headers);
        // The first outcome is normally `skip`; one with a template needs the body for its draft.
        if phase.decided && self.outcomes.first().is_some_and(|o| o.template.is_none()) {
            let verdict = self.finish(&headers, phase);
            return Ok((headers, verdict));
        }
        let message = reader.find_prospect(headers.with_body(raw));
        if message.prospect.is_some() {
            // Sender, subject and words are now the prospect's: the header phase is stale.
            let verdict = self.evaluate(&message);
            return Ok((message, verdict));
        }
        // Headers, subject and sender are as they were; only signals found in the parts are
        // new, so the header phase is brought up to date rather than done again.
        self.learn_part_signals(&mut phase, &message);
        self.settle(&mut phase, &message);
        let verdict = self.finish(&message, phase);
        Ok((message, verdict))
    }

    /// Matches the body when the header phase left the verdict open, then decides.
    ///
    /// The body is read in two passes: its phrases and counts first, then its regexes. When
    /// the first pass already makes a rule that forces the first-listed outcome fire (a
    /// newsletter's footer, the stock phrases of spam), the regexes cannot change the verdict
    /// and are not run: as after the headers, the verdict lists the hits known at that point.
    fn finish(&self, message: &Message, mut phase: HeaderPhase) -> Verdict {
        if !phase.decided {
            // The text goes first: it finds the body's phrases, which the body's checks read.
            let bodies = || {
                self.fields
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.field.is_body())
            };
            let hosts = bodies().filter(|(_, m)| m.body_phrases.is_some());
            let read: Vec<(usize, &FieldMatcher, Option<FieldText>)> = hosts
                .chain(bodies().filter(|(_, m)| m.body_phrases.is_none()))
                .map(|(index, matcher)| {
                    let text = self.match_words(index, matcher, message, &mut phase.results);
                    (index, matcher, text)
                })
                .collect();
            self.learn_part_signals(&mut phase, message);
            for (_, matcher, _) in &read {
                for &leaf in &matcher.plain_leaves {
                    phase.known[leaf] = true;
                }
            }
            phase.body_matched = true;
            self.settle(&mut phase, message);
            if !phase.decided {
                for (index, matcher, text) in &read {
                    if let Some(text) = text {
                        self.match_regexes(*index, matcher, text, &mut phase.results);
                    }
                }
                return self.verdict(message, &phase.results, &self.fire_all(&phase, message));
            }
        }
        let fired: Vec<bool> = phase.partial.iter().map(|f| *f == Some(true)).collect();
        self.verdict(message, &phase.results, &fired)
    }

    /// Which rules fire once every leaf is known.
    fn fire_all(&self, phase: &HeaderPhase, message: &Message) -> Vec<bool> {
        let holds: Vec<bool> = phase.results.iter().map(|r| r.holds).collect();
        let mut fired = vec![false; self.rules.len()];
        // A rule the phrases already decided stays decided: knowing more leaves never changes
        // a three-valued answer that was not open. Every other rule is decided now, and
        // two-valued logic is enough for all but the few that may need the language told.
        for (index, rule) in self.rules.iter().enumerate() {
            fired[index] = if let Some(known) = phase.partial.get(index).copied().flatten() {
                known
            } else if rule.reads_language {
                self.rule_value(rule, message, |leaf| Some(holds[leaf]), |r| Some(fired[r]))
                    .unwrap_or(false)
            } else {
                eval(&rule.when, &holds, &fired)
            };
        }
        fired
    }

    /// Takes the signals that only the parts could tell (a report, an invitation) from
    /// `message` for every signal test still open.
    fn learn_part_signals(&self, phase: &mut HeaderPhase, message: &Message) {
        for (leaf, known) in phase.known.iter_mut().enumerate() {
            if *known {
                continue;
            }
            match &self.leaves[leaf] {
                Leaf::Signal(signal) => {
                    phase.results[leaf].holds = message.signals.has(*signal);
                    *known = true;
                }
                // Told only when a rule needs it, by `rule_value`.
                Leaf::Language(_) | Leaf::Field { .. } => {}
            }
        }
    }

    /// Everything the headers, subject and sender can settle, before any body is read.
    fn header_phase(&self, message: &Message) -> HeaderPhase {
        let mut results = vec![LeafResult::default(); self.leaves.len()];
        let mut known = vec![true; self.leaves.len()];
        for (index, (leaf, result)) in self.leaves.iter().zip(results.iter_mut()).enumerate() {
            match leaf {
                Leaf::Signal(signal) => {
                    result.holds = message.signals.has(*signal);
                    // Without the parts, an invitation or a report deep in the message is not
                    // seen yet: absent is not the same as false.
                    known[index] = message.body_read || result.holds || !signal.found_in_parts();
                }
                // Told only when a rule needs it, by `rule_value`.
                Leaf::Language(_) | Leaf::Field { .. } => {}
            }
        }
        for (index, matcher) in self.fields.iter().enumerate() {
            if matcher.field.is_body() {
                matcher.leaves.iter().for_each(|&leaf| known[leaf] = false);
            } else {
                self.match_field(index, matcher, message, &mut results);
            }
        }
        let mut phase = HeaderPhase {
            results,
            known,
            partial: Vec::new(),
            decided: false,
            body_matched: false,
        };
        self.settle(&mut phase, message);
        phase
    }

    /// Whether a rule that forces the first-listed outcome has already fired, from what is
    /// known so far; when one has, each rule's three-valued outcome, for the hits known then.
    /// Only the rules that can decide are evaluated until then: most messages are not decided
    /// early, and the other rules are evaluated once every leaf is known.
    fn settle(&self, phase: &mut HeaderPhase, message: &Message) {
        // Each leaf's value in one small table: the tree walks below read it many times.
        let values: Vec<Option<bool>> = phase
            .known
            .iter()
            .zip(&phase.results)
            .map(|(known, result)| known.then_some(result.holds))
            .collect();
        let leaf = |leaf: usize| values[leaf];
        // A rule of the body's words alone is open until they are matched.
        let open = |index: usize| !phase.body_matched && self.body_only[index];
        let mut partial = vec![None; self.rules.len()];
        phase.decided = false;
        for &index in &self.deciding {
            let rule = &self.rules[index];
            if !open(index) {
                partial[index] = self.rule_value(rule, message, leaf, |r| partial[r]);
            }
            if rule.forces == Some(0) && partial[index] == Some(true) {
                phase.decided = true;
                break;
            }
        }
        if phase.decided {
            for (index, rule) in self.rules.iter().enumerate() {
                if !open(index) {
                    partial[index] = self.rule_value(rule, message, leaf, |r| partial[r]);
                }
            }
        }
        phase.partial = partial;
    }

    /// Rule index -> whether the rule reads only the body's fields (and the language), itself
    /// and through the rules it refers to: with none of those known, it is surely open, since
    /// a condition of unknowns (never empty: the compiler refuses that) is unknown.
    pub(crate) fn body_only(rules: &[Rule], leaves: &[Leaf], fields: &[FieldMatcher]) -> Vec<bool> {
        let mut body_only = Vec::with_capacity(rules.len());
        for rule in rules {
            let mut reads = true;
            rule.when.visit_ends(&mut |end| {
                reads &= match end {
                    Node::Rule(rule) => body_only[*rule],
                    Node::Leaf(leaf) => match &leaves[*leaf] {
                        Leaf::Field { field, .. } => fields[*field].field.is_body(),
                        Leaf::Language(_) => true,
                        Leaf::Signal(_) => false,
                    },
                    _ => true,
                }
            });
            body_only.push(reads);
        }
        body_only
    }

    /// The rules [`RuleSet::settle`] evaluates to tell whether a message is decided: those that
    /// force the first-listed outcome, and every rule they refer to, in evaluation order.
    pub(crate) fn deciding(rules: &[Rule]) -> Vec<usize> {
        let mut needed: Vec<bool> = rules.iter().map(|r| r.forces == Some(0)).collect();
        // A rule refers only to rules before it: one pass from the last rule back is enough.
        for index in (0..rules.len()).rev() {
            if needed[index] {
                rules[index].when.visit_ends(&mut |end| {
                    if let Node::Rule(rule) = end {
                        needed[*rule] = true;
                    }
                });
            }
        }
        (0..rules.len()).filter(|&index| needed[index]).collect()
    }

    /// A rule's three-valued outcome from its leaves (`leaf`, for all but the language ones)
    /// and the rules it refers to (`fired`).
    ///
    /// Telling the language runs trigram statistics over the prospect's words, so it is told
    /// only when it would change the answer: the rule is first evaluated with the language
    /// unknown, then, if that leaves it open, for every language the prospect could write in.
    /// Only when those disagree is the message asked. An "AI" rule that excludes other
    /// languages thus costs nothing on mail without "AI" in it.
    fn rule_value(
        &self,
        rule: &Rule,
        message: &Message,
        leaf: impl Fn(usize) -> Option<bool>,
        fired: impl Fn(usize) -> Option<bool>,
    ) -> Option<bool> {
        if !rule.reads_language {
            return eval3(&rule.when, &leaf, &fired);
        }
        let value = |language: Option<Option<&str>>| {
            let leaf = |index: usize| match &self.leaves[index] {
                Leaf::Language(languages) => {
                    language.map(|l| l.is_some_and(|l| languages.contains(&l)))
                }
                _ => leaf(index),
            };
            eval3(&rule.when, &leaf, &fired)
        };
        let open = value(None);
        // The words of a message read by its headers only are not known yet.
        if open.is_some() || !message.body_read {
            return open;
        }
        let mut candidates = LANGUAGES.iter().map(|l| Some(*l)).chain([None]);
        let first = candidates.next().map(|l| value(Some(l)))?;
        if candidates.all(|l| value(Some(l)) == first) {
            return first;
        }
        value(Some(message.language()))
    }

    /// Whether a leaf held; a language leaf is told on demand (only for a rule that fired).
    fn holds(&self, leaf: usize, results: &[LeafResult], message: &Message) -> bool {
        match &self.leaves[leaf] {
            Leaf::Language(languages) => message.body_read && speaks(message, languages),
            _ => results[leaf].holds,
        }
    }

    fn verdict(&self, message: &Message, results: &[LeafResult], fired: &[bool]) -> Verdict {
        let mut hits = Vec::new();
        let mut score = 0.0;
        let mut forced: Option<(usize, &RuleId)> = None;
        for (index, rule) in self.rules.iter().enumerate().filter(|(i, _)| fired[*i]) {
            score += rule.score;
            let (field, matched) = self.evidence(&rule.when, results, fired, message);
            if let Some(outcome) = rule.forces
                && forced.is_none_or(|(o, _)| outcome < o)
            {
                forced = Some((outcome, &rule.id));
            }
            hits.push((
                rule.source.clone(),
                index,
                Hit {
                    rule: rule.id.clone(),
                    description: rule.description.clone(),
                    score: rule.score,
                    field,
                    matched,
                    forces: rule.forces.map(|o| self.outcomes[o].id.clone()),
                },
            ));
        }
        // Report hits in the order the rules were written, not the dependency order.
        hits.sort_by(|a, b| {
            (&a.0.file, a.0.line)
                .cmp(&(&b.0.file, b.0.line))
                .then(a.1.cmp(&b.1))
        });
        let hits: Vec<Hit> = hits.into_iter().map(|(_, _, hit)| hit).collect();
        // Sum in a fixed order so the total never depends on evaluation order.
        let score = (score * 1000.0).round() / 1000.0;

        let outcome = match forced {
            Some((outcome, _)) => outcome,
            None => self.outcome_for_score(score),
        };
        Verdict {
            outcome: self.outcomes[outcome].id.clone(),
            score,
            hits,
            forced_by: forced.map(|(_, rule)| rule.clone()),
        }
    }

    fn outcome_for_score(&self, score: f64) -> usize {
        let mut best: Option<(usize, f64)> = None;
        for (index, outcome) in self.outcomes.iter().enumerate() {
            if let Some(min) = outcome.min_score
                && score >= min
                && best.is_none_or(|(_, b)| min > b)
            {
                best = Some((index, min));
            }
        }
        best.map(|(i, _)| i)
            .or_else(|| self.outcomes.iter().position(|o| o.default))
            .unwrap_or(0)
    }

    /// Matches every pattern of a field (a header's, read in one go) and decides its leaves.
    fn match_field(
        &self,
        index: usize,
        matcher: &FieldMatcher,
        message: &Message,
        results: &mut [LeafResult],
    ) {
        if let Some(text) = self.match_words(index, matcher, message, results) {
            self.match_regexes(index, matcher, &text, results);
        }
    }

    /// The first pass over a field: its phrases found and its counts taken, and every leaf
    /// without a regex decided. The text is given back for [`RuleSet::match_regexes`]; `None`
    /// when the field is missing (a header not there), whose leaves are then all decided.
    fn match_words(
        &self,
        index: usize,
        matcher: &FieldMatcher,
        message: &Message,
        results: &mut [LeafResult],
    ) -> Option<FieldText> {
        let Some(text) = matcher.field.text(message) else {
            // Only a missing header has no text; only `exists: false` holds on it.
            for &leaf in &matcher.leaves {
                if let Leaf::Field {
                    exists: Some(false),
                    patterns: false,
                    ..
                } = &self.leaves[leaf]
                {
                    results[leaf].holds = true;
                    results[leaf].first = Some((index, Found::Absent));
                }
            }
            return None;
        };
        let bytes = text.as_bytes();
        // Patterns were folded to lower case when compiled (see `fold`); what they match is
        // reported from the original text, at the same byte positions.
        let lowered = (matcher.phrases.is_some() || matcher.regexes.is_some())
            .then(|| fold::fold_text(bytes));

        if let Some(phrases) = &matcher.phrases {
            let scanned = lowered.as_deref().unwrap_or(bytes);
            // Where the body starts in the text, for the body's phrases found with the text's.
            let body = matcher
                .body_phrases
                .map(|body| (body, message.body_in_text()));
            phrases.find(scanned, |leaf, start, end| {
                let (field, start, end) = match body {
                    Some((body, offset)) if self.leaves[leaf].field() == Some(body) => {
                        if start < offset {
                            return;
                        }
                        (body, start - offset, end - offset)
                    }
                    _ => (index, start, end),
                };
                let result = &mut results[leaf];
                result.count += 1;
                if result.first.is_none() {
                    result.first = Some((field, Found::Span(start, end)));
                }
            });
        }

        let counts = matcher.needs_counts.then(|| Counts::of(&text));
        for &leaf in &matcher.plain_leaves {
            self.leaf_checks(leaf, counts.as_ref(), index, &mut results[leaf]);
        }
        Some(FieldText { lowered, counts })
    }

    /// The second pass over a field: its regexes, then the leaves that have one decided.
    fn match_regexes(
        &self,
        index: usize,
        matcher: &FieldMatcher,
        text: &FieldText,
        results: &mut [LeafResult],
    ) {
        let Some(regexes) = &matcher.regexes else {
            return;
        };
        let scanned = text.lowered.as_deref().unwrap_or_default();
        let mut matched = PatternSet::new(regexes.len());
        regexes.matching(scanned, &mut matched);
        for pattern in matched.iter() {
            let leaf = &matcher.regex_leaves[pattern.as_usize()];
            let Some(regex) = regexes.pattern(pattern) else {
                continue;
            };
            let result = &mut results[*leaf];
            let mut found = regex.find_iter(scanned);
            if let Some(first) = found.next() {
                if result.first.is_none() {
                    result.first = Some((index, Found::Span(first.start(), first.end())));
                }
                let needed = match &self.leaves[*leaf] {
                    Leaf::Field { min_matches, .. } => *min_matches,
                    Leaf::Signal(_) | Leaf::Language(_) => 1,
                };
                result.count += 1;
                if result.count < needed {
                    result.count += found.take((needed - result.count) as usize).count() as u32;
                }
            }
        }
        for &leaf in &matcher.regex_leaves {
            self.leaf_checks(leaf, text.counts.as_ref(), index, &mut results[leaf]);
        }
    }

    /// Whether a field leaf holds, once its patterns have been counted.
    fn leaf_checks(
        &self,
        leaf: usize,
        counts: Option<&Counts>,
        field: usize,
        result: &mut LeafResult,
    ) {
        let Leaf::Field {
            patterns,
            min_matches,
            exists,
            counts: ranges,
            ..
        } = &self.leaves[leaf]
        else {
            return;
        };
        let mut holds = !*patterns || result.count >= *min_matches;
        if let Some(exists) = exists {
            holds &= *exists;
            if *exists && result.first.is_none() {
                result.first = Some((field, Found::Present));
            }
        }
        for (count, range) in ranges {
            let value = counts.map(|c| c.get(*count)).unwrap_or_default();
            holds &= range.contains(value);
            if holds && result.first.is_none() {
                result.first = Some((field, Found::Counted(*count, value)));
            }
        }
        result.holds = holds;
    }

    /// The first piece of text that made a fired node true: a leaf's match, or the evidence
    /// of a referenced rule. Leaves under `not` are never evidence.
    fn evidence(
        &self,
        node: &Node,
        results: &[LeafResult],
        fired: &[bool],
        message: &Message,
    ) -> (String, String) {
        fn find(
            set: &RuleSet,
            node: &Node,
            results: &[LeafResult],
            fired: &[bool],
            message: &Message,
        ) -> Option<(String, String)> {
            match node {
                Node::Leaf(leaf) if set.holds(*leaf, results, message) => {
                    Some(match (&set.leaves[*leaf], &results[*leaf].first) {
                        (Leaf::Signal(signal), _) => (
                            "signal".to_string(),
                            message
                                .signals
                                .evidence(*signal)
                                .unwrap_or(signal.name())
                                .to_string(),
                        ),
                        (Leaf::Language(_), _) => (
                            "language".to_string(),
                            message.language().unwrap_or_default().to_string(),
                        ),
                        (Leaf::Field { .. }, Some((field, found))) => {
                            let matcher = &set.fields[*field];
                            (
                                matcher.field.name().into_owned(),
                                found.describe(matcher, message),
                            )
                        }
                        (Leaf::Field { field, .. }, None) => {
                            (set.fields[*field].field.name().into_owned(), String::new())
                        }
                    })
                }
                Node::Rule(rule) if fired[*rule] => {
                    find(set, &set.rules[*rule].when, results, fired, message)
                }
                Node::All(nodes) | Node::Any(nodes) => nodes
                    .iter()
                    .find_map(|n| find(set, n, results, fired, message)),
                _ => None,
            }
        }
        find(self, node, results, fired, message).unwrap_or_else(|| {
            (
                "message".into(),
                "(fired because something was absent)".into(),
            )
        })
    }
}

/// Whether the prospect writes in one of these languages.
fn speaks(message: &Message, languages: &[&'static str]) -> bool {
    message.language().is_some_and(|l| languages.contains(&l))
}

/// Kleene three-valued evaluation: `None` where a leaf or a rule is not known yet.
fn eval3(
    node: &Node,
    leaf: &impl Fn(usize) -> Option<bool>,
    fired: &impl Fn(usize) -> Option<bool>,
) -> Option<bool> {
    match node {
        Node::All(nodes) => {
            let mut all = Some(true);
            for n in nodes {
                match eval3(n, leaf, fired) {
                    Some(false) => return Some(false),
                    None => all = None,
                    Some(true) => {}
                }
            }
            all
        }
        Node::Any(nodes) => {
            let mut any = Some(false);
            for n in nodes {
                match eval3(n, leaf, fired) {
                    Some(true) => return Some(true),
                    None => any = None,
                    Some(false) => {}
                }
            }
            any
        }
        Node::Not(node) => eval3(node, leaf, fired).map(|v| !v),
        Node::Rule(rule) => fired(*rule),
        Node::Leaf(index) => leaf(*index),
    }
}

fn eval(node: &Node, holds: &[bool], fired: &[bool]) -> bool {
    match node {
        Node::All(nodes) => nodes.iter().all(|n| eval(n, holds, fired)),
        Node::Any(nodes) => nodes.iter().any(|n| eval(n, holds, fired)),
        Node::Not(node) => !eval(node, holds, fired),
        Node::Rule(rule) => fired[*rule],
        Node::Leaf(leaf) => holds[*leaf],
    }
}
