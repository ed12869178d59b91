//! The journey map as typed data, format version 1.
//!
//! The model is lenient on purpose: the decoder keeps every part of a map it could read and
//! reports the rest, so that one wrong value does not hide the other problems in the file.
//! A [`Field`] therefore tells "not written" from "written but unusable": completeness rules
//! report the first, while the second already has its structure finding and must not be
//! reported again as missing.

use std::borrow::Cow;
use std::cmp::Ordering;

use crate::i18n::{Arg, Message};
use jiff::civil::Date;
use serde::Serialize;

use crate::span::{Span, Spanned};

pub type Text = Spanned<String>;

/// An optional value of the map.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Field<T> {
    /// Not written, or written as an empty value (`key:` or `key: null`).
    #[default]
    Absent,
    /// Written, but rejected by the decoder with a finding.
    Invalid,
    Present(Spanned<T>),
}

impl<T> Field<T> {
    pub const fn get(&self) -> Option<&Spanned<T>> {
        match self {
            Self::Present(value) => Some(value),
            Self::Absent | Self::Invalid => None,
        }
    }

    pub fn value(&self) -> Option<&T> {
        self.get().map(|spanned| &spanned.value)
    }

    pub const fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }
}

impl<T: Serialize> Serialize for Field<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(serializer)
    }
}

/// A YAML list together with the place it was written, so "this list is empty" can point at
/// `[]` rather than at its owner.
#[derive(Clone, Debug, PartialEq)]
pub struct List<T> {
    /// Where the list was written; `None` when the key is absent.
    pub span: Option<Span>,
    /// The items that could be read.
    pub items: Vec<T>,
    /// Whether the list, or any item of it, was rejected with a finding.
    pub invalid: bool,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        Self {
            span: None,
            items: Vec::new(),
            invalid: false,
        }
    }
}

impl<T> List<T> {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Absent or written empty; a list whose items were all rejected is not "missing".
    pub fn is_missing(&self) -> bool {
        self.items.is_empty() && !self.invalid
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(serializer)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JourneyMap {
    #[serde(skip)]
    pub span: Span,
    /// The `cjm:` format version.
    #[serde(rename = "cjm")]
    pub version: Field<i64>,
    pub title: Field<String>,
    pub owner: Field<String>,
    pub description: Field<String>,
    /// The date of the last review; `None` when missing or not a valid date.
    #[serde(serialize_with = "serialize_date")]
    pub reviewed: Field<Date>,
    pub reviewed_by: Field<String>,
    pub segments: List<Segment>,
    pub channels: List<Channel>,
    pub stages: List<Stage>,
    // issue 13: evidence, matrix
    /// The research the map is built from: interviews, surveys, CRM and analytics exports.
    pub sources: List<Source>,
}

/// A group of customers the map is about, described by Sherrington's 5W.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Segment {
    #[serde(skip)]
    pub span: Span,
    pub id: Field<String>,
    pub name: Field<String>,
    pub who: Field<String>,
    pub what: Field<String>,
    pub why: Field<String>,
    pub when: Field<String>,
    #[serde(rename = "where")]
    pub where_: Field<String>,
}

impl Segment {
    /// The 5W in the order the methodology lists them, with their keys.
    pub fn five_w(&self) -> [(&'static str, &Field<String>); 5] {
        [
            ("who", &self.who),
            ("what", &self.what),
            ("why", &self.why),
            ("when", &self.when),
            ("where", &self.where_),
        ]
    }
}

/// The medium a touchpoint runs through (search ads, e-mail, a store).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Channel {
    #[serde(skip)]
    pub span: Span,
    pub id: Field<String>,
    pub name: Field<String>,
}

/// One ordered step of the journey.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stage {
    #[serde(skip)]
    pub span: Span,
    pub id: Field<String>,
    pub name: Field<String>,
    pub goals: List<Text>,
    pub needs: List<Text>,
    pub touchpoints: List<Touchpoint>,
    /// How the customer feels at this stage, on the emotion scale (-2..+2 by default).
    pub emotion: Field<i64>,
    pub pains: List<Pain>,
    pub opportunities: List<Text>,
    pub kpis: List<Kpi>,
    pub funnel: Option<Funnel>,
    // issue 13: evidence, matrix
    /// The sources behind the stage's `emotion`, by id.
    pub emotion_evidence: List<Text>,
    // issue 13: triggers, loops, risks
    /// What reminds the customer of the product at this stage and brings them back.
    pub triggers: List<Trigger>,
    /// Where a bad experience at this stage sends the customer.
    pub returns_to: Option<ReturnTo>,
    /// The obstacles the team foresees to reaching this stage's figures.
    pub risks: List<Risk>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Touchpoint {
    #[serde(skip)]
    pub span: Span,
    pub name: Field<String>,
    pub channel: Field<String>,
    /// The segments this touchpoint concerns; an absent list means every segment.
    pub segments: List<Text>,
    pub emotion: Field<i64>,
    // issue 13: evidence, matrix
    /// The sources the touchpoint is known from, by id.
    pub evidence: List<Text>,
    // issue 13: triggers, loops, risks
    /// Where a bad experience at this touchpoint sends the customer.
    pub returns_to: Option<ReturnTo>,
}

/// A pain, barrier or risk. Written either as plain text or as `{text, severity}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pain {
    #[serde(skip)]
    pub span: Span,
    pub text: Field<String>,
    pub severity: Field<Rating>,
    // issue 13: evidence, matrix
    /// The sources the pain is known from, by id; only the `{text, …}` form can carry them.
    pub evidence: List<Text>,
}

