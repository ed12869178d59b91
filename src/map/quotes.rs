//! Parser complaints that are really an unclosed or early-closed quote, told as such.
//!
//! The parser reports a quote that is never closed where it gives up, usually as bad
//! indentation on the next line, and a `"` inside double-quoted text as trailing content.
//! Both read as something else to a person editing a map; this names the quote and points
//! at it. Only the lines near the error are looked at, so the cost stays bounded.

use crate::map::yaml::ParseFailure;
use crate::rules::structure::YAML_SYNTAX;
use crate::span::Span;

/// How many lines above the error an opening quote is looked for.
const LINES_BACK: usize = 20;

/// A clearer failure for `message` at `span`, when a quote explains it.
pub(crate) fn explain(message: &str, span: Span, text: &str) -> Option<ParseFailure> {
    if message.contains("trailing content after double-quoted scalar") {
        return closed_early(span, text);
    }
    if message.contains("indentation") || message.contains("did not find expected") {
        return never_closed(span, text);
    }
    None
}

/// The byte range of the line holding `offset`, without its line break.
fn line_around(text: &str, offset: usize) -> Span {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let after = text.get(offset..).unwrap_or("");
    let end = offset + after.find(['\n', '\r']).unwrap_or(after.len());
    Span::new(start, end)
}

/// Whether a quote at byte `at` of `line` opens a scalar: at the start of the line or
/// after `: `, `- `, `? `, `[`, `{` or `,` (spaces between allowed).
fn opens_scalar(line: &str, at: usize) -> bool {
    let before = line.get(..at).unwrap_or("").trim_end_matches(' ');
    before.is_empty() || before.ends_with([':', '-', '?', '[', '{', ','])
}

/// The offset in `line` of a quote that opens a scalar and is still open at the line's end.
fn open_quote(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut index = 0;
    let mut open: Option<(usize, u8)> = None;
    while let Some(&byte) = bytes.get(index) {
        match open {
            None if byte == b'#' && (index == 0 || bytes.get(index - 1) == Some(&b' ')) => {
                return None;
            }
            None if (byte == b'"' || byte == b'\'') && opens_scalar(line, index) => {
                open = Some((index, byte));
            }
            Some((_, b'"')) if byte == b'\\' => index += 1,
            Some((_, b'\'')) if byte == b'\'' && bytes.get(index + 1) == Some(&b'\'') => index += 1,
            Some((_, quote)) if byte == quote => open = None,
            _ => {}
        }
        index += 1;
    }
    open.map(|(at, _)| at)
}

fn never_closed(span: Span, text: &str) -> Option<ParseFailure> {
    let mut line = line_around(text, span.start);
    for _ in 0..LINES_BACK {
        if line.start == 0 {
            return None;
        }
        // Step to the line above (over a `\r\n` pair as one break).
        let mut above_end = line.start - 1;
        if text.get(above_end..line.start) == Some("\n")
            && let Some(before) = above_end.checked_sub(1)
            && text.get(before..above_end) == Some("\r")
        {
            above_end = before;
        }
        line = line_around(text, above_end);
        let content = text.get(line.start..line.end)?;
        if let Some(at) = open_quote(content) {
            let quote = content.get(at..=at)?;
            let kind = if quote == "\"" { "double" } else { "single" };
            return Some(ParseFailure {
                rule: &YAML_SYNTAX,
                span: Span::new(line.start + at, line.start + at + 1),
                message: crate::msg!("quote-never-closed", kind = kind, quote = quote),
                help: Some(crate::msg!("end-the-quote", quote = quote)),
            });
        }
    }
    None
}

fn closed_early(span: Span, text: &str) -> Option<ParseFailure> {
    let line = line_around(text, span.start);
    let content = text.get(line.start..line.end)?;
    let early = span.start.checked_sub(1)?;
    if text.get(early..span.start) != Some("\"") {
        return None;
    }
    let within = early - line.start;
    let opening = content
        .get(..within)?
        .char_indices()
        .rev()
        .find(|&(at, c)| c == '"' && opens_scalar(content, at))
        .map(|(at, _)| at)?;
    let closing = content.rfind('"').filter(|&at| at > within)?;
    let inner = content.get(opening + 1..closing)?;
    let mut guillemets = String::with_capacity(inner.len() + 8);
    let mut opened = false;
    for c in inner.chars() {
        if c == '"' {
            guillemets.push(if opened { '»' } else { '«' });
            opened = !opened;
        } else {
            guillemets.push(c);
        }
    }
    let single = inner.replace('\'', "''");
    let escaped = inner.replace('"', "\\\"");
    Some(ParseFailure {
        rule: &YAML_SYNTAX,
        span: Span::new(early, early + 1),
        message: crate::msg!("quote-ends-early"),
        help: Some(crate::msg!(
            "keep-inner-quotes",
            guillemets = guillemets,
            single = single,
            escaped = escaped
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(text: &str, message: &str, at: usize) -> ParseFailure {
        explain(message, Span::at(at), text).unwrap()
    }

    #[test]
    fn a_quote_never_closed_is_named_where_it_opens() {
        let text = "cjm: 1\nname: \"Оценка\nnext: 1\n";
        let at = text.find("next").unwrap();
        let found = failure(text, "invalid indentation in multiline quoted scalar", at);
        assert_eq!(found.span.start, text.find('"').unwrap());
        let message = found.message.english();
        assert!(message.contains("never closed"), "{message}");
        let list = "goals: [\"a\", \"Сравнить …]\nnext: 1\n";
        let found = failure(list, "invalid indentation", list.find("next").unwrap());
        assert_eq!(found.span.start, list.rfind('"').unwrap());
        assert!(found.message.english().contains("double quote"));
    }

    #[test]
    fn a_quote_inside_quoted_text_suggests_three_ways_to_write_it() {
        let text = "title: \"Кэшбэк \"5 %\" на всё\"\n";
        let at = text.find('5').unwrap();
        let found = failure(
            text,
            "invalid trailing content after double-quoted scalar",
            at,
        );
        assert_eq!(found.span, Span::new(at - 1, at));
        assert_eq!(
            found.help.unwrap().english(),
            "to keep quotation marks inside the text, use «ёлочки»: \"Кэшбэк «5 %» на всё\", \
             or single quotes around it: 'Кэшбэк \"5 %\" на всё', or escape each inner one: \
             \"Кэшбэк \\\"5 %\\\" на всё\""
        );
    }

    #[test]
    fn other_complaints_are_left_alone() {
        let text = "a:\n  b: 1\n c: 2\n";
        assert!(explain("invalid indentation", Span::at(11), text).is_none());
    }
}
