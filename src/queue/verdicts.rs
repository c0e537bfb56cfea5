//! A verdict as the store keeps it. Each hit's rule, score, field, matched text and forced
//! outcome stay in the message's row (`verdict_json`); its description, a rule's explanation
//! that is often a paragraph and the same for every message the rule fires on, is kept once in
//! `hit_descriptions`, and the row lists which description explains each hit. That keeps a
//! screened message's row at a third of its size, which is most of what a first sync of
//! thousands of messages spends writing. A verdict read back explains each hit in the words its
//! rule had when the message was screened, whatever the rule says now. Rows written before
//! carry each description in the hit, and read as they are.

use std::collections::HashMap;

use serde::Serialize;

use super::store::{MAX_BINDS, StoreError, select_in};
use crate::rules::{Hit, Outcome, RuleId, Verdict};

/// The verdict's JSON for `verdict_json`: every hit without its description.
pub(super) fn verdict_json(verdict: &Verdict) -> Result<String, StoreError> {
    let kept = KeptVerdict {
        outcome: &verdict.outcome,
        score: verdict.score,
        hits: verdict.hits.iter().map(KeptHit::of).collect(),
        forced_by: verdict.forced_by.as_ref(),
    };
    serde_json::to_string(&kept).map_err(|e| StoreError::Corrupt(e.to_string()))
}

#[derive(Serialize)]
struct KeptVerdict<'a> {
    outcome: &'a Outcome,
    score: f64,
    hits: Vec<KeptHit<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    forced_by: Option<&'a RuleId>,
}

/// A [`Hit`] but its description; reads back as a `Hit` whose description is empty until
/// [`Descriptions::fill`] puts it back.
#[derive(Serialize)]
struct KeptHit<'a> {
    rule: &'a RuleId,
    score: f64,
    field: &'a str,
    matched: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    forces: Option<&'a Outcome>,
}

impl KeptHit<'_> {
    fn of(hit: &Hit) -> KeptHit<'_> {
        KeptHit {
            rule: &hit.rule,
            score: hit.score,
            field: &hit.field,
            matched: &hit.matched,
            forces: hit.forces.as_ref(),
        }
    }
}

/// The `hit_descriptions` rows of a batch's verdicts, found or added inside the batch's
/// transaction. A rule's description is almost always the same for every message of a batch
/// (a batch is screened with one set of rules), so they are told apart by rule first and only
/// then by their words, without hashing a paragraph for every hit.
pub(super) struct Described<'a> {
    ids: HashMap<&'a RuleId, Vec<(&'a str, i64)>>,
}

impl<'a> Described<'a> {
    /// Finds or adds the description of every hit in `verdicts`.
    pub async fn of(
        conn: &mut sqlx::SqliteConnection,
        verdicts: impl Iterator<Item = &'a Verdict>,
    ) -> Result<Described<'a>, StoreError> {
        let mut texts: HashMap<&'a RuleId, Vec<&'a str>> = HashMap::new();
        for hit in verdicts.flat_map(|verdict| &verdict.hits) {
            let known = texts.entry(&hit.rule).or_default();
            if !known.contains(&hit.description.as_str()) {
                known.push(&hit.description);
            }
        }
        let mut wanted: Vec<(&RuleId, &str)> = texts
            .iter()
            .flat_map(|(rule, texts)| texts.iter().map(|text| (*rule, *text)))
            .collect();
        wanted.sort_unstable();
        for chunk in wanted.chunks(MAX_BINDS / 2) {
            let mut insert =
                sqlx::QueryBuilder::new("INSERT INTO hit_descriptions (rule, description) ");
            insert.push_values(chunk, |mut row, (rule, description)| {
                row.push_bind(rule.as_ref()).push_bind(*description);
            });
            insert.push(" ON CONFLICT (rule, description) DO NOTHING");
            insert.build().execute(&mut *conn).await?;
        }
        let mut rules: Vec<&str> = wanted.iter().map(|(rule, _)| rule.as_ref()).collect();
        rules.dedup();
        let rows: Vec<(i64, String, String)> = select_in(
            conn,
            "SELECT id, rule, description FROM hit_descriptions WHERE rule IN (",
            &rules,
            "",
        )
        .await?;
        let mut ids: HashMap<&RuleId, Vec<(&str, i64)>> = HashMap::with_capacity(texts.len());
        for (rule, description) in wanted {
            let id = rows
                .iter()
                .find(|(_, r, d)| r == rule.as_ref() && d == description)
                .map(|(id, _, _)| *id)
                .ok_or_else(|| {
                    StoreError::Corrupt(format!("the description of rule {rule} was not kept"))
                })?;
            ids.entry(rule).or_default().push((description, id));
        }
        Ok(Described { ids })
    }

    /// The `hit_descriptions` column of a verdict's row.
    pub fn column(&self, verdict: &Verdict) -> String {
        let mut column = String::with_capacity(verdict.hits.len() * 4);
        for hit in &verdict.hits {
            let (_, id) = self.ids[&hit.rule]
                .iter()
                .find(|(text, _)| *text == hit.description)
                .expect("every hit's description was kept");
            if !column.is_empty() {
                column.push(' ');
            }
            column.push_str(&id.to_string());
        }
        column
    }
}

/// Descriptions read back from `hit_descriptions`, to put into the verdicts they explain.
pub(super) struct Descriptions(HashMap<i64, String>);

impl Descriptions {
    /// The descriptions the listed rows' hits refer to (their `hit_descriptions` columns).
    pub async fn of(
        conn: &mut sqlx::SqliteConnection,
        columns: &[Option<&str>],
    ) -> Result<Descriptions, StoreError> {
        let mut ids: Vec<i64> = Vec::new();
        for column in columns.iter().flatten() {
            ids.extend(parse_ids(column)?);
        }
        ids.sort_unstable();
        ids.dedup();
        let rows: Vec<(i64, String)> = select_in(
            conn,
            "SELECT id, description FROM hit_descriptions WHERE id IN (",
            &ids,
            "",
        )
        .await?;
        Ok(Descriptions(rows.into_iter().collect()))
    }

    /// The verdict of a row: its `verdict_json`, each hit explained by the description its
    /// `hit_descriptions` column names (none for a row that kept them in its hits).
    pub fn verdict(&self, json: &str, column: Option<&str>) -> Result<Verdict, StoreError> {
        let mut verdict: Verdict =
            serde_json::from_str(json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let Some(column) = column else {
            return Ok(verdict);
        };
        let ids = parse_ids(column)?;
        if ids.len() != verdict.hits.len() {
            return Err(StoreError::Corrupt(format!(
                "a verdict has {} hits but {} descriptions",
                verdict.hits.len(),
                ids.len()
            )));
        }
        for (hit, id) in verdict.hits.iter_mut().zip(ids) {
            hit.description = self
                .0
                .get(&id)
                .ok_or_else(|| StoreError::Corrupt(format!("no hit description {id}")))?
                .clone();
        }
        Ok(verdict)
    }
}

fn parse_ids(column: &str) -> Result<Vec<i64>, StoreError> {
    column
        .split_ascii_whitespace()
        .map(|id| {
            id.parse()
                .map_err(|_| StoreError::Corrupt(format!("hit description {id:?}")))
        })
        .collect()
}
