//! The report model: everything a report says about a set of checked files, computed once.
//!
//! Renderers (Markdown, JSON) only present this model; no figure is computed twice, and
//! nothing here knows about words, languages or formats. The model serialises as the JSON
//! report, so its field names are a published contract (`src/report/report.schema.json`).

use crate::i18n::Message;
mod journey;

use std::cmp::Ordering;
use std::collections::HashMap;

use jiff::civil::Date;
use serde::Serialize;

use super::evidence::{
    MatrixRow, SourceRow, StageEvidence, channel_matrix, sources, stage_evidence,
};
use crate::check::FileReport;
use crate::finding::Severity;
use crate::freshness::{Freshness, Status, Urgency};
use crate::map::{Field, Figure, JourneyMap, KpiDirection, List, Rating, Stage, Text, Touchpoint};
use crate::rules::{CheckContext, EmotionScale};

pub use journey::{FunnelChange, FunnelLink, LoopRow, LoopTarget, RiskRow, TriggerRow};

/// Whether the report is about one map or a portfolio of maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// One map file was named: a report of that map alone.
    Map,
    /// Several paths or a directory: an index of all maps, then each map's report.
    Portfolio,
}

impl Scope {
    /// One path that is not a directory asks for a map report; anything else for a
    /// portfolio, even when a directory holds a single map, so that a report of a
    /// repository keeps its shape as maps come and go.
    pub fn of(paths: &[std::path::PathBuf]) -> Self {
        match paths {
            [path] if !path.is_dir() => Self::Map,
            _ => Self::Portfolio,
        }
    }
}

/// What a report knows before any map's section is written: the portfolio's index and
/// totals. Each map's section is built from its file when it is written (see
/// [`super::Maps`]), so a report of many maps holds one map at a time, not all of them.
#[derive(Debug)]
pub struct Report {
    /// The day freshness is judged on.
    pub generated_for: Date,
    pub scope: Scope,
    pub emotion_scale: EmotionScale,
    /// The totals of all maps, for the portfolio's index.
    pub summary: PortfolioSummary,
    /// One row per map, in path order.
    pub index: Vec<IndexRow>,
}

impl Report {
    /// The report of `index` (one row per file, in path order).
    pub fn new(index: Vec<IndexRow>, context: &CheckContext, scope: Scope) -> Self {
        Self {
            generated_for: context.today,
            scope: if index.len() == 1 {
                scope
            } else {
                Scope::Portfolio
            },
            emotion_scale: context.settings.emotion_scale,
            summary: PortfolioSummary::of(&index),
            index,
        }
    }

    /// The report of files checked and kept in memory.
    pub fn build(files: &[FileReport], context: &CheckContext, scope: Scope) -> Self {
        let index = files
            .iter()
            .map(|file| IndexRow::of(&MapReport::build(file, context)))
            .collect();
        Self::new(index, context, scope)
    }

    /// The maps, with their positions in `index`, in the order their review is most urgent:
    /// stale first, then due soonest; maps without a review date last. Ties keep path order.
    pub fn by_urgency(&self) -> Vec<(usize, &IndexRow)> {
        let mut maps: Vec<(usize, &IndexRow)> = self.index.iter().enumerate().collect();
        maps.sort_by_key(|(_, map)| match map.freshness {
            Some(freshness) if freshness.status != Status::Future => (0, Some(freshness.due)),
            Some(freshness) => (1, Some(freshness.due)),
            None => (2, None),
        });
        maps
    }
}

/// What the portfolio's index and totals say of one map: the figures kept for every map
/// while the maps themselves are read again one at a time for their sections.
#[derive(Clone, Debug)]
pub struct IndexRow {
    pub path: String,
    /// Whether the file holds a readable map.
    pub readable: bool,
    pub title: Option<String>,
    pub owner: Option<String>,
    /// The names of the segments that have one.
    pub segments: Vec<String>,
    pub freshness: Option<Freshness>,
    pub badge: Option<Badge>,
    pub finding_counts: FindingCounts,
    /// Whether any stage has an emotion score, and so a curve to draw.
    pub has_emotion: bool,
}

impl IndexRow {
    pub fn of(map: &MapReport<'_>) -> Self {
        let owned = |text: Option<&str>| text.map(str::to_owned);
        Self {
            path: map.path.clone(),
            readable: map.map.is_some(),
            title: owned(map.title()),
            owner: owned(map.header.owner),
            segments: map
                .segments
                .iter()
                .filter_map(|segment| owned(segment.name))
                .collect(),
            freshness: map.freshness,
            badge: map.badge,
            finding_counts: map.finding_counts,
            has_emotion: map.has_emotion(),
        }
    }
}

