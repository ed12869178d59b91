//! When a map is due for review, computed once for the `stale-map` rule and for reports.
//!
//! The review period is calendar arithmetic: six months after 2026-08-31 is 2027-02-28, and
//! a map reviewed on 2026-05-22 is fresh through 2026-11-22 and stale from 2026-11-23 on.

use std::fmt;
use std::str::FromStr;

use crate::i18n::Message;
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

    /// How long before the due date `review-due-soon` starts to remind, by default.
    pub const REMIND_BEFORE: Self = Self {
        amount: 30,
        unit: PeriodUnit::Days,
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

    /// The day this period before `due` (the first day a reminder is due).
    fn before(self, due: Date) -> Date {
        due.saturating_sub(self.span())
    }
}

impl Default for ReviewPeriod {
    fn default() -> Self {
        Self::SIX_MONTHS
    }
}

impl ReviewPeriod {
    /// "6 months", in the language a message is rendered in.
    pub fn message(self) -> Message {
        crate::msg!("period", amount = self.amount, unit = self.unit.name(2))
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

impl PeriodError {
    /// The error in the run's language, for the configuration file.
    pub fn message(&self) -> Message {
        match self {
            Self::Syntax => crate::msg!("period-syntax"),
            Self::OutOfRange => crate::msg!("period-out-of-range"),
        }
    }
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

/// How urgent a map's review is on a given day: what `review-due-soon` and `stale-map`
/// report, and what a portfolio sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    /// The review date lies after today.
    Future,
    /// Due later than the reminder period from now.
    Fresh,
    /// Due within the reminder period: `days_left` days from today (0 on the due day).
    DueSoon { days_left: i64 },
    /// Past the due date by `days_overdue` days (1 on the day after it).
    Stale { days_overdue: i64 },
}

impl Freshness {
    /// Where a review made on `reviewed` stands on `today`, reminding `remind_before` the
    /// due date that `period` sets.
    pub fn classify(
        reviewed: Date,
        today: Date,
        period: ReviewPeriod,
        remind_before: ReviewPeriod,
    ) -> Urgency {
        let freshness = Self::assess(reviewed, today, period);
        match freshness.status {
            Status::Future => Urgency::Future,
            Status::Stale => Urgency::Stale {
                days_overdue: -freshness.days_left,
            },
            Status::Fresh if today >= remind_before.before(freshness.due) => Urgency::DueSoon {
                days_left: freshness.days_left,
            },
            Status::Fresh => Urgency::Fresh,
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

/// What a `reviewed` value that is not a `YYYY-MM-DD` calendar date most likely meant: the
/// ISO form of a date written day first (`13.10.2026`) or with other separators, or that a
/// well-formed date does not exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateReading {
    /// The date meant, written day first or with other separators.
    Meant(Date),
    /// Year and month read, but the month has no such day.
    NoSuchDay { month_start: Date },
}

impl DateReading {
    pub fn help(self) -> Message {
        match self {
            Self::Meant(date) => crate::msg!("did-you-mean-date", date = date.to_string()),
            Self::NoSuchDay { month_start } => crate::msg!(
                "day-does-not-exist",
                month = i64::from(month_start.month()),
                year = month_start.year().to_string(),
                days = i64::from(month_start.days_in_month())
            ),
        }
    }
}

/// Reads `YYYY-MM-DD`, `YYYY/MM/DD` or `DD.MM.YYYY`; `None` when nothing better than the
/// format can be said, or the text is already a valid ISO date.
pub fn read_loose_date(text: &str) -> Option<DateReading> {
    let numbers: Vec<&str> = text.split(['-', '.', '/']).collect();
    let parts: Option<Vec<i16>> = numbers.iter().map(|part| part.parse().ok()).collect();
    let (&[first, second, third], &[first_text, ..]) = (parts?.as_slice(), numbers.as_slice())
    else {
        return None;
    };
    let (year, month, day) = if first_text.len() == 4 {
        (first, second, third)
    } else if numbers.get(2).is_some_and(|year| year.len() == 4) && text.contains('.') {
        // `13.10.2026`: day first, as dates are written in Russia and most of Europe.
        (third, second, first)
    } else {
        return None;
    };
    let month_start = Date::new(year, i8::try_from(month).ok()?, 1).ok()?;
    let Some(date) = i8::try_from(day)
        .ok()
        .and_then(|day| Date::new(year, month_start.month(), day).ok())
    else {
        return Some(DateReading::NoSuchDay { month_start });
    };
    (parse_date(text) != Some(date)).then_some(DateReading::Meant(date))
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
    fn urgency_reminds_within_the_reminder_period() {
        let period = ReviewPeriod::SIX_MONTHS;
        let remind = ReviewPeriod::REMIND_BEFORE;
        // Reviewed 2026-05-22, due 2026-11-22; reminders from 2026-10-23 on.
        let reviewed = date(2026, 5, 22);
        let on = |today| Freshness::classify(reviewed, today, period, remind);
        assert_eq!(on(date(2026, 10, 22)), Urgency::Fresh);
        assert_eq!(on(date(2026, 10, 23)), Urgency::DueSoon { days_left: 30 });
        assert_eq!(on(date(2026, 11, 22)), Urgency::DueSoon { days_left: 0 });
        assert_eq!(on(date(2026, 11, 23)), Urgency::Stale { days_overdue: 1 });
        assert_eq!(on(date(2026, 5, 21)), Urgency::Future);
    }

    #[test]
    fn date_help_reads_day_first_dates_and_impossible_days() {
        let help = |text| read_loose_date(text).map(|reading| reading.help().english());
        assert_eq!(
            help("13.10.2026").as_deref(),
            Some("did you mean 2026-10-13?")
        );
        assert_eq!(
            help("2026/10/13").as_deref(),
            Some("did you mean 2026-10-13?")
        );
        assert_eq!(
            help("2026-02-30").as_deref(),
            Some("that day does not exist: February 2026 has 28 days")
        );
        assert_eq!(
            help("31.04.2026").as_deref(),
            Some("that day does not exist: April 2026 has 30 days")
        );
        assert_eq!(
            read_loose_date("31.04.2026")
                .unwrap()
                .help()
                .render(crate::i18n::Lang::Ru),
            "такого дня нет: в апреле 2026 года 30 дней"
        );
        assert_eq!(help("2026-13-01"), None);
        assert_eq!(help("soon"), None);
        assert_eq!(help("10/13/2026"), None);
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
