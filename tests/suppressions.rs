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
        text.contains("[CJM501]")
            && text.contains("`stage-missing-emotion` reports nothing on this line"),
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
