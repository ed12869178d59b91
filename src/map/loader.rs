//! The YAML loader: `cjm`'s spanned node tree built straight from granit-parser's events.
//!
//! granit-parser is the parser under serde-saphyr, so the syntax accepted and every parser
//! message stay the same; what serde-saphyr added on top (scalar typing, anchors, merge
//! keys, tags, budgets, error wording) is done here, to the same rules, without the serde
//! layer's event buffering and copies. Scalar text is borrowed from the file while the tree
//! is built and copied once, into the node that keeps it.
//!
//! The rules followed, as serde-saphyr 2.2 applies them with `cjm`'s options:
//! - Scalars resolve by the YAML 1.2 core schema: `null`/`~`/empty, `true`/`false` only
//!   (`yes` and `no` stay text), integers in decimal, `0x`, `0o` and `0b` (with `_`
//!   separators), floats; `.nan` and `.inf` become the text `.nan`/`.inf`/`-.inf`.
//! - Tags: `!!str` and `!` keep text, `!!null`/`!!bool`/`!!int`/`!!float` force their type
//!   (or fail), `!!binary` stays the text written, unknown tags are ignored.
//! - An alias copies its anchor's node; every copied node takes the alias's span, which is
//!   where a user reading a message would look.
//! - `<<` merges mappings after the explicit entries; a key already present wins.
//! - Duplicate keys are kept, in order, for the decoder to report.

use std::borrow::Cow;
use std::collections::HashSet;

use granit_parser::{Event, Parser, ScalarStyle, ScanError, Tag};

use crate::map::yaml::{
    Breach, MAX_DEPTH, MAX_NODES, MAX_REPLAYED_EVENTS, MAX_SCALAR_BYTES, Node, ParseFailure, Value,
};
use crate::span::Span;

/// How many anchors, and how many aliases, a document may hold (serde-saphyr's defaults).
const MAX_ANCHORS: usize = 50_000;
const MAX_ALIASES: usize = 50_000;

/// A comment of the file: its span (from `#`, without the line break) and the text after `#`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub span: Span,
    pub text: String,
}

/// What a load gives: the root node, and the comments when they were asked for.
#[derive(Debug)]
pub struct Loaded {
    pub root: Node,
    pub comments: Vec<Comment>,
}

/// Parses one YAML document into a node tree.
pub fn parse(text: &str) -> Result<Node, ParseFailure> {
    load(text, false)
        .map(|loaded| loaded.root)
        .map_err(|(failure, _)| *failure)
}

/// Parses one YAML document, collecting its comments when `with_comments` is set (the
/// parser then reports them as events of the same pass).
///
/// Comments before a syntax error are returned with the error, so suppressions written
/// above a broken line still count.
pub fn load(text: &str, with_comments: bool) -> Result<Loaded, (Box<ParseFailure>, Vec<Comment>)> {
    let mut loader = Loader::new(text, with_comments);
    match loader.run() {
        Ok(root) => Ok(Loaded {
            root,
            comments: loader.comments,
        }),
        Err(failure) => Err((Box::new(failure.into_parse_failure(text)), loader.comments)),
    }
}

/// Why loading stopped, before it is worded.
enum Failure {
    /// A parser error: its message and where the parser stood.
    Scan(ScanError),
    /// A message in serde-saphyr's words, at a span.
    Message(String, Span),
    Breach(Breach, Span),
}

impl Failure {
    fn into_parse_failure(self, text: &str) -> ParseFailure {
        match self {
            Self::Scan(error) => {
                let marker = error.marker();
                let span = Span::at(crate::source::offset_at(
                    text,
                    marker.line(),
                    marker.col() + 1,
                ));
                let message = match error.kind() {
                    granit_parser::ErrorKind::UnknownAnchor => {
                        "reference to unknown value".to_owned()
                    }
                    _ => error.info(),
                };
                crate::map::yaml::syntax_failure(message, span, text)
            }
            Self::Message(message, span) => crate::map::yaml::syntax_failure(message, span, text),
            Self::Breach(breach, span) => crate::map::yaml::breach_failure(breach, span, text),
        }
    }
}