/// The totals of a set of maps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PortfolioSummary {
    /// Every file checked, readable or not.
    pub maps: usize,
    /// Files that hold no readable map.
    pub unreadable: usize,
    pub stale: usize,
    /// Fresh, but due within the reminder window.
    pub due_soon: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl PortfolioSummary {
    fn of(maps: &[IndexRow]) -> Self {
        maps.iter().fold(Self::default(), |total, map| {
            let is = |badge: Badge| usize::from(map.badge == Some(badge));
            Self {
                maps: total.maps + 1,
                unreadable: total.unreadable + usize::from(!map.readable),
                stale: total.stale + is(Badge::Stale),
                due_soon: total.due_soon + is(Badge::DueSoon),
                errors: total.errors + map.finding_counts.errors,
                warnings: total.warnings + map.finding_counts.warnings,
                infos: total.infos + map.finding_counts.infos,
            }
        })
    }
}

/// A map's review state at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Badge {
    Fresh,
    /// Fresh, with the review due within `remind_before`.
    DueSoon,
    Stale,
    /// The review date lies in the future.
    Future,
}

impl From<Urgency> for Badge {
    fn from(urgency: Urgency) -> Self {
        match urgency {
            Urgency::Stale { .. } => Self::Stale,
            Urgency::Future => Self::Future,
            Urgency::DueSoon { .. } => Self::DueSoon,
            Urgency::Fresh => Self::Fresh,
        }
    }
}

/// The report of one file. Every list is empty, and every other figure `None`, when the
/// file could not be read as a map.
#[derive(Debug, Serialize)]
pub struct MapReport<'a> {
    /// As named on the command line or found by the walk, with `/` separators.
    pub path: String,
    /// The map as decoded, in normal form; `None` when the file holds no readable map.
    pub map: Option<&'a JourneyMap>,
    /// `None` when the map has no valid review date.
    pub freshness: Option<Freshness>,
    /// `None` when the map has no valid review date.
    #[serde(skip)]
    pub badge: Option<Badge>,
    pub finding_counts: FindingCounts,
    /// The map's header, for renderers; the JSON has it in `map`.
    #[serde(skip)]
    pub header: Header<'a>,
    /// In the order written; the JSON has them in `map`.
    #[serde(skip)]
    pub segments: Vec<SegmentRow<'a>>,
    /// What each stage says, in journey order; the JSON has it in `map`.
    #[serde(skip)]
    pub stages: Vec<StageRow<'a>>,
    /// One point per stage, in journey order.
    pub emotion_curve: Vec<StageEmotion<'a>>,
    /// One curve per segment when touchpoints name the segments they concern; empty when
    /// none does (every touchpoint concerns every segment, and the stage curve says it all).
    pub segment_curves: Vec<SegmentCurve<'a>>,
    /// One row per stage, in journey order.
    pub funnel: Vec<FunnelRow<'a>>,
    pub largest_drop_off: Option<DropOff<'a>>,
    /// In stage order, then in the order written.
    pub kpis: Vec<KpiRow<'a>>,
    /// High severity first, then medium, low and unrated; within a severity in stage order.
    pub top_pains: Vec<PainRow<'a>>,
    /// In file order.
    pub findings: Vec<FindingRow<'a>>,
    // issue 13: evidence, matrix
    /// One row per segment: the channels that reach it at each stage.
    pub channel_matrix: Vec<MatrixRow<'a>>,
    /// One per stage, in journey order: how much of it cites research.
    pub evidence: Vec<StageEvidence<'a>>,
    /// The map's `sources`, in the order written.
    pub sources: Vec<SourceRow<'a>>,
    // issue 13: triggers, loops, risks
    /// By stage, then by kind (instrumental, product, random), then in the order written.
    pub triggers: Vec<TriggerRow<'a>>,
    /// In stage order: where a bad experience sends the customer.
    pub loops: Vec<LoopRow<'a>>,
    /// In stage order: each stage's own risks, then its KPIs'.
    pub risks: Vec<RiskRow<'a>>,
    /// One per pair of neighbouring stages with figures: moved on from one, entered the next.
    pub funnel_links: Vec<FunnelLink<'a>>,
}

