//! `doorman check`: every problem in the rule files is reported with its file, line and rule.

use doorman::rules::{Problem, load_dir};

use crate::helpers::{folder, repo};

const OUTCOMES: &str = "outcomes:\n  - id: engage\n    default: true\n    template: engage.txt\n";

fn problems(rules: &str) -> Vec<Problem> {
    let dir = folder(&[("outcomes.yaml", OUTCOMES), ("rules.yaml", rules)]);
    match load_dir(dir.path()) {
        Ok(_) => Vec::new(),
        Err(found) => found.0,
    }
}

fn only(rules: &str) -> Problem {
    let found = problems(rules);
    assert_eq!(found.len(), 1, "expected one problem, got {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn the_shipped_rules_and_templates_pass_the_lint() {
    let setup = crate::helpers::shipped();
    assert!(setup.rules.rules().len() > 30);
    let names: Vec<&str> = setup
        .rules
        .outcomes()
        .iter()
        .map(|o| o.id.as_ref())
        .collect();
    assert_eq!(names, ["skip", "refer", "decline", "clarify", "engage"]);
    assert!(repo().join("rules").is_dir());
}

#[test]
fn a_yaml_error_names_the_file_and_line() {
    let problem =
        only("rules:\n  - id: a\n    description: x\n    when:\n      subject: { regex: 'x' \n");
    assert!(problem.file.ends_with("rules.yaml"));
    assert_eq!(problem.line, 5, "{problem}");
}

#[test]
fn an_unknown_key_is_an_error_at_its_line() {
    let problem = only(
        "rules:\n  - id: a\n    description: x\n    scor: 3\n    when:\n      subject: { regex: 'x' }\n",
    );
    assert_eq!(problem.line, 4, "{problem}");
    assert!(problem.message.contains("scor"), "{problem}");
}

#[test]
fn an_invalid_regex_names_the_rule_and_its_line() {
    let problem = only(
        "rules:\n  - id: good\n    description: x\n    when:\n      body: { regex: 'fine' }\n  - id: broken\n    description: x\n    when:\n      body:\n        regex: '(unclosed'\n",
    );
    assert_eq!(problem.rule.as_deref(), Some("broken"));
    assert_eq!(problem.line, 10, "{problem}");
    assert!(problem.to_string().contains("rules.yaml:10:"), "{problem}");
}

#[test]
fn every_invalid_regex_of_a_large_pack_is_reported_at_its_own_rule() {
    // Regexes compile together on every core: each problem must still come back to its rule.
    let mut rules = String::from("rules:\n");
    for n in 0..40 {
        let regex = match n % 10 {
            3 => format!("'(unclosed{n}'"),
            7 => format!("'[z-a]{n}'"),
            _ => format!("'word{n}\\b'"),
        };
        rules.push_str(&format!(
            "  - id: rule-{n}\n    description: x\n    when:\n      body: {{ regex: {regex} }}\n"
        ));
    }
    let found = problems(&rules);
    let broken: Vec<(String, u64)> = (0..40)
        .filter(|n| n % 10 == 3 || n % 10 == 7)
        .map(|n| (format!("rule-{n}"), 2 + 4 * n as u64 + 3))
        .collect();
    let reported: Vec<(String, u64)> = found
        .iter()
        .map(|p| (p.rule.clone().unwrap_or_default(), p.line))
        .collect();
    assert_eq!(reported, broken, "{found:#?}");
    assert!(found.iter().all(|p| p.message.starts_with("invalid regex")));
}

#[test]
fn a_regex_too_large_to_match_is_reported_at_its_rule() {
    // Each pattern is checked when the rules load, though it is compiled only once a message
    // matches it: a pattern that could never be compiled must not wait for that message.
    let problem = only(
        "rules:\n  - id: fine\n    description: x\n    when:\n      body: { regex: 'word' }\n  - id: huge\n    description: x\n    when:\n      body:\n        regex: '[a-z]{1000}{1000}{10}'\n",
    );
    assert_eq!(problem.rule.as_deref(), Some("huge"));
    assert_eq!(problem.line, 10, "{problem}");
    assert!(problem.message.starts_with("invalid regex"), "{problem}");
}

#[test]
fn a_case_sensitive_regex_is_refused_because_rules_ignore_case() {
    let problem = only(
        "rules:\n  - id: dollars\n    description: x\n    when:\n      body:\n        regex: '(?-i:USD) \\d+'\n",
    );
    assert_eq!(problem.rule.as_deref(), Some("dollars"));
    assert_eq!(problem.line, 6, "{problem}");
    assert!(problem.message.contains("(?-i)"), "{problem}");
}

#[test]
fn duplicate_ids_unknown_references_and_cycles_are_all_reported() {
    let found = problems(
        "rules:\n  - id: a\n    description: x\n    when: { rule: b }\n  - id: b\n    description: x\n    when: { rule: a }\n  - id: a\n    description: again\n    when: { subject: { regex: x } }\n  - id: c\n    description: x\n    when: { rule: nowhere }\n",
    );
    let text: Vec<String> = found.iter().map(|p| p.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("used by another rule") && t.contains(":8:")),
        "{text:#?}"
    );
    assert!(
        text.iter().any(|t| t.contains("unknown rule \"nowhere\"")),
        "{text:#?}"
    );
    assert!(
        text.iter().any(|t| t.contains("reference cycle")),
        "{text:#?}"
    );
}

#[test]
fn an_unreachable_outcome_is_reported() {
    let dir = folder(&[(
        "outcomes.yaml",
        "outcomes:\n  - id: engage\n    default: true\n  - id: refer\n    template: refer.txt\n",
    )]);
    let found = load_dir(dir.path()).unwrap_err().0;
    assert!(found[0].message.contains("unreachable"), "{found:#?}");
    assert_eq!(found[0].rule.as_deref(), Some("refer"));
}

#[test]
fn templates_that_are_missing_or_use_unknown_variables_are_reported() {
    let rules = folder(&[(
        "outcomes.yaml",
        "outcomes:\n  - id: engage\n    default: true\n    template: engage.txt\n  - id: clarify\n    min_score: 2\n    template: missing.txt\n",
    )]);
    let templates = folder(&[(
        "engage.txt",
        "Hello {{ prospect.first_name }},\n\n{{ prospect.nickname }}\n",
    )]);
    let set = load_dir(rules.path()).unwrap();
    let (loaded, mut found) = doorman::drafts::Templates::load(templates.path()).unwrap();
    found.extend(loaded.check(&set));
    let text: Vec<String> = found.iter().map(|p| p.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("engage.txt:3:") && t.contains("prospect.nickname")),
        "{text:#?}"
    );
    assert!(text.iter().any(|t| t.contains("missing.txt")), "{text:#?}");
}

#[test]
fn doorman_check_exits_non_zero_and_points_at_the_line() {
    let rules = folder(&[
        ("outcomes.yaml", OUTCOMES),
        (
            "bad.yaml",
            "rules:\n  - id: x\n    description: y\n    when:\n      body: { regex: '[' }\n",
        ),
    ]);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_doorman"))
        .args(["check", "--rules"])
        .arg(rules.path())
        .arg("--templates")
        .arg(repo().join("templates"))
        .current_dir(repo())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success());
    assert!(
        stdout.contains("bad.yaml:5:") && stdout.contains("rule x"),
        "{stdout}"
    );
}