/// Low, medium or high: a pain's severity, a risk's likelihood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    Low,
    Medium,
    High,
}

impl Rating {
    pub const ALL: [Self; 3] = [Self::Low, Self::Medium, Self::High];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|severity| severity.as_str() == name)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Kpi {
    #[serde(skip)]
    pub span: Span,
    pub name: Field<String>,
    pub target: Field<Figure>,
    pub actual: Field<Figure>,
    pub unit: Field<String>,
    /// Whether a higher or a lower figure is better; absent means higher.
    pub better: Field<KpiDirection>,
    // issue 13: evidence, matrix
    /// The sources the actual figure comes from, by id.
    pub evidence: List<Text>,
    // issue 13: triggers, loops, risks
    /// The obstacles the team foresees to reaching this KPI's target.
    pub risks: List<Risk>,
}

/// A KPI figure: its value, and the digits as written when the value would not give them
/// back. Figures are floats, which round an integer beyond 2^53: `99999999999999999999`
/// would show as 100,000,000,000,000,000,000 and equal `99999999999999999998`. Reports and
/// diffs show the digits, and JSON gives them as the number written.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    /// An integer the value rounds: ASCII digits, with a leading `-` when negative.
    pub digits: Option<Box<str>>,
}

impl Figure {
    /// The figure of an integer written as `literal` (the text of the node, which YAML
    /// reads as `value`), keeping the digits when `value` rounds them.
    pub fn of(value: f64, literal: &str) -> Self {
        let literal = literal.trim();
        // Up to 15 digits, every integer is exact as a float.
        if literal.len() <= 15 {
            return Self::exact(value);
        }
        let (sign, unsigned) = match literal.strip_prefix('-') {
            Some(unsigned) => ("-", unsigned),
            None => ("", literal.strip_prefix('+').unwrap_or(literal)),
        };
        let unsigned = unsigned.trim_start_matches('0');
        let is_integer = !unsigned.is_empty() && unsigned.bytes().all(|byte| byte.is_ascii_digit());
        let digits = format!("{sign}{unsigned}");
        // A float's `Display` has no exponent: an exact integer reads back as its digits.
        let rounds = is_integer && value.to_string() != digits;
        Self {
            value,
            digits: rounds.then(|| digits.into_boxed_str()),
        }
    }

    /// Orders two figures, exactly when both are integers: a figure beyond 2^53 keeps its
    /// digits, and its float would call `9007199254740993` equal to `9007199254740992`.
    pub fn compare(&self, other: &Self) -> Option<Ordering> {
        if self.digits.is_none() && other.digits.is_none() {
            return self.value.partial_cmp(&other.value);
        }
        match (self.integer_digits(), other.integer_digits()) {
            (Some(left), Some(right)) => Some(compare_integers(&left, &right)),
            _ => self.value.partial_cmp(&other.value),
        }
    }

    /// The figure's digits, when it is an integer.
    fn integer_digits(&self) -> Option<Cow<'_, str>> {
        match &self.digits {
            Some(digits) => Some(Cow::Borrowed(digits)),
            // A float's `Display` has no exponent: an integer shows as its digits.
            None if self.value.is_finite() && self.value.fract() == 0.0 => {
                Some(Cow::Owned(self.value.to_string()))
            }
            None => None,
        }
    }

    pub const fn exact(value: f64) -> Self {
        Self {
            value,
            digits: None,
        }
    }
}

impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = self
            .digits
            .as_deref()
            .and_then(|digits| serde_json::value::RawValue::from_string(digits.to_owned()).ok());
        match raw {
            Some(raw) => raw.serialize(serializer),
            None => self.value.serialize(serializer),
        }
    }
}

impl Kpi {
    /// The direction that is better, `higher` when the map does not say.
    pub fn direction(&self) -> KpiDirection {
        self.better.value().copied().unwrap_or(KpiDirection::Higher)
    }
}

/// Which way a KPI improves: most grow (orders, conversion), some shrink (missed calls,
/// days to sign).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KpiDirection {
    Higher,
    Lower,
}

/// One piece of research the map is built from, which its claims cite by `id`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    #[serde(skip)]
    pub span: Span,
    pub id: Field<String>,
    pub kind: Field<SourceKind>,
    pub name: Field<String>,
    /// When the research was done (or the data exported).
    #[serde(serialize_with = "serialize_date")]
    pub date: Field<Date>,
    /// How many respondents or records it covers.
    pub size: Field<i64>,
}

/// What kind of research a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Interview,
    Survey,
    Crm,
    Analytics,
    Support,
    Other,
}

