//! The rule catalogue.
//!
//! A rule is a [`Rule`] value: a stable code, a kebab-case name, a default severity, its
//! documentation and, for rules that look at a decoded map, a check function. Rules are
//! grouped by concern, one module each. Structure rules are reported while the file is read
//! and decoded; the others inspect the decoded [`JourneyMap`]. Adding a rule means adding one
//! `static` to its concern's module and listing it in [`ALL`].

pub mod completeness;
pub mod evidence;
pub mod freshness;
pub mod journey;
pub mod reach;
pub mod references;
pub mod structure;
pub mod suppressions;

use std::fmt;

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::config::Settings;
use crate::finding::{Finding, Findings, Severity};
use crate::i18n::{self, Lang, Message};
use crate::map::JourneyMap;

/// What part of map quality a rule is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Concern {
    /// The file is a well-formed version 1 map: valid YAML, known keys, right types.
    Structure,
    /// Ids are unique and every reference names something declared.
    References,
    /// The map has the elements a useful journey map needs.
    Completeness,
    /// The map has been reviewed recently enough to be trusted.
    Freshness,
    /// `cjm-ignore` comments are valid and still needed.
    Suppressions,
}

impl Concern {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Structure => "structure",
            Self::References => "references",
            Self::Completeness => "completeness",
            Self::Freshness => "freshness",
            Self::Suppressions => "suppressions",
        }
    }
}

impl fmt::Display for Concern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub type Check = fn(&JourneyMap, &CheckContext, &mut Findings);

/// A rule. Its prose (summary, why it matters, how to fix it) lives in the catalogue as
/// `rule-<name>-summary`, `-why` and `-fix`, read through [`Rule::summary`] and the like.
#[derive(Serialize)]
pub struct Rule {
    /// Stable identifier, `CJM` and three digits; the hundreds give the concern.
    pub code: &'static str,
    /// Stable kebab-case name, accepted wherever a code is.
    pub name: &'static str,
    pub concern: Concern,
    #[serde(rename = "severity")]
    pub default_severity: Severity,
    /// A YAML excerpt that triggers the rule: the same in every language, as keys are.
    #[serde(skip)]
    pub example: &'static str,
    #[serde(skip)]
    pub check: Option<Check>,
    /// For rules whose meaning depends on a setting: what the rule checks under the given
    /// settings, for `cjm rules`.
    #[serde(skip)]
    pub configured: Option<fn(&Settings) -> Message>,
    /// The default severity under `--strict`, for a rule CI should insist on only when it
    /// insists on everything; `None` keeps `default_severity`.
    pub strict_severity: Option<Severity>,
}

impl Rule {
    /// The severity the rule reports at unless the configuration sets its level.
    pub fn default_level(&self, strict: bool) -> Severity {
        match self.strict_severity {
            Some(severity) if strict => severity,
            _ => self.default_severity,
        }
    }

    /// One line: what the rule reports.
    pub fn summary(&self, lang: Lang) -> String {
        self.doc("summary", lang)
    }

    /// Why it matters to the people who use the map.
    pub fn why(&self, lang: Lang) -> String {
        self.doc("why", lang)
    }

    /// How to fix a finding.
    pub fn fix(&self, lang: Lang) -> String {
        self.doc("fix", lang)
    }

    /// The example: the YAML excerpt, unless the catalogue describes it in words (for a
    /// rule whose example is no YAML, such as a binary file).
    pub fn example(&self, lang: Lang) -> String {
        i18n::lookup(&format!("rule-{}-example", self.name), lang)
            .unwrap_or_else(|| self.example.to_owned())
    }

    fn doc(&self, part: &str, lang: Lang) -> String {
        let id = format!("rule-{}-{part}", self.name);
        i18n::lookup(&id, lang).unwrap_or(id)
    }
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code, self.name)
    }
}

/// Rules are statics: two findings of one rule share the same `&'static Rule`.
impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

/// The level a rule reports at, or `Off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleLevel {
    Off,
    On(Severity),
}