/// A built node and whether it is a `<<` merge key.
struct Built {
    node: Node,
    merge_key: bool,
}

/// An anchored node kept for its aliases.
struct Anchored {
    node: Node,
    merge_key: bool,
    /// The span of each event the node was written with, in order: what an alias replays.
    events: Vec<Span>,
    /// How many collections deep the node goes.
    depth: usize,
}

enum Open {
    Seq(Vec<Node>),
    Map {
        entries: Vec<(Node, Node)>,
        key: Option<Built>,
        /// The values of `<<` keys, merged when the mapping ends.
        merges: Vec<Node>,
    },
}

struct Frame {
    span: Span,
    anchor: usize,
    open: Open,
    /// A list given to `<<`, or a list inside one: each item must be a mapping, empty or
    /// such a list, checked as it arrives.
    merge_list: bool,
}

/// An anchor whose node is still being read: it records the events written inside it.
struct Recording {
    anchor: usize,
    events: Vec<Span>,
    /// The open frame depth the anchored node started at.
    base: usize,
    depth: usize,
}

struct Loader<'input> {
    text: &'input str,
    parser: Parser<'input, granit_parser::StrInput<'input>>,
    stack: Vec<Frame>,
    anchors: Vec<Option<Anchored>>,
    recordings: Vec<Recording>,
    comments: Vec<Comment>,
    with_comments: bool,
    nodes: usize,
    anchor_count: usize,
    alias_count: usize,
    replayed: usize,
    /// Scalar text read so far, aliases counted each time they are expanded.
    scalar_bytes: usize,
    root: Option<Node>,
}

pub(crate) fn parser_options(with_comments: bool) -> granit_parser::Options {
    let mut options = granit_parser::Options::default();
    // As serde-saphyr sizes them from `cjm`'s budget.
    options.flow_nesting_limit = MAX_DEPTH;
    options.block_nesting_limit = options.block_nesting_limit.max(MAX_DEPTH + 1);
    options.simple_key_max_lookahead = 1024;
    options.max_buffered_comment_events = 32;
    // Reject continuation lines indented less than their key, as the YAML spec does.
    options.strict_indentation = true;
    options.emit_comments = with_comments;
    options
}

impl<'input> Loader<'input> {
    fn new(text: &'input str, with_comments: bool) -> Self {
        Self {
            text,
            parser: Parser::new_from_str_with_options(text, parser_options(with_comments)),
            stack: Vec::new(),
            anchors: Vec::new(),
            recordings: Vec::new(),
            comments: Vec::new(),
            with_comments,
            nodes: 0,
            anchor_count: 0,
            alias_count: 0,
            replayed: 0,
            scalar_bytes: 0,
            root: None,
        }
    }

    fn span_of(span: &granit_parser::Span) -> Span {
        match (span.start.byte_offset(), span.end.byte_offset()) {
            (Some(start), Some(end)) => Span::new(start, end.max(start)),
            _ => Span::default(),
        }
    }

