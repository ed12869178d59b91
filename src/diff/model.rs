//! The change model: everything `cjm diff` says about two versions of a set of maps,
//! computed once.
//!
//! Each side is first read through the report model ([`MapReport`]), so a KPI's status, a
//! stage's conversion and the largest drop-off mean here exactly what they mean in
//! `cjm report`. Elements are then matched by identity ([`matching`](super::matching)):
//! stages, segments, channels and sources by id; touchpoints, triggers, KPIs, pains and
//! opportunities by their stage's id and their name or text; risks by their stage's id,
//! their KPI's name and their text; loops by where they start (a stage, or a touchpoint of
//! it) and the stage they go back to; findings by their GitLab fingerprint. Renderers only
//! present this model, and it serialises as the JSON diff (`src/diff/diff.schema.json`).

use crate::i18n::Message;
use std::collections::HashSet;
use std::hash::Hash;

use jiff::civil::Date;
use serde::Serialize;

use super::matching::{Matching, match_by, moved};
use super::pairing::FilePair;
use crate::check::FileReport;
use crate::finding::Severity;
use crate::map::{
    Field, Figure, JourneyMap, Rating, Segment, SourceKind, TriggerKind, serialize_optional_date,
};
use crate::output::gitlab::fingerprints;
use crate::output::location::CheckedFile;
use crate::report::evidence::SourceRow;
use crate::report::model::{
    FindingCounts, KpiRow, KpiStatus, LoopRow, MapReport, PainRow, RiskRow, StageEmotion, StageRef,
    StageRow, TriggerRow,
};
use crate::rules::{CheckContext, EmotionScale};

#[derive(Debug, Serialize)]
pub struct Diff {
    /// The day freshness is judged on, on both sides.
    #[serde(serialize_with = "serialize_date")]
    pub generated_for: Date,
    /// What the old side is: a path or a git revision.
    pub old: String,
    /// What the new side is; `None` for the working tree.
    pub new: Option<String>,
    #[serde(skip)]
    pub emotion_scale: EmotionScale,
    pub summary: DiffSummary,
    /// The maps that changed, in path order; unchanged maps are only counted.
    pub maps: Vec<MapDiff>,
}

#[derive(Debug, Default, Serialize)]
pub struct DiffSummary {
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    pub unchanged: usize,
    pub new_findings: usize,
    pub fixed_findings: usize,
    /// The findings of every map of the new side, changed or not: what the exit status is
    /// judged on, as `validate` would judge it.
    pub new_side: FindingCounts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MapStatus {
    Added,
    Removed,
    Modified,
    /// Git saw the file renamed (and perhaps edited).
    Renamed,
}

#[derive(Debug, Serialize)]
pub struct MapDiff {
    pub path: String,
    pub status: MapStatus,
    pub old: Option<MapSide>,
    pub new: Option<MapSide>,
    /// Empty unless both sides are readable maps.
    pub changes: Vec<Change>,
    /// Findings of the new side that the old side did not have (all of them for a new map);
    /// empty when the new side is not a readable map (see `new.findings`).
    pub new_findings: Vec<FindingEntry>,
    /// Findings of the old side that are gone; only known when both sides are readable.
    pub fixed_findings: Vec<FindingEntry>,
}

impl MapDiff {
    /// The map's title: the new version's, else the old one's.
    pub fn title(&self) -> Option<&str> {
        fn title(side: Option<&MapSide>) -> Option<&str> {
            side.and_then(|side| side.title.as_deref())
        }
        title(self.new.as_ref()).or_else(|| title(self.old.as_ref()))
    }
}

/// One version of a map.
#[derive(Debug, Serialize)]
pub struct MapSide {
    pub path: String,
    pub title: Option<String>,
    /// Whether the file holds a map that could be read; when not, `findings` say why.
    pub readable: bool,
    pub finding_counts: FindingCounts,
    /// Every finding of this version when it is not readable; empty otherwise.
    pub findings: Vec<FindingEntry>,
}

/// An element that has an id, shown by its name when it has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: String,
    pub name: Option<String>,
}

