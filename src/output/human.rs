//! The default output: one miette diagnostic per finding, with the source snippet. The
//! summary line that follows is written by [`super::render`].

use std::fmt;
use std::io::{self, Write};

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use super::shown;
use crate::check::FileReport;
use crate::finding::{Finding, Related, Severity};
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

/// A finding seen through miette's eyes: its labels, in the coordinates of the excerpt
/// it is drawn from.
struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    excerpt: Excerpt<'a>,
    labels: Vec<LabeledSpan>,
}

impl<'a> FindingDiagnostic<'a> {
    fn new(finding: &'a Finding, file: &'a SourceFile) -> Self {
        let line_of = |offset: usize| file.position(offset).line;
        let primary_line = line_of(finding.span.start);
        let is_near = |related: &&Related| {
            line_of(related.span.start).abs_diff(primary_line) <= MAX_RELATED_DISTANCE
        };
        let spans: Vec<Span> = std::iter::once(finding.span)
            .chain(
                finding
                    .related
                    .iter()
                    .filter(is_near)
                    .map(|related| related.span),
            )
            .collect();
        let excerpt = Excerpt::new(file, &spans);

        let mut primary_label = finding.label.clone();
        let mut add_note = |note: String| {
            primary_label = Some(match primary_label.take() {
                Some(label) => format!("{label} ({note})"),
                None => note,
            });
        };
        // The line of the span's last character, not of the line break after it.
        let last_line = line_of(finding.span.end.saturating_sub(1).max(finding.span.start));
        if !excerpt.shows(finding.span) && last_line > primary_line {
            add_note(format!("ends on line {last_line}"));
        }
        let mut drawn_related = Vec::new();
        for related in &finding.related {
            if is_near(&related) && excerpt.shows(related.span) {
                drawn_related.push(related);
            } else {
                add_note(format!(
                    "{}: line {}",
                    related.label,
                    line_of(related.span.start)
                ));
            }
        }

        let primary = LabeledSpan::new_primary_with_span(
            primary_label.as_deref().map(shown),
            excerpt.local(finding.span),
        );
        let related = drawn_related.into_iter().map(|related| {
            LabeledSpan::new_with_span(Some(shown(&related.label)), excerpt.local(related.span))
        });
        let labels = std::iter::once(primary).chain(related).collect();
        Self {
            finding,
            excerpt,
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
        f.write_str(&shown(&self.finding.message))
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

    /// The help, then the fix when there is one.
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let help = self.finding.help.as_deref().map(shown);
        let fix = self
            .finding
            .fix
            .as_ref()
            .map(|fix| format!("fix: {} (`cjm validate --fix`)", shown(&fix.title)));
        let text = match (help, fix) {
            (Some(help), Some(fix)) => format!("{help}\n{fix}"),
            (help, fix) => help.or(fix)?,
        };
        Some(Box::new(text))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.excerpt)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// miette scans the source it is handed for every label: a finding must hand it a few
    /// lines, not the whole file, or many findings cost the file's size each.
    #[test]
    fn a_finding_is_drawn_from_a_few_lines_of_a_large_file() {
        let stages: String = (0..10_000)
            .map(|index| format!("  - {{id: s{index}, name: S}}\n"))
            .collect();
        let file = SourceFile::new("a.cjm.yaml", format!("stages:\n{stages}"));
        let at = file.text().find("s5000").unwrap();
        let finding = Finding::new(
            &crate::rules::completeness::STAGE_MISSING_GOALS,
            Span::new(at, at + 5),
            "stage `s5000` has no `goals`",
        );
        let diagnostic = FindingDiagnostic::new(&finding, &file);
        let source = diagnostic.source_code().unwrap();
        let local = diagnostic.excerpt.local(finding.span);
        // Asking for more context than the excerpt holds gets the excerpt.
        let shown = source.read_span(&local, 100, 100).unwrap();
        assert_eq!(
            std::str::from_utf8(shown.data()).unwrap(),
            "  - {id: s4999, name: S}\n  - {id: s5000, name: S}\n  - {id: s5001, name: S}"
        );
        let header = source.read_span(&local, 0, 0).unwrap();
        assert_eq!((header.line() + 1, header.column() + 1), (5002, 10));
    }

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
