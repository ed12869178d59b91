//! The diff as plain text for a terminal. Map text is defused as in every other terminal
//! output (control characters written as escapes), so a hostile map cannot drive the
//! terminal.

use std::fmt::Write as _;

use super::model::{Diff, MapDiff, MapSide};
use super::sentences::{Sentences, status_lines, summary};
use crate::output::escape_controls;
use crate::report::Locale;

fn defuse(text: &str) -> String {
    escape_controls(text).into_owned()
}

pub fn render(diff: &Diff, locale: &Locale) -> String {
    let sentences = Sentences {
        locale,
        scale: diff.emotion_scale,
        escape: defuse,
    };
    let words = &locale.words.diff;
    let mut out = String::new();
    let _ = writeln!(out, "{}", words.title);
    let new = diff.new.as_deref().unwrap_or(words.working_tree);
    let _ = writeln!(out, "{}", words.compared(&defuse(&diff.old), &defuse(new)));
    let _ = writeln!(out, "{}", summary(diff, locale));
    if diff.maps.is_empty() {
        let _ = writeln!(out, "{}", words.no_changes);
    }
    for map in &diff.maps {
        out.push('\n');
        map_diff(&mut out, map, &sentences);
    }
    out
}

fn map_diff(out: &mut String, map: &MapDiff, sentences: &Sentences<'_>) {
    let words = &sentences.locale.words.diff;
    let title = map.title();
    match title {
        Some(title) => {
            let _ = writeln!(out, "{} — {}", defuse(&map.path), sentences.quote(title));
        }
        None => {
            let _ = writeln!(out, "{}", defuse(&map.path));
        }
    }
    for line in status_lines(map, words, defuse) {
        let _ = writeln!(out, "  {line}");
    }
    for (side, note) in [
        (&map.old, words.unreadable_old),
        (&map.new, words.unreadable_new),
    ] {
        if let Some(side) = side.as_ref().filter(|side| !side.readable) {
            unreadable(out, side, note, sentences);
        }
    }
    for change in &map.changes {
        let sentence = sentences.change(change);
        let marker = if sentence.attention { "!" } else { "-" };
        let _ = writeln!(out, "  {marker} {}", sentence.text);
    }
    for (heading, findings) in [
        (words.new_findings_heading, &map.new_findings),
        (words.fixed_findings_heading, &map.fixed_findings),
    ] {
        if !findings.is_empty() {
            let _ = writeln!(out, "  {heading}:");
            for finding in findings {
                let _ = writeln!(out, "    {}", sentences.finding(finding, str::to_owned));
            }
        }
    }
}

fn unreadable(out: &mut String, side: &MapSide, note: &str, sentences: &Sentences<'_>) {
    let _ = writeln!(out, "  {note}");
    for finding in &side.findings {
        let _ = writeln!(out, "    {}", sentences.finding(finding, str::to_owned));
    }
}
