//! Freshness: a map is only as good as its last review.
//!
//! Channels and customers change quickly, so the methodology asks for a review at least once
//! every six months; the `reviewed` date says when the last one happened.

use super::{CheckContext, Concern, Rule};
use crate::config::Settings;
use crate::finding::{Findings, Severity};
use crate::freshness::{Freshness, Status, Urgency};
use crate::map::JourneyMap;

pub static INVALID_REVIEW_DATE: Rule = Rule {
    code: "CJM401",
    name: "invalid-review-date",
    concern: Concern::Freshness,
    default_severity: Severity::Error,
    summary: "`reviewed` is not a calendar date written as YYYY-MM-DD",
    why: "Freshness is judged from this date; a date that cannot be read makes the map's age \
          unknown.",
    example: "reviewed: 01.10.2026",
    fix: "Write the date of the last review as YYYY-MM-DD, e.g. `reviewed: 2026-10-01`.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static REVIEW_DATE_IN_FUTURE: Rule = Rule {
    code: "CJM402",
    name: "review-date-in-future",
    concern: Concern::Freshness,
    default_severity: Severity::Error,
    summary: "`reviewed` lies after today",
    why: "A review cannot happen in the future; the date is a typo, and it would keep the map \
          looking fresh for longer than it is.",
    example: "reviewed: 2062-10-01",
    fix: "Write the date the review actually took place.",
    check: Some(check_future_review),
    configured: None,
    strict_severity: None,
};

pub static STALE_MAP: Rule = Rule {
    code: "CJM403",
    name: "stale-map",
    concern: Concern::Freshness,
    default_severity: Severity::Error,
    summary: "The map was last reviewed longer ago than the review period (six months by default)",
    why: "A journey map is data about customers, and customers and channels change quickly: \
          the methodology asks for a review at least once every six months. A stale map \
          leads decisions astray.",
    example: "reviewed: 2025-01-15   # more than six calendar months before today",
    fix: "Review the map with the team (stages, channels, figures), then run \
          `cjm review FILE --by NAME`: it sets `reviewed` to today (`--date` for another day) \
          and changes nothing else in the file.",
    check: Some(check_stale),
    configured: Some(review_schedule),
    strict_severity: None,
};

pub static REVIEW_DUE_SOON: Rule = Rule {
    code: "CJM404",
    name: "review-due-soon",
    concern: Concern::Freshness,
    default_severity: Severity::Info,
    summary: "The map's review falls due soon (within 30 days by default)",
    why: "`stale-map` is an error by default, so on the day after a map's due date every open \
          pull request fails. A notice ahead of it gives the team time to plan the review.",
    example: "reviewed: 2026-05-22   # due 2026-11-22; a notice from 2026-10-23 on",
    fix: "Plan the review with the team before the due date, then set `reviewed` to the date \
          of the review. `remind_before` in .cjm.yaml (or `--remind-before`) sets how early \
          the notice starts.",
    check: Some(check_due_soon),
    configured: Some(review_schedule),
    strict_severity: None,
};

/// The review period and reminder in force, for `cjm rules`.
pub(super) fn review_schedule(settings: &Settings) -> String {
    format!(
        "A review stays valid for {} (`max_age`); `review-due-soon` gives notice {} before \
         it falls due (`remind_before`).",
        settings.review_period, settings.remind_before
    )
}

fn assess(map: &JourneyMap, context: &CheckContext) -> Option<(Freshness, crate::span::Span)> {
    let reviewed = map.reviewed.get()?;
    let freshness = Freshness::assess(
        reviewed.value,
        context.today,
        context.settings.review_period,
    );
    Some((freshness, reviewed.span))
}

fn check_future_review(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    if let Some((freshness, span)) = assess(map, context)
        && freshness.status == Status::Future
    {
        findings
            .report(
                &REVIEW_DATE_IN_FUTURE,
                span,
                format!(
                    "`reviewed` is {}, after today ({})",
                    freshness.reviewed, context.today
                ),
            )
            .label("in the future")
            .help("write the date the review took place");
    }
}

fn check_stale(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    if let Some((freshness, span)) = assess(map, context)
        && freshness.status == Status::Stale
    {
        let overdue = -freshness.days_left;
        findings
            .report(
                &STALE_MAP,
                span,
                format!(
                    "stale map: last reviewed {}, the review was due {} ({} ago)",
                    freshness.reviewed,
                    freshness.due,
                    days(overdue)
                ),
            )
            .label(format!("more than {} ago", context.settings.review_period))
            .help(format!(
                "review the map with the team at least once every {}, then record it: \
                 `cjm review FILE` sets `reviewed` to today",
                context.settings.review_period
            ));
    }
}

fn check_due_soon(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    let Some(reviewed) = map.reviewed.get() else {
        return;
    };
    let settings = &context.settings;
    let urgency = Freshness::classify(
        reviewed.value,
        context.today,
        settings.review_period,
        settings.remind_before,
    );
    if let Urgency::DueSoon { days_left } = urgency {
        let due = settings.review_period.due(reviewed.value);
        let when = match days_left {
            0 => "today".to_owned(),
            1 => "tomorrow".to_owned(),
            _ => format!("in {}", days(days_left)),
        };
        findings
            .report(
                &REVIEW_DUE_SOON,
                reviewed.span,
                format!(
                    "the review is due {when} ({due}): last reviewed {}",
                    reviewed.value
                ),
            )
            .label(format!("due {due}"))
            .help(format!(
                "plan the review with the team, then record it with `cjm review FILE`; the map \
                 turns stale after {due}"
            ));
    }
}

fn days(count: i64) -> String {
    if count == 1 {
        "1 day".to_owned()
    } else {
        format!("{count} days")
    }
}