impl Named {
    /// The name when there is one, else the id.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MapField {
    Title,
    Owner,
    Reviewed,
    ReviewedBy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentField {
    Name,
    Who,
    What,
    Why,
    When,
    Where,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KpiFigures {
    pub target: Option<Figure>,
    pub actual: Option<Figure>,
    pub status: KpiStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DropOffPoint {
    pub stage: Named,
    /// The share of the stage's customers who do not move on.
    pub lost_share: f64,
}

/// One change, in the order: the map's header, segments, channels, sources, stages,
/// touchpoints, triggers, emotions, KPIs, risks, the funnel, loops, pains, opportunities.
/// Elements of an added or removed stage are not listed one by one, except a removed
/// high-severity pain; nor are the risks of an added or removed KPI, nor the loop of an
/// added or removed touchpoint: the change to their owner says it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    MapField {
        field: MapField,
        old: Option<String>,
        new: Option<String>,
    },
    SegmentAdded {
        segment: Named,
    },
    SegmentRemoved {
        segment: Named,
    },
    SegmentChanged {
        segment: Named,
        field: SegmentField,
        old: Option<String>,
        new: Option<String>,
    },
    ChannelAdded {
        channel: Named,
    },
    ChannelRemoved {
        channel: Named,
    },
    SourceAdded {
        source: Named,
        source_kind: Option<SourceKind>,
        #[serde(serialize_with = "serialize_optional_date")]
        date: Option<Date>,
    },
    SourceRemoved {
        source: Named,
        source_kind: Option<SourceKind>,
        #[serde(serialize_with = "serialize_optional_date")]
        date: Option<Date>,
    },
    /// The research was done again, or its data exported again.
    SourceDateChanged {
        source: Named,
        #[serde(serialize_with = "serialize_optional_date")]
        old: Option<Date>,
        #[serde(serialize_with = "serialize_optional_date")]
        new: Option<Date>,
    },
    StageAdded {
        stage: Named,
        /// 1-based, in the new version.
        position: usize,
    },
    StageRemoved {
        stage: Named,
        /// 1-based, in the old version.
        position: usize,
    },
    StageRenamed {
        /// With its new name.
        stage: Named,
        old_name: Option<String>,
    },
    StageMoved {
        stage: Named,
        old_position: usize,
        new_position: usize,
    },
    TouchpointAdded {
        stage: Named,
        touchpoint: String,
        channel: Option<String>,
    },
    TouchpointRemoved {
        stage: Named,
        touchpoint: String,
        channel: Option<String>,
    },
    TriggerAdded {
        stage: Named,
        trigger: String,
        trigger_kind: Option<TriggerKind>,
    },
    TriggerRemoved {
        stage: Named,
        trigger: String,
        trigger_kind: Option<TriggerKind>,
    },
    TriggerKindChanged {
        stage: Named,
        trigger: String,
        old: Option<TriggerKind>,
        new: Option<TriggerKind>,
    },
    /// The stage's own score, else the mean of its touchpoints' scores, as in reports.
    StageEmotion {
        stage: Named,
        old: Option<f64>,
        new: Option<f64>,
    },
    /// The touchpoint's own score (not one inherited from its stage).
    TouchpointEmotion {
        stage: Named,
        touchpoint: String,
        old: Option<i64>,
        new: Option<i64>,
    },
    KpiAdded {
        stage: Named,
        kpi: String,
        unit: Option<String>,
        new: KpiFigures,
    },
    KpiRemoved {
        stage: Named,
        kpi: String,
        unit: Option<String>,
        old: KpiFigures,
    },
    KpiChanged {
        stage: Named,
        kpi: String,
        unit: Option<String>,
        old: KpiFigures,
        new: KpiFigures,
    },
    /// `kpi` is `None` for a risk of the whole stage.
    RiskAdded {
        stage: Named,
        kpi: Option<String>,
        risk: String,
        likelihood: Option<Rating>,
    },
    RiskRemoved {
        stage: Named,
        kpi: Option<String>,
        risk: String,
        likelihood: Option<Rating>,
    },
    RiskLikelihoodChanged {
        stage: Named,
        kpi: Option<String>,
        risk: String,
        old: Option<Rating>,
        new: Option<Rating>,
    },
    ConversionChanged {
        stage: Named,
        old: Option<f64>,
        new: Option<f64>,
    },
    LargestDropOffMoved {
        old: Option<DropOffPoint>,
        new: Option<DropOffPoint>,
    },
    /// From `stage` (or its `touchpoint`) back to `returns_to`; a loop that goes elsewhere is
    /// another loop.
    LoopAdded {
        stage: Named,
        touchpoint: Option<String>,
        returns_to: Named,
        share: Option<f64>,
    },
    LoopRemoved {
        stage: Named,
        touchpoint: Option<String>,
        returns_to: Named,
        share: Option<f64>,
    },
    LoopShareChanged {
        stage: Named,
        touchpoint: Option<String>,
        returns_to: Named,
        old: Option<f64>,
        new: Option<f64>,
    },
    PainAdded {
        stage: Named,
        pain: String,
        severity: Option<Rating>,
    },
    PainRemoved {
        stage: Named,
        pain: String,
        severity: Option<Rating>,
        /// A high-severity pain: the reviewer should ask whether it was solved or deleted.
        attention: bool,
    },
    PainSeverityChanged {
        stage: Named,
        pain: String,
        old: Option<Rating>,
        new: Option<Rating>,
    },
    OpportunityAdded {
        stage: Named,
        opportunity: String,
    },
    OpportunityRemoved {
        stage: Named,
        opportunity: String,
    },
}

/// A finding as the diff lists it: where it is in the version it belongs to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FindingEntry {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    pub message: Message,
    pub line: usize,
    pub column: usize,
}

impl Diff {
    /// `old` and `new` say what was compared (paths, revisions; `None` the working tree).
    pub fn build(
        pairs: &[FilePair],
        context: &CheckContext,
        old: String,
        new: Option<String>,
    ) -> Self {
        let mut summary = DiffSummary::default();
        let mut maps = Vec::new();
        for pair in pairs {
            if let Some(file) = &pair.new {
                summary.new_side.errors += file.count(Severity::Error);
                summary.new_side.warnings += file.count(Severity::Warning);
                summary.new_side.infos += file.count(Severity::Info);
            }
            let map = MapDiff::build(pair, context);
            match map.as_ref().map(|map| map.status) {
                None => summary.unchanged += 1,
                Some(MapStatus::Added) => summary.added += 1,
                Some(MapStatus::Removed) => summary.removed += 1,
                Some(MapStatus::Modified | MapStatus::Renamed) => summary.changed += 1,
            }
            if let Some(map) = map {
                summary.new_findings += map.new_findings.len();
                summary.fixed_findings += map.fixed_findings.len();
                maps.push(map);
            }
        }
        Self {
            generated_for: context.today,
            old,
            new,
            emotion_scale: context.settings.emotion_scale,
            summary,
            maps,
        }
    }

