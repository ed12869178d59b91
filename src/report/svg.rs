//! The emotion curve as SVG: inside the HTML page's emotion lane, and as a standalone
//! picture (`cjm report --format svg`) for wikis and slide decks.
//!
//! One column per stage, the same width as the page's stage columns, so the lane's points
//! sit under their stages. Each stage with a score gets a large point and each touchpoint
//! with a score a small one, spread across its stage's column; the stage points are joined
//! by a solid line, and when touchpoints name segments each segment gets its own line (a
//! dash pattern and a marker of its own, so the lines stay apart in greyscale).
//!
//! Built with maud like the page, so every text from a map is escaped; every element is
//! closed explicitly (`<circle></circle>`), which reads the same as HTML and as XML.

mod journey;

use maud::{Markup, PreEscaped, html};

use super::locale::Locale;
use super::model::MapReport;
use crate::rules::EmotionScale;

/// The width of one stage's column in SVG units.
pub const COLUMN: f64 = 200.0;
/// The height of the plotted band, between the scale's ends.
const PLOT: f64 = 160.0;
/// Room above and below the band, for the points at the ends.
const PAD: f64 = 14.0;
/// How many segment line styles there are before they repeat (see the `seg-N` classes).
pub const SEGMENT_STYLES: usize = 6;

/// The styles the curve's classes need; the page has them in its own stylesheet, and a
/// standalone SVG carries them in a `<style>` element.
pub const CSS: &str = include_str!("curve.css");

/// Where the plot sits and how its axis is labelled.
struct Frame {
    /// The left edge of the first stage column.
    left: f64,
    top: f64,
    scale: EmotionScale,
}

impl Frame {
    fn y(&self, score: f64) -> f64 {
        let width = (self.scale.max - self.scale.min) as f64;
        let position = if width > 0.0 {
            ((self.scale.max as f64 - score) / width).clamp(0.0, 1.0)
        } else {
            0.5
        };
        self.top + PAD + position * PLOT
    }

    fn stage_x(&self, index: usize) -> f64 {
        self.left + (index as f64 + 0.5) * COLUMN
    }

    /// The `position`-th of `count` touchpoints, spread evenly across the stage's column.
    fn touchpoint_x(&self, stage: usize, position: usize, count: usize) -> f64 {
        self.left + stage as f64 * COLUMN + (position as f64 + 1.0) * COLUMN / (count as f64 + 1.0)
    }
}

/// The height of one plot, the band and its padding.
pub const HEIGHT: f64 = PLOT + 2.0 * PAD;

/// The values the axis labels: every whole score on a scale of up to eleven steps, else
/// the ends and the midpoint.
fn ticks(scale: EmotionScale) -> Vec<f64> {
    if scale.max - scale.min <= 10 {
        (scale.min..=scale.max).map(|score| score as f64).collect()
    } else {
        let mid = (scale.min as f64 + scale.max as f64) / 2.0;
        vec![scale.min as f64, mid, scale.max as f64]
    }
}

/// An SVG path through the points, broken where a point is missing.
fn path(points: impl Iterator<Item = Option<(f64, f64)>>) -> String {
    let mut d = String::new();
    let mut drawing = false;
    for point in points {
        match point {
            Some((x, y)) => {
                let command = if drawing { 'L' } else { 'M' };
                d.push_str(&format!("{command}{x:.1} {y:.1} "));
                drawing = true;
            }
            None => drawing = false,
        }
    }
    d.trim_end().to_owned()
}

