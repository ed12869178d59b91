//! Hostile sizes stay linear in the decoder: one mapping with tens of thousands of keys is
//! read in one pass (benches/parse.rs times it; this checks the result at that size).

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::finding::MAX_FINDINGS_PER_FILE;
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
fn forty_thousand_keys_are_each_reported_once_and_counted_past_the_cap() {
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
    // Past the cap of findings per file the rest are counted, not kept: together they
    // are every key once and every repeated key once more, with the map's few others.
    assert_eq!(report.findings.len(), MAX_FINDINGS_PER_FILE + 1);
    let note = report.findings.last().unwrap();
    assert_eq!(count("yaml-too-complex"), 1);
    let dropped: usize = note
        .message
        .strip_prefix("the file has more than 10000 findings; ")
        .and_then(|rest| rest.strip_suffix(" more are not shown"))
        .unwrap()
        .parse()
        .unwrap();
    let kept = count("unknown-key") + count("duplicate-key");
    let reported = kept + dropped;
    assert!(
        (keys + keys / 10..keys + keys / 10 + 10).contains(&reported),
        "{reported} findings reported"
    );
}
