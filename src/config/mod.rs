//! Configuration: the settings of a run, filled in layers.
//!
//! As in `typos`, the `.cjm.yaml` file and the command-line flags build the same
//! [`SettingsLayer`]: the defaults come first, the file's layer goes on top of them and the
//! flags' layer on top of that. Everything downstream reads only the resulting
//! [`Settings`]. One module a job: [`settings`] the settings and their layering, [`file`]
//! the file format, [`error`] what is wrong with a file.

pub mod error;
pub mod file;
pub mod settings;

use std::path::{Path, PathBuf};

pub use error::{ConfigError, Problem};
pub use settings::{DEFAULT_INCLUDE, Settings, SettingsLayer};

use crate::rules::{self, CheckContext, Rule, RuleLevel};
use crate::source::{self, SourceFile};
use crate::span::Span;
use crate::suggest;
use crate::walk::FileFilter;

/// The file searched for from the current directory upwards.
pub const CONFIG_FILE_NAME: &str = ".cjm.yaml";

/// Parses `RULE=LEVEL` as `--rule` takes it: a rule code or name, and a level.
pub fn parse_rule_level(text: &str) -> Result<(&'static Rule, RuleLevel), String> {
    // Clap shows these before any language is chosen: they stay English, as clap's own
    // words around them are.
    let (rule, level) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not RULE=LEVEL, e.g. stale-map=warning"))?;
    let found = rules::find(rule.trim()).ok_or_else(|| {
        format!(
            "unknown rule `{rule}`; {}",
            rules::unknown_rule_help(rule).english()
        )
    })?;
    let level = RuleLevel::from_name(level.trim()).ok_or_else(|| {
        format!(
            "`{level}` is not a level; {}",
            suggest::help(
                level.trim(),
                &RuleLevel::NAMES,
                crate::msg!("the-levels-are")
            )
            .english()
        )
    })?;
    Ok((found, level))
}

/// The resolved configuration of a run: the settings, and where they were read.
#[derive(Clone, Debug)]
pub struct Config {
    pub settings: Settings,
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
            settings: Settings::default(),
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
                vec![Problem::new(Span::at(0), why.message())],
            ));
        }
        let layer =
            file::parse(file.text()).map_err(|problems| ConfigError::new(file, problems))?;
        let mut config = Self::defaults(path.parent().map(Path::to_path_buf).unwrap_or_default());
        config.settings.apply(layer);
        config.file = Some(shown.to_path_buf());
        Ok(config)
    }

    /// What the checks need from this configuration, judging freshness on `today`.
    pub fn check_context(&self, today: jiff::civil::Date) -> CheckContext {
        CheckContext {
            today,
            settings: self.settings.clone(),
        }
    }

    /// The include and exclude globs, compiled, for paths relative to `working_dir`.
    pub fn file_filter(&self, working_dir: &Path) -> Result<FileFilter, globset::Error> {
        FileFilter::new(&self.settings, &self.root, working_dir)
    }

    /// The configuration as `cjm config` prints it: a valid `.cjm.yaml` with every setting,
    /// and comments saying where the non-default ones come from.
    pub fn to_yaml(&self) -> String {
        let origin = match &self.file {
            Some(file) => format!("defaults, overridden by {}", source::display_path(file)),
            None => "defaults (no .cjm.yaml found)".to_owned(),
        };
        self.settings
            .to_yaml(&format!("Resolved cjm configuration: {origin}"))
    }
}
