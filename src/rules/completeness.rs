//! Completeness: the map has the elements a useful journey map is made of.
//!
//! These are warnings: a map in progress is allowed to be incomplete, but the team should
//! see what is still missing (and `--strict` makes CI insist).

use super::{CheckContext, Concern, Rule};
use crate::finding::{Findings, Severity};
use crate::map::{JourneyMap, List, Stage, describe};
use crate::span::Span;

pub static SEGMENT_MISSING_5W: Rule = Rule {
    code: "CJM301",
    name: "segment-missing-5w",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A segment does not answer all of the 5W: who, what, why, when, where",
    why: "Sherrington's 5W are how the methodology describes a segment: who the customer is, \
          what they buy, why, when and where. A segment without them is a label, not a group \
          the team can design for.",
    example: "segments:\n  - id: young-family\n    name: Young family\n    who: Parents of children under 5\n    # what, why, when and where are missing",
    fix: "Add the missing keys, one sentence each, from interviews and sales data.",
    check: Some(check_segments),
    configured: None,
    strict_severity: None,
};

pub static TOO_FEW_STAGES: Rule = Rule {
    code: "CJM302",
    name: "too-few-stages",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "The map has only one stage",
    why: "A journey is a sequence: with one stage there is no curve, no funnel and no \
          drop-off to find.",
    example: "stages:\n  - id: purchase\n    name: Сделка",
    fix: "Describe the stages before and after, from first contact (awareness) to the \
          trigger that brings the customer back.",
    check: Some(check_stage_count),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_GOALS: Rule = Rule {
    code: "CJM303",
    name: "stage-missing-goals",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A stage lists no customer goals",
    why: "The customer's goal at a stage (\"understand whether the range fits my task\") is \
          what every touchpoint there should serve.",
    example: "- id: evaluation\n  name: Оценка\n  # no goals",
    fix: "Add `goals:` with what the customer wants to achieve at this stage.",
    check: Some(check_stage_goals),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_TOUCHPOINTS: Rule = Rule {
    code: "CJM304",
    name: "stage-missing-touchpoints",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A stage lists no touchpoints",
    why: "Touchpoints are where the team can act; a stage without them cannot be improved.",
    example: "- id: purchase\n  name: Сделка\n  touchpoints: []",
    fix: "Add the concrete points of contact at this stage: an ad, the website, a call, \
          checkout, an onboarding e-mail.",
    check: Some(check_stage_touchpoints),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_EMOTION: Rule = Rule {
    code: "CJM305",
    name: "stage-missing-emotion",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "Neither a stage nor any of its touchpoints has an emotion score",
    why: "The emotion curve is the most recognisable part of a journey map; a stage without a \
          score leaves a gap in it.",
    example: "- id: purchase\n  name: Сделка\n  # no emotion",
    fix: "Add `emotion:` to the stage (or to its touchpoints): a whole number on the emotion \
          scale, by default -2 very negative to +2 very positive.",
    check: Some(check_stage_emotion),
    configured: Some(super::structure::emotion_scale_in_force),
    strict_severity: None,
};

pub static STAGE_MISSING_PAINS: Rule = Rule {
    code: "CJM306",
    name: "stage-missing-pains",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A stage lists no pains, barriers or risks",
    why: "Finding where customers struggle is why the map exists. A stage with no pains was \
          either not researched or is worth a sentence saying it is painless.",
    example: "- id: purchase\n  name: Сделка\n  pains: []",
    fix: "Add `pains:` from interviews and support tickets; mark the serious ones with \
          `severity: high`.",
    check: Some(check_stage_pains),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_OPPORTUNITIES: Rule = Rule {
    code: "CJM307",
    name: "stage-missing-opportunities",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A stage lists no opportunities: nothing the team will change",
    why: "A map that records pains but no improvements does not lead to action.",
    example: "- id: purchase\n  name: Сделка\n  # no opportunities",
    fix: "Add `opportunities:` with what the team will change at this stage.",
    check: Some(check_stage_opportunities),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_KPIS: Rule = Rule {
    code: "CJM308",
    name: "stage-missing-kpis",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A stage has no KPIs",
    why: "Without a measure per stage (customers, conversion, contacts) nobody can tell \
          whether a change improved the journey.",
    example: "- id: purchase\n  name: Сделка\n  # no kpis",
    fix: "Add `kpis:` with a `name`, a `target` and, once measured, the `actual` figure.",
    check: Some(check_stage_kpis),
    configured: None,
    strict_severity: None,
};

pub static KPI_MISSING_TARGET: Rule = Rule {
    code: "CJM309",
    name: "kpi-missing-target",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A KPI has no target",
    why: "An actual figure without a target cannot be judged as met or missed.",
    example: "kpis:\n  - {name: Orders, actual: 800}",
    fix: "Add `target:` with the figure the team aims for.",
    check: Some(check_kpi_targets),
    configured: None,
    strict_severity: None,
};

pub static TOUCHPOINT_MISSING_CHANNEL: Rule = Rule {
    code: "CJM310",
    name: "touchpoint-missing-channel",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    summary: "A touchpoint does not say which channel it runs through",
    why: "Different segments use different channels at the same stage; without a channel the \
          touchpoint cannot be planned or measured per channel.",
    example: "touchpoints:\n  - name: Landing page   # no channel",
    fix: "Add `channel:` with the id of a channel declared under `channels:`.",
    check: Some(check_touchpoint_channels),
    configured: None,
    strict_severity: None,
};

fn check_segments(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    for (index, segment) in map.segments.iter().enumerate() {
        let missing: Vec<&str> = segment
            .five_w()
            .into_iter()
            .filter(|(_, answer)| answer.is_absent())
            .map(|(key, _)| key)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let span = segment.id.get().map_or(segment.span, |id| id.span);
        let keys = missing
            .iter()
            .map(|key| format!("`{key}`"))
            .collect::<Vec<_>>()
            .join(", ");
        findings
            .report(
                &SEGMENT_MISSING_5W,
                span,
                format!(
                    "{} does not say {}",
                    describe("segment", &segment.id, index),
                    keys
                ),
            )
            .label(format!("missing {}", missing.join(", ")))
            .help("describe the segment with all of the 5W: who, what, why, when, where");
    }
}

fn check_stage_count(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    if map.stages.items.len() == 1 {
        findings
            .report(
                &TOO_FEW_STAGES,
                map.stages.span.unwrap_or(map.span),
                "the map has only one stage",
            )
            .label("one stage")
            .help("a journey runs through several stages, e.g. awareness, evaluation, purchase, experience, trigger");
    }
}

/// Where a finding about a whole stage points: its id, the most recognisable line.
fn stage_anchor(stage: &Stage) -> Span {
    stage.id.get().map_or(stage.span, |id| id.span)
}

/// Reports every stage whose `list` is absent or empty.
fn report_empty_lists<T>(
    map: &JourneyMap,
    findings: &mut Findings,
    rule: &'static Rule,
    key: &str,
    list: impl Fn(&Stage) -> &List<T>,
    help: &str,
) {
    for (index, stage) in map.stages.iter().enumerate() {
        let list = list(stage);
        if !list.is_missing() {
            continue;
        }
        let owner = describe("stage", &stage.id, index);
        let (span, message, label) = match list.span {
            Some(span) => (span, format!("`{key}` of {owner} is empty"), "empty list"),
            None => (
                stage_anchor(stage),
                format!("{owner} has no `{key}`"),
                "this stage",
            ),
        };
        findings.report(rule, span, message).label(label).help(help);
    }
}

fn check_stage_goals(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_GOALS,
        "goals",
        |stage| &stage.goals,
        "add `goals:` with what the customer wants to achieve at this stage",
    );
}

fn check_stage_touchpoints(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_TOUCHPOINTS,
        "touchpoints",
        |stage| &stage.touchpoints,
        "add `touchpoints:` with the concrete points of contact at this stage",
    );
}

fn check_stage_pains(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_PAINS,
        "pains",
        |stage| &stage.pains,
        "add `pains:` with what hurts or blocks the customer here",
    );
}

fn check_stage_opportunities(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_OPPORTUNITIES,
        "opportunities",
        |stage| &stage.opportunities,
        "add `opportunities:` with what the team will change at this stage",
    );
}

fn check_stage_kpis(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_KPIS,
        "kpis",
        |stage| &stage.kpis,
        "add `kpis:` with a name and a target for this stage",
    );
}

