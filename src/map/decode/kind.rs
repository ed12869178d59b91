//! The elements of a map and the keys each one takes.

use crate::map::model::{Field, describe};

/// The elements of a map, for messages and help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    Map,
    Segment,
    Channel,
    Stage,
    Touchpoint,
    Pain,
    Kpi,
    Funnel,
    // issue 13: evidence, matrix
    Source,
    // issue 13: triggers, loops, risks
    Trigger,
    ReturnTo,
    Risk,
}

impl Element {
    pub const ALL: [Self; 12] = [
        Self::Map,
        Self::Segment,
        Self::Channel,
        Self::Stage,
        Self::Touchpoint,
        Self::Pain,
        Self::Kpi,
        Self::Funnel,
        Self::Source,
        Self::Trigger,
        Self::ReturnTo,
        Self::Risk,
    ];

    /// Every key the element takes, in the order the decoder reads them (and help lists
    /// them). The decoder asks for exactly these; a debug assertion holds it to that.
    pub const fn keys(self) -> &'static [&'static str] {
        match self {
            Self::Map => &[
                "cjm",
                "title",
                "owner",
                "description",
                "reviewed",
                "reviewed_by",
                "segments",
                "channels",
                "stages",
                "sources",
            ],
            Self::Segment => &["id", "name", "who", "what", "why", "when", "where"],
            Self::Channel => &["id", "name"],
            Self::Stage => &[
                "id",
                "name",
                "goals",
                "needs",
                "touchpoints",
                "emotion",
                "pains",
                "opportunities",
                "kpis",
                "funnel",
                "emotion_evidence",
                "triggers",
                "returns_to",
                "risks",
            ],
            Self::Touchpoint => &[
                "name",
                "channel",
                "segments",
                "emotion",
                "evidence",
                "returns_to",
            ],
            Self::Pain => &["text", "severity", "evidence"],
            Self::Kpi => &[
                "name", "target", "actual", "unit", "better", "evidence", "risks",
            ],
            Self::Funnel => &["entered", "advanced"],
            Self::Source => &["id", "kind", "name", "date", "size"],
            Self::Trigger => &["name", "kind", "channel", "evidence"],
            Self::ReturnTo => &["stage", "share", "when"],
            Self::Risk => &["text", "likelihood", "mitigation"],
        }
    }

    pub const fn noun(self) -> &'static str {
        match self {
            Self::Map => "map",
            Self::Segment => "segment",
            Self::Channel => "channel",
            Self::Stage => "stage",
            Self::Touchpoint => "touchpoint",
            Self::Pain => "pain",
            Self::Kpi => "KPI",
            Self::Funnel => "funnel",
            Self::Source => "source",
            Self::Trigger => "trigger",
            Self::ReturnTo => "loop",
            Self::Risk => "risk",
        }
    }

    /// How one is written, for "write it as …" help.
    pub(super) const fn shape(self) -> &'static str {
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
            Self::Source => {
                "`- {id: interviews-2026, kind: interview, name: Interviews, date: 2026-09-01, \
                 size: 18}`"
            }
            Self::Trigger => "`- {name: Letter in six months, kind: instrumental, channel: email}`",
            Self::ReturnTo => {
                "`returns_to: awareness` or `returns_to: {stage: awareness, share: 0.2, when: …}`"
            }
            Self::Risk => {
                "`- Supplier delays` or `- {text: Supplier delays, likelihood: high, mitigation: …}`"
            }
        }
    }

    /// "stage `awareness`" once the id (or name) is known, else "stage #2 of …".
    pub(super) fn name(self, label: &Field<String>, index: usize, parent: Option<&str>) -> String {
        match (label.get(), parent) {
            (Some(_), _) | (None, None) => describe(self.noun(), label, index),
            (None, Some(parent)) => format!("{} #{} of {parent}", self.noun(), index + 1),
        }
    }
}