    fn run(&mut self) -> Result<Node, Failure> {
        let mut documents = 0usize;
        // An empty stream is one empty node where the parser stopped.
        let mut last = Span::default();
        while let Some(item) = self.parser.next_event() {
            let (event, raw_span) = item.map_err(Failure::Scan)?;
            let span = Self::span_of(&raw_span);
            last = span;
            match event {
                Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
                Event::DocumentStart(..) => documents += 1,
                Event::Comment(payload, _) if self.with_comments => {
                    self.comments.push(Comment {
                        span,
                        text: payload.into_owned(),
                    });
                }
                Event::Comment(..) | Event::Anchor(..) | Event::UnresolvedAlias(_) => {}
                event if documents > 1 || (self.root.is_some() && self.stack.is_empty()) => {
                    // The first node of a second document; its tag is checked first, as
                    // serde-saphyr checks it on reading the event.
                    let (tag, is) = match &event {
                        Event::Scalar(_, _, _, tag) => (tag, NodeKind::Scalar),
                        Event::SequenceStart(_, _, tag) => (tag, NodeKind::Sequence),
                        Event::MappingStart(_, _, tag) => (tag, NodeKind::Mapping),
                        _ => (&None, NodeKind::Scalar),
                    };
                    check_tag(tag.as_deref(), is, span)?;
                    return Err(Failure::Breach(Breach::Documents, span));
                }
                Event::Scalar(value, style, anchor, tag) => {
                    self.count_node(span)?;
                    self.count_text(value.len(), span)?;
                    self.record(span);
                    check_tag(tag.as_deref(), NodeKind::Scalar, span)?;
                    // serde-saphyr never types a scalar given to `<<`: it is refused as a
                    // merge value first, however its tag reads.
                    let merge_value = self.at_merge_value();
                    let built =
                        resolve_scalar(value, style, tag.as_deref(), span).map_err(|failure| {
                            match failure {
                                Failure::Message(..) if merge_value => merge_value_error(span),
                                failure => failure,
                            }
                        })?;
                    if anchor != 0 {
                        self.define_anchor(span)?;
                        self.store_anchor(anchor, &built, vec![span], 0);
                    }
                    self.complete(built)?;
                }
                Event::SequenceStart(_, anchor, tag) => {
                    self.start(span, anchor, tag.as_deref(), false)?;
                }
                Event::MappingStart(_, anchor, tag) => {
                    self.start(span, anchor, tag.as_deref(), true)?;
                }
                Event::SequenceEnd | Event::MappingEnd => self.end(span)?,
                Event::Alias(anchor) => self.alias(anchor, span)?,
                // The event set is non-exhaustive; nothing else carries data.
                _ => {}
            }
        }
        Ok(self.root.take().unwrap_or(Node {
            span: last,
            value: Value::Null,
        }))
    }

    /// Whether the next node is a `<<` value, or an item of a list given to `<<`.
    fn at_merge_value(&self) -> bool {
        self.stack.last().is_some_and(|parent| match &parent.open {
            Open::Map { key: Some(key), .. } => key.merge_key,
            Open::Seq(_) => parent.merge_list,
            Open::Map { key: None, .. } => false,
        })
    }

    fn count_text(&mut self, bytes: usize, span: Span) -> Result<(), Failure> {
        self.scalar_bytes = self.scalar_bytes.saturating_add(bytes);
        if self.scalar_bytes > MAX_SCALAR_BYTES {
            return Err(Failure::Breach(Breach::ScalarBytes, span));
        }
        Ok(())
    }

