//! Configuration: the `.cjm.yaml` file and the command-line flags that override it.
//!
//! As in `typos`, the file and the flags build one [`Config`]: the file is read first, the
//! flags are applied on top, and everything downstream reads only the result.
//!
//! ```yaml
//! max_age: 6 months            # review period: days, weeks, months or years
//! rules:                       # per-rule severity, by code or name: off, info, warning, error
//!   stage-missing-kpis: off
//!   stale-map: warning
//! include: ["maps/**/*.cjm.yaml"]   # which files a directory walk picks up
//! exclude: ["maps/archive/**"]      # never checked, even when named
//! emotion_scale: {min: -3, max: 3}  # if the team scores emotions on another scale
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::freshness::ReviewPeriod;
use crate::map::yaml::{self, Node, Value};
use crate::rules::{self, CheckContext, EmotionScale, Rule, RuleLevel, RuleLevels};
use crate::source::{self, SourceFile};
use crate::span::Span;
use crate::suggest;

/// The file searched for from the current directory upwards.
pub const CONFIG_FILE_NAME: &str = ".cjm.yaml";

/// What a directory walk picks up when `include` is not configured.
pub const DEFAULT_INCLUDE: [&str; 2] = ["**/*.cjm.yaml", "**/*.cjm.yml"];

/// Settings given on the command line, which win over the configuration file.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub review_period: Option<ReviewPeriod>,
    pub levels: Vec<(&'static Rule, RuleLevel)>,
}

/// Parses `RULE=LEVEL` as `--rule` takes it: a rule code or name, and a level.
pub fn parse_rule_level(text: &str) -> Result<(&'static Rule, RuleLevel), String> {
    let (rule, level) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not RULE=LEVEL, e.g. stale-map=warning"))?;
    let found = rules::find(rule.trim())
        .ok_or_else(|| format!("unknown rule `{rule}`; {}", rules::unknown_rule_help(rule)))?;
    let level = RuleLevel::from_name(level.trim()).ok_or_else(|| {
        format!(
            "`{level}` is not a level; {}",
            suggest::help(level.trim(), &RuleLevel::NAMES, "the levels are")
        )
    })?;
    Ok((found, level))
}

/// The resolved configuration of a run.
#[derive(Clone, Debug)]
pub struct Config {
    pub review_period: ReviewPeriod,
    pub emotion_scale: EmotionScale,
    pub rules: RuleLevels,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    /// The directory `include` and `exclude` are relative to: the configuration file's, or
    /// the current directory.
    pub root: PathBuf,
    /// The configuration file, when one was read.
    pub file: Option<PathBuf>,
}

impl Config {
    /// The built-in defaults, with globs relative to `root`.
    pub fn defaults(root: PathBuf) -> Self {
        Self {
            review_period: ReviewPeriod::default(),
            emotion_scale: EmotionScale::default(),
            rules: RuleLevels::default(),
            include: DEFAULT_INCLUDE.map(str::to_owned).to_vec(),
            exclude: Vec::new(),
            root,
            file: None,
        }
    }

    /// Finds and reads the configuration: `explicit` when given, else the nearest
    /// `.cjm.yaml` in `start` or above it, else the defaults.
    pub fn discover(start: &Path, explicit: Option<&Path>) -> Result<Self, ConfigError> {
        let file = match explicit {
            Some(path) => Some(path.to_path_buf()),
            // Named relative to `start` (`.cjm.yaml`, `../.cjm.yaml`) so messages stay short.
            None => start.ancestors().enumerate().find_map(|(depth, dir)| {
                dir.join(CONFIG_FILE_NAME).is_file().then(|| {
                    let mut relative: PathBuf = std::iter::repeat_n("..", depth).collect();
                    relative.push(CONFIG_FILE_NAME);
                    relative
                })
            }),
        };
        match file {
            Some(file) => Self::load(&start.join(&file), &file),
            None => Ok(Self::defaults(start.to_path_buf())),
        }
    }

