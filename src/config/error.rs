//! Why a configuration file cannot be used: every problem in it, each at its place.

use crate::source::SourceFile;
use crate::span::Span;

/// One problem in a configuration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl Problem {
    pub(super) fn new(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            help: None,
        }
    }

    pub(super) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub(super) fn help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}

/// A configuration file that cannot be used, with every problem found in it.
#[derive(Debug, thiserror::Error)]
#[error("{} in {}", count(self.problems.len()), self.file.display_path())]
pub struct ConfigError {
    pub file: Box<SourceFile>,
    pub problems: Vec<Problem>,
}

fn count(problems: usize) -> String {
    if problems == 1 {
        "a problem".to_owned()
    } else {
        format!("{problems} problems")
    }
}

impl ConfigError {
    pub(super) fn new(file: SourceFile, problems: Vec<Problem>) -> Self {
        Self {
            file: Box::new(file),
            problems,
        }
    }
}

impl miette::Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("cjm::config"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(
            "fix the configuration, or run with `--no-config` to ignore it",
        ))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&*self.file)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        Some(Box::new(
            self.problems
                .iter()
                .map(|problem| problem as &dyn miette::Diagnostic),
        ))
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Problem {}

impl miette::Diagnostic for Problem {
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn std::fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = miette::SourceSpan::new(self.span.start.into(), self.span.len());
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(None, span),
        )))
    }
}
