//! The elements of a map and the keys each one takes.

use crate::i18n::{Arg, Message};
use crate::map::model::{Field, describe};
use crate::msg;

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
    pub(super) fn shape(self) -> Message {
        match self {
            Self::Map => msg!("shape-map"),
            Self::Segment => msg!("shape-segment"),
            Self::Channel => msg!("shape-channel"),
            Self::Stage => msg!("shape-stage"),
            Self::Touchpoint => msg!("shape-touchpoint"),
            Self::Pain => msg!("shape-pain"),
            Self::Kpi => msg!("shape-kpi"),
            Self::Funnel => msg!("shape-funnel"),
            Self::Source => msg!("shape-source"),
            Self::Trigger => msg!("shape-trigger"),
            Self::ReturnTo => msg!("shape-return-to"),
            Self::Risk => msg!("shape-risk"),
        }
    }

    /// "stage `awareness`" once the id (or name) is known, else "stage #2 of …".
    pub(super) fn name(
        self,
        label: &Field<String>,
        index: usize,
        parent: Option<&Message>,
    ) -> Message {
        match (label.get(), parent) {
            (Some(_), _) | (None, None) => describe(self.noun(), label, index),
            (None, Some(parent)) => msg!(
                "element-numbered-in",
                kind = Arg::Word(self.noun()),
                number = index + 1,
                parent = parent.clone()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Element;

    #[test]
    fn every_element_has_fewer_keys_than_a_key_set_holds() {
        for kind in Element::ALL {
            assert!(kind.keys().len() < 64, "{kind:?}");
        }
    }
}
