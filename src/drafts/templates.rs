//! The firm's reply templates: loaded once, strict about undefined variables, and checked
//! against the variables doorman actually provides.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use minijinja::{Environment, UndefinedBehavior};

use super::context::{Context, VARIABLES, VERDICT_VARIABLE};
use crate::message::LANGUAGES;
use crate::rules::{Problem, RuleSet};

/// Every template under the templates folder, parsed.
#[derive(Debug)]
pub struct Templates {
    env: Environment<'static>,
    dir: PathBuf,
    /// Whether any template reads `verdict`: the verdict's hits, each with its rule's
    /// description, are most of a template's variables, and none of the shipped templates
    /// reads them, so they are handed to a template only when one does (any one, since a
    /// template may include another).
    reads_verdict: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error(
        "cannot read the templates folder {dir}: {source}; pass --templates DIR or set `templates:` in the config"
    )]
    Folder {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("template {name} is not in {dir}")]
    Missing { name: String, dir: PathBuf },
    #[error("cannot render template {name}: {message}")]
    Render { name: String, message: String },
}

impl Templates {
    /// Loads every `.txt`, `.j2` and `.jinja` file in a folder. Syntax errors are reported by
    /// [`Templates::check`]; a template that fails to parse is simply absent here.
    pub fn load(dir: &Path) -> Result<(Templates, Vec<Problem>), TemplateError> {
        let entries = std::fs::read_dir(dir).map_err(|source| TemplateError::Folder {
            dir: dir.to_path_buf(),
            source,
        })?;
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_keep_trailing_newline(true);
        // Replies are plain text: escaping HTML would put "&amp;" into a customer's email.
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
        let mut problems = Vec::new();
        let entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        // A folder named for a language holds the same templates in that language.
        let mut paths: Vec<(String, PathBuf)> = Vec::new();
        for entry in &entries {
            let name = entry
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if entry.is_dir() && LANGUAGES.contains(&name.as_str()) {
                let Ok(inner) = std::fs::read_dir(entry) else {
                    continue;
                };
                for path in inner.filter_map(|e| e.ok().map(|e| e.path())) {
                    if is_template(&path) {
                        let file = path.file_name().unwrap_or_default().to_string_lossy();
                        paths.push((format!("{name}/{file}"), path));
                    }
                }
            } else if is_template(entry) {
                paths.push((name, entry.clone()));
            }
        }
        paths.sort();
        for (name, path) in paths {
            let source = match std::fs::read_to_string(&path) {
                Ok(source) => source,
                Err(err) => {
                    problems.push(problem(&path, 0, 0, format!("cannot read: {err}")));
                    continue;
                }
            };
            if let Err(err) = env.add_template_owned(name.clone(), source.clone()) {
                let line = err.line().unwrap_or(0) as u64;
                let column = err
                    .range()
                    .map(|r| column_of(&source, r.start))
                    .unwrap_or(1);
                problems.push(problem(
                    &path,
                    line,
                    column,
                    format!(
                        "template syntax: {}",
                        err.detail().unwrap_or(&err.to_string())
                    ),
                ));
                continue;
            }
            problems.extend(check_variables(&env, &name, &path, &source));
        }
        let reads_verdict = env.templates().any(|(_, template)| {
            template
                .undeclared_variables(false)
                .contains(VERDICT_VARIABLE)
        });
        Ok((
            Templates {
                env,
                dir: dir.to_path_buf(),
                reads_verdict,
            },
            problems,
        ))
    }

    /// Whether some template reads `verdict`, so that a draft's context must hold it.
    pub fn reads_verdict(&self) -> bool {
        self.reads_verdict
    }

