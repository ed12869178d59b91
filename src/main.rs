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

use cjm::atomic_write::write_atomically;
use cjm::cli::{
    CheckArgs, Cli, Command, ConfigArgs, DiffArgs, ReportArgs, RulesArgs, ValidateArgs,
};
use cjm::config::SettingsLayer;
use cjm::diff::{self, Diff, git::Revisions};
use cjm::freshness::system_today;
use cjm::output::{self, ColorChoice, OutputFormat, RenderOptions, rule_docs, stats};
use cjm::report::{self, Report, Scope};
use cjm::{CheckContext, CjmError, Config, ExitStatus, FileReport, Keep, Summary};
use clap::{CommandFactory, Parser};

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
        Command::Validate(args) => validate(&args),
        Command::Report(args) => report(&args),
        Command::Config(args) => show_config(&args),
        Command::Rules(args) => rules(&args),
        Command::Schema(args) if args.report => print(report::json::SCHEMA),
        Command::Schema(args) if args.diff => print(diff::json::SCHEMA),
        Command::Schema(_) => print(cjm::map::SCHEMA),
        Command::Init(args) => cjm::init::run(&args, &working_dir()),
        Command::Review(args) => cjm::review::run(&args),
        Command::Completions(args) => print_bytes(&cjm::cli::completions(args.shell)),
        Command::Diff(args) => diff(&args),
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
    // The flags are the top layer of the same settings the file fills in.
    config.settings.apply(SettingsLayer {
        review_period: args.max_age,
        remind_before: args.remind_before,
        rules: args.rules.clone(),
        ..SettingsLayer::default()
    });
    Ok(config)
}

/// Checking as `validate` and `report` do; a trait because the arguments are defined in the
/// library (`cjm::cli`), where man pages and completions are generated from them.
trait RunChecks {
    fn check(&self, keep: Keep) -> Result<(Vec<FileReport>, CheckContext), CjmError>;
    fn exit_status(&self, reports: &[FileReport]) -> ExitStatus;
}

impl RunChecks for CheckArgs {
    /// Resolves the configuration and checks the maps, warning on standard error when
    /// there are none.
    fn check(&self, keep: Keep) -> Result<(Vec<FileReport>, CheckContext), CjmError> {
        let working_dir = working_dir();
        let config = resolve_config(&self.config, &working_dir)?;
        let context = config.check_context(self.today.unwrap_or_else(system_today));
        let filter = config.file_filter(&working_dir)?;
        let checked = cjm::validate(&self.paths, &filter, &context, keep)?;
        for skipped in &checked.skipped {
            // A note nobody can read (standard error closed) changes nothing.
            let _ = writeln!(io::stderr(), "note: {skipped}");
        }
        Ok((checked.reports, context))
    }

    fn exit_status(&self, reports: &[FileReport]) -> ExitStatus {
        if Summary::of(reports).fails(self.strict) {
            ExitStatus::Findings
        } else {
            ExitStatus::Success
        }
    }
}

