//! When a map is due for review, computed once for the `stale-map` rule and for reports.
//!
//! The review period is calendar arithmetic: six months after 2026-08-31 is 2027-02-28, and
//! a map reviewed on 2026-05-22 is fresh through 2026-11-22 and stale from 2026-11-23 on.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use jiff::{Span, ToSpan};
use serde::Serialize;

/// How long a review stays valid: a whole number of days, weeks, months or years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewPeriod {
    amount: i64,
    unit: PeriodUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl PeriodUnit {
    const fn name(self, amount: i64) -> &'static str {
        match (self, amount == 1) {
            (Self::Days, true) => "day",
            (Self::Days, false) => "days",
            (Self::Weeks, true) => "week",
            (Self::Weeks, false) => "weeks",
            (Self::Months, true) => "month",
            (Self::Months, false) => "months",
            (Self::Years, true) => "year",
            (Self::Years, false) => "years",
        }
    }
}

impl ReviewPeriod {
    /// The methodology's rule: review every map at least once every six months.
    pub const SIX_MONTHS: Self = Self {
        amount: 6,
        unit: PeriodUnit::Months,
    };

    pub fn new(amount: i64, unit: PeriodUnit) -> Result<Self, PeriodError> {
        if (1..=1000).contains(&amount) {
            Ok(Self { amount, unit })
        } else {
            Err(PeriodError::OutOfRange)
        }
    }

    fn span(self) -> Span {
        match self.unit {
            PeriodUnit::Days => self.amount.days(),
            PeriodUnit::Weeks => self.amount.weeks(),
            PeriodUnit::Months => self.amount.months(),
            PeriodUnit::Years => self.amount.years(),
        }
    }

    /// The last day a review made on `reviewed` still counts.
    pub fn due(self, reviewed: Date) -> Date {
        reviewed.saturating_add(self.span())
    }
}

impl Default for ReviewPeriod {
    fn default() -> Self {
        Self::SIX_MONTHS
    }
}

impl fmt::Display for ReviewPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.name(self.amount))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("expected an amount and a unit, such as `6 months`, `90 days`, `2 weeks` or `1 year`")]
    Syntax,
    #[error("the review period must be between 1 and 1000 units")]
    OutOfRange,
}

impl FromStr for ReviewPeriod {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Self, PeriodError> {
        let mut words = text.split_whitespace();
        let (Some(amount), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            return Err(PeriodError::Syntax);
        };
        let amount: i64 = amount.parse().map_err(|_| PeriodError::Syntax)?;
        let unit = match unit.to_lowercase().as_str() {
            "day" | "days" => PeriodUnit::Days,
            "week" | "weeks" => PeriodUnit::Weeks,
            "month" | "months" => PeriodUnit::Months,
            "year" | "years" => PeriodUnit::Years,
            _ => return Err(PeriodError::Syntax),
        };
        Self::new(amount, unit)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Fresh,
    Stale,
    /// The review date lies after today: a typo, or a clock that is wrong.
    Future,
}

/// Where a map stands against its review period on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Freshness {
    #[serde(serialize_with = "as_iso")]
    pub reviewed: Date,
    #[serde(serialize_with = "as_iso")]
    pub due: Date,
    /// Days from today until `due`: negative once the review is overdue.
    pub days_left: i64,
    pub status: Status,
}

impl Freshness {
    pub fn assess(reviewed: Date, today: Date, period: ReviewPeriod) -> Self {
        let due = period.due(reviewed);
        let days_left = today
            .until(due)
            .map_or(0, |span| i64::from(span.get_days()));
        let status = if reviewed > today {
            Status::Future
        } else if today > due {
            Status::Stale
        } else {
            Status::Fresh
        };
        Self {
            reviewed,
            due,
            days_left,
            status,
        }
    }
}

fn as_iso<S: serde::Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// Today's date in the system's time zone.
pub fn system_today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// Parses a calendar date written exactly as `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<Date> {
    let shape_ok = text.len() == 10
        && text.char_indices().all(|(index, c)| match index {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn six_months_is_calendar_arithmetic() {
        let period = ReviewPeriod::SIX_MONTHS;
        assert_eq!(period.due(date(2026, 8, 31)), date(2027, 2, 28));
        assert_eq!(period.due(date(2026, 5, 22)), date(2026, 11, 22));
    }

    #[test]
    fn the_boundary_day_is_still_fresh() {
        let reviewed = date(2026, 5, 22);
        let on_due = Freshness::assess(reviewed, date(2026, 11, 22), ReviewPeriod::SIX_MONTHS);
        assert_eq!((on_due.status, on_due.days_left), (Status::Fresh, 0));
        let day_after = Freshness::assess(reviewed, date(2026, 11, 23), ReviewPeriod::SIX_MONTHS);
        assert_eq!((day_after.status, day_after.days_left), (Status::Stale, -1));
        let future = Freshness::assess(
            date(2026, 12, 1),
            date(2026, 11, 23),
            ReviewPeriod::SIX_MONTHS,
        );
        assert_eq!(future.status, Status::Future);
    }

    #[test]
    fn periods_parse_and_print() {
        assert_eq!("6 months".parse(), Ok(ReviewPeriod::SIX_MONTHS));
        let period: ReviewPeriod = "1 Year".parse().unwrap();
        assert_eq!(period.to_string(), "1 year");
        assert_eq!("90".parse::<ReviewPeriod>(), Err(PeriodError::Syntax));
        assert_eq!(
            "0 days".parse::<ReviewPeriod>(),
            Err(PeriodError::OutOfRange)
        );
    }

    #[test]
    fn dates_must_be_iso_calendar_dates() {
        assert_eq!(parse_date("2026-10-01"), Some(date(2026, 10, 1)));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-10-01T10:00"), None);
        assert_eq!(parse_date("01.10.2026"), None);
        assert_eq!(parse_date("２０２６-10-01"), None);
    }
}
