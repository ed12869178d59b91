//! From the YAML node tree to a [`JourneyMap`], reporting every structural problem on the
//! way: wrong types, missing and unknown keys, duplicate keys, bad values.
//!
//! The keys of each element are the calls to [`Fields`] in its decode function: the same
//! list drives decoding, the unknown-key check and its suggestions, so they cannot drift.

use std::fmt;

use crate::finding::Findings;
use crate::freshness::parse_date;
use crate::map::model::{
    Channel, Field, Funnel, JourneyMap, Kpi, KpiDirection, List, Pain, PainSeverity, Segment,
    Stage, Text, Touchpoint, describe,
};
use crate::map::yaml::{Node, Value};
use crate::rules::freshness::INVALID_REVIEW_DATE;
use crate::rules::structure::{
    DUPLICATE_KEY, EMPTY_FILE, INVALID_VALUE, MISSING_KEY, UNKNOWN_KEY, UNSUPPORTED_VERSION,
    WRONG_TYPE,
};
use crate::span::{Span, Spanned};
use crate::suggest;

/// The format version this build reads.
pub const FORMAT_VERSION: i64 = 1;

/// Decodes a parsed document. Returns `None` when there is no map to check further: the
/// document is empty, not a mapping, or declares a version this build does not read.
pub fn decode(root: Node, text: &str, findings: &mut Findings) -> Option<JourneyMap> {
    let mut decoder = Decoder { text, findings };
    decoder.map(root)
}

struct Decoder<'a> {
    text: &'a str,
    findings: &'a mut Findings,
}

/// What a value should have been, for messages.
#[derive(Clone, Copy)]
enum Expected {
    Text,
    WholeNumber,
    Number,
    List,
    Pain,
}

impl Expected {
    const fn phrase(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::WholeNumber => "a whole number",
            Self::Number => "a number",
            Self::List => "a list",
            Self::Pain => "text or a mapping with `text` and `severity`",
        }
    }
}

/// What a message is about, such as `` `emotion` in stage `awareness` `` or
/// `` item 2 of `goals` in stage `purchase` ``. Formatted only when a finding needs it:
/// decoding a clean map allocates no messages.
#[derive(Clone, Copy)]
struct Subject<'a> {
    key: &'a str,
    /// The element the key belongs to; `None` at the top of the map.
    owner: Option<&'a str>,
    /// The item of a list the key holds.
    item: Option<usize>,
}

impl fmt::Display for Subject<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(item) = self.item {
            write!(f, "item {} of ", item + 1)?;
        }
        write!(f, "`{}`", self.key)?;
        match self.owner {
            Some(owner) => write!(f, " in {owner}"),
            None => Ok(()),
        }
    }
}

/// The elements of a map, for messages and help.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Segment,
    Channel,
    Stage,
    Touchpoint,
    Pain,
    Kpi,
    Funnel,
}

impl Kind {
    const fn noun(self) -> &'static str {
        match self {
            Self::Map => "map",
            Self::Segment => "segment",
            Self::Channel => "channel",
            Self::Stage => "stage",
            Self::Touchpoint => "touchpoint",
            Self::Pain => "pain",
            Self::Kpi => "KPI",
            Self::Funnel => "funnel",
        }
    }

    /// How one is written, for "write it as …" help.
    const fn shape(self) -> &'static str {
        match self {
            Self::Map => {
                "`cjm: 1`, `title: …`, `owner: …` and the other keys, each on a line of its own"
            }
            Self::Segment => "`- {id: young-family, name: Young family, who: …}`",
            Self::Channel => "`- {id: site, name: Website}`",
            Self::Stage => {
                "`- id: awareness`, with `name:`, `goals:`, `touchpoints:` and the other keys \
                 indented below it"
            }
            Self::Touchpoint => "`- {name: Landing page, channel: site}`",
            Self::Pain => "`- Out of stock` or `- {text: Out of stock, severity: high}`",
            Self::Kpi => "`- {name: Orders, target: 1000, actual: 800}`",
            Self::Funnel => "`funnel: {entered: 1000, advanced: 200}`",
        }
    }

    /// "stage `awareness`" once the id (or name) is known, else "stage #2 of …".
    fn name(self, label: &Field<String>, index: usize, parent: Option<&str>) -> String {
        match (label.get(), parent) {
            (Some(_), _) | (None, None) => describe(self.noun(), label, index),
            (None, Some(parent)) => format!("{} #{} of {parent}", self.noun(), index + 1),
        }
    }
}