    /// Whether anything changed, for `--exit-code`.
    pub fn has_changes(&self) -> bool {
        !self.maps.is_empty()
    }
}

impl MapDiff {
    /// `None` when the file is the same on both sides.
    fn build(pair: &FilePair, context: &CheckContext) -> Option<Self> {
        let (old, new) = (pair.old.as_ref(), pair.new.as_ref());
        let status = match (old, new) {
            (None, None) => return None,
            (None, Some(_)) => MapStatus::Added,
            (Some(_), None) => MapStatus::Removed,
            (Some(_), Some(_)) if pair.renamed => MapStatus::Renamed,
            (Some(old), Some(new)) if old.source.text() == new.source.text() => return None,
            (Some(_), Some(_)) => MapStatus::Modified,
        };
        let old_report = old.map(|file| MapReport::build(file, context));
        let new_report = new.map(|file| MapReport::build(file, context));
        let changes = match (&old_report, &new_report) {
            (Some(old), Some(new)) => match (old.map, new.map) {
                (Some(old_map), Some(new_map)) => changes(old, new, old_map, new_map),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let readable = |file: Option<&FileReport>| file.is_some_and(|file| file.map.is_some());
        let new_findings = match (readable(new), new) {
            (true, Some(new)) => finding_changes(&pair.path, old, new),
            _ => Vec::new(),
        };
        let fixed_findings = match (old, new) {
            (Some(old), Some(new)) if readable(Some(old)) && readable(Some(new)) => {
                finding_changes(&pair.path, Some(new), old)
            }
            _ => Vec::new(),
        };
        Some(Self {
            path: pair.path.clone(),
            status,
            old: old.zip(old_report.as_ref()).map(side),
            new: new.zip(new_report.as_ref()).map(side),
            changes,
            new_findings,
            fixed_findings,
        })
    }
}

fn side((file, report): (&FileReport, &MapReport<'_>)) -> MapSide {
    let readable = file.map.is_some();
    MapSide {
        path: report.path.clone(),
        title: report.title().map(str::to_owned),
        readable,
        finding_counts: report.finding_counts,
        findings: if readable {
            Vec::new()
        } else {
            entries(file).map(|(_, entry)| entry).collect()
        },
    }
}

/// Each finding of `file` with its fingerprint under the pair's path, so that a renamed
/// map's findings keep theirs.
fn entries(file: &FileReport) -> impl Iterator<Item = (String, FindingEntry)> + '_ {
    let checked = CheckedFile::new(file);
    let prints = fingerprints(&checked, &checked.path);
    entries_as(file, prints)
}

fn entries_as(
    file: &FileReport,
    prints: Vec<String>,
) -> impl Iterator<Item = (String, FindingEntry)> + '_ {
    file.findings.iter().zip(prints).map(|(finding, print)| {
        let position = file.source.position(finding.span.start);
        let entry = FindingEntry {
            code: finding.rule.code,
            rule: finding.rule.name,
            severity: finding.severity,
            message: finding.message.clone(),
            line: position.line,
            column: position.column,
        };
        (print, entry)
    })
}

/// The findings of `to` that `from` does not have, matched by fingerprint under `path`.
fn finding_changes(path: &str, from: Option<&FileReport>, to: &FileReport) -> Vec<FindingEntry> {
    let fingerprinted = |file: &FileReport| -> Vec<(String, FindingEntry)> {
        let prints = fingerprints(&CheckedFile::new(file), path);
        entries_as(file, prints).collect()
    };
    let before = from.map(fingerprinted).unwrap_or_default();
    let after = fingerprinted(to);
    match_by(&before, &after, |(print, _)| Some(print.as_str()))
        .added
        .into_iter()
        .map(|(_, entry)| entry.clone())
        .collect()
}

fn text(field: &Field<String>) -> Option<&str> {
    field.value().map(String::as_str)
}

fn owned(field: &Field<String>) -> Option<String> {
    field.value().cloned()
}

fn named(id: &str, name: Option<&str>) -> Named {
    Named {
        id: id.to_owned(),
        name: name.map(str::to_owned),
    }
}

fn stage_named(stage: &StageRef<'_>) -> Named {
    named(stage.id.unwrap_or_default(), stage.name)
}

fn changes(
    old: &MapReport<'_>,
    new: &MapReport<'_>,
    old_map: &JourneyMap,
    new_map: &JourneyMap,
) -> Vec<Change> {
    let mut changes = Vec::new();
    header(old_map, new_map, &mut changes);
    segments(old_map, new_map, &mut changes);
    channels(old_map, new_map, &mut changes);
    sources(old, new, &mut changes);
    let kept = stages(old, new, &mut changes);
    let kept_touchpoints = touchpoints(old, new, &kept, &mut changes);
    triggers(old, new, &kept, &mut changes);
    emotions(old, new, &mut changes);
    let kept_kpis = kpis(old, new, &kept, &mut changes);
    risks(old, new, &kept, &kept_kpis, &mut changes);
    funnel(old, new, &mut changes);
    loops(old, new, &kept, &kept_touchpoints, &mut changes);
    pains(old, new, &kept, &mut changes);
    opportunities(old, new, &kept, &mut changes);
    changes
}

/// Whether a row belongs to a stage of both versions, so its changes are listed one by one.
fn on_kept_stage(kept: &HashSet<&str>, stage: &StageRef<'_>) -> bool {
    stage.id.is_some_and(|id| kept.contains(id))
}

/// Whether a row of a stage and of one of its touchpoints or KPIs (`owner`; `None` for the
/// stage itself) belongs to owners of both versions, so its changes are listed one by one.
fn on_kept_owner(
    kept: &HashSet<&str>,
    kept_owners: &HashSet<(&str, &str)>,
    stage: &StageRef<'_>,
    owner: Option<&str>,
) -> bool {
    on_kept_stage(kept, stage)
        && owner.is_none_or(|owner| {
            stage
                .id
                .is_some_and(|id| kept_owners.contains(&(id, owner)))
        })
}

/// `matching` without the elements added or removed that are not `listed` one by one (those
/// of an added or removed owner: the owner's change says it).
fn only_listed<T: Copy>(matching: Matching<T>, listed: impl Fn(T) -> bool) -> Matching<T> {
    Matching {
        removed: matching
            .removed
            .into_iter()
            .filter(|&item| listed(item))
            .collect(),
        added: matching
            .added
            .into_iter()
            .filter(|&item| listed(item))
            .collect(),
        kept: matching.kept,
    }
}

/// The keys of the elements on both sides, for the changes of what they own.
fn kept_keys<T: Copy, K: Eq + Hash>(
    matching: &Matching<T>,
    key: impl Fn(T) -> Option<K>,
) -> HashSet<K> {
    matching
        .kept
        .iter()
        .filter_map(|&(_, after)| key(after))
        .collect()
}

fn header(old: &JourneyMap, new: &JourneyMap, changes: &mut Vec<Change>) {
    let date = |map: &JourneyMap| map.reviewed.value().map(ToString::to_string);
    let fields = [
        (MapField::Title, owned(&old.title), owned(&new.title)),
        (MapField::Owner, owned(&old.owner), owned(&new.owner)),
        (MapField::Reviewed, date(old), date(new)),
        (
            MapField::ReviewedBy,
            owned(&old.reviewed_by),
            owned(&new.reviewed_by),
        ),
    ];
    for (field, old, new) in fields {
        if old != new {
            changes.push(Change::MapField { field, old, new });
        }
    }
}

fn segments(old: &JourneyMap, new: &JourneyMap, changes: &mut Vec<Change>) {
    let matching = match_by(&old.segments, &new.segments, |segment| text(&segment.id));
    let segment_named =
        |segment: &Segment| named(text(&segment.id).unwrap_or_default(), text(&segment.name));
    removed_and_added(
        &matching,
        |segment| Change::SegmentRemoved {
            segment: segment_named(segment),
        },
        |segment| Change::SegmentAdded {
            segment: segment_named(segment),
        },
        changes,
    );
    for (before, after) in matching.kept {
        let fields = [(SegmentField::Name, &before.name, &after.name)]
            .into_iter()
            .chain(
                [
                    SegmentField::Who,
                    SegmentField::What,
                    SegmentField::Why,
                    SegmentField::When,
                    SegmentField::Where,
                ]
                .into_iter()
                .zip(before.five_w().into_iter().zip(after.five_w()))
                .map(|(field, ((_, old), (_, new)))| (field, old, new)),
            );
        for (field, old, new) in fields {
            if old.value() != new.value() {
                changes.push(Change::SegmentChanged {
                    segment: segment_named(after),
                    field,
                    old: owned(old),
                    new: owned(new),
                });
            }
        }
    }
}

fn channels(old: &JourneyMap, new: &JourneyMap, changes: &mut Vec<Change>) {
    let matching = match_by(&old.channels, &new.channels, |channel| text(&channel.id));
    let channel_named = |channel: &crate::map::Channel| {
        named(text(&channel.id).unwrap_or_default(), text(&channel.name))
    };
    removed_and_added(
        &matching,
        |channel| Change::ChannelRemoved {
            channel: channel_named(channel),
        },
        |channel| Change::ChannelAdded {
            channel: channel_named(channel),
        },
        changes,
    );
}

fn sources(old: &MapReport<'_>, new: &MapReport<'_>, changes: &mut Vec<Change>) {
    let matching = match_by(&old.sources, &new.sources, |source| source.id);
    let source_named = |source: &SourceRow<'_>| named(source.id.unwrap_or_default(), source.name);
    removed_and_added(
        &matching,
        |source| Change::SourceRemoved {
            source: source_named(source),
            source_kind: source.kind,
            date: source.date,
        },
        |source| Change::SourceAdded {
            source: source_named(source),
            source_kind: source.kind,
            date: source.date,
        },
        changes,
    );
    for (before, after) in matching.kept {
        if before.date != after.date {
            changes.push(Change::SourceDateChanged {
                source: source_named(after),
                old: before.date,
                new: after.date,
            });
        }
    }
}

/// One change per removed element, then one per added element.
fn removed_and_added<T: Copy>(
    matching: &Matching<T>,
    removed: impl Fn(T) -> Change,
    added: impl Fn(T) -> Change,
    changes: &mut Vec<Change>,
) {
    changes.extend(matching.removed.iter().copied().map(removed));
    changes.extend(matching.added.iter().copied().map(added));
}

/// Stages added, removed, renamed and moved; returns the ids of the stages on both sides.
fn stages<'a>(
    old: &MapReport<'a>,
    new: &MapReport<'a>,
    changes: &mut Vec<Change>,
) -> HashSet<&'a str> {
    let matching = match_by(&old.emotion_curve, &new.emotion_curve, |stage| {
        stage.stage.id
    });
    for stage in matching.removed {
        changes.push(Change::StageRemoved {
            stage: stage_named(&stage.stage),
            position: stage.stage.index + 1,
        });
    }
    for stage in matching.added {
        changes.push(Change::StageAdded {
            stage: stage_named(&stage.stage),
            position: stage.stage.index + 1,
        });
    }
    for (before, after) in &matching.kept {
        if before.stage.name != after.stage.name {
            changes.push(Change::StageRenamed {
                stage: stage_named(&after.stage),
                old_name: before.stage.name.map(str::to_owned),
            });
        }
    }
    let old_order: Vec<usize> = matching
        .kept
        .iter()
        .map(|(before, _)| before.stage.index)
        .collect();
    for ((before, after), moved) in matching.kept.iter().zip(moved(&old_order)) {
        if moved {
            changes.push(Change::StageMoved {
                stage: stage_named(&after.stage),
                old_position: before.stage.index + 1,
                new_position: after.stage.index + 1,
            });
        }
    }
    matching
        .kept
        .iter()
        .filter_map(|(_, after)| after.stage.id)
        .collect()
}