impl<'a> MapReport<'a> {
    pub fn build(file: &'a FileReport, context: &CheckContext) -> Self {
        let findings = file
            .findings
            .iter()
            .map(|finding| {
                let position = file.source.position(finding.span.start);
                FindingRow {
                    code: finding.rule.code,
                    rule: finding.rule.name,
                    severity: finding.severity,
                    message: &finding.message,
                    line: position.line,
                    column: position.column,
                    help: finding.help.as_ref(),
                }
            })
            .collect();
        let finding_counts = FindingCounts {
            errors: file.count(Severity::Error),
            warnings: file.count(Severity::Warning),
            infos: file.count(Severity::Info),
        };
        let map = file.map.as_ref();
        let stages = || map.into_iter().flat_map(stages);
        let funnel: Vec<FunnelRow<'a>> = funnel(stages());
        let funnel_links = journey::funnel_links(&funnel);
        let settings = &context.settings;
        let reviewed = map.and_then(|map| map.reviewed.value().copied());
        let freshness = reviewed
            .map(|reviewed| Freshness::assess(reviewed, context.today, settings.review_period));
        let badge = reviewed.map(|reviewed| {
            Badge::from(Freshness::classify(
                reviewed,
                context.today,
                settings.review_period,
                settings.remind_before,
            ))
        });
        let emotion_curve =
            map.map_or_else(Vec::new, |map| emotion_curve(map, settings.emotion_scale));
        // issue 13: evidence, matrix
        let channel_matrix = map.map_or_else(Vec::new, |map| channel_matrix(map, &emotion_curve));
        let evidence = map.map_or_else(Vec::new, |map| stage_evidence(map, &emotion_curve));
        Self {
            path: file.source.display_path(),
            map,
            freshness,
            badge,
            finding_counts,
            header: map.map(Header::of).unwrap_or_default(),
            segments: map.map_or_else(Vec::new, |map| {
                map.segments.iter().map(SegmentRow::of).collect()
            }),
            stages: stages()
                .map(|(stage, source)| StageRow::of(stage, source))
                .collect(),
            segment_curves: map.map_or_else(Vec::new, |map| segment_curves(map, &emotion_curve)),
            emotion_curve,
            largest_drop_off: largest_drop_off(&funnel),
            funnel,
            kpis: stages()
                .flat_map(|(stage, source)| {
                    source.kpis.iter().map(move |kpi| {
                        let target = kpi.target.value();
                        let actual = kpi.actual.value();
                        let better = kpi.direction();
                        let values = actual
                            .zip(target)
                            .map(|(actual, target)| (actual.value, target.value));
                        let order = actual
                            .zip(target)
                            .map(|(actual, target)| actual.compare(target));
                        KpiRow {
                            stage,
                            name: text(&kpi.name),
                            target,
                            actual,
                            unit: text(&kpi.unit),
                            better,
                            share_of_target: values.and_then(|(a, t)| match better {
                                KpiDirection::Higher => ratio(a, t),
                                KpiDirection::Lower => ratio(t, a),
                            }),
                            status: match order {
                                Some(order) => {
                                    // NaN never reaches a figure; `None` would not be met.
                                    let met = match better {
                                        KpiDirection::Higher => order.is_some_and(Ordering::is_ge),
                                        KpiDirection::Lower => order.is_some_and(Ordering::is_le),
                                    };
                                    if met {
                                        KpiStatus::Met
                                    } else {
                                        KpiStatus::BelowTarget
                                    }
                                }
                                None => KpiStatus::NoData,
                            },
                        }
                    })
                })
                .collect(),
            top_pains: top_pains(stages()),
            findings,
            channel_matrix,
            evidence,
            sources: map.map_or_else(Vec::new, |map| {
                sources(map, context.today, settings.review_period)
            }),
            // issue 13: triggers, loops, risks
            triggers: map.map_or_else(Vec::new, journey::triggers),
            loops: map.map_or_else(Vec::new, journey::loops),
            risks: map.map_or_else(Vec::new, journey::risks),
            funnel_links,
        }
    }

    /// The display title: the map's title when it has one.
    pub fn title(&self) -> Option<&'a str> {
        self.map.and_then(|map| text(&map.title))
    }

    /// Whether any stage has an emotion score, and so a curve to draw.
    pub fn has_emotion(&self) -> bool {
        self.emotion_curve
            .iter()
            .any(|stage| stage.emotion.is_some())
    }
}

/// What the top of a map says about it.
#[derive(Debug, Default)]
pub struct Header<'a> {
    pub owner: Option<&'a str>,
    pub reviewed_by: Option<&'a str>,
    pub description: Option<&'a str>,
}

impl<'a> Header<'a> {
    fn of(map: &'a JourneyMap) -> Self {
        Self {
            owner: text(&map.owner),
            reviewed_by: text(&map.reviewed_by),
            description: text(&map.description),
        }
    }
}

/// A segment by name (else id) with its 5W: who, what, why, when, where.
#[derive(Debug)]
pub struct SegmentRow<'a> {
    pub name: Option<&'a str>,
    pub five_w: [Option<&'a str>; 5],
}

impl<'a> SegmentRow<'a> {
    fn of(segment: &'a crate::map::Segment) -> Self {
        Self {
            name: text(&segment.name).or_else(|| text(&segment.id)),
            five_w: segment.five_w().map(|(_, answer)| text(answer)),
        }
    }
}

/// The written lanes of one stage; its touchpoints and score are in the emotion curve, its
/// figures in the funnel and KPI rows, all at the same position.
#[derive(Debug)]
pub struct StageRow<'a> {
    pub stage: StageRef<'a>,
    pub goals: Vec<&'a str>,
    pub needs: Vec<&'a str>,
    /// In the order written.
    pub pains: Vec<PainRow<'a>>,
    pub opportunities: Vec<&'a str>,
}

