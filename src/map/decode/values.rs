//! Scalar values: text, numbers, dates and keywords, and the messages for values of the
//! wrong type.

use jiff::civil::Date;

use super::Decoder;
use super::fields::{Fields, Subject, Taken};
use crate::fix::{self, Edit, Fix, title};
use crate::freshness::{DateReading, parse_date, read_loose_date};
use crate::i18n::Message;
use crate::map::model::{Field, Figure};
use crate::map::yaml::{Node, Value};
use crate::msg;
use crate::rules::freshness::INVALID_REVIEW_DATE;
use crate::rules::structure::{INVALID_VALUE, MISSING_KEY, WRONG_TYPE};
use crate::span::{Span, Spanned};
use crate::suggest;

/// A date written as `YYYY-MM-DD`; else what was written, read loosely, with the help and
/// the fix that reading gives (`13.10.2026` meant 2026-10-13).
fn calendar_date(node: &Node, raw: &str) -> Result<Date, (Option<Message>, Option<Fix>)> {
    let Value::Str(text) = &node.value else {
        return Err((None, None));
    };
    if let Some(date) = parse_date(text.trim()) {
        return Ok(date);
    }
    let reading = read_loose_date(text.trim());
    let fix = match reading {
        Some(DateReading::Meant(date)) => {
            let iso = date.to_string();
            fix::rewrite_scalar(raw, text, &iso).map(|content| {
                Fix::new(
                    title::iso_date(&iso),
                    vec![Edit::replace(node.span, content)],
                )
            })
        }
        _ => None,
    };
    Err((reading.map(DateReading::help), fix))
}

/// What a value should have been, for messages.
#[derive(Clone, Copy)]
pub(super) enum Expected {
    Text,
    WholeNumber,
    Number,
    List,
    Pain,
    // issue 13: triggers, loops, risks
    ReturnTo,
    Risk,
}

impl Expected {
    fn phrase(self) -> Message {
        match self {
            Self::Text => msg!("expected-text"),
            Self::WholeNumber => msg!("expected-whole-number"),
            Self::Number => msg!("expected-number"),
            Self::List => msg!("expected-list"),
            Self::Pain => msg!("expected-pain"),
            Self::ReturnTo => msg!("expected-return-to"),
            Self::Risk => msg!("expected-risk"),
        }
    }
}

