//! The `cjm` command line: argument parsing and exit codes. Everything else is in the library.

#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cjm::atomic_write::{self, Inputs};
use cjm::config::{Overrides, parse_rule_level};
use cjm::freshness::{ReviewPeriod, parse_date, system_today};
use cjm::output::{
    self, ColorChoice, OutputFormat, RenderOptions, escape_controls_keeping_lines, rule_docs, stats,
};
use cjm::report::{self, Lang, Report, Scope};
use cjm::rules::{Rule, RuleLevel};
use cjm::{CheckContext, CjmError, Config, ExitStatus, FileFilter, FileReport, Keep, Summary};
use clap::{Args, Parser, Subcommand};
use jiff::civil::Date;

/// Customer Journey Maps as code: validate journey maps kept in git, and report on them.
#[derive(Parser)]
#[command(name = "cjm", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check journey maps and report every problem with its file, line and column.
    ///
    /// Exit status: 0 when no finding is an error, 1 when at least one is (or a warning
    /// under --strict), 2 when the command could not run as asked.
    Validate(ValidateArgs),
    /// Write a report for stakeholders: one map's, or a portfolio of all maps found.
    ///
    /// One map file gives a map report; several paths or a directory give a portfolio: an
    /// index of the maps, then each map's report. Exit status as for `validate`.
    Report(ReportArgs),
    /// Print the configuration in effect: .cjm.yaml (the nearest one above the current
    /// directory) with command-line overrides applied.
    Config(ConfigArgs),
    /// List every rule, or explain one: what it checks, why, an example, how to fix it.
    Rules(RulesArgs),
    /// Print the JSON Schema of a machine-readable output.
    Schema(SchemaArgs),
}

/// Where the configuration comes from, and the flags that override it.
#[derive(Args)]
struct ConfigArgs {
    /// Read the configuration from FILE instead of the nearest .cjm.yaml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,

    /// Ignore any .cjm.yaml and use the defaults.
    #[arg(long)]
    no_config: bool,

    /// How long a review stays valid, e.g. "6 months", "90 days" [overrides `max_age`].
    #[arg(long, value_name = "PERIOD")]
    max_age: Option<ReviewPeriod>,

    /// Set a rule's level, e.g. `--rule stale-map=warning` (repeatable) [overrides `rules`].
    #[arg(long = "rule", value_name = "RULE=LEVEL", value_parser = parse_rule_level)]
    rules: Vec<(&'static Rule, RuleLevel)>,
}

/// What to check and how: shared by every command that checks maps.
#[derive(Args)]
struct CheckArgs {
    /// Map files, or directories to search for *.cjm.yaml and *.cjm.yml files.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,

    /// The date to judge freshness on, as YYYY-MM-DD [default: today].
    #[arg(long, env = "CJM_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_today)]
    today: Option<Date>,

    /// Fail the run on warnings too, not only on errors.
    #[arg(long)]
    strict: bool,

    #[command(flatten)]
    config: ConfigArgs,
}

#[derive(Args)]
struct ValidateArgs {
    #[command(flatten)]
    check: CheckArgs,

    /// How to print the results [default: github when GITHUB_ACTIONS=true, else human].
    ///
    /// Only human and concise print a summary line; the other formats print their
    /// document and nothing else.
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<OutputFormat>,

    /// When to colour human and concise output; auto colours a terminal unless NO_COLOR is
    /// set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t)]
    color: ColorChoice,

    /// After the findings, count them per rule (on standard error for machine formats).
    #[arg(long)]
    stats: bool,
}

#[derive(Args)]
struct ReportArgs {
    #[command(flatten)]
    check: CheckArgs,

    /// The report's format.
    #[arg(long, value_enum, default_value_t)]
    format: report::Format,

    /// Write the report to FILE (replaced whole, never left half-written) instead of
    /// standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,

    /// The language of the report's headings, labels and statuses.
    #[arg(long, value_enum, default_value_t)]
    lang: Lang,
}

#[derive(Args)]
struct RulesArgs {
    /// A rule code or name, such as CJM304 or stage-missing-touchpoints.
    rule: Option<String>,

