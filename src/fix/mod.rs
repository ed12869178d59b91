//! Mechanical fixes: what `cjm validate --fix` writes and `--diff` shows.
//!
//! A finding that has one safe fix carries it as a [`Fix`]: a title and the [`Edit`]s that
//! make it, each replacing one byte range of the file. The rules attach fixes where they
//! find the problem (the decoder, the suppression pass); [`apply`] applies them, and
//! [`fix_file`] loops, checking the file again after each pass, until nothing is left to
//! fix. The design follows ruff's `Fix`/`Edit` (`crates/ruff_diagnostics`) and its fix loop
//! (`crates/ruff_linter/src/fix/`).

mod apply;
mod file;
mod run;
pub mod title;

use crate::i18n::Message;
use crate::rules::{Rule, freshness, structure, suppressions};
use crate::span::Span;

pub use apply::{Applied, apply};
pub use file::{FixedFile, fix_file, unified_diff};
pub use run::{FixRun, fix_reports};

/// One replacement: the bytes of `span` become `content` (an empty span inserts, an empty
/// content deletes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub content: String,
}

impl Edit {
    pub fn replace(span: Span, content: impl Into<String>) -> Self {
        Self {
            span,
            content: content.into(),
        }
    }

    pub const fn delete(span: Span) -> Self {
        Self {
            span,
            content: String::new(),
        }
    }
}

/// A finding's fix: what it does, in a few words, and the edits, in file order and not
/// overlapping one another.
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// A catalogue message, rendered in the run's language by each output.
    pub title: Message,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn new(title: Message, edits: Vec<Edit>) -> Self {
        let mut edits = edits;
        edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
        Self { title, edits }
    }

    /// The bytes the fix touches, from its first edit's start to its last edit's end.
    pub fn span(&self) -> Span {
        let start = self.edits.iter().map(|edit| edit.span.start).min();
        let end = self.edits.iter().map(|edit| edit.span.end).max();
        Span::new(start.unwrap_or(0), end.unwrap_or(0))
    }
}

/// The rules whose findings can carry a fix, for `cjm rules` and the README's rule table.
/// Not every finding of these rules has one: only those with one safe, mechanical fix.
pub static FIXABLE_RULES: &[&Rule] = &[
    &structure::WRONG_TYPE,
    &structure::UNKNOWN_KEY,
    &structure::INVALID_VALUE,
    &freshness::INVALID_REVIEW_DATE,
    &suppressions::UNUSED_SUPPRESSION,
];

/// Whether findings of `rule` can carry a fix.
pub fn can_fix(rule: &Rule) -> bool {
    FIXABLE_RULES.contains(&rule)
}

/// The written form of a scalar with its plain value replaced by `plain`, keeping its quotes:
/// `High` → `high`, `"High"` → `"high"`. `None` when the value is written in a form whose
/// bytes are not simply the value (a block scalar, escapes, a tag, a line break), where an
/// edit could change more than meant.
pub fn rewrite_scalar(written: &str, value: &str, plain: &str) -> Option<String> {
    let plain_safe = |text: &str| {
        !text.is_empty()
            && !text.contains(['\n', '\r', '\\', '"', '\'', '#'])
            && text.trim() == text
    };
    if !plain_safe(plain) {
        return None;
    }
    if let Some((quote, inner)) = quoted(written) {
        return (inner == value).then(|| format!("{quote}{plain}{quote}"));
    }
    (written == value && plain_safe(written)).then(|| plain.to_owned())
}

/// The quote and the text between the quotes of a scalar written in quotes on one line.
pub fn quoted(written: &str) -> Option<(char, &str)> {
    ['"', '\''].into_iter().find_map(|quote| {
        let inner = written.strip_prefix(quote)?.strip_suffix(quote)?;
        (!inner.contains(['\n', '\r'])).then_some((quote, inner))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewriting_a_scalar_keeps_its_quotes_and_refuses_other_forms() {
        assert_eq!(
            rewrite_scalar("High", "High", "high").as_deref(),
            Some("high")
        );
        assert_eq!(
            rewrite_scalar("'High'", "High", "high").as_deref(),
            Some("'high'")
        );
        assert_eq!(
            rewrite_scalar("\"Высокая\"", "Высокая", "high").as_deref(),
            Some("\"high\"")
        );
        // An escape, a block scalar, a tag: the bytes are not the value.
        assert_eq!(rewrite_scalar("\"Hig\\x68\"", "High", "high"), None);
        assert_eq!(rewrite_scalar("High\n", "High", "high"), None);
        assert_eq!(rewrite_scalar("!!str High", "High", "high"), None);
        assert_eq!(rewrite_scalar("High", "High", "a # b"), None);
    }
}
