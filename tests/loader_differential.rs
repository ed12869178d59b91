//! The loader on granit-parser's events against the serde-saphyr loader it replaced: on the
//! whole vendored yaml-test-suite, every fixture, the examples, a generated corpus and a set
//! of edge cases, both give the same tree node for node, spans included, or the same failure
//! (rule, span, message and help). The decoder reads only that tree, so the findings of a
//! file are the same too.
//!
//! Keep this test until the serde-saphyr loader (`yaml::parse_with_serde_saphyr`) is removed.

mod common;

use std::path::{Path, PathBuf};

use cjm::map::loader_comparison::difference;

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(dir)
        .standard_filters(false)
        .build()
        .filter_map(Result::ok)
        .map(ignore::DirEntry::into_path)
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml" || extension == "yml")
        })
        .collect();
    files.sort();
    files
}

fn assert_same(inputs: impl IntoIterator<Item = (String, String)>) -> usize {
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, text) in inputs {
        count += 1;
        if let Some(difference) = difference(&text) {
            failures.push(format!("{name}:\n{text:?}\n{difference}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} inputs differ:\n\n{}",
        failures.len(),
        failures
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    count
}

fn read_all(files: Vec<PathBuf>) -> Vec<(String, String)> {
    files
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            Some((path.display().to_string(), text))
        })
        .collect()
}

/// Prefixes ending at line breaks (up to 100 a file, spread evenly): each cut leaves an
/// unclosed structure or a document that ends early, which exercises the failure paths.
fn cuts(inputs: &[(String, String)]) -> Vec<(String, String)> {
    inputs
        .iter()
        .flat_map(|(name, text)| {
            let breaks: Vec<usize> = text.match_indices('\n').map(|(at, _)| at).collect();
            let step = breaks.len().div_ceil(100).max(1);
            breaks
                .into_iter()
                .step_by(step)
                .map(move |at| (format!("{name} cut at {at}"), text[..at].to_owned()))
        })
        .collect()
}

#[test]
fn the_yaml_test_suite_loads_the_same() {
    let inputs = read_all(
        yaml_files(&common::repo_root().join("tests/yaml-test-suite"))
            .into_iter()
            .filter(|path| path.file_name().is_some_and(|name| name == "in.yaml"))
            .collect(),
    );
    assert_eq!(inputs.len(), 402);
    assert_same(inputs.clone());
    assert_same(cuts(&inputs));
}

#[test]
fn fixtures_and_examples_load_the_same() {
    let root = common::repo_root();
    let mut files = yaml_files(&root.join("tests/fixtures"));
    files.extend(yaml_files(&root.join("examples")));
    let inputs = read_all(files);
    assert!(inputs.len() >= 40, "{} inputs", inputs.len());
    assert_same(inputs.clone());
    assert_same(cuts(&inputs));
}

/// The benchmark's generator, or the corpus named by `CJM_DIFFERENTIAL_CORPUS` (a
/// directory of maps) for a longer run.
#[test]
fn a_generated_corpus_loads_the_same() {
    let generated = tempfile::tempdir().unwrap();
    let dir = match std::env::var_os("CJM_DIFFERENTIAL_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let status = std::process::Command::new("python3")
                .arg(common::repo_root().join("benches/generate_corpus.py"))
                .args(["--maps", "150", "--out"])
                .arg(generated.path())
                .stdout(std::process::Stdio::null())
                .status()
                .expect("python3 runs the corpus generator");
            assert!(status.success());
            generated.path().to_owned()
        }
    };
    let count = assert_same(read_all(yaml_files(&dir)));
    assert!(count >= 150, "{count} maps");
}

