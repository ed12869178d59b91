//! What a file's findings become on the way out: one finding for one typo, and the one last
//! step (levels, suppressions, order) that every file goes through, readable or not.

mod common;

use std::fs;

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::source::SourceFile;
use common::{run_in, stdout};

const CLEAN: &str = include_str!("fixtures/rules/clean.cjm.yaml");

/// (rule name, message, help) of every finding in `text`.
fn findings(text: &str) -> Vec<(String, String, String)> {
    let report = check_source(
        SourceFile::new("map.cjm.yaml", text),
        &CheckContext::new(jiff::civil::date(2026, 11, 25)),
    );
    report
        .findings
        .into_iter()
        .map(|finding| {
            (
                finding.rule.name.to_owned(),
                finding.message.english(),
                finding.help.map(|help| help.english()).unwrap_or_default(),
            )
        })
        .collect()
}

fn one(rule: &str, message: &str, help: &str) -> Vec<(String, String, String)> {
    vec![(rule.to_owned(), message.to_owned(), help.to_owned())]
}

#[test]
fn a_misspelt_channel_is_one_finding() {
    let map = CLEAN.replacen(
        "{name: \"Объявление в поиске\", channel: site",
        "{name: \"Объявление в поиске\", chanel: site",
        1,
    );
    assert_eq!(
        findings(&map),
        one(
            "unknown-key",
            "unknown key `chanel` in touchpoint `Объявление в поиске`",
            "did you mean `channel`? As written, touchpoint `Объявление в поиске` has no \
             `channel`"
        )
    );
}

#[test]
fn the_suggestion_prefers_the_key_that_is_missing() {
    // `wher` is one edit from `when` (written) and from `where` (missing): it means `where`.
    let map = CLEAN.replacen("    where: ", "    wher: ", 1);
    assert_eq!(
        findings(&map),
        one(
            "unknown-key",
            "unknown key `wher` in segment `family`",
            "did you mean `where`? As written, segment `family` has no `where`"
        )
    );
}

#[test]
fn a_misspelt_required_key_is_not_also_missing() {
    let map = CLEAN.replacen("title: ", "titel: ", 1);
    assert_eq!(
        findings(&map),
        one(
            "unknown-key",
            "unknown key `titel` at the top of the map",
            "did you mean `title`? As written, the map has no `title`"
        )
    );
}

#[test]
fn a_duplicate_key_names_its_stage_by_id() {
    let map = CLEAN.replacen(
        "    name: \"Осмысление\"\n",
        "    name: \"Осмысление\"\n    name: \"Awareness\"\n",
        1,
    );
    assert_eq!(
        findings(&map),
        one(
            "duplicate-key",
            "`name` appears twice in stage `awareness`",
            "keep one of the two entries"
        )
    );
}

#[test]
fn review_dates_say_what_they_probably_meant() {
    let help = |date: &str| {
        let map = CLEAN.replacen("reviewed: 2026-10-01", &format!("reviewed: {date}"), 1);
        let found = findings(&map);
        assert_eq!(found.len(), 1, "{found:?}");
        found[0].2.clone()
    };
    assert_eq!(help("13.10.2026"), "did you mean 2026-10-13?");
    assert_eq!(
        help("2026-02-30"),
        "that day does not exist: February 2026 has 28 days"
    );
}

/// A file that cannot be read goes through the same last step as every other file: the
/// level the configuration gives `unreadable-file` applies.
#[test]
fn unreadable_files_take_the_configured_level() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("binary.cjm.yaml"), b"cjm: 1\n\0\0\0").unwrap();
    let run = |config: &str| {
        fs::write(dir.path().join(".cjm.yaml"), config).unwrap();
        run_in(dir.path(), &["validate", "binary.cjm.yaml"])
    };
    let default = run("");
    assert!(
        stdout(&default).contains("error[CJM100]"),
        "{}",
        stdout(&default)
    );
    assert_eq!(default.status.code(), Some(1));
    let warning = run("rules: {unreadable-file: warning}\n");
    assert!(
        stdout(&warning).contains("warning[CJM100]"),
        "{}",
        stdout(&warning)
    );
    assert_eq!(warning.status.code(), Some(0));
    let off = run("rules: {unreadable-file: off}\n");
    assert!(!stdout(&off).contains("CJM100"), "{}", stdout(&off));
    assert_eq!(off.status.code(), Some(0));
}