impl<'a> StageRow<'a> {
    fn of(stage: StageRef<'a>, source: &'a Stage) -> Self {
        let texts = |list: &'a List<Text>| list.iter().map(|item| item.value.as_str()).collect();
        Self {
            stage,
            goals: texts(&source.goals),
            needs: texts(&source.needs),
            pains: pains(stage, source).collect(),
            opportunities: texts(&source.opportunities),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FindingCounts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// Which stage a row belongs to. Stages are shown by name, else by id, else by position.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct StageRef<'a> {
    #[serde(rename = "stage_id")]
    pub id: Option<&'a str>,
    #[serde(rename = "stage")]
    pub name: Option<&'a str>,
    /// 0-based position in the journey.
    #[serde(skip)]
    pub index: usize,
}

fn stages(map: &JourneyMap) -> impl Iterator<Item = (StageRef<'_>, &Stage)> {
    map.stages.iter().enumerate().map(|(index, stage)| {
        let stage_ref = StageRef {
            id: text(&stage.id),
            name: text(&stage.name),
            index,
        };
        (stage_ref, stage)
    })
}

pub(super) fn text(field: &Field<String>) -> Option<&str> {
    field.value().map(String::as_str)
}

/// `numerator / denominator`, or `None` where the quotient means nothing: a zero
/// denominator, or a result too large to be a number.
pub(super) fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
    let quotient = numerator / denominator;
    (denominator != 0.0 && quotient.is_finite()).then_some(quotient)
}

/// How the customer feels at one stage.
#[derive(Debug, Serialize)]
pub struct StageEmotion<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    /// The stage's own score, else the mean of its touchpoints' scores; `None` without either.
    pub emotion: Option<f64>,
    pub emotion_basis: Option<EmotionBasis>,
    pub touchpoints: Vec<TouchpointEmotion<'a>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EmotionBasis {
    /// The stage's own `emotion`.
    Stage,
    /// The stage has no score of its own: the mean of its touchpoints' scores.
    TouchpointMean,
}

#[derive(Debug, Serialize)]
pub struct TouchpointEmotion<'a> {
    pub name: Option<&'a str>,
    /// The channel's name, else its id as written.
    pub channel: Option<&'a str>,
    /// The names of the segments the touchpoint concerns (every segment when it names none),
    /// else their ids as written.
    pub segments: Vec<&'a str>,
    /// The touchpoint's own score, else its stage's own score; `None` without either: no
    /// figure is made up.
    pub emotion: Option<i64>,
    /// Whether `emotion` is the stage's score rather than the touchpoint's own.
    pub emotion_inherited: bool,
}

/// Scores outside the scale are an error finding, which a map can suppress; the curve then
/// draws them at the scale's nearer end rather than off the chart (a face of +5 on a
/// −2…+2 scale would say more than the scale can).
fn emotion_curve(map: &JourneyMap, scale: EmotionScale) -> Vec<StageEmotion<'_>> {
    let score = |field: &Field<i64>| {
        field
            .value()
            .map(|&score| score.clamp(scale.min, scale.max))
    };
    stages(map)
        .map(|(stage, source)| {
            let own = score(&source.emotion);
            let scores: Vec<i64> = source
                .touchpoints
                .iter()
                .filter_map(|touchpoint| score(&touchpoint.emotion))
                .collect();
            let (emotion, emotion_basis) = match own {
                Some(score) => (Some(score as f64), Some(EmotionBasis::Stage)),
                None => (mean(&scores), Some(EmotionBasis::TouchpointMean)),
            };
            StageEmotion {
                stage,
                emotion,
                emotion_basis: emotion.and(emotion_basis),
                touchpoints: source
                    .touchpoints
                    .iter()
                    .map(|touchpoint| {
                        touchpoint_emotion(map, touchpoint, score(&touchpoint.emotion), own)
                    })
                    .collect(),
            }
        })
        .collect()
}

/// How one segment feels along the journey.
#[derive(Debug, Serialize)]
pub struct SegmentCurve<'a> {
    /// The segment's name, else its id.
    pub segment: &'a str,
    /// One per stage, in journey order: the mean score of the stage's touchpoints that
    /// concern the segment; `None` where none of them has a score.
    pub points: Vec<Option<f64>>,
}

