//! The `.cjm.yaml` file format: from its text to a [`SettingsLayer`], with every problem in
//! it found in one pass.
//!
//! ```yaml
//! max_age: 6 months            # review period: days, weeks, months or years
//! remind_before: 30 days       # when review-due-soon starts to remind
//! rules:                       # per-rule severity, by code or name: off, info, warning, error
//!   stage-missing-kpis: off
//!   stale-map: warning
//! include: ["maps/**/*.cjm.yaml"]   # which files a directory walk picks up
//! exclude: ["maps/archive/**"]      # never checked, even when named
//! emotion_scale: {min: -3, max: 3}  # if the team scores emotions on another scale
//! lang: ru                     # the language of messages and reports: en or ru
//! ```

use globset::Glob;

use super::error::Problem;
use super::settings::SettingsLayer;
use crate::freshness::ReviewPeriod;
use crate::i18n::Lang;
use crate::map::keys::{self, KeyProblem, KeyedValue};
use crate::map::yaml::{self, Node, Value};
use crate::msg;
use crate::rules::{self, EmotionScale, RuleLevel};
use crate::suggest;

/// The keys of the file, as help lists them.
pub const KEYS: [&str; 7] = [
    "max_age",
    "remind_before",
    "rules",
    "include",
    "exclude",
    "emotion_scale",
    "lang",
];

/// Reads the settings in the text of a configuration file, or every problem in it.
pub fn parse(text: &str) -> Result<SettingsLayer, Vec<Problem>> {
    let mut problems = Vec::new();
    let layer = match yaml::parse(text) {
        Ok(node) => read_settings(node, &mut problems),
        Err(failure) => {
            problems.push(Problem::new(failure.span, failure.message).help_opt(failure.help));
            SettingsLayer::default()
        }
    };
    if problems.is_empty() {
        Ok(layer)
    } else {
        Err(problems)
    }
}

fn read_settings(node: Node, problems: &mut Vec<Problem>) -> SettingsLayer {
    let mut layer = SettingsLayer::default();
    let pairs = match node.value {
        Value::Map(pairs) => pairs,
        Value::Null => return layer,
        other => {
            problems.push(
                Problem::new(
                    node.span,
                    msg!("config-not-a-mapping", found = other.describe()),
                )
                .help(msg!("write-settings")),
            );
            return layer;
        }
    };
    for KeyedValue {
        key,
        key_span,
        value,
    } in mapping(pairs, None, problems)
    {
        match key.as_str() {
            "max_age" => {
                layer.review_period = period(&value, "max_age", problems);
            }
            "remind_before" => {
                layer.remind_before = period(&value, "remind_before", problems);
            }
            "rules" => layer.rules = rule_levels(value, problems),
            "include" => layer.include = glob_list(value, "include", problems),
            "exclude" => layer.exclude = glob_list(value, "exclude", problems),
            "emotion_scale" => layer.emotion_scale = emotion_scale(value, problems),
            "lang" => layer.lang = lang(&value, problems),
            _ => {
                problems.push(
                    Problem::new(key_span, msg!("unknown-setting", key = &key))
                        .help(suggest::help(&key, &KEYS, msg!("the-settings-are"))),
                )
            }
        }
    }
    layer
}

