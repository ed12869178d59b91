//! The default output: one miette diagnostic per finding, with the source snippet. The
//! summary line that follows is written by [`super::render`].

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::escape_controls;
use super::location::shown_path;
use crate::check::FileReport;
use crate::finding::{Finding, Severity};
use crate::source::SourceFile;
use crate::span::Span;

/// Lines longer than this are shown as an excerpt around the finding: a minified or
/// generated file must not print megabytes to the terminal.
const MAX_LINE_CHARS: usize = 200;
/// How many characters of an over-long line to show on each side of the finding.
const EXCERPT_MARGIN: usize = 50;
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
        let whole = Snippet::whole(&report.source);
        for finding in &report.findings {
            let diagnostic = FindingDiagnostic::new(finding, &report.source, &whole);
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

/// A finding seen through miette's eyes: its labels, in the coordinates of its snippet.
struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    snippet: Cow<'a, Snippet<'a>>,
    labels: Vec<LabeledSpan>,
}

impl<'a> FindingDiagnostic<'a> {
    fn new(finding: &'a Finding, file: &'a SourceFile, whole: &'a Snippet<'a>) -> Self {
        let line_of = |span: Span| file.position(span.start).line;
        let primary_line = line_of(finding.span);
        let last_line = file.position(finding.span.end).line;
        let too_long = (primary_line.saturating_sub(1)..=last_line + 1)
            .filter_map(|line| file.line_span(line))
            .any(|line| {
                file.text()
                    .get(line.start..line.end)
                    .is_some_and(|text| text.chars().nth(MAX_LINE_CHARS).is_some())
            });

        let mut primary_label = finding.label.clone();
        let mut drawn_related = Vec::new();
        for related in &finding.related {
            if !too_long && line_of(related.span).abs_diff(primary_line) <= MAX_RELATED_DISTANCE {
                drawn_related.push(related);
            } else {
                let position = file.position(related.span.start);
                let note = format!("{}: line {}", related.label, position.line);
                primary_label = Some(match primary_label {
                    Some(label) => format!("{label} ({note})"),
                    None => note,
                });
            }
        }

        let snippet = if too_long {
            Cow::Owned(Snippet::excerpt(file, finding.span))
        } else {
            Cow::Borrowed(whole)
        };
        let shown = |label: &str| escape_controls(label).into_owned();
        let primary = LabeledSpan::new_primary_with_span(
            primary_label.as_deref().map(shown),
            snippet.local(finding.span),
        );
        let related = drawn_related.into_iter().map(|related| {
            LabeledSpan::new_with_span(Some(shown(&related.label)), snippet.local(related.span))
        });
        let labels = std::iter::once(primary).chain(related).collect();
        Self {
            finding,
            snippet,
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
        Some(self.snippet.as_ref())
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// The part of a file miette draws from.
///
/// Corrections over handing miette the raw text: the column in the `path:line:col` header
/// counts characters (miette counts bytes, which is wrong after Cyrillic text); control
/// characters are shown as `?` so a hostile file cannot drive the terminal; and an
/// over-long line is cut to an excerpt, still numbered as its real line.
#[derive(Clone)]
struct Snippet<'a> {
    file: &'a SourceFile,
    name: String,
    /// What miette reads.
    text: Cow<'a, str>,
    /// The byte offset in the file that `text[prefix_len]` stands for.
    base: usize,
    /// Bytes of `text` (an ellipsis) that stand for nothing in the file.
    prefix_len: usize,
    /// Lines of the file before the first line of `text`.
    lines_before: usize,
}

impl<'a> Snippet<'a> {
    fn whole(file: &'a SourceFile) -> Self {
        Self {
            file,
            name: shown_path(file),
            text: displayable(file.text()),
            base: 0,
            prefix_len: 0,
            lines_before: 0,
        }
    }

    /// One line of the file, cut to the neighbourhood of `span`.
    fn excerpt(file: &'a SourceFile, span: Span) -> Self {
        let position = file.position(span.start);
        let line = file
            .line_span(position.line)
            .unwrap_or(Span::at(span.start));
        let line_text = file.text().get(line.start..line.end).unwrap_or("");
        let boundaries: Vec<usize> = line_text
            .char_indices()
            .map(|(index, _)| line.start + index)
            .chain(std::iter::once(line.end))
            .collect();
        let index_of = |offset: usize| boundaries.partition_point(|&boundary| boundary < offset);
        let first = index_of(span.start).saturating_sub(EXCERPT_MARGIN);
        let last = (index_of(span.end.min(line.end)).max(index_of(span.start) + 1)
            + EXCERPT_MARGIN)
            .min(boundaries.len().saturating_sub(1));
        let start = boundaries.get(first).copied().unwrap_or(line.start);
        let end = boundaries.get(last).copied().unwrap_or(line.end).max(start);
        let prefix = if start > line.start { "…" } else { "" };
        let suffix = if end < line.end { "…" } else { "" };
        let body = displayable(file.text().get(start..end).unwrap_or(""));
        Self {
            file,
            name: shown_path(file),
            text: Cow::Owned(format!("{prefix}{body}{suffix}")),
            base: start,
            prefix_len: prefix.len(),
            lines_before: position.line - 1,
        }
    }

    /// A file span in this snippet's coordinates, clipped to what it shows.
    fn local(&self, span: Span) -> SourceSpan {
        let shown_end = self.text.len().saturating_sub(self.prefix_len);
        let to_local =
            |offset: usize| offset.saturating_sub(self.base).min(shown_end) + self.prefix_len;
        let start = to_local(span.start);
        let end = to_local(span.end).max(start);
        SourceSpan::new(start.into(), end - start)
    }
}

impl SourceCode for Snippet<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let contents =
            self.text
                .as_ref()
                .read_span(span, context_lines_before, context_lines_after)?;
        let column = if context_lines_before == 0 {
            let file_offset = (span.offset() + self.base).saturating_sub(self.prefix_len);
            self.file.position(file_offset).column - 1
        } else {
            contents.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            contents.data(),
            *contents.span(),
            contents.line() + self.lines_before,
            column,
            contents.line_count(),
        )))
    }
}

