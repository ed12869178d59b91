//! The loader on granit-parser's events against the serde-saphyr loader it replaced: the same
//! tree, spans included, or the same failure, on any text. Remove with the old loader.
#![no_main]

use cjm::map::{loader, yaml};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let summary = |result: Result<yaml::Node, yaml::ParseFailure>| {
        result.map_err(|failure| {
            (
                failure.rule.code,
                failure.span,
                failure.message,
                failure.help,
            )
        })
    };
    let old = summary(yaml::parse_with_serde_saphyr(text));
    let new = summary(loader::parse(text));
    assert_eq!(old, new, "the loaders differ on {text:?}");
});
