//! A report language: its words, and how it writes numbers and counts.
//!
//! Numbers follow the language's CLDR conventions through ICU4X: `20,000` and `77.5%` in
//! English, `20 000` and `77,5 %` (no-break spaces) in Russian. Counts take the noun form
//! the language's plural rules ask for, through the catalogue's Fluent plurals: 1 день,
//! 2 дня, 5 дней, 21 день.

mod journey;

use fixed_decimal::{Decimal, SignDisplay, SignedRoundingMode, UnsignedRoundingMode};
use icu_decimal::DecimalFormatter;
use icu_locale_core::{LanguageIdentifier, langid};
use icu_provider::DataError;
use std::sync::LazyLock;

use super::model::{
    EmotionBasis, IndexRow, MapReport, PortfolioSummary, StageEmotion, StageRef, face,
};
use super::wording::{EN, Plural, RU, Wording};
use crate::freshness::{Freshness, Status};
use crate::map::{Figure, Rating};
use crate::rules::EmotionScale;

pub use crate::i18n::Lang;

impl Lang {
    /// The language for ICU4X, which formats the report's numbers and picks plural forms.
    const fn id(self) -> LanguageIdentifier {
        match self {
            Self::En => langid!("en"),
            Self::Ru => langid!("ru"),
        }
    }

    pub fn wording(self) -> &'static Wording {
        match self {
            Self::En => LazyLock::force(&EN),
            Self::Ru => LazyLock::force(&RU),
        }
    }
}

#[derive(Debug)]
pub struct Locale {
    pub lang: Lang,
    pub words: &'static Wording,
    numbers: DecimalFormatter,
}

impl Locale {
    pub fn new(lang: Lang) -> Result<Self, DataError> {
        let id = lang.id();
        Ok(Self {
            lang,
            words: lang.wording(),
            numbers: DecimalFormatter::try_new((&id).into(), Default::default())?,
        })
    }

    /// A pain's severity or a risk's likelihood: high, medium, low.
    pub const fn rating(&self, rating: Rating) -> &'static str {
        match rating {
            Rating::High => self.words.high,
            Rating::Medium => self.words.medium,
            Rating::Low => self.words.low,
        }
    }

    /// A whole number with the language's digit grouping.
    pub fn integer(&self, number: i64) -> String {
        self.numbers.format(&Decimal::from(number)).to_string()
    }

    /// A number as written in the map (no rounding), with grouping and decimal separator.
    pub fn number(&self, number: f64) -> String {
        self.format(number, Decimals::AsWritten, SignDisplay::Auto)
    }

    /// A KPI figure: as [`Self::number`], with the digits written when a float would round
    /// them.
    pub fn figure(&self, figure: &Figure) -> String {
        let exact = figure
            .digits
            .as_deref()
            .and_then(|digits| Decimal::try_from_str(digits).ok());
        match exact {
            Some(decimal) => self.numbers.format(&decimal).to_string(),
            None => self.number(figure.value),
        }
    }

    /// A score on the emotion scale: signed, at most one decimal.
    pub fn score(&self, score: f64) -> String {
        self.format(score, Decimals::AtMostOne, SignDisplay::ExceptZero)
    }

    /// A fraction (0.775) as a percentage with one decimal (77.5%).
    pub fn percent(&self, fraction: f64) -> String {
        let number = self.format(fraction * 100.0, Decimals::ExactlyOne, SignDisplay::Auto);
        self.words.percent(&number)
    }

    /// `count` and the form of the noun the count asks for.
    pub fn count(&self, count: i64, noun: &Plural) -> String {
        noun.render(self.lang, count, self.integer(count))
    }

    /// A stage by name, else by id, else by position.
    pub fn stage(&self, stage: &StageRef<'_>) -> String {
        match stage.name.or(stage.id) {
            Some(label) => label.to_owned(),
            None => self.unnamed_stage(stage.index),
        }
    }

    pub fn unnamed_stage(&self, index: usize) -> String {
        let position = i64::try_from(index).map_or(i64::MAX, |index| index + 1);
        self.words.unnamed_stage(&self.integer(position))
    }

    /// The face and signed score of a stage, `≈` marking a mean of touchpoints; `None`
    /// without a score.
    pub fn stage_emotion(&self, scale: EmotionScale, stage: &StageEmotion<'_>) -> Option<String> {
        let emotion = stage.emotion?;
        let face = face(scale, emotion);
        let score = self.score(emotion);
        Some(match stage.emotion_basis {
            Some(EmotionBasis::TouchpointMean) => format!("{face} ≈{score}"),
            _ => format!("{face} {score}"),
        })
    }

    /// "5 maps: 2 errors, 1 warning."
    pub fn portfolio_summary(&self, summary: &PortfolioSummary) -> String {
        let words = self.words;
        let count = |count: usize, noun: &Plural| {
            self.count(i64::try_from(count).unwrap_or(i64::MAX), noun)
        };
        words.portfolio_summary(
            &count(summary.maps, &words.maps),
            &count(summary.errors, &words.errors),
            &count(summary.warnings, &words.warnings),
        )
    }

    /// Where a map stands against its review period, in a sentence.
    pub fn freshness(&self, freshness: Option<Freshness>) -> String {
        let words = self.words;
        let Some(freshness) = freshness else {
            return words.no_review_date.to_owned();
        };
        let due = freshness.due.to_string();
        let days = |count: i64| self.count(count, &words.days);
        match freshness.status {
            Status::Fresh if freshness.days_left == 0 => words.fresh_last_day(&due),
            Status::Fresh => words.fresh(&due, &days(freshness.days_left)),
            Status::Stale => words.stale(&days(-freshness.days_left), &due),
            Status::Future => words.future(&freshness.reviewed.to_string()),
        }
    }

    /// Where a map stands against its review period, for a table cell; `None` without a
    /// review date.
    pub fn freshness_short(&self, freshness: Option<Freshness>) -> Option<String> {
        let words = self.words;
        let freshness = freshness?;
        let days = |count: i64| self.count(count, &words.days);
        Some(match freshness.status {
            Status::Fresh if freshness.days_left == 0 => words.fresh_last_day_short.to_owned(),
            Status::Fresh => words.fresh_short(&days(freshness.days_left)),
            Status::Stale => words.stale_short(&days(-freshness.days_left)),
            Status::Future => words.future_short.to_owned(),
        })
    }

    /// The map's title; a file that holds no readable map goes by its path.
    pub fn map_title<'m>(&self, map: &'m MapReport<'_>) -> &'m str {
        self.title_of(map.map.is_some(), map.title(), &map.path)
    }

    /// The title of a map in the portfolio's index, as [`Self::map_title`] has it.
    pub fn index_title<'m>(&self, row: &'m IndexRow) -> &'m str {
        self.title_of(row.readable, row.title.as_deref(), &row.path)
    }

    /// The map's title, else a word for a map without one, else the file of what is no map.
    fn title_of<'m>(&self, readable: bool, title: Option<&'m str>, path: &'m str) -> &'m str {
        match (readable, title) {
            (_, Some(title)) => title,
            (true, None) => self.words.untitled_map,
            (false, None) => path,
        }
    }

    fn format(&self, number: f64, decimals: Decimals, sign: SignDisplay) -> String {
        // `to_string` is the shortest text that reads back as the same number, never with
        // an exponent. Before rounding, nine decimals first drop the binary noise of
        // arithmetic (0.35 / 0.8 = 0.43749999999999994), so 43.75% shows as 43.8%.
        let text = match decimals {
            Decimals::AsWritten => number.to_string(),
            Decimals::AtMostOne | Decimals::ExactlyOne => format!("{number:.9}"),
        };
        let Ok(mut decimal) = Decimal::try_from_str(&text) else {
            return text;
        };
        // Half away from zero, as people round by hand.
        let half_up = SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand);
        match decimals {
            Decimals::AsWritten => {}
            Decimals::AtMostOne => {
                decimal.round_with_mode(-1, half_up);
                decimal.absolute.trim_end();
            }
            Decimals::ExactlyOne => {
                decimal.round_with_mode(-1, half_up);
                decimal.absolute.trim_end();
                decimal.absolute.pad_end(-1);
            }
        }
        decimal.apply_sign_display(sign);
        self.numbers.format(&decimal).to_string()
    }
}