/// The plot of one map: axis, lines, points. `axis_outside` puts the axis labels left of
/// the first column (standalone) instead of inside it (the page's lane).
fn plot(map: &MapReport<'_>, frame: &Frame, locale: &Locale, axis_outside: bool) -> Markup {
    let width = map.emotion_curve.len() as f64 * COLUMN;
    let right = frame.left + width;
    let (label_x, anchor) = if axis_outside {
        (frame.left - 6.0, "end")
    } else {
        (frame.left + 4.0, "start")
    };
    let stage_line = path(map.emotion_curve.iter().enumerate().map(|(index, stage)| {
        stage
            .emotion
            .map(|score| (frame.stage_x(index), frame.y(score)))
    }));
    html! {
        g class="axis" {
            @for tick in ticks(frame.scale) {
                @let y = frame.y(tick);
                line class=(if tick == 0.0 { "grid zero" } else { "grid" })
                    x1=(frame.left) x2=(right) y1=(y) y2=(y) {}
                text class="tick" x=(label_x) y=(y - 3.0) text-anchor=(anchor) {
                    (locale.score(tick))
                }
            }
        }
        @if !stage_line.is_empty() {
            path class="stage-line" d=(stage_line) {}
        }
        @for (number, curve) in map.segment_curves.iter().enumerate() {
            @let d = path(curve.points.iter().enumerate().map(|(index, point)| {
                point.map(|score| (frame.stage_x(index), frame.y(score)))
            }));
            @if !d.is_empty() {
                path class={ "segment-line seg-" (number % SEGMENT_STYLES) } d=(d) {
                    title { (curve.segment) }
                }
            }
        }
        // issue 13: triggers, loops, risks
        (journey::loops(map, frame, locale))
        @for (index, stage) in map.emotion_curve.iter().enumerate() {
            @let scored: Vec<_> = stage.touchpoints.iter().filter(|t| t.emotion.is_some()).collect();
            @for (position, touchpoint) in scored.iter().enumerate() {
                @if let Some(score) = touchpoint.emotion {
                    circle class="touchpoint-point"
                        cx=(format!("{:.1}", frame.touchpoint_x(index, position, scored.len())))
                        cy=(format!("{:.1}", frame.y(score as f64))) r="4" {
                        title {
                            (touchpoint.name.unwrap_or("—")) ": " (locale.score(score as f64))
                        }
                    }
                }
            }
            @if let Some(score) = stage.emotion {
                circle class="stage-point"
                    cx=(format!("{:.1}", frame.stage_x(index)))
                    cy=(format!("{:.1}", frame.y(score))) r="7" {
                    title { (locale.stage(&stage.stage)) ": " (locale.score(score)) }
                }
            }
        }
    }
}

/// The curve for the page's emotion lane: as wide as the stage columns, no margins.
pub fn lane(map: &MapReport<'_>, scale: EmotionScale, locale: &Locale, id: &str) -> Markup {
    let width = map.emotion_curve.len() as f64 * COLUMN;
    let frame = Frame {
        left: 0.0,
        top: 0.0,
        scale,
    };
    html! {
        svg class="curve lane-curve" viewBox={ "0 0 " (width) " " (HEIGHT) } role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } {
            title id={ (id) "-title" } { (locale.words.curve_title(locale.map_title(map))) }
            desc id={ (id) "-desc" } { (text_curve(map, scale, locale)) }
            (plot(map, &frame, locale, false))
        }
    }
}

