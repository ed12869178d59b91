//! Hostile files at the edges that must stay cheap: each is checked and rendered on one
//! thread, as `cjm validate` does per file. Every pass is linear, so each case runs in well
//! under a second, a file at the 4 MiB cap included.
//!
//!     cargo bench --bench bounds
//!
//! The figures before and after the passes were made linear are in README.md ("Limits").

use cjm::CheckContext;
use cjm::check::{FileReport, check_source};
use cjm::output::{OutputFormat, RenderOptions, render};
use cjm::source::{MAX_FILE_BYTES, SourceFile};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

const HEAD: &str = "cjm: 1\ntitle: T\nowner: O\nreviewed: 2026-10-01\n\
     segments: [{id: s, name: S, who: a, what: b, why: c, when: d, where: e}]\n\
     channels: [{id: c, name: C}]\n";

const UNDER_FILLED: &str = "CJM303, CJM304, CJM305, CJM306, CJM307, CJM308";

/// The cases, by name; each a map's text.
fn case(name: &str) -> String {
    match name {
        "10k under-filled stages" => {
            let stages: String = (0..10_000)
                .map(|index| format!("  - {{id: s{index}, name: S}}\n"))
                .collect();
            format!("{HEAD}stages:\n{stages}")
        }
        "20k unknown keys on one line" => {
            let keys: Vec<String> = (0..20_000).map(|index| format!("k{index}: 1")).collect();
            format!("{HEAD}stages: [{{id: a, name: A, {}}}]\n", keys.join(", "))
        }
        "40k suppressions" => {
            let stages: String = (0..20_000)
                .map(|index| {
                    format!(
                        "  - {{id: a{index}, name: S}}  # cjm-ignore: {UNDER_FILLED}\n  \
                         # cjm-ignore: {UNDER_FILLED} — own line\n  - {{id: b{index}, name: S}}\n"
                    )
                })
                .collect();
            format!("{HEAD}stages:\n{stages}")
        }
        "3 MB string aliased" => format!(
            "{HEAD}notes: &big \"{}\"\nstages: [*big, *big, *big]\n",
            "x".repeat(3_000_000)
        ),
        "40k-line block scalar" => {
            let lines: String = (0..40_000)
                .map(|index| format!("  line {index}\n"))
                .collect();
            format!("{HEAD}stages: |\n{lines}")
        }
        "4 MiB of full stages" => {
            let mut text = format!("{HEAD}stages:\n");
            for index in 0.. {
                let stage = format!(
                    "  - id: s{index}\n    name: Этап {index}\n    goals: [Понять, что подходит]\n    \
                     touchpoints:\n      - {{name: Сайт, channel: c, emotion: 1}}\n    \
                     pains: [Мало фото]\n    opportunities: [Добавить фото]\n    \
                     kpis:\n      - {{name: Визиты, target: 1000, actual: 800}}\n"
                );
                if text.len() + stage.len() > MAX_FILE_BYTES {
                    break;
                }
                text.push_str(&stage);
            }
            text
        }
        other => unreachable!("no case {other}"),
    }
}

const CASES: [&str; 6] = [
    "10k under-filled stages",
    "20k unknown keys on one line",
    "40k suppressions",
    "3 MB string aliased",
    "40k-line block scalar",
    "4 MiB of full stages",
];

fn check(name: &str, text: &str) -> FileReport {
    check_source(
        SourceFile::new(name, text.to_owned()),
        &CheckContext::new(jiff::civil::date(2026, 11, 25)),
    )
}

/// The check and the human output, which draws a snippet for every finding.
#[divan::bench(args = CASES, sample_count = 3, sample_size = 1)]
fn check_and_render_human(bencher: Bencher, name: &str) {
    let text = case(name);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let report = check(name, black_box(&text));
        let mut out = Vec::new();
        render(
            OutputFormat::Human,
            std::slice::from_ref(&report),
            &RenderOptions::default(),
            &mut out,
        )
        .map(|()| out.len())
    });
}

/// The check and the JSON output, the largest machine format per finding.
#[divan::bench(args = CASES, sample_count = 3, sample_size = 1)]
fn check_and_render_json(bencher: Bencher, name: &str) {
    let text = case(name);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let report = check(name, black_box(&text));
        let mut out = Vec::new();
        render(
            OutputFormat::Json,
            std::slice::from_ref(&report),
            &RenderOptions::default(),
            &mut out,
        )
        .map(|()| out.len())
    });
}
