//! `cjm rules`: the rule catalogue as a table, and one rule explained.

use std::fmt::Write as _;

use crate::config::Settings;
use crate::rules::{self, Rule, RuleLevels};

/// Every rule, one line each, with its level under the current configuration.
pub fn listing(levels: &RuleLevels) -> String {
    let mut out = String::new();
    let name_width = rules::ALL
        .iter()
        .map(|rule| rule.name.len())
        .max()
        .unwrap_or(0);
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{:<7} {:<name_width$} {:<12} {:<7}  Summary",
        "Code", "Name", "Concern", "Level"
    );
    for rule in rules::ALL {
        let level = levels.level(rule).to_string();
        let level = if levels.is_overridden(rule) {
            format!("{level}*")
        } else {
            level
        };
        let _ = writeln!(
            out,
            "{:<7} {:<name_width$} {:<12} {:<7}  {}",
            rule.code,
            rule.name,
            rule.concern.as_str(),
            level,
            rule.summary
        );
    }
    if rules::ALL.iter().any(|rule| levels.is_overridden(rule)) {
        let _ = writeln!(out, "\n* level set by the configuration");
    }
    let _ = writeln!(
        out,
        "\nRun `cjm rules CODE` for what a rule checks, why, and how to fix it."
    );
    out
}

/// One rule: what it reports, why it matters, an example, and how to fix it, and what it
/// checks under `settings`.
pub fn explanation(rule: &Rule, settings: &Settings) -> String {
    let mut out = String::new();
    let levels = &settings.rules;
    let level = levels.level(rule);
    let _ = writeln!(out, "{} {}: {}", rule.code, rule.name, rule.summary);
    let _ = writeln!(out);
    let _ = write!(
        out,
        "Concern: {}. Default level: {}",
        rule.concern, rule.default_severity
    );
    if levels.is_overridden(rule) {
        let _ = write!(out, "; set to {level} by the configuration");
    }
    let _ = writeln!(out, ".");
    let _ = writeln!(out, "\nWhy it matters\n  {}", wrap(rule.why));
    let _ = writeln!(out, "\nExample\n{}", indent(rule.example));
    let _ = writeln!(out, "\nHow to fix it\n  {}", wrap(rule.fix));
    if let Some(configured) = rule.configured {
        let _ = writeln!(
            out,
            "\nIn this configuration\n  {}",
            wrap(&configured(settings))
        );
    }
    let _ = writeln!(
        out,
        "\nTo silence it for one line: `# cjm-ignore: {} — reason`; for a file: \
         `# cjm-ignore-file: {}`;\nfor the repository: `rules: {{{}: off}}` in .cjm.yaml.",
        rule.code, rule.code, rule.name
    );
    out
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Wraps prose at 90 columns, indented by two spaces after the first line.
fn wrap(text: &str) -> String {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut();
        match line {
            Some(line) if line.is_empty() => line.push_str(word),
            Some(line) if line.chars().count() + 1 + word.chars().count() <= 88 => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines.join("\n  ")
}
