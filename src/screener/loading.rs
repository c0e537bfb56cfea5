//! Loading and checking config, rules and templates together: a set with a problem anywhere is
//! refused as a whole, with every problem named.

use crate::config::{Config, ConfigError};
use crate::drafts::{TemplateError, Templates};
use crate::message::Reader;
use crate::rules::{Problem, Problems, RuleSet};

/// Config, rules and templates, loaded and checked against each other.
#[derive(Debug)]
pub struct Screener {
    pub config: Config,
    pub rules: RuleSet,
    pub templates: Templates,
    /// Finds the prospect behind a message with what the config says of the firm.
    pub reader: Reader,
}

/// Why a screener could not be built; every variant is something the firm fixes in its files,
/// so the command line ends with exit code 2 on it.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{0}\nrun `doorman check` for details")]
    Rules(Problems),
    #[error(transparent)]
    Templates(#[from] TemplateError),
    /// Templates that do not parse, or that do not fit the rules' outcomes.
    #[error("{}\nrun `doorman check` for details", lines(.0))]
    TemplateProblems(Vec<Problem>),
}

fn lines(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Screener {
    /// Loads and checks the rules and templates a config names.
    pub fn load(config: Config) -> Result<Screener, LoadError> {
        let rules = crate::rules::load_dir(&config.rules).map_err(LoadError::Rules)?;
        let (templates, mut problems) = Templates::load(&config.templates)?;
        problems.extend(templates.check(&rules));
        if !problems.is_empty() {
            return Err(LoadError::TemplateProblems(problems));
        }
        Ok(Screener {
            reader: config.reader(),
            config,
            rules,
            templates,
        })
    }
}
