//! The report's view of who is reached where and what rests on research: the segment ×
//! stage channel matrix, each stage's evidence and the map's sources. Computed once here,
//! beside [`super::model`], for every renderer.

use std::collections::HashMap;

use jiff::civil::Date;
use serde::Serialize;

use super::model::{StageEmotion, StageRef, ratio, text};
use crate::freshness::{Freshness, ReviewPeriod, Status};
use crate::map::evidence::claims;
use crate::map::{JourneyMap, SourceKind, serialize_optional_date};

/// One segment's row of the channel matrix.
#[derive(Debug, Serialize)]
pub struct MatrixRow<'a> {
    /// The segment's name, else its id.
    pub segment: &'a str,
    pub segment_id: Option<&'a str>,
    /// One cell per stage, in journey order.
    pub stages: Vec<MatrixCell<'a>>,
}

/// The channels through which one segment meets one stage.
#[derive(Debug, Serialize)]
pub struct MatrixCell<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    /// The channels' names (else ids), each once, in the order of the touchpoints.
    pub channels: Vec<&'a str>,
    /// How many of the stage's touchpoints concern the segment; 0 is a segment not reached.
    pub touchpoints: usize,
}

/// The matrix: one row per declared segment. A touchpoint without `segments` concerns every
/// segment. Built in one pass over the touchpoints per stage, however many segments there are.
pub fn channel_matrix<'a>(map: &'a JourneyMap, curve: &[StageEmotion<'a>]) -> Vec<MatrixRow<'a>> {
    let segments: Vec<(&'a str, Option<&'a str>)> = map
        .segments
        .iter()
        .filter_map(|segment| {
            let id = text(&segment.id);
            text(&segment.name).or(id).map(|name| (name, id))
        })
        .collect();
    let position: HashMap<&str, usize> = segments
        .iter()
        .enumerate()
        .rev()
        .filter_map(|(index, (_, id))| id.map(|id| (id, index)))
        .collect();
    let mut rows: Vec<MatrixRow<'a>> = segments
        .iter()
        .map(|&(segment, segment_id)| MatrixRow {
            segment,
            segment_id,
            stages: Vec::with_capacity(curve.len()),
        })
        .collect();
    for (stage, point) in map.stages.iter().zip(curve) {
        // Per segment: the channels of the touchpoints naming it; `common` holds those of
        // the touchpoints for every segment.
        let mut common = Cell::default();
        let mut named: HashMap<usize, Cell<'a>> = HashMap::new();
        for (touchpoint, shown) in stage.touchpoints.iter().zip(&point.touchpoints) {
            if touchpoint.segments.span.is_none() {
                common.add(shown.channel);
                continue;
            }
            for id in &touchpoint.segments {
                if let Some(&index) = position.get(id.value.as_str()) {
                    named.entry(index).or_default().add(shown.channel);
                }
            }
        }
        for (index, row) in rows.iter_mut().enumerate() {
            let mut cell = Cell {
                channels: common.channels.clone(),
                touchpoints: common.touchpoints,
            };
            if let Some(own) = named.remove(&index) {
                cell.touchpoints += own.touchpoints;
                for channel in own.channels {
                    cell.add_channel(channel);
                }
            }
            row.stages.push(MatrixCell {
                stage: point.stage,
                channels: cell.channels,
                touchpoints: cell.touchpoints,
            });
        }
    }
    rows
}

#[derive(Default)]
struct Cell<'a> {
    channels: Vec<&'a str>,
    touchpoints: usize,
}

impl<'a> Cell<'a> {
    fn add(&mut self, channel: Option<&'a str>) {
        self.touchpoints += 1;
        if let Some(channel) = channel {
            self.add_channel(channel);
        }
    }

    fn add_channel(&mut self, channel: &'a str) {
        // A cell lists a handful of channels: a scan is cheaper than a set.
        if !self.channels.contains(&channel) {
            self.channels.push(channel);
        }
    }
}

/// How much of one stage rests on research.
#[derive(Debug, Serialize)]
pub struct StageEvidence<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    /// The stage's items that can cite sources: touchpoints, its scored emotion, pains, KPIs.
    pub claims: usize,
    /// How many of them cite at least one source.
    pub backed: usize,
    /// `backed / claims`; `None` for a stage with no such item.
    pub backed_share: Option<f64>,
    /// The declared sources the stage's items cite (by name, else id), each once, in the
    /// order of `sources`.
    pub sources: Vec<&'a str>,
}

pub fn stage_evidence<'a>(
    map: &'a JourneyMap,
    curve: &[StageEmotion<'a>],
) -> Vec<StageEvidence<'a>> {
    let position = source_positions(map);
    map.stages
        .iter()
        .zip(curve)
        .map(|(stage, point)| {
            let (mut total, mut backed) = (0, 0);
            // The positions of the sources cited: as many as the stage's citations, so a map
            // of many stages and many sources stays linear.
            let mut cited: Vec<usize> = Vec::new();
            for claim in claims(stage) {
                total += 1;
                backed += usize::from(claim.is_backed());
                cited.extend(
                    claim
                        .evidence
                        .iter()
                        .filter_map(|id| position.get(id.value.as_str()).copied()),
                );
            }
            cited.sort_unstable();
            cited.dedup();
            StageEvidence {
                stage: point.stage,
                claims: total,
                backed,
                backed_share: ratio(backed as f64, total as f64),
                sources: cited
                    .into_iter()
                    .filter_map(|index| map.sources.items.get(index))
                    .filter_map(|source| text(&source.name).or_else(|| text(&source.id)))
                    .collect(),
            }
        })
        .collect()
}

/// One declared source, as the sources section shows it.
#[derive(Debug, Serialize)]
pub struct SourceRow<'a> {
    pub id: Option<&'a str>,
    pub kind: Option<SourceKind>,
    pub name: Option<&'a str>,
    #[serde(serialize_with = "serialize_optional_date")]
    pub date: Option<Date>,
    /// Respondents or records.
    pub size: Option<i64>,
    /// Older than the review period on the report's day.
    pub stale: bool,
    /// How many items of the map cite it.
    pub cited_by: usize,
}

pub fn sources<'a>(map: &'a JourneyMap, today: Date, period: ReviewPeriod) -> Vec<SourceRow<'a>> {
    let position = source_positions(map);
    let mut cited_by = vec![0; map.sources.items.len()];
    for claim in map.stages.iter().flat_map(claims) {
        for id in claim.evidence {
            if let Some(count) = position
                .get(id.value.as_str())
                .and_then(|&index| cited_by.get_mut(index))
            {
                *count += 1;
            }
        }
    }
    map.sources
        .iter()
        .zip(cited_by)
        .map(|(source, cited_by)| {
            let date = source.date.value().copied();
            SourceRow {
                id: text(&source.id),
                kind: source.kind.value().copied(),
                name: text(&source.name),
                date,
                size: source.size.value().copied(),
                stale: date.is_some_and(|date| {
                    Freshness::assess(date, today, period).status == Status::Stale
                }),
                cited_by,
            }
        })
        .collect()
}

/// Each declared source id with its position; the first declaration wins a duplicate.
fn source_positions(map: &JourneyMap) -> HashMap<&str, usize> {
    map.sources
        .iter()
        .enumerate()
        .rev()
        .filter_map(|(index, source)| text(&source.id).map(|id| (id, index)))
        .collect()
}
