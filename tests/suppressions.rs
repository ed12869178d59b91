//! `# cjm-ignore` comments: line and file scope, unused and invalid suppressions.

mod common;

use common::{cjm, fixtures, run_in, stdout};
use insta_cmd::assert_cmd_snapshot;

/// A map whose findings are all suppressed but one unused code; "today" makes it stale, and
/// `# cjm-ignore` written inside quoted text or a block scalar must not hide that.
#[test]
fn suppressed_map() {
    let dir = fixtures().join("suppressions");
    assert_cmd_snapshot!(
        cjm()
            .current_dir(&dir)
            .env("CJM_TODAY", "2027-11-25")
            .args(["validate", "suppressed.cjm.yaml"])
    );
    let fresh = run_in(&dir, &["validate", "suppressed.cjm.yaml"]);
    let text = stdout(&fresh);
    // Without the stale finding, only the unused code remains: a warning, exit 0.
    assert_eq!(fresh.status.code(), Some(0), "{text}");
    assert!(
        text.contains("[CJM501]") && text.contains("`CJM305` reports nothing on this line"),
        "{text}"
    );
    for suppressed in ["[CJM303]", "[CJM308]", "[CJM204]"] {
        assert!(
            !text.contains(suppressed),
            "{suppressed} should be suppressed:\n{text}"
        );
    }
}

#[test]
fn suppressing_a_rule_that_is_turned_off_is_reported_as_unused() {
    let dir = fixtures().join("suppressions");
    let output = run_in(
        &dir,
        &[
            "validate",
            "suppressed.cjm.yaml",
            "--rule",
            "stage-missing-goals=off",
        ],
    );
    let text = stdout(&output);
    assert!(
        text.contains(
            "unused suppression: `stage-missing-goals` is turned off in the configuration"
        ),
        "{text}"
    );
}

#[test]
fn suppressions_of_suppression_findings_work_file_wide() {
    let dir = tempfile::tempdir().unwrap();
    let map =
        std::fs::read_to_string(fixtures().join("rules/invalid-suppression.cjm.yaml")).unwrap();
    std::fs::write(
        dir.path().join("map.cjm.yaml"),
        format!("# cjm-ignore-file: invalid-suppression\n{map}"),
    )
    .unwrap();
    let output = run_in(dir.path(), &["validate", "map.cjm.yaml"]);
    assert_eq!(
        stdout(&output),
        "Checked 1 file: 0 errors, 0 warnings, 0 infos.\n"
    );
}

/// `clean.cjm.yaml` with its second stage's KPIs removed (a CJM308 finding) and `comment`
/// on a line of its own above that stage, followed by a blank line, or at the end of the
/// stage's first line; checked with `--format concise`.
fn concise_with(comment: &str, own_line: bool) -> String {
    let clean = std::fs::read_to_string(fixtures().join("rules/clean.cjm.yaml")).unwrap();
    let without_kpis = clean.replace(
        "    kpis:\n      - name: \"Заказы\"\n        target: 100\n        actual: 90\n        \
         unit: \"в месяц\"\n        risks: [\"Поставщик задержит фасады\"]\n",
        "",
    );
    let map = if own_line {
        without_kpis.replace(
            "  - id: purchase\n",
            &format!("  {comment}\n\n  - id: purchase\n"),
        )
    } else {
        without_kpis.replace(
            "  - id: purchase\n",
            &format!("  - id: purchase   {comment}\n"),
        )
    };
    assert_ne!(map, without_kpis);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("map.cjm.yaml"), map).unwrap();
    stdout(&run_in(
        dir.path(),
        &["validate", "--format", "concise", "map.cjm.yaml"],
    ))
}

#[test]
fn an_unused_own_line_suppression_names_the_line_it_applies_to_and_the_rule_as_written() {
    assert_eq!(
        concise_with("# cjm-ignore: CJM305 — emotions come later", true),
        "map.cjm.yaml:31:17: warning[CJM501] unused suppression: `CJM305` reports nothing \
         on line 33, the line this comment applies to\n\
         map.cjm.yaml:33:9: warning[CJM308] stage `purchase` has no `kpis`\n\
         Checked 1 file: 0 errors, 2 warnings, 0 infos (1 fixable with `--fix`).\n"
    );
    assert_eq!(
        concise_with("# cjm-ignore: stage-missing-emotion, CJM308", false),
        "map.cjm.yaml:31:34: warning[CJM501] unused suppression: `stage-missing-emotion` \
         reports nothing on this line\n\
         Checked 1 file: 0 errors, 1 warning, 0 infos (1 fixable with `--fix`).\n"
    );
}

#[test]
fn a_reason_may_follow_a_colon_as_in_noqa() {
    assert_eq!(
        concise_with(
            "# cjm-ignore: CJM308: KPIs come with the Q3 research",
            false
        ),
        "Checked 1 file: 0 errors, 0 warnings, 0 infos.\n"
    );
}

#[test]
fn a_reason_without_a_separator_is_one_finding_not_one_per_word() {
    assert_eq!(
        concise_with("# cjm-ignore: CJM308 KPIs come with the Q3 research", false),
        "map.cjm.yaml:31:41: warning[CJM502] `KPIs` is not a rule; a reason needs `—` \
         before it\n\
         Checked 1 file: 0 errors, 1 warning, 0 infos.\n"
    );
}

#[test]
fn an_unknown_code_is_not_matched_to_a_code_by_edit_distance() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("map.cjm.yaml"),
        "# cjm-ignore-file: CJM999, stage-missing-kpi\ncjm: 1\n",
    )
    .unwrap();
    let output = run_in(
        dir.path(),
        &["validate", "--format", "json", "map.cjm.yaml"],
    );
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let helps: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["code"] == "CJM502")
        .map(|finding| finding["help"].as_str().unwrap())
        .collect();
    assert_eq!(
        helps,
        [
            "run `cjm rules` to list them (a reason goes after `—`)",
            "did you mean `stage-missing-kpis`? (a reason goes after `—`)"
        ]
    );
}
