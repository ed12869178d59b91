//! The 402 inputs of the official YAML test suite (vendored under `tests/yaml-test-suite`,
//! MIT, see its `License`), none of them written with `cjm` in mind. Each must end in exit 0
//! or 1 with the file named: never a panic, a hang, or a usage error.

mod common;

use std::path::PathBuf;

use common::{cjm, repo_root, stderr, stdout};

fn inputs() -> Vec<PathBuf> {
    let root = repo_root().join("tests").join("yaml-test-suite");
    let mut inputs: Vec<PathBuf> = ignore::WalkBuilder::new(&root)
        .standard_filters(false)
        .build()
        .map(|entry| entry.unwrap().into_path())
        .filter(|path| path.file_name().is_some_and(|name| name == "in.yaml"))
        .collect();
    inputs.sort();
    inputs
}

#[test]
fn every_input_is_checked_without_crashing() {
    let root = repo_root().join("tests").join("yaml-test-suite");
    let inputs = inputs();
    assert_eq!(inputs.len(), 402, "the vendored suite is complete");
    for input in inputs {
        let relative = input
            .strip_prefix(&root)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let output = cjm()
            .current_dir(&root)
            .args(["validate", &relative])
            .output()
            .unwrap();
        let (out, err) = (stdout(&output), stderr(&output));
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{relative}: exit {:?}\n{out}\n{err}",
            output.status.code()
        );
        assert!(err.is_empty(), "{relative}: {err}");
        if output.status.code() == Some(1) {
            assert!(
                out.contains(&format!("[{relative}:")),
                "{relative} is not named:\n{out}"
            );
        }
        assert!(
            out.ends_with("Checked 1 file: ") || out.contains("Checked 1 file:"),
            "{relative}:\n{out}"
        );
    }
}

/// Valid YAML is never reported as a syntax error: a parser regression would show here.
#[test]
fn valid_yaml_is_never_a_syntax_error() {
    let root = repo_root().join("tests").join("yaml-test-suite");
    let rejected: Vec<String> = inputs()
        .into_iter()
        .filter(|input| !input.with_file_name("error").exists())
        .filter(|input| {
            let text = std::fs::read_to_string(input).unwrap();
            let source = cjm::source::SourceFile::new(input, text);
            let report = cjm::check::check_source(source, &context());
            report
                .findings
                .iter()
                .any(|finding| finding.rule.code == "CJM101")
        })
        .map(|input| input.strip_prefix(&root).unwrap().display().to_string())
        .collect();
    assert!(rejected.is_empty(), "valid YAML rejected: {rejected:?}");
}

fn context() -> cjm::CheckContext {
    cjm::CheckContext::new(jiff::civil::date(2026, 11, 25))
}

/// The suite marks inputs that are not valid YAML; `cjm` must reject every one of them,
/// with a YAML-level finding rather than a map-level one.
#[test]
fn invalid_yaml_is_always_rejected() {
    let root = repo_root().join("tests").join("yaml-test-suite");
    let mut accepted = Vec::new();
    for input in inputs() {
        if !input.with_file_name("error").exists() {
            continue;
        }
        let text = std::fs::read_to_string(&input).unwrap_or_default();
        let source = cjm::source::SourceFile::new(&input, text);
        let report = cjm::check::check_source(source, &context());
        let yaml_level = report.findings.iter().any(|finding| {
            matches!(
                finding.rule.code,
                "CJM100" | "CJM101" | "CJM102" | "CJM103" | "CJM104"
            )
        });
        if !yaml_level {
            accepted.push(input.strip_prefix(&root).unwrap().display().to_string());
        }
    }
    assert!(accepted.is_empty(), "invalid YAML accepted: {accepted:?}");
}
