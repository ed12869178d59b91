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
