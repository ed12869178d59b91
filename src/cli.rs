//! The command line's definitions: every subcommand, flag and help text, in the library so
//! that man pages and shell completions are generated from the same definitions the binary
//! parses. What each command does is in `main.rs` and the modules it calls.

use std::io;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use jiff::civil::Date;

use crate::config::parse_rule_level;
use crate::freshness::{ReviewPeriod, parse_date};
use crate::output::{ColorChoice, OutputFormat};
use crate::report::{self, Lang};
use crate::rules::{Rule, RuleLevel};

/// Customer Journey Maps as code: validate journey maps kept in git, and report on them.
#[derive(Parser)]
#[command(name = "cjm", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check journey maps and report every problem with its file, line and column.
    ///
    /// Exit status: 0 when no finding is an error, 1 when at least one is (or a warning
    /// under --strict), 2 when the command could not run as asked.
    #[command(after_help = VALIDATE_EXAMPLES)]
    Validate(ValidateArgs),
    /// Write a report for stakeholders: one map's, or a portfolio of all maps found.
    ///
    /// One map file gives a map report; several paths or a directory give a portfolio: an
    /// index of the maps, then each map's report. Exit status as for `validate`.
    #[command(after_help = REPORT_EXAMPLES)]
    Report(ReportArgs),
    /// Start a new map: write a skeleton with every key, ready to fill in.
    ///
    /// In a terminal and without --template, asks for the title, owner, template, language
    /// and segments; otherwise takes the flags and the defaults, and never waits for input.
    /// Never replaces an existing file without --force.
    #[command(after_help = INIT_EXAMPLES)]
    Init(InitArgs),
    /// Mark maps reviewed: set `reviewed` (and `reviewed_by`), changing nothing else.
    ///
    /// Only the bytes of those values change: comments, key order, quoting, indentation and
    /// line endings stay as they were. A file that does not parse is left untouched.
    #[command(after_help = REVIEW_EXAMPLES)]
    Review(ReviewArgs),
    /// Print the configuration in effect: .cjm.yaml (the nearest one above the current
    /// directory) with command-line overrides applied.
    #[command(after_help = CONFIG_EXAMPLES)]
    Config(ConfigArgs),
    /// List every rule, or explain one: what it checks, why, an example, how to fix it.
    #[command(after_help = RULES_EXAMPLES)]
    Rules(RulesArgs),
    /// Print the JSON Schema of the map format (for editors), or of the JSON report.
    #[command(after_help = SCHEMA_EXAMPLES)]
    Schema(SchemaArgs),
    /// Print a shell completion script.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),
    /// Show what changed in the journeys between two versions of maps, matched by id.
    ///
    /// `cjm diff OLD NEW` compares two map files, or two directories (maps paired by their
    /// path below each). `cjm diff --git REV [PATHS]` compares the maps at a git revision
    /// with the working tree, `--git OLD..NEW` two revisions (`OLD...NEW`: NEW against its
    /// merge base with OLD). Exit status: 0 when no finding of the new side is an error, 1
    /// when one is (or any change under --exit-code), 2 when the command could not run as
    /// asked.
    #[command(after_help = DIFF_EXAMPLES)]
    Diff(DiffArgs),
}

const VALIDATE_EXAMPLES: &str = "\
Examples:
  cjm validate                         check every *.cjm.yaml below the current directory
  cjm validate maps/ --strict          fail on warnings too
  cjm validate --diff                  show what --fix would change, and change nothing
  cjm validate --fix                   fix what can be fixed safely, then report the rest
  cjm validate --format sarif > cjm.sarif";

const REPORT_EXAMPLES: &str = "\
Examples:
  cjm report maps/shop.cjm.yaml --lang ru > shop.md
  cjm report maps/ --format json -o portfolio.json";

const INIT_EXAMPLES: &str = "\
Examples:
  cjm init                             ask a few questions (in a terminal), write journey.cjm.yaml
  cjm init maps/shop.cjm.yaml --template seed5 --lang ru --title \"Покупка шкафа\"
  cjm init --list                      describe the templates";

