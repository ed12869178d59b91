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
        assert!(!finding.message.english().is_empty());
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

/// A map as a tree, to write out in any YAML style.
#[derive(Clone, Debug)]
enum Yaml {
    Text(String),
    Int(i64),
    Date(&'static str),
    List(Vec<Yaml>),
    Map(Vec<(&'static str, Yaml)>),
    /// The one value a mutation changed: the writer records where it lands.
    Marked(Box<Yaml>),
}

#[derive(Clone, Copy, Debug)]
enum Style {
    Block,
    Flow,
    Quoted,
    Crlf,
}

struct Writer {
    style: Style,
    out: String,
    marked: Option<cjm::span::Span>,
}

impl Writer {
    fn newline(&mut self) {
        self.out.push_str(if matches!(self.style, Style::Crlf) {
            "\r\n"
        } else {
            "\n"
        });
    }

    fn scalar(&mut self, value: &Yaml) {
        match value {
            Yaml::Text(text) => {
                let plain = !matches!(self.style, Style::Quoted)
                    && text.chars().all(|c| c.is_alphabetic() || c == ' ')
                    && !text.starts_with(' ')
                    && !text.ends_with(' ')
                    && !matches!(text.to_lowercase().as_str(), "true" | "false" | "null");
                if plain {
                    self.out.push_str(text);
                } else {
                    self.out.push_str(&serde_json::to_string(text).unwrap());
                }
            }
            Yaml::Int(number) => self.out.push_str(&number.to_string()),
            Yaml::Date(date) => self.out.push_str(date),
            Yaml::Marked(inner) => {
                let start = self.out.len();
                self.scalar(inner);
                self.marked = Some(cjm::span::Span::new(start, self.out.len()));
            }
            Yaml::List(_) | Yaml::Map(_) => unreachable!("not a scalar"),
        }
    }

    fn flow(&mut self, value: &Yaml) {
        match value {
            Yaml::List(items) => {
                self.out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(", ");
                    }
                    self.flow(item);
                }
                self.out.push(']');
            }
            Yaml::Map(entries) => {
                self.out.push('{');
                for (index, (key, item)) in entries.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(", ");
                    }
                    self.out.push_str(key);
                    self.out.push_str(": ");
                    self.flow(item);
                }
                self.out.push('}');
            }
            scalar => self.scalar(scalar),
        }
    }

    fn block(&mut self, value: &Yaml, indent: usize) {
        match value {
            Yaml::Map(entries) => {
                for (index, (key, item)) in entries.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(&" ".repeat(indent));
                    }
                    self.out.push_str(key);
                    self.out.push(':');
                    self.block_value(item, indent);
                }
            }
            Yaml::List(items) => {
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(&" ".repeat(indent));
                    }
                    self.out.push_str("- ");
                    match item {
                        Yaml::Map(_) | Yaml::List(_) => self.block(item, indent + 2),
                        scalar => {
                            self.scalar(scalar);
                            self.newline();
                        }
                    }
                }
            }
            scalar => {
                self.scalar(scalar);
                self.newline();
            }
        }
    }

    fn block_value(&mut self, item: &Yaml, indent: usize) {
        match item {
            Yaml::Map(entries) if !entries.is_empty() => {
                self.newline();
                self.out.push_str(&" ".repeat(indent + 2));
                self.block(item, indent + 2);
            }
            Yaml::List(items) if !items.is_empty() => {
                self.newline();
                self.out.push_str(&" ".repeat(indent + 2));
                self.block(item, indent + 2);
            }
            Yaml::Map(_) | Yaml::List(_) => {
                self.out.push(' ');
                self.flow(item);
                self.newline();
            }
            scalar => {
                self.out.push(' ');
                self.scalar(scalar);
                self.newline();
            }
        }
    }

    fn write(value: &Yaml, style: Style) -> (String, Option<cjm::span::Span>) {
        let mut writer = Self {
            style,
            out: String::new(),
            marked: None,
        };
        match style {
            Style::Flow => {
                writer.flow(value);
                writer.newline();
            }
            Style::Block | Style::Quoted | Style::Crlf => writer.block(value, 0),
        }
        (writer.out, writer.marked)
    }
}

/// Text a user might write: Cyrillic and Latin words, and for quoted styles the characters
/// YAML gives meaning to.
fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        "[а-яА-Яё]{2,12}( [а-яa-z]{1,8}){0,3}",
        "[A-Za-z]{2,10}( [a-z]{1,8}){0,2}",
        "[а-я]{1,6}(: | # |\"|'|, |\\[|\\]|\\{|\\}|-|%|…|🙂)[а-я]{1,6}",
    ]
}

#[derive(Clone, Debug)]
struct Plan {
    segments: Vec<[String; 6]>,
    channels: Vec<String>,
    stages: Vec<(String, Vec<String>, Vec<i64>)>,
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(prop::array::uniform6(words()), 1..3),
        prop::collection::vec(words(), 1..4),
        prop::collection::vec(
            (
                words(),
                prop::collection::vec(words(), 1..3),
                prop::collection::vec(-2i64..=2, 1..3),
            ),
            2..4,
        ),
    )
        .prop_map(|(segments, channels, stages)| Plan {
            segments,
            channels,
            stages,
        })
}

/// What a mutation changes, and the rule it must fire.
#[derive(Clone, Copy, Debug)]
enum Mutation {
    UnknownChannel,
    EmotionOutOfRange,
    TextTarget,
}

impl Mutation {
    const fn code(self) -> &'static str {
        match self {
            Self::UnknownChannel => "CJM202",
            Self::EmotionOutOfRange => "CJM110",
            Self::TextTarget => "CJM106",
        }
    }
}