/// Every touchpoint of a map with its stage.
fn all_touchpoints<'r, 'a>(
    report: &'r MapReport<'a>,
) -> impl Iterator<Item = (&'r StageEmotion<'a>, usize)> + 'r {
    report
        .emotion_curve
        .iter()
        .flat_map(|stage| (0..stage.touchpoints.len()).map(move |index| (stage, index)))
}

/// A touchpoint's identity: its stage's id and its name.
fn touchpoint_key<'a>((stage, index): (&StageEmotion<'a>, usize)) -> Option<(&'a str, &'a str)> {
    let touchpoint = stage.touchpoints.get(index)?;
    Some((stage.stage.id?, touchpoint.name?))
}

/// Touchpoints added and removed; returns the keys of those on both sides.
fn touchpoints<'a>(
    old: &MapReport<'a>,
    new: &MapReport<'a>,
    kept: &HashSet<&str>,
    changes: &mut Vec<Change>,
) -> HashSet<(&'a str, &'a str)> {
    let matching = match_by(all_touchpoints(old), all_touchpoints(new), touchpoint_key);
    let kept_touchpoints = kept_keys(&matching, touchpoint_key);
    let change = |(stage, index): (&StageEmotion<'_>, usize)| {
        let touchpoint = stage.touchpoints.get(index)?;
        on_kept_stage(kept, &stage.stage).then(|| {
            (
                stage_named(&stage.stage),
                touchpoint.name.unwrap_or_default().to_owned(),
                touchpoint.channel.map(str::to_owned),
            )
        })
    };
    for (stage, touchpoint, channel) in matching.removed.into_iter().filter_map(change) {
        changes.push(Change::TouchpointRemoved {
            stage,
            touchpoint,
            channel,
        });
    }
    for (stage, touchpoint, channel) in matching.added.into_iter().filter_map(change) {
        changes.push(Change::TouchpointAdded {
            stage,
            touchpoint,
            channel,
        });
    }
    kept_touchpoints
}

