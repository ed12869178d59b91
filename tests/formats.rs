//! `cjm validate --format …` and `--color`: every format on the same fixtures, each machine
//! format checked by a real consumer (JSON Schema, XML parser), and the CI conveniences.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

use cjm::output::OutputFormat;
use clap::ValueEnum;
use common::{cjm, fixtures, stderr, stdout};
use insta_cmd::assert_cmd_snapshot;
use serde_json::Value;

/// A small set that covers an error, a warning, an info, a related span, a syntax error, a
/// clean file, and Cyrillic text with tabs and CRLF line endings.
const FIXTURE_SET: [&str; 6] = [
    "unknown-key.cjm.yaml",
    "duplicate-id.cjm.yaml",
    "crlf-tabs-cyrillic.cjm.yaml",
    "unused-channel.cjm.yaml",
    "clean.cjm.yaml",
    "yaml-syntax.cjm.yaml",
];

fn format_names() -> Vec<String> {
    OutputFormat::value_variants()
        .iter()
        .filter_map(|format| format.to_possible_value())
        .map(|value| value.get_name().to_owned())
        .collect()
}

fn machine_formats() -> Vec<String> {
    OutputFormat::value_variants()
        .iter()
        .filter(|format| !format.is_human_readable())
        .filter_map(|format| format.to_possible_value())
        .map(|value| value.get_name().to_owned())
        .collect()
}

fn rules_dir() -> std::path::PathBuf {
    fixtures().join("rules")
}

/// `cjm validate` in `dir` with `args`, the format first.
fn run(dir: &Path, format: &str, args: &[&str]) -> Output {
    cjm()
        .current_dir(dir)
        .args(["validate", "--format", format])
        .args(args)
        .output()
        .unwrap()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!("stdout is not JSON ({error}):\n{}", stdout(output));
    })
}

#[test]
fn every_format_on_the_fixture_set() {
    for format in format_names() {
        assert_cmd_snapshot!(
            format!("fixture_set_{format}"),
            cjm()
                .current_dir(rules_dir())
                .args(["validate", "--format", &format])
                .args(FIXTURE_SET)
        );
    }
}

/// Every file of `tests/fixtures/rules`: every rule, and the hostile files (binary,
/// UTF-16, empty).
fn all_rule_fixtures(format: &str) -> Output {
    run(&rules_dir(), format, &["."])
}

mod sarif {
    use super::*;

    fn validator() -> jsonschema::Validator {
        let schema = std::fs::read_to_string(
            common::repo_root().join("tests/schemas/sarif-schema-2.1.0.json"),
        )
        .unwrap();
        let schema: Value = serde_json::from_str(&schema).unwrap();
        jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap()
    }

    fn assert_valid(log: &Value) {
        let validator = validator();
        let errors: Vec<String> = validator
            .iter_errors(log)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    }

    #[test]
    fn the_log_is_valid_sarif_2_1_0() {
        let set = run(&rules_dir(), "sarif", &FIXTURE_SET);
        assert_eq!(set.status.code(), Some(1));
        assert_valid(&json(&set));
        let all = all_rule_fixtures("sarif");
        assert_valid(&json(&all));
        assert_valid(&json(&run(&rules_dir(), "sarif", &["clean.cjm.yaml"])));
    }

    /// Fixes are SARIF `fixes`: one artifact change for the file, a replacement per edit,
    /// each a `deletedRegion` and its `insertedContent`; the log stays valid.
    #[test]
    fn fixes_are_valid_sarif_replacements() {
        let log = json(&run(&fixtures().join("fix"), "sarif", &["."]));
        assert_valid(&log);
        let results = log["runs"][0]["results"].as_array().unwrap();
        let with_fixes: Vec<&Value> = results
            .iter()
            .filter(|result| result.get("fixes").is_some())
            .collect();
        assert!(
            with_fixes.len() >= 10,
            "{} results with fixes",
            with_fixes.len()
        );
        let keyword = with_fixes
            .iter()
            .find(|result| {
                let fix = &result["fixes"][0];
                fix["description"]["text"] == "Replace `High` with `high`"
                    && fix["artifactChanges"][0]["artifactLocation"]["uri"]
                        == "keyword-case.cjm.yaml"
            })
            .expect("the `High` fix");
        let change = &keyword["fixes"][0]["artifactChanges"][0];
        let replacement = &change["replacements"][0];
        assert_eq!(replacement["insertedContent"]["text"], "high");
        assert_eq!(
            replacement["deletedRegion"],
            serde_json::json!({"startLine": 23, "startColumn": 50, "endLine": 23, "endColumn": 54})
        );
        // A finding without a fix has no `fixes` at all, not an empty list.
        assert!(results.iter().any(|result| result.get("fixes").is_none()));
    }