impl Decoder<'_> {
    fn source(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    fn wrong_type(&mut self, node: &Node, subject: &dyn fmt::Display, expected: Expected) {
        let found = node.value.describe();
        let help = self.type_help(node, expected);
        self.findings
            .report(
                &WRONG_TYPE,
                node.span,
                format!("{subject} must be {}, but it is {found}", expected.phrase()),
            )
            .label(format!("expected {}", expected.phrase()))
            .help_opt(help);
    }

    fn type_help(&self, node: &Node, expected: Expected) -> Option<String> {
        let raw = self.source(node.span).trim();
        match (expected, &node.value) {
            (Expected::Text, Value::Int(_) | Value::Float(_) | Value::Bool(_)) => Some(format!(
                "put the value in quotes to make it text: \"{raw}\""
            )),
            (Expected::WholeNumber | Expected::Number, Value::Str(text))
                if text.trim().parse::<f64>().is_ok() =>
            {
                Some(format!(
                    "remove the quotes to make it a number: {}",
                    text.trim()
                ))
            }
            (Expected::WholeNumber, Value::Float(_)) => {
                Some("round it to a whole number".to_owned())
            }
            (Expected::List, Value::Str(_)) => Some(
                "write a list: one `- item` per line, or `[first, second]` on one line".to_owned(),
            ),
            (Expected::List, Value::Map(_)) => {
                Some("start each item of the list with `- `".to_owned())
            }
            _ => None,
        }
    }

    fn map(&mut self, root: Node) -> Option<JourneyMap> {
        if root.value == Value::Null {
            self.findings
                .report(&EMPTY_FILE, root.span, "the file holds no journey map")
                .help(
                    "a map starts with `cjm: 1`, `title`, `owner`, `reviewed`, `segments` and \
                     `stages`; copy one of the examples to begin",
                );
            return None;
        }
        if !matches!(root.value, Value::Map(_)) {
            let found = root.value.describe();
            self.findings
                .report(
                    &WRONG_TYPE,
                    root.span,
                    format!(
                        "a journey map must be a mapping of keys such as `cjm:` and `title:`, \
                         but this file holds {found}"
                    ),
                )
                .label("expected a mapping of keys")
                .help("start the file with `cjm: 1` and `title: …` on lines of their own");
            return None;
        }
        let mut fields = Fields::open(self, root, Kind::Map, "the map".to_owned())?;
        let version = fields.integer(self, "cjm");
        match &version {
            Field::Absent => {
                self.findings
                    .report(
                        &MISSING_KEY,
                        fields.anchor(),
                        "the map does not declare its format version",
                    )
                    .label("no `cjm:` key")
                    .help(format!("add `cjm: {FORMAT_VERSION}` as the first line"));
            }
            Field::Present(version) if version.value != FORMAT_VERSION => {
                self.findings
                    .report(
                        &UNSUPPORTED_VERSION,
                        version.span,
                        format!(
                            "this map is format version {}, and this cjm reads version \
                             {FORMAT_VERSION}",
                            version.value
                        ),
                    )
                    .label("unsupported version")
                    .help(format!(
                        "write `cjm: {FORMAT_VERSION}`, or use a cjm release that reads version {}",
                        version.value
                    ));
                return None;
            }
            Field::Present(_) | Field::Invalid => {}
        }
        let title = fields.required_text(self, "title");
        let owner = fields.required_text(self, "owner");
        let description = fields.text(self, "description");
        let reviewed = self.reviewed(&mut fields);
        let reviewed_by = fields.text(self, "reviewed_by");
        let segments = fields.list(self, "segments", |decoder, node, index, _| {
            decoder.segment(node, index)
        });
        let channels = fields.list(self, "channels", |decoder, node, index, _| {
            decoder.channel(node, index)
        });
        let stages = fields.list(self, "stages", |decoder, node, index, _| {
            decoder.stage(node, index)
        });
        self.require_items(
            &fields,
            "segments",
            "segment",
            segments.span,
            segments.is_missing(),
        );
        self.require_items(&fields, "stages", "stage", stages.span, stages.is_missing());
        let span = fields.span;
        fields.finish(self);
        Some(JourneyMap {
            span,
            version,
            title,
            owner,
            description,
            reviewed,
            reviewed_by,
            segments,
            channels,
            stages,
        })
    }

    /// A map needs at least one segment and one stage.
    fn require_items(
        &mut self,
        fields: &Fields,
        key: &str,
        item: &str,
        written: Option<Span>,
        missing: bool,
    ) {
        if !missing {
            return;
        }
        match written {
            None => self
                .findings
                .report(
                    &MISSING_KEY,
                    fields.anchor(),
                    format!("the map has no `{key}`"),
                )
                .label(format!("no `{key}:` key"))
                .help(format!("add `{key}:` with at least one {item}")),
            Some(span) => self
                .findings
                .report(&MISSING_KEY, span, format!("`{key}` is empty"))
                .label("empty list")
                .help(format!("a map needs at least one {item}")),
        };
    }

    /// `reviewed` is required and must be a `YYYY-MM-DD` date; both problems belong to the
    /// freshness rules' concern but are found here, where the raw value is at hand.
    fn reviewed(&mut self, fields: &mut Fields) -> Field<jiff::civil::Date> {
        let Some((key_span, node)) = fields.take("reviewed") else {
            self.findings
                .report(
                    &MISSING_KEY,
                    fields.anchor(),
                    "the map has no `reviewed` date",
                )
                .label("no `reviewed:` key")
                .help("add `reviewed: YYYY-MM-DD` with the date the map was last reviewed");
            return Field::Absent;
        };
        let date = match &node.value {
            Value::Null => {
                self.findings
                    .report(&MISSING_KEY, key_span, "`reviewed` is empty")
                    .label("no date")
                    .help("write the date the map was last reviewed, as YYYY-MM-DD");
                return Field::Absent;
            }
            Value::Str(text) => parse_date(text.trim()),
            _ => None,
        };
        match date {
            Some(date) => Field::Present(Spanned::new(date, node.span)),
            None => {
                let raw = self.source(node.span).to_owned();
                self.findings
                    .report(
                        &INVALID_REVIEW_DATE,
                        node.span,
                        format!("`reviewed` is not a calendar date: {raw}"),
                    )
                    .label("expected YYYY-MM-DD")
                    .help("write the date of the last review as YYYY-MM-DD, e.g. 2026-10-01");
                Field::Invalid
            }
        }
    }

    /// Opens a list item as an element, named by its position until its id is read.
    fn element(
        &mut self,
        node: Node,
        kind: Kind,
        index: usize,
        parent: Option<&str>,
    ) -> Option<Fields> {
        let owner = kind.name(&Field::Absent, index, parent);
        Fields::open(self, node, kind, owner)
    }

    fn segment(&mut self, node: Node, index: usize) -> Option<Segment> {
        let mut fields = self.element(node, Kind::Segment, index, None)?;
        let id = fields.required_text(self, "id");
        fields.owner = Kind::Segment.name(&id, index, None);
        let segment = Segment {
            span: fields.span,
            name: fields.required_text(self, "name"),
            who: fields.text(self, "who"),
            what: fields.text(self, "what"),
            why: fields.text(self, "why"),
            when: fields.text(self, "when"),
            where_: fields.text(self, "where"),
            id,
        };
        fields.finish(self);
        Some(segment)
    }

    fn channel(&mut self, node: Node, index: usize) -> Option<Channel> {
        let mut fields = self.element(node, Kind::Channel, index, None)?;
        let id = fields.required_text(self, "id");
        fields.owner = Kind::Channel.name(&id, index, None);
        let channel = Channel {
            span: fields.span,
            name: fields.text(self, "name"),
            id,
        };
        fields.finish(self);
        Some(channel)
    }

    fn stage(&mut self, node: Node, index: usize) -> Option<Stage> {
        let mut fields = self.element(node, Kind::Stage, index, None)?;
        let id = fields.required_text(self, "id");
        fields.owner = Kind::Stage.name(&id, index, None);
        let stage = fields.owner.clone();
        let stage = Stage {
            span: fields.span,
            name: fields.required_text(self, "name"),
            goals: fields.text_list(self, "goals"),
            needs: fields.text_list(self, "needs"),
            touchpoints: fields.list(self, "touchpoints", |decoder, node, index, _| {
                decoder.touchpoint(node, index, &stage)
            }),
            emotion: fields.integer(self, "emotion"),
            pains: fields.list(self, "pains", |decoder, node, index, _| {
                decoder.pain(node, index, &stage)
            }),
            opportunities: fields.text_list(self, "opportunities"),
            kpis: fields.list(self, "kpis", |decoder, node, index, _| {
                decoder.kpi(node, index, &stage)
            }),
            funnel: self.funnel(&mut fields, &stage),
            id,
        };
        fields.finish(self);
        Some(stage)
    }

    fn touchpoint(&mut self, node: Node, index: usize, stage: &str) -> Option<Touchpoint> {
        let mut fields = self.element(node, Kind::Touchpoint, index, Some(stage))?;
        let name = fields.required_text(self, "name");
        fields.owner = Kind::Touchpoint.name(&name, index, Some(stage));
        let touchpoint = Touchpoint {
            span: fields.span,
            channel: fields.text(self, "channel"),
            segments: fields.text_list(self, "segments"),
            emotion: fields.integer(self, "emotion"),
            name,
        };
        fields.finish(self);
        Some(touchpoint)
    }

    fn pain(&mut self, node: Node, index: usize, stage: &str) -> Option<Pain> {
        match node.value {
            Value::Str(text) if !text.trim().is_empty() => Some(Pain {
                span: node.span,
                text: Field::Present(Spanned::new(text, node.span)),
                severity: Field::Absent,
            }),
            Value::Map(_) => {
                let mut fields = self.element(node, Kind::Pain, index, Some(stage))?;
                let pain = Pain {
                    span: fields.span,
                    text: fields.required_text(self, "text"),
                    severity: self.keyword(
                        &mut fields,
                        "severity",
                        &PainSeverity::ALL.map(|severity| (severity.as_str(), severity)),
                        "a pain severity",
                    ),
                };
                fields.finish(self);
                Some(pain)
            }
            _ => {
                let subject = Kind::Pain.name(&Field::Absent, index, Some(stage));
                self.wrong_type(&node, &subject, Expected::Pain);
                None
            }
        }
    }

    /// A key whose value is one of a few words, such as a pain's `severity`.
    fn keyword<T: Copy>(
        &mut self,
        fields: &mut Fields,
        key: &'static str,
        words: &[(&str, T)],
        what: &str,
    ) -> Field<T> {
        let text = match fields.text(self, key) {
            Field::Present(text) => text,
            Field::Absent => return Field::Absent,
            Field::Invalid => return Field::Invalid,
        };
        match words.iter().find(|(word, _)| *word == text.value.trim()) {
            Some(&(_, value)) => Field::Present(Spanned::new(value, text.span)),
            None => {
                let names: Vec<&str> = words.iter().map(|(word, _)| *word).collect();
                self.findings
                    .report(
                        &INVALID_VALUE,
                        text.span,
                        format!("`{}` is not {what}", text.value),
                    )
                    .label(format!("not {what}"))
                    .help(suggest::help(
                        &text.value,
                        &names,
                        &format!("`{key}` takes"),
                    ));
                Field::Invalid
            }
        }
    }

    fn kpi(&mut self, node: Node, index: usize, stage: &str) -> Option<Kpi> {
        let mut fields = self.element(node, Kind::Kpi, index, Some(stage))?;
        let name = fields.required_text(self, "name");
        fields.owner = Kind::Kpi.name(&name, index, Some(stage));
        let kpi = Kpi {
            span: fields.span,
            target: fields.number(self, "target"),
            actual: fields.number(self, "actual"),
            unit: fields.text(self, "unit"),
            better: self.keyword(
                &mut fields,
                "better",
                &[
                    ("higher", KpiDirection::Higher),
                    ("lower", KpiDirection::Lower),
                ],
                "a direction",
            ),
            name,
        };
        fields.finish(self);
        Some(kpi)
    }

    fn funnel(&mut self, stage_fields: &mut Fields, stage: &str) -> Option<Funnel> {
        let (_, node) = stage_fields.take("funnel")?;
        let subject = stage_fields.subject("funnel").to_string();
        if node.value == Value::Null {
            return None;
        }
        let mut fields = Fields::open(self, node, Kind::Funnel, subject)?;
        fields.owner = format!("the funnel of {stage}");
        let funnel = Funnel {
            span: fields.span,
            entered: fields.required(self, "entered", Decoder::whole_number),
            advanced: fields.required(self, "advanced", Decoder::whole_number),
        };
        fields.finish(self);
        Some(funnel)
    }

    fn text_value(&mut self, node: Node, subject: &Subject<'_>) -> Field<String> {
        match node.value {
            Value::Null => Field::Absent,
            Value::Str(text) if text.trim().is_empty() => Field::Absent,
            Value::Str(text) => Field::Present(Spanned::new(text, node.span)),
            _ => {
                self.wrong_type(&node, subject, Expected::Text);
                Field::Invalid
            }
        }
    }

    fn whole_number(&mut self, node: Node, subject: &Subject<'_>) -> Field<i64> {
        match node.value {
            Value::Null => Field::Absent,
            Value::Int(number) => Field::Present(Spanned::new(number, node.span)),
            Value::Float(number) if number.fract() == 0.0 && number.abs() < 9.0e15 => {
                // Whole floats (`20000.0`) are whole numbers; the bound keeps the cast exact.
                #[allow(clippy::cast_possible_truncation)]
                Field::Present(Spanned::new(number as i64, node.span))
            }
            _ => {
                self.wrong_type(&node, subject, Expected::WholeNumber);
                Field::Invalid
            }
        }
    }

    fn number(&mut self, node: Node, subject: &Subject<'_>) -> Field<f64> {
        match node.value {
            Value::Null => Field::Absent,
            #[allow(clippy::cast_precision_loss)]
            Value::Int(number) => Field::Present(Spanned::new(number as f64, node.span)),
            Value::Float(number) if number.is_finite() => {
                Field::Present(Spanned::new(number, node.span))
            }
            _ => {
                self.wrong_type(&node, subject, Expected::Number);
                Field::Invalid
            }
        }
    }
}