/// Triggers added, removed and of another kind; a trigger without a name cannot be followed.
fn triggers(
    old: &MapReport<'_>,
    new: &MapReport<'_>,
    kept: &HashSet<&str>,
    changes: &mut Vec<Change>,
) {
    let matching = match_by(&old.triggers, &new.triggers, |trigger| {
        Some((trigger.stage.id?, trigger.name?))
    });
    let matching = only_listed(matching, |trigger| on_kept_stage(kept, &trigger.stage));
    let name = |trigger: &TriggerRow<'_>| trigger.name.unwrap_or_default().to_owned();
    removed_and_added(
        &matching,
        |trigger| Change::TriggerRemoved {
            stage: stage_named(&trigger.stage),
            trigger: name(trigger),
            trigger_kind: trigger.kind,
        },
        |trigger| Change::TriggerAdded {
            stage: stage_named(&trigger.stage),
            trigger: name(trigger),
            trigger_kind: trigger.kind,
        },
        changes,
    );
    for (before, after) in matching.kept {
        if before.kind != after.kind {
            changes.push(Change::TriggerKindChanged {
                stage: stage_named(&after.stage),
                trigger: name(after),
                old: before.kind,
                new: after.kind,
            });
        }
    }
}

fn emotions(old: &MapReport<'_>, new: &MapReport<'_>, changes: &mut Vec<Change>) {
    let stages = match_by(&old.emotion_curve, &new.emotion_curve, |stage| {
        stage.stage.id
    });
    for (before, after) in &stages.kept {
        if before.emotion != after.emotion {
            changes.push(Change::StageEmotion {
                stage: stage_named(&after.stage),
                old: before.emotion,
                new: after.emotion,
            });
        }
    }
    let own = |(stage, index): (&StageEmotion<'_>, usize)| {
        stage
            .touchpoints
            .get(index)
            .filter(|touchpoint| !touchpoint.emotion_inherited)
            .and_then(|touchpoint| touchpoint.emotion)
    };
    let touchpoints = match_by(all_touchpoints(old), all_touchpoints(new), touchpoint_key);
    for (before, after) in touchpoints.kept {
        let (old_score, new_score) = (own(before), own(after));
        if old_score != new_score {
            let (stage, index) = after;
            changes.push(Change::TouchpointEmotion {
                stage: stage_named(&stage.stage),
                touchpoint: stage
                    .touchpoints
                    .get(index)
                    .and_then(|touchpoint| touchpoint.name)
                    .unwrap_or_default()
                    .to_owned(),
                old: old_score,
                new: new_score,
            });
        }
    }
}

