//! The map schema against `cjm`'s own checks, fixture by fixture: whatever `cjm validate`
//! rejects for its structure the schema rejects too, whatever it accepts structurally the
//! schema accepts, and so do every example and every `cjm init` skeleton. Also: `cjm
//! schema` prints the schema, and every property documents itself for editors.

mod common;

use std::path::{Path, PathBuf};

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::cli::TemplateName;
use cjm::init::skeleton::{Answers, SegmentName, render};
use cjm::report::Lang;
use cjm::source::SourceFile;
use common::{cjm, repo_root, stdout};
use serde_json::Value;

/// The rules whose findings mean "this is not a well-formed version 1 map" in terms a
/// JSON Schema can state: types, keys, closed value sets, the date's shape, the version.
const STRUCTURAL: [&str; 7] = [
    "wrong-type",
    "missing-key",
    "unknown-key",
    "invalid-value",
    "unsupported-version",
    "invalid-review-date",
    "empty-file",
];

/// The rules a file's text fails before it is a document at all: no JSON to compare.
const NOT_A_DOCUMENT: [&str; 6] = [
    "unreadable-file",
    "yaml-syntax",
    "yaml-too-complex",
    "multiple-documents",
    "duplicate-key",
    "empty-file",
];

/// A structural finding, or a negative funnel figure (`minimum: 0` in the schema; that more
/// customers advance than entered is beyond what a schema can compare).
fn is_structural(finding: &cjm::Finding) -> bool {
    STRUCTURAL.contains(&finding.rule.name)
        || (finding.rule.name == "invalid-funnel"
            && finding.message.english().contains("is negative"))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(cjm::map::SCHEMA).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn schema_errors(validator: &jsonschema::Validator, yaml: &str) -> Vec<String> {
    let json: Value = serde_saphyr::from_str(yaml).unwrap_or(Value::Null);
    validator
        .iter_errors(&json)
        .map(|error| format!("{error} at {}", error.instance_path()))
        .collect()
}

fn map_files(directory: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".cjm.yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_schema_and_the_decoder_agree_on_every_fixture() {
    let validator = validator();
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    let mut structural = 0;
    let mut accepted = 0;
    for directory in [
        "rules",
        "freshness",
        "report",
        "suppressions",
        "review",
        "evidence",
    ] {
        for path in map_files(&repo_root().join("tests/fixtures").join(directory)) {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let report = check_source(SourceFile::new(&path, text.clone()), &context);
            let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.name).collect();
            if report.findings.iter().any(is_structural) {
                structural += 1;
                assert!(
                    !schema_errors(&validator, &text).is_empty(),
                    "{}: cjm reports {rules:?} but the schema accepts it",
                    path.display()
                );
            } else if !rules.iter().any(|rule| NOT_A_DOCUMENT.contains(rule)) {
                accepted += 1;
                let errors = schema_errors(&validator, &text);
                assert!(
                    errors.is_empty(),
                    "{}: cjm finds no structural problem ({rules:?}) but the schema says {errors:#?}",
                    path.display()
                );
            }
        }
    }
    // The comparison covers both sides, with the fixtures there are today.
    assert!(structural >= 7, "{structural} structurally broken fixtures");
    assert!(accepted >= 20, "{accepted} structurally sound fixtures");
}

#[test]
fn every_example_satisfies_the_schema() {
    let validator = validator();
    let examples = map_files(&repo_root().join("examples"));
    assert!(examples.len() >= 3);
    for path in examples {
        let errors = schema_errors(&validator, &std::fs::read_to_string(&path).unwrap());
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn every_init_skeleton_satisfies_the_schema() {
    let validator = validator();
    for name in TemplateName::ALL {
        let template = name.load().unwrap();
        for lang in [Lang::En, Lang::Ru] {
            let answers = Answers {
                lang,
                title: "Заголовок: \"с кавычками\"".to_owned(),
                owner: "O'Brien".to_owned(),
                segments: vec![SegmentName {
                    id: "a".to_owned(),
                    name: "Сегмент".to_owned(),
                }],
                reviewed: jiff::civil::date(2026, 11, 25),
                schema: cjm::map::SCHEMA_ID.to_owned(),
            };
            let text = render(&template, &answers);
            let errors = schema_errors(&validator, &text);
            assert!(errors.is_empty(), "{} {lang:?}: {errors:#?}", name.as_str());
        }
    }
}

#[test]
fn cjm_schema_prints_the_map_schema_and_report_the_reports() {
    let map = cjm().arg("schema").output().unwrap();
    assert_eq!(stdout(&map), cjm::map::SCHEMA);
    let report = cjm().args(["schema", "--report"]).output().unwrap();
    assert_eq!(stdout(&report), cjm::report::json::SCHEMA);
    let schema: Value = serde_json::from_str(cjm::map::SCHEMA).unwrap();
    assert_eq!(schema["$id"], cjm::map::SCHEMA_ID);
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

/// Editors show `markdownDescription` on hover: what the key means, what it takes, an
/// example. Every property of every element has one, and a plain `description`.
#[test]
fn every_property_is_documented_for_editors() {
    let schema: Value = serde_json::from_str(cjm::map::SCHEMA).unwrap();
    let mut properties = Vec::new();
    collect_properties(&schema, "", &mut properties);
    assert!(properties.len() >= 40, "{}", properties.len());
    for (path, property) in properties {
        let description = property["description"].as_str().unwrap_or("");
        let markdown = property["markdownDescription"].as_str().unwrap_or("");
        assert!(!description.is_empty(), "{path} has no description");
        assert!(
            markdown.starts_with(description)
                && markdown.contains("\n\nAllowed: ")
                && markdown.contains("\n\nExample:\n```yaml\n"),
            "{path}: {markdown}"
        );
    }
}

fn collect_properties<'a>(value: &'a Value, path: &str, found: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let child_path = format!("{path}/{key}");
                if key == "properties" {
                    for (name, property) in child.as_object().unwrap() {
                        found.push((format!("{child_path}/{name}"), property));
                    }
                }
                collect_properties(child, &child_path, found);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_properties(item, &format!("{path}/{index}"), found);
            }
        }
        _ => {}
    }
}