fn segment_curves<'a>(map: &'a JourneyMap, curve: &[StageEmotion<'a>]) -> Vec<SegmentCurve<'a>> {
    let any_named = map.stages.iter().any(|stage| {
        stage
            .touchpoints
            .iter()
            .any(|touchpoint| touchpoint.segments.span.is_some())
    });
    if !any_named {
        return Vec::new();
    }
    let names: Vec<&'a str> = map
        .segments
        .iter()
        .filter_map(|segment| text(&segment.name).or_else(|| text(&segment.id)))
        .collect();
    // One pass over the touchpoints: per segment and stage, the sum and count of scores.
    let position: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .rev()
        .map(|(index, &name)| (name, index))
        .collect();
    let mut totals = vec![vec![(0.0, 0usize); curve.len()]; names.len()];
    for (stage, point) in curve.iter().enumerate() {
        for touchpoint in &point.touchpoints {
            let Some(score) = touchpoint.emotion else {
                continue;
            };
            for segment in &touchpoint.segments {
                let total = position
                    .get(segment)
                    .and_then(|&index| totals.get_mut(index))
                    .and_then(|stages| stages.get_mut(stage));
                if let Some((sum, count)) = total {
                    *sum += score as f64;
                    *count += 1;
                }
            }
        }
    }
    names
        .into_iter()
        .zip(totals)
        .map(|(segment, stages)| SegmentCurve {
            segment,
            points: stages
                .into_iter()
                .map(|(sum, count)| ratio(sum, count as f64))
                .collect(),
        })
        .collect()
}

fn mean(scores: &[i64]) -> Option<f64> {
    let sum: f64 = scores.iter().map(|&score| score as f64).sum();
    ratio(sum, scores.len() as f64)
}

/// A channel by its name, else by its id as written.
fn channel_name<'a>(map: &'a JourneyMap, id: &'a str) -> &'a str {
    map.channels
        .iter()
        .find(|channel| text(&channel.id) == Some(id))
        .and_then(|channel| text(&channel.name))
        .unwrap_or(id)
}

fn touchpoint_emotion<'a>(
    map: &'a JourneyMap,
    touchpoint: &'a Touchpoint,
    own: Option<i64>,
    stage_emotion: Option<i64>,
) -> TouchpointEmotion<'a> {
    let channel = text(&touchpoint.channel).map(|id| channel_name(map, id));
    let segment_name = |id: &'a str| {
        map.segments
            .iter()
            .find(|segment| text(&segment.id) == Some(id))
            .and_then(|segment| text(&segment.name))
            .unwrap_or(id)
    };
    let segments = if touchpoint.segments.span.is_none() {
        map.segments
            .iter()
            .filter_map(|segment| text(&segment.name).or_else(|| text(&segment.id)))
            .collect()
    } else {
        touchpoint
            .segments
            .iter()
            .map(|id| segment_name(id.value.as_str()))
            .collect()
    };
    TouchpointEmotion {
        name: text(&touchpoint.name),
        channel,
        segments,
        emotion: own.or(stage_emotion),
        emotion_inherited: own.is_none() && stage_emotion.is_some(),
    }
}

const FACES: [&str; 5] = ["😣", "🙁", "😐", "🙂", "😀"];

/// The face for a score on `scale`: one of five, from the worst to the best.
pub fn face(scale: EmotionScale, score: f64) -> &'static str {
    let step = usize::from(five_point(scale, score));
    FACES
        .get(step.saturating_sub(1))
        .copied()
        .unwrap_or_default()
}

/// Where `score` lies on the five steps of a scale, 1 (most negative) to 5 (most positive):
/// the steps of Mermaid's journey diagrams and of the faces in text. Scores outside the
/// scale (already an error finding) count as its ends.
///
/// Steps round half away from the scale's midpoint, so −0.5 is as unhappy as +0.5 is
/// happy: rounding the position from the bottom would understate every pain by half a step.
pub fn five_point(scale: EmotionScale, score: f64) -> u8 {
    let width = (scale.max - scale.min) as f64;
    let position = ratio(score - scale.min as f64, width).unwrap_or(0.5);
    let from_midpoint = ((position.clamp(0.0, 1.0) - 0.5) * 4.0).round();
    // `from_midpoint` is a whole number from −2 to 2.
    (3.0 + from_midpoint) as u8
}

/// The customers entering one stage and moving on from it.
#[derive(Debug, Serialize)]
pub struct FunnelRow<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    pub entered: Option<i64>,
    pub advanced: Option<i64>,
    /// `advanced / entered`.
    pub conversion: Option<f64>,
    /// `advanced` as a share of the customers who entered the first stage.
    pub cumulative_conversion: Option<f64>,
}

/// The stage that loses the largest share of its customers.
#[derive(Debug, Serialize)]
pub struct DropOff<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    /// `entered - advanced`.
    pub lost: i64,
    /// `lost / entered`.
    pub lost_share: f64,
}

fn funnel<'a>(stages: impl Iterator<Item = (StageRef<'a>, &'a Stage)>) -> Vec<FunnelRow<'a>> {
    let mut first_entered = None;
    stages
        .map(|(stage, source)| {
            let figure = |pick: fn(&crate::map::Funnel) -> &Field<i64>| {
                source
                    .funnel
                    .as_ref()
                    .and_then(|funnel| pick(funnel).value().copied())
            };
            let entered = figure(|funnel| &funnel.entered);
            let advanced = figure(|funnel| &funnel.advanced);
            // A journey often starts before anyone counts: the first counted stage is
            // where "from the first stage" starts.
            if first_entered.is_none() {
                first_entered = entered;
            }
            // Negative counts are invalid (an error finding) and give no rates.
            let share_of = |base: Option<i64>| {
                let (advanced, base) = advanced.zip(base)?;
                (advanced >= 0 && base > 0)
                    .then(|| ratio(advanced as f64, base as f64))
                    .flatten()
            };
            FunnelRow {
                stage,
                entered,
                advanced,
                conversion: share_of(entered),
                cumulative_conversion: share_of(first_entered),
            }
        })
        .collect()
}

