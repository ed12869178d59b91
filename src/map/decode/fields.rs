//! One YAML mapping being decoded as an element of the map: taking its keys one by one,
//! then reporting what no decode call asked for.

use std::collections::HashMap;

use super::Decoder;
use super::kind::Element;
use super::values::Expected;
use crate::fix::{self, Edit, Fix, title};
use crate::i18n::Message;
use crate::map::keys::{self, KeyProblem};
use crate::map::model::{Field, Figure, List, Text};
use crate::map::yaml::{Node, Value};
use crate::msg;
use crate::rules::structure::{DUPLICATE_KEY, MISSING_KEY, UNKNOWN_KEY, WRONG_TYPE};
use crate::span::{Span, Spanned};
use crate::suggest;

/// What a message is about, such as `` `emotion` in stage `awareness` `` or
/// `` item 2 of `goals` in stage `purchase` ``. Formatted only when a finding needs it:
/// decoding a clean map allocates no messages.
#[derive(Clone, Copy)]
pub(super) struct Subject<'a> {
    pub(super) key: &'a str,
    /// The element the key belongs to; `None` at the top of the map.
    pub(super) owner: Option<&'a Owner<'a>>,
    /// The item of a list the key holds.
    pub(super) item: Option<usize>,
}

impl Subject<'_> {
    /// "item 2 of `goals` in stage `awareness`".
    pub(super) fn message(&self) -> Message {
        let key = match self.owner {
            Some(owner) => msg!("subject-key-in", key = self.key, owner = owner.message()),
            None => msg!("subject-key", key = self.key),
        };
        match self.item {
            Some(item) => msg!("subject-item", number = item + 1, subject = key),
            None => key,
        }
    }
}

/// How messages name an element: "the map", "stage `awareness`", "touchpoint 2 in stage
/// `awareness`".
pub(super) enum Owner<'p> {
    Named(Message),
    /// Not named yet (its id is still to be read): by its place, worded only when a finding
    /// needs it, as for most elements none does.
    Place {
        kind: Element,
        index: usize,
        parent: Option<&'p Message>,
    },
}

impl Owner<'_> {
    pub(super) fn message(&self) -> Message {
        match self {
            Self::Named(message) => message.clone(),
            Self::Place {
                kind,
                index,
                parent,
            } => kind.name(&Field::Absent, *index, *parent),
        }
    }
}

/// The entries of one YAML mapping being decoded as an element of the map.
pub(super) struct Fields<'p> {
    pub(super) span: Span,
    entries: Vec<Entry>,
    /// The element's keys its decode function asked for, as a set of positions in
    /// [`Element::keys`].
    known: KeySet,
    /// The element, as messages name it.
    owner: Owner<'p>,
    kind: Element,
    /// Non-text and repeated keys, reported by [`Self::finish`] so that the message names
    /// the element by its id, read in the meantime.
    key_problems: Vec<KeyProblem>,
    /// The element's keys that are not written.
    absent: KeySet,
}

/// Some of an element's keys, by their position in [`Element::keys`] (an element has
/// far fewer than 64).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct KeySet(u64);

impl KeySet {
    fn bit(position: usize) -> u64 {
        u32::try_from(position)
            .ok()
            .and_then(|position| 1u64.checked_shl(position))
            .unwrap_or(0)
    }

    fn contains(self, position: usize) -> bool {
        self.0 & Self::bit(position) != 0
    }

    /// Every key of `keys`.
    fn all(keys: &[&str]) -> Self {
        let mut all = Self::default();
        (0..keys.len()).for_each(|position| all.insert(position));
        all
    }

    fn insert(&mut self, position: usize) {
        self.0 |= Self::bit(position);
    }

    /// The keys of `keys` in the set.
    fn of(self, keys: &'static [&'static str]) -> impl Iterator<Item = &'static str> + Clone {
        keys.iter()
            .enumerate()
            .filter(move |(position, _)| self.contains(*position))
            .map(|(_, key)| *key)
    }
}