/// The curve in words, for screen readers and for the page without pictures:
/// "Awareness: 🙂 +1 → Consideration: 🙁 -1".
pub fn text_curve(map: &MapReport<'_>, scale: EmotionScale, locale: &Locale) -> String {
    map.emotion_curve
        .iter()
        .map(|stage| {
            let emotion = locale.stage_emotion(scale, stage);
            format!(
                "{}: {}",
                locale.stage(&stage.stage),
                emotion.as_deref().unwrap_or("—")
            )
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Room left of the plot for the axis labels, in the standalone picture.
const AXIS: f64 = 56.0;
/// The height of the title line, of the stage labels under the plot and of the legend.
const TITLE: f64 = 36.0;
const LABEL_LINE: f64 = 15.0;
const LABEL_LINES: usize = 3;
const LEGEND: f64 = 28.0;
/// How many characters of a stage name fit on one line of its column.
const LABEL_WIDTH: usize = 24;

/// A stage name on at most three lines of its column, broken between words; a word longer
/// than a line is broken inside, and what does not fit ends with `…` (the page shows the
/// name in full; a picture has no room to wrap).
fn label_lines(text: &str) -> Vec<String> {
    let options = textwrap::Options::new(LABEL_WIDTH).break_words(true);
    let mut lines: Vec<String> = textwrap::wrap(text, options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect();
    if lines.len() > LABEL_LINES {
        lines.truncate(LABEL_LINES);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(LABEL_WIDTH - 1).collect();
            *last = format!("{kept}…");
        }
    }
    lines
}

/// The standalone SVG of `maps` (those with scores), one below the other: for each, its
/// title, the plot with the axis, the stage names under their columns and a legend.
pub fn standalone_maps(maps: &[&MapReport<'_>], scale: EmotionScale, locale: &Locale) -> String {
    let block = TITLE + HEIGHT + LABEL_LINE * LABEL_LINES as f64 + 8.0 + LEGEND;
    let columns = maps
        .iter()
        .map(|map| map.emotion_curve.len())
        .max()
        .unwrap_or(1);
    let width = AXIS + columns as f64 * COLUMN + 16.0;
    let height = (block * maps.len() as f64).max(TITLE);
    let words = locale.words;
    let markup = html! {
        svg xmlns="http://www.w3.org/2000/svg" class="curve standalone"
            width=(width) height=(height) viewBox={ "0 0 " (width) " " (height) }
            role="img" aria-labelledby="curve-title curve-desc" {
            title id="curve-title" { (words.emotion_curve) }
            desc id="curve-desc" {
                @for map in maps {
                    (locale.map_title(map)) ": " (text_curve(map, scale, locale)) ". "
                }
            }
            style { (PreEscaped(CSS)) }
            rect class="background" x="0" y="0" width=(width) height=(height) {}
            @if maps.is_empty() {
                text class="title" x="8" y="24" { (words.no_emotion) }
            }
            @for (number, map) in maps.iter().enumerate() {
                @let top = number as f64 * block;
                @let frame = Frame { left: AXIS, top: top + TITLE, scale };
                g class="map" {
                    text class="title" x="8" y=(top + 24.0) { (locale.map_title(map)) }
                    (plot(map, &frame, locale, true))
                    @for (index, stage) in map.emotion_curve.iter().enumerate() {
                        text class="stage-label" x=(frame.stage_x(index)) text-anchor="middle"
                            y=(top + TITLE + HEIGHT + LABEL_LINE) {
                            @for (line, text) in label_lines(&locale.stage(&stage.stage)).iter().enumerate() {
                                tspan x=(frame.stage_x(index)) dy=(if line == 0 { 0.0 } else { LABEL_LINE }) {
                                    (text)
                                }
                            }
                        }
                    }
                    (legend(map, locale, AXIS, top + TITLE + HEIGHT + LABEL_LINE * LABEL_LINES as f64 + 8.0 + 16.0))
                }
            }
        }
    };
    let mut document = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    document.push_str(&markup.into_string());
    document.push('\n');
    document
}

/// One row: the stage line, a touchpoint, then each segment's line.
fn legend(map: &MapReport<'_>, locale: &Locale, left: f64, y: f64) -> Markup {
    let words = locale.words;
    let mut entries: Vec<(String, String)> = vec![
        ("stage-line".to_owned(), words.stage_score.to_owned()),
        (
            "touchpoint-point".to_owned(),
            words.touchpoint_score.to_owned(),
        ),
    ];
    for (number, curve) in map.segment_curves.iter().enumerate() {
        entries.push((
            format!("segment-line seg-{}", number % SEGMENT_STYLES),
            curve.segment.to_owned(),
        ));
    }
    // Entries share the row by the length of their labels; the picture cannot measure.
    let mut x = left;
    let placed: Vec<(f64, String, String)> = entries
        .into_iter()
        .map(|(class, label)| {
            let label: String = label.chars().take(40).collect();
            let start = x;
            x += 40.0 + 7.0 * label.chars().count() as f64;
            (start, class, label)
        })
        .collect();
    html! {
        g class="legend" {
            @for (start, class, label) in &placed {
                // `legend-mark`: a point of the legend is not a point of the curve.
                @if class == "touchpoint-point" {
                    circle class={ (class) " legend-mark" } cx=(start + 12.0) cy=(y - 4.0) r="4" {}
                } @else {
                    line class={ (class) " legend-mark" } x1=(start) x2=(start + 26.0) y1=(y - 4.0) y2=(y - 4.0) {}
                }
                text class="legend-label" x=(start + 32.0) y=(y) { (label) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_break_where_a_point_is_missing() {
        let points = [Some((0.0, 1.0)), Some((2.0, 3.0)), None, Some((4.0, 5.0))];
        assert_eq!(path(points.into_iter()), "M0.0 1.0 L2.0 3.0 M4.0 5.0");
        assert_eq!(path([None, None].into_iter()), "");
    }

    #[test]
    fn stage_labels_wrap_between_words_and_never_run_over() {
        assert_eq!(label_lines("Awareness"), ["Awareness"]);
        assert_eq!(
            label_lines("Осознание потребности в новом шкафу"),
            ["Осознание потребности в", "новом шкафу"]
        );
        let long = "Ы".repeat(100);
        let lines = label_lines(&long);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|line| line.chars().count() <= LABEL_WIDTH));
        assert!(lines[2].ends_with('…'));
    }

    #[test]
    fn ticks_label_every_step_of_a_small_scale() {
        assert_eq!(ticks(EmotionScale::default()), [-2.0, -1.0, 0.0, 1.0, 2.0]);
        assert_eq!(ticks(EmotionScale { min: 0, max: 100 }), [0.0, 50.0, 100.0]);
    }
}
