//! The in-process half of the repository benchmark: over every map of a corpus, on one
//! thread, the bare YAML parse with the crate `cjm` uses (the floor) against `cjm`'s full
//! check of the same files. Reading is timed apart, so both figures are CPU only.
//!
//!     cargo bench --bench repository -- target/bench-corpus-10000
//!
//! `benches/repository.sh` runs it together with the end-to-end comparison.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::source::SourceFile;

fn main() {
    // `cargo bench` passes `--bench`; the corpus is the first other argument.
    let Some(corpus) = std::env::args().skip(1).find(|arg| !arg.starts_with("--")) else {
        eprintln!("usage: cargo bench --bench repository -- CORPUS_DIR");
        std::process::exit(2);
    };
    let mut paths: Vec<PathBuf> = ignore::WalkBuilder::new(&corpus)
        .build()
        .filter_map(Result::ok)
        .map(|entry| entry.into_path())
        .filter(|path| path.to_string_lossy().ends_with(".cjm.yaml"))
        .collect();
    paths.sort();
    let started = Instant::now();
    let texts: Vec<(PathBuf, String)> = paths
        .iter()
        .map(|path| (path.clone(), std::fs::read_to_string(path).unwrap()))
        .collect();
    let read = started.elapsed();
    let bytes: usize = texts.iter().map(|(_, text)| text.len()).sum();
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));

    let bare = best_of(3, || {
        for (_, text) in &texts {
            std::hint::black_box(serde_saphyr::from_str::<serde::de::IgnoredAny>(text).is_ok());
        }
    });
    let tree = best_of(3, || {
        for (_, text) in &texts {
            std::hint::black_box(cjm::map::yaml::parse(text).is_ok());
        }
    });
    let check = best_of(3, || {
        for (path, text) in &texts {
            let report = check_source(SourceFile::new(path, text.clone()), &context);
            std::hint::black_box(report.findings.len());
        }
    });
    let mb = bytes as f64 / 1e6;
    let rate = |time: Duration| mb / time.as_secs_f64();
    println!(
        "corpus: {} maps, {mb:.1} MB (read in {:.2} s)",
        texts.len(),
        read.as_secs_f64()
    );
    println!(
        "bare parse (serde-saphyr, IgnoredAny), 1 core: {:.2} s, {:.1} MB/s",
        bare.as_secs_f64(),
        rate(bare)
    );
    println!(
        "spanned node tree, 1 core:                     {:.2} s, {:.1} MB/s",
        tree.as_secs_f64(),
        rate(tree)
    );
    println!(
        "cjm full check, 1 core:                        {:.2} s, {:.1} MB/s",
        check.as_secs_f64(),
        rate(check)
    );
    println!(
        "validation above the bare parse: {:+.0}% (above the spanned tree: {:+.0}%)",
        (check.as_secs_f64() / bare.as_secs_f64() - 1.0) * 100.0,
        (check.as_secs_f64() / tree.as_secs_f64() - 1.0) * 100.0
    );
}

fn best_of(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}
