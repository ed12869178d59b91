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

use cjm::config::{Overrides, parse_rule_level};
use cjm::freshness::{ReviewPeriod, parse_date, system_today};
use cjm::output::{self, ColorChoice, OutputFormat, RenderOptions, rule_docs, stats};
use cjm::rules::{Rule, RuleLevel};
use cjm::{CjmError, Config, ExitStatus, Keep, Summary};
use clap::{Args, Parser, Subcommand};
use jiff::civil::Date;

/// Customer Journey Maps as code: validate journey maps kept in git.
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
    /// Print the configuration in effect: .cjm.yaml (the nearest one above the current
    /// directory) with command-line overrides applied.
    Config(ConfigArgs),
    /// List every rule, or explain one: what it checks, why, an example, how to fix it.
    Rules(RulesArgs),
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

#[derive(Args)]
struct ValidateArgs {
    /// Map files, or directories to search for *.cjm.yaml and *.cjm.yml files.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,

    /// The date to judge freshness on, as YYYY-MM-DD [default: today].
    #[arg(long, env = "CJM_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_today)]
    today: Option<Date>,

    /// Fail the run on warnings too, not only on errors.
    #[arg(long)]
    strict: bool,

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

    #[command(flatten)]
    config: ConfigArgs,
}

#[derive(Args)]
struct RulesArgs {
    /// A rule code or name, such as CJM304 or stage-missing-touchpoints.
    rule: Option<String>,

    #[command(flatten)]
    config: ConfigArgs,
}

fn parse_today(text: &str) -> Result<Date, String> {
    parse_date(text.trim()).ok_or_else(|| format!("`{text}` is not a date written as YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Errors on stderr look like findings on stdout: Unicode, colour only on a terminal.
    let color = ColorChoice::Auto.enabled(
        io::stderr().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    );
    let _ = miette::set_hook(Box::new(move |_| {
        let theme = if color {
            miette::GraphicalTheme::unicode()
        } else {
            miette::GraphicalTheme::unicode_nocolor()
        };
        Box::new(miette::GraphicalReportHandler::new_themed(theme).with_width(100))
    }));
    let status = match cli.command {
        Command::Validate(args) => validate(args),
        Command::Config(args) => show_config(&args),
        Command::Rules(args) => rules(&args),
    };
    match status {
        Ok(status) => ExitCode::from(status.code()),
        // `cjm validate | head` closes our output early; that is not a failure.
        Err(CjmError::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{:?}", miette::Report::new(error));
            ExitCode::from(ExitStatus::Failure.code())
        }
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

fn validate(args: ValidateArgs) -> Result<ExitStatus, CjmError> {
    let working_dir = working_dir();
    let config = resolve_config(&args.config, &working_dir)?;
    let context = config.check_context(args.today.unwrap_or_else(system_today));
    let filter = config.file_filter(&working_dir)?;
    let reports = cjm::validate(&args.paths, &filter, &context, Keep::Findings)?;
    let format = args.format.unwrap_or_else(|| {
        OutputFormat::default_for(std::env::var_os("GITHUB_ACTIONS").as_deref())
    });
    let stdout = io::stdout();
    let options = RenderOptions {
        color: args.color.enabled(
            stdout.is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
        ),
        strict: args.strict,
    };
    let mut out = io::BufWriter::new(stdout.lock());
    output::render(format, &reports, &options, &mut out)?;
    if args.stats {
        // Machine formats keep standard output for their document alone.
        if format.is_human_readable() {
            writeln!(out)?;
            out.write_all(stats::render(&reports).as_bytes())?;
        } else {
            eprint!("{}", stats::render(&reports));
        }
    }
    out.flush()?;
    let summary = Summary::of(&reports);
    if summary.files == 0 {
        eprintln!("warning: no map files (*.cjm.yaml, *.cjm.yml) found");
    }
    Ok(if summary.fails(args.strict) {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
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
                let known: Vec<&str> = cjm::rules::ALL
                    .iter()
                    .flat_map(|r| [r.code, r.name])
                    .collect();
                return Err(CjmError::UnknownRule {
                    name: name.clone(),
                    suggestion: cjm::suggest::help(
                        name,
                        &known,
                        "run `cjm rules` to list them; the rules are",
                    ),
                });
            }
        },
    };
    print(&text)
}

fn print(text: &str) -> Result<ExitStatus, CjmError> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(ExitStatus::Success)
}
