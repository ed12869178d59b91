//! Issue 13's lanes of the page: each stage's triggers by kind, its loops and its risks
//! (beside the KPI lane), the funnel between stages in the stage heads, and the loop arrow
//! in the legend.

use maud::{Markup, html};

use super::{NONE, Page};
use crate::map::TriggerKind;
use crate::report::model::{LoopRow, MapReport, RiskRow, TriggerRow};

impl Page<'_> {
    /// The lanes after the KPIs: risks, triggers, loops.
    pub(super) fn journey_lanes(&self, map: &MapReport<'_>) -> Markup {
        let extra = &self.locale.words.triggers_loops_risks;
        let stages = map.stages.len();
        let risks = by_stage(&map.risks, stages, |risk| risk.stage.index);
        let triggers = by_stage(&map.triggers, stages, |trigger| trigger.stage.index);
        let loops = by_stage(&map.loops, stages, |row| row.stage.index);
        html! {
            tr class="lane lane-risks" {
                th scope="row" { (extra.risks) }
                @for risks in &risks { td { (self.risks(risks)) } }
            }
            tr class="lane lane-triggers" {
                th scope="row" { (extra.triggers) }
                @for triggers in &triggers { td { (self.triggers(triggers)) } }
            }
            tr class="lane lane-loops" {
                th scope="row" { (extra.loops) }
                @for loops in &loops { td { (self.loops(loops)) } }
            }
        }
    }

    fn risks(&self, risks: &[&RiskRow<'_>]) -> Markup {
        let (locale, extra) = (self.locale, &self.locale.words.triggers_loops_risks);
        html! {
            @if risks.is_empty() {
                span class="none" { (NONE) }
            } @else {
                ul class="risks" {
                    @for risk in risks {
                        li class="risk" {
                            @if let Some(kpi) = risk.kpi {
                                span class="risk-kpi" { (extra.risk_of_kpi(kpi)) } ": "
                            }
                            (risk.text.unwrap_or(NONE))
                            @if let Some(likelihood) = risk.likelihood {
                                " " span class="likelihood" {
                                    (extra.likelihood) ": " (locale.rating(likelihood))
                                }
                            }
                            @if let Some(mitigation) = risk.mitigation {
                                div class="mitigation" { (extra.mitigation) ": " (mitigation) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A stage's triggers under the name of their kind, kinds in the methodology's order.
    fn triggers(&self, triggers: &[&TriggerRow<'_>]) -> Markup {
        let locale = self.locale;
        let kinds = TriggerKind::ALL.map(Some).into_iter().chain([None]);
        html! {
            @if triggers.is_empty() {
                span class="none" { (NONE) }
            }
            @for kind in kinds {
                @let of_kind: Vec<_> = triggers.iter().filter(|trigger| trigger.kind == kind).collect();
                @if !of_kind.is_empty() {
                    div class="trigger-group" {
                        div class="trigger-kind" { (locale.trigger_kind(kind)) }
                        ul {
                            @for trigger in of_kind {
                                li {
                                    (trigger.name.unwrap_or(NONE))
                                    @if let Some(channel) = trigger.channel {
                                        " " span class="trigger-channel" { "(" (channel) ")" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn loops(&self, loops: &[&LoopRow<'_>]) -> Markup {
        html! {
            @if loops.is_empty() {
                span class="none" { (NONE) }
            } @else {
                ul class="loops" {
                    @for row in loops {
                        li class="loop" {
                            (self.locale.loop_sentence(row))
                        }
                    }
                }
            }
        }
    }

    /// Under a stage's funnel figures: how many more, or fewer, enter than moved on from
    /// the stage before.
    pub(super) fn funnel_link_note(&self, map: &MapReport<'_>, index: usize) -> Markup {
        let link = map.funnel_links.iter().find(|link| link.to.index == index);
        html! {
            @if let Some(link) = link {
                @if let (Some(short), Some(sentence)) =
                    (self.locale.funnel_link_short(link), self.locale.funnel_link(link)) {
                    span class="funnel-link" title=(sentence) { (short) }
                }
            }
        }
    }

    /// The loop arrow in the curve's legend, when the curve draws one.
    pub(super) fn loop_legend(&self, map: &MapReport<'_>) -> Markup {
        let extra = &self.locale.words.triggers_loops_risks;
        html! {
            @if map.loops.iter().any(|row| row.backward) {
                li {
                    svg class="curve swatch" viewBox="0 0 30 12" width="30" height="12" aria-hidden="true" {
                        path class="loop-line legend-mark" d="M2 10 C2 2 28 2 28 10" {}
                    }
                    " " (extra.loops)
                }
            }
        }
    }
}

/// Rows grouped by the stage they belong to, in one pass.
pub(super) fn by_stage<T>(rows: &[T], stages: usize, index: impl Fn(&T) -> usize) -> Vec<Vec<&T>> {
    let mut grouped: Vec<Vec<&T>> = (0..stages).map(|_| Vec::new()).collect();
    for row in rows {
        if let Some(stage) = grouped.get_mut(index(row)) {
            stage.push(row);
        }
    }
    grouped
}
