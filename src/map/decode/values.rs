//! Scalar values: text, numbers, dates and keywords, and the messages for values of the
//! wrong type.

use super::Decoder;
use super::fields::{Fields, Subject, Taken};
use crate::freshness::{date_help, parse_date};
use crate::i18n::Message;
use crate::map::model::Field;
use crate::map::yaml::{Node, Value};
use crate::msg;
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
    fn phrase(self) -> Message {
        match self {
            Self::Text => msg!("expected-text"),
            Self::WholeNumber => msg!("expected-whole-number"),
            Self::Number => msg!("expected-number"),
            Self::List => msg!("expected-list"),
            Self::Pain => msg!("expected-pain"),
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
            .help_opt(help);
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
            (Expected::WholeNumber, Value::Float(_)) => Some(msg!("round-to-whole-number")),
            (Expected::List, Value::Str(_)) => Some(msg!("write-a-list")),
            (Expected::List, Value::Map(_)) => Some(msg!("start-items-with-dash")),
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
                    .report(&MISSING_KEY, fields.anchor(), msg!("no-reviewed-date"))
                    .label(msg!("no-key", key = "reviewed"))
                    .help(msg!("add-reviewed"));
                return Field::Absent;
            }
        };
        let date = match &node.value {
            Value::Null => {
                self.findings
                    .report(&MISSING_KEY, key_span, msg!("reviewed-empty"))
                    .label(msg!("no-date"))
                    .help(msg!("write-reviewed-date"));
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
                        msg!("reviewed-not-a-date", raw = raw),
                    )
                    .label(msg!("expected-iso-date"))
                    .help(help.unwrap_or_else(|| msg!("write-review-date-example")));
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
                self.findings
                    .report(
                        &INVALID_VALUE,
                        text.span,
                        msg!("is-not-a", value = &text.value, what = what.clone()),
                    )
                    .label(msg!("not-a", what = what))
                    .help(suggest::help(
                        &text.value,
                        &names,
                        msg!("key-takes", key = key),
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

    pub(super) fn number(&mut self, node: Node, subject: &Subject<'_>) -> Field<f64> {
        match node.value {
            Value::Null => Field::Absent,
            #[allow(clippy::cast_precision_loss)]
            Value::Int(number) => Field::Present(Spanned::new(number as f64, node.span)),
            Value::Float(number) if number.is_finite() => {
                Field::Present(Spanned::new(number, node.span))
            }
            _ => {
                self.wrong_type(&node, &subject.message(), Expected::Number);
                Field::Invalid
            }
        }
    }
}