    #[command(flatten)]
    config: ConfigArgs,
}

#[derive(Args)]
struct SchemaArgs {
    /// The schema of `cjm report --format json`.
    #[arg(long, required = true)]
    report: bool,
}

fn parse_today(text: &str) -> Result<Date, String> {
    parse_date(text.trim()).ok_or_else(|| format!("`{text}` is not a date written as YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error),
    };
    let status = match cli.command {
        Command::Validate(args) => validate(&args),
        Command::Report(args) => report(&args),
        Command::Config(args) => show_config(&args),
        Command::Rules(args) => rules(&args),
        Command::Schema(_) => print(report::json::SCHEMA),
    };
    match status {
        Ok(status) => ExitCode::from(status.code()),
        Err(error) => {
            let color = colors(&io::stderr());
            // With standard error closed or full there is nowhere left to say it.
            let _ = io::stderr().write_all(cjm::error::render(&error, color).as_bytes());
            ExitCode::from(ExitStatus::Failure.code())
        }
    }
}

/// Prints clap's message (help and `--version` on standard output, usage errors on standard
/// error) without panicking when that stream is closed, and exits as clap would.
fn usage_error(error: &clap::Error) -> ExitCode {
    let text = error.render();
    let _ = if error.use_stderr() {
        let colored = colors(&io::stderr());
        write_styled(&mut io::stderr(), &text, colored)
    } else {
        let colored = colors(&io::stdout());
        write_styled(&mut io::stdout(), &text, colored)
    };
    match error.exit_code() {
        0 => ExitCode::SUCCESS,
        _ => ExitCode::from(ExitStatus::Failure.code()),
    }
}

fn write_styled(
    out: &mut dyn Write,
    text: &clap::builder::StyledStr,
    colored: bool,
) -> io::Result<()> {
    if colored {
        write!(out, "{}", text.ansi())
    } else {
        write!(out, "{text}")
    }?;
    out.flush()
}

/// Whether messages on `stream` are coloured: on a terminal, unless `NO_COLOR` is set.
fn colors(stream: &impl IsTerminal) -> bool {
    ColorChoice::Auto.enabled(
        stream.is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    )
}

/// A warning on standard error; lost if standard error is closed, which must not stop the run.
fn warn(message: &str) {
    let _ = writeln!(io::stderr(), "warning: {message}");
}

/// Runs `write` on buffered standard output. A reader that goes away (`cjm validate | head`)
/// only stops the output: the exit status stays the one the findings decide.
fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), CjmError> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(CjmError::from),
    }
}

fn working_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

/// The configuration file (or the defaults), with the command-line flags on top.
fn resolve_config(args: &ConfigArgs, working_dir: &Path) -> Result<Config, CjmError> {
    let mut config = if args.no_config {
        Config::defaults(working_dir.to_path_buf())
    } else {
        Config::discover(working_dir, args.config.as_deref())?
    };
    config.apply(&Overrides {
        review_period: args.max_age,
        levels: args.rules.clone(),
    });
    Ok(config)
}

impl CheckArgs {
    /// The configuration in force, and the filter its globs make.
    fn settings(&self) -> Result<(Config, FileFilter), CjmError> {
        let working_dir = working_dir();
        let config = resolve_config(&self.config, &working_dir)?;
        let filter = config.file_filter(&working_dir)?;
        Ok((config, filter))
    }

    /// Checks the maps, warning on standard error when there are none.
    fn check(
        &self,
        config: &Config,
        filter: &FileFilter,
        keep: Keep,
    ) -> Result<(Vec<FileReport>, CheckContext), CjmError> {
        let context = config.check_context(self.today.unwrap_or_else(system_today));
        let reports = cjm::validate(&self.paths, filter, &context, keep)?;
        if reports.is_empty() {
            warn("no map files (*.cjm.yaml, *.cjm.yml) found");
        }
        Ok((reports, context))
    }