/// Issue 13's keys (triggers, loops, risks), one variant at a time in an otherwise clean
/// map: what the decoder rejects for its structure the schema rejects, and what it accepts
/// the schema accepts.
#[test]
fn the_schema_and_the_decoder_agree_on_triggers_loops_and_risks() {
    const LOOP: &str =
        "    returns_to: {stage: awareness, share: 0.1, when: \"Навязали гарантию\"}\n";
    const TRIGGERS: &str =
        "    triggers: [{name: \"Письмо через полгода\", kind: instrumental, channel: site}]\n";
    const RISKS: &str = "    risks:\n      - {text: \"Сборщиков не хватит в августе\", \
                         likelihood: high, mitigation: \"Подрядчик на август\"}\n";
    let clean =
        std::fs::read_to_string(repo_root().join("tests/fixtures/rules/clean.cjm.yaml")).unwrap();
    assert!(clean.contains(LOOP) && clean.contains(TRIGGERS) && clean.contains(RISKS));
    // The last stage without the three keys, so that each variant writes its key once.
    let clean = clean.replace(TRIGGERS, "").replace(RISKS, "");
    let accepted = [
        "    returns_to: awareness\n",
        "    returns_to:\n",
        "    returns_to: {stage: awareness}\n",
        "    returns_to: {stage: awareness, share: 0, when: null}\n",
        "    risks: [\"Поставщик задержит фасады\", {text: \"Нет сборщиков\"}]\n",
        "    triggers:\n      - {name: Бирка, kind: product, evidence: [crm]}\n      - {name: Боль, kind: random, channel: null}\n",
    ];
    let rejected = [
        "    returns_to: [awareness]\n",
        "    returns_to: 3\n",
        "    returns_to: {share: 0.1}\n",
        "    returns_to: {stage: awareness, share: 1.5}\n",
        "    returns_to: {stage: awareness, share: -0.1}\n",
        "    returns_to: {stage: awareness, share: много}\n",
        "    returns_to: {stage: awareness, stgae: x}\n",
        "    risks: Нет сборщиков\n",
        "    risks: [{likelihood: high}]\n",
        "    risks: [{text: Нет сборщиков, likelihood: certain}]\n",
        "    risks: [{text: Нет сборщиков, mitigaton: x}]\n",
        "    risks: [[a]]\n",
        "    triggers: [{name: Письмо}]\n",
        "    triggers: [{name: Письмо, kind: reminder}]\n",
        "    triggers: [{kind: random}]\n",
        "    triggers: [{name: Письмо, kind: random, evidence: crm}]\n",
        "    triggers: [{name: Письмо, kind: random, chanel: site}]\n",
        "    triggers: Письмо\n",
    ];
    let validator = validator();
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    let check = |variant: &str| {
        let text = clean.replace(LOOP, variant);
        let report = check_source(SourceFile::new("variant.cjm.yaml", text.clone()), &context);
        let structural = report.findings.iter().any(is_structural);
        (structural, schema_errors(&validator, &text))
    };
    for variant in accepted {
        let (structural, errors) = check(variant);
        assert!(!structural, "cjm rejects {variant:?}");
        assert!(
            errors.is_empty(),
            "the schema rejects {variant:?}: {errors:#?}"
        );
    }
    for variant in rejected {
        let (structural, errors) = check(variant);
        assert!(structural, "cjm accepts {variant:?}");
        assert!(!errors.is_empty(), "the schema accepts {variant:?}");
    }
}