    /// Problems between the rules and the templates: an outcome naming a template that does not
    /// exist, and templates that fail to render on a sample prospect.
    pub fn check(&self, rules: &RuleSet) -> Vec<Problem> {
        let mut problems = Vec::new();
        for outcome in rules.outcomes() {
            let Some(name) = &outcome.template else {
                continue;
            };
            let at = &outcome.source;
            if self.env.get_template(name).is_err() {
                let path = self.dir.join(name);
                if path.exists() {
                    continue; // a syntax error, already reported against the template
                }
                problems.push(Problem {
                    file: PathBuf::from(&*at.file),
                    line: at.line,
                    column: at.column,
                    rule: Some(outcome.id.to_string()),
                    message: format!(
                        "outcome {} uses template {name}, which is not in {}",
                        outcome.id,
                        self.dir.display()
                    ),
                });
                continue;
            }
            let localised = self
                .languages()
                .into_iter()
                .filter_map(|language| self.localised(name, language));
            for name in std::iter::once(name.clone()).chain(localised) {
                if let Err(err) = self.render(&name, &Context::sample(outcome.id.as_ref())) {
                    problems.push(problem(&self.dir.join(&name), 0, 0, err.to_string()));
                }
            }
        }
        problems
    }

    /// `fr/engage.txt` when the folder has `engage.txt` in that language.
    pub fn localised(&self, name: &str, language: &str) -> Option<String> {
        let localised = format!("{language}/{name}");
        self.env
            .get_template(&localised)
            .is_ok()
            .then_some(localised)
    }

    /// The languages this folder has templates in, besides the top-level ones.
    pub fn languages(&self) -> Vec<&'static str> {
        LANGUAGES
            .into_iter()
            .filter(|l| {
                self.env
                    .templates()
                    .any(|(name, _)| name.starts_with(&format!("{l}/")))
            })
            .collect()
    }

    pub fn render(&self, name: &str, context: &Context) -> Result<String, TemplateError> {
        let template = self
            .env
            .get_template(name)
            .map_err(|_| TemplateError::Missing {
                name: name.to_string(),
                dir: self.dir.clone(),
            })?;
        template.render(context).map_err(|err| {
            let mut message = err
                .detail()
                .map(str::to_string)
                .unwrap_or_else(|| err.kind().to_string());
            if let Some(line) = err.line() {
                message = format!("line {line}: {message}");
            }
            TemplateError::Render {
                name: name.to_string(),
                message,
            }
        })
    }
}

fn is_template(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .is_some_and(|e| e == "txt" || e == "j2" || e == "jinja")
}

fn problem(path: &Path, line: u64, column: u64, message: String) -> Problem {
    Problem {
        file: path.to_path_buf(),
        line,
        column,
        rule: None,
        message,
    }
}

/// Every variable a template reads must be one doorman provides.
fn check_variables(
    env: &Environment<'static>,
    name: &str,
    path: &Path,
    source: &str,
) -> Vec<Problem> {
    let Ok(template) = env.get_template(name) else {
        return Vec::new();
    };
    let known: BTreeSet<&str> = VARIABLES.iter().map(|(v, _)| *v).collect();
    let is_known = |var: &str| {
        known.contains(var)
            || known.iter().any(|k| {
                k.strip_prefix(var)
                    .is_some_and(|rest| rest.starts_with('.'))
            })
    };
    let mut unknown: Vec<String> = template
        .undeclared_variables(true)
        .into_iter()
        .filter(|var| !is_known(var))
        .collect();
    unknown.sort();
    unknown
        .into_iter()
        .map(|var| {
            let offset = source.find(var.as_str()).unwrap_or(0);
            let line = source[..offset].matches('\n').count() as u64 + 1;
            let roots: BTreeSet<&str> = known
                .iter()
                .map(|v| v.split('.').next().unwrap_or(v))
                .collect();
            let hint = match var.split_once('.') {
                Some((root, _)) if roots.contains(root) => {
                    let fields: Vec<&str> = known
                        .iter()
                        .filter(|v| v.starts_with(&format!("{root}.")))
                        .copied()
                        .collect();
                    format!("{root} has {}", fields.join(", "))
                }
                _ => format!(
                    "the variables are {}",
                    roots.into_iter().collect::<Vec<_>>().join(", ")
                ),
            };
            problem(
                path,
                line,
                column_of(source, offset),
                format!("unknown variable {var}: {hint}"),
            )
        })
        .collect()
}

fn column_of(source: &str, offset: usize) -> u64 {
    let offset = offset.min(source.len());
    let line_start = source[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
    source[line_start..offset].chars().count() as u64 + 1
}
