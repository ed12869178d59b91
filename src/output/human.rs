//! The default output: one miette diagnostic per finding, with the source snippet. The
//! summary line that follows is written by [`super::render`].

use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode, SourceSpan,
};

use super::escape_controls;
use crate::check::FileReport;
use crate::finding::{Finding, Severity};
use crate::output::snippet::Excerpt;
use crate::source::SourceFile;
use crate::span::Span;

/// A secondary place farther away than this many lines is named, not drawn: miette would
/// print every line in between.
const MAX_RELATED_DISTANCE: usize = 4;

/// Writes every finding of every report.
pub fn render(reports: &[FileReport], color: bool, out: &mut dyn Write) -> io::Result<()> {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    for report in reports {
        if report.findings.is_empty() {
            continue;
        }
        for finding in &report.findings {
            let diagnostic = FindingDiagnostic::new(finding, &report.source);
            let mut text = String::new();
            handler
                .render_report(&mut text, &diagnostic)
                .map_err(io::Error::other)?;
            out.write_all(text.as_bytes())?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// A finding seen through miette's eyes: its labels, in the coordinates of its source.
struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: Source<'a>,
    labels: Vec<LabeledSpan>,
}

/// What miette draws from: the whole file, or an excerpt of an over-long line.
enum Source<'a> {
    File(&'a SourceFile),
    Excerpt(Excerpt<'a>),
}

impl Source<'_> {
    fn local(&self, span: Span) -> SourceSpan {
        match self {
            Self::File(_) => SourceSpan::new(span.start.into(), span.len()),
            Self::Excerpt(excerpt) => excerpt.local(span),
        }
    }
}

impl<'a> FindingDiagnostic<'a> {
    fn new(finding: &'a Finding, file: &'a SourceFile) -> Self {
        let line_of = |span: Span| file.position(span.start).line;
        let primary_line = line_of(finding.span);
        let source = if file.needs_excerpt(finding.span) {
            Source::Excerpt(Excerpt::new(file, finding.span))
        } else {
            Source::File(file)
        };

        let mut primary_label = finding.label.clone();
        let mut drawn_related = Vec::new();
        for related in &finding.related {
            let near = line_of(related.span).abs_diff(primary_line) <= MAX_RELATED_DISTANCE;
            if near && matches!(source, Source::File(_)) && !file.needs_excerpt(related.span) {
                drawn_related.push(related);
            } else {
                let note = format!("{}: line {}", related.label, line_of(related.span));
                primary_label = Some(match primary_label {
                    Some(label) => format!("{label} ({note})"),
                    None => note,
                });
            }
        }

        let shown = |label: &str| escape_controls(label).into_owned();
        let primary = LabeledSpan::new_primary_with_span(
            primary_label.as_deref().map(shown),
            source.local(finding.span),
        );
        let related = drawn_related.into_iter().map(|related| {
            LabeledSpan::new_with_span(Some(shown(&related.label)), source.local(related.span))
        });
        let labels = std::iter::once(primary).chain(related).collect();
        Self {
            finding,
            source,
            labels,
        }
    }
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.finding, f)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape_controls(&self.finding.message))
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let rule = self.finding.rule;
        Some(Box::new(format!(
            "{}[{}] {}",
            self.finding.severity, rule.code, rule.name
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.finding
            .help
            .as_ref()
            .map(|help| Box::new(escape_controls(help)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(match &self.source {
            Source::File(file) => *file,
            Source::Excerpt(excerpt) => excerpt,
        })
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_cannot_drive_the_terminal() {
        let file = SourceFile::new("a.cjm.yaml", "a: 1\n");
        let mut finding = Finding::new(
            &crate::rules::structure::UNKNOWN_KEY,
            Span::new(0, 1),
            "unknown key `\u{1b}[2J`",
        );
        finding.help = Some("remove `\u{1b}[2J`".into());
        finding.label = Some("key \u{1b}[2J".into());
        let report = FileReport {
            source: file,
            findings: vec![finding],
            map: None,
        };
        let mut out = Vec::new();
        render(std::slice::from_ref(&report), false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\u{1b}'), "{text}");
        assert_eq!(text.matches("\\u{1b}[2J").count(), 3, "{text}");
    }
}
