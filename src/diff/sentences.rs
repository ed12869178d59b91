//! One sentence per change, in the report's language: what the human and the Markdown
//! renderers list. Map text goes through the renderer's own escaping before it is quoted,
//! so the same sentences are safe on a terminal and in a pull-request comment.

use jiff::civil::Date;

use super::model::{
    Change, Diff, DropOffPoint, FindingEntry, KpiFigures, MapDiff, MapField, MapSide, MapStatus,
    Named, SegmentField,
};
use crate::finding::Severity;
use crate::map::{Figure, Rating, SourceKind};
use crate::report::Locale;
use crate::report::model::KpiStatus;
use crate::report::model::face;
use crate::report::wording::DiffWording;
use crate::rules::EmotionScale;

/// Writes changes as sentences; `escape` makes map text safe for the output.
pub struct Sentences<'l> {
    pub locale: &'l Locale,
    pub scale: EmotionScale,
    pub escape: fn(&str) -> String,
}

/// A sentence, and whether it asks the reviewer to look twice.
pub struct Sentence {
    pub text: String,
    pub attention: bool,
}

impl Sentences<'_> {
    /// Map text, escaped and quoted.
    pub fn quote(&self, text: &str) -> String {
        self.locale.words.diff.quote(&(self.escape)(text))
    }

    fn quote_or_none(&self, text: Option<&str>) -> String {
        text.map_or_else(
            || self.locale.words.diff.none.to_owned(),
            |text| self.quote(text),
        )
    }

    fn named(&self, named: &Named) -> String {
        self.quote(named.label())
    }

    fn emotion(&self, score: Option<f64>) -> String {
        match score {
            Some(score) => format!("{} {}", face(self.scale, score), self.locale.score(score)),
            None => self.locale.words.diff.none.to_owned(),
        }
    }

    fn figure(&self, figure: Option<&Figure>) -> String {
        figure.map_or_else(
            || self.locale.words.diff.none.to_owned(),
            |figure| self.locale.figure(figure),
        )
    }

    fn percent(&self, share: Option<f64>) -> String {
        share.map_or_else(
            || self.locale.words.diff.none.to_owned(),
            |s| self.locale.percent(s),
        )
    }

    fn status(&self, status: KpiStatus) -> &'static str {
        let words = self.locale.words;
        match status {
            KpiStatus::Met => words.met,
            KpiStatus::BelowTarget => words.below_target,
            KpiStatus::NoData => words.no_data,
        }
    }

    /// A pain's severity or a risk's likelihood.
    fn rating(&self, rating: Option<Rating>) -> &'static str {
        rating.map_or(self.locale.words.unrated, |rating| {
            self.locale.rating(rating)
        })
    }

    fn date(&self, date: Option<Date>) -> String {
        date.map_or_else(
            || self.locale.words.diff.none.to_owned(),
            |date| date.to_string(),
        )
    }

    pub fn finding_severity(&self, severity: Severity) -> &'static str {
        let words = self.locale.words;
        match severity {
            Severity::Error => words.error,
            Severity::Warning => words.warning,
            Severity::Info => words.info,
        }
    }

    fn position(&self, position: usize) -> String {
        self.locale
            .integer(i64::try_from(position).unwrap_or(i64::MAX))
    }

    fn figures(&self, figures: &KpiFigures) -> String {
        let words = &self.locale.words.diff;
        format!(
            "{} ({})",
            words.kpi_figures(
                &self.figure(figures.target.as_ref()),
                &self.figure(figures.actual.as_ref()),
            ),
            self.status(figures.status)
        )
    }

    fn drop_off(&self, point: &DropOffPoint) -> String {
        format!(
            "{} ({})",
            self.named(&point.stage),
            self.locale.percent(point.lost_share)
        )
    }

    /// A finding, its rule code written by `code` (Markdown puts it in backticks).
    pub fn finding(&self, finding: &FindingEntry, code: fn(&str) -> String) -> String {
        self.locale.words.diff.finding(
            self.finding_severity(finding.severity),
            &format!("{} {}", code(finding.code), finding.rule),
            &self
                .locale
                .integer(i64::try_from(finding.line).unwrap_or(i64::MAX)),
            &(self.escape)(&finding.message.render(self.locale.lang)),
        )
    }

    pub fn change(&self, change: &Change) -> Sentence {
        let words = self.locale.words;
        let diff = &words.diff;
        let plain = |text: String| Sentence {
            text,
            attention: false,
        };
        let text = match change {
            Change::MapField {
                field: MapField::Reviewed,
                old,
                new,
            } => {
                // A date is not quoted text.
                let date =
                    |date: &Option<String>| date.clone().unwrap_or_else(|| diff.none.to_owned());
                diff.field_changed(words.reviewed, &date(old), &date(new))
            }
            Change::MapField { field, old, new } => {
                let field = match field {
                    MapField::Title => diff.title_field,
                    MapField::Owner => words.owner,
                    MapField::Reviewed => words.reviewed,
                    MapField::ReviewedBy => words.reviewed_by,
                };
                diff.field_changed(
                    field,
                    &self.quote_or_none(old.as_deref()),
                    &self.quote_or_none(new.as_deref()),
                )
            }
            Change::SegmentAdded { segment } => diff.segment_added(&self.named(segment)),
            Change::SegmentRemoved { segment } => diff.segment_removed(&self.named(segment)),
            Change::SegmentChanged {
                segment,
                field,
                old,
                new,
            } => {
                let field = match field {
                    SegmentField::Name => diff.name_field,
                    SegmentField::Who => words.who,
                    SegmentField::What => words.what,
                    SegmentField::Why => words.why,
                    SegmentField::When => words.when,
                    SegmentField::Where => words.where_,
                };
                let change = diff.field_changed(
                    field,
                    &self.quote_or_none(old.as_deref()),
                    &self.quote_or_none(new.as_deref()),
                );
                diff.segment_changed(&self.named(segment), &change)
            }
            Change::ChannelAdded { channel } => diff.channel_added(&self.named(channel)),
            Change::ChannelRemoved { channel } => diff.channel_removed(&self.named(channel)),
            Change::SourceAdded {
                source,
                source_kind,
                date,
            } => diff.source_added(&self.source(source, *source_kind, *date)),
            Change::SourceRemoved {
                source,
                source_kind,
                date,
            } => diff.source_removed(&self.source(source, *source_kind, *date)),
            Change::SourceDateChanged { source, old, new } => {
                diff.source_date_changed(&self.named(source), &self.date(*old), &self.date(*new))
            }
            Change::StageAdded { stage, position } => {
                diff.stage_added(&self.named(stage), &self.position(*position))
            }
            Change::StageRemoved { stage, .. } => diff.stage_removed(&self.named(stage)),
            Change::StageRenamed { stage, old_name } => diff.stage_renamed(
                &self.quote(old_name.as_deref().unwrap_or(&stage.id)),
                &self.named(stage),
            ),
            Change::StageMoved {
                stage,
                old_position,
                new_position,
            } => diff.stage_moved(
                &self.named(stage),
                &self.position(*old_position),
                &self.position(*new_position),
            ),
            Change::TouchpointAdded {
                stage,
                touchpoint,
                channel,
            } => diff.touchpoint_added(
                &self.touchpoint(touchpoint, channel.as_deref()),
                &self.named(stage),
            ),
            Change::TouchpointRemoved {
                stage,
                touchpoint,
                channel,
            } => diff.touchpoint_removed(
                &self.touchpoint(touchpoint, channel.as_deref()),
                &self.named(stage),
            ),
            Change::TriggerAdded {
                stage,
                trigger,
                trigger_kind,
            } => diff.trigger_added(
                &self.quote(trigger),
                &self.named(stage),
                self.locale.trigger_kind(*trigger_kind),
            ),
            Change::TriggerRemoved {
                stage,
                trigger,
                trigger_kind,
            } => diff.trigger_removed(
                &self.quote(trigger),
                &self.named(stage),
                self.locale.trigger_kind(*trigger_kind),
            ),
            Change::TriggerKindChanged {
                stage,
                trigger,
                old,
                new,
            } => diff.trigger_kind_changed(
                &self.quote(trigger),
                &self.named(stage),
                self.locale.trigger_kind(*old),
                self.locale.trigger_kind(*new),
            ),
            Change::StageEmotion { stage, old, new } => {
                diff.stage_emotion(&self.named(stage), &self.emotion(*old), &self.emotion(*new))
            }
            Change::TouchpointEmotion {
                stage,
                touchpoint,
                old,
                new,
            } => diff.touchpoint_emotion(
                &self.quote(touchpoint),
                &self.named(stage),
                &self.emotion(old.map(|score| score as f64)),
                &self.emotion(new.map(|score| score as f64)),
            ),
            Change::KpiAdded {
                stage, kpi, new, ..
            } => diff.kpi_added(&self.quote(kpi), &self.named(stage), &self.figures(new)),
            Change::KpiRemoved { stage, kpi, .. } => {
                diff.kpi_removed(&self.quote(kpi), &self.named(stage))
            }
            Change::KpiChanged {
                stage,
                kpi,
                old,
                new,
                ..
            } => {
                let mut details = Vec::new();
                if old.target != new.target {
                    details.push(diff.target_change(
                        &self.figure(old.target.as_ref()),
                        &self.figure(new.target.as_ref()),
                    ));
                }
                if old.actual != new.actual {
                    details.push(diff.actual_change(
                        &self.figure(old.actual.as_ref()),
                        &self.figure(new.actual.as_ref()),
                    ));
                }
                let status = if old.status == new.status {
                    self.status(new.status).to_owned()
                } else {
                    format!("{} → {}", self.status(old.status), self.status(new.status))
                };
                let details = format!("{} ({status})", details.join(", "));
                diff.kpi_changed(&self.quote(kpi), &self.named(stage), &details)
            }
            Change::RiskAdded {
                stage,
                kpi,
                risk,
                likelihood,
            } => {
                let (risk, stage) = (self.quote(risk), self.named(stage));
                let likelihood = self.rating(*likelihood);
                match kpi {
                    Some(kpi) => diff.kpi_risk_added(&risk, &self.quote(kpi), &stage, likelihood),
                    None => diff.risk_added(&risk, &stage, likelihood),
                }
            }
            Change::RiskRemoved {
                stage,
                kpi,
                risk,
                likelihood,
            } => {
                let (risk, stage) = (self.quote(risk), self.named(stage));
                let likelihood = self.rating(*likelihood);
                match kpi {
                    Some(kpi) => diff.kpi_risk_removed(&risk, &self.quote(kpi), &stage, likelihood),
                    None => diff.risk_removed(&risk, &stage, likelihood),
                }
            }
            Change::RiskLikelihoodChanged {
                stage,
                kpi,
                risk,
                old,
                new,
            } => {
                let (risk, stage) = (self.quote(risk), self.named(stage));
                let (old, new) = (self.rating(*old), self.rating(*new));
                match kpi {
                    Some(kpi) => {
                        diff.kpi_risk_likelihood_changed(&risk, &self.quote(kpi), &stage, old, new)
                    }
                    None => diff.risk_likelihood_changed(&risk, &stage, old, new),
                }
            }
            Change::ConversionChanged { stage, old, new } => diff.conversion_changed(
                &self.named(stage),
                &self.percent(*old),
                &self.percent(*new),
            ),
            Change::LargestDropOffMoved { old, new } => match (old, new) {
                (Some(old), Some(new)) => {
                    diff.drop_off_moved(&self.drop_off(old), &self.drop_off(new))
                }
                (None, Some(new)) => diff.drop_off_appeared(&self.drop_off(new)),
                (Some(old), None) => diff.drop_off_gone(&self.drop_off(old)),
                (None, None) => String::new(),
            },
            Change::LoopAdded {
                stage,
                touchpoint,
                returns_to,
                ..
            } => diff.loop_added(
                &self.loop_start(stage, touchpoint.as_deref()),
                &self.named(returns_to),
            ),
            Change::LoopRemoved {
                stage,
                touchpoint,
                returns_to,
                ..
            } => diff.loop_removed(
                &self.loop_start(stage, touchpoint.as_deref()),
                &self.named(returns_to),
            ),
            Change::LoopShareChanged {
                stage,
                touchpoint,
                returns_to,
                old,
                new,
            } => diff.loop_share_changed(
                &self.loop_start(stage, touchpoint.as_deref()),
                &self.named(returns_to),
                &self.percent(*old),
                &self.percent(*new),
            ),
            Change::PainAdded {
                stage,
                pain,
                severity,
            } => diff.pain_added(
                &self.quote(pain),
                &self.named(stage),
                self.rating(*severity),
            ),
            Change::PainRemoved {
                stage,
                pain,
                attention: true,
                ..
            } => {
                return Sentence {
                    text: diff.high_pain_removed(&self.quote(pain), &self.named(stage)),
                    attention: true,
                };
            }
            Change::PainRemoved {
                stage,
                pain,
                severity,
                ..
            } => diff.pain_removed(
                &self.quote(pain),
                &self.named(stage),
                self.rating(*severity),
            ),
            Change::PainSeverityChanged {
                stage,
                pain,
                old,
                new,
            } => diff.pain_severity_changed(
                &self.quote(pain),
                &self.named(stage),
                self.rating(*old),
                self.rating(*new),
            ),
            Change::OpportunityAdded { stage, opportunity } => {
                diff.opportunity_added(&self.quote(opportunity), &self.named(stage))
            }
            Change::OpportunityRemoved { stage, opportunity } => {
                diff.opportunity_removed(&self.quote(opportunity), &self.named(stage))
            }
        };
        plain(text)
    }

    /// A source with what kind of research it is and when it was done, as far as known.
    fn source(&self, source: &Named, kind: Option<SourceKind>, date: Option<Date>) -> String {
        let research = &self.locale.words.research;
        let details: Vec<String> = [
            kind.map(|kind| research.kind_of(kind).to_owned()),
            date.map(|date| date.to_string()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if details.is_empty() {
            self.named(source)
        } else {
            format!("{} ({})", self.named(source), details.join(", "))
        }
    }

    /// Where a loop starts: its stage, or a touchpoint of it.
    fn loop_start(&self, stage: &Named, touchpoint: Option<&str>) -> String {
        let diff = &self.locale.words.diff;
        match touchpoint {
            Some(touchpoint) => {
                diff.loop_from_touchpoint(&self.quote(touchpoint), &self.named(stage))
            }
            None => diff.loop_from_stage(&self.named(stage)),
        }
    }

    fn touchpoint(&self, touchpoint: &str, channel: Option<&str>) -> String {
        match channel {
            Some(channel) => format!("{} ({})", self.quote(touchpoint), (self.escape)(channel)),
            None => self.quote(touchpoint),
        }
    }
}

/// The counts of maps and findings, one sentence each.
pub fn summary(diff: &Diff, locale: &Locale) -> String {
    let words = &locale.words.diff;
    let count = |n: usize| locale.integer(i64::try_from(n).unwrap_or(i64::MAX));
    let summary = &diff.summary;
    let maps = words.summary(
        &count(summary.changed),
        &count(summary.added),
        &count(summary.removed),
        &count(summary.unchanged),
    );
    let findings = |n: usize, noun| locale.count(i64::try_from(n).unwrap_or(i64::MAX), noun);
    format!(
        "{maps} {}, {}.",
        findings(summary.new_findings, &words.new_findings),
        findings(summary.fixed_findings, &words.fixed_findings)
    )
}

/// What the map's status says, before its changes.
pub fn status_lines(map: &MapDiff, words: &DiffWording, escape: fn(&str) -> String) -> Vec<String> {
    let mut lines = Vec::new();
    match map.status {
        MapStatus::Added => lines.push(words.map_added.to_owned()),
        MapStatus::Removed => lines.push(words.map_removed.to_owned()),
        MapStatus::Renamed => {
            let old = map.old.as_ref().map_or("", |side| side.path.as_str());
            lines.push(words.map_renamed(&escape(old)));
        }
        MapStatus::Modified => {}
    }
    if journey_unchanged(map) {
        lines.push(words.journey_unchanged.to_owned());
    }
    lines
}

/// Whether both versions read as maps and the journey is the same: only formatting,
/// comments or findings differ.
fn journey_unchanged(map: &MapDiff) -> bool {
    let readable = |side: &Option<MapSide>| side.as_ref().is_some_and(|side| side.readable);
    matches!(map.status, MapStatus::Modified | MapStatus::Renamed)
        && readable(&map.old)
        && readable(&map.new)
        && map.changes.is_empty()
}
