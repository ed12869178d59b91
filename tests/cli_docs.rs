//! The documentation generated from the clap definitions: man pages in `docs/man/` kept
//! current, an example in every subcommand's `--help`, and shell completions.
//!
//! After changing a flag or a help text, regenerate the man pages with
//! `CJM_UPDATE_MAN=1 cargo test --test cli_docs`.

mod common;

use std::collections::BTreeSet;
use std::fs;

use cjm::cli::Cli;
use clap::CommandFactory;
use common::{cjm, repo_root, stdout};

#[test]
fn man_pages_are_current() {
    let directory = repo_root().join("docs").join("man");
    let pages = cjm::cli::man_pages().unwrap();
    if std::env::var_os("CJM_UPDATE_MAN").is_some() {
        fs::create_dir_all(&directory).unwrap();
        for (name, page) in &pages {
            let none = cjm::atomic_write::Inputs::none();
            cjm::atomic_write::write_file(&directory.join(name), &none, |out| out.write_all(page))
                .unwrap();
        }
    }
    let expected: BTreeSet<String> = pages.iter().map(|(name, _)| name.clone()).collect();
    let present: BTreeSet<String> = fs::read_dir(&directory)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        present, expected,
        "run CJM_UPDATE_MAN=1 cargo test --test cli_docs"
    );
    for (name, page) in pages {
        let committed = fs::read(directory.join(&name)).unwrap();
        assert!(
            committed == page,
            "docs/man/{name} is out of date: run CJM_UPDATE_MAN=1 cargo test --test cli_docs"
        );
    }
}

#[test]
fn there_is_a_man_page_per_subcommand_with_its_options() {
    let pages = cjm::cli::man_pages().unwrap();
    let names: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "cjm.1",
            "cjm-validate.1",
            "cjm-report.1",
            "cjm-init.1",
            "cjm-review.1",
            "cjm-config.1",
            "cjm-rules.1",
            "cjm-schema.1",
            "cjm-completions.1",
            "cjm-diff.1",
        ]
    );
    let init = String::from_utf8(pages[3].1.clone()).unwrap();
    assert!(init.contains("cjm\\-init"), "{init}");
    assert!(init.contains("\\-\\-template"));
    assert!(init.contains("Examples:"));
}

#[test]
fn every_subcommand_help_shows_an_example() {
    for subcommand in Cli::command().get_subcommands() {
        let name = subcommand.get_name();
        let output = cjm().args([name, "--help"]).output().unwrap();
        let help = stdout(&output);
        assert!(output.status.success(), "{name}");
        let examples = help
            .split_once("Examples:\n")
            .unwrap_or_else(|| panic!("`cjm {name} --help` has no examples:\n{help}"))
            .1;
        assert!(
            examples
                .lines()
                .any(|line| line.trim_start().starts_with(&format!("cjm {name}"))),
            "`cjm {name} --help` examples do not run `cjm {name}`:\n{examples}"
        );
    }
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = cjm().args(["completions", shell]).output().unwrap();
        assert!(output.status.success(), "{shell}");
        let script = stdout(&output);
        for word in ["validate", "review", "init", "template", "seed5"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let unknown = cjm().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
}