    /// The schema check is not vacuous: a log with a level SARIF does not know fails it.
    #[test]
    fn the_schema_rejects_a_broken_log() {
        let mut log = json(&run(&rules_dir(), "sarif", &FIXTURE_SET));
        log["runs"][0]["results"][0]["level"] = "fatal".into();
        assert!(!validator().is_valid(&log));
    }

    /// The draft-04 schema cannot check `uri-reference`; a draft-07 one can.
    #[test]
    fn artifact_uris_are_uri_references() {
        let dir = tempfile::tempdir().unwrap();
        let clean = std::fs::read_to_string(rules_dir().join("clean.cjm.yaml")).unwrap();
        let name = "карта #1 [a]:b%.cjm.yaml";
        std::fs::write(
            dir.path().join(name),
            clean.replace("emotion: -1", "emotion: 9"),
        )
        .unwrap();
        let log = json(&run(dir.path(), "sarif", &["."]));
        let uri = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
            ["uri"];
        assert_eq!(
            uri,
            "%D0%BA%D0%B0%D1%80%D1%82%D0%B0%20%231%20%5Ba%5D%3Ab%25.cjm.yaml"
        );
        let uri_reference = serde_json::json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "string",
            "format": "uri-reference",
        });
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&uri_reference)
            .unwrap();
        assert!(validator.is_valid(uri), "{uri}");
    }

    #[test]
    fn rules_results_and_levels_agree() {
        let log = json(&all_rule_fixtures("sarif"));
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let ids: Vec<&str> = rules
            .iter()
            .map(|rule| rule["id"].as_str().unwrap())
            .collect();
        let catalogue: Vec<&str> = cjm::rules::ALL.iter().map(|rule| rule.code).collect();
        assert_eq!(ids, catalogue);
        for rule in rules {
            for key in ["name", "shortDescription", "fullDescription", "help"] {
                assert!(!rule[key].is_null(), "{} has no {key}", rule["id"]);
            }
            assert!(rule["help"]["markdown"].is_string());
        }
        let results = run["results"].as_array().unwrap();
        assert!(results.len() > cjm::rules::ALL.len());
        for result in results {
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], result["ruleId"]);
            let level = result["level"].as_str().unwrap();
            assert!(["error", "warning", "note"].contains(&level), "{level}");
            let region = &result["locations"][0]["physicalLocation"]["region"];
            assert!(region["startLine"].as_u64().unwrap() >= 1);
            assert!(region["startColumn"].as_u64().unwrap() >= 1);
        }
        let related = results
            .iter()
            .filter(|result| result["relatedLocations"].is_array())
            .count();
        assert!(
            related >= 2,
            "duplicate-id and duplicate-key have related spans"
        );
    }
}

mod junit {
    use super::*;

    /// `(testcase name, failed)` for each test case, checking the counts on the way.
    fn cases(xml: &str) -> Vec<(String, bool)> {
        let document = roxmltree::Document::parse(xml).unwrap();
        let suites: Vec<_> = document
            .descendants()
            .filter(|node| node.has_tag_name("testsuite"))
            .collect();
        assert_eq!(suites.len(), 1);
        let suite = suites[0];
        assert_eq!(suite.attribute("name"), Some("cjm"));
        let cases: Vec<(String, bool)> = suite
            .children()
            .filter(|node| node.has_tag_name("testcase"))
            .map(|case| {
                let failed = case.children().any(|child| child.has_tag_name("failure"));
                (case.attribute("name").unwrap().to_owned(), failed)
            })
            .collect();
        let failures = cases.iter().filter(|(_, failed)| *failed).count();
        assert_eq!(
            suite.attribute("tests"),
            Some(cases.len().to_string().as_str())
        );
        assert_eq!(
            suite.attribute("failures"),
            Some(failures.to_string().as_str())
        );
        cases
    }