/// The keys of one mapping of the file, reporting keys that are not text and repeats.
/// `within` names the setting the mapping belongs to, for messages.
fn mapping(
    pairs: Vec<(Node, Node)>,
    within: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Vec<KeyedValue> {
    let (entries, key_problems) = keys::read_keys(pairs);
    let within = within.unwrap_or("");
    for problem in key_problems {
        problems.push(match problem {
            KeyProblem::NotText { span, found } => Problem::new(
                span,
                msg!("config-key-not-text", within = within, found = found),
            ),
            KeyProblem::Duplicate { key, span, .. } => {
                Problem::new(span, msg!("set-twice", key = key, within = within))
                    .help(msg!("keep-one-entry"))
            }
        });
    }
    entries
}

fn period(node: &Node, key: &str, problems: &mut Vec<Problem>) -> Option<ReviewPeriod> {
    let Value::Str(text) = &node.value else {
        problems.push(Problem::new(
            node.span,
            msg!("must-be-text", key = key, found = node.value.describe()),
        ));
        return None;
    };
    let text = text.trim();
    match text.parse::<ReviewPeriod>() {
        Ok(period) => Some(period),
        Err(error) => {
            problems.push(
                Problem::new(node.span, msg!("not-a-period", key = key, text = text))
                    .help(error.message()),
            );
            None
        }
    }
}

fn lang(node: &Node, problems: &mut Vec<Problem>) -> Option<Lang> {
    let written = node.value.scalar_text().unwrap_or_default();
    let found = Lang::from_code(written.trim());
    if found.is_none() {
        let codes = Lang::ALL.map(Lang::code);
        problems.push(
            Problem::new(node.span, msg!("not-a-language", lang = &written)).help(suggest::help(
                &written,
                &codes,
                msg!("the-languages-are"),
            )),
        );
    }
    found
}

fn rule_levels(node: Node, problems: &mut Vec<Problem>) -> Vec<(&'static rules::Rule, RuleLevel)> {
    let Value::Map(pairs) = node.value else {
        problems
            .push(Problem::new(node.span, msg!("rules-not-a-mapping")).help(msg!("write-rules")));
        return Vec::new();
    };
    let mut levels = Vec::new();
    for KeyedValue {
        key,
        key_span,
        value,
    } in mapping(pairs, Some("rules"), problems)
    {
        let Some(rule) = rules::find(&key) else {
            problems.push(
                Problem::new(key_span, msg!("unknown-rule-named", rule = &key))
                    .help(rules::unknown_rule_help(&key)),
            );
            continue;
        };
        let level_name = value.value.scalar_text().unwrap_or_default();
        match RuleLevel::from_name(level_name.trim()) {
            Some(level) => levels.push((rule, level)),
            None => problems.push(
                Problem::new(value.span, msg!("not-a-level", level = &level_name)).help(
                    suggest::help(&level_name, &RuleLevel::NAMES, msg!("the-levels-are")),
                ),
            ),
        }
    }
    levels
}

fn glob_list(node: Node, key: &str, problems: &mut Vec<Problem>) -> Option<Vec<String>> {
    let items = match node.value {
        Value::Seq(items) => items,
        Value::Str(glob) => vec![Node {
            span: node.span,
            value: Value::Str(glob),
        }],
        other => {
            problems.push(Problem::new(
                node.span,
                msg!("must-be-globs", key = key, found = other.describe()),
            ));
            return None;
        }
    };
    let mut globs = Vec::with_capacity(items.len());
    for item in items {
        let Value::Str(glob) = item.value else {
            problems.push(Problem::new(
                item.span,
                msg!("glob-must-be-text", key = key),
            ));
            continue;
        };
        match Glob::new(&glob) {
            Ok(_) => globs.push(glob),
            Err(error) => problems.push(Problem::new(
                item.span,
                msg!(
                    "invalid-glob",
                    glob = &glob,
                    detail = error.kind().to_string()
                ),
            )),
        }
    }
    Some(globs)
}

fn emotion_scale(node: Node, problems: &mut Vec<Problem>) -> Option<EmotionScale> {
    let span = node.span;
    let Value::Map(pairs) = node.value else {
        problems.push(Problem::new(span, msg!("scale-not-a-mapping")).help(msg!("write-scale")));
        return None;
    };
    let (mut min, mut max) = (None, None);
    for KeyedValue {
        key,
        key_span,
        value,
    } in mapping(pairs, Some("emotion_scale"), problems)
    {
        let slot = match key.as_str() {
            "min" => &mut min,
            "max" => &mut max,
            _ => {
                problems.push(
                    Problem::new(key_span, msg!("unknown-scale-key", key = &key))
                        .help(suggest::help(&key, &["min", "max"], msg!("the-keys-are"))),
                );
                continue;
            }
        };
        match value.value {
            Value::Int(number) if (-100..=100).contains(&number) => *slot = Some(number),
            _ => problems.push(Problem::new(value.span, msg!("scale-bound", key = key))),
        }
    }
    match (min, max) {
        (Some(min), Some(max)) if min < max => Some(EmotionScale { min, max }),
        (Some(_), Some(_)) => {
            problems.push(Problem::new(span, msg!("scale-min-below-max")));
            None
        }
        _ => {
            problems.push(Problem::new(span, msg!("scale-needs-both")));
            None
        }
    }
}