    fn count_node(&mut self, span: Span) -> Result<(), Failure> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(Failure::Breach(Breach::Nodes, span));
        }
        Ok(())
    }

    /// Every open anchor records the event, as its alias will replay it.
    fn record(&mut self, span: Span) {
        for recording in &mut self.recordings {
            recording.events.push(span);
        }
    }

    fn define_anchor(&mut self, span: Span) -> Result<(), Failure> {
        self.anchor_count += 1;
        if self.anchor_count > MAX_ANCHORS {
            return Err(Failure::Breach(Breach::Aliases, span));
        }
        Ok(())
    }

    fn start(
        &mut self,
        span: Span,
        anchor: usize,
        tag: Option<&Tag>,
        is_mapping: bool,
    ) -> Result<(), Failure> {
        let kind = if is_mapping {
            NodeKind::Mapping
        } else {
            NodeKind::Sequence
        };
        check_tag(tag, kind, span)?;
        self.count_node(span)?;
        if self.stack.len() + 1 > MAX_DEPTH {
            return Err(Failure::Breach(Breach::Depth, span));
        }
        self.record(span);
        for recording in &mut self.recordings {
            let depth = self.stack.len() + 1 - recording.base;
            recording.depth = recording.depth.max(depth);
        }
        if anchor != 0 {
            self.define_anchor(span)?;
            self.recordings.push(Recording {
                anchor,
                events: vec![span],
                base: self.stack.len(),
                depth: 1,
            });
            // A recursive alias finds the anchor defined but empty.
            self.ensure_anchor_slot(anchor);
        }
        let open = if is_mapping {
            Open::Map {
                entries: Vec::with_capacity(8),
                key: None,
                merges: Vec::new(),
            }
        } else {
            Open::Seq(Vec::new())
        };
        let merge_list = !is_mapping && self.at_merge_value();
        self.stack.push(Frame {
            span,
            anchor,
            open,
            merge_list,
        });
        Ok(())
    }

    fn ensure_anchor_slot(&mut self, anchor: usize) {
        if self.anchors.len() <= anchor {
            self.anchors.resize_with(anchor + 1, || None);
        }
        if let Some(slot) = self.anchors.get_mut(anchor) {
            *slot = None;
        }
    }

    fn end(&mut self, span: Span) -> Result<(), Failure> {
        self.record(span);
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let value = match frame.open {
            Open::Seq(items) => Value::Seq(items),
            Open::Map {
                entries, merges, ..
            } => Value::Map(merge(entries, merges, self.text)),
        };
        let built = Built {
            node: Node {
                span: frame.span,
                value,
            },
            merge_key: false,
        };
        if frame.anchor != 0
            && let Some(position) = self
                .recordings
                .iter()
                .rposition(|recording| recording.anchor == frame.anchor)
        {
            let recording = self.recordings.remove(position);
            self.store_anchor(frame.anchor, &built, recording.events, recording.depth);
        }
        self.complete(built)
    }

    fn store_anchor(&mut self, anchor: usize, built: &Built, events: Vec<Span>, depth: usize) {
        self.ensure_anchor_slot(anchor);
        if let Some(slot) = self.anchors.get_mut(anchor) {
            *slot = Some(Anchored {
                node: built.node.clone(),
                merge_key: built.merge_key,
                events,
                depth,
            });
        }
    }

    fn alias(&mut self, anchor: usize, span: Span) -> Result<(), Failure> {
        self.alias_count += 1;
        if self.alias_count > MAX_ALIASES {
            return Err(Failure::Breach(Breach::Aliases, span));
        }
        let Some(Some(anchored)) = self.anchors.get(anchor) else {
            return Err(Failure::Message(
                "recursive reference not allowed here".to_owned(),
                span,
            ));
        };
        let available = MAX_REPLAYED_EVENTS.saturating_sub(self.replayed);
        if anchored.events.len() > available {
            let at = anchored.events.get(available).copied().unwrap_or(span);
            return Err(Failure::Breach(Breach::Replay, at));
        }
        if self.stack.len() + anchored.depth > MAX_DEPTH {
            return Err(Failure::Breach(Breach::Depth, span));
        }
        self.replayed += anchored.events.len();
        let events = anchored.events.clone();
        let mut node = anchored.node.clone();
        let merge_key = anchored.merge_key;
        let nodes = count_nodes(&node);
        self.nodes += nodes;
        if self.nodes > MAX_NODES {
            return Err(Failure::Breach(Breach::Nodes, span));
        }
        self.count_text(text_bytes(&node), span)?;
        for recording in &mut self.recordings {
            recording.events.extend_from_slice(&events);
        }
        respan(&mut node, span);
        self.complete(Built { node, merge_key })
    }

    /// Hands a finished node to its parent, or makes it the document.
    fn complete(&mut self, built: Built) -> Result<(), Failure> {
        let Some(frame) = self.stack.last_mut() else {
            self.root = Some(built.node);
            return Ok(());
        };
        match &mut frame.open {
            Open::Seq(items) => {
                if frame.merge_list {
                    check_merge_value(&built.node)?;
                }
                items.push(built.node);
            }
            Open::Map {
                entries,
                key,
                merges,
            } => match key.take() {
                None => *key = Some(built),
                Some(Built {
                    merge_key: true, ..
                }) => {
                    check_merge_value(&built.node)?;
                    merges.push(built.node);
                }
                Some(key) => entries.push((key.node, built.node)),
            },
        }
        Ok(())
    }
}

/// A tag that names another kind of node (`!!seq` on a mapping, `!!str` on a list) is an error.
fn check_tag(tag: Option<&Tag>, node: NodeKind, span: Span) -> Result<(), Failure> {
    match tag {
        Some(tag) => match TagKind::of(tag) {
            kind if kind.requires().is_none_or(|required| required == node) => Ok(()),
            TagKind::Include => Err(Failure::Message(
                "!include currently only supports the scalar form: !include <path>".to_owned(),
                span,
            )),
            _ => Err(unsupported_tag(tag, span)),
        },
        None => Ok(()),
    }
}

