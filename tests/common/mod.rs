//! Helpers shared by the CLI tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The date every test judges freshness on, so results never depend on the calendar.
pub const TODAY: &str = "2026-11-25";

/// `cjm` with a fixed "today", no colour, no CI auto-detection and no locale (so English
/// unless a test asks for another language).
pub fn cjm() -> Command {
    let mut command = Command::new(insta_cmd::get_cargo_bin("cjm"));
    command
        .env("CJM_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    command
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    repo_root().join("tests").join("fixtures")
}

/// Runs `cjm` in `dir` with `args`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    cjm()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("cjm runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// `cjm report` with `args`, run from the repository root: its standard output, after
/// checking that it ended with its findings (0 or 1) and not with an error.
pub fn report(args: &[&str]) -> String {
    let mut all = vec!["report", "--today", TODAY];
    all.extend_from_slice(args);
    let output = run_in(&repo_root(), &all);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        stderr(&output)
    );
    stdout(&output)
}

/// The points a map of the report JSON has on its emotion curve: stages with a score, and
/// touchpoints with a score.
pub fn scored_points(map: &serde_json::Value) -> (usize, usize) {
    let curve = map["emotion_curve"].as_array().unwrap();
    let stages = curve.iter().filter(|s| !s["emotion"].is_null()).count();
    let touchpoints = curve
        .iter()
        .flat_map(|s| s["touchpoints"].as_array().unwrap())
        .filter(|t| !t["emotion"].is_null())
        .count();
    (stages, touchpoints)
}

/// Every object of a JSON Schema requires all its properties and allows no others: absent
/// data is null, never omitted, and nothing undocumented appears.
pub fn assert_every_property_required(schema: &serde_json::Value) {
    fn visit(value: &serde_json::Value, at: &str) {
        if let Some(object) = value.as_object() {
            if let Some(properties) = object.get("properties").and_then(|p| p.as_object()) {
                let mut required: Vec<&str> = object["required"]
                    .as_array()
                    .unwrap_or_else(|| panic!("{at} has no `required`"))
                    .iter()
                    .map(|name| name.as_str().unwrap())
                    .collect();
                let mut names: Vec<&str> = properties.keys().map(String::as_str).collect();
                required.sort_unstable();
                names.sort_unstable();
                assert_eq!(required, names, "{at}");
                assert_eq!(object["additionalProperties"], false, "{at}");
            }
            for (key, child) in object {
                visit(child, &format!("{at}/{key}"));
            }
        }
    }
    visit(schema, "#");
}
