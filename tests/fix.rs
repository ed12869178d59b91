//! `cjm validate --fix` and `--diff` end to end: each fix on a fixture of its own under
//! `tests/fixtures/fix`, `NAME.cjm.yaml` before and `NAME.after.yaml` after, compared whole
//! and byte for byte (CRLF included), with the findings that remain.

mod common;

use std::fs;
use std::path::Path;

use common::{cjm, fixtures, run_in, stderr, stdout};
use insta_cmd::assert_cmd_snapshot;

fn fix_dir() -> std::path::PathBuf {
    fixtures().join("fix")
}

/// A copy of the fixture `name` in a directory of its own, to be fixed there.
fn copy_of(name: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = format!("{name}.cjm.yaml");
    fs::copy(fix_dir().join(&file), dir.path().join(&file)).unwrap();
    (dir, file)
}

fn after(name: &str) -> String {
    fs::read_to_string(fix_dir().join(format!("{name}.after.yaml"))).unwrap()
}

#[test]
fn each_fixture_is_fixed_to_its_after_file() {
    insta::glob!("fixtures/fix/*.cjm.yaml", |path| {
        let name = path
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .trim_end_matches(".cjm.yaml");
        let (dir, file) = copy_of(name);
        // The findings that remain, exactly as `--fix` prints them.
        assert_cmd_snapshot!(
            cjm()
                .current_dir(dir.path())
                .args(["validate", "--fix", &file])
        );
        let fixed = fs::read_to_string(dir.path().join(&file)).unwrap();
        assert_eq!(fixed, after(name), "{name}: the fixed file differs");
    });
}

/// The fixtures show what they claim: each one that is fixed changes, the others do not.
#[test]
fn the_fixtures_change_where_a_fix_applies() {
    for name in [
        "crlf",
        "day-first-date",
        "keyword-case",
        "misspelt-key",
        "quoted-number",
        "unused-suppression",
    ] {
        let before = fs::read_to_string(fix_dir().join(format!("{name}.cjm.yaml"))).unwrap();
        assert_ne!(before, after(name), "{name}");
    }
    for name in ["no-such-day", "syntax-error"] {
        let before = fs::read_to_string(fix_dir().join(format!("{name}.cjm.yaml"))).unwrap();
        assert_eq!(before, after(name), "{name}");
    }
    let crlf = fs::read_to_string(fix_dir().join("crlf.after.yaml")).unwrap();
    assert_eq!(crlf.matches("\r\n").count(), crlf.matches('\n').count());
}

/// Fixing a fixed file again changes nothing: the loop ran until no fix was left.
#[test]
fn a_second_run_finds_nothing_more_to_fix() {
    let (dir, file) = copy_of("misspelt-key");
    run_in(dir.path(), &["validate", "--fix", &file]);
    let fixed = fs::read(dir.path().join(&file)).unwrap();
    let again = run_in(dir.path(), &["validate", "--diff", &file]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(stdout(&again), "");
    assert_eq!(stderr(&again), "Nothing to fix.\n");
    assert_eq!(fs::read(dir.path().join(&file)).unwrap(), fixed);
}

/// `touchpionts` hides the touchpoints, and so `chanel` inside them, until it is renamed:
/// the file is checked again after each pass, and the second pass fixes what the first
/// revealed.
#[test]
fn a_fix_that_reveals_another_is_followed_by_a_second_pass() {
    let (dir, file) = copy_of("misspelt-key");
    let before = run_in(dir.path(), &["validate", "--format", "concise", &file]);
    assert!(!stdout(&before).contains("`chanel`"), "{}", stdout(&before));
    let fixed = run_in(dir.path(), &["validate", "--fix", &file]);
    assert!(
        stdout(&fixed).contains("Fixed 3 findings in 1 file."),
        "{}",
        stdout(&fixed)
    );
}

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let (dir, file) = copy_of("misspelt-key");
    let before = fs::read(dir.path().join(&file)).unwrap();
    assert_cmd_snapshot!(
        cjm()
            .current_dir(dir.path())
            .args(["validate", "--diff", &file])
    );
    assert_eq!(fs::read(dir.path().join(&file)).unwrap(), before);
}

/// The diff is one `patch` can apply: applied to the fixture, it gives the after file.
#[test]
fn the_diff_of_the_overlapping_fixes_applies_to_the_before_file() {
    let (dir, file) = copy_of("unused-suppression");
    let diff = stdout(&run_in(dir.path(), &["validate", "--diff", &file]));
    assert!(
        diff.starts_with(&format!("--- {file}\n+++ {file}\n@@ ")),
        "{diff}"
    );
    let patch = std::process::Command::new("patch")
        .current_dir(dir.path())
        .args(["--quiet", "-p0"])
        .stdin(std::process::Stdio::piped())
        .spawn();
    let Ok(mut patch) = patch else {
        // No `patch` on this machine: the whole-file comparison of --fix still holds.
        return;
    };
    use std::io::Write;
    patch
        .stdin
        .take()
        .unwrap()
        .write_all(diff.as_bytes())
        .unwrap();
    assert!(patch.wait().unwrap().success());
    let patched = fs::read_to_string(dir.path().join(&file)).unwrap();
    assert_eq!(patched, after("unused-suppression"));
}

