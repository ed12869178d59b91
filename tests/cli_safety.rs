//! What `cjm` must never do, whatever its arguments and wherever its output goes: replace a
//! map with a report, replace a device or a FIFO with a plain file, let a closed pipe or an
//! unwritable standard error change the exit status or panic, leave a temporary file behind
//! when interrupted, or let text from a map drive the terminal.
#![cfg(unix)]

mod common;

use std::fs;
use std::io::{self, Read};
use std::os::unix::fs::FileTypeExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::{cjm, fixtures, repo_root, run_in, stderr, stdout};

/// The exit status `cjm` has when it panics.
const PANIC: i32 = 101;

/// A directory holding the clean fixture map as `maps/shop.cjm.yaml`, and `docs/old.md`.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("maps")).unwrap();
    fs::create_dir_all(dir.path().join("docs")).unwrap();
    fs::copy(
        fixtures().join("rules/clean.cjm.yaml"),
        dir.path().join("maps/shop.cjm.yaml"),
    )
    .unwrap();
    fs::write(dir.path().join("docs/old.md"), "# Old report\n").unwrap();
    dir
}

fn clean_map() -> Vec<u8> {
    fs::read(fixtures().join("rules/clean.cjm.yaml")).unwrap()
}

/// The names in `dir` that are temporary files of `cjm`.
fn temporary_files(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".cjm-")
        })
        .collect()
}

/// Runs `cjm` with standard output and standard error redirected to `/dev/full`, as far as
/// `stdout_full` and `stderr_full` say.
fn run_full(dir: &Path, args: &[&str], stdout_full: bool, stderr_full: bool) -> Output {
    let full = || {
        Stdio::from(
            fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
    };
    let mut command = cjm();
    command.current_dir(dir).args(args).stdin(Stdio::null());
    command.stdout(if stdout_full { full() } else { Stdio::piped() });
    command.stderr(if stderr_full { full() } else { Stdio::piped() });
    command.output().unwrap()
}

/// Runs `cjm` with standard output (or standard error) a pipe whose reader has gone.
fn run_into_closed_pipe(dir: &Path, args: &[&str], closed_stderr: bool) -> Output {
    let (reader, writer) = io::pipe().unwrap();
    drop(reader);
    let mut command = cjm();
    command.current_dir(dir).args(args).stdin(Stdio::null());
    if closed_stderr {
        command.stderr(writer).stdout(Stdio::null());
    } else {
        command.stdout(writer).stderr(Stdio::piped());
    }
    command.output().unwrap()
}

// Item 1: `report -o` never replaces a map or any file the run reads.

#[test]
fn report_output_never_replaces_a_map_or_a_file_being_read() {
    let dir = project();
    fs::write(dir.path().join(".cjm.yaml"), "max_age: 6 months\n").unwrap();
    std::os::unix::fs::symlink("maps/shop.cjm.yaml", dir.path().join("link.md")).unwrap();
    let cases: [&[&str]; 7] = [
        // The same file.
        &["report", "maps/shop.cjm.yaml", "-o", "maps/shop.cjm.yaml"],
        // Another spelling of it.
        &[
            "report",
            "maps/shop.cjm.yaml",
            "-o",
            "./maps/../maps/shop.cjm.yaml",
        ],
        // A map inside the reported directory.
        &["report", "maps", "-o", "maps/shop.cjm.yaml"],
        // Swapped arguments: the map is not read, but it is a map.
        &["report", "-o", "maps/shop.cjm.yaml", "docs/old.md"],
        // A link to a map.
        &["report", "maps", "-o", "link.md"],
        // The configuration file.
        &["report", "maps", "-o", ".cjm.yaml"],
        // A file named on the command line.
        &["report", "maps", "docs/old.md", "-o", "docs/old.md"],
    ];
    let mut messages = String::new();
    for args in cases {
        let output = run_in(dir.path(), args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "{args:?}");
        messages.push_str(&format!("$ cjm {}\n{}\n", args.join(" "), stderr(&output)));
        assert_eq!(
            fs::read(dir.path().join("maps/shop.cjm.yaml")).unwrap(),
            clean_map()
        );
        assert_eq!(
            fs::read_to_string(dir.path().join(".cjm.yaml")).unwrap(),
            "max_age: 6 months\n"
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("docs/old.md")).unwrap(),
            "# Old report\n"
        );
        for sub in ["", "maps", "docs"] {
            assert!(
                temporary_files(&dir.path().join(sub)).is_empty(),
                "{args:?}"
            );
        }
    }
    insta::assert_snapshot!(messages);
}

