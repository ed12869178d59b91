//! The README states facts the code decides; these tests keep them true.

mod common;

use common::repo_root;

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

/// The rule table is generated from the rule catalogue. Run with `UPDATE_README=1` to
/// rewrite it after changing a rule.
#[test]
fn rule_table_matches_the_catalogue() {
    let text = readme();
    let (start, end) = section(&text, "rules");
    let expected = cjm::rules::catalogue_markdown();
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{expected}{}", &text[..start], &text[end..]);
        std::fs::write(repo_root().join("README.md"), updated).unwrap();
        return;
    }
    assert_eq!(
        &text[start..end],
        expected,
        "run `UPDATE_README=1 cargo test --test readme`"
    );
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
