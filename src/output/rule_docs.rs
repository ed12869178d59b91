//! `cjm rules`: the rule catalogue as a table, and one rule explained.

use std::fmt::Write as _;

use crate::config::Settings;
use crate::fix;
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::rules::{self, Rule, RuleLevels};

/// Every rule, one line each, with its level under the current configuration and whether
/// `cjm validate --fix` can fix its findings; a level the configuration changed is marked
/// `*` and its default named below the table. Codes, names, concerns and levels are the
/// words `.cjm.yaml` takes, the same in every language.
pub fn listing(levels: &RuleLevels, lang: Lang) -> String {
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
        .chain(std::iter::once(lang.text("rules-level").chars().count()))
        .max()
        .unwrap_or(0);
    let heading = |id| lang.text(id);
    let fixable = lang.text("rules-fixable-mark");
    let fix_width = heading("rules-fix-column")
        .chars()
        .count()
        .max(fixable.chars().count());
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{:<7} {:<name_width$} {:<12} {:<level_width$}  {:<fix_width$}  {}",
        heading("rules-code"),
        heading("rules-name"),
        heading("rules-concern"),
        heading("rules-level"),
        heading("rules-fix-column"),
        heading("rules-summary"),
    );
    for rule in rules::ALL {
        let _ = writeln!(
            out,
            "{:<7} {:<name_width$} {:<12} {:<level_width$}  {:<fix_width$}  {}",
            rule.code,
            rule.name,
            rule.concern.as_str(),
            shown_level(rule),
            if fix::can_fix(rule) {
                fixable.as_str()
            } else {
                ""
            },
            rule.summary(lang)
        );
    }
    let defaults: Vec<String> = rules::ALL
        .iter()
        .filter(|rule| levels.is_overridden(rule))
        .map(|rule| {
            msg!(
                "rules-default-for",
                level = rule.default_severity.as_str(),
                rule = rule.name
            )
            .render(lang)
        })
        .collect();
    if !defaults.is_empty() {
        let note = msg!("rules-overridden", defaults = defaults.join(", "));
        let _ = writeln!(out, "\n{}", note.render(lang));
    }
    let _ = writeln!(out, "\n{}", lang.text("rules-fix-note"));
    let _ = writeln!(out, "{}", lang.text("rules-run-one"));
    out
}

/// One rule: what it reports, why it matters, an example, and how to fix it, and what it
/// checks under `settings`.
pub fn explanation(rule: &Rule, settings: &Settings, lang: Lang) -> String {
    let mut out = String::new();
    let levels = &settings.rules;
    let level = levels.level(rule);
    let _ = writeln!(out, "{} {}: {}", rule.code, rule.name, rule.summary(lang));
    let _ = writeln!(out);
    let strict = match rule.strict_severity {
        Some(strict) => msg!("rules-strict", level = strict.as_str()),
        None => Message::verbatim(""),
    };
    let levels_line = if levels.is_overridden(rule) {
        msg!(
            "rules-levels-overridden",
            concern = rule.concern.as_str(),
            default = rule.default_severity.as_str(),
            strict = strict,
            level = level.to_string()
        )
    } else {
        msg!(
            "rules-levels",
            concern = rule.concern.as_str(),
            default = rule.default_severity.as_str(),
            strict = strict
        )
    };
    let _ = writeln!(out, "{}", levels_line.render(lang));
    let section = |id| lang.text(id);
    let _ = writeln!(
        out,
        "\n{}\n  {}",
        section("rules-why"),
        wrap(&rule.why(lang))
    );
    let _ = writeln!(
        out,
        "\n{}\n{}",
        section("rules-example"),
        indent(&rule.example(lang))
    );
    let _ = writeln!(
        out,
        "\n{}\n  {}",
        section("rules-fix"),
        wrap(&rule.fix(lang))
    );
    if fix::can_fix(rule) {
        let _ = writeln!(out, "  {}", lang.text("rules-fixable"));
    }
    if let Some(configured) = rule.configured {
        let _ = writeln!(
            out,
            "\n{}\n  {}",
            section("rules-configured"),
            wrap(&configured(settings).render(lang))
        );
    }
    let silence = msg!("rules-silence", code = rule.code, name = rule.name);
    let _ = writeln!(out, "\n{}", silence.render(lang));
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
        let listing = listing(&levels, Lang::En);
        let header = listing.lines().next().unwrap();
        let column = header.find("Summary").unwrap();
        for (line, rule) in listing.lines().skip(1).zip(rules::ALL) {
            assert_eq!(line.find(&rule.summary(Lang::En)), Some(column), "{line}");
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
