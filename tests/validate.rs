//! `cjm validate` end to end: every rule's exact diagnostic, exit codes, file discovery.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{cjm, fixtures, repo_root, run_in, stderr, stdout};
use insta_cmd::assert_cmd_snapshot;

/// One fixture per rule under `tests/fixtures/rules`, each with its exact output.
#[test]
fn rule_fixtures() {
    insta::glob!("fixtures/rules/*.cjm.yaml", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_cmd_snapshot!(
            cjm()
                .current_dir(path.parent().unwrap())
                .args(["validate", name])
        );
    });
}

// issue 13: evidence, matrix
/// The evidence keys: each structural problem once, with its exact diagnostic.
#[test]
fn evidence_fixtures() {
    insta::glob!("fixtures/evidence/*.cjm.yaml", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_cmd_snapshot!(
            cjm()
                .current_dir(path.parent().unwrap())
                .args(["validate", "--format", "concise", name])
        );
    });
}

/// `unsupported-claim` is an info that `--strict` makes a warning (and so a failure), while
/// a level set in the configuration wins over either default.
#[test]
fn strict_raises_unsupported_claims_to_warnings_unless_configured() {
    let rules = fixtures().join("rules");
    let run = |args: &[&str]| {
        let mut all = vec![
            "validate",
            "--format",
            "concise",
            "unsupported-claim.cjm.yaml",
        ];
        all.extend_from_slice(args);
        run_in(&rules, &all)
    };
    let default = run(&[]);
    assert_eq!(default.status.code(), Some(0));
    assert_eq!(
        stdout(&default),
        "unsupported-claim.cjm.yaml:37:14: info[CJM314] the emotion of stage `purchase` cites no source\n\
         unsupported-claim.cjm.yaml:38:13: info[CJM314] a high-severity pain of stage `purchase` cites no source\n\
         Checked 1 file: 0 errors, 0 warnings, 2 infos.\n"
    );
    let strict = run(&["--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(
        stdout(&strict),
        "unsupported-claim.cjm.yaml:37:14: warning[CJM314] the emotion of stage `purchase` cites no source\n\
         unsupported-claim.cjm.yaml:38:13: warning[CJM314] a high-severity pain of stage `purchase` cites no source\n\
         Checked 1 file: 0 errors, 2 warnings, 0 infos.\n"
    );
    let configured = run(&["--strict", "--rule", "unsupported-claim=info"]);
    assert_eq!(configured.status.code(), Some(0));
    assert!(
        stdout(&configured).ends_with("Checked 1 file: 0 errors, 0 warnings, 2 infos.\n"),
        "{}",
        stdout(&configured)
    );
}

#[test]
fn every_rule_has_a_fixture_that_reports_it() {
    let output = run_in(&fixtures().join("rules"), &["validate", "."]);
    let text = stdout(&output);
    let reported: BTreeSet<&str> = cjm::rules::ALL
        .iter()
        .map(|rule| rule.code)
        .filter(|code| text.contains(&format!("[{code}]")))
        .collect();
    let missing: Vec<&str> = cjm::rules::ALL
        .iter()
        .map(|rule| rule.code)
        .filter(|code| !reported.contains(code))
        .collect();
    assert!(missing.is_empty(), "rules without a fixture: {missing:?}");
    for rule in cjm::rules::ALL {
        let fixture = fixtures()
            .join("rules")
            .join(format!("{}.cjm.yaml", rule.name));
        assert!(fixture.exists(), "no fixture named after {}", rule.name);
    }
}

#[test]
fn shipped_examples_are_clean() {
    let output = run_in(&repo_root(), &["validate", "examples"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        "Checked 3 files: 0 errors, 0 warnings, 0 infos.\n"
    );
}

#[test]
fn several_files_are_all_checked_in_path_order() {
    let rules = fixtures().join("rules");
    let output = run_in(
        &rules,
        &[
            "validate",
            "yaml-syntax.cjm.yaml",
            "clean.cjm.yaml",
            "empty-file.cjm.yaml",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let empty = text.find("empty-file.cjm.yaml:").unwrap();
    let syntax = text.find("yaml-syntax.cjm.yaml:").unwrap();
    assert!(empty < syntax, "reports follow path order:\n{text}");
    assert!(
        text.ends_with("Checked 3 files: 2 errors, 0 warnings, 0 infos.\n"),
        "{text}"
    );
}

mod exit_codes {
    use super::*;

    #[test]
    fn clean_is_0_errors_are_1() {
        let rules = fixtures().join("rules");
        assert_eq!(
            run_in(&rules, &["validate", "clean.cjm.yaml"])
                .status
                .code(),
            Some(0)
        );
        assert_eq!(
            run_in(&rules, &["validate", "stale-map.cjm.yaml"])
                .status
                .code(),
            Some(1)
        );
    }

    #[test]
    fn warnings_and_infos_pass_unless_strict() {
        let rules = fixtures().join("rules");
        let warning = ["validate", "stage-missing-kpis.cjm.yaml"];
        assert_eq!(run_in(&rules, &warning).status.code(), Some(0));
        let strict = ["validate", "--strict", "stage-missing-kpis.cjm.yaml"];
        assert_eq!(run_in(&rules, &strict).status.code(), Some(1));
        let info = ["validate", "--strict", "unused-channel.cjm.yaml"];
        assert_eq!(run_in(&rules, &info).status.code(), Some(0));
    }

    #[test]
    fn a_missing_path_is_a_usage_error() {
        let output = run_in(
            &fixtures(),
            &["validate", "rules/clean.cjm.yaml", "no-such-dir"],
        );
        assert_eq!(output.status.code(), Some(2));
        assert!(stdout(&output).is_empty());
        let message = stderr(&output);
        assert!(
            message.contains("cannot read `no-such-dir`: no such file or directory"),
            "{message}"
        );
    }

    #[test]
    fn a_bad_today_is_a_usage_error_from_flag_or_environment() {
        let flag = run_in(&fixtures(), &["validate", "--today", "2026-13-01", "rules"]);
        assert_eq!(flag.status.code(), Some(2));
        assert!(stderr(&flag).contains("`2026-13-01` is not a date written as YYYY-MM-DD"));
        let env = cjm()
            .current_dir(fixtures())
            .env("CJM_TODAY", "tomorrow")
            .args(["validate", "rules"])
            .output()
            .unwrap();
        assert_eq!(env.status.code(), Some(2));
        assert!(
            stderr(&env).contains("`tomorrow` is not a date"),
            "{}",
            stderr(&env)
        );
    }

    #[test]
    fn an_unknown_flag_is_a_usage_error() {
        let output = run_in(&fixtures(), &["validate", "--no-such-flag"]);
        assert_eq!(output.status.code(), Some(2));
    }
}

mod freshness {
    use super::*;

    fn stale_on(file: &str, today: &str) -> bool {
        let output = cjm()
            .current_dir(fixtures().join("freshness"))
            .args(["validate", "--today", today, file])
            .output()
            .unwrap();
        let text = stdout(&output);
        let stale = text.contains("[CJM403]");
        assert_eq!(output.status.code(), Some(i32::from(stale)), "{text}");
        stale
    }

    #[test]
    fn six_calendar_months_is_the_boundary() {
        let file = "reviewed-2026-05-22.cjm.yaml";
        assert!(!stale_on(file, "2026-11-22"), "fresh on the last day");
        assert!(stale_on(file, "2026-11-23"), "stale the day after");
    }

    #[test]
    fn month_ends_clamp_to_the_shorter_month() {
        let file = "reviewed-2026-08-31.cjm.yaml";
        assert!(!stale_on(file, "2027-02-28"));
        assert!(stale_on(file, "2027-03-01"));
    }

    #[test]
    fn the_flag_wins_over_the_environment() {
        let output = cjm()
            .current_dir(fixtures().join("freshness"))
            .env("CJM_TODAY", "2026-11-23")
            .args([
                "validate",
                "--today",
                "2026-11-22",
                "reviewed-2026-05-22.cjm.yaml",
            ])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    }

    #[test]
    fn the_stale_message_names_the_due_date() {
        let output = run_in(
            &fixtures().join("freshness"),
            &[
                "validate",
                "--today",
                "2026-12-01",
                "reviewed-2026-05-22.cjm.yaml",
            ],
        );
        let text = stdout(&output);
        assert!(
            text.contains(
                "stale map: last reviewed 2026-05-22, the review was due 2026-11-22 (9 days ago)"
            ),
            "{text}"
        );
    }
}

mod discovery {
    use super::*;

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let clean = fs::read_to_string(fixtures().join("rules/clean.cjm.yaml")).unwrap();
        let broken = "cjm: [\n";
        let files = [
            ("maps/shop.cjm.yaml", clean.as_str()),
            ("maps/nested/b2b.cjm.yml", clean.as_str()),
            ("maps/notes.yaml", broken),
            ("maps/.hidden/draft.cjm.yaml", broken),
            ("maps/generated/out.cjm.yaml", broken),
            ("maps/scratch.cjm.yaml", broken),
            ("maps/readme.txt", broken),
        ];
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        // `.gitignore` counts inside a git repository, as in ripgrep; `.ignore` always.
        fs::create_dir(dir.path().join(".git")).unwrap();
        fs::write(dir.path().join(".gitignore"), "generated/\n").unwrap();
        fs::write(dir.path().join("maps/.ignore"), "scratch.cjm.yaml\n").unwrap();
        dir
    }

    #[test]
    fn directories_yield_map_files_honouring_ignore_files() {
        let dir = tree();
        let output = run_in(dir.path(), &["validate", "maps"]);
        assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
        assert_eq!(
            stdout(&output),
            "Checked 2 files: 0 errors, 0 warnings, 0 infos.\n"
        );
    }

    #[test]
    fn the_current_directory_is_the_default() {
        let dir = tree();
        let output = run_in(&dir.path().join("maps"), &["validate"]);
        assert_eq!(
            stdout(&output),
            "Checked 2 files: 0 errors, 0 warnings, 0 infos.\n"
        );
    }

    #[test]
    fn a_file_named_explicitly_is_read_whatever_its_name() {
        let dir = tree();
        let output = run_in(
            dir.path(),
            &["validate", "maps/notes.yaml", "maps/generated/out.cjm.yaml"],
        );
        assert_eq!(output.status.code(), Some(1));
        let text = stdout(&output);
        assert!(text.contains("maps/notes.yaml:1:6"), "{text}");
        assert!(text.contains("maps/generated/out.cjm.yaml:1:6"), "{text}");
    }

    #[test]
    fn a_file_found_twice_is_checked_once() {
        let dir = tree();
        let output = run_in(dir.path(), &["validate", "maps", "maps/shop.cjm.yaml"]);
        assert_eq!(
            stdout(&output),
            "Checked 2 files: 0 errors, 0 warnings, 0 infos.\n"
        );
    }

    #[test]
    fn a_run_that_finds_no_map_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("emptydir")).unwrap();
        let output = run_in(dir.path(), &["validate", "emptydir"]);
        assert_eq!(output.status.code(), Some(2));
        assert!(stdout(&output).is_empty());
        assert_cmd_snapshot!(
            "no_maps_default_include",
            cjm().current_dir(dir.path()).args(["validate", "emptydir"])
        );
        // The include patterns in force are the configured ones: a mistyped glob shows.
        fs::write(
            dir.path().join(".cjm.yaml"),
            "include: [\"maps/**/*.cjm.yml\"]\nexclude: [\"maps/old/**\"]\n",
        )
        .unwrap();
        fs::create_dir(dir.path().join("maps")).unwrap();
        fs::write(dir.path().join("maps/shop.cjm.yaml"), "cjm: 1\n").unwrap();
        assert_cmd_snapshot!(
            "no_maps_configured_include",
            cjm()
                .current_dir(dir.path())
                .args(["validate", "maps", "."])
        );
    }

    #[test]
    fn a_named_file_the_configuration_excludes_is_skipped_with_a_note() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("maps/archive")).unwrap();
        fs::copy(
            fixtures().join("rules/stale-map.cjm.yaml"),
            dir.path().join("maps/archive/old.cjm.yaml"),
        )
        .unwrap();
        fs::write(
            dir.path().join(".cjm.yaml"),
            "exclude: [\"maps/archive/**\"]\n",
        )
        .unwrap();
        // As pre-commit runs it: only the changed files, here one the configuration excludes.
        let output = run_in(dir.path(), &["validate", "maps/archive/old.cjm.yaml"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(
            stderr(&output),
            "note: skipped \"maps/archive/old.cjm.yaml\": the configuration excludes it \
             (`exclude: maps/archive/**`)\n"
        );
    }
}

/// The same fixtures in Russian: every message, label and help from the catalogue.
#[test]
fn rule_fixtures_in_russian() {
    insta::glob!("fixtures/rules/*.cjm.yaml", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_cmd_snapshot!(
            cjm()
                .current_dir(path.parent().unwrap())
                .args(["validate", "--lang", "ru", name])
        );
    });
}

