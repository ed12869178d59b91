//! Map files as miette reads them, for every diagnostic that shows source: findings and
//! configuration errors alike.
//!
//! Three corrections over handing miette the raw text: the column in the `path:line:col`
//! header counts characters (miette counts bytes, which is wrong after Cyrillic text);
//! control characters are shown as `?` so a hostile file cannot drive the terminal; and a
//! finding is drawn from an [`Excerpt`] of the few lines around it, each cut to a bounded
//! width, still numbered as the real lines. miette scans the text it is given for every
//! label, so handing it the whole file would make each finding cost the size of the file.

use std::borrow::Cow;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::source::SourceFile;
use crate::span::Span;

/// Lines longer than this are shown as an excerpt around the finding: a minified or
/// generated file must not print megabytes to the terminal.
pub const MAX_LINE_CHARS: usize = 200;
/// How many characters of an over-long line to show before the finding.
const EXCERPT_MARGIN: usize = 50;
/// How many characters of an over-long line to show in all, so that it fits a terminal.
pub const EXCERPT_CHARS: usize = 120;
/// How many lines of a span are drawn; a longer span is cut there and says where it ends.
pub const MAX_SPAN_LINES: usize = 4;

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

/// The lines of a file around some spans, each cut to the neighbourhood of the span on it.
#[derive(Clone)]
pub struct Excerpt<'a> {
    file: &'a SourceFile,
    /// What miette reads: the shown part of each line, with an ellipsis where a line goes
    /// on, one line per [`Piece`].
    text: String,
    pieces: Vec<Piece>,
    /// Lines of the file before the first shown line.
    lines_before: usize,
}

/// One shown line: the bytes `start..end` of the file, which begin at byte `local` of the
/// excerpt's text.
#[derive(Clone, Copy, Debug)]
struct Piece {
    start: usize,
    end: usize,
    local: usize,
}

impl<'a> Excerpt<'a> {
    /// The lines that `spans` cover, with one line of context on each side; a span longer
    /// than [`MAX_SPAN_LINES`] is shown up to there, without context after it.
    pub fn new(file: &'a SourceFile, spans: &[Span]) -> Self {
        let line_of = |offset: usize| file.position(offset).line;
        let mut first = usize::MAX;
        let mut last = 0;
        let mut cut_after = Vec::new();
        for span in spans {
            let start = line_of(span.start);
            let end = line_of(span.end);
            first = first.min(start.saturating_sub(1).max(1));
            if end >= start + MAX_SPAN_LINES {
                let shown_end = start + MAX_SPAN_LINES - 1;
                cut_after.push(shown_end);
                last = last.max(shown_end);
            } else {
                last = last.max(end + 1);
            }
        }
        let mut text = String::new();
        let mut pieces = Vec::new();
        for line in first..=last {
            let Some(line_span) = file.line_span(line) else {
                break;
            };
            if !pieces.is_empty() {
                text.push('\n');
            }
            let anchor = spans
                .iter()
                .map(|span| span.start)
                .filter(|&start| line_span.start <= start && start <= line_span.end)
                .min()
                .unwrap_or(line_span.start);
            let (start, end) = shown_part(file.text(), line_span, anchor);
            if start > line_span.start {
                text.push('…');
            }
            pieces.push(Piece {
                start,
                end,
                local: text.len(),
            });
            text.push_str(&displayable(file.text().get(start..end).unwrap_or("")));
            if end < line_span.end || cut_after.contains(&line) {
                text.push('…');
            }
        }
        if pieces.is_empty() {
            let end = file.text().len();
            pieces.push(Piece {
                start: end,
                end,
                local: 0,
            });
        }
        Self {
            file,
            text,
            pieces,
            lines_before: first.saturating_sub(1),
        }
    }

    /// A file span in the excerpt's coordinates, clipped to what it shows.
    pub fn local(&self, span: Span) -> SourceSpan {
        let start = self.to_local(span.start);
        let end = self.to_local(span.end).max(start);
        SourceSpan::new(start.into(), end - start)
    }

    /// Whether the excerpt shows all of `span`, so a label can be drawn under it.
    pub fn shows(&self, span: Span) -> bool {
        let shown = |offset: usize| {
            self.pieces
                .iter()
                .any(|piece| piece.start <= offset && offset <= piece.end)
        };
        shown(span.start) && shown(span.end)
    }

