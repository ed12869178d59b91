//! `--format json`: one JSON array of every finding, for scripts and dashboards.
//!
//! Texts are [`bounded`] like everywhere; serde escapes control characters.
//!
//! The fields are a stable interface, documented in README.md ("JSON output"): add fields,
//! never rename or remove one.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use super::bounded;
use super::location::{Region, checked_files};
use crate::check::FileReport;
use crate::finding::Severity;
use crate::i18n::{Lang, Message};

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    #[serde(flatten)]
    place: JsonPlace,
    code: &'static str,
    name: &'static str,
    severity: Severity,
    message: String,
    /// The catalogue id of the message: the same in every language.
    message_id: &'static str,
    label: Option<String>,
    help: Option<String>,
    related: Vec<JsonRelated>,
    /// The fix `cjm validate --fix` would apply, or `null`.
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: Cow<'a, str>,
    edits: Vec<JsonEdit<'a>>,
}

/// One replacement: the text from `line:column` up to (not including) `end_line:end_column`
/// becomes `content`.
#[derive(Serialize)]
struct JsonEdit<'a> {
    #[serde(flatten)]
    place: JsonPlace,
    content: &'a str,
}

#[derive(Serialize)]
struct JsonRelated {
    #[serde(flatten)]
    place: JsonPlace,
    label: String,
}

#[derive(Serialize)]
struct JsonPlace {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

impl From<Region> for JsonPlace {
    fn from(region: Region) -> Self {
        Self {
            line: region.start.line,
            column: region.start.column,
            end_line: region.end.line,
            end_column: region.end.column,
        }
    }
}

pub fn render(reports: &[FileReport], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let text = |message: &Message| bounded(&message.render(lang)).into_owned();
    let files: Vec<_> = checked_files(reports).collect();
    let findings: Vec<JsonFinding<'_>> = files
        .iter()
        .flat_map(|file| {
            file.findings().map(move |(finding, region)| JsonFinding {
                path: &file.path,
                place: region.into(),
                code: finding.rule.code,
                name: finding.rule.name,
                severity: finding.severity,
                message: text(&finding.message),
                message_id: finding.message.id(),
                label: finding.label.as_ref().map(text),
                help: finding.help.as_ref().map(text),
                related: finding
                    .related
                    .iter()
                    .map(|related| JsonRelated {
                        place: file.region(related.span).into(),
                        label: text(&related.label),
                    })
                    .collect(),
                fix: finding.fix.as_ref().map(|fix| JsonFix {
                    title: Cow::Owned(text(&fix.title)),
                    edits: fix
                        .edits
                        .iter()
                        .map(|edit| JsonEdit {
                            place: file.region(edit.span).into(),
                            content: &edit.content,
                        })
                        .collect(),
                }),
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &findings)?;
    writeln!(out)
}