#[test]
fn diff_exit_codes() {
    let clean = run_in(
        &fixtures().join("rules"),
        &["validate", "--diff", "clean.cjm.yaml"],
    );
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        (stdout(&clean).as_str(), stderr(&clean).as_str()),
        ("", "Nothing to fix.\n")
    );
    // Findings without a fix are not the diff's business.
    let unfixable = run_in(&fix_dir(), &["validate", "--diff", "no-such-day.cjm.yaml"]);
    assert_eq!(unfixable.status.code(), Some(0));
    let fixable = run_in(&fix_dir(), &["validate", "--diff", "keyword-case.cjm.yaml"]);
    assert_eq!(fixable.status.code(), Some(1));
    assert_eq!(stderr(&fixable), "Would fix 5 findings in 1 file.\n");
    let both = run_in(
        &fix_dir(),
        &["validate", "--diff", "--fix", "keyword-case.cjm.yaml"],
    );
    assert_eq!(both.status.code(), Some(2));
}

/// A file that does not parse is left alone, and offers no fix: its unused suppression
/// would be fixable in a file that parses.
#[test]
fn a_file_with_a_syntax_error_is_never_touched() {
    let (dir, file) = copy_of("syntax-error");
    let output = run_in(
        dir.path(),
        &["validate", "--fix", "--format", "concise", &file],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(!stdout(&output).contains("fixable"), "{}", stdout(&output));
    assert_eq!(
        fs::read(dir.path().join(&file)).unwrap(),
        fs::read(fix_dir().join(&file)).unwrap()
    );
}

/// The reader drops a byte-order mark; the fixed file gets it back.
#[test]
fn a_byte_order_mark_is_kept() {
    let (dir, file) = copy_of("day-first-date");
    let path = dir.path().join(&file);
    let mut text = b"\xEF\xBB\xBF".to_vec();
    text.extend(fs::read(&path).unwrap());
    fs::write(&path, text).unwrap();
    run_in(dir.path(), &["validate", "--fix", &file]);
    let fixed = fs::read(&path).unwrap();
    assert!(fixed.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(&fixed[3..], after("day-first-date").as_bytes());
}

/// Machine formats keep standard output for their document: the note goes to standard
/// error, and the document lists what remains.
#[test]
fn fix_with_a_machine_format_reports_what_remains() {
    let (dir, file) = copy_of("keyword-case");
    let output = run_in(
        dir.path(),
        &["validate", "--fix", "--format", "json", &file],
    );
    assert_eq!(output.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["message"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["`hihg` is not a pain severity"]);
    assert_eq!(stderr(&output), "Fixed 5 findings in 1 file.\n");
}

/// The edits of `--format json`, applied by a script to the file, give the fixed file: the
/// positions and contents are exact. (One pass: these fixes do not overlap.)
#[test]
fn json_edits_applied_by_hand_give_the_fixed_file() {
    let output = run_in(
        &fix_dir(),
        &["validate", "--format", "json", "keyword-case.cjm.yaml"],
    );
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut text = fs::read_to_string(fix_dir().join("keyword-case.cjm.yaml")).unwrap();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for finding in findings.as_array().unwrap() {
        let Some(fix) = finding["fix"].as_object() else {
            continue;
        };
        assert!(fix["title"].as_str().unwrap().starts_with("Replace `"));
        for edit in fix["edits"].as_array().unwrap() {
            let at = |line: &str, column: &str| {
                cjm::source::offset_at(
                    &text,
                    edit[line].as_u64().unwrap() as usize,
                    edit[column].as_u64().unwrap() as usize,
                )
            };
            edits.push((
                at("line", "column"),
                at("end_line", "end_column"),
                edit["content"].as_str().unwrap().to_owned(),
            ));
        }
    }
    assert_eq!(edits.len(), 5);
    edits.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    for (start, end, content) in edits {
        text.replace_range(start..end, &content);
    }
    assert_eq!(text, after("keyword-case"));
}

#[test]
fn cjm_rules_marks_the_rules_that_fix() {
    let listing = stdout(&run_in(&fix_dir(), &["rules"]));
    let fixable: Vec<&str> = listing
        .lines()
        .filter(|line| line.contains("  yes  "))
        .filter_map(|line| line.split_whitespace().nth(1))
        .collect();
    let expected: Vec<&str> = cjm::fix::FIXABLE_RULES
        .iter()
        .map(|rule| rule.name)
        .collect();
    assert_eq!(fixable, expected);
    let one = stdout(&run_in(&fix_dir(), &["rules", "unknown-key"]));
    assert!(one.contains("`cjm validate --fix` fixes"), "{one}");
    let other = stdout(&run_in(&fix_dir(), &["rules", "stale-map"]));
    assert!(!other.contains("--fix"), "{other}");
}

/// Every fixable rule has a fixture whose fix it makes.
#[test]
fn every_fixable_rule_is_fixed_in_a_fixture() {
    let output = run_in(&fix_dir(), &["validate", "--format", "json", "."]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for rule in cjm::fix::FIXABLE_RULES {
        assert!(
            findings
                .as_array()
                .unwrap()
                .iter()
                .any(|finding| { finding["code"] == rule.code && finding["fix"].is_object() }),
            "no fixture has a fix of {}",
            rule.name
        );
    }
    assert!(Path::new(&fix_dir()).join("crlf.cjm.yaml").exists());
}