#[test]
fn edge_cases_load_the_same() {
    let deep = |n: usize| "[".repeat(n) + &"]".repeat(n);
    let deep_block = |n: usize| {
        (0..n)
            .map(|level| format!("{}k{level}:\n", "  ".repeat(level)))
            .collect::<String>()
            + &"  ".repeat(n)
            + "x\n"
    };
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (previous, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
        let items = vec![format!("*{previous}"); 9].join(", ");
        bomb.push_str(&format!("{name}: &{name} [{items}]\n"));
    }
    let cases: Vec<String> = [
        "",
        "   \n",
        "# only a comment\n",
        "---\n",
        "--- |\n  text\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n---\n",
        "a: 1\n...\n",
        "a: 1\n...\n---\nb: 2\n",
        "---\na: 1\n--- \n",
        "a: yes\nb: No\nc: on\nd: TRUE\ne: False\n",
        "n: [~, null, Null, NULL, '', \"\", '~']\n",
        "i: [0, -0, +7, 012, -012, 0x1F, 0X1F, 0o17, 0O17, 0b101, 0B1, 1_000, _1, 1__0]\n",
        "big: [9223372036854775807, 9223372036854775808, 18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809]\n",
        "f: [1.5, .5, 5., -1.5e3, 1E5, 1e999, -1e999, .nan, .NaN, -.nan, +.nan, .inf, -.Inf, +.INF, inf, nan, infinity]\n",
        "t: [!!str 12, !!int '12', !!int -3, !!float '1', !!bool true, !!null x, ! 12, !custom 12, !!binary aGk=]\n",
        "t: !!int x\n",
        "t: !!int -x\n",
        "t: !!float x\n",
        "t: !!float .nan\n",
        "t: !!float -.nan\n",
        "t: !!bool yes\n",
        "t: !!timestamp 2001-12-14\n",
        "t: !!seq x\n",
        "t: !!map x\n",
        "t: !!str [a]\n",
        "t: !!map [a]\n",
        "t: !!seq {a: 1}\n",
        "t: !!seq [a]\n",
        "t: !time 12\n",
        "t: !include x\n",
        "t: !include [x]\n",
        "t: !!include {a: 1}\n",
        "t: !include#frag {a: 1}\n",
        "!!include \n?",
        "t: !!merge {a: 1}\n",
        "t: !!value [a]\n",
        "t: !!merge x\n",
        "%TAG !e! tag:example.com,2000:\n---\nt: !e!x 1\n",
        "%TAG !! tag:example.com,2000:\n---\nt: !!int 1\n",
        "t: !<tag:yaml.org,2002:str> 1\n",
        "base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n",
        "base: &b {x: 1}\nother: &o {x: 2, z: 3}\nm:\n  <<: [*b, *o]\n  w: 0\n",
        "m:\n  <<: {a: 1, a: 2}\n  b: 2\n",
        "m:\n  <<: [{a: 1}, {a: 2, b: 3}]\n",
        "m:\n  <<:\n  a: 1\n",
        "m:\n  <<: 1\n",
        "m:\n  <<: [1]\n",
        "m:\n  <<: [{a: 1}, x]\n",
        "m:\n  <<: [~, {z: 1}]\n",
        "m:\n  <<: [{z: 1}, ]\n",
        "m:\n  <<: [!!nulbl , {z: 1}]\n",
        "m:\n  <<: [!!null , {z: 1}]\n",
        "m:\n  <<: [!custom x, {z: 1}]\n",
        "m:\n  <<:\n    -\n    - {z: 1}\n",
        "m:\n  <<: [[{a: 1}, ~], {b: 2}]\n",
        "m:\n  <<: [[{a: 1}, x], {b: 2}]\n",
        "m:\n  <<: [[[{a: 1}]], [], {a: 2}]\n",
        "l: &l [{a: 1}, [{b: 2}]]\nm:\n  <<: [*l, {c: 3}]\n",
        "l: &l [{a: 1}, [x]]\nm:\n  <<: [{c: 3}, *l]\n",
        "n: &n ~\nm:\n  <<: [*n, {c: 3}]\n",
        "m:\n  <<: !!float z\n",
        "m:\n  <<: [!!int x]\n",
        "m:\n  <<: !!bool yes\n",
        "m:\n  <<: !!null x\n",
        "m:\n  <<: !!timestamp 2001-12-14\n",
        "m:\n  <<: !!seq x\n",
        "m:\n  '<<': {a: 1}\n",
        "m:\n  !!merge <<: {a: 1}\n",
        "m:\n  <<: {a: 1}\n  <<: {b: 2}\n",
        "m:\n  <<: {a: *x}\n",
        "x: &x 1\nm:\n  <<: {a: *x}\n",
        "s: &s <<\nm:\n  *s : {a: 1}\n",
        "a: &a [1, 2]\nb: *a\nc: &c {k: *a}\nd: *c\n",
        "a: &a\n  - b: &b {c: 1}\n  - *b\nd: *a\n",
        "a: *unknown\n",
        "a: &a [*a]\n",
        "a: &a {b: *a}\n",
        "&a a: *a\n",
        "a: 1\na: 2\n",
        "? [a, b]\n: 1\n? {a: 1}\n: 2\n",
        "a: \"unclosed\n",
        "a: [1, 2\n",
        "a: {b: 1\n",
        "a:\n\t- b\n",
        "a: b: c\n",
        "a:\n  - b\n  c: d\n",
        "title: \"Кэшбэк \"5 %\" на всё\"\n",
        "goals: [\"Сравнить цены]\nnext: 1\n",
        "name: \"Оценка\nnext: 1\n",
        "- a\n- b\n  - c\n",
        "a: |\n  x\n b: 1\n",
        "\u{feff}a: 1\n",
        "a: 1\r\nb: [x,\r\n  y]\r\n",
        "a: 'it''s'\nb: \"\\u0416\\t\"\nc: >\n  folded\n  text\n",
        "a: !!binary |\n  aGVsbG8=\n",
        &deep(32),
        &deep(33),
        &deep(5000),
        &deep_block(31),
        &deep_block(32),
        &deep_block(40),
        &bomb,
    ]
    .iter()
    .map(|case| case.to_string())
    .collect();
    assert_same(
        cases
            .into_iter()
            .enumerate()
            .map(|(index, text)| (format!("case {index}"), text)),
    );
}
