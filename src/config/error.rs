//! Why a configuration file cannot be used: every problem in it, each at its place.

use crate::i18n::{Lang, Message};
use crate::source::SourceFile;
use crate::span::Span;

/// One problem in a configuration file.
/// Its texts are catalogue messages, rendered in [`ConfigError::lang`] when shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub span: Span,
    pub message: Message,
    pub help: Option<Message>,
    lang: Lang,
}

impl Problem {
    pub(super) fn new(span: Span, message: Message) -> Self {
        Self {
            span,
            message,
            help: None,
            lang: Lang::En,
        }
    }

    pub(super) fn help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    pub(super) fn help_opt(mut self, help: Option<Message>) -> Self {
        self.help = help;
        self
    }
}

/// A configuration file that cannot be used, with every problem found in it.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.headline())]
pub struct ConfigError {
    pub file: Box<SourceFile>,
    pub problems: Vec<Problem>,
    /// The language the error is shown in: `--lang` or the locale, as the file that would
    /// have said otherwise cannot be read.
    lang: Lang,
}

impl ConfigError {
    pub(super) fn new(file: SourceFile, problems: Vec<Problem>) -> Self {
        Self {
            file: Box::new(file),
            problems,
            lang: Lang::En,
        }
    }

    /// The error as shown in `lang`.
    #[must_use]
    pub fn in_language(mut self, lang: Lang) -> Self {
        self.lang = lang;
        for problem in &mut self.problems {
            problem.lang = lang;
        }
        self
    }

    fn headline(&self) -> String {
        crate::msg!(
            "config-problems",
            count = self.problems.len(),
            file = self.file.display_path().to_string()
        )
        .render(self.lang)
    }
}

impl miette::Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("cjm::config"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(self.lang.text("fix-the-configuration")))
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
        f.write_str(&self.message.render(self.lang))
    }
}

impl std::error::Error for Problem {}

impl miette::Diagnostic for Problem {
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help.render(self.lang)) as Box<dyn std::fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = miette::SourceSpan::new(self.span.start.into(), self.span.len());
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(None, span),
        )))
    }
}
