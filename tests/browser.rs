//! The HTML report in a real browser: headless Chromium loads the page of every example in
//! both languages and both colour schemes, plus a portfolio and hostile text, and
//! `tests/browser/check.mjs` measures each page through the DevTools protocol.
//!
//! Needs Chromium and the driver (`.ci/browser-tests` installs both and runs this test), so
//! it is ignored by a plain `cargo test`, which lists it as ignored with the reason, and
//! runs with `--ignored` only when `CJM_BROWSER_TESTS=1` says the browser is there.
//! `CJM_SCREENSHOTS=1` also writes the screenshots under `docs/`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{repo_root, report, scored_points};
use serde_json::{Value, json};

const EXAMPLES: [&str; 3] = [
    "analytics-saas-b2b",
    "dental-clinic.ru",
    "furniture-store.ru",
];
const HOSTILE: &str = "tests/fixtures/report/hostile-html.cjm.yaml";

fn enabled(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|value| value == "1")
}

struct Case {
    name: String,
    file: PathBuf,
    /// Per map: the stages and the touchpoints with a score, and the segment lines.
    expected: Vec<(usize, usize, usize)>,
    /// The maps in the page.
    maps: usize,
    screenshot: Option<PathBuf>,
}

fn expected_points(args: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let report: Value = serde_json::from_str(&report(&all)).unwrap();
    report["maps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|map| {
            let (stages, touchpoints) = scored_points(map);
            (
                stages,
                touchpoints,
                map["segment_curves"].as_array().unwrap().len(),
            )
        })
        .collect()
}

fn case(dir: &Path, name: &str, args: &[&str], screenshot: Option<PathBuf>) -> Case {
    format_case(dir, name, "html", args, screenshot)
}

fn format_case(
    dir: &Path,
    name: &str,
    format: &str,
    args: &[&str],
    screenshot: Option<PathBuf>,
) -> Case {
    let file = dir.join(format!("{name}.{format}"));
    let mut all = args.to_vec();
    all.extend(["--format", format]);
    std::fs::write(&file, report(&all)).unwrap();
    let expected = expected_points(args);
    Case {
        name: name.to_owned(),
        file,
        maps: expected.len(),
        expected,
        screenshot,
    }
}

#[test]
#[ignore = "needs Chromium: run .ci/browser-tests (CJM_BROWSER_TESTS=1)"]
fn pages_render_in_chromium() {
    if !enabled("CJM_BROWSER_TESTS") {
        println!("skipped: set CJM_BROWSER_TESTS=1 (or run .ci/browser-tests) to test in Chromium");
        return;
    }
    let driver = repo_root().join("tests/browser");
    assert!(
        driver.join("node_modules/puppeteer-core").is_dir(),
        "the driver is not installed: run .ci/browser-tests"
    );
    let dir = tempfile::tempdir().unwrap();
    let mut cases = Vec::new();
    for example in EXAMPLES {
        let path = format!("examples/{example}.cjm.yaml");
        let native = if example.ends_with(".ru") { "ru" } else { "en" };
        for lang in ["en", "ru"] {
            let screenshot = (enabled("CJM_SCREENSHOTS") && lang == native)
                .then(|| repo_root().join(format!("docs/{example}.png")));
            let name = format!("{example}.{lang}");
            cases.push(case(
                dir.path(),
                &name,
                &[&path, "--lang", lang],
                screenshot,
            ));
        }
    }
    for lang in ["en", "ru"] {
        cases.push(case(
            dir.path(),
            &format!("portfolio.{lang}"),
            &["examples", "--lang", lang],
            None,
        ));
    }
    cases.push(case(dir.path(), "hostile", &[HOSTILE], None));
    cases.push(format_case(
        dir.path(),
        "curves",
        "svg",
        &["examples", "--lang", "ru"],
        None,
    ));
    cases.push(format_case(
        dir.path(),
        "hostile-curve",
        "svg",
        &[HOSTILE],
        None,
    ));

    let manifest = json!({
        "chromium": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned()),
        "pages": cases.iter().map(|case| json!({
            "name": case.name,
            "file": case.file,
            "screenshot": case.screenshot,
        })).collect::<Vec<_>>(),
    });
    let manifest_path = dir.path().join("manifest.json");
    std::fs::write(&manifest_path, manifest.to_string()).unwrap();
    let output = Command::new("node")
        .current_dir(&driver)
        .arg("check.mjs")
        .arg(&manifest_path)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "the driver failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let results: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(results.len(), cases.len() * 2, "every page in both schemes");

    for result in &results {
        let name = result["name"].as_str().unwrap();
        let scheme = result["scheme"].as_str().unwrap();
        let case = cases.iter().find(|case| case.name == name).unwrap();
        let at = format!("{name} ({scheme})");
        assert_eq!(result["problems"], json!([]), "{at}");
        assert_eq!(result["overflows"], json!([]), "{at}: text out of its lane");
        assert_eq!(result["sorting"], json!([]), "{at}: the index sorts");
        let total = |key: &str| result["points"][key].as_u64().unwrap() as usize;
        let points = (total("stage"), total("touchpoint"));
        let expected_points = case
            .expected
            .iter()
            .fold((0, 0), |(s, t), &(stages, touchpoints, _)| {
                (s + stages, t + touchpoints)
            });
        assert_eq!(
            points, expected_points,
            "{at}: points of the whole document"
        );
        if case.file.extension().is_some_and(|ext| ext == "svg") {
            continue;
        }
        let curves: Vec<(usize, usize, usize)> = result["curves"]
            .as_array()
            .unwrap()
            .iter()
            .map(|curve| {
                let count = |key: &str| curve[key].as_u64().unwrap() as usize;
                (
                    count("stage_points"),
                    count("touchpoint_points"),
                    count("segment_lines"),
                )
            })
            .collect();
        assert_eq!(
            curves, case.expected,
            "{at}: one point per stage and touchpoint"
        );
        if name != "hostile" {
            assert_eq!(
                result["scrolls_sideways"], false,
                "{at}: the lanes fit 1600 px"
            );
        }
        let background = result["background"].as_str().unwrap();
        let dark = background == "rgb(22, 24, 29)";
        assert_eq!(dark, scheme == "dark", "{at}: {background}");
        if scheme == "light" {
            assert_eq!(result["print_overflows"], json!([]), "{at}: in print");
            let a3 = result["a3_pages"].as_u64().unwrap() as usize;
            let a4 = result["a4_pages"].as_u64().unwrap() as usize;
            // A map takes at most three A3 pages (header and segments, the lanes, then the
            // channel matrix, evidence and sources), and each map starts a page of its own.
            if name != "hostile" {
                assert!(
                    (case.maps..=3 * case.maps + 1).contains(&a3),
                    "{at}: {a3} A3 pages for {} maps",
                    case.maps
                );
            }
            assert!(a4 >= a3, "{at}: A4 {a4} pages, A3 {a3}");
        }
    }
}