/// The last stage is left out: moving on from it means coming back (a repeat purchase,
/// a renewal), which few customers do, so it would nearly always be named.
fn largest_drop_off<'a>(funnel: &[FunnelRow<'a>]) -> Option<DropOff<'a>> {
    let (_, before_last) = funnel.split_last()?;
    before_last
        .iter()
        .filter(|row| row.conversion.is_some())
        .filter_map(|row| {
            let (entered, advanced) = row.entered.zip(row.advanced)?;
            let lost = entered - advanced;
            Some(DropOff {
                stage: row.stage,
                lost,
                lost_share: ratio(lost as f64, entered as f64)?,
            })
        })
        .filter(|drop| drop.lost > 0)
        // The earliest stage wins a tie: `max_by` would keep the last.
        .reduce(|best, drop| {
            if drop.lost_share > best.lost_share {
                drop
            } else {
                best
            }
        })
}

#[derive(Debug, Serialize)]
pub struct KpiRow<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    pub name: Option<&'a str>,
    pub target: Option<&'a Figure>,
    pub actual: Option<&'a Figure>,
    pub unit: Option<&'a str>,
    pub better: KpiDirection,
    /// How much of the target is reached: `actual / target`, or `target / actual` when
    /// lower is better, so 1.0 and above always means met.
    pub share_of_target: Option<f64>,
    pub status: KpiStatus,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KpiStatus {
    /// The actual figure reaches the target (is at or under it when lower is better).
    Met,
    BelowTarget,
    /// The target or the actual figure is missing.
    NoData,
}

#[derive(Debug, Serialize)]
pub struct PainRow<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    pub text: Option<&'a str>,
    pub severity: Option<Rating>,
}

fn pains<'a>(stage: StageRef<'a>, source: &'a Stage) -> impl Iterator<Item = PainRow<'a>> {
    source.pains.iter().map(move |pain| PainRow {
        stage,
        text: text(&pain.text),
        severity: pain.severity.value().copied(),
    })
}

fn top_pains<'a>(stages: impl Iterator<Item = (StageRef<'a>, &'a Stage)>) -> Vec<PainRow<'a>> {
    let mut pains: Vec<PainRow<'a>> = stages
        .flat_map(|(stage, source)| pains(stage, source))
        .collect();
    // `None` (unrated) sorts before `Some`, so reversing the severity puts it last. The
    // sort is stable: within a severity, pains keep their stage and written order.
    pains.sort_by_key(|pain| std::cmp::Reverse(pain.severity));
    pains
}

#[derive(Debug, Serialize)]
pub struct FindingRow<'a> {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: &'a Message,
    /// 1-based; columns count characters.
    pub line: usize,
    pub column: usize,
    pub help: Option<&'a Message>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_source;
    use crate::source::SourceFile;
    use jiff::civil::date;

    const MAP: &str = r#"
cjm: 1
title: Test
owner: Team
reviewed: 2026-10-01
segments:
  - {id: a, name: Alpha}
  - {id: b}
channels:
  - {id: web, name: Website}
  - {id: mail}
stages:
  - id: one
    name: One
    touchpoints:
      - {name: Ad, channel: web, emotion: 1}
      - {name: Page, channel: mail, segments: [b, ghost]}
    emotion: -1
    pains: ["plain", {text: lowly, severity: low}, {text: worst, severity: high}]
    kpis:
      - {name: Visits, target: 1000, actual: 800}
      - {name: Calls, target: 0, actual: 3}
    funnel: {entered: 1000, advanced: 200}
  - id: two
    touchpoints:
      - {name: Cart, emotion: -2}
      - {name: Pay, emotion: 1}
      - {name: Thanks}
    pains: [{text: bad, severity: high}, {text: meh, severity: medium}]
    kpis:
      - {name: Orders, target: 100}
      - {name: Revenue, target: 100, actual: 100}
      - {name: Missed calls, target: 0.05, actual: 0.2, better: lower}
      - {name: Days to sign, target: 30, actual: 24, better: lower}
    funnel: {entered: 200, advanced: 20}
  - id: three
    funnel: {entered: 0, advanced: 0}
  - id: four
