//! Fixing one file: apply the fixes that do not overlap, check the new text, and go on while
//! fixes are left, as ruff's fix loop does. The file on disk is not touched here: the caller
//! writes [`FixedFile::text`] (`--fix`) or shows [`unified_diff`] (`--diff`).

use std::path::PathBuf;
use std::time::Duration;

use super::apply;
use crate::check::{self, FileReport};
use crate::map::yaml;
use crate::rules::CheckContext;
use crate::source::SourceFile;

/// How many rounds of fixing and checking a file gets. Each round applies every fix that
/// does not overlap another, so one round is the rule; overlaps need a second. The bound
/// stops a fix that would bring its finding back from looping.
pub const MAX_PASSES: usize = 10;

/// A file whose text fixes changed.
#[derive(Debug)]
pub struct FixedFile {
    pub path: PathBuf,
    /// The text as read (without a byte-order mark, as the reader gives it).
    pub original: String,
    /// The text with every fix applied.
    pub text: String,
    /// How many fixes were applied, over all passes.
    pub fixes: usize,
}

/// Fixes what `report` has fixes for. Returns the report of the fixed text (the findings
/// that remain) and the fixed file, or the report unchanged when nothing was fixed.
///
/// A text that does not parse as YAML is never fixed, and a pass whose result would not
/// parse is dropped: a fix never turns a map into a file no tool can read.
pub fn fix_file(report: FileReport, context: &CheckContext) -> (FileReport, Option<FixedFile>) {
    let has_fixes = report.findings.iter().any(|finding| finding.fix.is_some());
    if !has_fixes || yaml::parse(report.source.text()).is_err() {
        return (report, None);
    }
    let path = report.source.path().to_path_buf();
    let original = report.source.text().to_owned();
    let mut text = original.clone();
    let mut fixes = 0;
    let mut current = report;
    for _ in 0..MAX_PASSES {
        let applied = apply(
            &text,
            current
                .findings
                .iter()
                .filter_map(|finding| finding.fix.as_ref()),
        );
        if applied.fixes == 0 || applied.text == text || yaml::parse(&applied.text).is_err() {
            break;
        }
        current = check::check_source(SourceFile::new(&path, applied.text.clone()), context)
            .without_map();
        fixes += applied.fixes;
        text = applied.text;
    }
    if text == original {
        return (current, None);
    }
    let fixed = FixedFile {
        path,
        original,
        text,
        fixes,
    };
    (current, Some(fixed))
}

/// How long the diff of one file may search for the smallest diff. Fixes change a few lines
/// in place, which takes microseconds; a hostile file with a fix on each of 300,000 lines
/// would take minutes, and past this gets a correct diff that is not the smallest.
const DIFF_TIMEOUT: Duration = Duration::from_secs(2);

/// The change a fix makes, as a unified diff with three lines of context, headed by the
/// file's path as shown everywhere else.
pub fn unified_diff(file: &FixedFile) -> String {
    let path = crate::source::display_path(&file.path);
    similar::TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_lines(&file.original, &file.text)
        .unified_diff()
        .context_radius(3)
        .header(&path, &path)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLEAN: &str = include_str!("../../tests/fixtures/rules/clean.cjm.yaml");

    fn report(text: &str) -> FileReport {
        let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
        check::check_source(SourceFile::new("map.cjm.yaml", text), &context)
    }

    /// Taking `CJM309` and `CJM305` out of a list that keeps `CJM110`: each removal takes a
    /// comma, so the two overlap; the first pass applies one and the second, on the text
    /// checked again, the other.
    #[test]
    fn overlapping_fixes_are_applied_one_pass_after_the_other() {
        let emotion = "    emotion: -1\n    emotion_evidence";
        let text = CLEAN.replacen(
            emotion,
            "    emotion: 5  # cjm-ignore: CJM110, CJM309, CJM305 — later\n    emotion_evidence",
            1,
        );
        assert_ne!(text, CLEAN);
        let first = report(&text);
        let fixes: Vec<&super::super::Fix> = first
            .findings
            .iter()
            .filter_map(|finding| finding.fix.as_ref())
            .collect();
        assert_eq!(fixes.len(), 2, "{:?}", first.findings);
        assert_eq!(apply(&text, fixes).fixes, 1);
        let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
        let (after, fixed) = fix_file(first, &context);
        let fixed = fixed.unwrap();
        assert_eq!(fixed.fixes, 2);
        let expected = CLEAN.replacen(
            emotion,
            "    emotion: 5  # cjm-ignore: CJM110 — later\n    emotion_evidence",
            1,
        );
        assert_eq!(fixed.text, expected);
        assert!(after.findings.is_empty(), "{:?}", after.findings);
    }

    #[test]
    fn text_that_does_not_parse_is_not_fixed() {
        let text = CLEAN.replacen("cjm: 1\n", "# cjm-ignore-file: CJM110\ncjm: [1\n", 1);
        let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
        let (after, fixed) = fix_file(report(&text), &context);
        assert!(fixed.is_none());
        assert!(after.findings.iter().all(|finding| finding.fix.is_none()));
    }
}
