//! `cjm report` end to end: golden reports, Markdown structure, the JSON Schema, output
//! files and exit codes.

mod common;

use std::fs;
use std::path::Path;

use common::{cjm, fixtures, repo_root, run_in, stderr, stdout};
use insta_cmd::assert_cmd_snapshot;

const SINGLE: &str = "examples/furniture-store.ru.cjm.yaml";
const STALE: &str = "tests/fixtures/rules/stale-map.cjm.yaml";
const UNPARSEABLE: &str = "tests/fixtures/rules/yaml-syntax.cjm.yaml";
const THREE_SEGMENTS: &str = "tests/fixtures/report/three-segments.cjm.yaml";
const HOSTILE: &str = "tests/fixtures/report/hostile-text.cjm.yaml";

/// The examples, a stale map and a file that is not valid YAML.
const PORTFOLIO: [&str; 3] = ["examples", STALE, UNPARSEABLE];

fn report(args: &[&str]) -> std::process::Output {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    run_in(&repo_root(), &all)
}

mod golden {
    use super::*;

    fn snapshot(name: &str, args: &[&str]) {
        let mut command = cjm();
        command.current_dir(repo_root()).arg("report").args(args);
        assert_cmd_snapshot!(name, command);
    }

    #[test]
    fn single_map() {
        snapshot("map.en.md", &[SINGLE]);
        snapshot("map.ru.md", &[SINGLE, "--lang", "ru"]);
        snapshot("map.json", &[SINGLE, "--format", "json"]);
    }

    // issue 13: evidence, matrix
    #[test]
    fn three_segments_get_the_channel_matrix_their_curves_and_the_evidence() {
        snapshot("three-segments.en.md", &[THREE_SEGMENTS]);
        snapshot("three-segments.ru.md", &[THREE_SEGMENTS, "--lang", "ru"]);
        snapshot("three-segments.json", &[THREE_SEGMENTS, "--format", "json"]);
    }

    #[test]
    fn single_map_with_errors_lists_its_findings_first() {
        snapshot("stale-map.en.md", &[STALE]);
    }

    /// Lost and gained customers between stages, loops that are findings, a trigger of an
    /// unknown kind.
    #[test]
    fn loops_and_losses() {
        let map = "tests/fixtures/report/loops-and-losses.cjm.yaml";
        snapshot("loops-and-losses.en.md", &[map]);
        snapshot("loops-and-losses.ru.md", &[map, "--lang", "ru"]);
        snapshot("loops-and-losses.json", &[map, "--format", "json"]);
    }

    #[test]
    fn portfolio() {
        let [examples, stale, unparseable] = PORTFOLIO;
        snapshot("portfolio.en.md", &[examples, stale, unparseable]);
        snapshot(
            "portfolio.ru.md",
            &[examples, stale, unparseable, "--lang", "ru"],
        );
        snapshot(
            "portfolio.json",
            &[examples, stale, unparseable, "--format", "json"],
        );
    }

    #[test]
    fn json_has_no_language() {
        let en = report(&[SINGLE, "--format", "json"]);
        let ru = report(&[SINGLE, "--format", "json", "--lang", "ru"]);
        assert_eq!(stdout(&en), stdout(&ru));
    }
}

/// The same input and `--today` give byte-identical output, whatever the order of paths.
#[test]
fn reports_are_deterministic() {
    for format in ["markdown", "json"] {
        let [examples, stale, unparseable] = PORTFOLIO;
        let first = report(&[examples, stale, unparseable, "--format", format]);
        let again = report(&[unparseable, examples, stale, "--format", format]);
        assert!(!first.stdout.is_empty());
        assert_eq!(first.stdout, again.stdout, "{format}");
    }
}

mod markdown_structure {
    use super::*;
    use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