    fn piece_at(&self, index: usize) -> Piece {
        self.pieces
            .get(index)
            .or(self.pieces.last())
            .copied()
            .unwrap_or(Piece {
                start: 0,
                end: 0,
                local: 0,
            })
    }

    fn to_local(&self, offset: usize) -> usize {
        let index = self.pieces.partition_point(|piece| piece.start <= offset);
        let piece = self.piece_at(index.saturating_sub(1));
        piece.local + offset.clamp(piece.start, piece.end.max(piece.start)) - piece.start
    }

    fn to_file_offset(&self, local: usize) -> usize {
        let index = self.pieces.partition_point(|piece| piece.local <= local);
        let piece = self.piece_at(index.saturating_sub(1));
        piece.start
            + local
                .saturating_sub(piece.local)
                .min(piece.end - piece.start)
    }
}

/// The bytes of `line` to show: all of it when it is short, else from a few characters
/// before `anchor` to [`EXCERPT_CHARS`] characters in all.
fn shown_part(text: &str, line: Span, anchor: usize) -> (usize, usize) {
    let line_text = text.get(line.start..line.end).unwrap_or("");
    if line_text.chars().nth(MAX_LINE_CHARS).is_none() {
        return (line.start, line.end);
    }
    let before = text.get(line.start..anchor).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .take(EXCERPT_MARGIN)
        .last()
        .map_or(anchor, |(index, _)| line.start + index);
    let after = text.get(start..line.end).unwrap_or("");
    let end = after
        .char_indices()
        .nth(EXCERPT_CHARS)
        .map_or(line.end, |(index, _)| start + index);
    (start, end)
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
        crate::output::escape_controls(&file.display_path()).into_owned(),
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
        let excerpt = Excerpt::new(&file, &[Span::new(at, at + 4)]);
        let lines: Vec<&str> = excerpt.text.lines().collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[0], "a: 1");
        assert!(lines[1].starts_with('…') && lines[1].ends_with("oops]"));
        assert!(lines[1].chars().count() < 2 * EXCERPT_MARGIN + 10);
        let local = excerpt.local(Span::new(at, at + 4));
        assert_eq!(
            &excerpt.text[local.offset()..local.offset() + local.len()],
            "oops"
        );
        let contents = excerpt.read_span(&local, 0, 0).unwrap();
        assert_eq!(contents.line() + 1, 2);
        assert_eq!(contents.column() + 1, file.position(at).column);
    }

    #[test]
    fn lines_are_shown_whole_up_to_the_bound() {
        let line = |chars: usize| format!("a: {}\n", "ж".repeat(chars - 3));
        let first_line = |text: String| {
            let file = SourceFile::new("line.cjm.yaml", text);
            let excerpt = Excerpt::new(&file, &[Span::new(3, 5)]);
            excerpt.text.lines().next().unwrap().chars().count()
        };
        assert_eq!(first_line(line(MAX_LINE_CHARS)), MAX_LINE_CHARS);
        assert_eq!(first_line(line(MAX_LINE_CHARS + 1)), EXCERPT_CHARS + 1);
    }

    #[test]
    fn long_spans_are_cut_after_a_few_lines_and_a_few_hundred_characters() {
        let text = format!("a: |\n{}b: 1\n", "  line\n".repeat(1000));
        let file = SourceFile::new("block.cjm.yaml", text.clone());
        let span = Span::new(text.find("  line").unwrap(), text.find("b:").unwrap());
        let excerpt = Excerpt::new(&file, &[span]);
        assert_eq!(
            excerpt.text.lines().count(),
            MAX_SPAN_LINES + 1,
            "{}",
            excerpt.text
        );
        assert!(excerpt.text.ends_with("line…"), "{}", excerpt.text);
        assert!(!excerpt.shows(span));

        let text = format!("a: \"{}\"\n", "ж".repeat(100_000));
        let file = SourceFile::new("wide.cjm.yaml", text.clone());
        let span = Span::new(3, text.len() - 1);
        let excerpt = Excerpt::new(&file, &[span]);
        assert!(
            excerpt.text.lines().next().unwrap().chars().count() == EXCERPT_CHARS + 1,
            "{}",
            excerpt.text
        );
        assert_eq!(excerpt.local(span).offset(), 3);
    }
}