/// The entries of one YAML mapping being decoded as an element of the map.
struct Fields {
    span: Span,
    entries: Vec<Entry>,
    /// Every key the element's decode function asked for, in order.
    known: Vec<&'static str>,
    /// The element, as messages name it: "the map", "stage `awareness`".
    owner: String,
    kind: Kind,
}

struct Entry {
    key: String,
    key_span: Span,
    /// `None` once taken by the decode function.
    value: Option<Node>,
}

impl Fields {
    /// Opens `node` as a mapping, reporting a wrong type, non-text keys and duplicate keys.
    /// Until the element's id is read, `owner` names it by its place.
    fn open(decoder: &mut Decoder<'_>, node: Node, kind: Kind, owner: String) -> Option<Self> {
        let Value::Map(pairs) = node.value else {
            let found = node.value.describe();
            decoder
                .findings
                .report(
                    &WRONG_TYPE,
                    node.span,
                    format!("{owner} must be a mapping of keys, but it is {found}"),
                )
                .label("expected a mapping of keys")
                .help(format!("write a {} as {}", kind.noun(), kind.shape()));
            return None;
        };
        let mut entries: Vec<Entry> = Vec::with_capacity(pairs.len());
        for (key, value) in pairs {
            let name = match key.value {
                // Keys are almost always text; take it rather than copy it.
                Value::Str(text) => text,
                other => match other.scalar_text() {
                    Some(text) => text,
                    None => {
                        decoder
                            .findings
                            .report(
                                &WRONG_TYPE,
                                key.span,
                                format!(
                                    "a key in {owner} is {}, but keys must be text",
                                    other.describe()
                                ),
                            )
                            .label("not a text key");
                        continue;
                    }
                },
            };
            if let Some(first) = entries.iter().find(|entry| entry.key == name) {
                decoder
                    .findings
                    .report(
                        &DUPLICATE_KEY,
                        key.span,
                        format!("`{name}` appears twice in {owner}"),
                    )
                    .label("second entry, ignored")
                    .related(first.key_span, "first entry, used")
                    .help("keep one of the two entries");
                continue;
            }
            entries.push(Entry {
                key: name,
                key_span: key.span,
                value: Some(value),
            });
        }
        Some(Self {
            span: node.span,
            entries,
            known: Vec::new(),
            owner,
            kind,
        })
    }