#[test]
fn a_map_excluded_from_the_run_is_still_never_replaced() {
    let dir = project();
    fs::write(dir.path().join(".cjm.yaml"), "exclude: [\"maps/**\"]\n").unwrap();
    let output = run_in(
        dir.path(),
        &["report", "docs/old.md", "-o", "maps/shop.cjm.yaml"],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("a map file by `include`"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        fs::read(dir.path().join("maps/shop.cjm.yaml")).unwrap(),
        clean_map()
    );
}

#[test]
fn report_output_may_go_beside_the_maps() {
    let dir = project();
    let output = run_in(dir.path(), &["report", "maps", "-o", "maps/README.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let written = fs::read_to_string(dir.path().join("maps/README.md")).unwrap();
    assert!(written.starts_with("# "), "{written}");
    assert_eq!(
        fs::read(dir.path().join("maps/shop.cjm.yaml")).unwrap(),
        clean_map()
    );
}

// Item 2: a device or a FIFO is written to, never renamed over.

#[test]
fn report_to_dev_null_keeps_dev_null_a_device() {
    let dir = project();
    let output = run_in(dir.path(), &["report", "maps", "-o", "/dev/null"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

fn make_fifo(path: &Path) {
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .unwrap();
}

#[test]
fn report_to_a_fifo_reaches_its_reader() {
    let dir = project();
    let fifo = dir.path().join("report.fifo");
    make_fifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read(fifo).unwrap())
    };
    let output = run_in(dir.path(), &["report", "maps", "-o", "report.fifo"]);
    // Checked first: a FIFO replaced by a file would leave the reader waiting for ever.
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let received = reader.join().unwrap();
    let expected = run_in(dir.path(), &["report", "maps"]).stdout;
    assert_eq!(received, expected);
    assert!(temporary_files(dir.path()).is_empty());
}

#[test]
fn a_fifo_reader_that_leaves_early_does_not_change_the_exit_status() {
    let dir = project();
    let fifo = dir.path().join("report.fifo");
    make_fifo(&fifo);
    // Opens the FIFO, which lets `cjm` open it, and closes it before the report is written.
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || drop(fs::File::open(fifo).unwrap()))
    };
    let output = run_in(dir.path(), &["report", "maps", "-o", "report.fifo"]);
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    reader.join().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

// Item 3: a closed pipe stops the output, never changes the exit status.

#[test]
fn a_closed_pipe_keeps_the_exit_status_the_findings_decide() {
    let rules = fixtures().join("rules");
    let cases: [(&[&str], i32); 7] = [
        (&["validate", "missing-key.cjm.yaml"], 1),
        (&["validate", "missing-key.cjm.yaml", "--format", "json"], 1),
        (&["validate", "clean.cjm.yaml"], 0),
        (&["report", "missing-key.cjm.yaml"], 1),
        (&["rules"], 0),
        (&["config", "--no-config"], 0),
        (&["schema", "--report"], 0),
    ];
    for (args, expected) in cases {
        let output = run_into_closed_pipe(&rules, args, false);
        assert_eq!(
            output.status.code(),
            Some(expected),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_eq!(stderr(&output), "", "{args:?}");
    }
}

// Item 4: an unwritable standard output or error never panics.

#[test]
fn an_unwritable_standard_error_never_panics() {
    let dir = project();
    fs::create_dir(dir.path().join("empty")).unwrap();
    let cases: [(&[&str], bool, i32); 8] = [
        // No map found: an error that stops the run.
        (&["validate", "empty"], false, 2),
        // A usage error, and clap's help.
        (&["validate", "--no-such-flag"], false, 2),
        (&["--help"], true, 0),
        (&["--version"], true, 0),
        // An error that stops the run.
        (&["validate", "no-such-dir"], false, 2),
        (&["validate", "no-such-dir"], true, 2),
        // Output that cannot be written is an error, which cannot be shown either.
        (&["validate", "maps"], true, 2),
        (&["report", "maps"], true, 2),
    ];
    for (args, stdout_full, expected) in cases {
        let output = run_full(dir.path(), args, stdout_full, true);
        assert_ne!(output.status.code(), Some(PANIC), "{args:?}");
        assert_eq!(output.status.code(), Some(expected), "{args:?}");
    }
}

#[test]
fn stats_into_a_closed_pipe_keep_the_exit_status() {
    let rules = fixtures().join("rules");
    let args = [
        "validate",
        "missing-key.cjm.yaml",
        "--format",
        "json",
        "--stats",
    ];
    let output = run_into_closed_pipe(&rules, &args, true);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn output_that_cannot_be_written_is_named_once() {
    let dir = project();
    let output = run_full(dir.path(), &["validate", "maps"], true, false);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output), @"  × cannot write the output: No space left on device (os error 28)");
}

// Item 5: an interrupted `report -o` leaves no temporary file.

/// A portfolio large enough that checking it outlasts the time a test takes to react.
fn large_portfolio(dir: &Path) {
    let maps = dir.join("maps");
    fs::create_dir_all(&maps).unwrap();
    let examples: Vec<PathBuf> = fs::read_dir(repo_root().join("examples"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".cjm.yaml"))
        .collect();
    for copy in 0..40 {
        for example in &examples {
            let name = format!("{copy}-{}", example.file_name().unwrap().to_string_lossy());
            fs::copy(example, maps.join(name)).unwrap();
        }
    }
}

fn interrupted_report_leaves_no_temporary_file(signal: rustix::process::Signal) {
    let dir = tempfile::tempdir().unwrap();
    large_portfolio(dir.path());
    let out = dir.path().join("out");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("report.md"), "old report").unwrap();
    let mut child = cjm()
        .current_dir(dir.path())
        .args(["report", "maps", "-o", "out/report.md"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The temporary file exists from the start of the run, while the maps are checked.
    let deadline = Instant::now() + Duration::from_secs(120);
    while temporary_files(&out).is_empty() {
        assert!(Instant::now() < deadline, "no temporary file appeared");
        assert!(
            child.try_wait().unwrap().is_none(),
            "cjm ended before it was interrupted"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    rustix::process::kill_process(rustix::process::Pid::from_child(&child), signal).unwrap();
    let status = child.wait().unwrap();
    // Ended by the signal, as if `cjm` had no handler, so shells and make stop too.
    assert_eq!(status.signal(), Some(signal.as_raw()), "{status:?}");
    assert!(
        temporary_files(&out).is_empty(),
        "{:?}",
        temporary_files(&out)
    );
    assert_eq!(
        fs::read_to_string(out.join("report.md")).unwrap(),
        "old report"
    );
}

#[test]
fn sigterm_during_report_removes_the_temporary_file() {
    interrupted_report_leaves_no_temporary_file(rustix::process::Signal::TERM);
}

#[test]
fn sigint_during_report_removes_the_temporary_file() {
    interrupted_report_leaves_no_temporary_file(rustix::process::Signal::INT);
}

// Item 11: a report printed to a terminal cannot drive it; one written to a file keeps
// the text as it is.

/// The clean map with a title that would set the window title, clear the screen and ring
/// the bell.
fn hostile_map(dir: &Path) -> PathBuf {
    let text = String::from_utf8(clean_map()).unwrap().replace(
        "title: \"Покупка шкафа\"",
        r#"title: "Покупка \e]0;pwned\a\e[2J шкафа""#,
    );
    let path = dir.join("hostile.cjm.yaml");
    fs::write(&path, text).unwrap();
    path
}

/// Runs `cjm` with standard output on a pseudo-terminal and returns what it printed there.
fn run_on_terminal(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    let controller = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    grantpt(&controller).unwrap();
    unlockpt(&controller).unwrap();
    let name = ptsname(&controller, Vec::new()).unwrap();
    let terminal = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name.to_str().unwrap())
        .unwrap();
    let mut command = cjm();
    command
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .stdout(terminal);
    let mut child = command.spawn().unwrap();
    // The child holds the only other end now: reading stops when it exits.
    drop(command);
    let mut controller = fs::File::from(controller);
    let mut shown = Vec::new();
    let mut buffer = [0; 4096];
    loop {
        match controller.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(read) => shown.extend_from_slice(&buffer[..read]),
        }
    }
    let status = child.wait().unwrap();
    (status.code(), String::from_utf8(shown).unwrap())
}

#[test]
fn a_report_on_a_terminal_shows_control_characters_escaped() {
    let dir = tempfile::tempdir().unwrap();
    hostile_map(dir.path());
    let (code, shown) = run_on_terminal(dir.path(), &["report", "hostile.cjm.yaml"]);
    assert_eq!(code, Some(0), "{shown}");
    assert!(!shown.contains(['\u{1b}', '\u{7}']), "{shown:?}");
    assert!(
        shown.contains(r"Покупка \u{1b}]0;pwned\u{7}\u{1b}[2J шкафа"),
        "{shown}"
    );
}

#[test]
fn a_report_into_a_file_or_a_pipe_keeps_the_text_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    hostile_map(dir.path());
    let raw = "Покупка \u{1b}]0;pwned\u{7}\u{1b}[2J шкафа";
    let output = run_in(
        dir.path(),
        &["report", "hostile.cjm.yaml", "-o", "report.md"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        fs::read_to_string(dir.path().join("report.md"))
            .unwrap()
            .contains(raw)
    );
    let output = run_in(dir.path(), &["report", "hostile.cjm.yaml"]);
    assert!(stdout(&output).contains(raw));
}

// Item 20: errors show neither miette codes nor an empty `Error:` line.

#[test]
fn configuration_errors_show_no_code_and_no_empty_error_line() {
    let dir = project();
    fs::write(dir.path().join(".cjm.yaml"), "max_age: forever\nrules: 3\n").unwrap();
    let output = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(output.status.code(), Some(2));
    let shown = stderr(&output);
    assert!(!shown.contains("cjm::"), "{shown}");
    assert!(
        !shown.lines().any(|line| line.trim() == "Error:"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
    let output = run_in(dir.path(), &["validate", "--no-config", "no-such-dir"]);
    insta::assert_snapshot!(stderr(&output), @r"
      × cannot read `no-such-dir`: no such file or directory
      help: check the path; directories are searched for *.cjm.yaml and *.cjm.yml files
    ");
}

#[test]
fn write_errors_name_their_cause_once() {
    let dir = project();
    let output = run_in(dir.path(), &["report", "maps", "-o", "missing/report.md"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output), @r"
      × cannot write `missing/report.md`: no such file or directory
      help: check that the directory exists and is writable
    ");
}

// Set-up: README says how to install `cjm`, which everything after the set-up calls.

#[test]
fn readme_gives_the_install_line() {
    let readme = fs::read_to_string(repo_root().join("README.md")).unwrap();
    let setup = readme
        .split("## Set-up")
        .nth(1)
        .unwrap()
        .split("\n## ")
        .next()
        .unwrap();
    assert!(
        setup.contains("\ncargo install --locked --path .\n"),
        "{setup}"
    );
}
