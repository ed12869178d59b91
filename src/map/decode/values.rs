//! Scalar values: text, numbers, dates and keywords, and the messages for values of the
//! wrong type.

use std::fmt;

use super::Decoder;
use super::fields::{Fields, Subject, Taken};
use crate::freshness::{date_help, parse_date};
use crate::map::model::{Field, Figure};
use crate::map::yaml::{Node, Value};
use crate::rules::freshness::INVALID_REVIEW_DATE;
use crate::rules::structure::{INVALID_VALUE, MISSING_KEY, WRONG_TYPE};
use crate::span::{Span, Spanned};
use crate::suggest;

/// What a value should have been, for messages.
#[derive(Clone, Copy)]
pub(super) enum Expected {
    Text,
    WholeNumber,
    Number,
    List,
    Pain,
}

impl Expected {
    const fn phrase(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::WholeNumber => "a whole number",
            Self::Number => "a number",
            Self::List => "a list",
            Self::Pain => "text or a mapping with `text` and `severity`",
        }
    }
}

impl Decoder<'_> {
    fn source(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    pub(super) fn wrong_type(
        &mut self,
        node: &Node,
        subject: &dyn fmt::Display,
        expected: Expected,
    ) {
        let found = node.describe_in(self.text);
        let help = self.type_help(node, expected);
        self.findings
            .report(
                &WRONG_TYPE,
                node.span,
                format!("{subject} must be {}, but it is {found}", expected.phrase()),
            )
            .label(format!("expected {}", expected.phrase()))
            .help_opt(help);
    }

    fn type_help(&self, node: &Node, expected: Expected) -> Option<String> {
        let raw = self.source(node.span).trim();
        match (expected, &node.value) {
            (Expected::Text, Value::Int(_) | Value::Float(_) | Value::Bool(_)) => Some(format!(
                "put the value in quotes to make it text: \"{raw}\""
            )),
            (Expected::WholeNumber | Expected::Number, Value::Str(text))
                if text.trim().parse::<f64>().is_ok() =>
            {
                Some(format!(
                    "remove the quotes to make it a number: {}",
                    text.trim()
                ))
            }
            (Expected::WholeNumber, Value::Float(_)) => {
                Some("round it to a whole number".to_owned())
            }
            (Expected::List, Value::Str(_)) => Some(
                "write a list: one `- item` per line, or `[first, second]` on one line".to_owned(),
            ),
            (Expected::List, Value::Map(_)) => {
                Some("start each item of the list with `- `".to_owned())
            }
            _ => None,
        }
    }

    /// `reviewed` is required and must be a `YYYY-MM-DD` date; both problems belong to the
    /// freshness rules' concern but are found here, where the raw value is at hand.
    pub(super) fn reviewed(&mut self, fields: &mut Fields) -> Field<jiff::civil::Date> {
        let (key_span, node) = match fields.take("reviewed") {
            Taken::Written(key_span, node) => (key_span, node),
            Taken::Misspelt => return Field::Invalid,
            Taken::Absent => {
                self.findings
                    .report(
                        &MISSING_KEY,
                        fields.anchor(),
                        "the map has no `reviewed` date",
                    )
                    .label("no `reviewed:` key")
                    .help("add `reviewed: YYYY-MM-DD` with the date the map was last reviewed");
                return Field::Absent;
            }
        };
        let date = match &node.value {
            Value::Null => {
                self.findings
                    .report(&MISSING_KEY, key_span, "`reviewed` is empty")
                    .label("no date")
                    .help("write the date the map was last reviewed, as YYYY-MM-DD");
                return Field::Absent;
            }
            Value::Str(text) => parse_date(text.trim()),
            _ => None,
        };
        match date {
            Some(date) => Field::Present(Spanned::new(date, node.span)),
            None => {
                let raw = self.source(node.span).to_owned();
                let help = match &node.value {
                    Value::Str(text) => date_help(text.trim()),
                    _ => None,
                };
                self.findings
                    .report(
                        &INVALID_REVIEW_DATE,
                        node.span,
                        format!("`reviewed` is not a calendar date: {raw}"),
                    )
                    .label("expected YYYY-MM-DD")
                    .help(help.unwrap_or_else(|| {
                        "write the date of the last review as YYYY-MM-DD, e.g. 2026-10-01"
                            .to_owned()
                    }));
                Field::Invalid
            }
        }
    }

    /// A key whose value is one of a few words, such as a pain's `severity`.
    pub(super) fn keyword<T: Copy>(
        &mut self,
        fields: &mut Fields,
        key: &'static str,
        words: &[(&str, T)],
        what: &str,
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
                self.findings
                    .report(
                        &INVALID_VALUE,
                        text.span,
                        format!("`{}` is not {what}", text.value),
                    )
                    .label(format!("not {what}"))
                    .help(suggest::help(
                        &text.value,
                        &names,
                        &format!("`{key}` takes"),
                    ));
                Field::Invalid
            }
        }
    }

    pub(super) fn text_value(&mut self, node: Node, subject: &Subject<'_>) -> Field<String> {
        match node.value {
            Value::Null => Field::Absent,
            Value::Str(text) if text.trim().is_empty() => Field::Absent,
            Value::Str(text) => Field::Present(Spanned::new(text, node.span)),
            _ => {
                self.wrong_type(&node, subject, Expected::Text);
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
                self.wrong_type(&node, subject, Expected::WholeNumber);
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
                self.wrong_type(&node, subject, Expected::Number);
                Field::Invalid
            }
        }
    }
}
