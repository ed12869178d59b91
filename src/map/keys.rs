//! Reading the keys of one YAML mapping: the step the map decoder and the `.cjm.yaml`
//! decoder share.
//!
//! YAML leaves keys untyped and allows duplicates to parse; both files want text keys and
//! each key once. Duplicates are found with a hash set, so a mapping of 350,000 keys (the
//! most a file under the size cap can hold) costs one pass, not a comparison per pair.

use crate::i18n::Message;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::map::yaml::{Node, Value};
use crate::span::Span;

/// One key read as text, with the value written under it.
#[derive(Debug)]
pub struct KeyedValue {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

/// A key that cannot be used; the caller words the finding for its own file.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyProblem {
    /// A key that is not text, such as a list or a mapping used as a key.
    NotText { span: Span, found: Message },
    /// A key written a second time; the first entry is the one kept.
    Duplicate {
        key: String,
        span: Span,
        first: Span,
    },
}

/// The keys of a mapping, in order. Keys that are not text and every repeat of a key are
/// left out and returned as problems, in the order they were written.
pub fn read_keys(pairs: Vec<(Node, Node)>) -> (Vec<KeyedValue>, Vec<KeyProblem>) {
    let mut entries: Vec<KeyedValue> = Vec::with_capacity(pairs.len());
    let mut first_spans: HashMap<String, Span> = HashMap::with_capacity(pairs.len());
    let mut problems = Vec::new();
    for (key, value) in pairs {
        let name = match key.value {
            // Keys are almost always text; take it rather than copy it.
            Value::Str(text) => text,
            other => match other.scalar_text() {
                Some(text) => text,
                None => {
                    problems.push(KeyProblem::NotText {
                        span: key.span,
                        found: other.describe(),
                    });
                    continue;
                }
            },
        };
        match first_spans.entry(name) {
            Entry::Occupied(first) => problems.push(KeyProblem::Duplicate {
                first: *first.get(),
                key: first.key().clone(),
                span: key.span,
            }),
            Entry::Vacant(slot) => {
                entries.push(KeyedValue {
                    key: slot.key().clone(),
                    key_span: key.span,
                    value,
                });
                slot.insert(key.span);
            }
        }
    }
    (entries, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::yaml;

    fn pairs(text: &str) -> Vec<(Node, Node)> {
        match yaml::parse(text).unwrap().value {
            Value::Map(pairs) => pairs,
            other => panic!("not a mapping: {other:?}"),
        }
    }

    #[test]
    fn the_first_entry_wins_and_every_repeat_is_a_problem() {
        let (entries, problems) = read_keys(pairs("a: 1\nb: 2\na: 3\na: 4\n"));
        let keys: Vec<&str> = entries.iter().map(|entry| entry.key.as_str()).collect();
        assert_eq!(keys, ["a", "b"]);
        assert_eq!(entries[0].value.value, Value::Int(1));
        assert_eq!(
            problems,
            [
                KeyProblem::Duplicate {
                    key: "a".to_owned(),
                    span: Span::new(10, 11),
                    first: Span::new(0, 1),
                },
                KeyProblem::Duplicate {
                    key: "a".to_owned(),
                    span: Span::new(15, 16),
                    first: Span::new(0, 1),
                },
            ]
        );
    }

    #[test]
    fn scalar_keys_are_read_as_text_and_collections_are_not_keys() {
        let (entries, problems) = read_keys(pairs("1: one\n? [x]\n: list\n"));
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].key, "1");
        assert!(
            matches!(&problems[..], [KeyProblem::NotText { found, .. }] if found.english().contains("list")),
            "{problems:?}"
        );
    }
}
