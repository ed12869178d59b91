//! Hostile input: each case gives one clear error finding for its file (exit 1), never a
//! panic, a hang or a stack overflow, and the other files in the run are still checked.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use common::{cjm, fixtures, stdout};

/// A guard against hangs only: every case finishes in well under a second.
const HANG_GUARD: Duration = Duration::from_secs(60);

fn alias_bomb() -> String {
    let mut text = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (previous, name) in "abcdefghi".chars().zip("bcdefghij".chars()) {
        let aliases = vec![format!("*{previous}"); 9].join(", ");
        text.push_str(&format!("{name}: &{name} [{aliases}]\n"));
    }
    text
}

fn cases() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let big_but_plain = format!("title: \"{}\"\n", "x".repeat(5 * 1024 * 1024));
    vec![
        ("empty.cjm.yaml", Vec::new(), "[CJM105]"),
        (
            "only-comments.cjm.yaml",
            b"# nothing here\n\n".to_vec(),
            "[CJM105]",
        ),
        (
            "binary.cjm.yaml",
            (0..=255u8).cycle().take(4096).collect(),
            "[CJM100]",
        ),
        (
            "nul.cjm.yaml",
            b"cjm: 1\0\0\0title: x\n".to_vec(),
            "[CJM100]",
        ),
        ("latin1.cjm.yaml", b"title: caf\xe9\n".to_vec(), "[CJM100]"),
        (
            "utf16.cjm.yaml",
            b"\xff\xfec\0j\0m\0:\0 \x001\0".to_vec(),
            "[CJM100]",
        ),
        (
            "top-level-list.cjm.yaml",
            b"- cjm: 1\n- title: x\n".to_vec(),
            "[CJM106]",
        ),
        (
            "top-level-scalar.cjm.yaml",
            b"just some text\n".to_vec(),
            "[CJM106]",
        ),
        (
            "two-documents.cjm.yaml",
            b"cjm: 1\n---\ncjm: 1\n".to_vec(),
            "[CJM104]",
        ),
        (
            "many-documents.cjm.yaml",
            b"---\na: 1\n".repeat(5000),
            "[CJM104]",
        ),
        ("alias-bomb.cjm.yaml", alias_bomb().into_bytes(), "[CJM103]"),
        (
            "deep-flow.cjm.yaml",
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
            "[CJM103]",
        ),
        (
            "deep-flow-maps.cjm.yaml",
            format!("{}{}", "{a: ".repeat(5_000), "}".repeat(5_000)).into_bytes(),
            "[CJM103]",
        ),
        (
            "deep-block.cjm.yaml",
            (0..3000)
                .map(|depth| format!("{}- a:\n", " ".repeat(depth % 1000)))
                .collect::<String>()
                .into_bytes(),
            "[CJM10",
        ),
        ("too-large.cjm.yaml", big_but_plain.into_bytes(), "[CJM100]"),
        (
            "control-characters.cjm.yaml",
            b"title: \"\x1b[31mred\x07\"\n:\n".to_vec(),
            "[CJM10",
        ),
    ]
}

fn run(dir: &Path, args: &[&str]) -> Output {
    let mut child = cjm()
        .current_dir(dir)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(started.elapsed() < HANG_GUARD, "cjm hangs on {args:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn each_hostile_file_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, code) in cases() {
        fs::write(dir.path().join(name), &bytes).unwrap();
        let output = run(dir.path(), &["validate", name]);
        let text = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {text}");
        assert!(
            text.contains(&format!("─[{name}:")),
            "{name} is not named:\n{text}"
        );
        assert!(text.contains(code), "{name} should report {code}:\n{text}");
        assert!(
            output.stderr.is_empty(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(text.len() < 4000, "{name} printed {} bytes", text.len());
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{name} leaks control characters"
        );
    }
}

#[test]
fn other_files_are_still_checked_beside_hostile_ones() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, _) in cases() {
        fs::write(dir.path().join(name), &bytes).unwrap();
    }
    fs::copy(
        fixtures().join("rules/clean.cjm.yaml"),
        dir.path().join("zz-clean.cjm.yaml"),
    )
    .unwrap();
    fs::copy(
        fixtures().join("rules/stale-map.cjm.yaml"),
        dir.path().join("zz-stale.cjm.yaml"),
    )
    .unwrap();
    let output = run(dir.path(), &["validate", "."]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(text.contains("zz-stale.cjm.yaml:4:11"), "{text}");
    let files = cases().len() + 2;
    assert!(text.contains(&format!("Checked {files} files:")), "{text}");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_on_the_command_line_is_a_finding_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.cjm.yaml"))
        .status()
        .unwrap();
    assert!(made.success());
    let output = run(dir.path(), &["validate", "pipe.cjm.yaml"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("[CJM100]") && text.contains("not a regular file"),
        "{text}"
    );
}

/// The start of a map whose findings come only from what follows it: `stages:` last.
const MAP_HEAD: &str = "cjm: 1\ntitle: T\nowner: O\nreviewed: 2026-10-01\n\
     segments: [{id: s, name: S, who: a, what: b, why: c, when: d, where: e}]\n\
     channels: [{id: c, name: C}]\n";

/// Stage findings that an under-filled stage `{id, name}` gets, one per rule.
const UNDER_FILLED_RULES: &str = "CJM303, CJM304, CJM305, CJM306, CJM307, CJM308";

fn run_on(name: &str, text: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(name), text).unwrap();
    let mut all = vec!["validate"];
    all.extend_from_slice(args);
    all.push(name);
    // Read while it runs: these outputs are larger than a pipe holds.
    stdout(&cjm().current_dir(dir.path()).args(&all).output().unwrap())
}