struct Entry {
    key: String,
    /// The key's position in [`Element::keys`]; `None` for a key the element does not take.
    position: Option<usize>,
    key_span: Span,
    /// `None` once taken by the decode function.
    value: Option<Node>,
    /// For a key the element does not take, the key it is most likely a typo of. A key the
    /// element lacks wins over one already written (`wher` beside `when` means `where`).
    near_miss: Option<&'static str>,
}

/// What [`Fields::take`] found for a key.
pub(super) enum Taken {
    Written(Span, Node),
    Absent,
    /// Not written, but an unknown key is a near miss of it: the value is there under the
    /// wrong spelling, so the key counts as written and unusable, not as missing. Its one
    /// finding is the unknown key.
    Misspelt,
}

impl<'p> Fields<'p> {
    /// Opens `node` as a mapping, reporting a wrong type. Until the element's id is read,
    /// `owner` names it by its place.
    pub(super) fn open(
        decoder: &mut Decoder<'_>,
        node: Node,
        kind: Element,
        owner: Owner<'p>,
    ) -> Option<Self> {
        let Value::Map(pairs) = node.value else {
            let found = node.describe_in(decoder.text);
            decoder
                .findings
                .report(
                    &WRONG_TYPE,
                    node.span,
                    msg!("not-a-mapping", owner = owner.message(), found = found),
                )
                .label(msg!("expected-mapping"))
                .help(msg!(
                    "write-element-as",
                    kind = kind.noun(),
                    shape = kind.shape()
                ));
            return None;
        };
        let (keyed, key_problems) = keys::read_keys(pairs);
        let keys = kind.keys();
        let mut written = KeySet::default();
        let mut entries: Vec<Entry> = keyed
            .into_iter()
            .map(|entry| {
                let position = keys.iter().position(|key| *key == entry.key);
                if let Some(position) = position {
                    written.insert(position);
                }
                Entry {
                    key: entry.key,
                    position,
                    key_span: entry.key_span,
                    value: Some(entry.value),
                    near_miss: None,
                }
            })
            .collect();
        let absent = KeySet(!written.0 & KeySet::all(keys).0);
        for entry in entries.iter_mut().filter(|entry| entry.position.is_none()) {
            let candidates = keys
                .iter()
                .enumerate()
                .map(|(position, key)| (*key, absent.contains(position)));
            entry.near_miss = suggest::closest_preferring(&entry.key, candidates);
        }
        Some(Self {
            span: node.span,
            entries,
            known: KeySet::default(),
            owner,
            kind,
            key_problems,
            absent,
        })
    }

    fn is_absent(&self, key: &str) -> bool {
        let keys = self.kind.keys();
        keys.iter()
            .position(|known| *known == key)
            .is_some_and(|position| self.absent.contains(position))
    }

    /// Where findings about the whole element point: its first key.
    pub(super) fn anchor(&self) -> Span {
        self.entries
            .first()
            .map_or(self.span, |entry| entry.key_span)
    }

    /// The element as messages name it.
    pub(super) fn owner(&self) -> Message {
        self.owner.message()
    }

    /// Names the element, once its id (or name) is read.
    pub(super) fn rename(&mut self, name: Message) {
        self.owner = Owner::Named(name);
    }

    /// `` `key` in stage `x` `` or, for the map itself, `` `key` ``.
    pub(super) fn subject<'s>(&'s self, key: &'s str) -> Subject<'s> {
        Subject {
            key,
            owner: (self.kind != Element::Map).then_some(&self.owner),
            item: None,
        }
    }

    /// Takes the value of `key` (recording it as a known key), with the key's span.
    pub(super) fn take(&mut self, key: &'static str) -> Taken {
        let Some(position) = self.kind.keys().iter().position(|known| *known == key) else {
            debug_assert!(false, "{key} is not a key of {:?}", self.kind);
            return Taken::Absent;
        };
        self.known.insert(position);
        if let Some(entry) = self
            .entries
            .iter_mut()
            .find(|entry| entry.position == Some(position))
        {
            return match entry.value.take() {
                Some(value) => Taken::Written(entry.key_span, value),
                None => Taken::Absent,
            };
        }
        if self
            .entries
            .iter()
            .any(|entry| entry.near_miss == Some(key))
        {
            Taken::Misspelt
        } else {
            Taken::Absent
        }
    }

