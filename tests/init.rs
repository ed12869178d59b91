//! `cjm init` end to end: every template in both languages validates clean, the refusals,
//! the owner from git, and no waiting for input without a terminal.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{TODAY, cjm, stderr, stdout};

/// `cjm init` in `dir` with no terminal, and with a git configuration of our own (`name`),
/// so neither the machine's git identity nor its standard input can reach the test.
fn init_in(dir: &Path, git_name: Option<&str>, args: &[&str]) -> std::process::Output {
    let git_config = dir.join("test.gitconfig");
    let config = git_name.map_or(String::new(), |name| format!("[user]\n\tname = {name}\n"));
    fs::write(&git_config, config).unwrap();
    cjm()
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", &git_config)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .arg("init")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn validate(dir: &Path, file: &str) -> (bool, String) {
    let output = cjm()
        .current_dir(dir)
        .args(["validate", "--strict", file])
        .output()
        .unwrap();
    (output.status.success(), stdout(&output))
}

#[test]
fn every_template_in_both_languages_validates_clean() {
    let dir = tempfile::tempdir().unwrap();
    for template in ["seed5", "classic", "b2b"] {
        for lang in ["en", "ru"] {
            let file = format!("{template}-{lang}.cjm.yaml");
            let output = init_in(
                dir.path(),
                None,
                &[&file, "--template", template, "--lang", lang],
            );
            assert!(output.status.success(), "{}", stderr(&output));
            let (clean, report) = validate(dir.path(), &file);
            assert!(clean, "{file}: {report}");
            assert!(
                report.ends_with("Checked 1 file: 0 errors, 0 warnings, 0 infos.\n"),
                "{file}: {report}"
            );
        }
    }
}

#[test]
fn a_russian_seed5_map() {
    let dir = tempfile::tempdir().unwrap();
    let output = init_in(
        dir.path(),
        Some("Анна Петрова"),
        &[
            "shop.cjm.yaml",
            "--template",
            "seed5",
            "--lang",
            "ru",
            "--title",
            "Покупка \"шкафа\"",
        ],
    );
    assert_eq!(
        stdout(&output),
        "Wrote shop.cjm.yaml: template seed5 (ru), 5 stages, 1 segment.\n\
         Next: replace every <placeholder>, then run `cjm validate shop.cjm.yaml`.\n"
    );
    let text = fs::read_to_string(dir.path().join("shop.cjm.yaml")).unwrap();
    insta::assert_snapshot!(text);
}

#[test]
fn an_english_b2b_map_with_its_segments() {
    let dir = tempfile::tempdir().unwrap();
    init_in(
        dir.path(),
        None,
        &["deal.cjm.yaml", "--template", "b2b", "--owner", "Sales ops"],
    );
    let text = fs::read_to_string(dir.path().join("deal.cjm.yaml")).unwrap();
    insta::assert_snapshot!(text);
}

#[test]
fn the_first_line_points_editors_at_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    init_in(dir.path(), None, &["--template", "classic"]);
    init_in(
        dir.path(),
        None,
        &["local.cjm.yaml", "--schema", "./cjm-map.schema.json"],
    );
    let first_line = |file: &str| {
        let text = fs::read_to_string(dir.path().join(file)).unwrap();
        text.lines().next().unwrap().to_owned()
    };
    assert_eq!(
        first_line("journey.cjm.yaml"),
        format!("# yaml-language-server: $schema={}", cjm::map::SCHEMA_ID)
    );
    assert_eq!(
        first_line("local.cjm.yaml"),
        "# yaml-language-server: $schema=./cjm-map.schema.json"
    );
}

#[test]
fn owner_comes_from_the_flag_then_git_then_a_placeholder() {
    let dir = tempfile::tempdir().unwrap();
    let owner_line = |file: &str| {
        let text = fs::read_to_string(dir.path().join(file)).unwrap();
        text.lines()
            .find(|line| line.starts_with("owner:"))
            .unwrap()
            .to_owned()
    };
    init_in(
        dir.path(),
        Some("Git Name"),
        &["a.cjm.yaml", "--owner", "Флаг"],
    );
    init_in(dir.path(), Some("Иван Git"), &["b.cjm.yaml"]);
    init_in(dir.path(), None, &["c.cjm.yaml", "--lang", "ru"]);
    assert_eq!(owner_line("a.cjm.yaml"), "owner: \"Флаг\"");
    assert_eq!(owner_line("b.cjm.yaml"), "owner: \"Иван Git\"");
    assert_eq!(
        owner_line("c.cjm.yaml"),
        "owner: \"<Человек или команда, отвечающие за карту>\""
    );
}

