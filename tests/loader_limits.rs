//! Every limit of the YAML layer, at the bound (accepted) and one over it (one clear
//! `yaml-too-complex` finding, or `unreadable-file` for the size cap). README's "Limits"
//! section lists the same figures.

use cjm::map::loader;
use cjm::map::yaml::{MAX_DEPTH, MAX_NODES, MAX_REPLAYED_EVENTS};
use cjm::source::{self, MAX_FILE_BYTES};

fn too_complex(text: &str) -> String {
    let failure = loader::parse(text).expect_err("over the limit");
    assert_eq!(failure.rule.code, "CJM103", "{}", failure.message.english());
    failure.message.english()
}

#[test]
fn nesting_depth() {
    let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
    assert!(loader::parse(&nested(MAX_DEPTH)).is_ok());
    assert!(too_complex(&nested(MAX_DEPTH + 1)).contains("nested more than 32 levels"));
    let block = |depth: usize| {
        (0..depth)
            .map(|level| format!("{}k{level}:\n", "  ".repeat(level)))
            .collect::<String>()
            + &"  ".repeat(depth)
            + "x\n"
    };
    assert!(loader::parse(&block(MAX_DEPTH)).is_ok());
    assert!(too_complex(&block(MAX_DEPTH + 1)).contains("nested more than"));
}

/// Four megabytes of YAML take minutes in a debug build: `cargo test --release --test
/// loader_limits` runs it.
#[test]
#[cfg_attr(debug_assertions, ignore = "slow in debug builds; run with --release")]
fn node_count() {
    // A flow list of n scalars is n + 1 nodes.
    let list = |scalars: usize| format!("[{}1]", "1,".repeat(scalars - 1));
    assert!(loader::parse(&list(MAX_NODES - 1)).is_ok());
    assert!(too_complex(&list(MAX_NODES)).contains("YAML nodes"));
}

#[test]
fn alias_expansion() {
    // Each alias of `[x, x, x]` replays five events: the list's start and end, three items.
    let aliases =
        |count: usize| format!("a: &a [x, x, x]\nb: [{}]\n", vec!["*a"; count].join(", "));
    let at_bound = MAX_REPLAYED_EVENTS / 5;
    assert!(loader::parse(&aliases(at_bound)).is_ok());
    assert!(too_complex(&aliases(at_bound + 1)).contains("alias bomb"));
}

#[test]
fn alias_count() {
    let aliases = |count: usize| format!("a: &a x\nb: [{}]\n", vec!["*a"; count].join(", "));
    assert!(loader::parse(&aliases(50_000)).is_ok());
    assert!(too_complex(&aliases(50_001)).contains("too many anchors and aliases"));
}

#[test]
fn file_size() {
    let dir = tempfile::tempdir().unwrap();
    let at_cap = dir.path().join("at-cap.cjm.yaml");
    let line = "# filler\n";
    let mut text = line.repeat(MAX_FILE_BYTES / line.len());
    text.push_str(&"#".repeat(MAX_FILE_BYTES - text.len()));
    std::fs::write(&at_cap, &text).unwrap();
    assert!(source::read(&at_cap).1.is_none());
    let over = dir.path().join("over.cjm.yaml");
    text.push('#');
    std::fs::write(&over, &text).unwrap();
    assert!(matches!(
        source::read(&over).1,
        Some(source::Unreadable::TooLarge { .. })
    ));
}
