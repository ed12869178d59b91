//! The default output: one miette diagnostic per finding, with the source snippet, then a
//! summary line.

use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode, SourceSpan,
};

use crate::check::{FileReport, Summary};
use crate::finding::{Finding, Severity};
use crate::output::snippet::Excerpt;
use crate::source::SourceFile;
use crate::span::Span;

pub struct HumanOptions {
    pub color: bool,
}

/// A secondary place farther away than this many lines is named, not drawn: miette would
/// print every line in between.
const MAX_RELATED_DISTANCE: usize = 4;

/// Writes every finding of every report, then the summary.
pub fn render(
    reports: &[FileReport],
    options: &HumanOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let theme = if options.color {
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
    writeln!(out, "{}", summary_line(&Summary::of(reports)))
}

pub fn summary_line(summary: &Summary) -> String {
    let counts = [
        (summary.errors, "error", "errors"),
        (summary.warnings, "warning", "warnings"),
        (summary.infos, "info", "infos"),
    ]
    .map(|(count, one, many)| plural(count, one, many));
    let [errors, warnings, infos] = counts;
    format!(
        "Checked {}: {errors}, {warnings}, {infos}.",
        plural(summary.files, "file", "files")
    )
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
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

        let primary = LabeledSpan::new_primary_with_span(primary_label, source.local(finding.span));
        let related = drawn_related.into_iter().map(|related| {
            LabeledSpan::new_with_span(Some(related.label.clone()), source.local(related.span))
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
        f.write_str(&self.finding.message)
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
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
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
    fn summary_reads_naturally() {
        let summary = Summary {
            files: 1,
            errors: 2,
            warnings: 1,
            infos: 0,
        };
        assert_eq!(
            summary_line(&summary),
            "Checked 1 file: 2 errors, 1 warning, 0 infos."
        );
    }
}
