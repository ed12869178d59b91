//! Map files as miette reads them, for every diagnostic that shows source: findings and
//! configuration errors alike.
//!
//! Three corrections over handing miette the raw text: the column in the `path:line:col`
//! header counts characters (miette counts bytes, which is wrong after Cyrillic text);
//! control characters are shown as `?` so a hostile file cannot drive the terminal; and an
//! over-long line can be shown as an [`Excerpt`], still numbered as its real line. All keep
//! byte offsets, so spans stay valid.

use std::borrow::Cow;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::source::SourceFile;
use crate::span::Span;

/// Lines longer than this are shown as an excerpt around the finding: a minified or
/// generated file must not print megabytes to the terminal.
pub const MAX_LINE_CHARS: usize = 200;
/// How many characters of an over-long line to show on each side of the finding.
const EXCERPT_MARGIN: usize = 50;

impl SourceFile {
    /// The text with control characters defused; borrowed when there are none.
    fn display_text(&self) -> &str {
        self.display
            .get_or_init(|| match displayable(self.text()) {
                Cow::Borrowed(_) => None,
                Cow::Owned(shown) => Some(shown),
            })
            .as_deref()
            .unwrap_or(self.text())
    }

    /// Whether any line that a diagnostic at `span` would show (with one line of context)
    /// is too long to print whole.
    pub fn needs_excerpt(&self, span: Span) -> bool {
        let first = self.position(span.start).line;
        let last = self.position(span.end).line;
        (first.saturating_sub(1)..=last + 1)
            .filter_map(|line| self.line_span(line))
            .any(|line| {
                self.text()
                    .get(line.start..line.end)
                    .is_some_and(|text| text.chars().nth(MAX_LINE_CHARS).is_some())
            })
    }
}

impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        read_span(
            self.display_text(),
            span,
            (context_lines_before, context_lines_after),
            self,
            |offset| offset,
            0,
        )
    }
}

/// One line of a file, cut to the neighbourhood of a span.
#[derive(Clone)]
pub struct Excerpt<'a> {
    file: &'a SourceFile,
    /// What miette reads: the excerpt, with an ellipsis where the line goes on.
    text: String,
    /// The byte offset in the file that `text[prefix_len]` stands for.
    base: usize,
    /// Bytes of `text` (an ellipsis) that stand for nothing in the file.
    prefix_len: usize,
    /// Lines of the file before the excerpt's line.
    lines_before: usize,
}

impl<'a> Excerpt<'a> {
    pub fn new(file: &'a SourceFile, span: Span) -> Self {
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
            text: format!("{prefix}{body}{suffix}"),
            base: start,
            prefix_len: prefix.len(),
            lines_before: position.line - 1,
        }
    }

    /// A file span in the excerpt's coordinates, clipped to what it shows.
    pub fn local(&self, span: Span) -> SourceSpan {
        let shown_end = self.text.len().saturating_sub(self.prefix_len);
        let to_local =
            |offset: usize| offset.saturating_sub(self.base).min(shown_end) + self.prefix_len;
        let start = to_local(span.start);
        let end = to_local(span.end).max(start);
        SourceSpan::new(start.into(), end - start)
    }

    fn to_file_offset(&self, local: usize) -> usize {
        (local + self.base).saturating_sub(self.prefix_len)
    }
}

impl SourceCode for Excerpt<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        read_span(
            &self.text,
            span,
            (context_lines_before, context_lines_after),
            self.file,
            |local| self.to_file_offset(local),
            self.lines_before,
        )
    }
}

/// miette's own reading of `text`, named after `file`, with the line moved down by
/// `lines_before` and, for the header (read without context), the character column of the
/// file offset that `to_file_offset` maps the span to.
fn read_span<'a>(
    text: &'a str,
    span: &SourceSpan,
    (context_lines_before, context_lines_after): (usize, usize),
    file: &SourceFile,
    to_file_offset: impl Fn(usize) -> usize,
    lines_before: usize,
) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
    let contents = text.read_span(span, context_lines_before, context_lines_after)?;
    let column = if context_lines_before == 0 {
        file.position(to_file_offset(span.offset())).column - 1
    } else {
        contents.column()
    };
    Ok(Box::new(MietteSpanContents::new_named(
        file.display_path(),
        contents.data(),
        *contents.span(),
        contents.line() + lines_before,
        column,
        contents.line_count(),
    )))
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
    fn the_header_column_counts_characters() {
        let file = SourceFile::new("a.cjm.yaml", "id: сделка\nname: Сделка\n");
        let at = file.text().find("Сделка").unwrap();
        let contents = file
            .read_span(&SourceSpan::new(at.into(), 12), 0, 0)
            .unwrap();
        assert_eq!((contents.line() + 1, contents.column() + 1), (2, 7));
        assert_eq!(contents.name(), Some("a.cjm.yaml"));
    }

    #[test]
    fn excerpts_keep_the_real_line_and_column() {
        let text = format!("a: 1\nb: [{}oops]\n", "x, ".repeat(300));
        let file = SourceFile::new("long.cjm.yaml", text.clone());
        let at = text.find("oops").unwrap();
        let excerpt = Excerpt::new(&file, Span::new(at, at + 4));
        assert!(file.needs_excerpt(Span::new(at, at + 4)));
        assert!(excerpt.text.starts_with('…') && excerpt.text.ends_with("oops]"));
        assert!(excerpt.text.chars().count() < 2 * EXCERPT_MARGIN + 10);
        let local = excerpt.local(Span::new(at, at + 4));
        assert_eq!(
            &excerpt.text[local.offset()..local.offset() + local.len()],
            "oops"
        );
        let contents = excerpt.read_span(&local, 0, 0).unwrap();
        assert_eq!(contents.line() + 1, 2);
        assert_eq!(contents.column() + 1, file.position(at).column);
    }
}
