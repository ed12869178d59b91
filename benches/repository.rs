//! The in-process half of the repository benchmark: over every map of a corpus, side by
//! side in one run, the raw event stream of granit-parser (the floor: scanner and parser
//! alone, as granit-parser gives it, and without comment events, as the check parses files
//! that have no suppression), a bare serde-saphyr parse into nothing, the old serde-saphyr loader, the loader
//! on the parser's events, and the full check (load, decode, every rule, suppressions) on
//! one core and on two. Reading is timed apart, so every figure is CPU only.
//!
//!     cargo bench --bench repository -- target/bench-corpus-10000 [ROUNDS] [ONLY]
//!
//! `ONLY` keeps the measures whose name contains it (`"full check, 1"`), to profile one
//! under `perf record`; the target ratios are then not printed.
//!
//! The machine may be shared: the measures run interleaved, one pass each per round, and
//! the figures are the medians of the rounds (default 5), with the load average said.
//! `benches/repository.sh` runs it together with the end-to-end comparison.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::map::{loader, yaml};
use cjm::source::SourceFile;
use rayon::prelude::*;

/// One measure: a name, and a pass over every text.
type Measure<'t> = (&'static str, Box<dyn Fn() + 't>);

fn main() {
    // `cargo bench` passes `--bench`; the corpus is the first other argument.
    let mut args = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"));
    let Some(corpus) = args.next() else {
        eprintln!("usage: cargo bench --bench repository -- CORPUS_DIR [ROUNDS] [ONLY]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let only = args.next();
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
    let check = |(path, text): &(PathBuf, String)| {
        check_source(SourceFile::new(path, text.clone()), &context)
            .findings
            .len()
    };
    let two_cores = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();

    // Every event of every text, with granit-parser's default options but for comments.
    let raw_events = |emit_comments: bool| {
        for (_, text) in &texts {
            let mut options = granit_parser::Options::default();
            options.emit_comments = emit_comments;
            let events = granit_parser::Parser::new_from_str_with_options(text, options)
                .map_while(Result::ok)
                .count();
            std::hint::black_box(events);
        }
    };

    let measures: Vec<Measure<'_>> = vec![
        ("raw events (granit-parser)", Box::new(|| raw_events(true))),
        // As the check parses a file without `cjm-ignore`: no comment events.
        ("raw events, comments off", Box::new(|| raw_events(false))),
        (
            "bare serde-saphyr parse",
            Box::new(|| {
                for (_, text) in &texts {
                    let parsed = serde_saphyr::from_str::<serde::de::IgnoredAny>(text);
                    std::hint::black_box(parsed.is_ok());
                }
            }),
        ),
        (
            "old loader (serde-saphyr)",
            Box::new(|| {
                for (_, text) in &texts {
                    std::hint::black_box(yaml::parse_with_serde_saphyr(text).is_ok());
                }
            }),
        ),
        (
            "new loader (events)",
            Box::new(|| {
                for (_, text) in &texts {
                    std::hint::black_box(loader::load(text, true).is_ok());
                }
            }),
        ),
        (
            "full check, 1 core",
            Box::new(|| {
                for file in &texts {
                    std::hint::black_box(check(file));
                }
            }),
        ),
        (
            "full check, 2 cores",
            Box::new(|| {
                let findings: usize = two_cores.install(|| texts.par_iter().map(check).sum());
                std::hint::black_box(findings);
            }),
        ),
    ];

    let all_measures = measures.len();
    let measures: Vec<Measure<'_>> = measures
        .into_iter()
        .filter(|(name, _)| only.as_deref().is_none_or(|only| name.contains(only)))
        .collect();
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); measures.len()];
    for _ in 0..rounds {
        for ((_, pass), times) in measures.iter().zip(&mut times) {
            let started = Instant::now();
            pass();
            times.push(started.elapsed());
        }
    }
    let medians: Vec<f64> = times
        .iter_mut()
        .map(|times| {
            times.sort();
            times[times.len() / 2].as_secs_f64()
        })
        .collect();

    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} maps, {mb:.1} MB (read in {:.2} s); {rounds} rounds interleaved, medians; \
         load average {}",
        texts.len(),
        read.as_secs_f64(),
        load_average()
    );
    for (((name, _), seconds), times) in measures.iter().zip(&medians).zip(&times) {
        let (min, max) = spread(times);
        println!(
            "{name:<28} {seconds:6.2} s  {:6.1} MB/s  (rounds {min:.2}-{max:.2} s)",
            mb / seconds
        );
    }
    let [raw, raw_without_comments, bare, _old, _new, one, two] = medians[..] else {
        debug_assert!(measures.len() < all_measures, "a measure without its ratio");
        return;
    };
    println!(
        "targets: full check {:.2}x the raw events (<= 1.25x; {:.2}x them without comments); \
         {:.2}x faster than bare serde-saphyr (>= 1.6x); two cores {:.2}x one core (>= 1.8x)",
        one / raw,
        one / raw_without_comments,
        bare / one,
        one / two
    );
}

fn spread(times: &[Duration]) -> (f64, f64) {
    let seconds = |time: Option<&Duration>| time.map_or(0.0, Duration::as_secs_f64);
    (seconds(times.first()), seconds(times.last()))
}

/// The one-minute load average, as `uptime` says it: on a shared machine, how many other
/// runnable tasks the figures competed with.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The allocator of the `cjm` binary, so that the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