/// A KPI's identity: its stage's id and its name.
fn kpi_key<'a>(kpi: &KpiRow<'a>) -> Option<(&'a str, &'a str)> {
    Some((kpi.stage.id?, kpi.name?))
}

/// KPIs added, removed and changed; returns the keys of those on both sides.
fn kpis<'a>(
    old: &MapReport<'a>,
    new: &MapReport<'a>,
    kept: &HashSet<&str>,
    changes: &mut Vec<Change>,
) -> HashSet<(&'a str, &'a str)> {
    let figures = |kpi: &KpiRow<'_>| KpiFigures {
        target: kpi.target.cloned(),
        actual: kpi.actual.cloned(),
        status: kpi.status,
    };
    let in_kept = |kpi: &&KpiRow<'_>| on_kept_stage(kept, &kpi.stage);
    let owned_name = |kpi: &KpiRow<'_>| kpi.name.unwrap_or_default().to_owned();
    let matching = match_by(&old.kpis, &new.kpis, kpi_key);
    let kept_kpis = kept_keys(&matching, kpi_key);
    for kpi in matching.removed.into_iter().filter(in_kept) {
        changes.push(Change::KpiRemoved {
            stage: stage_named(&kpi.stage),
            kpi: owned_name(kpi),
            unit: kpi.unit.map(str::to_owned),
            old: figures(kpi),
        });
    }
    for kpi in matching.added.into_iter().filter(in_kept) {
        changes.push(Change::KpiAdded {
            stage: stage_named(&kpi.stage),
            kpi: owned_name(kpi),
            unit: kpi.unit.map(str::to_owned),
            new: figures(kpi),
        });
    }
    for (before, after) in matching.kept {
        if figures(before) != figures(after) {
            changes.push(Change::KpiChanged {
                stage: stage_named(&after.stage),
                kpi: owned_name(after),
                unit: after.unit.map(str::to_owned),
                old: figures(before),
                new: figures(after),
            });
        }
    }
    kept_kpis
}

/// Risks added, removed and rated again, of stages and of KPIs on both sides.
fn risks(
    old: &MapReport<'_>,
    new: &MapReport<'_>,
    kept: &HashSet<&str>,
    kept_kpis: &HashSet<(&str, &str)>,
    changes: &mut Vec<Change>,
) {
    let matching = match_by(&old.risks, &new.risks, |risk| {
        Some((risk.stage.id?, risk.kpi, risk.text?))
    });
    let matching = only_listed(matching, |risk| {
        on_kept_owner(kept, kept_kpis, &risk.stage, risk.kpi)
    });
    let kpi = |risk: &RiskRow<'_>| risk.kpi.map(str::to_owned);
    let text = |risk: &RiskRow<'_>| risk.text.unwrap_or_default().to_owned();
    removed_and_added(
        &matching,
        |risk| Change::RiskRemoved {
            stage: stage_named(&risk.stage),
            kpi: kpi(risk),
            risk: text(risk),
            likelihood: risk.likelihood,
        },
        |risk| Change::RiskAdded {
            stage: stage_named(&risk.stage),
            kpi: kpi(risk),
            risk: text(risk),
            likelihood: risk.likelihood,
        },
        changes,
    );
    for (before, after) in matching.kept {
        if before.likelihood != after.likelihood {
            changes.push(Change::RiskLikelihoodChanged {
                stage: stage_named(&after.stage),
                kpi: kpi(after),
                risk: text(after),
                old: before.likelihood,
                new: after.likelihood,
            });
        }
    }
}

fn funnel(old: &MapReport<'_>, new: &MapReport<'_>, changes: &mut Vec<Change>) {
    let matching = match_by(&old.funnel, &new.funnel, |row| row.stage.id);
    for (before, after) in matching.kept {
        if before.conversion != after.conversion {
            changes.push(Change::ConversionChanged {
                stage: stage_named(&after.stage),
                old: before.conversion,
                new: after.conversion,
            });
        }
    }
    let point = |report: &MapReport<'_>| {
        report.largest_drop_off.as_ref().map(|drop| DropOffPoint {
            stage: stage_named(&drop.stage),
            lost_share: drop.lost_share,
        })
    };
    let (before, after) = (point(old), point(new));
    let stage_id =
        |point: &Option<DropOffPoint>| point.as_ref().map(|point| point.stage.id.clone());
    if stage_id(&before) != stage_id(&after) {
        changes.push(Change::LargestDropOffMoved {
            old: before,
            new: after,
        });
    }
}

