//! The journey as a whole: loops back to earlier stages, the trigger that brings the
//! customer back, and customers lost between the stages of the funnel (issue 13).
//!
//! A trigger's channel is a channel reference like a touchpoint's, checked by
//! [`references::UNKNOWN_CHANNEL`](super::references::UNKNOWN_CHANNEL).

use std::collections::HashMap;

use super::references::{declared, report_undeclared};
use super::{CheckContext, Concern, Rule};
use crate::finding::{Findings, Severity};
use crate::map::{JourneyMap, ReturnTo, Stage, describe};
use crate::msg;

pub static UNKNOWN_RETURN_STAGE: Rule = Rule {
    code: "CJM205",
    name: "unknown-return-stage",
    concern: Concern::References,
    default_severity: Severity::Error,
    example: "stages:\n  - id: awareness\n  - id: purchase\n    returns_to: awarenes",
    check: Some(check_return_stages),
    configured: None,
    strict_severity: None,
};

pub static LOOP_NOT_BACKWARD: Rule = Rule {
    code: "CJM206",
    name: "loop-not-backward",
    concern: Concern::References,
    default_severity: Severity::Warning,
    example: "stages:\n  - id: awareness\n    returns_to: purchase\n  - id: purchase",
    check: Some(check_loop_direction),
    configured: None,
    strict_severity: None,
};

pub static NO_REPEAT_TRIGGER: Rule = Rule {
    code: "CJM311",
    name: "no-repeat-trigger",
    concern: Concern::Completeness,
    default_severity: Severity::Info,
    example: "stages:\n  - id: awareness\n  - id: experience\n    name: Пользовательский опыт\n    # no triggers",
    check: Some(check_repeat_trigger),
    configured: None,
    strict_severity: None,
};

pub static FUNNEL_LOSS_BETWEEN_STAGES: Rule = Rule {
    code: "CJM312",
    name: "funnel-loss-between-stages",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "- id: awareness\n  funnel: {entered: 5000, advanced: 800}\n- id: evaluation\n  funnel: {entered: 600, advanced: 200}",
    check: Some(check_funnel_between_stages),
    configured: None,
    strict_severity: None,
};

/// Every loop of the map, with the position of the stage it starts from.
fn loops(map: &JourneyMap) -> impl Iterator<Item = (usize, &ReturnTo)> {
    map.stages.iter().enumerate().flat_map(|(index, stage)| {
        let touchpoints = stage
            .touchpoints
            .iter()
            .filter_map(|touchpoint| touchpoint.returns_to.as_ref());
        stage
            .returns_to
            .iter()
            .chain(touchpoints)
            .map(move |loop_| (index, loop_))
    })
}

fn check_return_stages(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    let stages = declared(map.stages.iter().map(|stage| stage.id.get()));
    let references = loops(map).filter_map(|(_, loop_)| loop_.stage.get());
    report_undeclared(
        references,
        &stages,
        &UNKNOWN_RETURN_STAGE,
        "stage",
        findings,
    );
}

fn check_loop_direction(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    // The first stage of a duplicated id is the one a loop means; the duplicate is its own
    // finding.
    let mut position: HashMap<&str, usize> = HashMap::new();
    for (index, stage) in map.stages.iter().enumerate() {
        if let Some(id) = stage.id.value() {
            position.entry(id.as_str()).or_insert(index);
        }
    }
    for (from, loop_) in loops(map) {
        let Some(target) = loop_.stage.get() else {
            continue;
        };
        let Some(&to) = position.get(target.value.as_str()) else {
            continue;
        };
        if to < from {
            continue;
        }
        let Some(origin) = map.stages.items.get(from) else {
            continue;
        };
        let origin = describe("stage", &origin.id, from);
        let (message, label) = if to == from {
            (
                msg!("loop-to-the-same-stage", origin = origin),
                msg!("the-stage-the-loop-starts-from"),
            )
        } else {
            (
                msg!("loop-goes-forward", origin = origin, stage = &target.value),
                msg!("a-later-stage"),
            )
        };
        findings
            .report(&LOOP_NOT_BACKWARD, target.span, message)
            .label(label)
            .help(msg!("name-the-earlier-stage"));
    }
}

fn check_repeat_trigger(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    // A stage that could not be read may be the real last one, or hold the triggers.
    if map.stages.invalid {
        return;
    }
    let Some((index, last)) = map.stages.items.iter().enumerate().next_back() else {
        return;
    };
    if !last.triggers.is_missing() {
        return;
    }
    let stage = describe("stage", &last.id, index);
    findings
        .report(
            &NO_REPEAT_TRIGGER,
            anchor(last),
            msg!("last-stage-has-no-trigger", stage = stage),
        )
        .label(msg!("no-triggers-in-the-last-stage"))
        .help(msg!("add-triggers"));
}

/// Where a finding about a whole stage points: its id, else the stage itself.
fn anchor(stage: &Stage) -> crate::span::Span {
    stage
        .triggers
        .span
        .or_else(|| stage.id.get().map(|id| id.span))
        .unwrap_or(stage.span)
}

fn check_funnel_between_stages(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    // With a stage unread, two stages side by side in `items` may not be neighbours.
    if map.stages.invalid {
        return;
    }
    for (index, pair) in map.stages.items.windows(2).enumerate() {
        let [before, after] = pair else { continue };
        let advanced = before
            .funnel
            .as_ref()
            .and_then(|funnel| funnel.advanced.get());
        let entered = after
            .funnel
            .as_ref()
            .and_then(|funnel| funnel.entered.get());
        let (Some(advanced), Some(entered)) = (advanced, entered) else {
            continue;
        };
        // A negative figure is already an error; the difference would mean nothing.
        if entered.value < 0 || entered.value >= advanced.value {
            continue;
        }
        let from = describe("stage", &before.id, index);
        let to = describe("stage", &after.id, index + 1);
        findings
            .report(
                &FUNNEL_LOSS_BETWEEN_STAGES,
                entered.span,
                msg!(
                    "customers-lost-between-stages",
                    advanced = advanced.value,
                    from = from,
                    to = to,
                    entered = entered.value,
                    lost = advanced.value - entered.value
                ),
            )
            .label(msg!("fewer-than-moved-on"))
            .related(advanced.span, msg!("customers-who-moved-on"))
            .help(msg!("a-stage-may-be-missing"));
    }
}
