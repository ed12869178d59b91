//! `cjm review` end to end: whole files before and after (LF, CRLF with a byte-order mark,
//! comments, quoting, indentation), what it prints, and the files it refuses to touch.

mod common;

use std::fs;
use std::path::Path;

use common::{cjm, fixtures, stderr, stdout};

/// Copies the `review` fixtures `names` into a fresh directory.
fn copies(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in names {
        fs::copy(fixtures().join("review").join(name), dir.path().join(name)).unwrap();
    }
    dir
}

fn review(dir: &Path, args: &[&str]) -> std::process::Output {
    cjm()
        .current_dir(dir)
        .arg("review")
        .args(args)
        .output()
        .unwrap()
}

fn expected(name: &str) -> Vec<u8> {
    fs::read(fixtures().join("review").join(name)).unwrap()
}

#[test]
fn only_the_review_values_change() {
    let dir = copies(&["commented.cjm.yaml"]);
    let output = review(dir.path(), &["commented.cjm.yaml", "--by", "Анна Петрова"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "commented.cjm.yaml: reviewed \"2026-05-22\" → \"2026-11-25\", \
         reviewed_by Старый Рецензент → \"Анна Петрова\"\n"
    );
    assert_eq!(
        fs::read(dir.path().join("commented.cjm.yaml")).unwrap(),
        expected("commented.expected")
    );
}

#[test]
fn crlf_and_a_byte_order_mark_survive_and_reviewed_by_is_added_after_reviewed() {
    let dir = copies(&["crlf-bom.cjm.yaml"]);
    let output = review(dir.path(), &["crlf-bom.cjm.yaml", "--by", "Анна Петрова"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "crlf-bom.cjm.yaml: reviewed \"2026-05-22\" → \"2026-11-25\", \
         reviewed_by \"Анна Петрова\" (added)\n"
    );
    assert_eq!(
        fs::read(dir.path().join("crlf-bom.cjm.yaml")).unwrap(),
        expected("crlf-bom.expected")
    );
}

#[test]
fn a_map_never_reviewed_gets_the_key_after_owner() {
    let dir = copies(&["never-reviewed.cjm.yaml"]);
    let output = review(dir.path(), &["never-reviewed.cjm.yaml"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "never-reviewed.cjm.yaml: reviewed 2026-11-25 (added)\n"
    );
    assert_eq!(
        fs::read(dir.path().join("never-reviewed.cjm.yaml")).unwrap(),
        expected("never-reviewed.expected")
    );
    // The map is now fresh: `cjm validate` has nothing to say about it.
    let validated = cjm()
        .current_dir(dir.path())
        .args(["validate", "never-reviewed.cjm.yaml"])
        .output()
        .unwrap();
    assert!(
        stdout(&validated).ends_with("0 errors, 0 warnings, 0 infos.\n"),
        "{}",
        stdout(&validated)
    );
}

#[test]
fn the_date_flag_and_a_second_run_that_changes_nothing() {
    let dir = copies(&["commented.cjm.yaml"]);
    let path = dir.path().join("commented.cjm.yaml");
    review(dir.path(), &["commented.cjm.yaml", "--date", "2026-10-13"]);
    let once = fs::read_to_string(&path).unwrap();
    assert!(once.contains("\nreviewed: \"2026-10-13\"   # прошлый разбор\n"));
    assert!(
        once.contains("\nreviewed_by: Старый Рецензент\n"),
        "untouched without --by"
    );
    let again = review(dir.path(), &["commented.cjm.yaml", "--date", "2026-10-13"]);
    assert_eq!(
        stdout(&again),
        "commented.cjm.yaml: already up to date, not changed\n"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), once);
}

#[test]
fn a_file_that_does_not_parse_is_left_alone_and_the_others_are_reviewed() {
    let dir = copies(&["broken.cjm.yaml", "never-reviewed.cjm.yaml"]);
    let output = review(
        dir.path(),
        &[
            "broken.cjm.yaml",
            "never-reviewed.cjm.yaml",
            "missing.cjm.yaml",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout(&output),
        "never-reviewed.cjm.yaml: reviewed 2026-11-25 (added)\n"
    );
    insta::assert_snapshot!(stderr(&output));
    assert_eq!(
        fs::read(dir.path().join("broken.cjm.yaml")).unwrap(),
        expected("broken.cjm.yaml")
    );
}

#[test]
fn a_layout_it_cannot_edit_safely_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flow.cjm.yaml");
    let text = "{cjm: 1, title: T, owner: O, reviewed: 2026-01-01, segments: [], stages: []}\n";
    fs::write(&path, text).unwrap();
    let output = review(dir.path(), &["flow.cjm.yaml", "--by", "Анна"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("the edit would not read back as intended"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn an_invalid_date_is_a_usage_error() {
    let dir = copies(&["commented.cjm.yaml"]);
    let output = review(dir.path(), &["commented.cjm.yaml", "--date", "13.10.2026"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("`13.10.2026` is not a date written as YYYY-MM-DD"));
    assert_eq!(
        fs::read(dir.path().join("commented.cjm.yaml")).unwrap(),
        expected("commented.cjm.yaml")
    );
}