fn unsupported_tag(tag: &Tag, span: Span) -> Failure {
    Failure::Message(format!("unsupported tag `{}`", tag.original()), span)
}

fn merge_value_error(span: Span) -> Failure {
    Failure::Message(
        "YAML merge value must be mapping or sequence of mappings".to_owned(),
        span,
    )
}

/// A `<<` value is empty, a mapping, or a list of such values (serde-saphyr reads a list
/// item as a merge value of its own); the first other scalar is the error.
fn check_merge_value(node: &Node) -> Result<(), Failure> {
    match &node.value {
        Value::Null | Value::Map(_) => Ok(()),
        Value::Seq(items) => items.iter().try_for_each(check_merge_value),
        _ => Err(merge_value_error(node.span)),
    }
}

/// The explicit entries, then each merged mapping's entries whose key is not there yet.
fn merge(mut entries: Vec<(Node, Node)>, merges: Vec<Node>, text: &str) -> Vec<(Node, Node)> {
    if merges.is_empty() {
        return entries;
    }
    let mut seen: HashSet<String> = entries
        .iter()
        .map(|(key, _)| fingerprint(&key.value))
        .collect();
    // The mappings to merge, in order, each with the span its entries are shown at: that of
    // the `<<` value, or of the item of its list that holds it (as serde-saphyr places
    // them), however deep the lists inside that item go.
    let mut sources: Vec<(Node, Span)> = Vec::with_capacity(merges.len());
    for source in merges.into_iter().rev() {
        match source.value {
            Value::Seq(items) => sources.extend(items.into_iter().rev().map(|item| {
                let span = item.span;
                (item, span)
            })),
            value => {
                let span = source.span;
                sources.push((Node { span, value }, span));
            }
        }
    }
    while let Some((source, span)) = sources.pop() {
        match source.value {
            Value::Seq(items) => sources.extend(items.into_iter().rev().map(|item| (item, span))),
            Value::Map(pairs) => {
                for (mut key, mut value) in pairs {
                    if seen.insert(fingerprint(&key.value)) {
                        // Merged entries are shown where the merged mapping starts, except
                        // what an alias inside it brought, which stays at the alias.
                        respan_unless_aliased(&mut key, span, text);
                        respan_unless_aliased(&mut value, span, text);
                        entries.push((key, value));
                    }
                }
            }
            _ => {}
        }
    }
    entries
}

/// A key's identity for merging: its value without spans.
pub(crate) fn fingerprint(value: &Value) -> String {
    fn write(value: &Value, out: &mut String) {
        use std::fmt::Write;
        let _ = match value {
            Value::Null => write!(out, "~"),
            Value::Bool(value) => write!(out, "b{value}"),
            Value::Int(value) => write!(out, "i{value}"),
            Value::Float(value) => write!(out, "f{}", value.to_bits()),
            Value::Str(text) => write!(out, "s{}:{text}", text.len()),
            Value::Seq(items) => {
                out.push('[');
                for item in items {
                    write(&item.value, out);
                    out.push(',');
                }
                write!(out, "]")
            }
            Value::Map(entries) => {
                out.push('{');
                for (key, item) in entries {
                    write(&key.value, out);
                    out.push(':');
                    write(&item.value, out);
                    out.push(',');
                }
                write!(out, "}}")
            }
        };
    }
    let mut out = String::new();
    write(value, &mut out);
    out
}

/// The text an alias of `node` repeats: what the scalar budget counts.
fn text_bytes(node: &Node) -> usize {
    match &node.value {
        Value::Str(text) => text.len(),
        Value::Seq(items) => items.iter().map(text_bytes).sum(),
        Value::Map(entries) => entries
            .iter()
            .map(|(key, value)| text_bytes(key) + text_bytes(value))
            .sum(),
        _ => node.span.len(),
    }
}

fn count_nodes(node: &Node) -> usize {
    1 + match &node.value {
        Value::Seq(items) => items.iter().map(count_nodes).sum(),
        Value::Map(entries) => entries
            .iter()
            .map(|(key, value)| count_nodes(key) + count_nodes(value))
            .sum(),
        _ => 0,
    }
}