    /// Reads the configuration file at `path`, shown to users as `shown`; every problem in
    /// it is reported at once.
    pub fn load(path: &Path, shown: &Path) -> Result<Self, ConfigError> {
        let (file, unreadable) = source::read(path);
        let file = SourceFile::new(shown, file.text());
        if let Some(why) = unreadable {
            return Err(ConfigError::new(
                file,
                vec![Problem::new(Span::at(0), why.to_string())],
            ));
        }
        let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut config = Self::defaults(root);
        config.file = Some(shown.to_path_buf());
        let mut problems = Vec::new();
        match yaml::parse(file.text()) {
            Ok(node) => read_file_settings(node, &mut config, &mut problems),
            Err(failure) => {
                problems.push(Problem::new(failure.span, failure.message).help_opt(failure.help));
            }
        }
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(ConfigError::new(file, problems))
        }
    }

    /// Applies command-line flags on top of the file's settings.
    pub fn apply(&mut self, overrides: &Overrides) {
        if let Some(period) = overrides.review_period {
            self.review_period = period;
        }
        for &(rule, level) in &overrides.levels {
            self.rules.set(rule, level);
        }
    }

    /// What the checks need from this configuration, judging freshness on `today`.
    pub fn check_context(&self, today: jiff::civil::Date) -> CheckContext {
        CheckContext {
            today,
            review_period: self.review_period,
            emotion_scale: self.emotion_scale,
            levels: self.rules.clone(),
        }
    }

    /// The include and exclude globs, compiled, for paths relative to `working_dir`.
    pub fn file_filter(&self, working_dir: &Path) -> Result<FileFilter, globset::Error> {
        Ok(FileFilter {
            include: glob_set(&self.include)?,
            exclude: glob_set(&self.exclude)?,
            root: normalize(&working_dir.join(&self.root)),
            working_dir: working_dir.to_path_buf(),
        })
    }

    /// The configuration as `cjm config` prints it: a valid `.cjm.yaml` with every setting,
    /// and comments saying where the non-default ones come from.
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        let origin = match &self.file {
            Some(file) => format!("defaults, overridden by {}", source::display_path(file)),
            None => "defaults (no .cjm.yaml found)".to_owned(),
        };
        // Writing to a String cannot fail.
        let _ = writeln!(out, "# Resolved cjm configuration: {origin}");
        let _ = writeln!(out, "max_age: {}", self.review_period);
        let _ = writeln!(
            out,
            "emotion_scale: {{min: {}, max: {}}}",
            self.emotion_scale.min, self.emotion_scale.max
        );
        for (key, globs) in [("include", &self.include), ("exclude", &self.exclude)] {
            let quoted: Vec<String> = globs.iter().map(|glob| quote(glob)).collect();
            let _ = writeln!(out, "{key}: [{}]", quoted.join(", "));
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

/// `path` without `.` and `..` components, so `./maps/a.cjm.yaml` matches `maps/**`. This
/// is lexical, as globs are: symbolic links are not followed.
fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("{text:?}"))
}

fn glob_set(globs: &[String]) -> Result<GlobSet, globset::Error> {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        builder.add(Glob::new(glob)?);
    }
    builder.build()
}

/// Decides which files a run checks.
#[derive(Clone, Debug)]
pub struct FileFilter {
    include: GlobSet,
    exclude: GlobSet,
    /// The directory globs are relative to, absolute.
    root: PathBuf,
    /// The directory relative paths on the command line are relative to.
    working_dir: PathBuf,
}

impl FileFilter {
    /// `path` relative to the configuration's root, when it lies below it.
    fn relative(&self, path: &Path) -> PathBuf {
        let absolute = normalize(&self.working_dir.join(path));
        match absolute.strip_prefix(&self.root) {
            Ok(relative) => relative.to_path_buf(),
            Err(_) => absolute,
        }
    }

    /// Whether a file found by walking a directory is a map to check.
    pub fn includes(&self, path: &Path) -> bool {
        let is_config = path
            .file_name()
            .is_some_and(|name| name == CONFIG_FILE_NAME);
        let relative = self.relative(path);
        !is_config && self.include.is_match(&relative) && !self.exclude.is_match(&relative)
    }

    /// Whether `path` matches an `include` glob, excluded or not: a map file, which no
    /// output may replace.
    pub fn matches_include(&self, path: &Path) -> bool {
        self.include.is_match(self.relative(path))
    }

    /// Whether a file is excluded, even when named explicitly (so pre-commit hooks, which
    /// name every changed file, respect `exclude` too).
    pub fn excludes(&self, path: &Path) -> bool {
        self.exclude.is_match(self.relative(path))
    }
}

/// One problem in a configuration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl Problem {
    fn new(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            help: None,
        }
    }

    fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    fn help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}

/// A configuration file that cannot be used, with every problem found in it.
#[derive(Debug, thiserror::Error)]
#[error("{} in {}", count(self.problems.len()), self.file.display_path())]
pub struct ConfigError {
    pub file: Box<SourceFile>,
    pub problems: Vec<Problem>,
}

fn count(problems: usize) -> String {
    if problems == 1 {
        "a problem".to_owned()
    } else {
        format!("{problems} problems")
    }
}

impl ConfigError {
    fn new(file: SourceFile, problems: Vec<Problem>) -> Self {
        Self {
            file: Box::new(file),
            problems,
        }
    }
}

impl miette::Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("cjm::config"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(
            "fix the configuration, or run with `--no-config` to ignore it",
        ))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&*self.file)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        Some(Box::new(
            self.problems
                .iter()
                .map(|problem| problem as &dyn miette::Diagnostic),
        ))
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Problem {}

impl miette::Diagnostic for Problem {
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn std::fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = miette::SourceSpan::new(self.span.start.into(), self.span.len());
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(None, span),
        )))
    }
}

