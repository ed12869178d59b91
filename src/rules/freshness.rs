//! Freshness: a map is only as good as its last review.
//!
//! Channels and customers change quickly, so the methodology asks for a review at least once
//! every six months; the `reviewed` date says when the last one happened.

use super::{CheckContext, Concern, Rule};
use crate::config::Settings;
use crate::finding::{Findings, Severity};
use crate::freshness::{Freshness, Status, Urgency};
use crate::i18n::Message;
use crate::map::JourneyMap;
use crate::msg;

pub static INVALID_REVIEW_DATE: Rule = Rule {
    code: "CJM401",
    name: "invalid-review-date",
    concern: Concern::Freshness,
    default_severity: Severity::Error,
    example: "reviewed: 01.10.2026",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static REVIEW_DATE_IN_FUTURE: Rule = Rule {
    code: "CJM402",
    name: "review-date-in-future",
    concern: Concern::Freshness,
    default_severity: Severity::Error,
    example: "reviewed: 2062-10-01",
    check: Some(check_future_review),
    configured: None,
    strict_severity: None,
};

pub static STALE_MAP: Rule = Rule {
    code: "CJM403",
    name: "stale-map",
    concern: Concern::Freshness,
    default_severity: Severity::Error,
    example: "reviewed: 2025-01-15   # more than six calendar months before today",
    check: Some(check_stale),
    configured: Some(review_schedule),
    strict_severity: None,
};

pub static REVIEW_DUE_SOON: Rule = Rule {
    code: "CJM404",
    name: "review-due-soon",
    concern: Concern::Freshness,
    default_severity: Severity::Info,
    example: "reviewed: 2026-05-22   # due 2026-11-22; a notice from 2026-10-23 on",
    check: Some(check_due_soon),
    configured: Some(review_schedule),
    strict_severity: None,
};

/// The review period and reminder in force, for `cjm rules`.
pub(super) fn review_schedule(settings: &Settings) -> Message {
    msg!(
        "review-schedule",
        period = settings.review_period.message(),
        remind = settings.remind_before.message()
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
                msg!(
                    "reviewed-in-future",
                    reviewed = freshness.reviewed.to_string(),
                    today = context.today.to_string()
                ),
            )
            .label(msg!("in-the-future"))
            .help(msg!("write-actual-review-date"));
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
                msg!(
                    "stale-map",
                    reviewed = freshness.reviewed.to_string(),
                    due = freshness.due.to_string(),
                    days = overdue
                ),
            )
            .label(msg!(
                "more-than-ago",
                period = context.settings.review_period.message()
            ))
            .help(msg!(
                "review-at-least-every",
                period = context.settings.review_period.message()
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
        let due = due.to_string();
        findings
            .report(
                &REVIEW_DUE_SOON,
                reviewed.span,
                msg!(
                    "review-due-soon",
                    days = days_left,
                    due = &due,
                    reviewed = reviewed.value.to_string()
                ),
            )
            .label(msg!("due-on", due = &due))
            .help(msg!("plan-the-review", due = due));
    }
}