    struct Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    }

    struct Document {
        tables: Vec<Table>,
        mermaid: Vec<String>,
    }

    /// Parses a report as GitHub Flavored Markdown and checks every table row: as many
    /// cells as its header, and no text of the row outside its cells (the parser drops
    /// surplus cells and pads short rows, so counting its cells alone would prove nothing).
    fn parse(markdown: &str) -> Document {
        let mut document = Document {
            tables: Vec::new(),
            mermaid: Vec::new(),
        };
        let mut cells: Vec<String> = Vec::new();
        let mut cell_ranges: Vec<std::ops::Range<usize>> = Vec::new();
        let mut mermaid: Option<String> = None;
        for (event, range) in Parser::new_ext(markdown, Options::ENABLE_TABLES).into_offset_iter() {
            match event {
                Event::Start(Tag::Table(_)) => document.tables.push(Table {
                    header: Vec::new(),
                    rows: Vec::new(),
                }),
                Event::Start(Tag::TableCell) => {
                    cells.push(String::new());
                    cell_ranges.push(range);
                }
                Event::Text(text) | Event::Code(text) if mermaid.is_none() => {
                    if let Some(cell) = cells.last_mut() {
                        cell.push_str(&text);
                    }
                }
                Event::InlineHtml(html) if html.as_ref() == "<br>" => {
                    if let Some(cell) = cells.last_mut() {
                        cell.push('\n');
                    }
                }
                Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                    let row = &markdown[range.clone()];
                    let mut outside = row.to_owned();
                    for cell in cell_ranges.iter().rev() {
                        assert!(!cell.is_empty(), "a missing cell in row {row:?}");
                        outside.replace_range(cell.start - range.start..cell.end - range.start, "");
                    }
                    assert!(
                        outside.chars().all(|c| c == '|' || c.is_whitespace()),
                        "text outside the cells of row {row:?}"
                    );
                    let table = document.tables.last_mut().unwrap();
                    let row_cells = std::mem::take(&mut cells);
                    cell_ranges.clear();
                    if table.header.is_empty() {
                        table.header = row_cells;
                    } else {
                        assert_eq!(row_cells.len(), table.header.len(), "{row:?}");
                        table.rows.push(row_cells);
                    }
                }
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                    if &*info == "mermaid" =>
                {
                    mermaid = Some(String::new());
                }
                Event::Text(text) => {
                    if let Some(block) = mermaid.as_mut() {
                        block.push_str(&text);
                    }
                }
                Event::End(TagEnd::CodeBlock) => document.mermaid.extend(mermaid.take()),
                _ => {}
            }
        }
        assert!(mermaid.is_none(), "an unclosed code block");
        document
    }

    /// Checks a diagram against the lexer of Mermaid's `journey` grammar: a statement per
    /// line, no comment, no statement hidden in a task name.
    fn assert_well_formed_journey(diagram: &str) {
        let mut lines = diagram.lines();
        assert_eq!(lines.next(), Some("journey"), "{diagram}");
        let forbidden = |text: &str, also: &[char]| {
            assert!(!text.contains('#') && !text.contains(';'), "{text:?}");
            assert!(!text.contains("%%"), "{text:?}");
            assert!(!text.contains(also), "{text:?}");
            assert!(!text.trim().is_empty(), "empty text in {diagram}");
        };
        let (mut titles, mut sections, mut tasks) = (0, 0, 0);
        for line in lines {
            if let Some(title) = line.strip_prefix("  title ") {
                forbidden(title, &[]);
                titles += 1;
            } else if let Some(section) = line.strip_prefix("  section ") {
                forbidden(section, &[':']);
                sections += 1;
            } else {
                let task = line.strip_prefix("    ").expect("a task line");
                let (name, data) = task.split_once(':').expect("a task has a score");
                forbidden(name, &[]);
                let lower = name.to_lowercase();
                for keyword in ["journey", "title ", "section ", "acctitle", "accdescr"] {
                    assert!(!lower.starts_with(keyword), "{name:?} reads as `{keyword}`");
                }
                let mut data = data.split(':');
                let score = data.next().unwrap().trim();
                assert!(
                    ["1", "2", "3", "4", "5"].contains(&score),
                    "{score:?} in {line:?}"
                );
                if let Some(actors) = data.next() {
                    for actor in actors.split(',') {
                        forbidden(actor, &[]);
                    }
                }
                assert!(data.next().is_none(), "{line:?}");
                tasks += 1;
            }
        }
        assert_eq!(titles, 1, "{diagram}");
        assert!(sections > 0 && tasks >= sections, "{diagram}");
    }

    #[test]
    fn portfolio_tables_and_diagrams_are_well_formed_in_both_languages() {
        for lang in ["en", "ru"] {
            let [examples, stale, unparseable] = PORTFOLIO;
            let output = report(&[examples, stale, unparseable, "--lang", lang]);
            let document = parse(&stdout(&output));
            // The index; segments, journey, funnel, KPIs and pains of each of the three
            // clean examples, the triggers of each and the risks of the furniture store;
            // those, its triggers and the findings of the stale map; the findings of the
            // unparseable file. The two examples of two segments add their segments' curves
            // and channel matrix, the furniture store (which lists sources) its evidence
            // and sources.
            assert_eq!(
                document.tables.len(),
                1 + 3 * (5 + 1) + 1 + (6 + 1) + 1 + 2 * 2 + 2,
                "{lang}"
            );
            // One diagram per readable map, each well-formed.
            assert_eq!(document.mermaid.len(), 4, "{lang}");
            for diagram in &document.mermaid {
                assert_well_formed_journey(diagram);
            }
        }
    }

    #[test]
    fn hostile_text_keeps_its_cells_and_its_words() {
        let output = report(&[HOSTILE]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let document = parse(&stdout(&output));
        let [diagram] = &document.mermaid[..] else {
            panic!("one diagram");
        };
        assert_well_formed_journey(diagram);

        let cells: Vec<&str> = document
            .tables
            .iter()
            .flat_map(|table| &table.rows)
            .flatten()
            .map(String::as_str)
            .collect();
        // Each text reads in its cell exactly as written in the map.
        for text in [
            "Пары, с детьми; 25–35: 👶",
            "line one\nline two | three",
            // Inline Markdown in a map is kept: a code span is code, its `|` escaped.
            "code | span",
            "back\\slash before pipe \\| here",
            "🛋️ Сайт",
            "goal | with pipe\nmulti\nline",
            "| leading pipe",
            "- looks like a list",
            "1. not a list",
            "Zero | target",
        ] {
            assert!(
                cells.contains(&text),
                "{text:?} is not a cell of {cells:#?}"
            );
        }
        let touchpoints = "Journey planner (Web | mobile)\ntitle page (Web | mobile)\n\
                           Section 5: 10:30 #tag; 50%% off (Web | mobile)\naccDescr {x} (Web | mobile)";
        assert!(cells.contains(&touchpoints), "{cells:#?}");
    }

    fn tasks(diagram: &str) -> Vec<&str> {
        diagram
            .lines()
            .filter_map(|line| line.strip_prefix("    "))
            .collect()
    }

    /// Eight or more touchpoint tasks are too narrow to read: one task per stage instead.
    #[test]
    fn a_full_diagram_shows_one_task_per_stage() {
        let document = parse(&stdout(&report(&[SINGLE, "--lang", "ru"])));
        let [diagram] = &document.mermaid[..] else {
            panic!("one diagram");
        };
        assert_eq!(
            tasks(diagram),
            [
                "2 точки контакта: 3: Молодая семья",
                "3 точки контакта: 2: Молодая семья",
                "2 точки контакта: 2: Молодая семья",
                "2 точки контакта: 4: Молодая семья",
                "2 точки контакта: 4: Молодая семья",
            ]
        );
        let few = parse(&stdout(&report(&[HOSTILE])));
        assert_eq!(
            tasks(&few.mermaid[0]).len(),
            5,
            "a task per scored touchpoint"
        );
    }

    #[test]
    fn a_description_cannot_open_a_code_block() {
        // The fixture's description starts with ```: the diagram must still be a diagram.
        let output = report(&[HOSTILE]);
        let text = stdout(&output);
        let events: Vec<Event> = Parser::new_ext(&text, Options::ENABLE_TABLES).collect();
        let headings = events
            .iter()
            .filter(|event| matches!(event, Event::Start(Tag::Heading { .. })))
            .count();
        // Seven sections; triggers, loops and risks; the segments' curves and channel
        // matrix of its two segments.
        assert_eq!(
            headings,
            1 + 7 + 3 + 2,
            "the title and every section heading"
        );
    }
}

