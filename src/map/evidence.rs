//! What a map claims at each stage and the sources it cites for it: the one list of items
//! that carry evidence, shared by the reference check, the unsupported-claim rule and the
//! reports' evidence figures. A new element that cites sources is one more line in
//! [`claims`].

use crate::map::model::{List, Rating, Stage, Text};
use crate::span::Span;

/// An item of a stage that can cite sources under `evidence`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimKind {
    Touchpoint,
    Pain,
    Kpi,
    Trigger,
    /// The stage's own `emotion`, cited under `emotion_evidence`.
    Emotion,
}

impl ClaimKind {
    /// The key the item cites its sources under.
    pub const fn evidence_key(self) -> &'static str {
        match self {
            Self::Emotion => "emotion_evidence",
            Self::Touchpoint | Self::Pain | Self::Kpi | Self::Trigger => "evidence",
        }
    }
}

/// One claim of a stage and the sources it cites.
#[derive(Clone, Copy, Debug)]
pub struct Claim<'a> {
    pub kind: ClaimKind,
    /// The item as written (for the stage's emotion, its score).
    pub span: Span,
    pub evidence: &'a List<Text>,
    /// Whether an uncited claim of this kind is a guess the team acts on: a stage's emotion
    /// (it draws the curve) and a high-severity pain (it sets priorities).
    pub must_cite: bool,
}

impl Claim<'_> {
    /// Whether the claim cites at least one source.
    pub fn is_backed(&self) -> bool {
        !self.evidence.is_empty()
    }
}

/// Every item of `stage` that carries evidence, in the order of the stage's keys. The
/// stage's emotion counts when it is scored or cited.
pub fn claims(stage: &Stage) -> impl Iterator<Item = Claim<'_>> {
    let claim = |kind, span, evidence, must_cite| Claim {
        kind,
        span,
        evidence,
        must_cite,
    };
    let emotion = match stage.emotion.get() {
        Some(score) => Some(claim(
            ClaimKind::Emotion,
            score.span,
            &stage.emotion_evidence,
            true,
        )),
        None => stage
            .emotion_evidence
            .span
            .filter(|_| !stage.emotion_evidence.is_empty())
            .map(|span| claim(ClaimKind::Emotion, span, &stage.emotion_evidence, true)),
    };
    let touchpoints = stage
        .touchpoints
        .iter()
        .map(move |item| claim(ClaimKind::Touchpoint, item.span, &item.evidence, false));
    let pains = stage.pains.iter().map(move |item| {
        let high = item.severity.value() == Some(&Rating::High);
        claim(ClaimKind::Pain, item.span, &item.evidence, high)
    });
    let kpis = stage
        .kpis
        .iter()
        .map(move |item| claim(ClaimKind::Kpi, item.span, &item.evidence, false));
    let triggers = stage
        .triggers
        .iter()
        .map(move |item| claim(ClaimKind::Trigger, item.span, &item.evidence, false));
    touchpoints
        .chain(emotion)
        .chain(pains)
        .chain(kpis)
        .chain(triggers)
}
