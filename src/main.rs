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
use cjm::destination::{to_stdout, write_output};
use cjm::diff;
use cjm::freshness::system_today;
use cjm::i18n::Lang;
use cjm::output::{self, ColorChoice, OutputFormat, RenderOptions, rule_docs, stats};
use cjm::report::{self, Report, Scope};
use cjm::walk::FileFilter;
use cjm::{CheckContext, CjmError, Config, ExitStatus, FileReport, Keep, Summary};
use clap::{CommandFactory, Parser};

/// A check allocates a node for each scalar of a map and frees it soon after, on every
/// core at once: mimalloc's per-thread heaps keep that cheap where the system allocator
/// contends (`benches/repository.rs` measures with the same allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

fn working_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

/// The language of the locale, as gettext reads it from the environment.
fn locale_lang() -> Lang {
    cjm::i18n::from_locale_env(|name| std::env::var(name).ok())
}

/// The configuration file (or the defaults), with the command-line flags on top, and the
/// language resolved: `--lang`, else `lang:` in the file, else the locale. `strict` is
/// `None` for commands without `--strict`.
fn resolve_config(
    args: &ConfigArgs,
    strict: Option<bool>,
    working_dir: &Path,
) -> Result<Config, CjmError> {
    let mut config = if args.no_config {
        Config::defaults(working_dir.to_path_buf())
    } else {
        // A file that cannot be read cannot say its language either.
        Config::discover(working_dir, args.config.as_deref())
            .map_err(|error| error.in_language(args.lang.unwrap_or_else(locale_lang)))?
    };
    // The flags are the top layer of the same settings the file fills in.
    config.settings.apply(SettingsLayer {
        review_period: args.max_age,
        remind_before: args.remind_before,
        rules: args.rules.clone(),
        lang: args.lang,
        strict,
        ..SettingsLayer::default()
    });
    config.settings.lang.get_or_insert_with(locale_lang);
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
        let config = resolve_config(&self.config, Some(self.strict), &working_dir)?;
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
    let (reports, context) = args.check.check(&config, &filter, Keep::Findings)?;
    if args.diff {
        return show_fixes(reports, &context);
    }
    // With --fix: the reports of the fixed maps, what was fixed, and whether every map
    // could be written.
    let (reports, fixed) = if args.fix {
        let run = cjm::fix::fix_reports(reports, &context, true);
        for failure in &run.failures {
            let color = colors(&io::stderr());
            let _ = io::stderr().write_all(cjm::error::render(failure, color).as_bytes());
        }
        let note = cjm::fix::title::fixed(run.fixes(), run.fixed.len(), true);
        (run.reports, Some((note, run.failures.is_empty())))
    } else {
        (reports, None)
    };
    let format = args.format.unwrap_or_else(|| {
        OutputFormat::default_for(std::env::var_os("GITHUB_ACTIONS").as_deref())
    });
    let options = RenderOptions {
        color: args.color.enabled(
            io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
        ),
        strict: args.check.strict,
        lang: config.settings.language(),
    };
    to_stdout(|out| {
        output::render(format, &reports, &options, out)?;
        if args.stats && format.is_human_readable() {
            writeln!(out)?;
            out.write_all(stats::render(&reports).as_bytes())?;
        }
        match &fixed {
            Some((note, _)) if format.is_human_readable() => writeln!(out, "{note}"),
            _ => Ok(()),
        }
    })?;
    if let Some((note, _)) = fixed.as_ref().filter(|_| !format.is_human_readable()) {
        note_plain(note);
    }
    if fixed.as_ref().is_some_and(|(_, all_written)| !all_written) {
        return Ok(ExitStatus::Failure);
    }
    if args.stats && !format.is_human_readable() {
        // Machine formats keep standard output for their document alone. Statistics that
        // cannot be shown do not change the outcome.
        let _ = io::stderr().write_all(stats::render(&reports).as_bytes());
    }
    Ok(args.check.exit_status(Summary::of(&reports)))
}

/// `--diff`: the fixes as a unified diff on standard output, nothing written; 1 when there
/// is something to fix.
fn show_fixes(reports: Vec<FileReport>, context: &CheckContext) -> Result<ExitStatus, CjmError> {
    let run = cjm::fix::fix_reports(reports, context, false);
    write_output(None, |out| {
        run.fixed
            .iter()
            .try_for_each(|file| out.write_all(cjm::fix::unified_diff(file).as_bytes()))
    })?;
    note_plain(&cjm::fix::title::fixed(run.fixes(), run.fixed.len(), false));
    Ok(if run.fixed.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Findings
    })
}

/// A line on standard error, for what machine formats keep off standard output.
fn note_plain(message: &str) {
    let _ = writeln!(io::stderr(), "{message}");
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
    let lang = config.settings.language();
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
            report::assets::render_beside(&model, &maps, lang, (dir, output), &inputs, target)?
        }
        _ => write_output(target, |out| {
            report::render(&model, &maps, args.format, lang, None, out)
        })?,
    }
    Ok(args.check.exit_status(findings))
}

fn diff(args: &DiffArgs) -> Result<ExitStatus, CjmError> {
    let (config, filter) = args.check.settings()?;
    let Some(sides) = diff::Sides::of(args.git.as_deref(), &args.check.paths) else {
        let error = Cli::command().error(
            clap::error::ErrorKind::WrongNumberOfValues,
            "`cjm diff` compares two paths, OLD and NEW, or a git revision with --git REV",
        );
        return Ok(exit_status_of(usage_error(&error)));
    };
    let context = config.check_context(args.check.today.unwrap_or_else(system_today));
    let inputs = args.check.inputs(&config, &filter);
    diff::run(args, sides, &filter, &context, &inputs)
}

/// A usage error already printed, as the status the command ends with.
fn exit_status_of(code: ExitCode) -> ExitStatus {
    if code == ExitCode::SUCCESS {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    }
}

fn show_config(args: &ConfigArgs) -> Result<ExitStatus, CjmError> {
    let config = resolve_config(args, None, &working_dir())?;
    // Globs are checked here too, so `cjm config` is a way to test a configuration.
    config.file_filter(&working_dir())?;
    print(&config.to_yaml())
}

fn rules(args: &RulesArgs) -> Result<ExitStatus, CjmError> {
    let config = resolve_config(&args.config, None, &working_dir())?;
    let lang = config.settings.language();
    let text = match &args.rule {
        None => rule_docs::listing(&config.settings.rules, lang),
        Some(name) => match cjm::rules::find(name) {
            Some(rule) => rule_docs::explanation(rule, &config.settings, lang),
            None => {
                return Err(CjmError::UnknownRule {
                    name: name.clone(),
                    suggestion: cjm::rules::unknown_rule_help(name).render(lang),
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