const REVIEW_EXAMPLES: &str = "\
Examples:
  cjm review maps/shop.cjm.yaml                  reviewed today
  cjm review maps/*.cjm.yaml --date 2026-11-25 --by \"Анна Петрова\"";

const CONFIG_EXAMPLES: &str = "\
Examples:
  cjm config
  cjm config --max-age \"3 months\" --rule stale-map=warning";

const RULES_EXAMPLES: &str = "\
Examples:
  cjm rules
  cjm rules stale-map";

const SCHEMA_EXAMPLES: &str = "\
Examples:
  cjm schema > cjm-map.schema.json     for editors: see \"Editor set-up\" in the README
  cjm schema --report                  the schema of `cjm report --format json`
  cjm schema --diff                    the schema of `cjm diff --format json`";

const DIFF_EXAMPLES: &str = "\
Examples:
  cjm diff old/shop.cjm.yaml maps/shop.cjm.yaml
  cjm diff --git origin/main --format markdown     what this branch changed in the maps
  cjm diff --git v1.0..v2.0 maps/";

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  cjm completions bash > ~/.local/share/bash-completion/completions/cjm
  cjm completions zsh > \"${fpath[1]}/_cjm\"
  cjm completions fish > ~/.config/fish/completions/cjm.fish";

/// Where the configuration comes from, and the flags that override it.
#[derive(Args)]
pub struct ConfigArgs {
    /// Read the configuration from FILE instead of the nearest .cjm.yaml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore any .cjm.yaml and use the defaults.
    #[arg(long)]
    pub no_config: bool,

    /// How long a review stays valid, e.g. "6 months", "90 days" [overrides `max_age`].
    #[arg(long, value_name = "PERIOD")]
    pub max_age: Option<ReviewPeriod>,

    /// How long before a review falls due `review-due-soon` gives notice, e.g. "2 weeks"
    /// [overrides `remind_before`].
    #[arg(long, value_name = "PERIOD")]
    pub remind_before: Option<ReviewPeriod>,

    /// Set a rule's level, e.g. `--rule stale-map=warning` (repeatable) [overrides `rules`].
    #[arg(long = "rule", value_name = "RULE=LEVEL", value_parser = parse_rule_level)]
    pub rules: Vec<(&'static Rule, RuleLevel)>,

    /// The language of messages, rule docs, reports and diffs [overrides `lang`; default:
    /// the locale (LC_ALL, LC_MESSAGES, LANG), else en].
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
}

/// What to check and how: shared by every command that checks maps.
#[derive(Args)]
pub struct CheckArgs {
    /// Map files, or directories to search for *.cjm.yaml and *.cjm.yml files.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// The date to judge freshness on, as YYYY-MM-DD [default: today].
    #[arg(long, env = "CJM_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<Date>,

    /// Fail the run on warnings too, not only on errors.
    #[arg(long)]
    pub strict: bool,

    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    /// How to print the results [default: github when GITHUB_ACTIONS=true, else human].
    ///
    /// Only human and concise print a summary line; the other formats print their
    /// document and nothing else.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<OutputFormat>,

    /// When to colour human and concise output; auto colours a terminal unless NO_COLOR is
    /// set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t)]
    pub color: ColorChoice,

    /// After the findings, count them per rule (on standard error for machine formats).
    #[arg(long)]
    pub stats: bool,

    /// Apply the fixes of the findings that have one safe fix, rewriting only those bytes
    /// of the maps, then report the findings that remain.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,

    /// Print the fixes as a unified diff and write nothing. Exit status: 0 when there is
    /// nothing to fix, 1 when there is, 2 when the command could not run as asked.
    #[arg(long)]
    pub diff: bool,
}

#[derive(Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    /// The report's format.
    #[arg(long, value_enum, default_value_t)]
    pub format: report::Format,

    /// Write the report to FILE (replaced whole, never left half-written) instead of
    /// standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// With a Markdown report written to FILE: also write each map's emotion curve as
    /// an SVG into DIR, and show it in the report (linked relative to FILE).
    #[arg(long, value_name = "DIR", requires = "output")]
    pub assets: Option<PathBuf>,
}

#[derive(Args)]
pub struct RulesArgs {
    /// A rule code or name, such as CJM304 or stage-missing-touchpoints.
    pub rule: Option<String>,

    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Args)]
#[group(multiple = false)]
pub struct SchemaArgs {
    /// Print the schema of `cjm report --format json` instead of the map format's.
    #[arg(long)]
    pub report: bool,

    /// Print the schema of `cjm diff --format json` instead of the map format's.
    #[arg(long)]
    pub diff: bool,
}

#[derive(Args)]
#[command(mut_arg("paths", |paths| paths.help(
    "OLD and NEW: two map files or two directories; with --git, the paths to compare [default: .]"
).hide_default_value(true)))]
pub struct DiffArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    /// Compare the maps at git revision REV with the working tree, or `OLD..NEW` two
    /// revisions, reading them through git.
    #[arg(long, value_name = "REV")]
    pub git: Option<String>,

    /// The diff's format [default: human on a terminal, else markdown].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<crate::diff::Format>,

    /// Write the diff to FILE (replaced whole, never left half-written) instead of
    /// standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Exit with 1 when anything changed, as `git diff --exit-code` does.
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Args)]
pub struct InitArgs {
    /// The map file to write.
    #[arg(default_value = "journey.cjm.yaml")]
    pub file: PathBuf,

    /// The stages and segments to start from [default: seed5; see --list].
    #[arg(long, value_enum, value_name = "NAME")]
    pub template: Option<TemplateName>,

    /// The language of the stage names and placeholder text [default: en].
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// The map's title [default: a placeholder to replace].
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// Who is accountable for the map [default: `git config user.name`, else a placeholder].
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,

    /// Write FILE even if its name is one that `cjm validate DIR` would not pick up
    /// (then it is checked only when named).
    #[arg(long)]
    pub any_name: bool,

    /// Describe the templates and write nothing.
    #[arg(long, conflicts_with_all = ["template", "lang", "title", "owner", "force", "any_name"])]
    pub list: bool,

    /// Where editors find the map schema, for the `$schema` comment on the first line.
    #[arg(long, value_name = "URL|PATH", default_value = crate::map::SCHEMA_ID)]
    pub schema: String,

    /// The review date written into the map, as YYYY-MM-DD [default: today].
    #[arg(long, env = "CJM_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<Date>,
}

/// The templates `cjm init` starts from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TemplateName {
    /// Five stages: awareness, evaluation, deal, customer experience, trigger.
    #[default]
    Seed5,
    /// Awareness, consideration, purchase, retention, advocacy.
    Classic,
    /// A segment per customer group, with a funnel and a KPI per stage.
    B2b,
}

#[derive(Args)]
pub struct ReviewArgs {
    /// The map files to mark reviewed.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    /// The date of the review, as YYYY-MM-DD [default: today].
    #[arg(long, env = "CJM_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub date: Option<Date>,

    /// Who reviewed the maps: sets `reviewed_by`, adding it after `reviewed` if absent.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

#[derive(Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn parse_today(text: &str) -> Result<Date, String> {
    parse_date(text.trim()).ok_or_else(|| format!("`{text}` is not a date written as YYYY-MM-DD"))
}

/// The man pages, generated from the definitions above: `cjm.1`, then one per subcommand
/// (`cjm-validate.1`, …), each as its file name and its roff text.
pub fn man_pages() -> io::Result<Vec<(String, Vec<u8>)>> {
    let mut command = Cli::command();
    command.build();
    let mut pages = vec![("cjm.1".to_owned(), render_man(command.clone())?)];
    for subcommand in command.get_subcommands() {
        if subcommand.get_name() == "help" {
            continue;
        }
        let name = format!("cjm-{}", subcommand.get_name());
        let page = subcommand.clone().name(name.clone());
        pages.push((format!("{name}.1"), render_man(page)?));
    }
    Ok(pages)
}

fn render_man(command: clap::Command) -> io::Result<Vec<u8>> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page)?;
    Ok(page)
}

/// The completion script for `shell`. Rendered into memory first: the generator panics
/// when its output fails, and standard output may be a closed pipe.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "cjm", &mut script);
    script
}
