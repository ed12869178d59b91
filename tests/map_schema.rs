//! The JSON Schema of the map format (`src/map/cjm-map.schema.json`, for editors and for
//! generic validators) must agree with `cjm`'s own decoder.

use std::collections::BTreeSet;

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::source::SourceFile;
use serde_json::Value;

const SCHEMA: &str = include_str!("../src/map/cjm-map.schema.json");
const CLEAN: &str = include_str!("fixtures/rules/clean.cjm.yaml");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).unwrap()
}

fn as_json(yaml: &str) -> Value {
    serde_saphyr::from_str(yaml).unwrap()
}

#[test]
fn the_examples_satisfy_the_schema() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".cjm.yaml") {
            let map = as_json(&std::fs::read_to_string(&path).unwrap());
            let errors: Vec<String> = validator.iter_errors(&map).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        }
    }
}

#[test]
fn structural_errors_are_errors_for_the_schema_too() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    for fixture in [
        "wrong-type",
        "missing-key",
        "unknown-key",
        "unsupported-version",
        "invalid-value",
    ] {
        let path = format!(
            "{}/tests/fixtures/rules/{fixture}.cjm.yaml",
            env!("CARGO_MANIFEST_DIR")
        );
        let map = as_json(&std::fs::read_to_string(path).unwrap());
        assert!(!validator.is_valid(&map), "{fixture} passes the schema");
    }
}

/// The keys `cjm` accepts for each element, read from its unknown-key help
/// ("the keys of a stage are: `id`, `name`, …").
fn decoder_keys() -> Vec<(String, BTreeSet<String>)> {
    let with_unknown_keys = CLEAN
        .replacen("cjm: 1\n", "cjm: 1\nzz_unknown: 1\n", 1)
        .replacen("  - id: family\n", "  - id: family\n    zz_unknown: 1\n", 1)
        .replacen(
            "{id: site, name: \"Сайт\"}",
            "{id: site, name: \"Сайт\", zz_unknown: 1}",
            1,
        )
        .replacen(
            "    name: \"Осмысление\"\n",
            "    name: \"Осмысление\"\n    zz_unknown: 1\n",
            1,
        )
        .replacen(
            "channel: site, emotion: 0}",
            "channel: site, emotion: 0, zz_unknown: 1}",
            1,
        )
        .replacen("severity: high}", "severity: high, zz_unknown: 1}", 1)
        .replacen("actual: 800}", "actual: 800, zz_unknown: 1}", 1)
        .replacen("advanced: 200}", "advanced: 200, zz_unknown: 1}", 1);
    let report = check_source(
        SourceFile::new("keys.cjm.yaml", with_unknown_keys),
        &CheckContext::new(jiff::civil::date(2026, 11, 25)),
    );
    report
        .findings
        .iter()
        .filter(|finding| finding.rule.name == "unknown-key")
        .map(|finding| {
            let help = finding.help.as_deref().unwrap();
            let (kind, keys) = help
                .strip_prefix("the keys of a ")
                .unwrap()
                .split_once(" are: ")
                .unwrap();
            let keys = keys
                .split(", ")
                .map(|key| key.trim_matches('`').to_owned())
                .collect();
            (kind.to_owned(), keys)
        })
        .collect()
}

#[test]
fn schema_properties_are_the_decoders_keys() {
    let schema = schema();
    let found = decoder_keys();
    let kinds: BTreeSet<&str> = found.iter().map(|(kind, _)| kind.as_str()).collect();
    let every_kind = [
        "map",
        "segment",
        "channel",
        "stage",
        "touchpoint",
        "pain",
        "KPI",
        "funnel",
    ];
    assert_eq!(kinds, BTreeSet::from(every_kind));
    for (kind, keys) in found {
        let definition = match kind.as_str() {
            "map" => &schema,
            "KPI" => &schema["$defs"]["kpi"],
            "pain" => &schema["$defs"]["pain"]["oneOf"][1],
            other => &schema["$defs"][other],
        };
        let properties: BTreeSet<String> = definition["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(
            properties, keys,
            "the {kind} keys of the schema and of the decoder differ"
        );
        assert_eq!(
            definition["additionalProperties"],
            Value::Bool(false),
            "{kind}"
        );
    }
}
