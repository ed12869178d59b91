//! The `cjm` command line: argument parsing and exit codes. Everything else is in the library.

#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use cjm::freshness::{parse_date, system_today};
use cjm::output::{self, ColorChoice, OutputFormat, RenderOptions};
use cjm::{CheckContext, CjmError, ExitStatus, Summary};
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
}

fn parse_today(text: &str) -> Result<Date, String> {
    parse_date(text.trim()).ok_or_else(|| format!("`{text}` is not a date written as YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Validate(args) => validate(args),
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

fn validate(args: ValidateArgs) -> Result<ExitStatus, CjmError> {
    let context = CheckContext::new(args.today.unwrap_or_else(system_today));
    let reports = cjm::validate(&args.paths, &context)?;
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