/// Loops added, removed and taken by another share of customers.
fn loops(
    old: &MapReport<'_>,
    new: &MapReport<'_>,
    kept: &HashSet<&str>,
    kept_touchpoints: &HashSet<(&str, &str)>,
    changes: &mut Vec<Change>,
) {
    let matching = match_by(&old.loops, &new.loops, |row| {
        Some((row.stage.id?, row.touchpoint, row.returns_to.stage_id))
    });
    let matching = only_listed(matching, |row| {
        on_kept_owner(kept, kept_touchpoints, &row.stage, row.touchpoint)
    });
    let touchpoint = |row: &LoopRow<'_>| row.touchpoint.map(str::to_owned);
    let returns_to = |row: &LoopRow<'_>| named(row.returns_to.stage_id, row.returns_to.stage);
    removed_and_added(
        &matching,
        |row| Change::LoopRemoved {
            stage: stage_named(&row.stage),
            touchpoint: touchpoint(row),
            returns_to: returns_to(row),
            share: row.share,
        },
        |row| Change::LoopAdded {
            stage: stage_named(&row.stage),
            touchpoint: touchpoint(row),
            returns_to: returns_to(row),
            share: row.share,
        },
        changes,
    );
    for (before, after) in matching.kept {
        if before.share != after.share {
            changes.push(Change::LoopShareChanged {
                stage: stage_named(&after.stage),
                touchpoint: touchpoint(after),
                returns_to: returns_to(after),
                old: before.share,
                new: after.share,
            });
        }
    }
}

/// Every pain of a map with its stage.
fn all_pains<'r, 'a>(
    report: &'r MapReport<'a>,
) -> impl Iterator<Item = (&'r StageRow<'a>, &'r PainRow<'a>)> + 'r {
    report
        .stages
        .iter()
        .flat_map(|stage| stage.pains.iter().map(move |pain| (stage, pain)))
}

/// A pain with its stage, text and severity; a pain without text cannot be followed.
fn pain_at<'r, 'a>(
    (stage, pain): (&'r StageRow<'a>, &'r PainRow<'a>),
) -> Option<(&'r StageRow<'a>, &'a str, Option<Rating>)> {
    Some((stage, pain.text?, pain.severity))
}

fn pains(
    old: &MapReport<'_>,
    new: &MapReport<'_>,
    kept: &HashSet<&str>,
    changes: &mut Vec<Change>,
) {
    let matching = match_by(all_pains(old), all_pains(new), |item| {
        let (stage, text, _) = pain_at(item)?;
        Some((stage.stage.id?, text))
    });
    let in_kept = |stage: &StageRow<'_>| on_kept_stage(kept, &stage.stage);
    for (stage, text, severity) in matching.removed.into_iter().filter_map(pain_at) {
        let attention = severity == Some(Rating::High);
        // A high-severity pain is called out even when its whole stage went.
        if in_kept(stage) || attention {
            changes.push(Change::PainRemoved {
                stage: stage_named(&stage.stage),
                pain: text.to_owned(),
                severity,
                attention,
            });
        }
    }
    for (stage, text, severity) in matching.added.into_iter().filter_map(pain_at) {
        if in_kept(stage) {
            changes.push(Change::PainAdded {
                stage: stage_named(&stage.stage),
                pain: text.to_owned(),
                severity,
            });
        }
    }
    for (before, after) in matching.kept {
        if let (Some((_, _, old_severity)), Some((stage, text, new_severity))) =
            (pain_at(before), pain_at(after))
            && old_severity != new_severity
        {
            changes.push(Change::PainSeverityChanged {
                stage: stage_named(&stage.stage),
                pain: text.to_owned(),
                old: old_severity,
                new: new_severity,
            });
        }
    }
}

fn opportunities(
    old: &MapReport<'_>,
    new: &MapReport<'_>,
    kept: &HashSet<&str>,
    changes: &mut Vec<Change>,
) {
    let all = |report: &'_ MapReport<'_>| -> Vec<(Named, String)> {
        report
            .stages
            .iter()
            .filter(|stage| on_kept_stage(kept, &stage.stage))
            .flat_map(|stage| {
                stage
                    .opportunities
                    .iter()
                    .map(|text| (stage_named(&stage.stage), (*text).to_owned()))
            })
            .collect()
    };
    let (before, after) = (all(old), all(new));
    let matching = match_by(&before, &after, |(stage, text)| {
        Some((stage.id.as_str(), text.as_str()))
    });
    for (stage, opportunity) in matching.removed {
        changes.push(Change::OpportunityRemoved {
            stage: stage.clone(),
            opportunity: opportunity.clone(),
        });
    }
    for (stage, opportunity) in matching.added {
        changes.push(Change::OpportunityAdded {
            stage: stage.clone(),
            opportunity: opportunity.clone(),
        });
    }
}

fn serialize_date<S: serde::Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_source;
    use crate::source::SourceFile;
    use jiff::civil::date;

    const MAP: &str = "cjm: 1\ntitle: T\nowner: O\nreviewed: 2026-10-01\n\
                       segments: [{id: s, name: S}]\nchannels: [{id: web, name: Web}]\n\
                       stages:\n  - id: a\n    name: A\n    emotion: -1\n    touchpoints:\n      \
                       - {name: Ad}\n      - {name: Call, emotion: 1, channel: ghost}\n";

    /// A trigger, two loops and risks of a stage and of a KPI, for the tests to edit.
    const JOURNEY: &str = r#"cjm: 1
title: T
stages:
  - id: a
    name: A
    kpis:
      - {name: Visits, target: 10}
  - id: b
    name: B
    touchpoints:
      - {name: Call, returns_to: {stage: a, share: 0.2}}
    returns_to: a
    triggers:
      - {name: Letter, kind: instrumental}
    risks:
      - {text: Late, likelihood: low}
    kpis:
      - {name: Orders, target: 5, risks: [Short]}
