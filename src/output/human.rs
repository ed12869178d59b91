//! The default output: one miette diagnostic per finding, with the source snippet. The
//! summary line that follows is written by [`super::render`].

use std::fmt;
use std::io::{self, Write};

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use super::shown;
use crate::check::FileReport;
use crate::finding::{Finding, Related, Severity};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::output::snippet::Excerpt;
use crate::source::SourceFile;
use crate::span::Span;

/// The width miette wraps a diagnostic to.
const WIDTH: usize = 100;

/// The help line under a finding, as miette draws its `help:` line, with the prefix of the
/// run's language: miette's own prefix is English.
fn help_footer(prefix: &str, help: &str, style: owo_colors::Style, color: bool) -> String {
    let prefix = format!("  {prefix} ");
    let indent = " ".repeat(prefix.chars().count());
    let shown_prefix = if color {
        style.style(&prefix).to_string()
    } else {
        prefix
    };
    let options = textwrap::Options::new(WIDTH - 2)
        .initial_indent(&shown_prefix)
        .subsequent_indent(&indent);
    format!("{}\n", textwrap::fill(help, options))
}

/// A secondary place farther away than this many lines is named, not drawn: miette would
/// print every line in between.
const MAX_RELATED_DISTANCE: usize = 4;

/// Writes every finding of every report.
pub fn render(
    reports: &[FileReport],
    color: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let help_style = theme.styles.help;
    let handler = GraphicalReportHandler::new_themed(theme).with_width(WIDTH);
    for report in reports {
        if report.findings.is_empty() {
            continue;
        }
        for finding in &report.findings {
            let diagnostic = FindingDiagnostic::new(finding, &report.source, lang);
            let mut text = String::new();
            handler
                .render_report(&mut text, &diagnostic)
                .map_err(io::Error::other)?;
            if let Some(help) = &diagnostic.own_help {
                text.push_str(&help_footer(
                    &lang.text("help-prefix"),
                    help,
                    help_style,
                    color,
                ));
            }
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
    message: String,
    code: String,
    /// The help for miette to draw: in English, where miette's own `help:` fits.
    help: Option<String>,
    /// The help `cjm` draws itself, for a language other than miette's English.
    own_help: Option<String>,
}

impl<'a> FindingDiagnostic<'a> {
    fn new(finding: &'a Finding, file: &'a SourceFile, lang: Lang) -> Self {
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

        let mut primary_label = finding.label.as_ref().map(|label| label.render(lang));
        let mut add_note = |note: Message| {
            let note = note.render(lang);
            primary_label = Some(match primary_label.take() {
                Some(label) => format!("{label} ({note})"),
                None => note,
            });
        };
        // The line of the span's last character, not of the line break after it.
        let last_line = line_of(finding.span.end.saturating_sub(1).max(finding.span.start));
        if !excerpt.shows(finding.span) && last_line > primary_line {
            add_note(msg!("ends-on-line", line = last_line));
        }
        let mut drawn_related = Vec::new();
        for related in &finding.related {
            if is_near(&related) && excerpt.shows(related.span) {
                drawn_related.push(related);
            } else {
                add_note(msg!(
                    "related-on-line",
                    label = related.label.clone(),
                    line = line_of(related.span.start)
                ));
            }
        }

        let primary = LabeledSpan::new_primary_with_span(
            primary_label.as_deref().map(shown),
            excerpt.local(finding.span),
        );
        let related = drawn_related.into_iter().map(|related| {
            LabeledSpan::new_with_span(
                Some(shown(&related.label.render(lang))),
                excerpt.local(related.span),
            )
        });
        let labels = std::iter::once(primary).chain(related).collect();
        let help = finding.help.as_ref().map(|help| shown(&help.render(lang)));
        // The title of a fix comes from the fix model as it is.
        let fix = finding
            .fix
            .as_ref()
            .map(|fix| msg!("fix-line", title = shown(&fix.title.render(lang))).render(lang));
        let help = match (help, fix) {
            (Some(help), Some(fix)) => Some(format!("{help}\n{fix}")),
            (help, fix) => help.or(fix),
        };
        let (help, own_help) = match lang {
            Lang::En => (help, None),
            Lang::Ru => (None, help),
        };
        let severity = msg!("severity", severity = finding.severity.as_str()).render(lang);
        Self {
            finding,
            excerpt,
            labels,
            message: shown(&finding.message.render(lang)),
            code: format!("{severity}[{}] {}", finding.rule.code, finding.rule.name),
            help,
            own_help,
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
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
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
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
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
            Message::verbatim("stage `s5000` has no `goals`"),
        );
        let diagnostic = FindingDiagnostic::new(&finding, &file, Lang::En);
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
            Message::verbatim("unknown key `\u{1b}[2J`"),
        );
        finding.help = Some(Message::verbatim("remove `\u{1b}[2J`"));
        finding.label = Some(Message::verbatim("key \u{1b}[2J"));
        let report = FileReport {
            source: file,
            findings: vec![finding],
            map: None,
        };
        let mut out = Vec::new();
        render(std::slice::from_ref(&report), false, Lang::En, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\u{1b}'), "{text}");
        assert_eq!(text.matches("\\u{1b}[2J").count(), 3, "{text}");
    }
}