    #[test]
    fn one_test_case_per_file_failing_on_errors() {
        let output = run(&rules_dir(), "junit", &FIXTURE_SET);
        assert_eq!(output.status.code(), Some(1));
        let cases = cases(&stdout(&output));
        let names: BTreeSet<&str> = cases.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, FIXTURE_SET.into_iter().collect());
        let failed: BTreeSet<&str> = cases
            .iter()
            .filter(|(_, failed)| *failed)
            .map(|(name, _)| name.as_str())
            .collect();
        let expected = [
            "crlf-tabs-cyrillic.cjm.yaml",
            "duplicate-id.cjm.yaml",
            "unknown-key.cjm.yaml",
            "yaml-syntax.cjm.yaml",
        ];
        assert_eq!(failed, expected.into_iter().collect());
    }

    #[test]
    fn warnings_fail_a_test_case_only_under_strict() {
        let file = ["stage-missing-kpis.cjm.yaml"];
        let lenient = run(&rules_dir(), "junit", &file);
        assert_eq!(cases(&stdout(&lenient)), [(file[0].to_owned(), false)]);
        assert!(stdout(&lenient).contains("<system-out>"));
        let strict = cjm()
            .current_dir(rules_dir())
            .args(["validate", "--format", "junit", "--strict", file[0]])
            .output()
            .unwrap();
        assert_eq!(strict.status.code(), Some(1));
        assert_eq!(cases(&stdout(&strict)), [(file[0].to_owned(), true)]);
    }

    #[test]
    fn every_rule_fixture_parses() {
        let output = all_rule_fixtures("junit");
        let files = std::fs::read_dir(rules_dir()).unwrap().count();
        assert_eq!(cases(&stdout(&output)).len(), files);
    }
}

mod gitlab {
    use super::*;

