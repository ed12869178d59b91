//! Reach: the methodology describes which channels work for each segment at each stage
//! (the segment × stage channel matrix); a segment with no touchpoint at a stage is a gap
//! in that matrix.

use std::collections::HashSet;

use super::{CheckContext, Concern, Rule};
use crate::finding::{Findings, Severity};
use crate::map::{JourneyMap, Stage, Touchpoint};

pub static SEGMENT_NOT_REACHED: Rule = Rule {
    code: "CJM313",
    name: "segment-not-reached",
    concern: Concern::Completeness,
    default_severity: Severity::Warning,
    example: "segments:\n  - {id: family, name: Family}\n  - {id: pensioner, name: Pensioner}\nstages:\n  - id: evaluation\n    name: Оценка\n    touchpoints:\n      - {name: Reviews, channel: site, segments: [family]}",
    check: Some(check_reach),
    configured: None,
    strict_severity: None,
};

/// Whether `touchpoint` concerns the segment `id`: an absent `segments` list means every
/// segment.
pub fn concerns(touchpoint: &Touchpoint, id: &str) -> bool {
    touchpoint.segments.span.is_none()
        || touchpoint
            .segments
            .iter()
            .any(|segment| segment.value == id)
}

fn check_reach(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    let declared: HashSet<&str> = map
        .segments
        .iter()
        .filter_map(|segment| segment.id.value())
        .map(String::as_str)
        .collect();
    for stage in &map.stages {
        // A stage without touchpoints has its own finding; a list that could not be read,
        // or that names an undeclared segment (a typo, reported as such), may mean any
        // segment.
        if stage.touchpoints.is_empty() || unreadable(stage, &declared) {
            continue;
        }
        let stage_name = stage.name.value().or(stage.id.value());
        let anchor = stage.id.get().map_or(stage.span, |id| id.span);
        // One pass over the stage's touchpoints, whatever the number of segments. A
        // touchpoint for every segment reaches them all.
        if stage
            .touchpoints
            .iter()
            .any(|touchpoint| touchpoint.segments.span.is_none())
        {
            continue;
        }
        let named: HashSet<&str> = stage
            .touchpoints
            .iter()
            .flat_map(|touchpoint| &touchpoint.segments)
            .map(|id| id.value.as_str())
            .collect();
        for id in map.segments.iter().filter_map(|segment| segment.id.value()) {
            if named.contains(id.as_str()) {
                continue;
            }
            let message = match stage_name {
                Some(name) => crate::msg!("segment-not-reached-at", id = id, stage = name),
                None => crate::msg!("segment-not-reached", id = id),
            };
            findings
                .report(&SEGMENT_NOT_REACHED, anchor, message)
                .label(crate::msg!("no-touchpoint-concerns", id = id))
                .help(crate::msg!("add-reaching-touchpoint", id = id));
        }
    }
}

fn unreadable(stage: &Stage, declared: &HashSet<&str>) -> bool {
    stage.touchpoints.invalid
        || stage.touchpoints.iter().any(|touchpoint| {
            touchpoint.segments.invalid
                || touchpoint
                    .segments
                    .iter()
                    .any(|segment| !declared.contains(segment.value.as_str()))
        })
}