fn check_stage_emotion(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    for (index, stage) in map.stages.iter().enumerate() {
        let scored = !stage.emotion.is_absent()
            || stage
                .touchpoints
                .iter()
                .any(|touchpoint| !touchpoint.emotion.is_absent());
        if !scored {
            let scale = context.settings.emotion_scale;
            findings
                .report(
                    &STAGE_MISSING_EMOTION,
                    stage_anchor(stage),
                    format!(
                        "{} has no emotion score",
                        describe("stage", &stage.id, index)
                    ),
                )
                .label("this stage")
                .help(format!(
                    "add `emotion:` to the stage or its touchpoints: {}",
                    scale.whole_number_phrase()
                ));
        }
    }
}

fn check_kpi_targets(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    for (index, kpi) in map
        .stages
        .iter()
        .flat_map(|stage| stage.kpis.iter().enumerate())
    {
        if kpi.target.is_absent() {
            let span = kpi.name.get().map_or(kpi.span, |name| name.span);
            findings
                .report(
                    &KPI_MISSING_TARGET,
                    span,
                    format!("{} has no target", describe("KPI", &kpi.name, index)),
                )
                .label("no `target`")
                .help("add `target:` with the figure the team aims for");
        }
    }
}

fn check_touchpoint_channels(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    let touchpoints = map
        .stages
        .iter()
        .flat_map(|stage| stage.touchpoints.iter().enumerate());
    for (index, touchpoint) in touchpoints {
        if touchpoint.channel.is_absent() {
            let span = touchpoint
                .name
                .get()
                .map_or(touchpoint.span, |name| name.span);
            findings
                .report(
                    &TOUCHPOINT_MISSING_CHANNEL,
                    span,
                    format!(
                        "{} has no channel",
                        describe("touchpoint", &touchpoint.name, index)
                    ),
                )
                .label("no `channel`")
                .help("add `channel:` with the id of a channel declared under `channels:`");
        }
    }
}
