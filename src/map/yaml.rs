//! The YAML layer: the spanned node tree the decoder reads, and how a file that is not a
//! YAML document is reported.
//!
//! Maps are parsed into a generic tree of [`Node`]s rather than straight into typed structs:
//! serde's derived deserializers stop at the first wrong type or unknown key, and a
//! validator must report every problem in a file in one run. Each node keeps its span so
//! the decoder can point at any value it rejects. The tree is built by
//! [`crate::map::loader`] from the parser's events; the serde-saphyr path it replaced is
//! kept, hidden, for the differential tests.

use crate::i18n::Message;
use crate::msg;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::{
    DuplicateKeyPolicy, Location, MessageFormatter, NonFiniteFloatPolicy, Options,
    UserMessageFormatter,
};

use crate::rules::Rule;
use crate::rules::structure::{DUPLICATE_KEY, MULTIPLE_DOCUMENTS, YAML_SYNTAX, YAML_TOO_COMPLEX};
use crate::source::{MAX_FILE_BYTES, offset_at};
use crate::span::Span;

/// How deeply collections may nest. A version 1 map needs six levels
/// (map → stages → stage → touchpoints → touchpoint → segments); the margin is for
/// future keys. A fixed limit keeps deeply nested input from exhausting the stack.
pub const MAX_DEPTH: usize = 32;

/// How many nodes a document may hold once aliases are expanded. A dense flow list spends
/// two bytes a node, so this admits any file under the size cap that does not lean on
/// aliases, and stops an alias "billion laughs" long before it costs real memory.
pub const MAX_NODES: usize = MAX_FILE_BYTES / 2;

/// How many events alias expansion may replay in total: legitimate maps reuse a list of
/// segment ids or a channel here and there, not whole documents.
pub const MAX_REPLAYED_EVENTS: usize = 100_000;

/// How much text the scalars of a document may hold once aliases are expanded.
pub const MAX_SCALAR_BYTES: usize = MAX_FILE_BYTES * 2;

/// Every parser option `cjm` uses, in one place.
fn parser_options() -> Options {
    let mut budget = serde_saphyr::Budget::default();
    // The defaults stop near 2 MB of input; size the budget to the largest file we accept.
    budget.max_events = MAX_FILE_BYTES * 2;
    budget.max_nodes = MAX_NODES;
    budget.max_depth = MAX_DEPTH;
    budget.flow_nesting_limit = MAX_DEPTH;
    budget.max_total_scalar_bytes = MAX_SCALAR_BYTES;
    budget.max_documents = 2;

    let mut alias_limits = serde_saphyr::options::AliasLimits::default();
    alias_limits.max_total_replayed_events = MAX_REPLAYED_EVENTS;
    alias_limits.max_replay_stack_depth = MAX_DEPTH;

    let mut options = Options::default();
    options.budget = Some(budget);
    options.alias_limits = alias_limits;
    // Reject continuation lines indented less than their key, as the YAML spec does.
    options.strict_indentation = true;
    // YAML 1.2: `yes`, `no`, `on` and `off` are text, not booleans.
    options.strict_booleans = true;
    // Duplicate keys are errors, but reported by the decoder with both places marked and
    // without abandoning the rest of the file (the parser's own policy stops at the first).
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    // A map holds no binary data; a `!!binary` value stays the text it was written as.
    options.ignore_binary_tag_for_string = true;
    // `.nan` and `.inf` arrive as text, so a rule that wants a number rejects them kindly.
    options.non_finite_float_policy = NonFiniteFloatPolicy::AsString;
    // miette draws the snippets.
    options.with_snippet = false;
    // Suppression comments are read in a separate pass, only in files that have them.
    options.emit_comments = false;
    options
}

/// A YAML node and the span it was written at.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Entries in document order, duplicates included.
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// How the value reads in a message: "text", "a list", "the number 3".
    pub fn describe(&self) -> Message {
        match self {
            Self::Null => msg!("found-empty"),
            Self::Bool(value) => msg!("found-boolean", value = value.to_string()),
            Self::Int(value) => msg!("found-number", number = value.to_string()),
            Self::Float(value) => msg!("found-number", number = value.to_string()),
            Self::Str(text) if text.trim().is_empty() => msg!("found-empty-text"),
            Self::Str(_) => msg!("found-text"),
            Self::Seq(_) => msg!("found-list"),
            Self::Map(_) => msg!("found-mapping"),
        }
    }

    /// The text of a scalar, as a key or a message would show it.
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Self::Null => Some("null".to_owned()),
            Self::Bool(value) => Some(value.to_string()),
            Self::Int(value) => Some(value.to_string()),
            Self::Float(value) => Some(value.to_string()),
            Self::Str(value) => Some(value.clone()),
            Self::Seq(_) | Self::Map(_) => None,
        }
    }
}

