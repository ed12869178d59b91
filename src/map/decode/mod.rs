//! From the YAML node tree to a [`JourneyMap`], reporting every structural problem on the
//! way: wrong types, missing and unknown keys, duplicate keys, bad values.
//!
//! Each element's keys are listed once, in [`Element::keys`]: the list drives the
//! unknown-key check and its suggestions, and the decode functions take exactly those keys
//! (a debug assertion in [`Fields`] holds them to it), so they cannot drift. The map's JSON
//! Schema is tested against the same list.
//!
//! One module a job: [`kind`] the elements and their keys, [`fields`] one mapping being
//! decoded, [`values`] scalar values and their messages; the keys of a mapping are read by
//! [`crate::map::keys`], shared with the `.cjm.yaml` decoder.

mod fields;
mod journey;
mod kind;
mod values;

use crate::finding::Findings;
use crate::i18n::Message;
use crate::map::model::{
    Channel, Field, Funnel, JourneyMap, Kpi, KpiDirection, List, Pain, Rating, Segment, Source,
    SourceKind, Stage, Touchpoint,
};
use crate::map::yaml::{Node, Value};
use crate::msg;
use crate::rules::structure::{EMPTY_FILE, MISSING_KEY, UNSUPPORTED_VERSION, WRONG_TYPE};
use crate::span::{Span, Spanned};

use fields::{Fields, Owner, Taken};
pub use kind::Element;
use values::Expected;

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