#[derive(Clone, Copy)]
enum Decimals {
    AsWritten,
    AtMostOne,
    ExactlyOne,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru() -> Locale {
        Locale::new(Lang::Ru).unwrap()
    }

    fn en() -> Locale {
        Locale::new(Lang::En).unwrap()
    }

    #[test]
    fn russian_counts_take_the_right_form() {
        let ru = ru();
        let days = |n| ru.count(n, &ru.words.days);
        let forms: Vec<String> = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0]
            .into_iter()
            .map(days)
            .collect();
        assert_eq!(
            forms,
            [
                "1 день",
                "2 дня",
                "4 дня",
                "5 дней",
                "11 дней",
                "12 дней",
                "14 дней",
                "21 день",
                "22 дня",
                "25 дней",
                "101 день",
                "111 дней",
                "0 дней"
            ]
        );
        assert_eq!(ru.count(-23, &ru.words.days), "-23 дня");
    }

    #[test]
    fn english_counts_have_two_forms() {
        let en = en();
        assert_eq!(en.count(1, &en.words.days), "1 day");
        assert_eq!(en.count(0, &en.words.days), "0 days");
        assert_eq!(en.count(21, &en.words.days), "21 days");
    }

    #[test]
    fn numbers_follow_each_language() {
        let (en, ru) = (en(), ru());
        assert_eq!(en.integer(20000), "20,000");
        assert_eq!(ru.integer(20000), "20\u{a0}000");
        assert_eq!(en.number(0.05), "0.05");
        assert_eq!(ru.number(0.05), "0,05");
        assert_eq!(en.number(25000.0), "25,000");
        assert_eq!(ru.number(1234567.25), "1\u{a0}234\u{a0}567,25");
        assert_eq!(en.percent(0.775), "77.5%");
        assert_eq!(ru.percent(0.775), "77,5\u{a0}%");
        assert_eq!(en.percent(0.3), "30.0%");
        assert_eq!(en.percent(0.289_719_626), "29.0%");
        assert_eq!(en.percent(12.5), "1,250.0%");
        assert_eq!(
            en.percent(0.35 / 0.8),
            "43.8%",
            "43.75 rounds up despite binary noise"
        );
        assert_eq!(en.percent(0.2225), "22.3%");
        assert_eq!(en.percent(0.0), "0.0%");
    }

    #[test]
    fn scores_are_signed_with_at_most_one_decimal() {
        let (en, ru) = (en(), ru());
        let scores: Vec<String> = [2.0, -1.0, 0.0, 0.5, -2.0 / 3.0]
            .into_iter()
            .map(|score| en.score(score))
            .collect();
        assert_eq!(scores, ["+2", "-1", "0", "+0.5", "-0.7"]);
        assert_eq!(en.score(-0.25), "-0.3");
        assert_eq!(
            en.score(0.04),
            "0",
            "no sign on a score that rounds to zero"
        );
        assert_eq!(ru.score(-0.5), "-0,5");
    }
}
