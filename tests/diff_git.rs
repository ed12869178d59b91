//! `cjm diff --git` in temporary git repositories: a revision against the working tree, a
//! commit range, a renamed map, an added and a deleted map, a map broken on one side, and
//! a directory that is not a repository.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{cjm, repo_root, stderr, stdout};
use insta_cmd::assert_cmd_snapshot;

const SHOP: &str = "examples/furniture-store.ru.cjm.yaml";
const EDITED_SHOP: &str = "tests/fixtures/diff/furniture-store.ru.cjm.yaml";
const CLINIC: &str = "examples/dental-clinic.ru.cjm.yaml";
const SAAS: &str = "examples/analytics-saas-b2b.cjm.yaml";

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=cjm", "-c", "user.email=cjm@example.com"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

fn copy(from: &str, dir: &Path, to: &str) {
    let target = dir.join(to);
    fs::create_dir_all(target.parent().unwrap()).unwrap();
    fs::copy(repo_root().join(from), target).unwrap();
}

/// A repository with three commits:
/// 1. `maps/shop`, `maps/clinic` and `maps/saas`;
/// 2. the shop edited, the clinic renamed to `maps/dental`, the saas map broken;
/// 3. the saas map deleted, `maps/new` added.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "-q", "-b", "main"]);
    copy(SHOP, root, "maps/shop.cjm.yaml");
    copy(CLINIC, root, "maps/clinic.cjm.yaml");
    copy(SAAS, root, "maps/saas.cjm.yaml");
    fs::write(root.join("README.md"), "not a map\n").unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "first"]);
    copy(EDITED_SHOP, root, "maps/shop.cjm.yaml");
    git(
        root,
        &["mv", "maps/clinic.cjm.yaml", "maps/dental.cjm.yaml"],
    );
    fs::write(
        root.join("maps/saas.cjm.yaml"),
        "cjm: 1\ntitle: [unclosed\n",
    )
    .unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "second"]);
    git(root, &["rm", "-q", "maps/saas.cjm.yaml"]);
    copy(SHOP, root, "maps/new.cjm.yaml");
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "third"]);
    dir
}

fn diff_in(dir: &Path, args: &[&str]) -> Command {
    let mut command = cjm();
    command
        .current_dir(dir)
        .args(["diff", "--no-config"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    command
}

#[test]
fn a_commit_range_with_an_edit_a_rename_and_a_map_broken_on_the_new_side() {
    let repo = repository();
    assert_cmd_snapshot!(
        "git-range",
        diff_in(
            repo.path(),
            &["--git", "HEAD~2..HEAD~1", "--format", "human"]
        )
    );
}

#[test]
fn a_map_added_and_a_map_deleted_whose_old_side_was_broken() {
    let repo = repository();
    // A deleted map named on the command line is reported as removed.
    let named = diff_in(
        repo.path(),
        &["--git", "HEAD~1", "maps/saas.cjm.yaml", "--format", "json"],
    )
    .output()
    .unwrap();
    assert_eq!(named.status.code(), Some(0), "{}", stderr(&named));
    let json: serde_json::Value = serde_json::from_slice(&named.stdout).unwrap();
    assert_eq!(json["maps"][0]["status"], "removed");
    assert_eq!(json["maps"].as_array().unwrap().len(), 1);
    assert_cmd_snapshot!(
        "git-added-deleted",
        diff_in(repo.path(), &["--git", "HEAD~1..HEAD", "--format", "human"])
    );
}

#[test]
fn a_revision_against_the_working_tree_sees_untracked_maps() {
    let repo = repository();
    let root = repo.path();
    copy(EDITED_SHOP, root, "maps/new.cjm.yaml");
    copy(CLINIC, root, "maps/untracked.cjm.yaml");
    assert_cmd_snapshot!(
        "git-working-tree",
        diff_in(root, &["--git", "HEAD", "maps", "--format", "human"])
    );
    // From a subdirectory, paths are relative to it, as git shows them.
    let from_maps = diff_in(&root.join("maps"), &["--git", "HEAD", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&from_maps.stdout).unwrap();
    let paths: Vec<&str> = json["maps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|map| map["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["new.cjm.yaml", "untracked.cjm.yaml"]);
}

#[test]
fn the_same_tree_has_no_changes() {
    let repo = repository();
    let output = diff_in(
        repo.path(),
        &["--git", "HEAD", "--exit-code", "--format", "human"],
    )
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("unchanged: 3"),
        "{}",
        stdout(&output)
    );
    let changed = diff_in(repo.path(), &["--git", "HEAD~1", "--exit-code"])
        .output()
        .unwrap();
    assert_eq!(changed.status.code(), Some(1));
}

/// `OLD...NEW` compares NEW with where it left OLD: here OLD is an ancestor, so that is
/// OLD itself.
#[test]
fn three_dots_compare_with_the_merge_base() {
    let repo = repository();
    let json = |range: &str| {
        let output = diff_in(repo.path(), &["--git", range, "--format", "json"])
            .output()
            .unwrap();
        let mut json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        json["old"] = serde_json::Value::Null;
        json
    };
    assert_eq!(json("HEAD~2...HEAD"), json("HEAD~2..HEAD"));
    assert_ne!(json("HEAD~2...HEAD"), json("HEAD~1..HEAD"));
}

#[test]
fn git_json_validates_against_the_schema() {
    let repo = repository();
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(repo_root().join("src/diff/diff.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for range in ["HEAD~2..HEAD~1", "HEAD~1..HEAD", "HEAD~2"] {
        let output = diff_in(repo.path(), &["--git", range, "--format", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{range}: {errors:#?}");
    }
}

#[test]
fn outside_a_repository_or_with_an_unknown_revision_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let outside = diff_in(dir.path(), &["--git", "HEAD"])
        .env(
            "GIT_CEILING_DIRECTORIES",
            dir.path().parent().unwrap_or(Path::new("/")),
        )
        .output()
        .unwrap();
    assert_eq!(outside.status.code(), Some(2));
    assert!(
        stderr(&outside).contains("not inside a git repository"),
        "{}",
        stderr(&outside)
    );
    let repo = repository();
    let unknown = diff_in(repo.path(), &["--git", "no-such-branch"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("`no-such-branch` is not a revision of this repository"),
        "{}",
        stderr(&unknown)
    );
}