impl RuleLevel {
    pub const NAMES: [&'static str; 4] = ["off", "info", "warning", "error"];

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "off" => Some(Self::Off),
            "info" => Some(Self::On(Severity::Info)),
            "warning" => Some(Self::On(Severity::Warning)),
            "error" => Some(Self::On(Severity::Error)),
            _ => None,
        }
    }
}

impl fmt::Display for RuleLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Off => f.write_str("off"),
            Self::On(severity) => write!(f, "{severity}"),
        }
    }
}

/// Per-rule levels that differ from the rules' defaults, and whether the defaults are the
/// `--strict` ones: the one place a finding's level is decided.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleLevels {
    by_code: BTreeMap<&'static str, RuleLevel>,
    strict: bool,
}

impl RuleLevels {
    /// Under `--strict`, rules with a [`Rule::strict_severity`] default to it.
    pub fn set_strict(&mut self, strict: bool) {
        self.strict = strict;
    }

    pub fn set(&mut self, rule: &'static Rule, level: RuleLevel) {
        self.by_code.insert(rule.code, level);
    }

    pub fn level(&self, rule: &Rule) -> RuleLevel {
        self.by_code
            .get(rule.code)
            .copied()
            .unwrap_or(RuleLevel::On(rule.default_level(self.strict)))
    }

    /// Whether the configuration gives the rule a level other than its default.
    pub fn is_overridden(&self, rule: &Rule) -> bool {
        self.level(rule) != RuleLevel::On(rule.default_level(self.strict))
    }
}

/// Everything a check needs besides the map itself.
#[derive(Clone, Debug)]
pub struct CheckContext {
    /// The day freshness is judged on (`--today`, `CJM_TODAY`, or the system date).
    pub today: Date,
    /// The run's settings: defaults, `.cjm.yaml` and flags, resolved.
    pub settings: Settings,
}

impl CheckContext {
    /// The default settings, judging freshness on `today`.
    pub fn new(today: Date) -> Self {
        Self {
            today,
            settings: Settings::default(),
        }
    }
}

/// Gives each finding its rule's configured severity, dropping the findings of rules
/// turned off.
pub fn apply_levels(findings: Vec<Finding>, levels: &RuleLevels) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut finding| match levels.level(finding.rule) {
            RuleLevel::Off => None,
            RuleLevel::On(severity) => {
                finding.severity = severity;
                Some(finding)
            }
        })
        .collect()
}

/// The range of emotion scores, from most negative to most positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct EmotionScale {
    pub min: i64,
    pub max: i64,
}

impl Default for EmotionScale {
    fn default() -> Self {
        Self { min: -2, max: 2 }
    }
}

impl EmotionScale {
    pub const fn contains(self, score: i64) -> bool {
        self.min <= score && score <= self.max
    }

    /// The neutral score: halfway between the ends, 0 on the default scale.
    pub fn midpoint(self) -> f64 {
        #[allow(clippy::cast_precision_loss)] // the ends lie within -100..=100
        let sum = (self.min + self.max) as f64;
        sum / 2.0
    }

    /// A score as the scale's messages write it: signed only on a scale that spans zero,
    /// where `+2` reads as "positive" and `2` on a 1-to-10 scale would not.
    pub fn score(self, score: f64) -> String {
        if self.min < 0 && self.max > 0 && score > 0.0 {
            format!("+{score}")
        } else {
            score.to_string()
        }
    }

    /// "a whole number from -2 (very negative) through 0 (neutral) to +2 (very positive)".
    pub fn whole_number_phrase(self) -> Message {
        #[allow(clippy::cast_precision_loss)] // the ends lie within -100..=100
        let (min, max) = (self.min as f64, self.max as f64);
        crate::msg!(
            "scale-whole-number",
            min = self.score(min),
            mid = self.score(self.midpoint()),
            max = self.score(max)
        )
    }

    /// "-2 to +2".
    pub fn range(self) -> Message {
        #[allow(clippy::cast_precision_loss)] // the ends lie within -100..=100
        let (min, max) = (self.min as f64, self.max as f64);
        crate::msg!("scale-range", min = self.score(min), max = self.score(max))
    }
}