mod json_schema {
    use super::*;

    fn schema() -> serde_json::Value {
        let text = fs::read_to_string(repo_root().join("src/report/report.schema.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn assert_valid(args: &[&str]) {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        let output = report(&all);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|error| panic!("{args:?}: {error}\n{}", stderr(&output)));
        let validator = jsonschema::validator_for(&schema()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }

    #[test]
    fn every_report_validates() {
        assert_valid(&["examples"]);
        assert_valid(&[SINGLE]);
        assert_valid(&[HOSTILE]);
        assert_valid(&["tests/fixtures"]);
        for entry in fs::read_dir(fixtures().join("rules")).unwrap() {
            let path = entry.unwrap().path();
            let relative = path.strip_prefix(repo_root()).unwrap();
            assert_valid(&[relative.to_str().unwrap()]);
        }
    }

    #[test]
    fn the_schema_rejects_what_the_contract_forbids() {
        let validator = jsonschema::validator_for(&schema()).unwrap();
        let output = report(&[SINGLE, "--format", "json"]);
        let valid: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(validator.is_valid(&valid));
        let mut omitted = valid.clone();
        omitted["maps"][0]["funnel"][0]
            .as_object_mut()
            .unwrap()
            .remove("conversion");
        assert!(!validator.is_valid(&omitted), "a missing key");
        let mut percent = valid.clone();
        percent["maps"][0]["funnel"][0]["conversion"] = serde_json::json!("29%");
        assert!(!validator.is_valid(&percent), "a share as text");
        let mut extra = valid;
        extra["maps"][0]["surprise"] = serde_json::json!(true);
        assert!(!validator.is_valid(&extra), "an undocumented key");
    }

    #[test]
    fn the_summary_adds_up_the_maps() {
        let [examples, stale, unparseable] = PORTFOLIO;
        let output = report(&[examples, stale, unparseable, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let maps = json["maps"].as_array().unwrap();
        let summary = &json["summary"];
        for key in ["errors", "warnings", "infos"] {
            let sum: u64 = maps
                .iter()
                .map(|map| map["finding_counts"][key].as_u64().unwrap())
                .sum();
            assert_eq!(summary[key].as_u64(), Some(sum), "{key}");
        }
        let expected = serde_json::json!({
            "maps": 5, "unreadable": 1, "stale": 1, "due_soon": 0,
            "errors": summary["errors"], "warnings": summary["warnings"], "infos": summary["infos"],
        });
        assert_eq!(summary, &expected);
    }

    /// "Absent data is null, never omitted": every object of the schema requires all its
    /// properties and allows no others.
    #[test]
    fn every_property_is_required() {
        common::assert_every_property_required(&schema());
    }

    #[test]
    fn the_cli_prints_the_schema_file() {
        let output = run_in(&repo_root(), &["schema", "--report"]);
        assert_eq!(output.status.code(), Some(0));
        let file = fs::read_to_string(repo_root().join("src/report/report.schema.json")).unwrap();
        assert_eq!(stdout(&output), file);
        // Without --report it prints the map schema (tests/schema_differential.rs).
        assert_eq!(run_in(&repo_root(), &["schema"]).status.code(), Some(0));
    }
}

mod output_file {
    use super::*;

    /// `--assets DIR` writes each map's curve beside the report, and the report shows it
    /// through a link relative to itself.
    #[test]
    fn assets_are_written_and_linked_relative_to_the_report() {
        let dir = tempfile::tempdir().unwrap();
        let examples = repo_root().join("examples");
        let examples = examples.to_str().unwrap();
        let args = [
            examples,
            "-o",
            "docs/report.md",
            "--assets",
            "docs/img/curves",
        ];
        fs::create_dir(dir.path().join("docs")).unwrap();
        let written = run(dir.path(), &args);
        assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
        let markdown = fs::read_to_string(dir.path().join("docs/report.md")).unwrap();
        let links: Vec<&str> = markdown
            .lines()
            .filter_map(|line| line.strip_prefix("![Emotion curve]("))
            .filter_map(|rest| rest.strip_suffix(')'))
            .collect();
        assert_eq!(
            links,
            [
                "img/curves/analytics-saas-b2b.emotion.svg",
                "img/curves/dental-clinic.ru.emotion.svg",
                "img/curves/furniture-store.ru.emotion.svg",
            ]
        );
        for link in links {
            let svg = fs::read_to_string(dir.path().join("docs").join(link)).unwrap();
            roxmltree::Document::parse(&svg).unwrap();
        }
        let without = run(dir.path(), &[examples, "--assets", "img"]);
        assert_eq!(without.status.code(), Some(2), "--assets needs --output");
        let html = run(
            dir.path(),
            &[
                examples, "-o", "r.html", "--format", "html", "--assets", "i",
            ],
        );
        assert_eq!(html.status.code(), Some(2), "--assets is for Markdown");
    }

    fn run(dir: &Path, args: &[&str]) -> std::process::Output {
        let mut all = vec!["report"];
        all.extend_from_slice(args);
        cjm().current_dir(dir).args(&all).output().unwrap()
    }

    #[test]
    fn output_writes_the_report_that_stdout_would_show() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.md");
        fs::write(&target, "an old report").unwrap();
        let examples = repo_root().join("examples");
        let examples = examples.to_str().unwrap();
        let written = run(dir.path(), &[examples, "--output", "report.md"]);
        assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
        assert!(written.stdout.is_empty());
        let printed = run(dir.path(), &[examples]);
        assert_eq!(fs::read(&target).unwrap(), printed.stdout);
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn an_unwritable_output_is_a_failure_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let examples = repo_root().join("examples");
        let output = run(
            dir.path(),
            &[examples.to_str().unwrap(), "-o", "missing/report.md"],
        );
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr(&output).contains("cannot write `missing/report.md`"),
            "{}",
            stderr(&output)
        );
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}

mod exit_codes {
    use super::*;

    #[test]
    fn as_for_validate() {
        assert_eq!(report(&["examples"]).status.code(), Some(0));
        let errors = report(&[STALE]);
        assert_eq!(errors.status.code(), Some(1));
        assert!(
            !errors.stdout.is_empty(),
            "a map with errors still gets a report"
        );
        let warning = "tests/fixtures/rules/stage-missing-kpis.cjm.yaml";
        assert_eq!(report(&[warning]).status.code(), Some(0));
        assert_eq!(report(&[warning, "--strict"]).status.code(), Some(1));
    }

    #[test]
    fn usage_errors_are_2_and_print_no_report() {
        for args in [
            &["examples", "no-such-dir"][..],
            &["examples", "--lang", "fr"],
            &["examples", "--format", "pdf"],
            &["examples", "--today", "25.11.2026"],
        ] {
            let output = report(args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            assert!(output.stdout.is_empty(), "{args:?}");
        }
    }

    #[test]
    fn no_maps_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let output = run_in(dir.path(), &["report", "--format", "json"]);
        assert_eq!(output.status.code(), Some(2));
        assert!(stderr(&output).contains("no map file found"));
        assert!(output.stdout.is_empty());
    }
}

/// An integer that a float rounds is shown as written, in every format: a KPI figure in
/// the tables and the JSON, and a whole number out of range in the findings.
#[test]
fn integers_beyond_64_bits_are_shown_as_written() {
    const BIG: &str = "tests/fixtures/report/big-numbers.cjm.yaml";
    let rounded = [
        "100,000,000,000,000,000,000",
        "1e20",
        "1e+20",
        "e+19",
        "e+20",
    ];
    for format in ["markdown", "html", "json", "svg"] {
        let output = report(&[BIG, "--format", format]);
        let text = stdout(&output);
        for rounded in rounded {
            assert!(!text.contains(rounded), "{format} rounds: {rounded}");
        }
        if format == "svg" {
            continue;
        }
        for written in [
            "the number 99999999999999999999",
            if format == "json" {
                "99999999999999999999,"
            } else {
                "99,999,999,999,999,999,999"
            },
            if format == "json" {
                "\"actual\": 123456789012345678901"
            } else {
                "123,456,789,012,345,678,901"
            },
            if format == "json" {
                "18446744073709551616"
            } else {
                "≤ 18,446,744,073,709,551,616"
            },
            if format == "json" {
                "9007199254740993"
            } else {
                "9,007,199,254,740,993"
            },
        ] {
            assert!(text.contains(written), "{format} lacks {written}:\n{text}");
        }
    }
}

/// `9007199254740992` is below a target of `9007199254740993`, though one float stands for
/// both.
#[test]
fn a_kpi_beyond_two_to_the_53_is_judged_by_its_digits() {
    let output = report(&[
        "tests/fixtures/report/big-numbers.cjm.yaml",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    fn find<'v>(value: &'v serde_json::Value, name: &str) -> Option<&'v serde_json::Value> {
        match value {
            serde_json::Value::Object(object) if object.get("name") == Some(&name.into()) => {
                object.get("status").map(|_| value)
            }
            serde_json::Value::Object(object) => object.values().find_map(|v| find(v, name)),
            serde_json::Value::Array(items) => items.iter().find_map(|v| find(v, name)),
            _ => None,
        }
    }
    let edge = find(&json, "Edge").expect("the Edge KPI");
    assert_eq!(edge["status"], "below_target", "{edge}");
    let calls = find(&json, "Calls").expect("the Calls KPI");
    assert_eq!(calls["status"], "met", "{calls}");
}