impl Node {
    /// How the node reads in a message, as [`Value::describe`], but a number shows as it is
    /// written in `text`: an integer too large for 64 bits is a float to the parser, and
    /// `18446744073709551616` must not come back as `18446744073709552000`.
    pub fn describe_in(&self, text: &str) -> Message {
        let written = text
            .get(self.span.start..self.span.end)
            .map(str::trim)
            // An alias's span is its `*name`, which is no number to show.
            .filter(|literal| literal.len() <= 64 && literal.parse::<f64>().is_ok());
        match (&self.value, written) {
            (Value::Float(_), Some(literal)) => msg!("found-number", number = literal),
            (value, _) => value.describe(),
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<Value>::deserialize(deserializer)?;
        Ok(Self {
            span: span_of(&spanned.referenced),
            value: spanned.value,
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Int(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(i64::try_from(value).map_or(Value::Float(value as f64), Value::Int))
    }

    fn visit_i128<E>(self, value: i128) -> Result<Value, E> {
        Ok(i64::try_from(value).map_or(Value::Float(value as f64), Value::Int))
    }

    fn visit_u128<E>(self, value: u128) -> Result<Value, E> {
        Ok(i64::try_from(value).map_or(Value::Float(value as f64), Value::Int))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::Float(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::Str(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::Str(value))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Value, E> {
        Ok(Value::Str(String::from_utf8_lossy(value).into_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(key) = map.next_key::<Node>()? {
            let value = map.next_value::<Node>()?;
            entries.push((key, value));
        }
        Ok(Value::Map(entries))
    }
}

fn span_of(location: &Location) -> Span {
    let span = location.span();
    match (span.byte_offset(), span.byte_len()) {
        (Some(start), Some(len)) => {
            let start = usize::try_from(start).unwrap_or(usize::MAX);
            let len = usize::try_from(len).unwrap_or(0);
            Span::new(start, start.saturating_add(len))
        }
        _ => Span::default(),
    }
}

/// Why a file is not a YAML document, ready to become its one finding.
#[derive(Debug)]
pub struct ParseFailure {
    pub rule: &'static Rule,
    pub span: Span,
    pub message: Message,
    pub help: Option<Message>,
}

/// Parses one YAML document into a node tree.
pub fn parse(text: &str) -> Result<Node, ParseFailure> {
    crate::map::loader::parse(text)
}

/// The previous loader, through serde-saphyr's deserializer: kept only so the differential
/// tests and the fuzz target can hold the new loader to it, node for node.
#[doc(hidden)]
pub fn parse_with_serde_saphyr(text: &str) -> Result<Node, ParseFailure> {
    serde_saphyr::from_str_with_options::<Node>(text, parser_options())
        .map_err(|error| classify(&error, text))
}

/// A safety limit a document went over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Breach {
    Depth,
    Nodes,
    Aliases,
    /// Alias expansion replayed too many events.
    Replay,
    /// The scalars hold more than [`MAX_SCALAR_BYTES`] of text once aliases are expanded.
    ScalarBytes,
    Documents,
}

/// The finding for a document over a safety limit at `span`.
pub(crate) fn breach_failure(breach: Breach, span: Span, text: &str) -> ParseFailure {
    let failure = |rule, message: Message, help: Message| ParseFailure {
        rule,
        span,
        message,
        help: Some(help),
    };
    match breach {
        Breach::Depth => failure(
            &YAML_TOO_COMPLEX,
            msg!("yaml-too-deep", depth = MAX_DEPTH),
            msg!("flatten-the-structure"),
        ),
        Breach::Nodes => failure(
            &YAML_TOO_COMPLEX,
            msg!("yaml-too-many-nodes", nodes = MAX_NODES),
            msg!("simplify-the-file"),
        ),
        Breach::Aliases => failure(
            &YAML_TOO_COMPLEX,
            msg!("yaml-too-many-aliases"),
            msg!("simplify-the-file"),
        ),
        Breach::Replay => failure(
            &YAML_TOO_COMPLEX,
            msg!("yaml-alias-bomb", events = MAX_REPLAYED_EVENTS),
            msg!("write-values-out"),
        ),
        Breach::ScalarBytes => failure(
            &YAML_TOO_COMPLEX,
            msg!(
                "yaml-too-much-text",
                size = crate::source::human_bytes(MAX_SCALAR_BYTES as u64)
            ),
            msg!("simplify-the-file"),
        ),
        Breach::Documents => ParseFailure {
            span: document_marker_before(text, span),
            ..failure(
                &MULTIPLE_DOCUMENTS,
                msg!("multiple-documents"),
                msg!("one-map-per-file"),
            )
        },
    }
}

/// The finding for a parser complaint, worded for someone editing a map.
pub(crate) fn syntax_failure(message: String, span: Span, text: &str) -> ParseFailure {
    if message.contains("recursion limit") {
        return breach_failure(Breach::Depth, span, text);
    }
    if let Some(failure) = crate::map::quotes::explain(&message, span, text) {
        return failure;
    }
    let help = syntax_help(&message);
    let span = if message.contains("tab") {
        tab_near(text, span)
    } else {
        span
    };
    ParseFailure {
        rule: &YAML_SYNTAX,
        span,
        message: syntax_message(message),
        help,
    }
}

fn classify(error: &serde_saphyr::Error, text: &str) -> ParseFailure {
    let error = unwrap_error(error);
    let span = match error.location() {
        None => Span::at(text.len()),
        Some(location) if location == Location::UNKNOWN => Span::at(text.len()),
        // Scanner errors carry a line and column but no byte offset.
        Some(location) if location.span().byte_offset().is_none() => {
            let line = usize::try_from(location.line()).unwrap_or(usize::MAX);
            let column = usize::try_from(location.column()).unwrap_or(usize::MAX);
            Span::at(offset_at(text, line, column))
        }
        Some(location) => span_of(&location),
    };
    use serde_saphyr::Error as E;
    match error {
        E::MultipleDocuments { .. } => breach_failure(Breach::Documents, span, text),
        E::DuplicateMappingKey { key, .. } => ParseFailure {
            rule: &DUPLICATE_KEY,
            span,
            message: match key {
                Some(key) => msg!("the-key-appears-twice", key = key.as_str()),
                None => msg!("a-key-appears-twice"),
            },
            help: Some(msg!("keep-one-entry")),
        },
        E::Budget { breach, .. } => match breach {
            BudgetBreach::Depth { .. } => breach_failure(Breach::Depth, span, text),
            BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
                breach_failure(Breach::Nodes, span, text)
            }
            BudgetBreach::Aliases { .. } | BudgetBreach::Anchors { .. } => {
                breach_failure(Breach::Aliases, span, text)
            }
            BudgetBreach::Documents { .. } => breach_failure(Breach::Documents, span, text),
            BudgetBreach::ScalarBytes { .. } => breach_failure(Breach::ScalarBytes, span, text),
            // The parser's own names for its limits are not words for users.
            _ => ParseFailure {
                rule: &YAML_TOO_COMPLEX,
                span,
                message: msg!("yaml-safety-limit"),
                help: Some(msg!("simplify-the-file")),
            },
        },
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => breach_failure(Breach::Replay, span, text),
        _ => syntax_failure(
            UserMessageFormatter.format_message(error).into_owned(),
            span,
            text,
        ),
    }
}

/// The tab a complaint about tabs means. The parser points just after it (`\t- id`) or
/// at the end of the line above the one it indents, so it is the first tab from the start
/// of the reported line through the next one; the span is unchanged when there is none.
fn tab_near(text: &str, span: Span) -> Span {
    let line_start = text
        .get(..span.start)
        .and_then(|before| before.rfind(['\n', '\r']))
        .map_or(0, |line_break| line_break + 1);
    let rest = text.get(line_start..).unwrap_or("");
    let two_lines: usize = rest.split_inclusive('\n').take(2).map(str::len).sum();
    rest.get(..two_lines)
        .and_then(|lines| lines.find('\t'))
        .map_or(span, |tab| {
            Span::new(line_start + tab, line_start + tab + 1)
        })
}

/// The `---` line that opened the document starting at `span`, when there is one.
fn document_marker_before(text: &str, span: Span) -> Span {
    let before = text.get(..span.start).unwrap_or(text);
    let marker = before
        .rfind("\n---")
        .map(|newline| newline + 1)
        .or_else(|| before.starts_with("---").then_some(0));
    marker.map_or(span, |start| Span::new(start, start + 3))
}

/// Alias and snippet wrappers carry the real error inside.
fn unwrap_error(error: &serde_saphyr::Error) -> &serde_saphyr::Error {
    let mut error = error.without_snippet();
    while let serde_saphyr::Error::AliasError { error: inner, .. } = error {
        error = inner.without_snippet();
    }
    error
}

/// A hint for the parser's most common complaints, in the terms of someone editing a map.
fn syntax_help(message: &str) -> Option<Message> {
    let message = message.to_lowercase();
    if message.contains("tab") {
        Some(msg!("replace-tab"))
    } else if message.contains("mapping values are not allowed") {
        Some(msg!("quote-text-with-colon"))
    } else if message.contains("unclosed") || message.contains("did not find expected ',' or") {
        Some(msg!("close-the-bracket"))
    } else if message.contains("indent") || message.contains("did not find expected") {
        Some(msg!("check-indentation"))
    } else {
        None
    }
}

/// The parser's wording, without the position it appends (we show our own).
fn syntax_message(message: String) -> Message {
    let message = message.trim();
    let message = match message.find(" at line ") {
        Some(cut) => message.get(..cut).unwrap_or(message),
        None => message,
    };
    let mut message = message.to_owned();
    // "Unexpected end" reads "unexpected end" after our prefix; "YAML merge value" keeps
    // its acronym.
    let acronym = message
        .chars()
        .nth(1)
        .is_some_and(|second| second.is_uppercase());
    if !acronym && let Some(first) = message.get(..1) {
        let lower = first.to_lowercase();
        message.replace_range(..1, &lower);
    }
    if message.is_empty() {
        msg!("not-valid-yaml")
    } else {
        msg!("invalid-yaml", detail = parser_words(message))
    }
}

/// The parser's complaint in the catalogue's words when it is one that maps commonly
/// trigger (the English text is the parser's own); any other stays as the parser wrote it.
fn parser_words(detail: String) -> Message {
    match detail.as_str() {
        "while parsing a block collection, did not find expected '-' indicator" => {
            msg!("parser-expected-dash")
        }
        "while parsing a block mapping, did not find expected key" => msg!("parser-expected-key"),
        "mapping values are not allowed in this context" => msg!("parser-mapping-values"),
        "while scanning a plain scalar, found a tab" => msg!("parser-tab"),
        "while parsing a flow sequence, expected ',' or ']'" => msg!("parser-flow-sequence"),
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            msg!("parser-flow-mapping")
        }
        "while parsing a node, did not find expected node content" => msg!("parser-node-content"),
        "invalid indentation" => msg!("parser-indentation"),
        "unclosed quote" => msg!("parser-unclosed-quote"),
        "unclosed bracket '['" => msg!("parser-unclosed-bracket"),
        "reference to unknown value" => msg!("parser-unknown-anchor"),
        "recursive reference not allowed here" => msg!("parser-recursive-reference"),
        _ => Message::verbatim(detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_described_as_written() {
        let text = "a: 18446744073709551616\nb: 1.5e3\nc: &n 2.5e19\nd: *n\ne: 7\n";
        let Value::Map(entries) = parse(text).unwrap().value else {
            panic!("not a mapping");
        };
        let described: Vec<String> = entries
            .iter()
            .map(|(_, value)| value.describe_in(text).english())
            .collect();
        assert_eq!(
            described,
            [
                "the number 18446744073709551616",
                "the number 1.5e3",
                "the number 2.5e19",
                // An alias points at its `*name`: the value as parsed.
                "the number 25000000000000000000",
                "the number 7",
            ]
        );
    }

    #[test]
    fn nodes_carry_byte_spans_of_values() {
        let text = "title: \"Путь\"\nstages:\n  - id: сделка\n";
        let node = parse(text).unwrap();
        let Value::Map(entries) = node.value else {
            panic!("expected a mapping")
        };
        let (key, title) = &entries[0];
        assert_eq!(&text[key.span.start..key.span.end], "title");
        assert_eq!(&text[title.span.start..title.span.end], "\"Путь\"");
        let Value::Seq(stages) = &entries[1].1.value else {
            panic!("expected a list")
        };
        let Value::Map(stage) = &stages[0].value else {
            panic!("expected a mapping")
        };
        let id = &stage[0].1;
        assert_eq!(&text[id.span.start..id.span.end], "сделка");
    }

    #[test]
    fn yes_and_no_stay_text_and_duplicates_reach_the_decoder() {
        let node = parse("a: yes\na: no\n").unwrap();
        let Value::Map(entries) = node.value else {
            panic!("expected a mapping")
        };
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].1.value, Value::Str("yes".into()));
        assert_eq!(entries[1].1.value, Value::Str("no".into()));
    }

    #[test]
    fn hostile_documents_fail_with_the_right_rule() {
        let deep = "[".repeat(5000) + &"]".repeat(5000);
        assert_eq!(parse(&deep).unwrap_err().rule.code, YAML_TOO_COMPLEX.code);
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (previous, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
            let items = vec![format!("*{previous}"); 9].join(", ");
            bomb.push_str(&format!("{name}: &{name} [{items}]\n"));
        }
        assert_eq!(parse(&bomb).unwrap_err().rule.code, YAML_TOO_COMPLEX.code);
        let two = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert_eq!(two.rule.code, MULTIPLE_DOCUMENTS.code);
        assert_eq!(two.span.start, 5);
        let unclosed = parse("a: [1, 2\n").unwrap_err();
        assert_eq!(
            (unclosed.rule.code, unclosed.span),
            (YAML_SYNTAX.code, Span::at(3))
        );
    }
}
