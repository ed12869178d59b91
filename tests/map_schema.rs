//! The JSON Schema of the map format (`src/map/cjm-map.schema.json`, for editors and for
//! generic validators) must agree with `cjm`'s own decoder.

use std::collections::BTreeSet;

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::map::Element;
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

/// Where the schema describes each element of the map.
fn definition(schema: &Value, element: Element) -> &Value {
    match element {
        Element::Map => schema,
        Element::Segment => &schema["$defs"]["segment"],
        Element::Channel => &schema["$defs"]["channel"],
        Element::Stage => &schema["$defs"]["stage"],
        Element::Touchpoint => &schema["$defs"]["touchpoint"],
        Element::Pain => &schema["$defs"]["pain"]["oneOf"][1],
        Element::Kpi => &schema["$defs"]["kpi"],
        Element::Funnel => &schema["$defs"]["funnel"],
        Element::Source => &schema["$defs"]["source"],
        Element::Trigger => &schema["$defs"]["trigger"],
        Element::ReturnTo => &schema["$defs"]["returnTo"]["oneOf"][2],
        Element::Risk => &schema["$defs"]["risk"]["oneOf"][1],
    }
}

#[test]
fn schema_properties_are_the_decoders_keys() {
    let schema = schema();
    for element in Element::ALL {
        let definition = definition(&schema, element);
        let properties: BTreeSet<&str> = definition["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("no properties for {element:?}"))
            .keys()
            .map(String::as_str)
            .collect();
        let keys: BTreeSet<&str> = element.keys().iter().copied().collect();
        assert_eq!(
            properties, keys,
            "the {element:?} keys of the schema and of the decoder differ"
        );
        assert_eq!(
            definition["additionalProperties"],
            Value::Bool(false),
            "{element:?}"
        );
    }
}

/// The decoder reads exactly the keys it lists: a map that writes every key of every
/// element has no unknown key (and the decoder's debug assertion checks the other way).
#[test]
fn a_map_with_every_key_has_no_unknown_key() {
    let report = check_source(
        SourceFile::new("clean.cjm.yaml", CLEAN),
        &CheckContext::new(jiff::civil::date(2026, 11, 25)),
    );
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    for element in Element::ALL {
        let key = element.keys()[0];
        assert!(CLEAN.contains(&format!("{key}:")), "{element:?}");
    }
}