impl Decoder<'_> {
    fn map(&mut self, root: Node) -> Option<JourneyMap> {
        if root.value == Value::Null {
            self.findings
                .report(&EMPTY_FILE, root.span, msg!("no-journey-map"))
                .help(msg!("a-map-starts-with"));
            return None;
        }
        if !matches!(root.value, Value::Map(_)) {
            let found = root.describe_in(self.text);
            self.findings
                .report(
                    &WRONG_TYPE,
                    root.span,
                    msg!("map-not-a-mapping", found = found),
                )
                .label(msg!("expected-mapping"))
                .help(msg!("start-the-file"));
            return None;
        }
        let mut fields = Fields::open(self, root, Element::Map, Owner::Named(msg!("the-map")))?;
        let version = fields.integer(self, "cjm");
        match &version {
            Field::Absent => {
                self.findings
                    .report(&MISSING_KEY, fields.anchor(), msg!("no-format-version"))
                    .label(msg!("no-key", key = "cjm"))
                    .help(msg!("add-version", version = FORMAT_VERSION));
            }
            Field::Present(version) if version.value != FORMAT_VERSION => {
                self.findings
                    .report(
                        &UNSUPPORTED_VERSION,
                        version.span,
                        msg!(
                            "unsupported-version",
                            version = version.value,
                            supported = FORMAT_VERSION
                        ),
                    )
                    .label(msg!("unsupported-version-label"))
                    .help(msg!(
                        "write-supported-version",
                        version = version.value,
                        supported = FORMAT_VERSION
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
        let sources = fields.list(self, "sources", |decoder, node, index, _| {
            decoder.research_source(node, index)
        });
        self.require_items(&fields, "segments", segments.span, segments.is_missing());
        self.require_items(&fields, "stages", stages.span, stages.is_missing());
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
            sources,
        })
    }

    /// A map needs at least one segment and one stage.
    fn require_items(&mut self, fields: &Fields, key: &str, written: Option<Span>, missing: bool) {
        if !missing {
            return;
        }
        match written {
            None => self
                .findings
                .report(&MISSING_KEY, fields.anchor(), msg!("map-has-no", key = key))
                .label(msg!("no-key", key = key))
                .help(msg!("add-with-at-least-one", key = key)),
            Some(span) => self
                .findings
                .report(&MISSING_KEY, span, msg!("key-is-empty", key = key))
                .label(msg!("empty-list"))
                .help(msg!("needs-at-least-one", key = key)),
        };
    }

    /// Opens a list item as an element, named by its position until its id is read.
    fn element<'p>(
        &mut self,
        node: Node,
        kind: Element,
        index: usize,
        parent: Option<&'p Message>,
    ) -> Option<Fields<'p>> {
        let owner = Owner::Place {
            kind,
            index,
            parent,
        };
        Fields::open(self, node, kind, owner)
    }

    fn segment(&mut self, node: Node, index: usize) -> Option<Segment> {
        let mut fields = self.element(node, Element::Segment, index, None)?;
        let id = fields.required_text(self, "id");
        fields.rename(Element::Segment.name(&id, index, None));
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
        let mut fields = self.element(node, Element::Channel, index, None)?;
        let id = fields.required_text(self, "id");
        fields.rename(Element::Channel.name(&id, index, None));
        let channel = Channel {
            span: fields.span,
            name: fields.text(self, "name"),
            id,
        };
        fields.finish(self);
        Some(channel)
    }

    fn stage(&mut self, node: Node, index: usize) -> Option<Stage> {
        let mut fields = self.element(node, Element::Stage, index, None)?;
        let id = fields.required_text(self, "id");
        fields.rename(Element::Stage.name(&id, index, None));
        let stage = fields.owner();
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
            emotion_evidence: fields.text_list(self, "emotion_evidence"),
            // issue 13: triggers, loops, risks
            triggers: fields.list(self, "triggers", |decoder, node, index, _| {
                decoder.trigger(node, index, &stage)
            }),
            returns_to: self.returns_to(&mut fields),
            risks: self.risks(&mut fields, &stage),
            id,
        };
        fields.finish(self);
        Some(stage)
    }

    fn touchpoint(&mut self, node: Node, index: usize, stage: &Message) -> Option<Touchpoint> {
        let mut fields = self.element(node, Element::Touchpoint, index, Some(stage))?;
        let name = fields.required_text(self, "name");
        fields.rename(Element::Touchpoint.name(&name, index, Some(stage)));
        let touchpoint = Touchpoint {
            span: fields.span,
            channel: fields.text(self, "channel"),
            segments: fields.text_list(self, "segments"),
            emotion: fields.integer(self, "emotion"),
            evidence: fields.text_list(self, "evidence"),
            // issue 13: triggers, loops, risks
            returns_to: self.returns_to(&mut fields),
            name,
        };
        fields.finish(self);
        Some(touchpoint)
    }

    fn pain(&mut self, node: Node, index: usize, stage: &Message) -> Option<Pain> {
        match node.value {
            Value::Str(text) if !text.trim().is_empty() => Some(Pain {
                span: node.span,
                text: Field::Present(Spanned::new(text, node.span)),
                severity: Field::Absent,
                evidence: List::default(),
            }),
            Value::Map(_) => {
                let mut fields = self.element(node, Element::Pain, index, Some(stage))?;
                let pain = Pain {
                    span: fields.span,
                    text: fields.required_text(self, "text"),
                    severity: self.keyword(
                        &mut fields,
                        "severity",
                        &Rating::ALL.map(|severity| (severity.as_str(), severity)),
                        msg!("a-pain-severity"),
                    ),
                    evidence: fields.text_list(self, "evidence"),
                };
                fields.finish(self);
                Some(pain)
            }
            _ => {
                let subject = Element::Pain.name(&Field::Absent, index, Some(stage));
                self.wrong_type(&node, &subject, Expected::Pain);
                None
            }
        }
    }

    fn kpi(&mut self, node: Node, index: usize, stage: &Message) -> Option<Kpi> {
        let mut fields = self.element(node, Element::Kpi, index, Some(stage))?;
        let name = fields.required_text(self, "name");
        fields.rename(Element::Kpi.name(&name, index, Some(stage)));
        let owner = fields.owner();
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
                msg!("a-direction"),
            ),
            evidence: fields.text_list(self, "evidence"),
            // issue 13: triggers, loops, risks
            risks: self.risks(&mut fields, &owner),
            name,
        };
        fields.finish(self);
        Some(kpi)
    }

    // issue 13: evidence, matrix
    fn research_source(&mut self, node: Node, index: usize) -> Option<Source> {
        let mut fields = self.element(node, Element::Source, index, None)?;
        let id = fields.required_text(self, "id");
        fields.rename(Element::Source.name(&id, index, None));
        let source = Source {
            span: fields.span,
            kind: self.keyword(
                &mut fields,
                "kind",
                &SourceKind::ALL.map(|kind| (kind.as_str(), kind)),
                msg!("a-kind-of-source"),
            ),
            name: fields.text(self, "name"),
            date: self.date(&mut fields, "date"),
            size: fields.optional(self, "size", Decoder::count),
            id,
        };
        fields.finish(self);
        Some(source)
    }

    fn funnel(&mut self, stage_fields: &mut Fields, stage: &Message) -> Option<Funnel> {
        let Taken::Written(_, node) = stage_fields.take("funnel") else {
            return None;
        };
        let subject = stage_fields.subject("funnel").message();
        if node.value == Value::Null {
            return None;
        }
        let mut fields = Fields::open(self, node, Element::Funnel, Owner::Named(subject))?;
        fields.rename(msg!("funnel-of", stage = stage.clone()));
        let funnel = Funnel {
            span: fields.span,
            entered: fields.required(self, "entered", Decoder::whole_number),
            advanced: fields.required(self, "advanced", Decoder::whole_number),
        };
        fields.finish(self);
        Some(funnel)
    }
}
