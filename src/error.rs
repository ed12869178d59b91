//! Errors that stop a command from running as asked (exit code 2), and how they are shown.
//! Problems in map files are not errors of this kind: they are findings.

use std::fmt;
use std::io;
use std::path::PathBuf;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use crate::source::display_path;

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum CjmError {
    #[error("no map file found in {}", paths_list(paths))]
    #[diagnostic(help("{}", no_maps_help(include, exclude)))]
    NoMaps {
        paths: Vec<PathBuf>,
        /// The `include` globs in force.
        include: Vec<String>,
        /// The `exclude` globs in force.
        exclude: Vec<String>,
    },
    #[error("cannot read `{}`: {}", display_path(path), describe_io(error))]
    #[diagnostic(help(
        "check the path; directories are searched for *.cjm.yaml and *.cjm.yml files"
    ))]
    Path { path: PathBuf, error: io::Error },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("invalid glob in the configuration: {glob}")]
    Glob { glob: globset::Error },
    #[error("unknown rule `{name}`")]
    #[diagnostic(help("{suggestion}"))]
    UnknownRule { name: String, suggestion: String },
    #[error("cannot write `{}`: {}", display_path(path), describe_io(error))]
    #[diagnostic(help("check that the directory exists and is writable"))]
    Write { path: PathBuf, error: io::Error },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Init(#[from] crate::init::InitError),
    #[error("not inside a git repository")]
    #[diagnostic(help(
        "run `cjm diff --git` in a git work tree, or compare two paths: `cjm diff OLD NEW`"
    ))]
    NotAGitRepository,
    #[error("git: {message}")]
    Git { message: String },
    #[error(
        "refusing to write over `{}`, which this run reads",
        display_path(path)
    )]
    #[diagnostic(help(
        "write the report to another file: the output never replaces a map, the configuration \
         or a file named on the command line"
    ))]
    OutputIsInput { path: PathBuf },
    #[error(
        "refusing to write over `{}`, a map file by `include`",
        display_path(path)
    )]
    #[diagnostic(help(
        "write the report to another file; check the order of the arguments: maps first, \
         then `-o FILE`"
    ))]
    OutputIsMap { path: PathBuf },
    #[error("cannot write the output: {}", describe_io(error))]
    Output { error: io::Error },
}

// By hand, not `#[from]`: that would make the error the message's source as well as part
// of it, and miette would print the cause twice.
impl From<io::Error> for CjmError {
    fn from(error: io::Error) -> Self {
        Self::Output { error }
    }
}

impl From<globset::Error> for CjmError {
    fn from(glob: globset::Error) -> Self {
        Self::Glob { glob }
    }
}

fn paths_list(paths: &[PathBuf]) -> String {
    let quoted: Vec<String> = paths
        .iter()
        .map(|path| format!("{:?}", display_path(path)))
        .collect();
    quoted.join(", ")
}

/// What a walk looks for, so a mistyped `include` shows itself.
fn no_maps_help(include: &[String], exclude: &[String]) -> String {
    let globs = |globs: &[String]| {
        globs
            .iter()
            .map(|glob| format!("`{glob}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut help = format!(
        "directories are searched for files that match `include`: {}",
        globs(include)
    );
    if !exclude.is_empty() {
        help.push_str(&format!(", skipping `exclude`: {}", globs(exclude)));
    }
    help.push_str("; check the path and `include` in .cjm.yaml, or name the map files");
    help
}

fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => error.to_string(),
    }
}

/// `error` as people read it on standard error: its message and help, then each problem it
/// gathers (every problem of a configuration file) as a diagnostic of its own, pointing at
/// the source.
///
/// Error codes are not shown: in `cjm` a code names the rule of a finding, and an error that
/// stops the run has none. miette would also start each gathered problem with an `Error:`
/// line of its own, empty here.
pub fn render(error: &dyn Diagnostic, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    let source = error.source_code();
    let mut text = String::new();
    let parts = std::iter::once(error).chain(error.related().into_iter().flatten());
    for (index, part) in parts.enumerate() {
        if index > 0 {
            text.push('\n');
        }
        let shown = Standalone {
            inner: part,
            source: part.source_code().or(source),
        };
        // Rendering into a String fails only if a Display implementation does.
        if handler.render_report(&mut text, &shown).is_err() {
            text.push_str(&format!("  × {part}\n"));
        }
    }
    text
}

/// A diagnostic shown on its own: without a code and without the problems it gathers,
/// which [`render`] shows after it.
struct Standalone<'a> {
    inner: &'a dyn Diagnostic,
    source: Option<&'a dyn SourceCode>,
}

impl fmt::Debug for Standalone<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.inner, f)
    }
}

impl fmt::Display for Standalone<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.inner, f)
    }
}

impl std::error::Error for Standalone<'_> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source()
    }
}

impl Diagnostic for Standalone<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        self.inner.severity()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.inner.help()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.inner.labels()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_is_named_once() {
        let error = CjmError::from(io::Error::from_raw_os_error(28));
        let text = render(&error, false);
        assert_eq!(text.matches("No space left on device").count(), 1, "{text}");
        let error = CjmError::from(globset::Glob::new("[a").unwrap_err());
        let text = render(&error, false);
        assert_eq!(
            text.matches("unclosed character class").count(),
            1,
            "{text}"
        );
    }
}
