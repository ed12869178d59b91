//! The diff as GitHub Flavored Markdown, for a pull-request or merge-request comment that a
//! reader takes in at a glance: one section per changed map, one bullet per change, a
//! removed high-severity pain in bold. Map text is escaped as in the Markdown reports.
//!
//! The first line is an HTML comment, [`MARKER`], by which a CI job finds its earlier
//! comment and updates it instead of adding another.

use std::fmt::Write as _;

use super::model::{Diff, FindingEntry, MapDiff};
use super::sentences::{Sentences, status_lines, summary};
use crate::report::Locale;
use crate::report::markdown::escape;

/// Marks a comment as written by `cjm diff`.
pub const MARKER: &str = "<!-- cjm-diff -->";

fn code(text: &str) -> String {
    format!("`{text}`")
}

pub fn render(diff: &Diff, locale: &Locale) -> String {
    let sentences = Sentences {
        locale,
        scale: diff.emotion_scale,
        escape,
    };
    let words = &locale.words.diff;
    let mut out = String::new();
    let _ = writeln!(out, "{MARKER}\n");
    let _ = writeln!(out, "## {}\n", escape(words.title));
    let new = diff
        .new
        .as_deref()
        .map_or_else(|| escape(words.working_tree), escape);
    let _ = writeln!(
        out,
        "{} {}\n",
        words.compared(&escape(&diff.old), &new),
        escape(&summary(diff, locale))
    );
    if diff.maps.is_empty() {
        let _ = writeln!(out, "{}\n", escape(words.no_changes));
    }
    for map in &diff.maps {
        map_diff(&mut out, map, &sentences);
    }
    out
}

fn map_diff(out: &mut String, map: &MapDiff, sentences: &Sentences<'_>) {
    let words = &sentences.locale.words.diff;
    let title = map.title();
    let heading = match title {
        Some(title) => format!("{} ({})", escape(title), code(&map.path.replace('`', "'"))),
        None => code(&map.path.replace('`', "'")),
    };
    let _ = writeln!(out, "### {}\n", heading.replace('#', "\\#"));
    for line in status_lines(map, words, escape) {
        let _ = writeln!(out, "{line}\n");
    }
    for (side, note) in [
        (&map.old, words.unreadable_old),
        (&map.new, words.unreadable_new),
    ] {
        if let Some(side) = side.as_ref().filter(|side| !side.readable) {
            let _ = writeln!(out, "{}\n", escape(note));
            findings(out, &side.findings, sentences);
        }
    }
    if !map.changes.is_empty() {
        for change in &map.changes {
            let sentence = sentences.change(change);
            if sentence.attention {
                let _ = writeln!(out, "- ⚠️ **{}**", sentence.text);
            } else {
                let _ = writeln!(out, "- {}", sentence.text);
            }
        }
        out.push('\n');
    }
    for (heading, list) in [
        (words.new_findings_heading, &map.new_findings),
        (words.fixed_findings_heading, &map.fixed_findings),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "**{}**\n", escape(heading));
            findings(out, list, sentences);
        }
    }
}

fn findings(out: &mut String, findings: &[FindingEntry], sentences: &Sentences<'_>) {
    for finding in findings {
        let _ = writeln!(out, "- {}", sentences.finding(finding, code));
    }
    if !findings.is_empty() {
        out.push('\n');
    }
}