impl SourceKind {
    pub const ALL: [Self; 6] = [
        Self::Interview,
        Self::Survey,
        Self::Crm,
        Self::Analytics,
        Self::Support,
        Self::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Interview => "interview",
            Self::Survey => "survey",
            Self::Crm => "crm",
            Self::Analytics => "analytics",
            Self::Support => "support",
            Self::Other => "other",
        }
    }
}

/// How many customers enter a stage and how many move on to the next one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Funnel {
    #[serde(skip)]
    pub span: Span,
    pub entered: Field<i64>,
    pub advanced: Field<i64>,
}

// issue 13: triggers, loops, risks

/// What reminds a customer of the product and brings a repeat sale (seed 002).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Trigger {
    #[serde(skip)]
    pub span: Span,
    pub name: Field<String>,
    pub kind: Field<TriggerKind>,
    /// The id of the channel the reminder arrives through.
    pub channel: Field<String>,
    /// The ids of the sources behind the trigger.
    pub evidence: List<Text>,
}

/// Who does the reminding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TriggerKind {
    /// We remind the customer ourselves: a letter in six months.
    Instrumental,
    /// The product itself reminds: the shelf reminds of the store.
    Product,
    /// Life reminds: a toothache reminds of the clinic.
    Random,
}

impl TriggerKind {
    pub const ALL: [Self; 3] = [Self::Instrumental, Self::Product, Self::Random];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Instrumental => "instrumental",
            Self::Product => "product",
            Self::Random => "random",
        }
    }
}

/// A loop: the stage a bad experience sends the customer back to. Written `returns_to:
/// awareness`, or `returns_to: {stage: awareness, share: 0.2, when: …}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReturnTo {
    #[serde(skip)]
    pub span: Span,
    /// The id of the stage the customer goes back to.
    pub stage: Field<String>,
    /// The share of customers who go back, 0 to 1.
    pub share: Field<f64>,
    /// When it happens, in words.
    pub when: Field<String>,
}

/// An obstacle the team foresees to reaching its figures (seed 001, step 5). Written as
/// plain text or as `{text, likelihood, mitigation}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Risk {
    #[serde(skip)]
    pub span: Span,
    pub text: Field<String>,
    pub likelihood: Field<Rating>,
    /// What the team will do to prevent it or soften it.
    pub mitigation: Field<String>,
}

fn serialize_date<S: serde::Serializer>(
    date: &Field<Date>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serialize_optional_date(&date.value().copied(), serializer)
}

/// A date as `YYYY-MM-DD`, or `null`: how the map and the reports write dates.
pub fn serialize_optional_date<S: serde::Serializer>(
    date: &Option<Date>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}

/// A label for an element in messages: its id when it has one, else its position.
/// `kind` is the element's noun as [`Element::noun`](crate::map::Element::noun) gives it.
pub fn describe(kind: &'static str, id: &Field<String>, index: usize) -> Message {
    match id.get() {
        Some(id) => crate::msg!("element-named", kind = Arg::Word(kind), id = &id.value),
        None => crate::msg!(
            "element-numbered",
            kind = Arg::Word(kind),
            number = index + 1
        ),
    }
}

/// Orders two integers written as digits with an optional leading `-` and no leading zeros.
fn compare_integers(left: &str, right: &str) -> Ordering {
    fn magnitude(digits: &str) -> (bool, &str) {
        let (negative, magnitude) = match digits.strip_prefix('-') {
            Some(magnitude) => (true, magnitude),
            None => (false, digits),
        };
        // `-0` is zero.
        (negative && magnitude != "0", magnitude)
    }
    let ((left_negative, left), (right_negative, right)) = (magnitude(left), magnitude(right));
    let by_magnitude = left.len().cmp(&right.len()).then_with(|| left.cmp(right));
    match (left_negative, right_negative) {
        (false, false) => by_magnitude,
        (true, true) => by_magnitude.reverse(),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
    }
}

#[cfg(test)]
mod figure_tests {
    use super::{Figure, Ordering};

    fn figure(literal: &str) -> Figure {
        Figure::of(literal.parse().unwrap_or(f64::NAN), literal)
    }

    #[test]
    fn integers_beyond_two_to_the_53_are_ordered_exactly() {
        let cases = [
            ("9007199254740993", "9007199254740992", Ordering::Greater),
            ("9007199254740992", "9007199254740993", Ordering::Less),
            ("-9007199254740993", "-9007199254740992", Ordering::Less),
            (
                "99999999999999999999",
                "100000000000000000000",
                Ordering::Less,
            ),
            ("-99999999999999999999", "5", Ordering::Less),
            (
                "18446744073709551616",
                "18446744073709551616",
                Ordering::Equal,
            ),
            ("12", "3", Ordering::Greater),
            ("2.5", "9007199254740993", Ordering::Less),
        ];
        for (left, right, expected) in cases {
            assert_eq!(
                figure(left).compare(&figure(right)),
                Some(expected),
                "{left} vs {right}"
            );
        }
        // The floats the first pair read as are equal: the order comes from the digits.
        assert_eq!(
            figure("9007199254740993").value,
            figure("9007199254740992").value
        );
    }
}
