//! Freshness: a map is only as good as its last review.
//!
//! Channels and customers change quickly, so the methodology asks for a review at least once
//! every six months; the `reviewed` date says when the last one happened.

use super::{CheckContext, Concern, Rule};
use crate::finding::{Findings, Severity};
use crate::freshness::{Freshness, Status};
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
    fix: "Write the date the review actually took place. `cjm review FILE` sets it to today.",
    check: Some(check_future_review),
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
};

fn assess(map: &JourneyMap, context: &CheckContext) -> Option<(Freshness, crate::span::Span)> {
    let reviewed = map.reviewed.get()?;
    let freshness = Freshness::assess(reviewed.value, context.today, context.review_period);
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
            .label(format!("more than {} ago", context.review_period))
            .help(format!(
                "review the map with the team at least once every {}, then record it: \
                 `cjm review FILE` sets `reviewed` to today",
                context.review_period
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
