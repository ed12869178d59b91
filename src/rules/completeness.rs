//! Completeness: the map has the elements a useful journey map is made of.
//!
//! These are warnings: a map in progress is allowed to be incomplete, but the team should
//! see what is still missing (and `--strict` makes CI insist).

use super::{CheckContext, Concern, Rule};
use crate::finding::{Findings, Severity};
use crate::i18n::Message;
use crate::map::{JourneyMap, List, Stage, describe};
use crate::msg;
use crate::span::Span;

pub static SEGMENT_MISSING_5W: Rule = Rule {
    code: "CJM301",
    name: "segment-missing-5w",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "segments:\n  - id: young-family\n    name: Young family\n    who: Parents of children under 5\n    # what, why, when and where are missing",
    check: Some(check_segments),
    configured: None,
    strict_severity: None,
};

pub static TOO_FEW_STAGES: Rule = Rule {
    code: "CJM302",
    name: "too-few-stages",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "stages:\n  - id: purchase\n    name: Сделка",
    check: Some(check_stage_count),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_GOALS: Rule = Rule {
    code: "CJM303",
    name: "stage-missing-goals",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "- id: evaluation\n  name: Оценка\n  # no goals",
    check: Some(check_stage_goals),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_TOUCHPOINTS: Rule = Rule {
    code: "CJM304",
    name: "stage-missing-touchpoints",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "- id: purchase\n  name: Сделка\n  touchpoints: []",
    check: Some(check_stage_touchpoints),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_EMOTION: Rule = Rule {
    code: "CJM305",
    name: "stage-missing-emotion",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "- id: purchase\n  name: Сделка\n  # no emotion",
    check: Some(check_stage_emotion),
    configured: Some(super::structure::emotion_scale_in_force),
    strict_severity: None,
};

pub static STAGE_MISSING_PAINS: Rule = Rule {
    code: "CJM306",
    name: "stage-missing-pains",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "- id: purchase\n  name: Сделка\n  pains: []",
    check: Some(check_stage_pains),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_OPPORTUNITIES: Rule = Rule {
    code: "CJM307",
    name: "stage-missing-opportunities",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "- id: purchase\n  name: Сделка\n  # no opportunities",
    check: Some(check_stage_opportunities),
    configured: None,
    strict_severity: None,
};

pub static STAGE_MISSING_KPIS: Rule = Rule {
    code: "CJM308",
    name: "stage-missing-kpis",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "- id: purchase\n  name: Сделка\n  # no kpis",
    check: Some(check_stage_kpis),
    configured: None,
    strict_severity: None,
};

pub static KPI_MISSING_TARGET: Rule = Rule {
    code: "CJM309",
    name: "kpi-missing-target",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "kpis:\n  - {name: Orders, actual: 800}",
    check: Some(check_kpi_targets),
    configured: None,
    strict_severity: None,
};

pub static TOUCHPOINT_MISSING_CHANNEL: Rule = Rule {
    code: "CJM310",
    name: "touchpoint-missing-channel",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "touchpoints:\n  - name: Landing page   # no channel",
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
                msg!(
                    "segment-missing-5w",
                    segment = describe("segment", &segment.id, index),
                    keys = keys
                ),
            )
            .label(msg!("missing-keys", keys = missing.join(", ")))
            .help(msg!("describe-5w"));
    }
}

fn check_stage_count(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    if map.stages.items.len() == 1 {
        findings
            .report(
                &TOO_FEW_STAGES,
                map.stages.span.unwrap_or(map.span),
                msg!("only-one-stage"),
            )
            .label(msg!("one-stage"))
            .help(msg!("several-stages"));
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
    help: Message,
) {
    for (index, stage) in map.stages.iter().enumerate() {
        let list = list(stage);
        if !list.is_missing() {
            continue;
        }
        let owner = describe("stage", &stage.id, index);
        let (span, message, label) = match list.span {
            Some(span) => (
                span,
                msg!("list-of-is-empty", key = key, owner = owner),
                msg!("empty-list"),
            ),
            None => (
                stage_anchor(stage),
                msg!("has-no-key", owner = owner, key = key),
                msg!("this-stage"),
            ),
        };
        findings
            .report(rule, span, message)
            .label(label)
            .help(help.clone());
    }
}

fn check_stage_goals(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_GOALS,
        "goals",
        |stage| &stage.goals,
        msg!("add-goals"),
    );
}

fn check_stage_touchpoints(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_TOUCHPOINTS,
        "touchpoints",
        |stage| &stage.touchpoints,
        msg!("add-touchpoints"),
    );
}

fn check_stage_pains(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_PAINS,
        "pains",
        |stage| &stage.pains,
        msg!("add-pains"),
    );
}

fn check_stage_opportunities(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_OPPORTUNITIES,
        "opportunities",
        |stage| &stage.opportunities,
        msg!("add-opportunities"),
    );
}

fn check_stage_kpis(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_empty_lists(
        map,
        findings,
        &STAGE_MISSING_KPIS,
        "kpis",
        |stage| &stage.kpis,
        msg!("add-kpis"),
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
                    msg!(
                        "no-emotion-score",
                        stage = describe("stage", &stage.id, index)
                    ),
                )
                .label(msg!("this-stage"))
                .help(msg!("add-emotion", phrase = scale.whole_number_phrase()));
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
                    msg!("kpi-no-target", kpi = describe("KPI", &kpi.name, index)),
                )
                .label(msg!("no-key-plain", key = "target"))
                .help(msg!("add-target"));
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
                    msg!(
                        "touchpoint-no-channel",
                        touchpoint = describe("touchpoint", &touchpoint.name, index)
                    ),
                )
                .label(msg!("no-key-plain", key = "channel"))
                .help(msg!("add-channel"));
        }
    }
}