    /// Where findings about the whole element point: its first key.
    fn anchor(&self) -> Span {
        self.entries
            .first()
            .map_or(self.span, |entry| entry.key_span)
    }

    /// `` `key` in stage `x` `` or, for the map itself, `` `key` ``.
    fn subject<'s>(&'s self, key: &'s str) -> Subject<'s> {
        Subject {
            key,
            owner: (self.kind != Kind::Map).then_some(self.owner.as_str()),
            item: None,
        }
    }

    /// Takes the value of `key` (recording it as a known key), with the key's span.
    fn take(&mut self, key: &'static str) -> Option<(Span, Node)> {
        self.known.push(key);
        self.entries
            .iter_mut()
            .find(|entry| entry.key == key)
            .and_then(|entry| entry.value.take().map(|value| (entry.key_span, value)))
    }

    fn optional<'d, T>(
        &mut self,
        decoder: &mut Decoder<'d>,
        key: &'static str,
        decode: impl FnOnce(&mut Decoder<'d>, Node, &Subject<'_>) -> Field<T>,
    ) -> Field<T> {
        match self.take(key) {
            Some((_, node)) => decode(decoder, node, &self.subject(key)),
            None => Field::Absent,
        }
    }

    /// Like [`Self::optional`], and reports the key when it is missing or empty.
    fn required<'d, T>(
        &mut self,
        decoder: &mut Decoder<'d>,
        key: &'static str,
        decode: impl FnOnce(&mut Decoder<'d>, Node, &Subject<'_>) -> Field<T>,
    ) -> Field<T> {
        let Some((key_span, node)) = self.take(key) else {
            let owner = &self.owner;
            decoder
                .findings
                .report(
                    &MISSING_KEY,
                    self.anchor(),
                    format!("{owner} has no `{key}`"),
                )
                .label(format!("no `{key}:` here"))
                .help(format!("add `{key}:` to {owner}"));
            return Field::Absent;
        };
        let subject = self.subject(key);
        let field = decode(decoder, node, &subject);
        if field.is_absent() {
            decoder
                .findings
                .report(&MISSING_KEY, key_span, format!("{subject} is empty"))
                .label("no value")
                .help(format!("write a value after `{key}:`"));
        }
        field
    }

    fn text(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> Field<String> {
        self.optional(decoder, key, Decoder::text_value)
    }

    fn required_text(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> Field<String> {
        self.required(decoder, key, Decoder::text_value)
    }

    fn integer(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> Field<i64> {
        self.optional(decoder, key, Decoder::whole_number)
    }

    fn number(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> Field<f64> {
        self.optional(decoder, key, Decoder::number)
    }

    /// A list whose items `decode_item` turns into `T`; an item it rejects is left out and
    /// marks the list invalid. `decode_item` gets the item's subject for its messages.
    fn list<'d, T>(
        &mut self,
        decoder: &mut Decoder<'d>,
        key: &'static str,
        mut decode_item: impl FnMut(&mut Decoder<'d>, Node, usize, &Subject<'_>) -> Option<T>,
    ) -> List<T> {
        let Some((_, node)) = self.take(key) else {
            return List::default();
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
                decoder.wrong_type(&node, &subject, Expected::List);
                List {
                    span: Some(span),
                    items: Vec::new(),
                    invalid: true,
                }
            }
        }
    }

    fn text_list(&mut self, decoder: &mut Decoder<'_>, key: &'static str) -> List<Text> {
        self.list(decoder, key, |decoder, node, _, subject| match node.value {
            Value::Str(text) if !text.trim().is_empty() => Some(Spanned::new(text, node.span)),
            Value::Null | Value::Str(_) => {
                decoder
                    .findings
                    .report(&WRONG_TYPE, node.span, format!("{subject} is empty"))
                    .label("empty item")
                    .help("write the text, or remove the empty item");
                None
            }
            _ => {
                decoder.wrong_type(&node, subject, Expected::Text);
                None
            }
        })
    }

    /// Reports the keys no decode call asked for, suggesting the closest known key.
    fn finish(self, decoder: &mut Decoder<'_>) {
        let place = if self.kind == Kind::Map {
            "at the top of the map".to_owned()
        } else {
            format!("in {}", self.owner)
        };
        let what = format!("the keys of a {} are", self.kind.noun());
        for entry in self
            .entries
            .into_iter()
            .filter(|entry| entry.value.is_some())
        {
            decoder
                .findings
                .report(
                    &UNKNOWN_KEY,
                    entry.key_span,
                    format!("unknown key `{}` {place}", entry.key),
                )
                .label("unknown key")
                .help(suggest::help(&entry.key, &self.known, &what));
        }
    }
}