/// Many findings in one file cost each its own few lines: the human output draws each from
/// an excerpt, never rescanning the file. These are test-sized; benches/bounds.rs times
/// the full-sized cases (10,000 stages, 20,000 keys, 40,000 suppressions).
#[test]
fn under_filled_stages_print_six_bounded_findings_each() {
    let stages: String = (0..1_000)
        .map(|index| format!("  - {{id: s{index}, name: S}}\n"))
        .collect();
    let text = run_on(
        "stages.cjm.yaml",
        &format!("{MAP_HEAD}stages:\n{stages}"),
        &[],
    );
    assert!(
        // The infos: the unused channel, and no trigger on the last stage.
        text.ends_with("Checked 1 file: 0 errors, 6000 warnings, 2 infos.\n"),
        "{}",
        &text[text.len().saturating_sub(300)..]
    );
    let blocks = text.matches("warning[CJM30").count();
    assert_eq!(blocks, 6_000);
    assert!(
        // A block is its header, message, five excerpt lines, the label, the frame and a
        // help of up to two lines, with blank lines between: a fixed size, whatever the file.
        text.lines().count() <= 13 * (blocks + 1),
        "{} lines",
        text.lines().count()
    );
}

#[test]
fn unknown_keys_on_one_long_line_print_narrow_excerpts() {
    let keys: Vec<String> = (0..2_000).map(|index| format!("k{index}: 1")).collect();
    let map = format!(
        "{MAP_HEAD}stages: [{{id: a, name: A, {}}}]\n",
        keys.join(", ")
    );
    let text = run_on("keys.cjm.yaml", &map, &[]);
    assert_eq!(text.matches("error[CJM108]").count(), 2_000);
    let widest = text.lines().map(|line| line.chars().count()).max().unwrap();
    assert!(widest < 300, "a line of {widest} characters");
    assert!(
        text.contains("unknown key `k1999`"),
        "the last key is reported"
    );
}

/// Suppressions on the lines they suppress and on lines of their own, for thousands of
/// stages, leave only the unused channel and the last stage's missing trigger.
#[test]
fn thousands_of_suppressions_each_suppress_their_line() {
    let stages: String = (0..2_000)
        .map(|index| {
            format!(
                "  - {{id: a{index}, name: S}}  # cjm-ignore: {UNDER_FILLED_RULES}\n  \
                 # cjm-ignore: {UNDER_FILLED_RULES} — own line\n  - {{id: b{index}, name: S}}\n"
            )
        })
        .collect();
    let text = run_on(
        "ignores.cjm.yaml",
        &format!("{MAP_HEAD}stages:\n{stages}"),
        &["--format", "concise"],
    );
    assert_eq!(
        text,
        "ignores.cjm.yaml:6:17: info[CJM204] channel `c` is not used by any touchpoint\n\
         ignores.cjm.yaml:6007:10: info[CJM311] stage `b1999` is the last stage and has no \
         trigger: nothing brings the customer back for a repeat purchase\n\
         Checked 1 file: 0 errors, 0 warnings, 2 infos.\n"
    );
}

fn aliased_map() -> String {
    format!(
        "{MAP_HEAD}notes: &big \"{}\"\nstages: [*big, *big, *big]\n",
        "x".repeat(3_000_000)
    )
}

fn block_map() -> String {
    let block: String = (0..40_000)
        .map(|index| format!("  line {index}\n"))
        .collect();
    format!("{MAP_HEAD}stages: |\n{block}")
}

/// One finding with a huge span prints a bounded excerpt in every format, and its message
/// names the limit in words, not in the parser's debug text.
#[test]
fn a_huge_span_prints_a_bounded_excerpt_in_every_format() {
    for (name, map, code) in [
        ("alias.cjm.yaml", aliased_map(), "CJM103"),
        ("block.cjm.yaml", block_map(), "CJM106"),
    ] {
        for format in [
            "human", "concise", "json", "github", "sarif", "junit", "gitlab",
        ] {
            let mut text = run_on(name, &map, &["--format", format]);
            if format == "sarif" {
                // The log carries the rule catalogue; the results are what a map controls.
                let log: serde_json::Value = serde_json::from_str(&text).unwrap();
                text = log["runs"][0]["results"].to_string();
            }
            assert!(text.contains(code), "{name} {format}: {text}");
            assert!(
                text.len() < 4_000 && text.lines().count() < 60,
                "{name} in {format} prints {} bytes, {} lines",
                text.len(),
                text.lines().count()
            );
            assert!(!text.contains("ScalarBytes"), "{name} {format}: {text}");
        }
    }
    let human = run_on("block.cjm.yaml", &block_map(), &[]);
    assert!(human.contains("ends on line 40007"), "{human}");
}