/// Applies the settings of a parsed configuration file to `config`.
fn read_file_settings(node: Node, config: &mut Config, problems: &mut Vec<Problem>) {
    let entries = match node.value {
        Value::Map(entries) => entries,
        Value::Null => return,
        other => {
            problems.push(
                Problem::new(
                    node.span,
                    format!(
                        "the configuration must be a mapping of keys, not {}",
                        other.describe()
                    ),
                )
                .help("write settings such as `max_age: 6 months` on lines of their own"),
            );
            return;
        }
    };
    const KEYS: [&str; 5] = ["max_age", "rules", "include", "exclude", "emotion_scale"];
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in entries {
        let Some(name) = key.value.scalar_text() else {
            problems.push(Problem::new(key.span, "keys must be text"));
            continue;
        };
        if seen.contains(&name) {
            problems.push(
                Problem::new(key.span, format!("`{name}` is set twice"))
                    .help("keep one of the two entries"),
            );
            continue;
        }
        seen.push(name.clone());
        match name.as_str() {
            "max_age" => {
                if let Some(text) = text(&value, "max_age", problems) {
                    match text.parse::<ReviewPeriod>() {
                        Ok(period) => config.review_period = period,
                        Err(error) => problems.push(
                            Problem::new(
                                value.span,
                                format!("`max_age: {text}` is not a review period"),
                            )
                            .help(error.to_string()),
                        ),
                    }
                }
            }
            "rules" => read_rule_levels(value, &mut config.rules, problems),
            "include" | "exclude" => {
                if let Some(globs) = glob_list(value, &name, problems) {
                    if name == "include" {
                        config.include = globs;
                    } else {
                        config.exclude = globs;
                    }
                }
            }
            "emotion_scale" => {
                if let Some(scale) = emotion_scale(value, problems) {
                    config.emotion_scale = scale;
                }
            }
            _ => {
                problems.push(
                    Problem::new(key.span, format!("unknown setting `{name}`"))
                        .help(suggest::help(&name, &KEYS, "the settings are")),
                )
            }
        }
    }
}

fn text(node: &Node, key: &str, problems: &mut Vec<Problem>) -> Option<String> {
    match &node.value {
        Value::Str(text) => Some(text.trim().to_owned()),
        other => {
            problems.push(Problem::new(
                node.span,
                format!("`{key}` must be text, not {}", other.describe()),
            ));
            None
        }
    }
}

fn read_rule_levels(node: Node, levels: &mut RuleLevels, problems: &mut Vec<Problem>) {
    let Value::Map(entries) = node.value else {
        problems.push(
            Problem::new(node.span, "`rules` must be a mapping of rule to level")
                .help("write e.g. `rules: {stage-missing-kpis: off, stale-map: warning}`"),
        );
        return;
    };
    for (key, value) in entries {
        let rule_name = key.value.scalar_text().unwrap_or_default();
        let Some(rule) = rules::find(&rule_name) else {
            problems.push(
                Problem::new(key.span, format!("unknown rule `{rule_name}`"))
                    .help(rules::unknown_rule_help(&rule_name)),
            );
            continue;
        };
        let level_name = value.value.scalar_text().unwrap_or_default();
        match RuleLevel::from_name(level_name.trim()) {
            Some(level) => levels.set(rule, level),
            None => problems.push(
                Problem::new(value.span, format!("`{level_name}` is not a rule level")).help(
                    suggest::help(&level_name, &RuleLevel::NAMES, "the levels are"),
                ),
            ),
        }
    }
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
                format!("`{key}` must be a list of globs, not {}", other.describe()),
            ));
            return None;
        }
    };
    let mut globs = Vec::with_capacity(items.len());
    for item in items {
        let Value::Str(glob) = item.value else {
            problems.push(Problem::new(
                item.span,
                format!("a glob in `{key}` must be text"),
            ));
            continue;
        };
        match Glob::new(&glob) {
            Ok(_) => globs.push(glob),
            Err(error) => problems.push(Problem::new(
                item.span,
                format!("`{glob}` is not a valid glob: {}", error.kind()),
            )),
        }
    }
    Some(globs)
}

fn emotion_scale(node: Node, problems: &mut Vec<Problem>) -> Option<EmotionScale> {
    let span = node.span;
    let Value::Map(entries) = node.value else {
        problems.push(
            Problem::new(span, "`emotion_scale` must be a mapping")
                .help("write e.g. `emotion_scale: {min: -3, max: 3}`"),
        );
        return None;
    };
    let (mut min, mut max) = (None, None);
    for (key, value) in entries {
        let name = key.value.scalar_text().unwrap_or_default();
        let slot = match name.as_str() {
            "min" => &mut min,
            "max" => &mut max,
            _ => {
                problems.push(
                    Problem::new(key.span, format!("unknown key `{name}` in `emotion_scale`"))
                        .help(suggest::help(&name, &["min", "max"], "the keys are")),
                );
                continue;
            }
        };
        match value.value {
            Value::Int(number) if (-100..=100).contains(&number) => *slot = Some(number),
            _ => problems.push(Problem::new(
                value.span,
                format!("`{name}` must be a whole number from -100 to 100"),
            )),
        }
    }
    match (min, max) {
        (Some(min), Some(max)) if min < max => Some(EmotionScale { min, max }),
        (Some(_), Some(_)) => {
            problems.push(Problem::new(
                span,
                "`min` of the emotion scale must be below `max`",
            ));
            None
        }
        _ => {
            problems.push(Problem::new(
                span,
                "`emotion_scale` needs both `min` and `max`",
            ));
            None
        }
    }
}