impl Decoder<'_> {
    fn source(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    pub(super) fn wrong_type(&mut self, node: &Node, subject: &Message, expected: Expected) {
        let found = node.describe_in(self.text);
        let help = self.type_help(node, expected);
        let fix = self.unquote_number(node, expected);
        self.findings
            .report(
                &WRONG_TYPE,
                node.span,
                msg!(
                    "wrong-type",
                    subject = subject.clone(),
                    expected = expected.phrase(),
                    found = found
                ),
            )
            .label(msg!("expected", expected = expected.phrase()))
            .help_opt(help)
            .fix(fix);
    }

    fn type_help(&self, node: &Node, expected: Expected) -> Option<Message> {
        let raw = self.source(node.span).trim();
        match (expected, &node.value) {
            (Expected::Text, Value::Int(_) | Value::Float(_) | Value::Bool(_)) => {
                Some(msg!("quote-to-make-text", raw = raw))
            }
            (Expected::WholeNumber | Expected::Number, Value::Str(text))
                if text.trim().parse::<f64>().is_ok() =>
            {
                Some(msg!("unquote-to-make-number", number = text.trim()))
            }
            (Expected::ReturnTo, Value::Seq(_)) => Some(msg!("loop-goes-back-to-one-stage")),
            (Expected::List, Value::Map(_)) => Some(msg!("start-items-with-dash")),
            (Expected::WholeNumber, Value::Float(_)) => Some(msg!("round-to-whole-number")),
            (Expected::List, Value::Str(_)) => Some(msg!("write-a-list")),
            _ => None,
        }
    }

    /// `reviewed` is required and must be a `YYYY-MM-DD` date; both problems belong to the
    /// freshness rules' concern but are found here, where the raw value is at hand.
    pub(super) fn reviewed(&mut self, fields: &mut Fields) -> Field<Date> {
        let (key_span, node) = match fields.take("reviewed") {
            Taken::Written(key_span, node) => (key_span, node),
            Taken::Misspelt => return Field::Invalid,
            Taken::Absent => {
                self.findings
                    .report(&MISSING_KEY, fields.anchor(), msg!("no-reviewed-date"))
                    .label(msg!("no-key", key = "reviewed"))
                    .help(msg!("add-reviewed"));
                return Field::Absent;
            }
        };
        if node.value == Value::Null {
            self.findings
                .report(&MISSING_KEY, key_span, msg!("reviewed-empty"))
                .label(msg!("no-date"))
                .help(msg!("write-reviewed-date"));
            return Field::Absent;
        }
        let raw = self.source(node.span).to_owned();
        match calendar_date(&node, &raw) {
            Ok(date) => Field::Present(Spanned::new(date, node.span)),
            Err((help, fix)) => {
                self.findings
                    .report(
                        &INVALID_REVIEW_DATE,
                        node.span,
                        msg!("reviewed-not-a-date", raw = raw),
                    )
                    .label(msg!("expected-iso-date"))
                    .help(help.unwrap_or_else(|| msg!("write-review-date-example")))
                    .fix(fix);
                Field::Invalid
            }
        }
    }

    // issue 13: evidence, matrix
    /// An optional `YYYY-MM-DD` date other than `reviewed`, such as a source's `date`.
    pub(super) fn date(&mut self, fields: &mut Fields, key: &'static str) -> Field<Date> {
        let Taken::Written(_, node) = fields.take(key) else {
            return Field::Absent;
        };
        if node.value == Value::Null {
            return Field::Absent;
        }
        let raw = self.source(node.span).to_owned();
        match calendar_date(&node, &raw) {
            Ok(date) => Field::Present(Spanned::new(date, node.span)),
            Err((help, fix)) => {
                let subject = fields.subject(key);
                self.findings
                    .report(
                        &INVALID_VALUE,
                        node.span,
                        msg!(
                            "not-a-calendar-date",
                            subject = subject.message(),
                            raw = raw
                        ),
                    )
                    .label(msg!("expected-iso-date"))
                    .help(help.unwrap_or_else(|| msg!("write-date-example")))
                    .fix(fix);
                Field::Invalid
            }
        }
    }

    /// A whole number of things (respondents, records), 0 or more.
    pub(super) fn count(&mut self, node: Node, subject: &Subject<'_>) -> Field<i64> {
        let span = node.span;
        match self.whole_number(node, subject) {
            Field::Present(count) if count.value < 0 => {
                self.findings
                    .report(
                        &INVALID_VALUE,
                        span,
                        msg!(
                            "count-negative",
                            subject = subject.message(),
                            value = count.value
                        ),
                    )
                    .label(msg!("a-count-cannot-be-negative"))
                    .help(msg!("write-source-size"));
                Field::Invalid
            }
            other => other,
        }
    }

    /// A key whose value is one of a few words, such as a pain's `severity`.
    pub(super) fn keyword<T: Copy>(
        &mut self,
        fields: &mut Fields,
        key: &'static str,
        words: &[(&str, T)],
        what: Message,
    ) -> Field<T> {
        let text = match fields.text(self, key) {
            Field::Present(text) => text,
            Field::Absent => return Field::Absent,
            Field::Invalid => return Field::Invalid,
        };
        match words.iter().find(|(word, _)| *word == text.value.trim()) {
            Some(&(_, value)) => Field::Present(Spanned::new(value, text.span)),
            None => {
                let names: Vec<&str> = words.iter().map(|(word, _)| *word).collect();
                let meant = meant_keyword(key, text.value.trim(), &names);
                let fix = meant.and_then(|keyword| {
                    let written = self.source(text.span);
                    let content = fix::rewrite_scalar(written, &text.value, keyword)?;
                    Some(Fix::new(
                        title::use_keyword(&text.value, keyword),
                        vec![Edit::replace(text.span, content)],
                    ))
                });
                self.findings
                    .report(
                        &INVALID_VALUE,
                        text.span,
                        msg!("is-not-a", value = &text.value, what = what.clone()),
                    )
                    .label(msg!("not-a", what = what))
                    .help(match meant {
                        Some(keyword) => msg!("did-you-mean", name = keyword),
                        None => suggest::help(&text.value, &names, msg!("key-takes", key = key)),
                    })
                    .fix(fix);
                Field::Invalid
            }
        }
    }

    /// The fix for a number written in quotes: the quotes taken away. `None` unless the text
    /// without them reads back as exactly that number of the kind wanted: digits with an
    /// optional sign and decimal point, and no leading zero, which older YAML reads as octal.
    fn unquote_number(&self, node: &Node, expected: Expected) -> Option<Fix> {
        let Value::Str(text) = &node.value else {
            return None;
        };
        let (_, inner) = fix::quoted(self.source(node.span))?;
        let unsigned = inner.strip_prefix(['-', '+']).unwrap_or(inner);
        let (int, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        let no_leading_zero = int == "0" || !int.starts_with('0');
        let whole = digits(int) && no_leading_zero && !unsigned.contains('.');
        let decimal = digits(int) && no_leading_zero && digits(fraction);
        let reads_back = match expected {
            Expected::WholeNumber => whole && inner.parse::<i64>().is_ok(),
            Expected::Number => (whole || decimal) && inner.parse::<f64>().is_ok(),
            Expected::Text
            | Expected::List
            | Expected::Pain
            | Expected::ReturnTo
            | Expected::Risk => false,
        };
        (reads_back && inner == text).then(|| {
            Fix::new(
                title::remove_quotes(inner),
                vec![Edit::replace(node.span, inner)],
            )
        })
    }

    pub(super) fn text_value(&mut self, node: Node, subject: &Subject<'_>) -> Field<String> {
        match node.value {
            Value::Null => Field::Absent,
            Value::Str(text) if text.trim().is_empty() => Field::Absent,
            Value::Str(text) => Field::Present(Spanned::new(text, node.span)),
            _ => {
                self.wrong_type(&node, &subject.message(), Expected::Text);
                Field::Invalid
            }
        }
    }

    pub(super) fn whole_number(&mut self, node: Node, subject: &Subject<'_>) -> Field<i64> {
        match node.value {
            Value::Null => Field::Absent,
            Value::Int(number) => Field::Present(Spanned::new(number, node.span)),
            Value::Float(number) if number.fract() == 0.0 && number.abs() < 9.0e15 => {
                // Whole floats (`20000.0`) are whole numbers; the bound keeps the cast exact.
                #[allow(clippy::cast_possible_truncation)]
                Field::Present(Spanned::new(number as i64, node.span))
            }
            _ => {
                self.wrong_type(&node, &subject.message(), Expected::WholeNumber);
                Field::Invalid
            }
        }
    }

    pub(super) fn number(&mut self, node: Node, subject: &Subject<'_>) -> Field<Figure> {
        match node.value {
            Value::Null => Field::Absent,
            #[allow(clippy::cast_precision_loss)]
            Value::Int(number) => Field::Present(Spanned::new(
                Figure::of(number as f64, &number.to_string()),
                node.span,
            )),
            Value::Float(number) if number.is_finite() => {
                // An integer beyond 64 bits is a float to the parser; its digits are in the
                // text (an alias's span is its `*name`, which keeps no digits).
                let written = self.text.get(node.span.start..node.span.end).unwrap_or("");
                Field::Present(Spanned::new(Figure::of(number, written), node.span))
            }
            _ => {
                self.wrong_type(&node, &subject.message(), Expected::Number);
                Field::Invalid
            }
        }
    }
}

/// Words people write for a keyword, by key: `(written, in lower case, keyword)`. Russian
/// first, as maps are written in Russian; a case slip (`High`) needs no entry.
const SYNONYMS: &[(&str, &str, &str)] = &[
    ("severity", "низкая", "low"),
    ("severity", "низкий", "low"),
    ("severity", "средняя", "medium"),
    ("severity", "средний", "medium"),
    ("severity", "высокая", "high"),
    ("severity", "высокий", "high"),
    ("severity", "med", "medium"),
    ("severity", "moderate", "medium"),
    ("better", "выше", "higher"),
    ("better", "больше", "higher"),
    ("better", "ниже", "lower"),
    ("better", "меньше", "lower"),
    ("better", "up", "higher"),
    ("better", "down", "lower"),
];

/// The keyword `written` unmistakably means: the same word in another case, or a known
/// synonym of one of `keywords`.
fn meant_keyword<'k>(key: &str, written: &str, keywords: &[&'k str]) -> Option<&'k str> {
    let lower = written.to_lowercase();
    let synonym = SYNONYMS
        .iter()
        .find(|(synonym_key, synonym, _)| *synonym_key == key && *synonym == lower)
        .map(|(_, _, keyword)| *keyword);
    keywords
        .iter()
        .copied()
        .find(|keyword| *keyword == lower || Some(*keyword) == synonym)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyword_is_meant_in_another_case_or_by_a_known_synonym() {
        let severities = ["low", "medium", "high"];
        assert_eq!(meant_keyword("severity", "HIGH", &severities), Some("high"));
        assert_eq!(
            meant_keyword("severity", "Средняя", &severities),
            Some("medium")
        );
        assert_eq!(meant_keyword("severity", "hihg", &severities), None);
        // A synonym of one key is not one of another.
        assert_eq!(
            meant_keyword("better", "высокая", &["higher", "lower"]),
            None
        );
        assert_eq!(
            meant_keyword("better", "Меньше", &["higher", "lower"]),
            Some("lower")
        );
    }
}