    pub(super) fn optional<'d, T>(
        &mut self,
        decoder: &mut Decoder<'d>,
        key: &'static str,
        decode: impl FnOnce(&mut Decoder<'d>, Node, &Subject<'_>) -> Field<T>,
    ) -> Field<T> {
        match self.take(key) {
            Taken::Written(_, node) => decode(decoder, node, &self.subject(key)),
            Taken::Absent => Field::Absent,
            Taken::Misspelt => Field::Invalid,
        }
    }

    /// Like [`Self::optional`], and reports the key when it is missing or empty.
    pub(super) fn required<'d, T>(
        &mut self,
        decoder: &mut Decoder<'d>,
        key: &'static str,
        decode: impl FnOnce(&mut Decoder<'d>, Node, &Subject<'_>) -> Field<T>,
    ) -> Field<T> {
        let (key_span, node) = match self.take(key) {
            Taken::Written(key_span, node) => (key_span, node),
            Taken::Misspelt => return Field::Invalid,
            Taken::Absent => {
                self.report_missing(decoder, key);
                return Field::Absent;
            }
        };
        let subject = self.subject(key);
        let field = decode(decoder, node, &subject);
        if field.is_absent() {
            decoder
                .findings
                .report(
                    &MISSING_KEY,
                    key_span,
                    msg!("is-empty", subject = subject.message()),
                )
                .label(msg!("no-value"))
                .help(msg!("write-value-after", key = key));
        }
        field
    }

    /// Reports that a required key is not written.
    pub(super) fn report_missing(&self, decoder: &mut Decoder<'_>, key: &str) {
        let owner = self.owner();
        decoder
            .findings
            .report(
                &MISSING_KEY,
                self.anchor(),
                msg!("has-no-key", owner = owner.clone(), key = key),
            )
            .label(msg!("no-key-here", key = key))
            .help(msg!("add-key-to", key = key, owner = owner));
    }

    pub(super) fn text(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> Field<String> {
        self.optional(decoder, key, Decoder::text_value)
    }

    pub(super) fn required_text(
        &mut self,
        decoder: &mut Decoder<'_>,
        key: &'static str,
    ) -> Field<String> {
        self.required(decoder, key, Decoder::text_value)
    }

    pub(super) fn integer(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> Field<i64> {
        self.optional(decoder, key, Decoder::whole_number)
    }

    pub(super) fn number(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> Field<Figure> {
        self.optional(decoder, key, Decoder::number)
    }

    /// A list whose items `decode_item` turns into `T`; an item it rejects is left out and
    /// marks the list invalid. `decode_item` gets the item's subject for its messages.
    pub(super) fn list<'d, T>(
        &mut self,
        decoder: &mut Decoder<'d>,
        key: &'static str,
        mut decode_item: impl FnMut(&mut Decoder<'d>, Node, usize, &Subject<'_>) -> Option<T>,
    ) -> List<T> {
        let node = match self.take(key) {
            Taken::Written(_, node) => node,
            Taken::Absent => return List::default(),
            Taken::Misspelt => {
                return List {
                    invalid: true,
                    ..List::default()
                };
            }
        };
        let subject = self.subject(key);
        let span = node.span;
        match node.value {
            Value::Null => List {
                span: Some(span),
                ..List::default()
            },
            Value::Seq(nodes) => {
                let total = nodes.len();
                let items: Vec<T> = nodes
                    .into_iter()
                    .enumerate()
                    .filter_map(|(index, item)| {
                        let subject = Subject {
                            item: Some(index),
                            ..subject
                        };
                        decode_item(decoder, item, index, &subject)
                    })
                    .collect();
                List {
                    span: Some(span),
                    invalid: items.len() < total,
                    items,
                }
            }
            _ => {
                decoder.wrong_type(&node, &subject.message(), Expected::List);
                List {
                    span: Some(span),
                    items: Vec::new(),
                    invalid: true,
                }
            }
        }
    }

    pub(super) fn text_list(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> List<Text> {
        self.list(decoder, key, |decoder, node, _, subject| match node.value {
            Value::Str(text) if !text.trim().is_empty() => Some(Spanned::new(text, node.span)),
            Value::Null | Value::Str(_) => {
                decoder
                    .findings
                    .report(
                        &WRONG_TYPE,
                        node.span,
                        msg!("is-empty", subject = subject.message()),
                    )
                    .label(msg!("empty-item"))
                    .help(msg!("write-text-or-remove"));
                None
            }
            _ => {
                decoder.wrong_type(&node, &subject.message(), Expected::Text);
                None
            }
        })
    }

    /// Reports the keys that cannot be used: not text, repeated, or taken by no decode call
    /// (suggesting the closest key).
    pub(super) fn finish(mut self, decoder: &mut Decoder<'_>) {
        debug_assert!(
            self.known == KeySet::all(self.kind.keys()),
            "the decoder of {:?} does not read every key of Element::keys",
            self.kind
        );
        let unknown: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|entry| entry.value.is_some())
            .collect();
        if unknown.is_empty() && self.key_problems.is_empty() {
            return;
        }
        let owner = &self.owner();
        for problem in std::mem::take(&mut self.key_problems) {
            match problem {
                KeyProblem::NotText { span, found } => {
                    decoder
                        .findings
                        .report(
                            &WRONG_TYPE,
                            span,
                            msg!("key-not-text", owner = owner.clone(), found = found),
                        )
                        .label(msg!("not-a-text-key"));
                }
                KeyProblem::Duplicate { key, span, first } => {
                    decoder
                        .findings
                        .report(
                            &DUPLICATE_KEY,
                            span,
                            msg!("key-twice", key = key, owner = owner.clone()),
                        )
                        .label(msg!("second-entry-ignored"))
                        .related(first, msg!("first-entry-used"))
                        .help(msg!("keep-one-entry"));
                }
            }
        }
        let place = if self.kind == Element::Map {
            msg!("place-top-of-map")
        } else {
            msg!("place-in", owner = owner.clone())
        };
        let noun = self.kind.noun();
        // How many unknown keys are near misses of each key, counted once: a mapping may
        // hold hundreds of thousands of keys.
        let mut near_misses: HashMap<&str, usize> = HashMap::new();
        for near_miss in unknown.iter().filter_map(|entry| entry.near_miss) {
            *near_misses.entry(near_miss).or_default() += 1;
        }
        for entry in &unknown {
            let fix = self.rename_fix(entry, &near_misses, decoder.text);
            let help = match entry.near_miss {
                Some(near_miss) if self.is_absent(near_miss) => msg!(
                    "did-you-mean-absent",
                    name = near_miss,
                    owner = owner.clone()
                ),
                Some(near_miss) => msg!("did-you-mean", name = near_miss),
                None => msg!(
                    "keys-of",
                    kind = noun,
                    keys = suggest::list_all(self.kind.keys())
                ),
            };
            decoder
                .findings
                .report(
                    &UNKNOWN_KEY,
                    entry.key_span,
                    msg!("unknown-key", key = &entry.key, place = place.clone()),
                )
                .label(msg!("unknown-key-label"))
                .help(help)
                .fix(fix);
        }
    }

    /// The rename of an unknown key to the absent key it is the only near miss of: no other
    /// unknown key is a near miss of it, and no other absent key is as close.
    fn rename_fix(
        &self,
        entry: &Entry,
        near_misses: &HashMap<&str, usize>,
        text: &str,
    ) -> Option<Fix> {
        let near_miss = entry.near_miss.filter(|key| self.is_absent(key))?;
        let rivals = near_misses.get(near_miss).copied().unwrap_or(0);
        let unambiguous =
            suggest::is_only_closest(&entry.key, near_miss, self.absent.of(self.kind.keys()));
        if rivals != 1 || !unambiguous {
            return None;
        }
        let written = text.get(entry.key_span.start..entry.key_span.end)?;
        let content = fix::rewrite_scalar(written, &entry.key, near_miss)?;
        Some(Fix::new(
            title::rename_key(&entry.key, near_miss),
            vec![Edit::replace(entry.key_span, content)],
        ))
    }
}
