//! The event loader against the serde-saphyr loader it replaced, for the differential test
//! and fuzz target: both give the same tree, spans included, or the same failure. Remove with
//! the old loader.

use super::loader;
use std::collections::HashSet;

use super::yaml::{self, Node, ParseFailure, Value};
use crate::rules::structure::YAML_TOO_COMPLEX;
use crate::span::Span;

/// What a loader made of a text, in a form two loaders can be compared on.
pub type Outcome = Result<Node, (&'static str, Span, String, Option<String>)>;

fn outcome(result: Result<Node, ParseFailure>) -> Outcome {
    result.map_err(|failure| {
        (
            failure.rule.code,
            failure.span,
            failure.message.english(),
            failure.help.map(|help| help.english()),
        )
    })
}

/// Compares the two loaders on one text; returns a description of the difference.
pub fn difference(text: &str) -> Option<String> {
    let old = outcome(yaml::parse_with_serde_saphyr(text));
    let new = outcome(loader::parse(text));
    (old != new && !is_known_difference(text, &old, &new))
        .then(|| format!("old: {old:?}\nnew: {new:?}"))
}

/// The differences kept on purpose; both loaders reject the file under the same rule.
/// - The event loader finds a problem before serde-saphyr's: an alias inside the node its
///   own anchor names, or a scalar its tag cannot read (`!!float b`), at an event the parser
///   gives before it reports a syntax error or before serde-saphyr's nesting limit is
///   passed. serde-saphyr reads ahead and reports the later problem (a syntax error may point
///   back before the first: an unclosed `[` is reported where it opens); the event loader
///   reports the first problem it meets, where it stands.
/// - A merge (`<<: *b`) of an alias to something other than a mapping: serde-saphyr points
///   at the anchored node, the event loader at the alias, where the merge uses it.
/// - A merged mapping with two keys that read the same but are written differently (`!t a`
///   and `a`, `true` and `True`): serde-saphyr tells keys apart by their text and tag and
///   merges both, the event loader by their value and merges the first.
fn is_known_difference(text: &str, old: &Outcome, new: &Outcome) -> bool {
    if let (Ok(old), Ok(new)) = (old, new) {
        return without_repeated_keys(old) == without_repeated_keys(new);
    }
    let (Err((old_rule, old_span, old_message, _)), Err((new_rule, new_span, new_message, _))) =
        (old, new)
    else {
        return false;
    };
    let earlier_problem = old_rule == new_rule && new_span.end <= old_span.start;
    let too_deep = *old_rule == YAML_TOO_COMPLEX.code;
    let met_first = (old_rule == new_rule || too_deep)
        && met_before(text, *new_span, too_deep.then_some(*old_span));
    let merge_at_the_alias = old_rule == new_rule
        && old_message == new_message
        && new_message.contains("merge value")
        && text
            .get(new_span.start..new_span.end)
            .is_some_and(|alias| alias.starts_with('*'));
    earlier_problem || met_first || merge_at_the_alias
}

/// Whether the parser gives the event at `span`, and only then the event at `later` or a
/// syntax error (which serde-saphyr, reading ahead, reports in `cjm`'s words).
fn met_before(text: &str, span: Span, later: Option<Span>) -> bool {
    let parser =
        granit_parser::Parser::new_from_str_with_options(text, loader::parser_options(false));
    let mut met = false;
    for item in parser {
        match item {
            Ok((_, event)) => {
                let start = event.start.byte_offset();
                if met && later.is_some_and(|later| start == Some(later.start)) {
                    return true;
                }
                met |= start == Some(span.start);
            }
            // The parser's own nesting limit is serde-saphyr's, for flow collections.
            Err(_) => return met,
        }
    }
    false
}

/// The tree with every key that repeats an earlier key of its mapping (by value) left out.
fn without_repeated_keys(node: &Node) -> Node {
    let value = match &node.value {
        Value::Seq(items) => Value::Seq(items.iter().map(without_repeated_keys).collect()),
        Value::Map(entries) => {
            let mut seen = HashSet::new();
            Value::Map(
                entries
                    .iter()
                    .filter(|(key, _)| seen.insert(loader::fingerprint(&key.value)))
                    .map(|(key, value)| (without_repeated_keys(key), without_repeated_keys(value)))
                    .collect(),
            )
        }
        scalar => scalar.clone(),
    };
    Node {
        span: node.span,
        value,
    }
}
