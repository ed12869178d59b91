//! The settings of a run, and the layers that fill them in.
//!
//! There is one [`Settings`] value per run. The built-in defaults are its first layer; the
//! `.cjm.yaml` file and the command line each build a [`SettingsLayer`] (the same type, so a
//! flag is just a setting given in the top layer), applied in that order. Everything
//! downstream reads only the result.
//!
//! A new setting touches this file (a field in both structs, its default, one line in
//! [`Settings::apply`] and one in [`Settings::to_yaml`]), its key in `file.rs` and its flag.

use std::fmt::Write as _;

use crate::freshness::ReviewPeriod;
use crate::i18n::Lang;
use crate::rules::{self, EmotionScale, Rule, RuleLevel, RuleLevels};

/// What a directory walk picks up when `include` is not configured.
pub const DEFAULT_INCLUDE: [&str; 2] = ["**/*.cjm.yaml", "**/*.cjm.yml"];

/// Every setting of a run, resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// `max_age`: how long a review stays valid.
    pub review_period: ReviewPeriod,
    /// `remind_before`: how long before the due date `review-due-soon` starts to remind.
    pub remind_before: ReviewPeriod,
    pub emotion_scale: EmotionScale,
    /// The level of each rule.
    pub rules: RuleLevels,
    /// The globs a directory walk picks up, relative to the configuration's root.
    pub include: Vec<String>,
    /// The globs never checked, even when named.
    pub exclude: Vec<String>,
    /// `lang`: the language `cjm` speaks; `None` follows the locale (see
    /// [`crate::i18n::from_locale_env`]).
    pub lang: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            review_period: ReviewPeriod::default(),
            remind_before: ReviewPeriod::REMIND_BEFORE,
            emotion_scale: EmotionScale::default(),
            rules: RuleLevels::default(),
            include: DEFAULT_INCLUDE.map(str::to_owned).to_vec(),
            exclude: Vec::new(),
            lang: None,
        }
    }
}

/// The settings one source gives (the file, or the command line); `None` and an empty
/// `rules` leave the layer below in force.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SettingsLayer {
    pub review_period: Option<ReviewPeriod>,
    pub remind_before: Option<ReviewPeriod>,
    pub emotion_scale: Option<EmotionScale>,
    /// Applied in order: a later level for the same rule wins.
    pub rules: Vec<(&'static Rule, RuleLevel)>,
    pub include: Option<Vec<String>>,
    pub exclude: Option<Vec<String>>,
    pub lang: Option<Lang>,
    /// `--strict`: a flag only, with no key in the file.
    pub strict: Option<bool>,
}

impl Settings {
    /// The language in force: `lang` as resolved, English when nothing set it.
    pub fn language(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// Puts `layer` on top of these settings.
    pub fn apply(&mut self, layer: SettingsLayer) {
        let SettingsLayer {
            review_period,
            remind_before,
            emotion_scale,
            rules,
            include,
            exclude,
            lang,
            strict,
        } = layer;
        set(&mut self.review_period, review_period);
        set(&mut self.remind_before, remind_before);
        set(&mut self.emotion_scale, emotion_scale);
        set(&mut self.include, include);
        set(&mut self.exclude, exclude);
        if lang.is_some() {
            self.lang = lang;
        }
        if let Some(strict) = strict {
            self.rules.set_strict(strict);
        }
        for (rule, level) in rules {
            self.rules.set(rule, level);
        }
    }

    /// The settings as a `.cjm.yaml` that sets every one of them, below `header`.
    pub fn to_yaml(&self, header: &str) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = writeln!(out, "# {header}");
        let _ = writeln!(out, "max_age: {}", self.review_period);
        let _ = writeln!(out, "remind_before: {}", self.remind_before);
        let _ = writeln!(
            out,
            "emotion_scale: {{min: {}, max: {}}}",
            self.emotion_scale.min, self.emotion_scale.max
        );
        for (key, globs) in [("include", &self.include), ("exclude", &self.exclude)] {
            let quoted: Vec<String> = globs.iter().map(|glob| quote(glob)).collect();
            let _ = writeln!(out, "{key}: [{}]", quoted.join(", "));
        }
        match self.lang {
            Some(lang) => {
                let _ = writeln!(out, "lang: {lang}");
            }
            None => {
                let _ = writeln!(out, "# lang: not set, the locale's language is used");
            }
        }
        let _ = writeln!(out, "rules:");
        for rule in rules::ALL {
            let level = self.rules.level(rule);
            let setting = format!("{}: {level}", rule.name);
            let note = if self.rules.is_overridden(rule) {
                format!("{}, default {}", rule.code, rule.default_severity)
            } else {
                rule.code.to_owned()
            };
            let _ = writeln!(out, "  {setting:<40} # {note}");
        }
        out
    }
}

fn set<T>(setting: &mut T, layer: Option<T>) {
    if let Some(value) = layer {
        *setting = value;
    }
}

fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("{text:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::freshness::STALE_MAP;

    #[test]
    fn a_layer_changes_only_what_it_sets_and_the_top_layer_wins() {
        let mut settings = Settings::default();
        settings.apply(SettingsLayer {
            review_period: Some("1 year".parse().unwrap()),
            rules: vec![(&STALE_MAP, RuleLevel::Off)],
            exclude: Some(vec!["old/**".to_owned()]),
            ..SettingsLayer::default()
        });
        settings.apply(SettingsLayer {
            review_period: Some("3 months".parse().unwrap()),
            rules: vec![(&STALE_MAP, RuleLevel::On(crate::Severity::Info))],
            ..SettingsLayer::default()
        });
        assert_eq!(settings.review_period.to_string(), "3 months");
        assert_eq!(
            settings.rules.level(&STALE_MAP),
            RuleLevel::On(crate::Severity::Info)
        );
        assert_eq!(settings.exclude, ["old/**"]);
        assert_eq!(settings.include, DEFAULT_INCLUDE);
        assert_eq!(settings.remind_before, ReviewPeriod::REMIND_BEFORE);
    }
}
