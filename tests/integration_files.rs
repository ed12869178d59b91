//! The files other tools read: the pre-commit hook and the GitHub Action must call `cjm`
//! with arguments it accepts.

mod common;

use common::{repo_root, run_in, stdout};
use serde_json::Value;

fn yaml(name: &str) -> Value {
    let text = std::fs::read_to_string(repo_root().join(name)).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

/// The `--flags` (and the values of `--format`) in a shell command.
fn flags(command: &str) -> Vec<String> {
    let words: Vec<&str> = command.split_whitespace().collect();
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if let Some(flag) = word.strip_prefix("--").filter(|flag| !flag.is_empty()) {
            found.push(format!("--{flag}"));
            if *word == "--format" {
                found.push(words[index + 1].to_owned());
            }
        }
    }
    found
}

#[test]
fn the_pre_commit_hook_runs_validate_on_map_files() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "cjm-validate");
    assert_eq!(hook["entry"], "cjm validate");
    assert_eq!(hook["language"], "rust");
    assert_eq!(hook["files"], "\\.cjm\\.ya?ml$");
}

#[test]
fn the_action_uses_only_flags_cjm_knows() {
    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    let help = stdout(&run_in(&repo_root(), &["validate", "--help"]));
    let steps = action["runs"]["steps"].as_array().unwrap();
    let commands: Vec<&str> = steps
        .iter()
        .filter_map(|step| step["run"].as_str())
        .flat_map(str::lines)
        .filter(|line| line.contains("validate"))
        .collect();
    assert!(commands.len() >= 2, "{commands:?}");
    for command in commands {
        for flag in flags(command) {
            assert!(
                help.contains(&flag),
                "`{flag}` in action.yml is not in `cjm validate --help`"
            );
        }
    }
}

/// The `diff-comment` step calls `cjm diff` with flags `cjm diff --help` lists.
#[test]
fn the_action_diff_comment_uses_only_flags_cjm_diff_knows() {
    let action = yaml("action.yml");
    assert_eq!(action["inputs"]["diff-comment"]["default"], "false");
    let help = stdout(&run_in(&repo_root(), &["diff", "--help"]));
    let steps = action["runs"]["steps"].as_array().unwrap();
    let commands: Vec<&str> = steps
        .iter()
        .filter_map(|step| step["run"].as_str())
        .flat_map(str::lines)
        .filter(|line| line.contains("\" diff "))
        .collect();
    assert_eq!(commands.len(), 1, "{commands:?}");
    for flag in flags(commands[0]) {
        assert!(
            help.contains(&flag),
            "`{flag}` in action.yml is not in `cjm diff --help`"
        );
    }
}
