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
    example: "sources:\n  - {id: interviews-2026, kind: interview}\nstages:\n  - id: evaluation\n    pains:\n      - {text: Delivery date shown only in the cart, severity: high, evidence: [interveiws-2026]}",
    check: Some(check_source_references),
    configured: None,
    strict_severity: None,
};

pub static UNSUPPORTED_CLAIM: Rule = Rule {
    code: "CJM314",
    name: "unsupported-claim",
    concern: Concern::Completeness,
    default_severity: Severity::Info,
    example: "sources:\n  - {id: interviews-2026, kind: interview}\nstages:\n  - id: evaluation\n    emotion: -1            # no emotion_evidence\n    pains:\n      - {text: Delivery date shown only in the cart, severity: high}   # no evidence",
    check: Some(check_unsupported_claims),
    configured: None,
    strict_severity: Some(Severity::Warning),
};

pub static STALE_SOURCE: Rule = Rule {
    code: "CJM405",
    name: "stale-source",
    concern: Concern::Freshness,
    default_severity: Severity::Warning,
    example: "sources:\n  - {id: crm-2025, kind: crm, date: 2025-01-10}   # more than six calendar months before today",
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
                    crate::msg!("emotion-cites-nothing", owner = owner.clone()),
                    crate::msg!("add-emotion-evidence", key = key),
                ),
                ClaimKind::Pain | ClaimKind::Touchpoint | ClaimKind::Kpi | ClaimKind::Trigger => (
                    crate::msg!("pain-cites-nothing", owner = owner.clone()),
                    crate::msg!("add-pain-evidence", key = key),
                ),
            };
            findings
                .report(&UNSUPPORTED_CLAIM, claim.span, message)
                .label(crate::msg!("no-key-plain", key = key))
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
                crate::msg!(
                    "source-stale",
                    source = describe("source", &source.id, index),
                    date = date.value.to_string(),
                    period = period.message()
                ),
            )
            .label(crate::msg!("more-than-ago", period = period.message()))
            .help(crate::msg!("redo-the-research"));
    }
}