/// `--lang ru` leaves no English word in the messages, labels and help of the rule fixtures
/// except what the user writes or types: keys and values in backticks, rule codes and names,
/// and a few names that are not English words (YAML, UTF-8, BOM, CRM, KPI, Windows).
#[test]
fn russian_findings_have_no_english_words() {
    const NAMES: [&str; 10] = [
        "YAML", "UTF", "BOM", "CRM", "KPI", "Windows", "cjm", "id", "FILE", "yaml",
    ];
    let keys: BTreeSet<&str> = cjm::map::Element::ALL
        .iter()
        .flat_map(|element| element.keys().iter().copied())
        .collect();
    let output = run_in(
        &fixtures().join("rules"),
        &["validate", "--lang", "ru", "--format", "json", "."],
    );
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut texts = Vec::new();
    for finding in findings.as_array().unwrap() {
        for key in ["message", "label", "help"] {
            texts.extend(finding[key].as_str().map(str::to_owned));
        }
        for related in finding["related"].as_array().unwrap() {
            texts.push(related["label"].as_str().unwrap().to_owned());
        }
    }
    assert!(texts.len() > 100);
    for text in texts {
        // Code spans and the parser's quotes hold what the user wrote.
        let prose: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        for word in prose
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|word| word.len() > 1)
        {
            let allowed = NAMES.contains(&word)
                || keys.contains(word)
                || cjm::rules::find(word).is_some()
                || text.contains(&format!(".{word}"))
                || word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            assert!(allowed, "English word `{word}` in: {text}");
        }
    }
}
