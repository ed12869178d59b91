//! Per-file throughput on the shipped examples: the bare YAML parse (the floor), the
//! spanned node tree `cjm` decodes from, and the full check.
//!
//!     cargo bench --bench parse

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::source::SourceFile;
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

const EXAMPLES: [&str; 3] = [
    "furniture-store.ru.cjm.yaml",
    "analytics-saas-b2b.cjm.yaml",
    "dental-clinic.ru.cjm.yaml",
];

fn example(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[divan::bench(args = EXAMPLES)]
fn bare_parse(bencher: Bencher, name: &str) {
    let text = example(name);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| serde_saphyr::from_str::<serde::de::IgnoredAny>(black_box(&text)).is_ok());
}

#[divan::bench(args = EXAMPLES)]
fn spanned_tree(bencher: Bencher, name: &str) {
    let text = example(name);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| cjm::map::yaml::parse(black_box(&text)).is_ok());
}

#[divan::bench(args = EXAMPLES)]
fn full_check(bencher: Bencher, name: &str) {
    let text = example(name);
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    bencher
        .counter(BytesCount::of_str(&text))
        .with_inputs(|| SourceFile::new(name, text.clone()))
        .bench_values(|source| check_source(source, &context).findings.len());
}
