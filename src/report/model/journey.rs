//! Issue 13 in the report model: each stage's triggers by kind, the loops a bad experience
//! takes back through the journey, the risks beside the KPIs, and how the customers who
//! move on from one stage compare with those who enter the next.

use std::collections::HashMap;

use serde::Serialize;

use super::{FunnelRow, StageRef, channel_name, stages, text};
use crate::map::{JourneyMap, Rating, ReturnTo, TriggerKind};

/// One trigger of a stage.
#[derive(Debug, Serialize)]
pub struct TriggerRow<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    pub name: Option<&'a str>,
    /// `None` when the kind is missing or not one of the three (a finding says which).
    pub kind: Option<TriggerKind>,
    /// The channel's name, else its id as written.
    pub channel: Option<&'a str>,
}

/// By stage, then by kind in the order the methodology lists them (instrumental, product,
/// random, then unknown), then as written.
pub(super) fn triggers(map: &JourneyMap) -> Vec<TriggerRow<'_>> {
    let mut rows: Vec<TriggerRow<'_>> = stages(map)
        .flat_map(|(stage, source)| {
            source.triggers.iter().map(move |trigger| TriggerRow {
                stage,
                name: text(&trigger.name),
                kind: trigger.kind.value().copied(),
                channel: text(&trigger.channel).map(|id| channel_name(map, id)),
            })
        })
        .collect();
    let kind_order = |kind: Option<TriggerKind>| {
        kind.map_or(TriggerKind::ALL.len(), |kind| {
            TriggerKind::ALL
                .iter()
                .position(|other| *other == kind)
                .unwrap_or(TriggerKind::ALL.len())
        })
    };
    // Stable: within a stage and kind, triggers keep the order written.
    rows.sort_by_key(|row| (row.stage.index, kind_order(row.kind)));
    rows
}

/// A stage as a loop names it: the stage it goes back to.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct LoopTarget<'a> {
    pub stage_id: &'a str,
    /// The stage's name; `None` when the map declares no stage with that id.
    pub stage: Option<&'a str>,
    /// 0-based position of the stage in the journey; `None` when it is not declared.
    #[serde(skip)]
    pub index: Option<usize>,
}

/// Where a bad experience sends the customer: from a stage (or one of its touchpoints)
/// back to an earlier stage.
#[derive(Debug, Serialize)]
pub struct LoopRow<'a> {
    /// The stage the loop starts from.
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    /// The touchpoint the loop starts from; `None` for the stage's own loop.
    pub touchpoint: Option<&'a str>,
    pub returns_to: LoopTarget<'a>,
    /// The share of customers who go back, 0 to 1.
    pub share: Option<f64>,
    pub when: Option<&'a str>,
    /// Whether the loop goes to an earlier stage, as a loop should; `false` for a loop to
    /// its own stage, forward or to an undeclared stage (each a finding).
    pub backward: bool,
}

/// In stage order; within a stage, the stage's own loop first, then its touchpoints'.
pub(super) fn loops<'a>(map: &'a JourneyMap) -> Vec<LoopRow<'a>> {
    let mut position: HashMap<&str, (usize, Option<&str>)> = HashMap::new();
    for (stage, _) in stages(map) {
        if let Some(id) = stage.id {
            position.entry(id).or_insert((stage.index, stage.name));
        }
    }
    let row = |stage: StageRef<'a>,
               touchpoint: Option<&'a str>,
               loop_: &'a ReturnTo|
     -> Option<LoopRow<'a>> {
        let stage_id = text(&loop_.stage)?;
        let target = position.get(stage_id).copied();
        Some(LoopRow {
            stage,
            touchpoint,
            returns_to: LoopTarget {
                stage_id,
                stage: target.and_then(|(_, name)| name),
                index: target.map(|(index, _)| index),
            },
            share: loop_.share.value().copied(),
            when: text(&loop_.when),
            backward: target.is_some_and(|(index, _)| index < stage.index),
        })
    };
    let mut rows = Vec::new();
    for (stage, source) in stages(map) {
        rows.extend(source.returns_to.as_ref().and_then(|l| row(stage, None, l)));
        for touchpoint in &source.touchpoints {
            if let Some(loop_) = &touchpoint.returns_to {
                rows.extend(row(stage, text(&touchpoint.name), loop_));
            }
        }
    }
    rows
}

/// An obstacle the team foresees, of a stage or of one of its KPIs.
#[derive(Debug, Serialize)]
pub struct RiskRow<'a> {
    #[serde(flatten)]
    pub stage: StageRef<'a>,
    /// The KPI the risk threatens; `None` for a risk of the whole stage.
    pub kpi: Option<&'a str>,
    pub text: Option<&'a str>,
    pub likelihood: Option<Rating>,
    pub mitigation: Option<&'a str>,
}

/// In stage order; within a stage, the stage's own risks first, then its KPIs', as written.
pub(super) fn risks(map: &JourneyMap) -> Vec<RiskRow<'_>> {
    stages(map)
        .flat_map(|(stage, source)| {
            let own = source.risks.iter().map(move |risk| (None, risk));
            let of_kpis = source
                .kpis
                .iter()
                .flat_map(|kpi| kpi.risks.iter().map(move |risk| (text(&kpi.name), risk)));
            own.chain(of_kpis).map(move |(kpi, risk)| RiskRow {
                stage,
                kpi,
                text: text(&risk.text),
                likelihood: risk.likelihood.value().copied(),
                mitigation: text(&risk.mitigation),
            })
        })
        .collect()
}

