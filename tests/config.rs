//! `.cjm.yaml` discovery, settings, command-line overrides, `cjm config` and `cjm rules`.

mod common;

use std::fs;

use common::{cjm, fixtures, run_in, stderr, stdout};
use insta_cmd::assert_cmd_snapshot;

/// A repository with a map that has one warning (no KPIs) and an archived stale map.
fn repository(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let rules = fixtures().join("rules");
    fs::create_dir_all(dir.path().join("maps/archive")).unwrap();
    fs::create_dir_all(dir.path().join("maps/team/sub")).unwrap();
    fs::copy(
        rules.join("stage-missing-kpis.cjm.yaml"),
        dir.path().join("maps/team/shop.cjm.yaml"),
    )
    .unwrap();
    fs::copy(
        rules.join("stale-map.cjm.yaml"),
        dir.path().join("maps/archive/old.cjm.yaml"),
    )
    .unwrap();
    if let Some(config) = config {
        fs::write(dir.path().join(".cjm.yaml"), config).unwrap();
    }
    dir
}

fn codes(output: &std::process::Output) -> Vec<String> {
    let text = stdout(output);
    text.lines()
        .filter_map(|line| {
            line.split_once('[')
                .and_then(|(_, rest)| rest.split_once(']'))
        })
        .map(|(code, _)| code.to_owned())
        .filter(|code| code.starts_with("CJM"))
        .collect()
}

