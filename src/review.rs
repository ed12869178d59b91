//! `cjm review`: mark maps reviewed by rewriting only the bytes of `reviewed` (and of
//! `reviewed_by`), so the rest of the file — comments, key order, quoting, indentation, line
//! endings — stays exactly as its authors wrote it.
//!
//! The edits are placed with the spans of the YAML layer, applied to the text, and the result
//! is parsed again: a file is written only when the new text parses and says what was meant.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::ExitStatus;
use crate::atomic_write::rewrite_map;
use crate::cli::ReviewArgs;
use crate::error::CjmError;
use crate::freshness::system_today;
use crate::map::yaml::{self, Node, Value};
use crate::output::{ColorChoice, escape_controls};
use crate::quote::double_quoted;
use crate::source::{self, display_path};
use crate::span::Span;

/// Why one file was left untouched.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ReviewError {
    #[error("cannot review `{}`: {reason}", display_path(path))]
    #[diagnostic(code(cjm::review))]
    Unreadable { path: PathBuf, reason: String },
    #[error("`{}` was not changed: {problem}", display_path(path))]
    #[diagnostic(code(cjm::review), help("{}", problem.help()))]
    Refused { path: PathBuf, problem: EditProblem },
    #[error("cannot write `{}`: {error}", display_path(path))]
    #[diagnostic(code(cjm::review), help("check that the file is writable"))]
    Write { path: PathBuf, error: io::Error },
}

/// Why the review date cannot be written into a text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditProblem {
    #[error("it does not parse: {0}")]
    Syntax(String),
    #[error("it is not a mapping of keys")]
    NotAMapping,
    #[error("it has no `reviewed` key, nor an `owner`, `title` or `cjm` key to add it after")]
    NowhereToAdd,
    #[error("the edit would not read back as intended")]
    Unsafe,
}

impl EditProblem {
    const fn help(&self) -> &'static str {
        match self {
            Self::Syntax(_) => "fix the file first: `cjm validate FILE` shows where",
            Self::NotAMapping | Self::NowhereToAdd => {
                "a map starts with `cjm: 1`, `title`, `owner` and `reviewed` on lines of their own"
            }
            Self::Unsafe => {
                "write `reviewed` (and `reviewed_by`) on lines of their own at the top level \
                 of the map, or edit them by hand"
            }
        }
    }
}

/// One value that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub key: &'static str,
    /// The value as it was written, `None` when the key was added.
    pub before: Option<String>,
    pub after: String,
}

/// Sets `reviewed` to `date` and, when `by` is given, `reviewed_by` to it. Returns the new
/// text and what changed (nothing when the file already says so).
pub fn mark_reviewed(
    text: &str,
    date: Date,
    by: Option<&str>,
) -> Result<(String, Vec<Change>), EditProblem> {
    let root =
        yaml::parse(text).map_err(|failure| EditProblem::Syntax(failure.message.english()))?;
    let Value::Map(entries) = &root.value else {
        return Err(EditProblem::NotAMapping);
    };
    let find = |key: &str| {
        entries
            .iter()
            .find(|(name, _)| matches!(&name.value, Value::Str(name) if name == key))
    };
    let date = date.to_string();
    let mut edits = Vec::new();
    let mut changes = Vec::new();
    let mut added_lines = Vec::new();
    let reviewed = find("reviewed");
    match reviewed {
        Some((key, value)) => {
            let new = keep_quotes(text, value, &date);
            push_replacement(text, key, value, new, "reviewed", &mut edits, &mut changes);
        }
        None => {
            added_lines.push(format!("reviewed: {date}"));
            changes.push(Change {
                key: "reviewed",
                before: None,
                after: date.clone(),
            });
        }
    }
    if let Some(name) = by {
        let quoted = double_quoted(name);
        match find("reviewed_by") {
            Some((key, value)) => {
                let new = if value.value == Value::Str(name.to_owned()) {
                    source_of(text, value.span).to_owned()
                } else {
                    quoted
                };
                push_replacement(
                    text,
                    key,
                    value,
                    new,
                    "reviewed_by",
                    &mut edits,
                    &mut changes,
                );
            }
            None => {
                added_lines.push(format!("reviewed_by: {quoted}"));
                changes.push(Change {
                    key: "reviewed_by",
                    before: None,
                    after: quoted,
                });
            }
        }
    }
    if !added_lines.is_empty() {
        let anchor = reviewed
            .or_else(|| find("owner"))
            .or_else(|| find("title"))
            .or_else(|| find("cjm"))
            .ok_or(EditProblem::NowhereToAdd)?;
        edits.push(insert_lines_after(text, anchor, &added_lines));
    }
    if edits.is_empty() {
        return Ok((text.to_owned(), changes));
    }
    edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut new_text = text.to_owned();
    for (span, replacement) in &edits {
        if new_text.get(span.start..span.end).is_none() {
            return Err(EditProblem::Unsafe);
        }
        new_text.replace_range(span.start..span.end, replacement);
    }
    verify(&new_text, entries.len() + added_lines.len(), &date, by)?;
    Ok((new_text, changes))
}

