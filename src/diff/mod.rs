//! `cjm diff`: what changed in the journey between two versions of a set of maps.
//!
//! The flow: two sides (files, directories, or git revisions read by [`git`]) → checked
//! files → [`pairing`] (which old map is which new one) → the change [`model`], whose
//! elements are paired by id in [`matching`] → one renderer ([`human`], [`markdown`],
//! [`json`]). Sentences and words come from the report's wording tables, so a diff reads
//! like the reports next to it, in English or Russian.

pub mod git;
pub mod human;
pub mod json;
pub mod markdown;
pub mod matching;
pub mod model;
pub mod pairing;
pub mod sentences;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

pub use model::Diff;

use crate::atomic_write::{self, Inputs};
use crate::check::Summary;
use crate::cli::DiffArgs;
use crate::destination::write_output;
use crate::error::CjmError;
use crate::report::{Lang, Locale};
use crate::source::display_path;
use crate::{CheckContext, ExitStatus, FileFilter};

/// The format of a diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text for a terminal (the default when standard output is one).
    Human,
    /// GitHub Flavored Markdown, for a pull-request comment (the default otherwise).
    Markdown,
    /// Data for other tools; see `cjm schema --diff`.
    Json,
}

impl Format {
    /// Human on a terminal; Markdown into a pipe or a file, where a CI job will post it.
    pub const fn default_for(to_terminal: bool) -> Self {
        if to_terminal {
            Self::Human
        } else {
            Self::Markdown
        }
    }
}

/// Writes `diff` in `format`; `lang` applies to the formats with words.
pub fn render(diff: &Diff, format: Format, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let locale = || Locale::new(lang).map_err(io::Error::other);
    match format {
        Format::Human => out.write_all(human::render(diff, &locale()?).as_bytes()),
        Format::Markdown => out.write_all(markdown::render(diff, &locale()?).as_bytes()),
        Format::Json => json::render(diff, out),
    }
}

/// What `cjm diff` compares.
#[derive(Clone, Copy, Debug)]
pub enum Sides<'a> {
    /// `--git REV`: the maps under `paths` at the revisions `REV` names, read through git.
    Git {
        revisions: &'a str,
        paths: &'a [PathBuf],
    },
    /// `cjm diff OLD NEW`: two files or two directories.
    Paths { old: &'a Path, new: &'a Path },
}

impl<'a> Sides<'a> {
    /// The sides the arguments name: a revision with `--git`, else exactly two paths.
    pub fn of(git: Option<&'a str>, paths: &'a [PathBuf]) -> Option<Self> {
        match (git, paths) {
            (Some(revisions), _) => Some(Self::Git { revisions, paths }),
            (None, [old, new]) => Some(Self::Paths { old, new }),
            (None, _) => None,
        }
    }
}

/// `cjm diff`: compares `sides`, writes the diff where `args` say, and returns the status
/// the run ends with. Findings on the new side fail the run as `cjm validate` would; with
/// `--exit-code` any change does too. `inputs` are the files the run reads, which the
/// output must not replace.
pub fn run(
    args: &DiffArgs,
    sides: Sides<'_>,
    filter: &FileFilter,
    context: &CheckContext,
    inputs: &Inputs<'_>,
) -> Result<ExitStatus, CjmError> {
    // Opened first: a refused or unwritable output fails the run before any map is read.
    let target = match &args.output {
        Some(path) => Some(atomic_write::open(path, inputs)?),
        None => None,
    };
    let model = match sides {
        Sides::Git { revisions, paths } => {
            let revisions = git::Revisions::parse(revisions);
            let pairs = git::pairs(&revisions, paths, filter, context)?;
            Diff::build(&pairs, context, revisions.old, revisions.new)
        }
        Sides::Paths { old, new } => {
            let pairs = pairing::pair_paths(old, new, filter, context)?;
            Diff::build(&pairs, context, display_path(old), Some(display_path(new)))
        }
    };
    let format = args.format.unwrap_or_else(|| {
        Format::default_for(args.output.is_none() && io::stdout().is_terminal())
    });
    let lang = context.settings.language();
    write_output(target, |out| render(&model, format, lang, out))?;
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
