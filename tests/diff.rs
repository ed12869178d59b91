//! `cjm diff` on files and directories: golden diffs of each example against an edited
//! copy (tests/fixtures/diff) in every format and language, the JSON Schema, exit codes,
//! the output file and defused map text.

mod common;

use std::fs;

use common::{cjm, fixtures, repo_root, run_in, stderr, stdout};
use insta_cmd::assert_cmd_snapshot;

const EXAMPLES: [&str; 3] = [
    "analytics-saas-b2b.cjm.yaml",
    "dental-clinic.ru.cjm.yaml",
    "furniture-store.ru.cjm.yaml",
];

fn diff(args: &[&str]) -> std::process::Output {
    let mut all = vec!["diff", "--no-config"];
    all.extend_from_slice(args);
    run_in(&repo_root(), &all)
}

fn pair(example: &str) -> [String; 2] {
    [
        format!("examples/{example}"),
        format!("tests/fixtures/diff/{example}"),
    ]
}

mod golden {
    use super::*;

    fn snapshot(name: &str, args: &[&str]) {
        let mut command = cjm();
        command
            .current_dir(repo_root())
            .args(["diff", "--no-config"])
            .args(args);
        assert_cmd_snapshot!(name, command);
    }

    #[test]
    fn each_example_against_its_edited_copy() {
        for example in EXAMPLES {
            let [old, new] = pair(example);
            let name = example.trim_end_matches(".cjm.yaml");
            for (format, lang, extension) in [
                ("human", "en", "en.txt"),
                ("human", "ru", "ru.txt"),
                ("markdown", "en", "en.md"),
                ("markdown", "ru", "ru.md"),
                ("json", "en", "json"),
            ] {
                snapshot(
                    &format!("{name}.{extension}"),
                    &[&old, &new, "--format", format, "--lang", lang],
                );
            }
        }
    }

    /// Directories pair their maps by path; a map only in the new directory is added, and
    /// one that does not parse says so with its findings.
    #[test]
    fn directories() {
        snapshot("directories.en.md", &["examples", "tests/fixtures/diff"]);
        snapshot(
            "directories-reversed.ru.txt",
            &[
                "tests/fixtures/diff",
                "examples",
                "--format",
                "human",
                "--lang",
                "ru",
            ],
        );
    }
}

#[test]
fn json_has_no_language_and_markdown_is_the_default_off_a_terminal() {
    let [old, new] = pair(EXAMPLES[2]);
    let en = diff(&[&old, &new, "--format", "json"]);
    let ru = diff(&[&old, &new, "--format", "json", "--lang", "ru"]);
    assert_eq!(stdout(&en), stdout(&ru));
    let default = diff(&[&old, &new]);
    let markdown = diff(&[&old, &new, "--format", "markdown"]);
    assert!(stdout(&default).starts_with("<!-- cjm-diff -->\n"));
    assert_eq!(stdout(&default), stdout(&markdown));
}

mod exit_status {
    use super::*;

    #[test]
    fn errors_of_the_new_side_fail_the_run() {
        // The edited dental clinic has errors; the example has none.
        let [old, new] = pair(EXAMPLES[1]);
        assert_eq!(diff(&[&old, &new]).status.code(), Some(1));
        assert_eq!(diff(&[&new, &old]).status.code(), Some(0));
    }

    #[test]
    fn exit_code_makes_any_change_fail_and_strict_warnings() {
        let [old, new] = pair(EXAMPLES[2]);
        assert_eq!(diff(&[&old, &new]).status.code(), Some(0));
        assert_eq!(diff(&[&old, &new, "--strict"]).status.code(), Some(1));
        assert_eq!(diff(&[&old, &new, "--exit-code"]).status.code(), Some(1));
        let same = diff(&[&old, &old, "--exit-code", "--format", "human"]);
        assert_eq!(same.status.code(), Some(0));
        assert!(
            stdout(&same).contains("No map changed."),
            "{}",
            stdout(&same)
        );
    }