/// Like [`respan`], leaving alone the nodes an alias copied (their span is the `*name`).
fn respan_unless_aliased(node: &mut Node, span: Span, text: &str) {
    if text.as_bytes().get(node.span.start) == Some(&b'*') {
        return;
    }
    node.span = span;
    match &mut node.value {
        Value::Seq(items) => items
            .iter_mut()
            .for_each(|item| respan_unless_aliased(item, span, text)),
        Value::Map(entries) => entries.iter_mut().for_each(|(key, value)| {
            respan_unless_aliased(key, span, text);
            respan_unless_aliased(value, span, text);
        }),
        _ => {}
    }
}

/// Gives a node and everything inside it one span.
fn respan(node: &mut Node, span: Span) {
    node.span = span;
    match &mut node.value {
        Value::Seq(items) => items.iter_mut().for_each(|item| respan(item, span)),
        Value::Map(entries) => entries.iter_mut().for_each(|(key, value)| {
            respan(key, span);
            respan(value, span);
        }),
        _ => {}
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NodeKind {
    Scalar,
    Sequence,
    Mapping,
}

/// What a tag asks of its node, as serde-saphyr reads tags.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TagKind {
    Null,
    Bool,
    Int,
    Float,
    Str,
    Seq,
    Map,
    Binary,
    Timestamp,
    /// `!time`, `!degrees`, `!radians`: numbers serde-saphyr converts only with a feature `cjm` leaves off.
    Converted,
    /// `!` alone: text.
    NonSpecific,
    /// `!include`, which `cjm` does not follow: a scalar, typed as if untagged.
    Include,
    /// `!!merge`, `!!value`: key markers, so scalars, typed as if untagged.
    KeyMarker,
    /// Anything unknown: no demand.
    Other,
}

const YAML_NAMESPACE: &str = "tag:yaml.org,2002:";

impl TagKind {
    fn of(tag: &Tag) -> Self {
        for prefix in [
            "!include",
            "tag:yaml.org,2002:include",
            "tag:yaml.org,2002:!include",
        ] {
            if let Some(rest) = tag.suffix_in_namespace(prefix)
                && (rest.is_empty() || rest.starts_with('#'))
            {
                return Self::Include;
            }
        }
        if let Some(kind) = tag.core_suffix().and_then(Self::core) {
            return kind;
        }
        if let Some(suffix) = tag.suffix_in_namespace(YAML_NAMESPACE) {
            if suffix == "merge" || suffix == "value" {
                return Self::KeyMarker;
            }
            return Self::named(suffix.strip_prefix('!').unwrap_or(&suffix));
        }
        let Some(suffix) = tag.suffix_in_namespace("!") else {
            return Self::Other;
        };
        match suffix.as_ref() {
            "" | "!" => Self::NonSpecific,
            "!timestamp" => Self::Timestamp,
            "!binary" => Self::Binary,
            name => match name.strip_prefix('!') {
                Some(name) => Self::core(name).unwrap_or(Self::Other),
                None => Self::named(name),
            },
        }
    }

    fn core(suffix: &str) -> Option<Self> {
        Some(match suffix {
            "null" => Self::Null,
            "bool" => Self::Bool,
            "int" => Self::Int,
            "float" => Self::Float,
            "map" => Self::Map,
            "seq" => Self::Seq,
            "str" => Self::Str,
            _ => return None,
        })
    }

    fn named(name: &str) -> Self {
        match name {
            "timestamp" => Self::Timestamp,
            "time" | "degrees" | "radians" => Self::Converted,
            "binary" => Self::Binary,
            name => Self::core(name).unwrap_or(Self::Other),
        }
    }

    fn requires(self) -> Option<NodeKind> {
        match self {
            Self::Seq => Some(NodeKind::Sequence),
            Self::Map => Some(NodeKind::Mapping),
            Self::NonSpecific | Self::Other => None,
            _ => Some(NodeKind::Scalar),
        }
    }
}

/// YAML's white space around a scalar's text, as the core schema ignores it.
fn yaml_trim(text: &str) -> &str {
    text.trim_matches([' ', '\t', '\r', '\n'])
}

fn invalid(what: &str, span: Span) -> Failure {
    Failure::Message(format!("invalid {what}"), span)
}

/// Types one scalar.
fn resolve_scalar(
    text: Cow<'_, str>,
    style: ScalarStyle,
    tag: Option<&Tag>,
    span: Span,
) -> Result<Built, Failure> {
    let kind = tag.map_or(TagKind::Other, TagKind::of);
    let plain = style == ScalarStyle::Plain;
    let merge_key = text == "<<" && (plain && tag.is_none() || tag.is_some_and(is_merge_tag));
    let value = match kind {
        TagKind::Null => Value::Null,
        TagKind::Bool => Value::Bool(
            core_bool(&text).ok_or_else(|| invalid("boolean (true or false expected)", span))?,
        ),
        TagKind::Int => {
            let trimmed = yaml_trim(&text);
            if trimmed.starts_with('-') {
                Value::Int(signed_int(trimmed).ok_or_else(|| invalid("i64", span))?)
            } else {
                unsigned_int(trimmed).ok_or_else(|| invalid("u64", span))?
            }
        }
        TagKind::Converted => return Err(invalid("floating point", span)),
        TagKind::Float => float(&text, true).ok_or_else(|| invalid("floating point", span))?,
        TagKind::Timestamp => {
            return Err(Failure::Message(
                "cannot deserialize tagged scalar into string".to_owned(),
                span,
            ));
        }
        TagKind::Str | TagKind::NonSpecific | TagKind::Binary | TagKind::Seq | TagKind::Map => {
            Value::Str(text.into_owned())
        }
        TagKind::Other | TagKind::Include | TagKind::KeyMarker if !plain => {
            Value::Str(text.into_owned())
        }
        TagKind::Other | TagKind::Include | TagKind::KeyMarker => plain_value(text),
    };
    Ok(Built {
        node: Node { span, value },
        merge_key,
    })
}

fn is_merge_tag(tag: &Tag) -> bool {
    tag.suffix_in_namespace(YAML_NAMESPACE)
        .is_some_and(|suffix| suffix == "merge")
}

/// A plain scalar with no tag (or one that asks nothing) by the core schema.
fn plain_value(text: Cow<'_, str>) -> Value {
    if matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL") {
        return Value::Null;
    }
    if let Some(value) = core_bool(&text) {
        return Value::Bool(value);
    }
    // Most scalars of a map are words, which no number reader needs to look at.
    let may_be_number = text.starts_with(|c: char| {
        c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | ' ' | '\t' | '\r' | '\n')
    });
    if !may_be_number {
        return Value::Str(text.into_owned());
    }
    let trimmed = yaml_trim(&text);
    let unsigned = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
    let uppercase_radix = matches!(unsigned.as_bytes(), [b'0', b'X' | b'O' | b'B', ..]);
    let signed_nan =
        trimmed.len() != unsigned.len() && matches!(unsigned, ".nan" | ".NaN" | ".NAN");
    if uppercase_radix || signed_nan {
        return Value::Str(text.into_owned());
    }
    if trimmed.starts_with('-') {
        if !leading_zero_decimal(trimmed)
            && let Some(value) = signed_int(trimmed)
        {
            return Value::Int(value);
        }
    } else if let Some(value) = unsigned_int(trimmed) {
        return value;
    }
    float(&text, false).unwrap_or_else(|| Value::Str(text.into_owned()))
}

