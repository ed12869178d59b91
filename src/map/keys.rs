//! Reading the keys of one YAML mapping: the step the map decoder and the `.cjm.yaml`
//! decoder share.
//!
//! YAML leaves keys untyped and allows duplicates to parse; both files want text keys and
//! each key once. Beyond a few keys, duplicates are found with a hash table, so a mapping of
//! 350,000 keys (the most a file under the size cap can hold) costs one pass, not a
//! comparison per pair.

use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashTable};

use crate::i18n::Message;

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

/// Up to this many keys, a repeat is found by comparing with the keys before it: cheaper
/// than hashing for the handful of keys an element has.
const COMPARED_KEYS: usize = 16;

/// The keys of a mapping, in order. Keys that are not text and every repeat of a key are
/// left out and returned as problems, in the order they were written.
pub fn read_keys(pairs: Vec<(Node, Node)>) -> (Vec<KeyedValue>, Vec<KeyProblem>) {
    let mut entries: Vec<KeyedValue> = Vec::with_capacity(pairs.len());
    // Positions in `entries`, hashed by key, once the mapping is too long to compare.
    let mut by_key: Option<HashTable<usize>> = None;
    let hasher = DefaultHashBuilder::default();
    // The hash of the key at a position of `entries`, as the table rehashes it.
    let rehash = |entries: &[KeyedValue], position: usize| {
        entries
            .get(position)
            .map_or(0, |entry| hasher.hash_one(&entry.key))
    };
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
        if by_key.is_none() && entries.len() == COMPARED_KEYS {
            let mut table = HashTable::with_capacity(entries.capacity());
            for (position, entry) in entries.iter().enumerate() {
                table.insert_unique(hasher.hash_one(&entry.key), position, |&position| {
                    rehash(&entries, position)
                });
            }
            by_key = Some(table);
        }
        let first = match &by_key {
            None => entries.iter().find(|entry| entry.key == name),
            Some(table) => table
                .find(hasher.hash_one(&name), |&position| {
                    entries.get(position).is_some_and(|entry| entry.key == name)
                })
                .and_then(|&position| entries.get(position)),
        };
        if let Some(first) = first {
            problems.push(KeyProblem::Duplicate {
                first: first.key_span,
                key: name,
                span: key.span,
            });
            continue;
        }
        if let Some(table) = &mut by_key {
            table.insert_unique(hasher.hash_one(&name), entries.len(), |&position| {
                rehash(&entries, position)
            });
        }
        entries.push(KeyedValue {
            key: name,
            key_span: key.span,
            value,
        });
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
    fn repeats_are_found_in_long_mappings_too() {
        // 16 distinct keys, then a repeat of an early key and of one added after the switch
        // to hashing, with a non-text key among them.
        let mut text: String = (0..16).map(|n| format!("k{n}: {n}\n")).collect();
        text.push_str("k17: x\nk3: again\n? [list]\n: v\nk17: again\nk18: y\n");
        let (entries, problems) = read_keys(pairs(&text));
        let keys: Vec<&str> = entries.iter().map(|entry| entry.key.as_str()).collect();
        let mut expected: Vec<String> = (0..16).map(|n| format!("k{n}")).collect();
        expected.extend(["k17".to_owned(), "k18".to_owned()]);
        assert_eq!(keys, expected);
        let repeats: Vec<(&str, usize)> = problems
            .iter()
            .filter_map(|problem| match problem {
                KeyProblem::Duplicate { key, first, .. } => Some((key.as_str(), first.start)),
                KeyProblem::NotText { .. } => None,
            })
            .collect();
        let at = |key: &str| text.find(&format!("{key}:")).unwrap();
        assert_eq!(repeats, [("k3", at("k3")), ("k17", at("k17"))]);
        assert_eq!(problems.len(), 3);
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