    fn fingerprints(output: &Output) -> Vec<String> {
        json(output)
            .as_array()
            .unwrap()
            .iter()
            .map(|issue| issue["fingerprint"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn fingerprints_are_unique_and_stable() {
        let first = fingerprints(&all_rule_fixtures("gitlab"));
        let unique: BTreeSet<&String> = first.iter().collect();
        assert!(first.len() > cjm::rules::ALL.len());
        assert_eq!(unique.len(), first.len(), "duplicate fingerprints");
        assert_eq!(fingerprints(&all_rule_fixtures("gitlab")), first);
    }

    /// Switching the language must not make GitLab see every finding as new.
    #[test]
    fn fingerprints_do_not_depend_on_the_language() {
        let english = all_rule_fixtures("gitlab");
        let russian = run(&rules_dir(), "gitlab", &["--lang", "ru", "."]);
        assert_eq!(fingerprints(&russian), fingerprints(&english));
        assert_ne!(
            stdout(&russian),
            stdout(&english),
            "the descriptions are Russian"
        );
    }

    #[test]
    fn issues_carry_what_gitlab_requires() {
        for issue in json(&all_rule_fixtures("gitlab")).as_array().unwrap() {
            for key in ["description", "check_name", "fingerprint"] {
                assert!(issue[key].is_string(), "{key} in {issue}");
            }
            let severity = issue["severity"].as_str().unwrap();
            assert!(["info", "minor", "major"].contains(&severity), "{severity}");
            assert!(issue["location"]["path"].is_string());
            assert!(
                issue["location"]["positions"]["begin"]["line"]
                    .as_u64()
                    .unwrap()
                    >= 1
            );
        }
    }
}

mod json {
    use super::*;

    /// The fields README.md documents, in their order.
    const FIELDS: [&str; 14] = [
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "name",
        "severity",
        "message",
        "message_id",
        "label",
        "help",
        "related",
        "fix",
    ];

    #[test]
    fn every_finding_has_the_documented_fields() {
        let findings = json(&all_rule_fixtures("json"));
        for finding in findings.as_array().unwrap() {
            let keys: Vec<&str> = finding
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut expected = FIELDS.to_vec();
            expected.sort_unstable();
            assert_eq!(keys, expected, "{finding}");
            for related in finding["related"].as_array().unwrap() {
                assert!(related["line"].is_u64() && related["label"].is_string());
            }
        }
    }

    #[test]
    fn readme_documents_every_field() {
        let readme = std::fs::read_to_string(common::repo_root().join("README.md")).unwrap();
        let table = readme
            .split("<!-- json-fields:start -->")
            .nth(1)
            .and_then(|rest| rest.split("<!-- json-fields:end -->").next())
            .expect("README.md has a json-fields section");
        let documented: Vec<&str> = table
            .lines()
            .filter_map(|line| line.strip_prefix("| `"))
            .filter_map(|line| line.split('`').next())
            .collect();
        assert_eq!(documented, FIELDS);
    }
}

/// What machines read from a finding is the same in every language: only the texts change.
#[test]
fn ids_do_not_depend_on_the_language() {
    let ids = |format: &str, lang: &str, pick: fn(&Value) -> Vec<String>| {
        pick(&json(&run(&rules_dir(), format, &["--lang", lang, "."])))
    };
    fn json_ids(findings: &Value) -> Vec<String> {
        let fields = ["path", "code", "name", "severity", "message_id"];
        let line = |finding: &Value| {
            let parts: Vec<String> = fields.iter().map(|key| finding[key].to_string()).collect();
            format!("{} {}", parts.join(" "), finding["line"])
        };
        findings.as_array().unwrap().iter().map(line).collect()
    }
    fn sarif_ids(log: &Value) -> Vec<String> {
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap().iter();
        let results = run["results"].as_array().unwrap().iter();
        rules
            .map(|rule| format!("{} {}", rule["id"], rule["name"]))
            .chain(results.map(|result| {
                format!(
                    "{} {} {}",
                    result["ruleId"], result["ruleIndex"], result["level"]
                )
            }))
            .collect()
    }
    type Ids = fn(&Value) -> Vec<String>;
    for (format, pick) in [("json", json_ids as Ids), ("sarif", sarif_ids)] {
        let english = ids(format, "en", pick);
        assert!(english.len() > cjm::rules::ALL.len(), "{format}");
        assert_eq!(ids(format, "ru", pick), english, "{format}");
    }
    let messages =
        |lang: &str| json(&run(&rules_dir(), "json", &["--lang", lang, "."]))[0]["message"].clone();
    assert_ne!(messages("ru"), messages("en"));
}

mod github {
    use super::*;

    #[test]
    fn github_actions_selects_the_github_format() {
        let explicit = run(&rules_dir(), "github", &FIXTURE_SET);
        let detected = cjm()
            .current_dir(rules_dir())
            .env("GITHUB_ACTIONS", "true")
            .arg("validate")
            .args(FIXTURE_SET)
            .output()
            .unwrap();
        assert_eq!(detected.status.code(), Some(1));
        assert_eq!(stdout(&detected), stdout(&explicit));
        assert!(stdout(&detected).starts_with("::notice file="));

        let asked_for_human = cjm()
            .current_dir(rules_dir())
            .env("GITHUB_ACTIONS", "true")
            .args(["validate", "--format", "human"])
            .args(FIXTURE_SET)
            .output()
            .unwrap();
        assert!(stdout(&asked_for_human).contains("Checked 6 files"));

        let elsewhere = cjm()
            .current_dir(rules_dir())
            .env("GITHUB_ACTIONS", "false")
            .arg("validate")
            .args(FIXTURE_SET)
            .output()
            .unwrap();
        assert!(stdout(&elsewhere).contains("Checked 6 files"));
    }

    #[test]
    fn paths_with_separators_are_escaped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a,b:c%.cjm.yaml"), "cjm: [\n").unwrap();
        let output = run(dir.path(), "github", &["."]);
        assert_eq!(output.status.code(), Some(1));
        let text = stdout(&output);
        assert!(
            text.starts_with("::error file=a%2Cb%3Ac%25.cjm.yaml,line="),
            "{text}"
        );
        assert_eq!(text.lines().count(), 1, "{text}");
    }
}

mod every_format {
    use super::*;

    #[test]
    fn exit_codes_do_not_depend_on_the_format() {
        for format in format_names() {
            let code = |args: &[&str]| run(&rules_dir(), &format, args).status.code();
            assert_eq!(code(&["clean.cjm.yaml"]), Some(0), "{format}");
            assert_eq!(code(&FIXTURE_SET), Some(1), "{format}");
            assert_eq!(code(&["stage-missing-kpis.cjm.yaml"]), Some(0), "{format}");
            assert_eq!(
                code(&["--strict", "stage-missing-kpis.cjm.yaml"]),
                Some(1),
                "{format}"
            );
            let missing = run(&rules_dir(), &format, &["no-such-file.cjm.yaml"]);
            assert_eq!(missing.status.code(), Some(2), "{format}");
            assert!(stdout(&missing).is_empty(), "{format}");
        }
    }

    #[test]
    fn machine_formats_print_only_their_document() {
        let empty = tempfile::tempdir().unwrap();
        for format in machine_formats() {
            let output = run(&rules_dir(), &format, &FIXTURE_SET);
            assert!(!stdout(&output).contains("Checked"), "{format}");
            assert!(stderr(&output).is_empty(), "{format}: {}", stderr(&output));

            // Finding no map is a usage error: nothing on standard output, the reason on
            // standard error.
            let nothing = run(empty.path(), &format, &[]);
            assert_eq!(nothing.status.code(), Some(2), "{format}");
            assert!(stderr(&nothing).contains("no map file found"), "{format}");
            assert!(stdout(&nothing).is_empty(), "{format}");
            let clean = run(&rules_dir(), &format, &["clean.cjm.yaml"]);
            let text = stdout(&clean);
            match format.as_str() {
                "json" | "gitlab" => assert_eq!(json(&clean), serde_json::json!([])),
                "sarif" => assert_eq!(json(&clean)["runs"][0]["results"], serde_json::json!([])),
                "junit" => {
                    roxmltree::Document::parse(&text).unwrap();
                }
                "github" => assert!(text.is_empty(), "{text}"),
                other => panic!("no check for the machine format {other}"),
            }
        }
    }

    #[test]
    fn only_human_formats_are_coloured_and_only_when_asked() {
        let ansi = "\u{1b}[";
        for format in format_names() {
            let human = OutputFormat::from_str(&format, false)
                .unwrap()
                .is_human_readable();
            let with = |color: &str| {
                let output = cjm()
                    .current_dir(rules_dir())
                    .args(["validate", "--format", &format, "--color", color])
                    .args(FIXTURE_SET)
                    .output()
                    .unwrap();
                stdout(&output)
            };
            // `common::cjm` sets NO_COLOR: `always` wins over it, `auto` obeys it.
            assert_eq!(with("always").contains(ansi), human, "{format}");
            assert!(!with("never").contains(ansi), "{format}");
            assert!(!with("auto").contains(ansi), "{format}");
        }
    }
}

/// Text from a map reaches terminals and CI logs in every format without a raw control
/// character: a key that sets the window title and rings the bell, in a file whose name
/// holds an escape too.
#[test]
fn no_format_passes_a_control_character_through() {
    let dir = tempfile::tempdir().unwrap();
    let clean = std::fs::read_to_string(rules_dir().join("clean.cjm.yaml")).unwrap();
    std::fs::write(
        dir.path().join("a\u{1b}[2J.cjm.yaml"),
        clean.replace("owner:", "\"t\\e]0;pwned\\a\": 1\nowner:"),
    )
    .unwrap();
    for format in format_names() {
        let output = run(dir.path(), &format, &["."]);
        let text = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{format}: {text}");
        assert!(text.contains("pwned"), "{format}: {text}");
        assert!(
            !text.contains(['\u{1b}', '\u{7}']),
            "{format} passes a control character through: {text:?}"
        );
    }
}

/// A file name with a line break cannot forge a `path:line:col` line in the formats people
/// read.
#[test]
fn a_line_break_in_a_file_name_is_escaped_in_the_human_formats() {
    let dir = tempfile::tempdir().unwrap();
    let name = "x\n9:9: error[CJM000] forged\n.cjm.yaml";
    std::fs::write(dir.path().join(name), "cjm: 1\nstray: 1\n").unwrap();
    for format in ["human", "concise"] {
        let text = stdout(&run(dir.path(), format, &["."]));
        assert!(
            text.contains("x\\n9:9: error[CJM000] forged\\n.cjm.yaml"),
            "{text}"
        );
        assert!(
            !text.lines().any(|line| line.starts_with("9:9")),
            "{format} prints the name raw:\n{text}"
        );
    }
}

/// Tab indentation is reported at the tab itself, not after it or on the line above.
#[test]
fn tab_indentation_points_at_the_tab() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("list.cjm.yaml", "cjm: 1\ntitle: T\nstages:\n\t- id: a\n"),
        ("key.cjm.yaml", "cjm: 1\nstages:\n  - id: a\n\t  name: b\n"),
        (
            "crlf.cjm.yaml",
            "cjm: 1\r\nstages:\r\n  - id: a\r\n\tname: b\r\n",
        ),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let text = stdout(&run(dir.path(), "concise", &["."]));
    let places: Vec<&str> = text
        .lines()
        .filter(|line| line.contains("[CJM101]"))
        .filter_map(|line| line.split(": error[CJM101]").next())
        .collect();
    assert_eq!(
        places,
        ["crlf.cjm.yaml:4:1", "key.cjm.yaml:4:1", "list.cjm.yaml:4:1"],
        "{text}"
    );
}
