//! The loops of issue 13 in the curve: an arrow back from the stage a bad experience
//! happens at to the earlier stage it sends the customer to, arched over the bottom of the
//! plot so that it crosses the curve as little as possible.

use maud::{Markup, html};

use super::{Frame, PLOT};
use crate::report::locale::Locale;
use crate::report::model::MapReport;

/// How high an arrow arches per stage it spans, and at most.
const ARCH_PER_STAGE: f64 = 18.0;
const ARCH_MAX: f64 = PLOT * 0.45;
/// The half-width and length of an arrowhead.
const HEAD: f64 = 6.0;

/// One arrow per loop that goes back to an earlier stage; the others are findings, and a
/// forward arrow would read as the journey itself.
pub(super) fn loops(map: &MapReport<'_>, frame: &Frame, locale: &Locale) -> Markup {
    let bottom = frame.y(frame.scale.min as f64);
    html! {
        @for row in map.loops.iter().filter(|row| row.backward) {
            @if let Some(to) = row.returns_to.index {
                @let (from_x, to_x) = (frame.stage_x(row.stage.index), frame.stage_x(to));
                @let span = row.stage.index.saturating_sub(to) as f64;
                @let top = bottom - (ARCH_PER_STAGE * (span + 1.0)).min(ARCH_MAX);
                g class="loop" {
                    title { (locale.loop_sentence(row)) }
                    path class="loop-line"
                        d=(format!("M{from_x:.1} {bottom:.1} C{from_x:.1} {top:.1} {to_x:.1} {top:.1} {to_x:.1} {bottom:.1}")) {}
                    path class="loop-head"
                        d=(format!("M{:.1} {:.1} L{to_x:.1} {bottom:.1} L{:.1} {:.1}",
                            to_x - HEAD, bottom - 2.0 * HEAD, to_x + HEAD, bottom - 2.0 * HEAD)) {}
                }
            }
        }
    }
}
