//! The YAML loader side by side, per file, on the shipped examples and on a generated map:
//! the raw event stream of granit-parser (the floor: the scanner and parser alone), a bare
//! serde-saphyr parse into nothing (`IgnoredAny`), the old serde-saphyr loader, the loader
//! on the parser's events, and the full check (load, decode, every rule, suppressions).
//!
//!     cargo bench --bench loader
//!
//! Targets, on one core: the full check within 1.25x the raw event stream, and at least
//! 1.6x faster than the bare serde-saphyr parse.

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::map::{loader, yaml};
use cjm::source::SourceFile;
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

const INPUTS: [&str; 4] = [
    "furniture-store.ru.cjm.yaml",
    "analytics-saas-b2b.cjm.yaml",
    "dental-clinic.ru.cjm.yaml",
    "generated",
];

/// An example, or for `generated` the first map of the benchmark generator (45 KB,
/// Cyrillic and English, block and flow style, comments).
fn input(name: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if name != "generated" {
        return std::fs::read_to_string(root.join("examples").join(name)).unwrap();
    }
    let dir = root.join("target/bench-loader-corpus");
    if !dir.exists() {
        let status = std::process::Command::new("python3")
            .arg(root.join("benches/generate_corpus.py"))
            .args(["--maps", "4", "--out"])
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("python3 runs the corpus generator");
        assert!(status.success());
    }
    let mut maps: Vec<_> = ignore::Walk::new(&dir)
        .filter_map(Result::ok)
        .map(ignore::DirEntry::into_path)
        .filter(|path| path.to_string_lossy().ends_with(".cjm.yaml"))
        .collect();
    maps.sort();
    std::fs::read_to_string(&maps[0]).unwrap()
}

#[divan::bench(args = INPUTS)]
fn raw_events(bencher: Bencher, name: &str) {
    let text = input(name);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        granit_parser::Parser::new_from_str(black_box(&text))
            .map_while(Result::ok)
            .count()
    });
}

#[divan::bench(args = INPUTS)]
fn serde_saphyr_bare(bencher: Bencher, name: &str) {
    let text = input(name);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| serde_saphyr::from_str::<serde::de::IgnoredAny>(black_box(&text)).is_ok());
}

#[divan::bench(args = INPUTS)]
fn old_loader(bencher: Bencher, name: &str) {
    let text = input(name);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| yaml::parse_with_serde_saphyr(black_box(&text)).is_ok());
}

#[divan::bench(args = INPUTS)]
fn new_loader(bencher: Bencher, name: &str) {
    let text = input(name);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| loader::parse(black_box(&text)).is_ok());
}

#[divan::bench(args = INPUTS)]
fn full_check(bencher: Bencher, name: &str) {
    let text = input(name);
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    bencher
        .counter(BytesCount::of_str(&text))
        .with_inputs(|| SourceFile::new(name, text.clone()))
        .bench_values(|source| check_source(source, &context).findings.len());
}

/// The allocator of the `cjm` binary, so that the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
