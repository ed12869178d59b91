//! References: ids are unique, and every reference names something declared.

use std::collections::{BTreeSet, HashMap};

use super::{CheckContext, Concern, Rule};
use crate::finding::{Findings, Severity};
use crate::i18n::Message;
use crate::map::{Field, JourneyMap, Text, describe};
use crate::msg;
use crate::suggest;

pub static DUPLICATE_ID: Rule = Rule {
    code: "CJM201",
    name: "duplicate-id",
    concern: Concern::References,
    default_severity: Severity::Error,
    example: "stages:\n  - id: purchase\n    name: Сделка\n  - id: purchase\n    name: Оплата",
    check: Some(check_duplicate_ids),
    configured: None,
    strict_severity: None,
};

pub static UNKNOWN_CHANNEL: Rule = Rule {
    code: "CJM202",
    name: "unknown-channel",
    concern: Concern::References,
    default_severity: Severity::Error,
    example: "channels:\n  - {id: site, name: Website}\nstages:\n  - id: awareness\n    touchpoints:\n      - {name: Landing page, channel: stie}",
    check: Some(check_channel_references),
    configured: None,
    strict_severity: None,
};

pub static UNKNOWN_SEGMENT: Rule = Rule {
    code: "CJM203",
    name: "unknown-segment",
    concern: Concern::References,
    default_severity: Severity::Error,
    example: "segments:\n  - {id: young-family, name: Young family}\nstages:\n  - id: awareness\n    touchpoints:\n      - {name: Ad, channel: social, segments: [young-familly]}",
    check: Some(check_segment_references),
    configured: None,
    strict_severity: None,
};

pub static UNUSED_CHANNEL: Rule = Rule {
    code: "CJM204",
    name: "unused-channel",
    concern: Concern::References,
    default_severity: Severity::Info,
    example: "channels:\n  - {id: phone, name: Call centre}   # no touchpoint has `channel: phone`",
    check: Some(check_unused_channels),
    configured: None,
    strict_severity: None,
};

fn check_duplicate_ids(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    report_duplicates(map.segments.iter().map(|s| s.id.get()), "segment", findings);
    report_duplicates(map.channels.iter().map(|c| c.id.get()), "channel", findings);
    report_duplicates(map.stages.iter().map(|s| s.id.get()), "stage", findings);
    report_duplicates(map.sources.iter().map(|s| s.id.get()), "source", findings);
}

fn report_duplicates<'a>(
    ids: impl Iterator<Item = Option<&'a Text>>,
    kind: &str,
    findings: &mut Findings,
) {
    let mut first_seen: HashMap<&str, &Text> = HashMap::new();
    for id in ids.flatten() {
        match first_seen.get(id.value.as_str()) {
            Some(first) => {
                findings
                    .report(
                        &DUPLICATE_ID,
                        id.span,
                        msg!("id-used-twice", kind = kind, id = &id.value),
                    )
                    .label(msg!("second-use"))
                    .related(first.span, msg!("first-used-here"))
                    .help(msg!("give-own-id", kind = kind));
            }
            None => {
                first_seen.insert(&id.value, id);
            }
        }
    }
}

pub(super) fn declared<'a>(ids: impl Iterator<Item = Option<&'a Text>>) -> Vec<&'a str> {
    let unique: BTreeSet<&str> = ids.flatten().map(|id| id.value.as_str()).collect();
    unique.into_iter().collect()
}

fn check_channel_references(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    let channels = declared(map.channels.iter().map(|c| c.id.get()));
    report_undeclared(
        channel_references(map),
        &channels,
        &UNKNOWN_CHANNEL,
        "channel",
        findings,
    );
}

/// Every channel a touchpoint or a trigger names, in file order within each stage.
fn channel_references(map: &JourneyMap) -> impl Iterator<Item = &Text> {
    map.stages.iter().flat_map(|stage| {
        let touchpoints = stage
            .touchpoints
            .iter()
            .filter_map(|touchpoint| touchpoint.channel.get());
        // issue 13: triggers, loops, risks
        let triggers = stage
            .triggers
            .iter()
            .filter_map(|trigger| trigger.channel.get());
        touchpoints.chain(triggers)
    })
}

fn check_segment_references(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    let segments = declared(map.segments.iter().map(|s| s.id.get()));
    let references = map
        .stages
        .iter()
        .flat_map(|stage| &stage.touchpoints)
        .flat_map(|touchpoint| &touchpoint.segments);
    report_undeclared(references, &segments, &UNKNOWN_SEGMENT, "segment", findings);
}

/// Reports every reference to a `kind` that is not among the `declared` ids (sorted).
pub(super) fn report_undeclared<'a>(
    references: impl Iterator<Item = &'a Text>,
    declared: &[&str],
    rule: &'static Rule,
    kind: &str,
    findings: &mut Findings,
) {
    let list_key = format!("{kind}s");
    for reference in references {
        if declared.binary_search(&reference.value.as_str()).is_err() {
            findings
                .report(
                    rule,
                    reference.span,
                    msg!("not-declared", kind = kind, id = &reference.value),
                )
                .label(msg!("not-under", key = &list_key))
                .help(suggest_or_declare(&reference.value, declared, &list_key));
        }
    }
}

fn suggest_or_declare(reference: &str, declared: &[&str], list_key: &str) -> Message {
    match suggest::closest(reference, declared.iter().copied()) {
        Some(candidate) => msg!("did-you-mean", name = candidate),
        None if declared.is_empty() => msg!("declare-under", key = list_key),
        None => msg!(
            "declared-or-declare",
            key = list_key,
            names = suggest::list(declared),
            id = reference
        ),
    }
}

fn check_unused_channels(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    // A touchpoint list or channel that could not be read (a wrong type, a misspelt key)
    // may name any channel; its own finding says so, and "unused" would only follow from it.
    let unreadable = map.stages.iter().any(|stage| {
        stage.touchpoints.invalid
            || stage.triggers.invalid
            || stage
                .touchpoints
                .iter()
                .any(|touchpoint| matches!(touchpoint.channel, Field::Invalid))
            || stage
                .triggers
                .iter()
                .any(|trigger| matches!(trigger.channel, Field::Invalid))
    });
    if unreadable {
        return;
    }
    let used: BTreeSet<&str> = channel_references(map)
        .map(|channel| channel.value.as_str())
        .collect();
    for (index, channel) in map.channels.iter().enumerate() {
        let Some(id) = channel.id.get() else { continue };
        if !used.contains(id.value.as_str()) {
            findings
                .report(
                    &UNUSED_CHANNEL,
                    id.span,
                    msg!(
                        "channel-unused",
                        channel = describe("channel", &channel.id, index)
                    ),
                )
                .label(msg!("declared-never-used"))
                .help(msg!("add-touchpoints-or-remove"));
        }
    }
}
