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

use cjm::atomic_write::write_atomically;
use cjm::freshness::{parse_date, system_today};
use cjm::output::human::{self, HumanOptions};
use cjm::report::{self, Format, Lang, Report, Scope};
use cjm::{CheckContext, CjmError, ExitStatus, FileReport, Summary};
use clap::{Args, Parser, Subcommand};
use jiff::civil::Date;

/// Customer Journey Maps as code: validate journey maps kept in git and report on them.
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
    Validate(CheckArgs),
    /// Write a report for stakeholders: one map's, or a portfolio of all maps found.
    ///
    /// One map file gives a map report; several paths or a directory give a portfolio: an
    /// index of the maps, then each map's report. Exit status as for `validate`.
    Report(ReportArgs),
    /// Print the JSON Schema of a machine-readable output.
    Schema(SchemaArgs),
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
}

impl CheckArgs {
    fn context(&self) -> CheckContext {
        CheckContext::new(self.today.unwrap_or_else(system_today))
    }

    /// Checks the maps, warning on standard error when there are none.
    fn check(&self, context: &CheckContext) -> Result<Vec<FileReport>, CjmError> {
        let reports = cjm::validate(&self.paths, context)?;
        if reports.is_empty() {
            eprintln!("warning: no map files (*.cjm.yaml, *.cjm.yml) found");
        }
        Ok(reports)
    }

    fn exit_status(&self, reports: &[FileReport]) -> ExitStatus {
        if Summary::of(reports).fails(self.strict) {
            ExitStatus::Findings
        } else {
            ExitStatus::Success
        }
    }
}

#[derive(Args)]
struct ReportArgs {
    #[command(flatten)]
    check: CheckArgs,

    /// The report's format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,

    /// Write the report to FILE (replaced whole, never left half-written) instead of
    /// standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,

    /// The language of the report's headings, labels and statuses.
    #[arg(long, value_enum, default_value_t)]
    lang: Lang,
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
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Validate(args) => validate(&args),
        Command::Report(args) => report(&args),
        Command::Schema(_) => print(report::json::SCHEMA.as_bytes()).map(|()| ExitStatus::Success),
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

fn validate(args: &CheckArgs) -> Result<ExitStatus, CjmError> {
    let reports = args.check(&args.context())?;
    let stdout = io::stdout();
    let color = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut out = io::BufWriter::new(stdout.lock());
    human::render(&reports, &HumanOptions { color }, &mut out)?;
    out.flush()?;
    Ok(args.exit_status(&reports))
}

fn report(args: &ReportArgs) -> Result<ExitStatus, CjmError> {
    let context = args.check.context();
    let reports = args.check.check(&context)?;
    let model = Report::build(&reports, &context, Scope::of(&args.check.paths));
    let render = |out: &mut dyn Write| report::render(&model, args.format, args.lang, out);
    match &args.output {
        Some(path) => write_atomically(path, render).map_err(|error| CjmError::Write {
            path: path.clone(),
            error,
        })?,
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            render(&mut out)?;
            out.flush()?;
        }
    }
    Ok(args.check.exit_status(&reports))
}

fn print(bytes: &[u8]) -> Result<(), CjmError> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    Ok(out.flush()?)
}
