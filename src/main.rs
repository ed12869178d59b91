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
use cjm::cli::{
    CheckArgs, Cli, Command, ConfigArgs, DiffArgs, ReportArgs, RulesArgs, ValidateArgs,
};
use cjm::config::SettingsLayer;
use cjm::diff::{self, Diff, git::Revisions};
use cjm::freshness::system_today;
use cjm::output::{
    self, ColorChoice, OutputFormat, RenderOptions, escape_controls_keeping_lines, rule_docs, stats,
};
use cjm::report::{self, Report, Scope};
use cjm::walk::FileFilter;
use cjm::{CheckContext, CjmError, Config, ExitStatus, FileReport, Keep, Summary};
use clap::{CommandFactory, Parser};

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

/// A note on standard error; lost if standard error is closed, which must not stop the run.
fn note(message: &str) {
    let _ = writeln!(io::stderr(), "note: {message}");
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
/// What every command that checks maps does with its [`CheckArgs`].
trait RunChecks {
    fn settings(&self) -> Result<(Config, FileFilter), CjmError>;
    fn check(
        &self,
        config: &Config,
        filter: &FileFilter,
        keep: Keep,
    ) -> Result<(Vec<FileReport>, CheckContext), CjmError>;
    fn exit_status(&self, findings: Summary) -> ExitStatus;
    fn inputs<'a>(&self, config: &Config, filter: &'a FileFilter) -> Inputs<'a>;
}

impl RunChecks for CheckArgs {
    /// The configuration in force, and the filter its globs make.
    fn settings(&self) -> Result<(Config, FileFilter), CjmError> {
        let working_dir = working_dir();
        let config = resolve_config(&self.config, &working_dir)?;
        let filter = config.file_filter(&working_dir)?;
        Ok((config, filter))
    }

    /// Checks the maps, with a note on standard error for each named file left out.
    fn check(
        &self,
        config: &Config,
        filter: &FileFilter,
        keep: Keep,
    ) -> Result<(Vec<FileReport>, CheckContext), CjmError> {
        let context = config.check_context(self.today.unwrap_or_else(system_today));
        let checked = cjm::validate(&self.paths, filter, &context, keep)?;
        for skipped in &checked.skipped {
            note(&skipped.to_string());
        }
        Ok((checked.reports, context))
    }

    fn exit_status(&self, findings: Summary) -> ExitStatus {
        if findings.fails(self.strict) {
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
    Ok(args.check.exit_status(Summary::of(&reports)))
}

fn report(args: &ReportArgs) -> Result<ExitStatus, CjmError> {
    if args.assets.is_some() && args.format != report::Format::Markdown {
        let error = Cli::command().error(
            clap::error::ErrorKind::ArgumentConflict,
            "--assets goes with --format markdown: the other formats hold their pictures",
        );
        return Ok(exit_status_of(usage_error(&error)));
    }
    let (config, filter) = args.check.settings()?;
    let inputs = args.check.inputs(&config, &filter);
    // Opened first: a refused or unwritable output fails the run before any map is read.
    let target = match &args.output {
        Some(path) => Some(atomic_write::open(path, &inputs)?),
        None => None,
    };
    let context = config.check_context(args.check.today.unwrap_or_else(system_today));
    let found = cjm::find(&args.check.paths, &filter)?;
    for skipped in &found.skipped {
        note(&skipped.to_string());
    }
    // The index keeps a few figures of every map; each map's section is checked again as
    // it is written, so memory does not grow with the number of maps.
    let index = report::index(&found.entries, &context);
    let model = Report::new(index, &context, Scope::of(&args.check.paths));
    let maps = report::Rechecked {
        entries: &found.entries,
        context: &context,
    };
    let summary = &model.summary;
    let findings = Summary {
        files: summary.maps,
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
    };
    match (&args.assets, &args.output) {
        (Some(dir), Some(output)) => {
            let names = asset_names(&model, dir, output)?;
            // The first picture that cannot be written stops the report, with its own path.
            let mut failed = None;
            let mut save = |asset: &report::assets::Asset, svg: &str| {
                let path = dir.join(&asset.file_name);
                atomic_write::write_file(&path, &inputs, |out| out.write_all(svg.as_bytes()))
                    .map_err(|error| {
                        failed = Some(error);
                        io::Error::other("a picture could not be written")
                    })
            };
            let mut pictures = report::Pictures {
                names,
                save: &mut save,
            };
            let render = |out: &mut dyn Write| {
                report::render(
                    &model,
                    &maps,
                    args.format,
                    args.lang,
                    Some(&mut pictures),
                    out,
                )
            };
            let written = write_output(target, render);
            if let Some(error) = failed {
                return Err(error);
            }
            written?;
        }
        _ => {
            let render = |out: &mut dyn Write| {
                report::render(&model, &maps, args.format, args.lang, None, out)
            };
            write_output(target, render)?;
        }
    }
    Ok(args.check.exit_status(findings))
}

fn diff(args: &DiffArgs) -> Result<ExitStatus, CjmError> {
    let (config, filter) = args.check.settings()?;
    let target = match &args.output {
        Some(path) => Some(atomic_write::open(
            path,
            &args.check.inputs(&config, &filter),
        )?),
        None => None,
    };
    let context = config.check_context(args.check.today.unwrap_or_else(system_today));
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
        (None, _) => {
            let error = Cli::command().error(
                clap::error::ErrorKind::WrongNumberOfValues,
                "`cjm diff` compares two paths, OLD and NEW, or a git revision with --git REV",
            );
            return Ok(exit_status_of(usage_error(&error)));
        }
    };
    let format = args.format.unwrap_or_else(|| {
        diff::Format::default_for(args.output.is_none() && io::stdout().is_terminal())
    });
    let render = |out: &mut dyn Write| diff::render(&model, format, args.lang, out);
    write_output(target, render)?;
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

/// A usage error already printed, as the status the command ends with.
fn exit_status_of(code: ExitCode) -> ExitStatus {
    if code == ExitCode::SUCCESS {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    }
}

/// Writes a document to the opened target whole, or to standard output without one.
fn write_output(
    target: Option<atomic_write::Target>,
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CjmError> {
    match target {
        // A file keeps the text as the maps have it.
        Some(target) => match target.write(render) {
            Err(CjmError::Write { error, .. }) if error.kind() == io::ErrorKind::BrokenPipe => {
                Ok(())
            }
            result => result,
        },
        None if io::stdout().is_terminal() => {
            // Text from a map must not drive the terminal: a title could set the window
            // title or clear the screen.
            let mut text = Vec::new();
            render(&mut text)?;
            let text = String::from_utf8_lossy(&text);
            to_stdout(|out| out.write_all(escape_controls_keeping_lines(&text).as_bytes()))
        }
        None => to_stdout(render),
    }
}

/// Makes the `--assets` directory and names the pictures in it, with their links from the
/// report's directory.
fn asset_names(
    model: &Report,
    dir: &Path,
    output: &Path,
) -> Result<Vec<Option<report::assets::Asset>>, CjmError> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |error| CjmError::Write { path, error }
    };
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    let base = output.parent().unwrap_or(Path::new(""));
    let absolute = |path: &Path| std::path::absolute(path).map_err(io_error(path));
    let link_dir =
        pathdiff::diff_paths(absolute(dir)?, absolute(base)?).unwrap_or_else(|| dir.to_path_buf());
    Ok(report::assets::names(model, &link_dir))
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
    to_stdout(|out| out.write_all(bytes))?;
    Ok(ExitStatus::Success)
}