"#;

    fn diff(old: &str, new: &str) -> MapDiff {
        let context = CheckContext::new(date(2026, 11, 25));
        let check = |text: &str| check_source(SourceFile::new("m.cjm.yaml", text), &context);
        let pair = FilePair {
            path: "m.cjm.yaml".to_owned(),
            old: Some(check(old)),
            new: Some(check(new)),
            renamed: false,
        };
        MapDiff::build(&pair, &context).expect("the texts differ")
    }

    #[test]
    fn a_finding_is_not_new_when_unrelated_lines_move() {
        let moved = MAP.replacen("cjm: 1\n", "# a comment\n\ncjm: 1\n", 1);
        let map = diff(MAP, &moved);
        assert!(map.new_findings.is_empty() && map.fixed_findings.is_empty());
        assert!(map.changes.is_empty());
        let fixed = diff(MAP, &MAP.replace("channel: ghost", "channel: web"));
        let codes: Vec<&str> = fixed.fixed_findings.iter().map(|f| f.code).collect();
        assert!(codes.contains(&"CJM202"), "{codes:?}");
        assert!(fixed.new_findings.is_empty(), "{:?}", fixed.new_findings);
    }

    #[test]
    fn an_inherited_touchpoint_score_follows_its_stage_silently() {
        let map = diff(MAP, &MAP.replace("emotion: -1", "emotion: 2"));
        let kinds: Vec<&Change> = map.changes.iter().collect();
        assert_eq!(
            kinds,
            [&Change::StageEmotion {
                stage: named("a", Some("A")),
                old: Some(-1.0),
                new: Some(2.0),
            }]
        );
    }

    #[test]
    fn a_moved_stage_keeps_its_touchpoints_and_the_others_do_not_move() {
        let two = format!("{MAP}  - {{id: b, name: B}}\n  - {{id: c, name: C}}\n");
        let reordered = two.replace(
            "  - {id: b, name: B}\n  - {id: c, name: C}\n",
            "  - {id: c, name: C}\n  - {id: b, name: B}\n",
        );
        let map = diff(&two, &reordered);
        assert_eq!(
            map.changes,
            [Change::StageMoved {
                stage: named("c", Some("C")),
                old_position: 3,
                new_position: 2,
            }]
        );
    }

    #[test]
    fn a_trigger_of_another_kind_is_one_change() {
        let map = diff(
            JOURNEY,
            &JOURNEY.replace("kind: instrumental", "kind: random"),
        );
        assert_eq!(
            map.changes,
            [Change::TriggerKindChanged {
                stage: named("b", Some("B")),
                trigger: "Letter".to_owned(),
                old: Some(TriggerKind::Instrumental),
                new: Some(TriggerKind::Random),
            }]
        );
    }

    #[test]
    fn a_loop_taken_by_another_share_is_one_change() {
        let map = diff(JOURNEY, &JOURNEY.replace("share: 0.2", "share: 0.35"));
        assert_eq!(
            map.changes,
            [Change::LoopShareChanged {
                stage: named("b", Some("B")),
                touchpoint: Some("Call".to_owned()),
                returns_to: named("a", Some("A")),
                old: Some(0.2),
                new: Some(0.35),
            }]
        );
    }

    #[test]
    fn a_risk_added_to_a_kpi_names_its_kpi() {
        let edited = JOURNEY.replace(
            "{name: Visits, target: 10}",
            "{name: Visits, target: 10, risks: [{text: Budget cut, likelihood: high}]}",
        );
        assert_eq!(
            diff(JOURNEY, &edited).changes,
            [Change::RiskAdded {
                stage: named("a", Some("A")),
                kpi: Some("Visits".to_owned()),
                risk: "Budget cut".to_owned(),
                likelihood: Some(Rating::High),
            }]
        );
    }

    #[test]
    fn the_triggers_loops_and_risks_of_a_removed_or_added_stage_are_not_listed() {
        let (only_a, _) = JOURNEY.split_once("  - id: b\n").expect("stage b");
        let b = named("b", Some("B"));
        assert_eq!(
            diff(JOURNEY, only_a).changes,
            [Change::StageRemoved {
                stage: b.clone(),
                position: 2,
            }]
        );
        assert_eq!(
            diff(only_a, JOURNEY).changes,
            [Change::StageAdded {
                stage: b,
                position: 2,
            }]
        );
    }

    /// As with a stage, the change to the owner says it: a KPI's risks go with the KPI, a
    /// touchpoint's loop with the touchpoint.
    #[test]
    fn the_risks_of_a_removed_kpi_and_the_loop_of_a_removed_touchpoint_are_not_listed() {
        let without_kpi =
            JOURNEY.replace("      - {name: Orders, target: 5, risks: [Short]}\n", "");
        // The `kind` of each change, as the JSON diff names it.
        let kinds = |map: MapDiff| -> Vec<String> {
            map.changes
                .iter()
                .filter_map(|change| {
                    let json = serde_json::to_value(change).ok()?;
                    Some(json.get("kind")?.as_str()?.to_owned())
                })
                .collect()
        };
        assert_eq!(kinds(diff(JOURNEY, &without_kpi)), ["kpi_removed"]);
        let without_touchpoint = JOURNEY.replace(
            "      - {name: Call, returns_to: {stage: a, share: 0.2}}\n",
            "      - {name: Ring}\n",
        );
        assert_eq!(
            kinds(diff(JOURNEY, &without_touchpoint)),
            ["touchpoint_removed", "touchpoint_added"]
        );
    }
}
