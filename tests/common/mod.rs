//! Helpers shared by the CLI tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The date every test judges freshness on, so results never depend on the calendar.
pub const TODAY: &str = "2026-11-25";

/// `cjm` with a fixed "today", no colour and no CI auto-detection.
pub fn cjm() -> Command {
    let mut command = Command::new(insta_cmd::get_cargo_bin("cjm"));
    command
        .env("CJM_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("CLICOLOR_FORCE");
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