impl fmt::Display for EmotionScale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[allow(clippy::cast_precision_loss)] // the ends lie within -100..=100
        let (min, max) = (self.min as f64, self.max as f64);
        write!(f, "{} to {}", self.score(min), self.score(max))
    }
}

/// Every rule, in code order.
pub static ALL: &[&Rule] = &[
    &structure::UNREADABLE_FILE,
    &structure::YAML_SYNTAX,
    &structure::DUPLICATE_KEY,
    &structure::YAML_TOO_COMPLEX,
    &structure::MULTIPLE_DOCUMENTS,
    &structure::EMPTY_FILE,
    &structure::WRONG_TYPE,
    &structure::MISSING_KEY,
    &structure::UNKNOWN_KEY,
    &structure::UNSUPPORTED_VERSION,
    &structure::EMOTION_OUT_OF_RANGE,
    &structure::INVALID_FUNNEL,
    &structure::INVALID_VALUE,
    &references::DUPLICATE_ID,
    &references::UNKNOWN_CHANNEL,
    &references::UNKNOWN_SEGMENT,
    &references::UNUSED_CHANNEL,
    &journey::UNKNOWN_RETURN_STAGE,
    &journey::LOOP_NOT_BACKWARD,
    &evidence::UNKNOWN_SOURCE,
    &completeness::SEGMENT_MISSING_5W,
    &completeness::TOO_FEW_STAGES,
    &completeness::STAGE_MISSING_GOALS,
    &completeness::STAGE_MISSING_TOUCHPOINTS,
    &completeness::STAGE_MISSING_EMOTION,
    &completeness::STAGE_MISSING_PAINS,
    &completeness::STAGE_MISSING_OPPORTUNITIES,
    &completeness::STAGE_MISSING_KPIS,
    &completeness::KPI_MISSING_TARGET,
    &completeness::TOUCHPOINT_MISSING_CHANNEL,
    &journey::NO_REPEAT_TRIGGER,
    &journey::FUNNEL_LOSS_BETWEEN_STAGES,
    &reach::SEGMENT_NOT_REACHED,
    &evidence::UNSUPPORTED_CLAIM,
    &freshness::INVALID_REVIEW_DATE,
    &freshness::REVIEW_DATE_IN_FUTURE,
    &freshness::STALE_MAP,
    &freshness::REVIEW_DUE_SOON,
    &evidence::STALE_SOURCE,
    &suppressions::UNUSED_SUPPRESSION,
    &suppressions::INVALID_SUPPRESSION,
];

/// Finds a rule by code (`CJM304`, any case) or name (`stage-missing-touchpoints`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    ALL.iter()
        .copied()
        .find(|rule| rule.code.eq_ignore_ascii_case(code_or_name) || rule.name == code_or_name)
}

/// The rule table of the README: code, name, concern, default severity, whether
/// `--fix` can fix it, summary.
pub fn catalogue_markdown() -> String {
    let mut table = String::from(
        "| Code | Name | Concern | Default | Fix | What it reports |\n|---|---|---|---|---|---|\n",
    );
    for rule in ALL {
        table.push_str(&format!(
            "| `{}` | `{}` | {} | {} | {} | {} |\n",
            rule.code,
            rule.name,
            rule.concern,
            rule.default_severity,
            if crate::fix::can_fix(rule) { "yes" } else { "" },
            rule.summary(Lang::En).replace('|', "\\|")
        ));
    }
    table
}

/// The help for a name that is no rule's code or name: the closest name, if any is close.
/// Codes are never suggested: `CJM999` is two edits from `CJM109`, and from a dozen other
/// codes, without being a typo of any of them.
/// One answer for the configuration file, `--rule`, suppression comments and `cjm rules`.
pub fn unknown_rule_help(name: &str) -> Message {
    let known = ALL.iter().map(|rule| rule.name);
    match crate::suggest::closest(name.trim(), known) {
        Some(closest) => crate::msg!("did-you-mean", name = closest),
        None => crate::msg!("run-cjm-rules"),
    }
}