"#;

    fn report_of(text: &str) -> FileReport {
        let context = CheckContext::new(date(2026, 11, 25));
        check_source(SourceFile::new("t.cjm.yaml", text), &context)
    }

    fn build(file: &FileReport) -> MapReport<'_> {
        MapReport::build(file, &CheckContext::new(date(2026, 11, 25)))
    }

    #[test]
    fn segments_named_by_touchpoints_get_a_curve_each() {
        let file = report_of(MAP);
        let curves = build(&file).segment_curves;
        let points: Vec<_> = curves
            .iter()
            .map(|curve| (curve.segment, curve.points.clone()))
            .collect();
        // "Ad" concerns every segment (+1), "Page" only b (the stage's -1); stage two's
        // touchpoints name none, so they concern both.
        assert_eq!(
            points,
            [
                ("Alpha", vec![Some(1.0), Some(-0.5), None, None]),
                ("b", vec![Some(0.0), Some(-0.5), None, None]),
            ]
        );
        let unnamed = MAP.replace(", segments: [b, ghost]", "");
        assert!(build(&report_of(&unnamed)).segment_curves.is_empty());
    }

    #[test]
    fn badges_warn_within_the_reminder_window() {
        let reviewed = date(2026, 6, 1);
        let period = crate::freshness::ReviewPeriod::SIX_MONTHS;
        let remind_before = crate::freshness::ReviewPeriod::REMIND_BEFORE;
        let on = |today| Badge::from(Freshness::classify(reviewed, today, period, remind_before));
        assert_eq!(on(date(2026, 10, 31)), Badge::Fresh);
        assert_eq!(on(date(2026, 11, 1)), Badge::DueSoon);
        assert_eq!(on(date(2026, 12, 1)), Badge::DueSoon);
        assert_eq!(on(date(2026, 12, 2)), Badge::Stale);
        assert_eq!(on(date(2026, 5, 1)), Badge::Future);
    }

    #[test]
    fn the_index_puts_the_most_urgent_review_first() {
        let map = |reviewed: &str| {
            report_of(&format!(
                "cjm: 1\ntitle: {reviewed}\nreviewed: {reviewed}\n"
            ))
        };
        let files = [
            map("2026-09-01"),
            report_of("cjm: [\n"),
            map("2026-05-01"),
            map("2027-01-01"),
            map("2026-06-20"),
            map("2026-04-01"),
        ];
        let context = CheckContext::new(date(2026, 11, 25));
        let report = Report::build(&files, &context, Scope::Portfolio);
        let order: Vec<_> = report
            .by_urgency()
            .iter()
            .map(|(_, map)| map.title.as_deref().unwrap_or("unreadable"))
            .collect();
        assert_eq!(
            order,
            [
                "2026-04-01",
                "2026-05-01",
                "2026-06-20",
                "2026-09-01",
                "2027-01-01",
                "unreadable"
            ]
        );
        let summary = report.summary;
        assert_eq!((summary.maps, summary.unreadable, summary.stale), (6, 1, 2));
        assert_eq!(summary.due_soon, 1, "2026-06-20 is due 2026-12-20");
    }

    #[test]
    fn funnel_rates_and_the_largest_drop_off() {
        let file = report_of(MAP);
        let report = build(&file);
        let rows: Vec<_> = report
            .funnel
            .iter()
            .map(|row| (row.conversion, row.cumulative_conversion))
            .collect();
        assert_eq!(
            rows,
            [
                (Some(0.2), Some(0.2)),
                (Some(0.1), Some(0.02)),
                (None, Some(0.0)),
                (None, None)
            ]
        );
        let drop = report.largest_drop_off.unwrap();
        assert_eq!(
            (drop.stage.id, drop.lost, drop.lost_share),
            (Some("two"), 180, 0.9)
        );
    }

    #[test]
    fn the_last_stage_is_never_the_largest_loss() {
        let text = "cjm: 1\nstages:\n  - {id: a, funnel: {entered: 10, advanced: 8}}\n  \
                    - {id: b, funnel: {entered: 8, advanced: 1}}\n";
        let file = report_of(text);
        assert_eq!(build(&file).largest_drop_off.unwrap().stage.id, Some("a"));
        let only = "cjm: 1\nstages:\n  - {id: a, funnel: {entered: 10, advanced: 1}}\n";
        assert!(build(&report_of(only)).largest_drop_off.is_none());
    }

    #[test]
    fn from_the_first_stage_counts_from_the_first_stage_with_figures() {
        let text = "cjm: 1\nstages:\n  - {id: a}\n  \
                    - {id: b, funnel: {entered: 100, advanced: 50}}\n  \
                    - {id: c, funnel: {entered: 50, advanced: 10}}\n";
        let file = report_of(text);
        let cumulative: Vec<_> = build(&file)
            .funnel
            .iter()
            .map(|row| row.cumulative_conversion)
            .collect();
        assert_eq!(cumulative, [None, Some(0.5), Some(0.1)]);
    }

    #[test]
    fn a_tie_names_the_earlier_stage_and_no_loss_names_none() {
        let tie = MAP.replace("advanced: 20}", "advanced: 40}");
        let file = report_of(&tie);
        assert_eq!(build(&file).largest_drop_off.unwrap().stage.id, Some("one"));
        let no_loss = "cjm: 1\nstages:\n  - {id: a, funnel: {entered: 5, advanced: 5}}\n";
        assert!(build(&report_of(no_loss)).largest_drop_off.is_none());
    }

    #[test]
    fn stage_emotion_is_its_own_else_the_mean_of_its_touchpoints() {
        let file = report_of(MAP);
        let curve = build(&file).emotion_curve;
        let points: Vec<_> = curve
            .iter()
            .map(|point| (point.emotion, point.emotion_basis))
            .collect();
        assert_eq!(
            points,
            [
                (Some(-1.0), Some(EmotionBasis::Stage)),
                (Some(-0.5), Some(EmotionBasis::TouchpointMean)),
                (None, None),
                (None, None)
            ]
        );
        let first = &curve[0].touchpoints;
        assert_eq!(
            (first[0].emotion, first[0].emotion_inherited),
            (Some(1), false)
        );
        assert_eq!(
            (first[1].emotion, first[1].emotion_inherited),
            (Some(-1), true)
        );
        let thanks = &curve[1].touchpoints[2];
        assert_eq!((thanks.emotion, thanks.emotion_inherited), (None, false));
    }

    #[test]
    fn scores_outside_the_scale_count_as_its_ends() {
        let text = "cjm: 1\nstages:\n  - id: a\n    touchpoints:\n      \
                    - {name: T, emotion: 5}\n      - {name: U, emotion: 1}\n  \
                    - {id: b, emotion: -7}\n";
        let file = report_of(text);
        let curve = build(&file).emotion_curve;
        assert_eq!(curve[0].emotion, Some(1.5));
        assert_eq!(curve[0].touchpoints[0].emotion, Some(2));
        assert_eq!(curve[1].emotion, Some(-2.0));
    }

    #[test]
    fn touchpoints_name_their_channel_and_segments() {
        let file = report_of(MAP);
        let curve = build(&file).emotion_curve;
        let [ad, page] = &curve[0].touchpoints[..] else {
            panic!("two touchpoints")
        };
        assert_eq!(
            (ad.channel, ad.segments.clone()),
            (Some("Website"), vec!["Alpha", "b"])
        );
        assert_eq!(
            (page.channel, page.segments.clone()),
            (Some("mail"), vec!["b", "ghost"])
        );
    }

    #[test]
    fn kpis_compare_actual_with_target() {
        let file = report_of(MAP);
        let kpis = build(&file).kpis;
        let rows: Vec<_> = kpis
            .iter()
            .map(|kpi| (kpi.name.unwrap(), kpi.share_of_target, kpi.status))
            .collect();
        assert_eq!(
            rows,
            [
                ("Visits", Some(0.8), KpiStatus::BelowTarget),
                ("Calls", None, KpiStatus::Met),
                ("Orders", None, KpiStatus::NoData),
                ("Revenue", Some(1.0), KpiStatus::Met),
                ("Missed calls", Some(0.25), KpiStatus::BelowTarget),
                ("Days to sign", Some(1.25), KpiStatus::Met),
            ]
        );
    }

    #[test]
    fn pains_sort_by_severity_then_stage() {
        let file = report_of(MAP);
        let pains: Vec<_> = build(&file)
            .top_pains
            .iter()
            .map(|pain| pain.text.unwrap())
            .collect();
        assert_eq!(pains, ["worst", "bad", "meh", "lowly", "plain"]);
    }

    #[test]
    fn an_unreadable_file_has_findings_and_nothing_else() {
        let file = report_of("cjm: [\n");
        let report = build(&file);
        assert!(report.map.is_none() && report.freshness.is_none());
        assert!(report.funnel.is_empty() && report.emotion_curve.is_empty());
        assert_eq!(report.finding_counts.errors, 1);
        assert_eq!(report.findings[0].line, 1);
    }

    #[test]
    fn five_points_spread_the_scale_linearly() {
        let scale = EmotionScale::default();
        let steps: Vec<u8> = [-2.0, -1.0, 0.0, 1.0, 2.0, 7.0, -9.0]
            .into_iter()
            .map(|score| five_point(scale, score))
            .collect();
        assert_eq!(steps, [1, 2, 3, 4, 5, 5, 1]);
        let wide = EmotionScale { min: 0, max: 10 };
        assert_eq!(five_point(wide, 5.0), 3);
    }

    #[test]
    fn five_points_round_symmetrically_about_the_midpoint() {
        let scale = EmotionScale::default();
        let steps = [-0.5, 0.5, -1.5, 1.5, -0.4, 0.4].map(|score| five_point(scale, score));
        assert_eq!(steps, [2, 4, 1, 5, 3, 3]);
        let wide = EmotionScale { min: 1, max: 10 };
        // The midpoint is 5.5; a step is 2.25 wide.
        let steps = [4.375, 6.625, 5.5].map(|score| five_point(wide, score));
        assert_eq!(steps, [2, 4, 3]);
        assert_eq!(five_point(EmotionScale { min: 1, max: 1 }, 1.0), 3);
    }
}