fn core_bool(text: &str) -> Option<bool> {
    match yaml_trim(text) {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

fn leading_zero_decimal(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The radix a literal is written in, and its digits.
fn radix_and_digits(text: &str) -> (u32, &str) {
    for (prefixes, radix) in [(["0x", "0X"], 16), (["0o", "0O"], 8), (["0b", "0B"], 2)] {
        for prefix in prefixes {
            if let Some(digits) = text.strip_prefix(prefix) {
                return (radix, digits);
            }
        }
    }
    (10, text)
}

/// Digits with single `_` separators between them, in `radix`.
fn digits_value(digits: &str, radix: u32) -> Option<u128> {
    let bytes = digits.as_bytes();
    let mut value: u128 = 0;
    let mut any = false;
    for (index, &byte) in bytes.iter().enumerate() {
        if byte == b'_' {
            let before = index.checked_sub(1).and_then(|i| bytes.get(i));
            let after = bytes.get(index + 1);
            if before.is_none_or(|&b| b == b'_') || after.is_none_or(|&b| b == b'_') {
                return None;
            }
            continue;
        }
        let digit = char::from(byte).to_digit(radix)?;
        value = value
            .checked_mul(u128::from(radix))?
            .checked_add(u128::from(digit))?;
        any = true;
    }
    any.then_some(value)
}

/// A non-negative integer: `Int` when it fits, else the number as a float, as serde's
/// untyped values hold it.
fn unsigned_int(text: &str) -> Option<Value> {
    let rest = text.strip_prefix('+').unwrap_or(text);
    let (radix, digits) = radix_and_digits(rest);
    if radix == 10 && digits.starts_with('0') && digits != "0" {
        return None;
    }
    let value = u64::try_from(digits_value(digits, radix)?).ok()?;
    #[allow(clippy::cast_precision_loss)]
    Some(i64::try_from(value).map_or(Value::Float(value as f64), Value::Int))
}

fn signed_int(text: &str) -> Option<i64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (radix, digits) = radix_and_digits(rest);
    if radix == 10 && digits.starts_with('0') && digits != "0" {
        return None;
    }
    let magnitude = i128::try_from(digits_value(digits, radix)?).ok()?;
    i64::try_from(if negative { -magnitude } else { magnitude }).ok()
}

/// A float by YAML 1.2, or a literal too large for one; non-finite values become their
/// canonical text. `tagged` lets `!!float -.nan` through.
fn float(text: &str, tagged: bool) -> Option<Value> {
    let trimmed = yaml_trim(text);
    let (negative, unsigned) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let value = match unsigned {
        ".nan" | ".NaN" | ".NAN" if tagged || trimmed.len() == unsigned.len() => f64::NAN,
        ".inf" | ".Inf" | ".INF" if negative => f64::NEG_INFINITY,
        ".inf" | ".Inf" | ".INF" => f64::INFINITY,
        _ => match trimmed.parse::<f64>() {
            Ok(value) if value.is_finite() => value,
            Ok(value)
                if value.is_infinite() && unsigned.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                value
            }
            _ => return None,
        },
    };
    Some(if value.is_nan() {
        Value::Str(".nan".to_owned())
    } else if value.is_infinite() && value.is_sign_negative() {
        Value::Str("-.inf".to_owned())
    } else if value.is_infinite() {
        Value::Str(".inf".to_owned())
    } else {
        Value::Float(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Value {
        parse(text).unwrap().value
    }

    #[test]
    fn scalars_follow_the_core_schema() {
        assert_eq!(value("yes"), Value::Str("yes".into()));
        assert_eq!(value("True"), Value::Bool(true));
        assert_eq!(value("0x1F"), Value::Int(31));
        assert_eq!(value("1_000"), Value::Int(1000));
        assert_eq!(value("-12"), Value::Int(-12));
        assert_eq!(value("1.5e3"), Value::Float(1500.0));
        assert_eq!(value(".NaN"), Value::Str(".nan".into()));
        assert_eq!(value("-.inf"), Value::Str("-.inf".into()));
        assert_eq!(value("~"), Value::Null);
        assert_eq!(value("'~'"), Value::Str("~".into()));
        assert_eq!(value("!!str 12"), Value::Str("12".into()));
        assert_eq!(value("!!binary aGk="), Value::Str("aGk=".into()));
        assert_eq!(value("!custom 12"), Value::Int(12));
    }

    #[test]
    fn comments_come_from_the_same_pass() {
        let loaded = load("a: 1 # cjm-ignore: CJM301\n", true).unwrap();
        assert_eq!(loaded.comments.len(), 1);
        assert_eq!(loaded.comments[0].text, " cjm-ignore: CJM301");
        assert_eq!(loaded.comments[0].span, Span::new(5, 25));
    }
}
