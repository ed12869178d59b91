//! The README states facts the code decides; these tests keep them true.

mod common;

use common::{repo_root, run_in, stdout};

fn readme() -> String {
    std::fs::read_to_string(repo_root().join("README.md")).unwrap()
}

/// The block between `<!-- name:start -->` and `<!-- name:end -->`.
fn section(text: &str, name: &str) -> (usize, usize) {
    let start_marker = format!("<!-- {name}:start -->\n");
    let start = text.find(&start_marker).unwrap() + start_marker.len();
    let end = text.find(&format!("<!-- {name}:end -->")).unwrap();
    (start, end)
}

/// Whether to rewrite generated documentation instead of checking it.
fn updating() -> bool {
    std::env::var_os("UPDATE_README").is_some()
}

const UPDATE_HINT: &str = "run `UPDATE_README=1 cargo test --test readme`";

/// Tests that rewrite the README take turns, so no update is lost.
static README_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Checks that the README block `name` reads `expected`, or rewrites it when updating.
fn readme_block_is(name: &str, expected: &str) {
    let _turn = README_LOCK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let text = readme();
    let (start, end) = section(&text, name);
    if updating() {
        let updated = format!("{}{expected}{}", &text[..start], &text[end..]);
        std::fs::write(repo_root().join("README.md"), updated).unwrap();
        return;
    }
    assert_eq!(&text[start..end], expected, "{UPDATE_HINT}");
}

/// The rule table is generated from the rule catalogue. Run with `UPDATE_README=1` to
/// rewrite it after changing a rule.
#[test]
fn rule_table_matches_the_catalogue() {
    readme_block_is("rules", &cjm::rules::catalogue_markdown());
}

/// `cjm report` with the arguments, on the examples as of the tests' fixed date.
fn report(args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let output = run_in(&repo_root(), &all);
    assert_eq!(output.status.code(), Some(0));
    stdout(&output)
}

/// The README shows the report of an example map exactly as `cjm report` writes it today.
#[test]
fn readme_example_report_is_current() {
    readme_block_is(
        "report-example",
        &report(&["examples/analytics-saas-b2b.cjm.yaml"]),
    );
}

/// The README shows `cjm diff` of an example against its edited copy exactly as it is
/// written today.
#[test]
fn readme_example_diff_is_current() {
    let output = run_in(
        &repo_root(),
        &[
            "diff",
            "examples/furniture-store.ru.cjm.yaml",
            "tests/fixtures/diff/furniture-store.ru.cjm.yaml",
            "--format",
            "markdown",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    readme_block_is("diff-example", &stdout(&output));
}

/// The committed reports under `examples/reports/` are `cjm report`'s current output on
/// the examples.
#[test]
fn example_reports_are_current() {
    let cases: [(&str, &[&str]); 3] = [
        ("portfolio.en.md", &["examples"]),
        ("portfolio.ru.md", &["examples", "--lang", "ru"]),
        ("portfolio.json", &["examples", "--format", "json"]),
    ];
    for (file, args) in cases {
        let path = repo_root().join("examples/reports").join(file);
        let expected = report(args);
        if updating() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, expected).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == expected,
            "{file} is out of date: {UPDATE_HINT}"
        );
    }
}

/// `.ci/run` runs exactly the test command the README gives.
#[test]
fn ci_runs_the_readme_test_command() {
    let text = readme();
    let setup = text.split("## Set-up").nth(1).unwrap();
    let block = setup
        .split("```sh\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let commands: Vec<&str> = block.lines().collect();
    assert_eq!(commands.len(), 2, "two set-up commands: {commands:?}");
    assert!(
        commands[0].contains("validate examples/"),
        "{}",
        commands[0]
    );
    let ci = std::fs::read_to_string(repo_root().join(".ci/run")).unwrap();
    assert!(
        ci.lines().any(|line| line.trim() == commands[1]),
        "`.ci/run` must run `{}`",
        commands[1]
    );
}
