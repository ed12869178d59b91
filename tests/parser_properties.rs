//! Property tests for the parser and decoder: arbitrary text and random edits of real maps
//! never panic, every finding points inside its file, and text round-trips exactly.

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::source::SourceFile;
use proptest::prelude::*;

fn context() -> CheckContext {
    CheckContext::new(jiff::civil::date(2026, 11, 25))
}

const EXAMPLES: [&str; 3] = [
    include_str!("../examples/furniture-store.ru.cjm.yaml"),
    include_str!("../examples/analytics-saas-b2b.cjm.yaml"),
    include_str!("../examples/dental-clinic.ru.cjm.yaml"),
];

/// Checks `text` and asserts what must hold for any input.
fn check_invariants(text: String) {
    let file = SourceFile::new("prop.cjm.yaml", text);
    let report = check_source(file, &context());
    let text = report.source.text();
    for finding in &report.findings {
        let spans = std::iter::once(finding.span).chain(finding.related.iter().map(|r| r.span));
        for span in spans {
            assert!(
                span.start <= span.end && span.end <= text.len(),
                "{finding:?}"
            );
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            let position = report.source.position(span.start);
            assert!(position.line >= 1 && position.column >= 1);
        }
        assert!(!finding.message.is_empty());
    }
}

/// A random edit: the characters YAML gives meaning to, Cyrillic, emoji and line breaks.
fn edit() -> impl Strategy<Value = (prop::sample::Index, usize, String)> {
    let piece = prop::sample::select(vec![
        ":",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "#",
        "&a",
        "*a",
        "!!str",
        "|",
        ">",
        "'",
        "\"",
        "\n",
        "\r\n",
        "\t",
        "  ",
        "---",
        "...",
        "? ",
        "null",
        "~",
        "1e9",
        "-3",
        "Сделка",
        "🙂",
        "\u{0}",
        "\u{1b}",
        "\u{feff}",
        "%YAML 1.2",
    ])
    .prop_map(str::to_owned);
    (
        any::<prop::sample::Index>(),
        0usize..8,
        prop_oneof![piece, ".{0,6}"],
    )
}

fn apply(mut text: String, edits: Vec<(prop::sample::Index, usize, String)>) -> String {
    for (at, delete, insert) in edits {
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let start = boundaries[at.index(boundaries.len())];
        let end = boundaries
            .iter()
            .copied()
            .find(|&b| b >= start + delete)
            .unwrap_or(text.len());
        text.replace_range(start..end, &insert);
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}|[-:\\[\\]{}#&*!|> \\n\\ta-zа-я0-9\"']{0,200}") {
        check_invariants(text);
    }

    #[test]
    fn edited_maps_never_panic(example in 0usize..3, edits in prop::collection::vec(edit(), 1..6)) {
        check_invariants(apply(EXAMPLES[example].to_owned(), edits));
    }

    /// Every text a user writes comes back exactly, whatever its script.
    #[test]
    fn text_round_trips(title in "\\PC{1,40}", owner in "[\\p{Cyrillic} ]{1,20}\\PC{0,10}") {
        prop_assume!(!title.trim().is_empty() && !owner.trim().is_empty());
        let quoted = |value: &str| serde_json::to_string(value).unwrap();
        let text = EXAMPLES[0]
            .replacen("title: \"Молодая семья покупает шкаф в интернет-магазине\"", &format!("title: {}", quoted(&title)), 1)
            .replacen("owner: \"Команда CX, Анна Смирнова\"", &format!("owner: {}", quoted(&owner)), 1);
        let report = check_source(SourceFile::new("prop.cjm.yaml", text), &context());
        let map = report.map.expect("the map decodes");
        prop_assert_eq!(map.title.value(), Some(&title));
        prop_assert_eq!(map.owner.value(), Some(&owner));
    }
}
