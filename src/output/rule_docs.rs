//! `cjm rules`: the rule catalogue as a table, and one rule explained.

use std::fmt::Write as _;

use crate::config::Settings;
use crate::fix;
use crate::rules::{self, Rule, RuleLevels};

/// Every rule, one line each, with its level under the current configuration and whether
/// `cjm validate --fix` can fix its findings; a level the configuration changed is marked
/// `*` and its default named below the table.
pub fn listing(levels: &RuleLevels) -> String {
    let mut out = String::new();
    let name_width = rules::ALL
        .iter()
        .map(|rule| rule.name.len())
        .max()
        .unwrap_or(0);
    let shown_level = |rule: &Rule| {
        let level = levels.level(rule).to_string();
        if levels.is_overridden(rule) {
            format!("{level}*")
        } else {
            level
        }
    };
    let level_width = rules::ALL
        .iter()
        .map(|rule| shown_level(rule).len())
        .chain(std::iter::once("Level".len()))
        .max()
        .unwrap_or(0);
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{:<7} {:<name_width$} {:<12} {:<level_width$}  Fix  Summary",
        "Code", "Name", "Concern", "Level"
    );
    for rule in rules::ALL {
        let _ = writeln!(
            out,
            "{:<7} {:<name_width$} {:<12} {:<level_width$}  {:<3}  {}",
            rule.code,
            rule.name,
            rule.concern.as_str(),
            shown_level(rule),
            if fix::can_fix(rule) { "yes" } else { "" },
            rule.summary
        );
    }
    let defaults: Vec<String> = rules::ALL
        .iter()
        .filter(|rule| levels.is_overridden(rule))
        .map(|rule| format!("{} for {}", rule.default_severity, rule.name))
        .collect();
    if !defaults.is_empty() {
        let _ = writeln!(
            out,
            "\n* level set by the configuration (.cjm.yaml or --rule); the default is {}",
            defaults.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "\nFix: `cjm validate --fix` fixes the findings of these rules that have one safe fix."
    );
    let _ = writeln!(
        out,
        "Run `cjm rules CODE` for what a rule checks, why, and how to fix it."
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
    if let Some(strict) = rule.strict_severity {
        let _ = write!(out, " ({strict} under --strict)");
    }
    if levels.is_overridden(rule) {
        let _ = write!(out, "; set to {level} by the configuration");
    }
    let _ = writeln!(out, ".");
    let _ = writeln!(out, "\nWhy it matters\n  {}", wrap(rule.why));
    let _ = writeln!(out, "\nExample\n{}", indent(rule.example));
    let _ = writeln!(out, "\nHow to fix it\n  {}", wrap(rule.fix));
    if fix::can_fix(rule) {
        let _ = writeln!(
            out,
            "  `cjm validate --fix` fixes the findings that have one safe fix (`--diff` shows it)."
        );
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::rules::RuleLevel;
    use crate::rules::freshness::STALE_MAP;

    #[test]
    fn a_changed_level_keeps_the_columns_and_names_the_default() {
        let mut levels = RuleLevels::default();
        levels.set(&STALE_MAP, RuleLevel::On(Severity::Warning));
        let listing = listing(&levels);
        let header = listing.lines().next().unwrap();
        let column = header.find("Summary").unwrap();
        for (line, rule) in listing.lines().skip(1).zip(rules::ALL) {
            assert_eq!(line.find(rule.summary), Some(column), "{line}");
        }
        assert!(listing.contains("warning*  "), "{listing}");
        assert!(
            listing.contains(
                "\n* level set by the configuration (.cjm.yaml or --rule); the default is \
                 error for stale-map\n"
            ),
            "{listing}"
        );
    }
}
