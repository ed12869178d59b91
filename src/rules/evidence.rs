//! Evidence: a journey map is data about customers, built from interviews, CRM data and
//! analytics, not guesses. The map declares its research under `sources`; touchpoints,
//! pains, KPIs and stage emotions cite it under `evidence` (`emotion_evidence`). The items
//! that cite sources are listed once, in [`crate::map::evidence::claims`].

use super::references::{declared, report_undeclared};
use super::{CheckContext, Concern, Rule};
use crate::finding::{Findings, Severity};
use crate::freshness::{Freshness, Status};
use crate::map::evidence::{ClaimKind, claims};
use crate::map::{JourneyMap, describe};

pub static UNKNOWN_SOURCE: Rule = Rule {
    code: "CJM207",
    name: "unknown-source",
    concern: Concern::References,
    default_severity: Severity::Error,
    summary: "An `evidence` list names a source that is not declared under `sources`",
    why: "Evidence is only worth something when a reader can find the interview, survey or \
          export behind a claim; an undeclared source is usually a typo and leaves the claim \
          unsupported.",
    example: "sources:\n  - {id: interviews-2026, kind: interview}\nstages:\n  - id: evaluation\n    pains:\n      - {text: Delivery date shown only in the cart, severity: high, evidence: [interveiws-2026]}",
    fix: "Correct the id (the finding suggests the closest one) or declare the source.",
    check: Some(check_source_references),
    configured: None,
    strict_severity: None,
};

pub static UNSUPPORTED_CLAIM: Rule = Rule {
    code: "CJM314",
    name: "unsupported-claim",
    concern: Concern::Completeness,
    default_severity: Severity::Info,
    summary: "A high-severity pain or a stage emotion cites no source (in a map that declares \
              `sources`; a warning under `--strict`)",
    why: "High-severity pains set the team's priorities and stage emotions draw the emotion \
          curve; a map that names its research should say which of it each of them comes \
          from, so that a guess is not read as a finding.",
    example: "sources:\n  - {id: interviews-2026, kind: interview}\nstages:\n  - id: evaluation\n    emotion: -1            # no emotion_evidence\n    pains:\n      - {text: Delivery date shown only in the cart, severity: high}   # no evidence",
    fix: "Add `evidence: [SOURCE-ID]` to the pain, or `emotion_evidence: [SOURCE-ID]` to the \
          stage, naming the research it comes from; if there is none yet, plan it.",
    check: Some(check_unsupported_claims),
    configured: None,
    strict_severity: Some(Severity::Warning),
};

pub static STALE_SOURCE: Rule = Rule {
    code: "CJM405",
    name: "stale-source",
    concern: Concern::Freshness,
    default_severity: Severity::Warning,
    summary: "A source dates from longer ago than the review period (six months by default)",
    why: "Customers and channels change quickly: a review that rests on research older than \
          the review period repeats old findings instead of checking them.",
    example: "sources:\n  - {id: crm-2025, kind: crm, date: 2025-01-10}   # more than six calendar months before today",
    fix: "Redo the research or export the data again and update `date`, or cite a newer \
          source instead. `max_age` in .cjm.yaml sets the period.",
    check: Some(check_stale_sources),
    configured: Some(super::freshness::review_schedule),
    strict_severity: None,
};

fn check_source_references(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    let sources = declared(map.sources.iter().map(|source| source.id.get()));
    let references = map
        .stages
        .iter()
        .flat_map(claims)
        .flat_map(|claim| claim.evidence);
    report_undeclared(references, &sources, &UNKNOWN_SOURCE, "source", findings);
}

fn check_unsupported_claims(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    // A map without sources makes no claim of evidence; one that lists them is held to it.
    if map.sources.is_missing() {
        return;
    }
    for (index, stage) in map.stages.iter().enumerate() {
        let owner = describe("stage", &stage.id, index);
        for claim in claims(stage) {
            if !claim.must_cite || claim.is_backed() || claim.evidence.invalid {
                continue;
            }
            let key = claim.kind.evidence_key();
            let (message, help) = match claim.kind {
                ClaimKind::Emotion => (
                    format!("the emotion of {owner} cites no source"),
                    format!(
                        "add `{key}: [SOURCE-ID]` to the stage, naming the research the score \
                         comes from"
                    ),
                ),
                ClaimKind::Pain | ClaimKind::Touchpoint | ClaimKind::Kpi | ClaimKind::Trigger => (
                    format!("a high-severity pain of {owner} cites no source"),
                    format!(
                        "add `{key}: [SOURCE-ID]` to the pain, naming the research that found \
                         it"
                    ),
                ),
            };
            findings
                .report(&UNSUPPORTED_CLAIM, claim.span, message)
                .label(format!("no `{key}`"))
                .help(help);
        }
    }
}

fn check_stale_sources(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    let period = context.settings.review_period;
    for (index, source) in map.sources.iter().enumerate() {
        let Some(date) = source.date.get() else {
            continue;
        };
        let freshness = Freshness::assess(date.value, context.today, period);
        if freshness.status != Status::Stale {
            continue;
        }
        findings
            .report(
                &STALE_SOURCE,
                date.span,
                format!(
                    "{} dates from {}, more than {period} before today",
                    describe("source", &source.id, index),
                    date.value
                ),
            )
            .label(format!("more than {period} ago"))
            .help(
                "redo the research or export the data again and update `date`, or cite a \
                 newer source",
            );
    }
}