fn text(value: &str) -> Yaml {
    Yaml::Text(value.to_owned())
}

/// A complete, clean map from `plan`; with a mutation, the last stage's first touchpoint
/// or KPI carries it (every channel is used in the first stage, so nothing else changes).
fn build(plan: &Plan, mutation: Option<Mutation>) -> Yaml {
    let marked = |mutated: bool, value: Yaml| {
        if mutated {
            Yaml::Marked(Box::new(value))
        } else {
            value
        }
    };
    let segments = plan
        .segments
        .iter()
        .enumerate()
        .map(|(index, [name, who, what, why, when, place])| {
            Yaml::Map(vec![
                ("id", text(&format!("segment-{index}"))),
                ("name", text(name)),
                ("who", text(who)),
                ("what", text(what)),
                ("why", text(why)),
                ("when", text(when)),
                ("where", text(place)),
            ])
        })
        .collect();
    let channels = plan
        .channels
        .iter()
        .enumerate()
        .map(|(index, name)| {
            Yaml::Map(vec![
                ("id", text(&format!("channel-{index}"))),
                ("name", text(name)),
            ])
        })
        .collect();
    let last = plan.stages.len() - 1;
    let stages = plan
        .stages
        .iter()
        .enumerate()
        .map(|(index, (name, goals, emotions))| {
            let channel_count = if index == 0 { plan.channels.len() } else { 1 };
            let touchpoints = (0..channel_count.max(emotions.len()))
                .map(|touchpoint| {
                    let mutated = index == last && touchpoint == 0;
                    let channel = text(&format!("channel-{}", touchpoint % plan.channels.len()));
                    let emotion = Yaml::Int(emotions[touchpoint % emotions.len()]);
                    Yaml::Map(vec![
                        ("name", text(&format!("{name} {touchpoint}"))),
                        (
                            "channel",
                            match mutation {
                                Some(Mutation::UnknownChannel) if mutated => {
                                    marked(true, text("no-such-channel"))
                                }
                                _ => channel,
                            },
                        ),
                        (
                            "emotion",
                            match mutation {
                                Some(Mutation::EmotionOutOfRange) if mutated => {
                                    marked(true, Yaml::Int(9))
                                }
                                _ => emotion,
                            },
                        ),
                    ])
                })
                .collect();
            let target = match mutation {
                Some(Mutation::TextTarget) if index == last => marked(true, text("много")),
                _ => Yaml::Int(1000),
            };
            let mut keys = vec![
                ("id", text(&format!("stage-{index}"))),
                ("name", text(name)),
                (
                    "goals",
                    Yaml::List(goals.iter().map(|goal| text(goal)).collect()),
                ),
                ("touchpoints", Yaml::List(touchpoints)),
                ("emotion", Yaml::Int(emotions[0])),
                ("pains", Yaml::List(vec![text(&goals[0])])),
                ("opportunities", Yaml::List(vec![text(name)])),
                (
                    "kpis",
                    Yaml::List(vec![Yaml::Map(vec![
                        ("name", text(name)),
                        ("target", target),
                        ("actual", Yaml::Int(800)),
                    ])]),
                ),
                (
                    "funnel",
                    Yaml::Map(vec![
                        ("entered", Yaml::Int(1000 - 100 * index as i64)),
                        ("advanced", Yaml::Int(400)),
                    ]),
                ),
            ];
            // What brings the customer back, where a clean map has it.
            if index == last {
                keys.push((
                    "triggers",
                    Yaml::List(vec![Yaml::Map(vec![
                        ("name", text(name)),
                        ("kind", text("random")),
                    ])]),
                ));
            }
            Yaml::Map(keys)
        })
        .collect();
    Yaml::Map(vec![
        ("cjm", Yaml::Int(1)),
        ("title", text(&plan.stages[0].0)),
        ("owner", text(&plan.channels[0])),
        ("reviewed", Yaml::Date("2026-10-01")),
        ("segments", Yaml::List(segments)),
        ("channels", Yaml::List(channels)),
        ("stages", Yaml::List(stages)),
    ])
}

fn style() -> impl Strategy<Value = Style> {
    prop::sample::select(vec![Style::Block, Style::Flow, Style::Quoted, Style::Crlf])
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop::sample::select(vec![
        Mutation::UnknownChannel,
        Mutation::EmotionOutOfRange,
        Mutation::TextTarget,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// A random complete map, written in any style, checks clean.
    #[test]
    fn generated_maps_check_clean_in_every_style(plan in plan(), style in style()) {
        let (yaml, _) = Writer::write(&build(&plan, None), style);
        let report = check_source(SourceFile::new("prop.cjm.yaml", yaml.clone()), &context());
        prop_assert!(report.findings.is_empty(), "{style:?}\n{yaml}\n{:#?}", report.findings);
    }

    /// One changed value fires exactly the expected rule, at the value.
    #[test]
    fn one_mutation_fires_one_rule_at_its_span(plan in plan(), style in style(), mutation in mutation()) {
        let (yaml, marked) = Writer::write(&build(&plan, Some(mutation)), style);
        let marked = marked.expect("the mutation is written");
        let report = check_source(SourceFile::new("prop.cjm.yaml", yaml.clone()), &context());
        let found: Vec<_> = report.findings.iter().map(|finding| (finding.rule.code, finding.span)).collect();
        prop_assert_eq!(found, vec![(mutation.code(), marked)], "{:?}\n{}", style, yaml);
    }
}
