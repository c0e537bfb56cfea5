//! `doorman check`: lint the rules and templates and report every problem at once.

use std::path::Path;

use super::RuleArgs;
use crate::config::Config;
use crate::drafts::Templates;

pub fn run(config_path: &Path, args: &RuleArgs) -> anyhow::Result<i32> {
    // The config is optional for a lint: `--rules` and `--templates` are enough.
    let config = match Config::load(config_path) {
        Ok(config) => Some(config),
        Err(err) if args.rules.is_some() && args.templates.is_some() => {
            tracing::debug!("no usable config ({err}); checking the given folders only");
            None
        }
        Err(err) => {
            eprintln!("{err}");
            return Ok(super::EXIT_CONFIG);
        }
    };
    let rules_dir = args
        .rules
        .clone()
        .or_else(|| config.as_ref().map(|c| c.rules.clone()))
        .expect("rules folder");
    let templates_dir = args
        .templates
        .clone()
        .or_else(|| config.as_ref().map(|c| c.templates.clone()))
        .expect("templates folder");

    let mut problems = Vec::new();
    let rules = match crate::rules::load_dir(&rules_dir) {
        Ok(rules) => Some(rules),
        Err(found) => {
            problems.extend(found.0);
            None
        }
    };
    match Templates::load(&templates_dir) {
        Ok((templates, found)) => {
            problems.extend(found);
            if let Some(rules) = &rules {
                problems.extend(templates.check(rules));
            }
        }
        Err(err) => {
            eprintln!("{err}");
            return Ok(1);
        }
    }
    for problem in &problems {
        println!("{problem}");
    }
    match (&rules, problems.len()) {
        (Some(rules), 0) => {
            println!(
                "ok: {} rules, {} outcomes, templates in {}",
                rules.rules().len(),
                rules.outcomes().len(),
                templates_dir.display()
            );
            Ok(0)
        }
        _ => {
            eprintln!("{} problem(s)", problems.len());
            Ok(1)
        }
    }
}