#[test]
fn without_configuration_the_defaults_apply() {
    let dir = repository(None);
    let output = run_in(dir.path(), &["validate", "maps"]);
    // In path order: maps/archive/old.cjm.yaml, then maps/team/shop.cjm.yaml.
    assert_eq!(codes(&output), ["CJM403", "CJM308"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn the_nearest_configuration_above_the_working_directory_wins() {
    let dir = repository(Some("rules: {stale-map: warning}\n"));
    fs::write(
        dir.path().join("maps/team/.cjm.yaml"),
        "rules: {stage-missing-kpis: off}\n",
    )
    .unwrap();
    let from_root = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(codes(&from_root), ["CJM403", "CJM308"]);
    assert_eq!(
        from_root.status.code(),
        Some(0),
        "stale-map is only a warning"
    );
    // From deep inside `maps/team`, its own configuration is the nearest.
    let nested = run_in(&dir.path().join("maps/team/sub"), &["validate", "../.."]);
    assert_eq!(codes(&nested), ["CJM403"]);
    assert_eq!(nested.status.code(), Some(1));
}

#[test]
fn levels_by_code_or_name_and_off() {
    let dir = repository(Some("rules:\n  CJM308: error\n  stale-map: off\n"));
    let output = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(codes(&output), ["CJM308"]);
    assert!(stdout(&output).contains("error[CJM308] stage-missing-kpis"));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn command_line_flags_override_the_file() {
    let dir = repository(Some("rules: {stale-map: off}\n"));
    let output = run_in(
        dir.path(),
        &[
            "validate",
            "maps",
            "--rule",
            "stale-map=info",
            "--rule",
            "CJM308=off",
        ],
    );
    assert_eq!(codes(&output), ["CJM403"]);
    assert!(
        stdout(&output).contains("info[CJM403]"),
        "{}",
        stdout(&output)
    );
    assert_eq!(output.status.code(), Some(0));
    let relaxed = run_in(
        dir.path(),
        &[
            "validate",
            "maps",
            "--rule",
            "stale-map=error",
            "--max-age",
            "2 years",
        ],
    );
    assert_eq!(codes(&relaxed), ["CJM308"]);
}

#[test]
fn no_config_and_an_explicit_config() {
    let dir = repository(Some("rules: {stale-map: off, stage-missing-kpis: off}\n"));
    fs::write(
        dir.path().join("strict.yaml"),
        "rules: {stage-missing-kpis: error}\n",
    )
    .unwrap();
    assert_eq!(
        codes(&run_in(dir.path(), &["validate", "maps"])),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&run_in(dir.path(), &["validate", "maps", "--no-config"])),
        ["CJM403", "CJM308"]
    );
    let explicit = run_in(dir.path(), &["validate", "maps", "--config", "strict.yaml"]);
    assert_eq!(codes(&explicit), ["CJM403", "CJM308"]);
    assert!(stdout(&explicit).contains("error[CJM308]"));
}

#[test]
fn review_period_and_emotion_scale() {
    // The stale fixture was reviewed on 2026-04-30; "today" is 2026-11-25.
    let dir = repository(Some(
        "max_age: 8 months\nemotion_scale: {min: -1, max: 1}\n",
    ));
    let output = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(codes(&output), ["CJM308"]);
    // 2026-04-30 plus 29 weeks is 2026-11-19, before today.
    let stricter = run_in(dir.path(), &["validate", "maps", "--max-age", "29 weeks"]);
    assert_eq!(codes(&stricter), ["CJM403", "CJM308"]);
    // On a -1..+1 scale the purchase stage's touchpoint (-1) is fine, a score of 2 is not.
    let map = fs::read_to_string(dir.path().join("maps/team/shop.cjm.yaml")).unwrap();
    fs::write(
        dir.path().join("maps/team/shop.cjm.yaml"),
        map.replace("    emotion: -1\n", "    emotion: 2\n"),
    )
    .unwrap();
    let output = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(codes(&output), ["CJM308", "CJM110"]);
    assert!(
        stdout(&output).contains("outside the scale -1 to +1"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn include_and_exclude_globs() {
    let dir = repository(Some(
        "include: [\"maps/**/*.yaml\"]\nexclude: [\"maps/archive/**\"]\n",
    ));
    fs::write(dir.path().join("maps/team/notes.yaml"), "cjm: [\n").unwrap();
    let output = run_in(dir.path(), &["validate"]);
    assert_eq!(codes(&output), ["CJM101", "CJM308"]);
    assert!(stdout(&output).contains("Checked 2 files"));
    // Excluded files stay excluded when named, as pre-commit names them.
    let named = run_in(dir.path(), &["validate", "maps/archive/old.cjm.yaml"]);
    assert!(
        stdout(&named).contains("Checked 0 files"),
        "{}",
        stdout(&named)
    );
    // Relative to the configuration file, wherever the command runs.
    let from_below = run_in(&dir.path().join("maps"), &["validate", "."]);
    assert!(
        stdout(&from_below).contains("Checked 2 files"),
        "{}",
        stdout(&from_below)
    );
}

/// Every problem in a configuration file at once, with positions and suggestions; exit 2.
#[test]
fn a_broken_configuration_is_a_usage_error() {
    let dir = repository(Some(
        "max_age: six months\nrules:\n  stage-missing-kpi: off\n  stale-map: warnng\nexclude: [\"[\"]\nemotion_scal: {min: -3, max: 3}\n",
    ));
    let output = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    assert_cmd_snapshot!(cjm().current_dir(dir.path()).args(["validate", "maps"]));
}

#[test]
fn cjm_config_prints_the_resolved_configuration() {
    let dir = repository(Some(
        "max_age: 1 year\nrules: {stage-missing-kpis: off, CJM204: error}\nexclude: [\"maps/archive/**\"]\n",
    ));
    assert_cmd_snapshot!(cjm().current_dir(dir.path().join("maps")).args([
        "config",
        "--rule",
        "stale-map=warning"
    ]));
    // What it prints is itself a valid configuration that resolves to the same.
    let printed = stdout(&run_in(dir.path(), &["config"]));
    fs::write(dir.path().join("printed.yaml"), &printed).unwrap();
    let again = stdout(&run_in(dir.path(), &["config", "--config", "printed.yaml"]));
    assert_eq!(
        again.lines().skip(1).collect::<Vec<_>>(),
        printed.lines().skip(1).collect::<Vec<_>>()
    );
}

#[test]
fn cjm_rules_lists_and_explains() {
    assert_cmd_snapshot!(
        "rules_listing",
        cjm().current_dir(fixtures()).args(["rules", "--no-config"])
    );
    assert_cmd_snapshot!(
        "rules_explain",
        cjm()
            .current_dir(fixtures())
            .args(["rules", "stage-missing-kpis", "--no-config"])
    );
    assert_cmd_snapshot!(
        "rules_listing_ru",
        cjm()
            .current_dir(fixtures())
            .args(["rules", "--no-config", "--lang", "ru"])
    );
    assert_cmd_snapshot!(
        "rules_explain_ru",
        cjm()
            .current_dir(fixtures())
            .args(["rules", "stale-map", "--no-config", "--lang", "ru"])
    );
    let unknown = run_in(&fixtures(), &["rules", "CJM999"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("unknown rule `CJM999`"),
        "{}",
        stderr(&unknown)
    );
    // Every rule can be explained by code and by name.
    for rule in cjm::rules::ALL {
        for name in [rule.code, rule.name] {
            let output = run_in(&fixtures(), &["rules", name]);
            assert!(stdout(&output).starts_with(&format!("{} {}:", rule.code, rule.name)));
        }
    }
}

#[test]
fn stats_count_findings_per_rule() {
    let output = run_in(
        &fixtures().join("rules"),
        &[
            "validate",
            "--stats",
            "wrong-type.cjm.yaml",
            "unknown-key.cjm.yaml",
        ],
    );
    let text = stdout(&output);
    let table = &text[text.find("\nFindings").unwrap()..];
    assert_eq!(
        table,
        "\nFindings  Files  Code    Name         Level\n       \
         7      1  CJM106  wrong-type   error\n       \
         4      1  CJM108  unknown-key  error\n"
    );
}

#[test]
fn an_invalid_flag_value_is_a_usage_error() {
    let dir = repository(None);
    for args in [
        ["validate", "--rule", "stale-mapp=off"],
        ["validate", "--max-age", "soon"],
    ] {
        let output = run_in(dir.path(), &args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
    let suggestion = stderr(&run_in(
        dir.path(),
        &["validate", "--rule", "stale-mapp=off"],
    ));
    assert!(
        suggestion.contains("did you mean `stale-map`?"),
        "{suggestion}"
    );
}

/// The file's decoder reads keys as the map's does: a key set twice is a problem at any
/// depth, inside `rules:` and `emotion_scale:` too.
#[test]
fn a_key_set_twice_is_a_problem_at_any_depth() {
    let dir = repository(Some(
        "rules:\n  stale-map: off\n  stale-map: error\nemotion_scale: {min: -3, max: 3, min: 0}\nmax_age: 1 year\nmax_age: 2 years\n",
    ));
    let output = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    for problem in [
        "`stale-map` is set twice in `rules`",
        "`min` is set twice in `emotion_scale`",
        "`max_age` is set twice",
    ] {
        assert!(text.contains(problem), "{problem}: {text}");
    }
}

#[test]
fn remind_before_from_the_file_and_the_flag() {
    // The shop map was reviewed on 2026-10-01 and is due 2027-04-01; today is 2026-11-25.
    let dir = repository(Some(
        "remind_before: 5 months\nrules: {stale-map: off, stage-missing-kpis: off}\n",
    ));
    let output = run_in(dir.path(), &["validate", "maps"]);
    assert_eq!(codes(&output), ["CJM404"]);
    assert!(
        stdout(&output).contains("the review is due in 127 days (2027-04-01)"),
        "{}",
        stdout(&output)
    );
    assert_eq!(output.status.code(), Some(0), "an info fails no run");
    let flag = run_in(
        dir.path(),
        &["validate", "maps", "--remind-before", "30 days"],
    );
    assert_eq!(codes(&flag), Vec::<String>::new());
    let config = stdout(&run_in(
        dir.path(),
        &["config", "--remind-before", "2 weeks"],
    ));
    assert!(config.contains("\nremind_before: 2 weeks\n"), "{config}");
}

/// `cjm rules` explains the rules whose meaning is a setting with the settings in force.
#[test]
fn rules_are_explained_with_the_configured_scale_and_period() {
    let dir = repository(Some(
        "emotion_scale: {min: 1, max: 10}\nmax_age: 1 year\nremind_before: 2 weeks\n",
    ));
    // Prose is wrapped to the terminal; compare it as words.
    let words = |text: String| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let emotion = words(stdout(&run_in(dir.path(), &["rules", "CJM110"])));
    assert!(
        emotion.contains(
            "In this configuration The emotion scale is 1 to 10 (`emotion_scale`): write a \
             whole number from 1 (very negative) through 5.5 (neutral) to 10 (very positive)."
        ),
        "{emotion}"
    );
    let stale = words(stdout(&run_in(dir.path(), &["rules", "stale-map"])));
    assert!(
        stale.contains(
            "A review stays valid for 1 year (`max_age`); `review-due-soon` gives notice 2 weeks"
        ),
        "{stale}"
    );
    // A map on that scale gets help in its terms.
    fs::write(
        dir.path().join("maps/team/shop.cjm.yaml"),
        fs::read_to_string(dir.path().join("maps/team/shop.cjm.yaml"))
            .unwrap()
            .replace("    emotion: -1\n", "    emotion: 0\n"),
    )
    .unwrap();
    let output = stdout(&run_in(dir.path(), &["validate", "maps/team"]));
    assert!(output.contains("outside the scale 1 to 10"), "{output}");
    assert!(
        output.contains("use a whole number from 1 (very negative) through 5.5 (neutral) to 10"),
        "{output}"
    );
}