    fn exit_status(&self, reports: &[FileReport]) -> ExitStatus {
        if Summary::of(reports).fails(self.strict) {
            ExitStatus::Findings
        } else {
            ExitStatus::Success
        }
    }

    /// What a run reads, and so must not write to: the paths named, the configuration
    /// file, and every file the `include` patterns make a map.
    fn inputs<'a>(&self, config: &Config, filter: &'a FileFilter) -> Inputs<'a> {
        let named = self.paths.iter().cloned().chain(config.file.clone());
        Inputs::new(named, |path| filter.matches_include(path))
    }
}

fn validate(args: &ValidateArgs) -> Result<ExitStatus, CjmError> {
    let (config, filter) = args.check.settings()?;
    let (reports, _) = args.check.check(&config, &filter, Keep::Findings)?;
    let format = args.format.unwrap_or_else(|| {
        OutputFormat::default_for(std::env::var_os("GITHUB_ACTIONS").as_deref())
    });
    let options = RenderOptions {
        color: args.color.enabled(
            io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
        ),
        strict: args.check.strict,
    };
    to_stdout(|out| {
        output::render(format, &reports, &options, out)?;
        if args.stats && format.is_human_readable() {
            writeln!(out)?;
            out.write_all(stats::render(&reports).as_bytes())?;
        }
        Ok(())
    })?;
    if args.stats && !format.is_human_readable() {
        // Machine formats keep standard output for their document alone. Statistics that
        // cannot be shown do not change the outcome.
        let _ = io::stderr().write_all(stats::render(&reports).as_bytes());
    }
    Ok(args.check.exit_status(&reports))
}

fn report(args: &ReportArgs) -> Result<ExitStatus, CjmError> {
    let (config, filter) = args.check.settings()?;
    // Opened first: a refused or unwritable output fails the run before any map is read.
    let target = match &args.output {
        Some(path) => Some(atomic_write::open(
            path,
            &args.check.inputs(&config, &filter),
        )?),
        None => None,
    };
    let (reports, context) = args.check.check(&config, &filter, Keep::Everything)?;
    let model = Report::build(&reports, &context, Scope::of(&args.check.paths));
    let render = |out: &mut dyn Write| report::render(&model, args.format, args.lang, out);
    match target {
        // A file keeps the text as the maps have it.
        Some(target) => match target.write(render) {
            Err(CjmError::Write { error, .. }) if error.kind() == io::ErrorKind::BrokenPipe => {}
            result => result?,
        },
        None if io::stdout().is_terminal() => {
            // Text from a map must not drive the terminal: a title could set the window
            // title or clear the screen.
            let mut text = Vec::new();
            render(&mut text)?;
            let text = String::from_utf8_lossy(&text);
            to_stdout(|out| out.write_all(escape_controls_keeping_lines(&text).as_bytes()))?;
        }
        None => to_stdout(render)?,
    }
    Ok(args.check.exit_status(&reports))
}

fn show_config(args: &ConfigArgs) -> Result<ExitStatus, CjmError> {
    let config = resolve_config(args, &working_dir())?;
    // Globs are checked here too, so `cjm config` is a way to test a configuration.
    config.file_filter(&working_dir())?;
    print(&config.to_yaml())
}

fn rules(args: &RulesArgs) -> Result<ExitStatus, CjmError> {
    let config = resolve_config(&args.config, &working_dir())?;
    let text = match &args.rule {
        None => rule_docs::listing(&config.rules),
        Some(name) => match cjm::rules::find(name) {
            Some(rule) => rule_docs::explanation(rule, &config.rules),
            None => {
                return Err(CjmError::UnknownRule {
                    name: name.clone(),
                    suggestion: cjm::rules::unknown_rule_help(name),
                });
            }
        },
    };
    print(&text)
}

fn print(text: &str) -> Result<ExitStatus, CjmError> {
    to_stdout(|out| out.write_all(text.as_bytes()))?;
    Ok(ExitStatus::Success)
}