/// Runs every map-level check on a decoded map.
pub fn check_map(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    for check in ALL.iter().filter_map(|rule| rule.check) {
        check(map, context, findings);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_ordered_and_well_formed() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for rule in ALL {
            assert!(codes.insert(rule.code), "duplicate code {}", rule.code);
            assert!(names.insert(rule.name), "duplicate name {}", rule.name);
            assert!(
                rule.code.len() == 6 && rule.code.starts_with("CJM"),
                "{}",
                rule.code
            );
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                rule.name
            );
            let hundreds = match rule.concern {
                Concern::Structure => '1',
                Concern::References => '2',
                Concern::Completeness => '3',
                Concern::Freshness => '4',
                Concern::Suppressions => '5',
            };
            assert_eq!(rule.code.chars().nth(3), Some(hundreds), "{}", rule.code);
            for lang in Lang::ALL {
                for text in [
                    rule.summary(lang),
                    rule.why(lang),
                    rule.example(lang),
                    rule.fix(lang),
                ] {
                    assert!(
                        !text.trim().is_empty() && !text.starts_with("rule-"),
                        "{} lacks {lang} documentation",
                        rule.code
                    );
                }
            }
        }
        assert!(ALL.windows(2).all(|pair| pair[0].code < pair[1].code));
    }

    #[test]
    fn strict_changes_only_the_default_of_rules_that_have_a_strict_level() {
        let claim = &evidence::UNSUPPORTED_CLAIM;
        let mut levels = RuleLevels::default();
        assert_eq!(levels.level(claim), RuleLevel::On(Severity::Info));
        levels.set_strict(true);
        assert_eq!(levels.level(claim), RuleLevel::On(Severity::Warning));
        assert_eq!(
            levels.level(&freshness::REVIEW_DUE_SOON),
            RuleLevel::On(Severity::Info)
        );
        assert!(!levels.is_overridden(claim));
        levels.set(claim, RuleLevel::On(Severity::Info));
        assert_eq!(levels.level(claim), RuleLevel::On(Severity::Info));
        assert!(levels.is_overridden(claim));
    }

    #[test]
    fn rules_are_found_by_code_or_name() {
        assert_eq!(
            find("cjm304"),
            Some(&completeness::STAGE_MISSING_TOUCHPOINTS)
        );
        assert_eq!(find("stale-map"), Some(&freshness::STALE_MAP));
        assert_eq!(find("CJM999"), None);
    }

    #[test]
    fn emotion_scales_name_their_midpoint_and_sign_only_across_zero() {
        let default = EmotionScale::default();
        assert_eq!(default.to_string(), "-2 to +2");
        assert_eq!(default.range().render(Lang::Ru), "от -2 до +2");
        assert_eq!(
            default.whole_number_phrase().english(),
            "a whole number from -2 (very negative) through 0 (neutral) to +2 (very positive)"
        );
        let ten = EmotionScale { min: 1, max: 10 };
        assert_eq!(ten.to_string(), "1 to 10");
        assert_eq!(
            ten.whole_number_phrase().english(),
            "a whole number from 1 (very negative) through 5.5 (neutral) to 10 (very positive)"
        );
    }

    #[test]
    fn no_rule_promises_a_command_that_does_not_exist() {
        use clap::CommandFactory;
        let cli = crate::cli::Cli::command();
        let mut named = 0;
        for rule in ALL {
            for text in Lang::ALL.into_iter().flat_map(|lang| {
                [
                    rule.summary(lang),
                    rule.why(lang),
                    rule.example(lang),
                    rule.fix(lang),
                ]
            }) {
                for (_, rest) in text
                    .match_indices("`cjm ")
                    .map(|(at, _)| text.split_at(at + 5))
                {
                    let command: String =
                        rest.chars().take_while(char::is_ascii_lowercase).collect();
                    named += 1;
                    assert!(
                        cli.find_subcommand(&command).is_some(),
                        "{} sends users to `cjm {command}`: {text}",
                        rule.code
                    );
                }
            }
        }
        assert!(named > 0, "the rule docs name no command at all");
    }
}
