//! The report model: everything a report says about a set of checked files, computed once.
//!
//! Renderers (Markdown, JSON) only present this model; no figure is computed twice, and
//! nothing here knows about words, languages or formats. The model serialises as the JSON
//! report, so its field names are a published contract (`src/report/report.schema.json`).

use jiff::civil::Date;
use serde::Serialize;

use crate::check::FileReport;
use crate::finding::Severity;
use crate::freshness::Freshness;
use crate::map::{Field, JourneyMap, KpiDirection, PainSeverity, Stage, Touchpoint};
use crate::rules::{CheckContext, EmotionScale};

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

#[derive(Debug)]
pub struct Report<'a> {
    /// The day freshness is judged on.
    pub generated_for: Date,
    pub scope: Scope,
    pub emotion_scale: EmotionScale,
    /// In path order.
    pub maps: Vec<MapReport<'a>>,
}

impl<'a> Report<'a> {
    pub fn build(files: &'a [FileReport], context: &CheckContext, scope: Scope) -> Self {
        Self {
            generated_for: context.today,
            scope: if files.len() == 1 {
                scope
            } else {
                Scope::Portfolio
            },
            emotion_scale: context.settings.emotion_scale,
            maps: files
                .iter()
                .map(|file| MapReport::build(file, context))
                .collect(),
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
    pub finding_counts: FindingCounts,
    /// One point per stage, in journey order.
    pub emotion_curve: Vec<StageEmotion<'a>>,
    /// One row per stage, in journey order.
    pub funnel: Vec<FunnelRow<'a>>,
    pub largest_drop_off: Option<DropOff<'a>>,
    /// In stage order, then in the order written.
    pub kpis: Vec<KpiRow<'a>>,
    /// High severity first, then medium, low and unrated; within a severity in stage order.
    pub top_pains: Vec<PainRow<'a>>,
    /// In file order.
    pub findings: Vec<FindingRow<'a>>,
}

impl<'a> MapReport<'a> {
    fn build(file: &'a FileReport, context: &CheckContext) -> Self {
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
                    help: finding.help.as_deref(),
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
        Self {
            path: file.source.display_path(),
            map,
            freshness: map.and_then(|map| {
                map.reviewed.value().map(|&reviewed| {
                    Freshness::assess(reviewed, context.today, context.settings.review_period)
                })
            }),
            finding_counts,
            emotion_curve: map.map_or_else(Vec::new, emotion_curve),
            largest_drop_off: largest_drop_off(&funnel),
            funnel,
            kpis: stages()
                .flat_map(|(stage, source)| {
                    source.kpis.iter().map(move |kpi| {
                        let target = kpi.target.value().copied();
                        let actual = kpi.actual.value().copied();
                        let better = kpi.direction();
                        KpiRow {
                            stage,
                            name: text(&kpi.name),
                            target,
                            actual,
                            unit: text(&kpi.unit),
                            better,
                            share_of_target: actual.zip(target).and_then(|(a, t)| match better {
                                KpiDirection::Higher => ratio(a, t),
                                KpiDirection::Lower => ratio(t, a),
                            }),
                            status: match actual.zip(target) {
                                Some((actual, target)) => {
                                    let met = match better {
                                        KpiDirection::Higher => actual >= target,
                                        KpiDirection::Lower => actual <= target,
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
        }
    }

    /// The display title: the map's title when it has one.
    pub fn title(&self) -> Option<&'a str> {
        self.map.and_then(|map| text(&map.title))
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

fn text(field: &Field<String>) -> Option<&str> {
    field.value().map(String::as_str)
}

/// `numerator / denominator`, or `None` where the quotient means nothing: a zero
/// denominator, or a result too large to be a number.
fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
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
    /// The stage as written, for renderers that show more of it.
    #[serde(skip)]
    pub source: &'a Stage,
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

fn emotion_curve(map: &JourneyMap) -> Vec<StageEmotion<'_>> {
    stages(map)
        .map(|(stage, source)| {
            let own = source.emotion.value().copied();
            let scores: Vec<i64> = source
                .touchpoints
                .iter()
                .filter_map(|touchpoint| touchpoint.emotion.value().copied())
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
                    .map(|touchpoint| touchpoint_emotion(map, touchpoint, own))
                    .collect(),
                source,
            }
        })
        .collect()
}

fn mean(scores: &[i64]) -> Option<f64> {
    let sum: f64 = scores.iter().map(|&score| score as f64).sum();
    ratio(sum, scores.len() as f64)
}

fn touchpoint_emotion<'a>(
    map: &'a JourneyMap,
    touchpoint: &'a Touchpoint,
    stage_emotion: Option<i64>,
) -> TouchpointEmotion<'a> {
    let own = touchpoint.emotion.value().copied();
    let channel = text(&touchpoint.channel).map(|id| {
        map.channels
            .iter()
            .find(|channel| text(&channel.id) == Some(id))
            .and_then(|channel| text(&channel.name))
            .unwrap_or(id)
    });
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

/// Where `score` lies on the five steps of a scale, 1 (most negative) to 5 (most positive):
/// the steps of Mermaid's journey diagrams and of the faces in text. Scores outside the
/// scale (already an error finding) count as its ends.
pub fn five_point(scale: EmotionScale, score: f64) -> u8 {
    let width = (scale.max - scale.min) as f64;
    let position = ratio(score - scale.min as f64, width).unwrap_or(0.5);
    let step = (position.clamp(0.0, 1.0) * 4.0).round();
    // `step` is a whole number from 0 to 4.
    1 + step as u8
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
            if stage.index == 0 {
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

fn largest_drop_off<'a>(funnel: &[FunnelRow<'a>]) -> Option<DropOff<'a>> {
    funnel
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
    pub target: Option<f64>,
    pub actual: Option<f64>,
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
    pub severity: Option<PainSeverity>,
}

fn top_pains<'a>(stages: impl Iterator<Item = (StageRef<'a>, &'a Stage)>) -> Vec<PainRow<'a>> {
    let mut pains: Vec<PainRow<'a>> = stages
        .flat_map(|(stage, source)| {
            source.pains.iter().map(move |pain| PainRow {
                stage,
                text: text(&pain.text),
                severity: pain.severity.value().copied(),
            })
        })
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
    pub message: &'a str,
    /// 1-based; columns count characters.
    pub line: usize,
    pub column: usize,
    pub help: Option<&'a str>,
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
        let steps: Vec<u8> = [-2.0, -1.0, 0.0, 1.0, 2.0, -0.5, 7.0, -9.0]
            .into_iter()
            .map(|score| five_point(scale, score))
            .collect();
        assert_eq!(steps, [1, 2, 3, 4, 5, 3, 5, 1]);
        let wide = EmotionScale { min: 0, max: 10 };
        assert_eq!(five_point(wide, 5.0), 3);
        assert_eq!(five_point(EmotionScale { min: 1, max: 1 }, 1.0), 3);
    }
}
