//! The loader on granit-parser's events against the serde-saphyr loader it replaced: the same
//! tree, spans included, or the same failure, on any text. Remove with the old loader.
#![no_main]

use cjm::map::loader_comparison::difference;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(difference) = difference(text) {
        panic!("the loaders differ on {text:?}\n{difference}");
    }
});