fn validate(args: &ValidateArgs) -> Result<ExitStatus, CjmError> {
    let (reports, _) = args.check.check(Keep::Findings)?;
    let format = args.format.unwrap_or_else(|| {
        OutputFormat::default_for(std::env::var_os("GITHUB_ACTIONS").as_deref())
    });
    let stdout = io::stdout();
    let options = RenderOptions {
        color: args.color.enabled(
            stdout.is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
        ),
        strict: args.check.strict,
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
    Ok(args.check.exit_status(&reports))
}

fn report(args: &ReportArgs) -> Result<ExitStatus, CjmError> {
    let (reports, context) = args.check.check(Keep::Everything)?;
    let model = Report::build(&reports, &context, Scope::of(&args.check.paths));
    let assets = match (&args.assets, &args.output) {
        (Some(dir), Some(output)) => write_assets(&model, args, dir, output)?,
        _ => Vec::new(),
    };
    let render = |out: &mut dyn Write| report::render(&model, args.format, args.lang, &assets, out);
    write_output(args.output.as_deref(), render)?;
    Ok(args.check.exit_status(&reports))
}

fn diff(args: &DiffArgs) -> Result<ExitStatus, CjmError> {
    let working_dir = working_dir();
    let config = resolve_config(&args.check.config, &working_dir)?;
    let context = config.check_context(args.check.today.unwrap_or_else(system_today));
    let filter = config.file_filter(&working_dir)?;
    let paths = &args.check.paths;
    let model = match (&args.git, paths.as_slice()) {
        (Some(revisions), _) => {
            let revisions = Revisions::parse(revisions);
            let pairs = diff::git::pairs(&revisions, paths, &filter, &context)?;
            Diff::build(&pairs, &context, revisions.old, revisions.new)
        }
        (None, [old, new]) => {
            let pairs = diff::pairing::pair_paths(old, new, &filter, &context)?;
            let shown = |path: &Path| cjm::source::display_path(path);
            Diff::build(&pairs, &context, shown(old), Some(shown(new)))
        }
        (None, _) => Cli::command()
            .error(
                clap::error::ErrorKind::WrongNumberOfValues,
                "`cjm diff` compares two paths, OLD and NEW, or a git revision with --git REV",
            )
            .exit(),
    };
    let format = args.format.unwrap_or_else(|| {
        diff::Format::default_for(args.output.is_none() && io::stdout().is_terminal())
    });
    let render = |out: &mut dyn Write| diff::render(&model, format, args.lang, out);
    write_output(args.output.as_deref(), render)?;
    let new_side = &model.summary.new_side;
    let findings = Summary {
        files: model.maps.len(),
        errors: new_side.errors,
        warnings: new_side.warnings,
        infos: new_side.infos,
    };
    Ok(
        if findings.fails(args.check.strict) || (args.exit_code && model.has_changes()) {
            ExitStatus::Findings
        } else {
            ExitStatus::Success
        },
    )
}

/// Writes to `output` whole (never half-written), or to standard output without one.
fn write_output(
    output: Option<&Path>,
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CjmError> {
    match output {
        Some(path) => write_atomically(path, render).map_err(|error| CjmError::Write {
            path: path.to_path_buf(),
            error,
        }),
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            render(&mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// Writes the pictures `--assets` asks for, and returns them for the report to link.
fn write_assets(
    model: &Report<'_>,
    args: &ReportArgs,
    dir: &Path,
    output: &Path,
) -> Result<Vec<report::assets::Asset>, CjmError> {
    if args.format != report::Format::Markdown {
        use clap::CommandFactory;
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "--assets goes with --format markdown: the other formats hold their pictures",
            )
            .exit();
    }
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |error| CjmError::Write { path, error }
    };
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    let base = output.parent().unwrap_or(Path::new(""));
    let absolute = |path: &Path| std::path::absolute(path).map_err(io_error(path));
    let link_dir =
        pathdiff::diff_paths(absolute(dir)?, absolute(base)?).unwrap_or_else(|| dir.to_path_buf());
    let locale = report::Locale::new(args.lang).map_err(|error| CjmError::Write {
        path: dir.to_path_buf(),
        error: io::Error::other(error),
    })?;
    let assets = report::assets::curves(model, &locale, &link_dir);
    for asset in &assets {
        let path = dir.join(&asset.file_name);
        write_atomically(&path, |out| out.write_all(asset.svg.as_bytes()))
            .map_err(io_error(&path))?;
    }
    Ok(assets)
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
        None => rule_docs::listing(&config.settings.rules),
        Some(name) => match cjm::rules::find(name) {
            Some(rule) => rule_docs::explanation(rule, &config.settings),
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
    print_bytes(text.as_bytes())
}

fn print_bytes(bytes: &[u8]) -> Result<ExitStatus, CjmError> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}