    #[test]
    fn usage_errors_exit_2() {
        let one = diff(&["examples"]);
        assert_eq!(one.status.code(), Some(2));
        assert!(
            stderr(&one).contains("compares two paths"),
            "{}",
            stderr(&one)
        );
        let missing = diff(&["examples", "no-such-dir"]);
        assert_eq!(missing.status.code(), Some(2));
        assert!(
            stderr(&missing).contains("no-such-dir"),
            "{}",
            stderr(&missing)
        );
    }

    #[test]
    fn the_same_rule_levels_as_validate() {
        let [old, new] = pair(EXAMPLES[1]);
        let off = "--rule=unknown-channel=off";
        let without = diff(&[&old, &new, "--format", "json", off]);
        assert!(!stdout(&without).contains("CJM202"), "{}", stdout(&without));
        assert!(stdout(&diff(&[&old, &new, "--format", "json"])).contains("CJM202"));
    }
}

mod json_schema {
    use super::*;

    fn schema() -> serde_json::Value {
        serde_json::from_str(
            &fs::read_to_string(repo_root().join("src/diff/diff.schema.json")).unwrap(),
        )
        .unwrap()
    }

    pub fn assert_valid(json: &str, what: &str) {
        let json: serde_json::Value =
            serde_json::from_str(json).unwrap_or_else(|error| panic!("{what}: {error}"));
        let validator = jsonschema::validator_for(&schema()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{what}: {errors:#?}");
    }

    #[test]
    fn every_diff_validates() {
        for example in EXAMPLES {
            let [old, new] = pair(example);
            for (a, b) in [(&old, &new), (&new, &old)] {
                let output = diff(&[a, b, "--format", "json"]);
                assert_valid(&stdout(&output), &format!("{a} → {b}"));
            }
        }
        for (a, b) in [
            ("examples", "tests/fixtures/diff"),
            ("tests/fixtures/diff", "examples"),
        ] {
            assert_valid(&stdout(&diff(&[a, b, "--format", "json"])), a);
        }
    }

    #[test]
    fn the_schema_rejects_what_the_contract_forbids() {
        let validator = jsonschema::validator_for(&schema()).unwrap();
        let [old, new] = pair(EXAMPLES[2]);
        let output = diff(&[&old, &new, "--format", "json"]);
        let valid: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(validator.is_valid(&valid));
        let mut unknown_kind = valid.clone();
        unknown_kind["maps"][0]["changes"][0]["kind"] = serde_json::json!("surprise");
        assert!(
            !validator.is_valid(&unknown_kind),
            "an unknown kind of change"
        );
        let mut omitted = valid.clone();
        omitted["maps"][0]
            .as_object_mut()
            .unwrap()
            .remove("fixed_findings");
        assert!(!validator.is_valid(&omitted), "a missing key");
    }

    /// Every object of the schema requires all its properties and allows no others.
    #[test]
    fn every_property_is_required() {
        common::assert_every_property_required(&schema());
    }

    #[test]
    fn the_cli_prints_the_schema_file() {
        let output = run_in(&repo_root(), &["schema", "--diff"]);
        assert_eq!(output.status.code(), Some(0));
        let file = fs::read_to_string(repo_root().join("src/diff/diff.schema.json")).unwrap();
        assert_eq!(stdout(&output), file);
        let both = run_in(&repo_root(), &["schema", "--diff", "--report"]);
        assert_eq!(both.status.code(), Some(2));
    }
}

#[test]
fn output_goes_to_a_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("diff.md");
    fs::write(&target, "old comment").unwrap();
    let [old, new] = pair(EXAMPLES[2]);
    let target_arg = target.to_str().unwrap();
    let output = diff(&[&old, &new, "-o", target_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let written = fs::read_to_string(&target).unwrap();
    assert_eq!(
        written,
        stdout(&diff(&[&old, &new, "--format", "markdown"]))
    );
    let unwritable = diff(&[&old, &new, "-o", "/no-such-dir/diff.md"]);
    assert_eq!(unwritable.status.code(), Some(2));
}

/// Text from a map cannot drive a terminal nor break the Markdown of a comment.
#[test]
fn map_text_is_defused() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.cjm.yaml");
    let new = dir.path().join("new.cjm.yaml");
    let map = "cjm: 1\ntitle: T\nstages:\n  - id: a\n    name: A\n";
    fs::write(&old, map).unwrap();
    let hostile = "cjm: 1\ntitle: T\nstages:\n  - id: a\n    name: \"\\e[2J| # x\\n- y\"\n";
    fs::write(&new, hostile).unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let human = stdout(&diff(&[old, new, "--format", "human"]));
    assert!(!human.contains('\u{1b}'), "{human}");
    assert!(
        human.contains("renamed to “\\u{1b}[2J| # x\\n- y”"),
        "{human}"
    );
    let markdown = stdout(&diff(&[old, new, "--format", "markdown"]));
    assert!(
        markdown.contains("renamed to “\u{1b}[2J\\| # x<br>- y”"),
        "{markdown}"
    );
    assert!(fixtures().join("diff").is_dir());
}

/// Hostile map text keeps a diff's Markdown in shape: one list item per change, and no
/// heading or block that the text itself would open (inline HTML such as `<br>` is the
/// reports' escaping, and GitHub sanitises it).
#[test]
fn hostile_text_cannot_change_the_markdown_structure() {
    use pulldown_cmark::{Event, Parser, Tag};
    let dir = tempfile::tempdir().unwrap();
    let old = fixtures().join("report/hostile-text.cjm.yaml");
    let text = fs::read_to_string(&old).unwrap();
    let edited = text
        .replace(
            "name: \"Оценка: #1; шаг\"",
            "name: \"# new | heading\\n- item <div>\"",
        )
        .replace("{text: \"| leading pipe\", severity: high}", "\"```\"")
        .replace("emotion: 2}", "emotion: -1}");
    assert_ne!(text, edited);
    let new = dir.path().join("hostile-text.cjm.yaml");
    fs::write(&new, edited).unwrap();
    let output = diff(&[
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let map = &json["maps"][0];
    let expected_items = map["changes"].as_array().unwrap().len()
        + map["new_findings"].as_array().unwrap().len()
        + map["fixed_findings"].as_array().unwrap().len();
    assert!(expected_items >= 4, "{map:#}");
    let markdown = stdout(&diff(&[old.to_str().unwrap(), new.to_str().unwrap()]));
    let (mut items, mut headings, mut blocks) = (0, 0, 0);
    for event in Parser::new(&markdown) {
        match event {
            Event::Start(Tag::Item) => items += 1,
            Event::Start(Tag::Heading { .. }) => headings += 1,
            Event::Start(Tag::CodeBlock(_) | Tag::BlockQuote(_) | Tag::HtmlBlock) => blocks += 1,
            _ => {}
        }
    }
    // The comment marker is the one HTML block; two headings: the diff's and the map's.
    assert_eq!(
        (items, headings, blocks),
        (expected_items, 2, 1),
        "{markdown}"
    );
}

/// Two KPI figures that one float stands for (both are 1e20) are a change, shown as written.
#[test]
fn integers_beyond_64_bits_are_compared_and_shown_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let map =
        fs::read_to_string(repo_root().join("tests/fixtures/report/big-numbers.cjm.yaml")).unwrap();
    fs::write(dir.path().join("old.cjm.yaml"), &map).unwrap();
    let changed = map.replace(
        "target: 99999999999999999999",
        "target: 99999999999999999998",
    );
    fs::write(dir.path().join("new.cjm.yaml"), changed).unwrap();
    let args = ["diff", "--no-config", "old.cjm.yaml", "new.cjm.yaml"];
    let text = stdout(&run_in(dir.path(), &args));
    assert!(
        text.contains("target 99,999,999,999,999,999,999 → 99,999,999,999,999,999,998"),
        "{text}"
    );
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let json = stdout(&run_in(dir.path(), &json_args));
    assert!(json.contains("\"target\": 99999999999999999998"), "{json}");
    assert!(!json.contains("e+20"), "{json}");
}