fn source_of(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// `plain` in the quotes the old value was written in, if any.
fn keep_quotes(text: &str, old: &Node, plain: &str) -> String {
    match source_of(text, old.span).chars().next() {
        Some(quote @ ('"' | '\'')) => format!("{quote}{plain}{quote}"),
        _ => plain.to_owned(),
    }
}

/// Replaces the value of `key` with `new`, recording the change unless it is none.
fn push_replacement(
    text: &str,
    key: &Node,
    value: &Node,
    new: String,
    name: &'static str,
    edits: &mut Vec<(Span, String)>,
    changes: &mut Vec<Change>,
) {
    let old = source_of(text, value.span);
    if old == new {
        return;
    }
    // `reviewed:` with no value: the new one goes right after the colon.
    let (span, replacement) = if value.value == Value::Null && old.is_empty() {
        let colon = text
            .get(key.span.end..)
            .and_then(|rest| rest.find(':'))
            .map_or(key.span.end, |offset| key.span.end + offset + 1);
        (Span::at(colon), format!(" {new}"))
    } else {
        (value.span, new.clone())
    };
    changes.push(Change {
        key: name,
        before: (!old.is_empty()).then(|| old.to_owned()),
        after: new,
    });
    edits.push((span, replacement));
}

/// New lines after the line where `anchor`'s value ends, indented like its key and ended
/// like that line.
fn insert_lines_after(text: &str, (key, value): &(Node, Node), lines: &[String]) -> (Span, String) {
    let line_start = text
        .get(..key.span.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |newline| newline + 1);
    let indent = source_of(text, Span::new(line_start, key.span.start));
    let indent = if indent.chars().all(|c| c == ' ') {
        indent
    } else {
        ""
    };
    let end = value.span.end.max(key.span.end);
    let newline = text.get(end..).and_then(|rest| rest.find('\n'));
    let crlf = match newline {
        Some(offset) => text
            .get(..end + offset)
            .is_some_and(|line| line.ends_with('\r')),
        None => text.contains("\r\n"),
    };
    let eol = if crlf { "\r\n" } else { "\n" };
    let mut added = String::new();
    match newline {
        Some(offset) => {
            for line in lines {
                added.push_str(indent);
                added.push_str(line);
                added.push_str(eol);
            }
            (Span::at(end + offset + 1), added)
        }
        None => {
            for line in lines {
                added.push_str(eol);
                added.push_str(indent);
                added.push_str(line);
            }
            (Span::at(text.len()), added)
        }
    }
}

/// The edited text parses, has the keys it should, and says what was meant.
fn verify(text: &str, keys: usize, date: &str, by: Option<&str>) -> Result<(), EditProblem> {
    let root = yaml::parse(text).map_err(|_| EditProblem::Unsafe)?;
    let Value::Map(entries) = root.value else {
        return Err(EditProblem::Unsafe);
    };
    let value_of = |key: &str| {
        entries
            .iter()
            .find(|(name, _)| matches!(&name.value, Value::Str(name) if name == key))
            .map(|(_, value)| &value.value)
    };
    let says_date = value_of("reviewed") == Some(&Value::Str(date.to_owned()));
    let says_name =
        by.is_none_or(|name| value_of("reviewed_by") == Some(&Value::Str(name.to_owned())));
    if entries.len() == keys && says_date && says_name {
        Ok(())
    } else {
        Err(EditProblem::Unsafe)
    }
}

/// Runs `cjm review`: every file is tried, and a file that cannot be reviewed is reported
/// without stopping the others.
pub fn run(args: &ReviewArgs) -> Result<ExitStatus, CjmError> {
    let date = args.date.unwrap_or_else(system_today);
    let mut out = io::stdout().lock();
    let mut status = ExitStatus::Success;
    for path in &args.files {
        match review_file(path, date, args.by.as_deref()) {
            Ok(changes) => writeln!(out, "{}", describe(path, &changes))?,
            Err(error) => {
                out.flush()?;
                // A closed standard error must not stop the other files, nor panic.
                let color = ColorChoice::Auto.enabled(
                    io::stderr().is_terminal(),
                    std::env::var_os("NO_COLOR").as_deref(),
                );
                let _ = io::stderr().write_all(crate::error::render(&error, color).as_bytes());
                status = ExitStatus::Failure;
            }
        }
    }
    out.flush()?;
    Ok(status)
}

fn review_file(path: &Path, date: Date, by: Option<&str>) -> Result<Vec<Change>, ReviewError> {
    let (file, unreadable) = source::read(path);
    if let Some(reason) = unreadable {
        return Err(ReviewError::Unreadable {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        });
    }
    let (text, changes) =
        mark_reviewed(file.text(), date, by).map_err(|problem| ReviewError::Refused {
            path: path.to_path_buf(),
            problem,
        })?;
    if text != file.text() {
        rewrite_map(path, &text).map_err(|error| ReviewError::Write {
            path: path.to_path_buf(),
            error: match error {
                CjmError::Write { error, .. } => error,
                other => io::Error::other(other.to_string()),
            },
        })?;
    }
    Ok(changes)
}

/// "maps/shop.cjm.yaml: reviewed 2026-05-22 → 2026-12-01", or that nothing changed.
fn describe(path: &Path, changes: &[Change]) -> String {
    let path = display_path(path);
    let path = escape_controls(&path);
    if changes.is_empty() {
        return format!("{path}: already up to date, not changed");
    }
    let parts: Vec<String> = changes
        .iter()
        .map(|change| match &change.before {
            Some(before) => format!(
                "{} {} → {}",
                change.key,
                escape_controls(&excerpt(before)),
                escape_controls(&change.after)
            ),
            None => format!("{} {} (added)", change.key, escape_controls(&change.after)),
        })
        .collect();
    format!("{path}: {}", parts.join(", "))
}

/// At most 80 characters of an old value, which may be anything the file held.
fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or("")),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATE: Date = jiff::civil::date(2026, 11, 25);

    fn edited(text: &str, by: Option<&str>) -> String {
        mark_reviewed(text, DATE, by).unwrap().0
    }

    #[test]
    fn an_empty_or_null_value_is_filled_in_place() {
        assert_eq!(
            edited("cjm: 1\nreviewed:   # когда?\nstages: []\n", None),
            "cjm: 1\nreviewed: 2026-11-25   # когда?\nstages: []\n"
        );
        assert_eq!(
            edited("cjm: 1\nreviewed: ~\n", Some("Анна")),
            "cjm: 1\nreviewed: 2026-11-25\nreviewed_by: \"Анна\"\n"
        );
    }

    #[test]
    fn quotes_are_kept_and_the_last_line_may_lack_a_newline() {
        assert_eq!(
            edited("owner: x\nreviewed: '2026-01-01'", Some("B")),
            "owner: x\nreviewed: '2026-11-25'\nreviewed_by: \"B\""
        );
    }

    /// A block scalar's span starts after its `|`; rather than guess, the edit is refused.
    #[test]
    fn a_block_scalar_reviewer_is_refused_not_mangled() {
        let text = "reviewed: 2026-01-01\nreviewed_by: |\n  Анна\n  Игорь\nstages: []\n";
        assert_eq!(
            mark_reviewed(text, DATE, Some("Иван")),
            Err(EditProblem::Unsafe)
        );
    }

    #[test]
    fn nothing_to_change_is_no_change() {
        let text = "reviewed: 2026-11-25\nreviewed_by: Анна # она\n";
        assert_eq!(
            mark_reviewed(text, DATE, Some("Анна")).unwrap(),
            (text.to_owned(), vec![])
        );
    }

    #[test]
    fn refusals() {
        let problem = |text| mark_reviewed(text, DATE, None).unwrap_err();
        assert!(matches!(problem("a: [\n"), EditProblem::Syntax(_)));
        assert_eq!(problem("- a\n- b\n"), EditProblem::NotAMapping);
        assert_eq!(problem("stages: []\n"), EditProblem::NowhereToAdd);
    }
}