/// How the customers who moved on from one stage compare with those who enter the next.
#[derive(Debug, Serialize)]
pub struct FunnelLink<'a> {
    /// The stage customers move on from.
    pub from: StageRef<'a>,
    /// The next stage, which they enter.
    pub to: StageRef<'a>,
    pub advanced: i64,
    pub entered: i64,
    /// `entered - advanced`: negative when customers are lost between the stages, positive
    /// when the next stage has other entry points.
    pub difference: i64,
    pub change: FunnelChange,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FunnelChange {
    /// Fewer enter the next stage than moved on: a stage is missing or a figure is wrong.
    Lost,
    /// As many enter as moved on.
    Kept,
    /// More enter than moved on: the next stage has other entry points.
    Gained,
}

/// One link per pair of neighbouring stages that both give their figures.
pub(super) fn funnel_links<'a>(funnel: &[FunnelRow<'a>]) -> Vec<FunnelLink<'a>> {
    funnel
        .windows(2)
        .filter_map(|pair| {
            let [from, to] = pair else { return None };
            let (advanced, entered) = from.advanced.zip(to.entered)?;
            // Negative counts are an error finding and compare to nothing.
            if advanced < 0 || entered < 0 {
                return None;
            }
            let difference = entered.checked_sub(advanced)?;
            Some(FunnelLink {
                from: from.stage,
                to: to.stage,
                advanced,
                entered,
                difference,
                change: match difference.signum() {
                    -1 => FunnelChange::Lost,
                    0 => FunnelChange::Kept,
                    _ => FunnelChange::Gained,
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_source;
    use crate::report::model::MapReport;
    use crate::rules::CheckContext;
    use crate::source::SourceFile;
    use jiff::civil::date;

    const MAP: &str = r#"
cjm: 1
channels: [{id: mail, name: Письма}]
stages:
  - id: a
    funnel: {entered: 100, advanced: 40}
    triggers:
      - {name: Боль, kind: random}
      - {name: Письмо, kind: instrumental, channel: mail}
      - {name: Полка, kind: product, channel: ghost}
      - {name: Второе письмо, kind: instrumental}
  - id: b
    funnel: {entered: 30, advanced: 20}
    returns_to: a
    touchpoints:
      - {name: Звонок, returns_to: {stage: b, share: 0.5}}
      - {name: Сайт, returns_to: nowhere}
    risks: [Первый]
    kpis:
      - {name: Заказы, risks: [{text: Второй, likelihood: high, mitigation: План}]}
  - id: c
    funnel: {entered: 25, advanced: -1}
  - id: d
    funnel: {entered: 5}
"#;

    fn with_report(check: impl FnOnce(&MapReport<'_>)) {
        let context = CheckContext::new(date(2026, 11, 25));
        let file = check_source(SourceFile::new("t.cjm.yaml", MAP), &context);
        check(&MapReport::build(&file, &context));
    }

    #[test]
    fn triggers_sort_by_kind_and_keep_the_order_written_within_one() {
        with_report(|report| {
            let rows: Vec<_> = report
                .triggers
                .iter()
                .map(|row| (row.name.unwrap(), row.channel))
                .collect();
            assert_eq!(
                rows,
                [
                    ("Письмо", Some("Письма")),
                    ("Второе письмо", None),
                    ("Полка", Some("ghost")),
                    ("Боль", None),
                ]
            );
        });
    }

    #[test]
    fn loops_know_their_target_and_whether_they_go_back() {
        with_report(|report| {
            let rows: Vec<_> = report
                .loops
                .iter()
                .map(|row| {
                    (
                        row.touchpoint,
                        row.returns_to.stage_id,
                        row.returns_to.index,
                        row.share,
                        row.backward,
                    )
                })
                .collect();
            assert_eq!(
                rows,
                [
                    (None, "a", Some(0), None, true),
                    (Some("Звонок"), "b", Some(1), Some(0.5), false),
                    (Some("Сайт"), "nowhere", None, None, false),
                ]
            );
        });
    }

    #[test]
    fn risks_of_the_stage_come_before_those_of_its_kpis() {
        with_report(|report| {
            let rows: Vec<_> = report
                .risks
                .iter()
                .map(|row| (row.kpi, row.text, row.likelihood, row.mitigation))
                .collect();
            assert_eq!(
                rows,
                [
                    (None, Some("Первый"), None, None),
                    (
                        Some("Заказы"),
                        Some("Второй"),
                        Some(Rating::High),
                        Some("План")
                    ),
                ]
            );
        });
    }

    #[test]
    fn funnel_links_compare_neighbours_with_figures_that_can_be_compared() {
        with_report(|report| {
            let links: Vec<_> = report
                .funnel_links
                .iter()
                .map(|link| (link.from.id, link.to.id, link.difference, link.change))
                .collect();
            // c's negative `advanced` is an error and compares to nothing.
            assert_eq!(
                links,
                [
                    (Some("a"), Some("b"), -10, FunnelChange::Lost),
                    (Some("b"), Some("c"), 5, FunnelChange::Gained),
                ]
            );
        });
    }
}
