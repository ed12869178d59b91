//! Hostile sizes stay linear in the decoder: one mapping with tens of thousands of keys is
//! read in one pass (benches/parse.rs times it; this checks the result at that size).

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::source::SourceFile;

/// A map whose top level holds `keys` keys no map has, and every tenth of them twice.
fn many_keys(keys: usize) -> String {
    let mut text = String::from("cjm: 1\ntitle: Keys\nowner: CX\nreviewed: 2026-10-01\n");
    for key in 0..keys {
        text.push_str(&format!("k{key}: 1\n"));
    }
    for key in (0..keys).step_by(10) {
        text.push_str(&format!("k{key}: 2\n"));
    }
    text
}

#[test]
fn forty_thousand_keys_are_each_reported_once() {
    let keys = 40_000;
    let report = check_source(
        SourceFile::new("keys.cjm.yaml", many_keys(keys)),
        &CheckContext::new(jiff::civil::date(2026, 11, 25)),
    );
    let count = |rule: &str| {
        report
            .findings
            .iter()
            .filter(|finding| finding.rule.name == rule)
            .count()
    };
    assert_eq!(count("unknown-key"), keys);
    assert_eq!(count("duplicate-key"), keys / 10);
    let last = report
        .findings
        .iter()
        .rfind(|finding| finding.rule.name == "duplicate-key")
        .unwrap();
    assert_eq!(last.message.english(), "`k39990` appears twice in the map");
}
