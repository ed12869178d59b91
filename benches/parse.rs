//! Per-file throughput on the shipped examples: the bare YAML parse (the floor), the
//! spanned node tree `cjm` decodes from, and the full check; and the full check of one
//! mapping with many keys, which must grow linearly with them.
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

/// One mapping of `keys` distinct keys (all unknown, so each is also a finding). Reading
/// keys was quadratic once: 40,000 keys took 24 s.
#[divan::bench(args = [10_000, 40_000, 160_000])]
fn many_keys(bencher: Bencher, keys: usize) {
    let mut text = String::from("cjm: 1\ntitle: Keys\nowner: CX\nreviewed: 2026-10-01\n");
    for key in 0..keys {
        text.push_str(&format!("k{key}: 1\n"));
    }
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    bencher
        .counter(BytesCount::of_str(&text))
        .with_inputs(|| SourceFile::new("keys.cjm.yaml", text.clone()))
        .bench_values(|source| check_source(source, &context).findings.len());
}