#[test]
fn reviewed_is_the_overridable_today() {
    let dir = tempfile::tempdir().unwrap();
    init_in(dir.path(), None, &["a.cjm.yaml"]);
    init_in(dir.path(), None, &["b.cjm.yaml", "--today", "2026-01-31"]);
    let text = |file: &str| fs::read_to_string(dir.path().join(file)).unwrap();
    assert!(text("a.cjm.yaml").contains(&format!("\nreviewed: {TODAY}\n")));
    assert!(text("b.cjm.yaml").contains("\nreviewed: 2026-01-31\n"));
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.cjm.yaml");
    fs::write(&path, "# my work\n").unwrap();
    let refused = init_in(dir.path(), None, &[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("`journey.cjm.yaml` already exists"));
    assert!(stderr(&refused).contains("pass --force to replace it"));
    assert_eq!(fs::read_to_string(&path).unwrap(), "# my work\n");
    let forced = init_in(dir.path(), None, &["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .starts_with("# yaml-language-server")
    );
}

#[test]
fn a_name_the_walk_would_skip_needs_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let refused = init_in(dir.path(), None, &["journey.yaml"]);
    assert_eq!(refused.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&refused));
    assert!(!dir.path().join("journey.yaml").exists());
    let written = init_in(dir.path(), None, &["journey.yaml", "--any-name"]);
    assert!(written.status.success(), "{}", stderr(&written));
    let (clean, report) = validate(dir.path(), "journey.yaml");
    assert!(clean, "{report}");
}

#[test]
fn the_configurations_include_globs_decide_what_the_walk_picks_up() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join(".cjm.yaml"),
        "include: [\"maps/**/*.yaml\"]\n",
    )
    .unwrap();
    fs::create_dir(dir.path().join("maps")).unwrap();
    assert!(
        init_in(dir.path(), None, &["maps/shop.yaml"])
            .status
            .success()
    );
    assert_eq!(
        init_in(dir.path(), None, &["shop.cjm.yaml"]).status.code(),
        Some(2)
    );
}

#[test]
fn list_describes_the_templates() {
    let dir = tempfile::tempdir().unwrap();
    let output = init_in(dir.path(), None, &["--list"]);
    assert!(output.status.success());
    insta::assert_snapshot!(stdout(&output));
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the git config"
    );
}

/// Without a terminal and without --template, `cjm init` takes the defaults at once.
#[test]
fn without_a_terminal_it_never_waits() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = cjm()
        .current_dir(dir.path())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .arg("init")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Standard input stays open and empty: a prompt would wait here for ever.
    let _keep_open = child.stdin.take();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("template seed5 (en)"));
}

#[test]
fn a_missing_directory_is_a_write_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = init_in(dir.path(), None, &["no/such/dir/shop.cjm.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot write `no/such/dir/shop.cjm.yaml`"));
}

/// The questions, answered through a pseudo-terminal as a person would.
#[cfg(unix)]
mod terminal {
    use super::*;
    use rexpect::session::spawn_command;

    fn session(dir: &Path) -> rexpect::session::PtySession {
        let mut command = Command::new(insta_cmd::get_cargo_bin("cjm"));
        command
            .current_dir(dir)
            .env("CJM_TODAY", TODAY)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env("GIT_CONFIG_GLOBAL", dir.join("test.gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .arg("init")
            .arg("asked.cjm.yaml");
        fs::write(dir.join("test.gitconfig"), "[user]\n\tname = Git User\n").unwrap();
        // The timeout only bounds a broken test; nothing here asserts on time.
        spawn_command(command, Some(30_000)).unwrap()
    }

    const DOWN: &str = "\x1b[B";

    #[test]
    fn the_answers_make_the_map() {
        let dir = tempfile::tempdir().unwrap();
        let mut pty = session(dir.path());
        pty.exp_string("Language").unwrap();
        pty.send(DOWN).unwrap();
        pty.send_line("").unwrap();
        pty.exp_string("Template").unwrap();
        pty.send(DOWN).unwrap();
        pty.send(DOWN).unwrap();
        pty.send_line("").unwrap();
        pty.exp_string("Title").unwrap();
        pty.send_line("Подключение клиники").unwrap();
        pty.exp_string("Owner").unwrap();
        pty.send_line("").unwrap();
        pty.exp_string("Segments").unwrap();
        pty.send_line("Главврач, Администратор").unwrap();
        pty.exp_string("Wrote asked.cjm.yaml: template b2b (ru), 5 stages, 2 segments.")
            .unwrap();
        pty.exp_eof().unwrap();
        let text = fs::read_to_string(dir.path().join("asked.cjm.yaml")).unwrap();
        assert!(text.contains("title: \"Подключение клиники\"\n"));
        assert!(text.contains("owner: \"Git User\"\n"));
        assert!(text.contains("  - id: \"главврач\"\n    name: \"Главврач\"\n"));
        assert!(text.contains("  - id: \"администратор\"\n    name: \"Администратор\"\n"));
        assert!(text.contains("    name: \"Договор\"\n"));
        let (clean, report) = validate(dir.path(), "asked.cjm.yaml");
        assert!(clean, "{report}");
    }

    #[test]
    fn enter_throughout_takes_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let mut pty = session(dir.path());
        for question in ["Language", "Template", "Title", "Owner", "Segments"] {
            pty.exp_string(question).unwrap();
            pty.send_line("").unwrap();
        }
        pty.exp_string("template seed5 (en), 5 stages, 1 segment")
            .unwrap();
        pty.exp_eof().unwrap();
        let text = fs::read_to_string(dir.path().join("asked.cjm.yaml")).unwrap();
        assert!(text.contains("owner: \"Git User\"\n"));
        assert!(text.contains("    name: \"Awareness\"\n"));
    }
}