/// The text with control characters replaced byte for byte, and a lone `\r` (a line break
/// in YAML, but not in miette's snippet drawing) turned into `\n`.
fn displayable(text: &str) -> Cow<'_, str> {
    let needs_change = |c: char| c.is_control() && !matches!(c, '\t' | '\n');
    if !text.contains(needs_change) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => shown.push('\r'),
            '\r' => shown.push('\n'),
            '\t' | '\n' => shown.push(c),
            c if c.is_control() => shown.extend(std::iter::repeat_n('?', c.len_utf8())),
            c => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_text_keeps_offsets_and_defuses_controls() {
        let text = "a: \u{1b}[31m\r\nb: \u{85}x\rc";
        let shown = displayable(text);
        assert_eq!(shown.len(), text.len());
        assert_eq!(shown, "a: ?[31m\r\nb: ??x\nc");
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

    #[test]
    fn excerpts_keep_the_real_line_and_column() {
        let text = format!("a: 1\nb: [{}oops]\n", "x, ".repeat(300));
        let file = SourceFile::new("long.cjm.yaml", text.clone());
        let at = text.find("oops").unwrap();
        let snippet = Snippet::excerpt(&file, Span::new(at, at + 4));
        assert!(snippet.text.starts_with('…') && snippet.text.ends_with("oops]"));
        assert!(snippet.text.chars().count() < 2 * EXCERPT_MARGIN + 10);
        let local = snippet.local(Span::new(at, at + 4));
        assert_eq!(
            &snippet.text[local.offset()..local.offset() + local.len()],
            "oops"
        );
        let contents = snippet.read_span(&local, 0, 0).unwrap();
        assert_eq!(contents.line() + 1, 2);
        assert_eq!(contents.column() + 1, file.position(at).column);
    }
}
