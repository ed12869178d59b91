//! The HTML report: one self-contained page to print for the workshop wall or attach to an
//! e-mail. Inline CSS and inline SVG, no external resource of any kind, and no script
//! needed to read it (a few lines make the portfolio index sortable where scripts run).
//!
//! Each map is a swimlane table: stages as columns, lanes as rows (goals, needs,
//! touchpoints by channel, the emotion curve, pains, opportunities, KPIs). The page is
//! built with maud, which escapes every text it is given, so nothing from a map can open a
//! tag, close the stylesheet or start a script.

mod journey;

use std::collections::HashMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::locale::Locale;
use super::model::{Badge, FindingRow, KpiRow, KpiStatus, MapReport, Report, Scope, StageEmotion};
use super::svg;
use crate::finding::Severity;
use crate::map::{Figure, KpiDirection, Rating};
use crate::rules::EmotionScale;

const PAGE_CSS: &str = include_str!("page.css");
const SORT_JS: &str = include_str!("sort.js");

/// Shown for a value the map does not give.
const NONE: &str = "—";

/// The top of the page: its head, and for a portfolio the index. The page's elements stay
/// open for the maps' sections; [`bottom`] closes them.
pub fn top(report: &Report, locale: &Locale) -> String {
    let page = Page::new(report, locale);
    let words = locale.words;
    let title = match (report.scope, report.index.as_slice()) {
        (Scope::Map, [map]) => locale.index_title(map),
        _ => words.portfolio_title,
    };
    let head = html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="generator" content="cjm";
            title { (title) }
            style { (PreEscaped(PAGE_CSS)) (PreEscaped(svg::CSS)) }
        }
    };
    let index = html! {
        @if report.scope == Scope::Portfolio {
            header class="portfolio" {
                h1 { (words.portfolio_title) }
                p { (as_of(report, locale)) " " (locale.portfolio_summary(&report.summary)) }
                (page.index(report))
            }
        }
    };
    format!(
        "{}<html lang=\"{}\">{}<body>{}",
        DOCTYPE.into_string(),
        locale.lang.code(),
        head.into_string(),
        index.into_string()
    )
}

/// The section of the `number`-th map.
pub fn map_section(report: &Report, locale: &Locale, number: usize, map: &MapReport<'_>) -> String {
    let page = Page::new(report, locale);
    let section = match report.scope {
        Scope::Map => page.map(map, number, 1, Some(&as_of(report, locale))),
        Scope::Portfolio => page.map(map, number, 2, None),
    };
    section.into_string()
}

/// The end of the page, after the maps' sections.
pub fn bottom(report: &Report) -> String {
    let script = html! {
        @if report.scope == Scope::Portfolio {
            script { (PreEscaped(SORT_JS)) }
        }
    };
    format!("{}</body></html>\n", script.into_string())
}

fn as_of(report: &Report, locale: &Locale) -> String {
    locale.words.as_of(&report.generated_for.to_string())
}

struct Page<'l> {
    locale: &'l Locale,
    scale: EmotionScale,
}

impl<'l> Page<'l> {
    fn new(report: &Report, locale: &'l Locale) -> Self {
        Self {
            locale,
            scale: report.emotion_scale,
        }
    }
}

/// The anchor of the `number`-th map's section.
fn anchor(number: usize) -> String {
    format!("map-{}", number + 1)
}

/// Headings one to six; deeper levels stay at six.
pub(super) fn heading(level: usize, content: Markup) -> Markup {
    html! {
        @match level {
            1 => h1 { (content) },
            2 => h2 { (content) },
            3 => h3 { (content) },
            4 => h4 { (content) },
            5 => h5 { (content) },
            _ => h6 { (content) },
        }
    }
}

/// Items as a list, or a dash for none.
fn items(texts: &[&str]) -> Markup {
    html! {
        @if texts.is_empty() {
            span class="none" { (NONE) }
        } @else {
            ul { @for text in texts { li { (text) } } }
        }
    }
}

impl Page<'_> {
    /// The portfolio's index, most urgent review first; sortable by freshness, owner and
    /// errors where scripts run.
    fn index(&self, report: &Report) -> Markup {
        let (locale, words) = (self.locale, self.locale.words);
        let numbers = report.by_urgency();
        html! {
            p class="sort-hint" { (words.sort_hint) }
            table class="index" data-sortable {
                thead {
                    tr {
                        th scope="col" { (words.map) }
                        th scope="col" { (words.file) }
                        th scope="col" data-sort="text" { (words.owner) }
                        th scope="col" { (words.segments) }
                        th scope="col" data-sort="number" aria-sort="ascending" { (words.freshness) }
                        th scope="col" class="number" data-sort="number" { (words.error_count) }
                        th scope="col" class="number" { (words.warning_count) }
                    }
                }
                tbody {
                    @for (urgency, (number, map)) in numbers.iter().enumerate() {
                        tr {
                            td { a href={ "#" (anchor(*number)) } { (locale.index_title(map)) } }
                            td class="path" { (map.path) }
                            td { (map.owner.as_deref().unwrap_or(NONE)) }
                            td {
                                (if map.segments.is_empty() { NONE.to_owned() } else { map.segments.join(", ") })
                            }
                            td data-key=(urgency) {
                                (self.badge(map.badge))
                                @if let Some(freshness) = map.freshness {
                                    " " span class="detail" { (words.due_on(&freshness.due.to_string())) }
                                }
                            }
                            td class="number" { (map.finding_counts.errors) }
                            td class="number" { (map.finding_counts.warnings) }
                        }
                    }
                }
            }
        }
    }

    fn badge(&self, badge: Option<Badge>) -> Markup {
        let words = self.locale.words;
        let (class, text) = match badge {
            Some(Badge::Fresh) => ("fresh", words.badge_fresh),
            Some(Badge::DueSoon) => ("due-soon", words.badge_due_soon),
            Some(Badge::Stale) => ("stale", words.badge_stale),
            Some(Badge::Future) => ("future", words.badge_future),
            None => ("unknown", words.badge_unknown),
        };
        html! { span class={ "badge badge-" (class) } { (text) } }
    }

    /// One map's section: header, swimlanes, findings.
    fn map(&self, map: &MapReport<'_>, number: usize, level: usize, as_of: Option<&str>) -> Markup {
        let (locale, words) = (self.locale, self.locale.words);
        let header = &map.header;
        let has_errors = map.finding_counts.errors > 0;
        html! {
            section class="map" id=(anchor(number)) {
                header class="map-header" {
                    (heading(level, html! { (locale.map_title(map)) " " (self.badge(map.badge)) }))
                    @if let Some(as_of) = as_of { p { (as_of) } }
                    @if map.map.is_none() {
                        dl class="facts" { dt { (words.file) } dd class="path" { (map.path) } }
                        p { (words.unreadable_map) }
                    } @else {
                        dl class="facts" {
                            dt { (words.owner) } dd { (header.owner.unwrap_or(NONE)) }
                            dt { (words.reviewed) }
                            dd { (map.freshness.map_or_else(|| NONE.to_owned(), |f| f.reviewed.to_string())) }
                            @if let Some(by) = header.reviewed_by {
                                dt { (words.reviewed_by) } dd { (by) }
                            }
                            dt { (words.freshness) } dd { (locale.freshness(map.freshness)) }
                            dt { (words.file) } dd class="path" { (map.path) }
                        }
                        @if let Some(description) = header.description {
                            p class="description" { (description) }
                        }
                        @if has_errors {
                            p class="warning-note" { strong { (words.map_has_errors) } }
                        }
                        (self.segments(map, level + 1))
                    }
                }
                @if map.map.is_some() {
                    (self.lanes(map, number))
                    (super::research_html::sections(locale, map, level + 1))
                }
                footer class="findings" {
                    (self.findings(&map.findings, level + 1))
                }
            }
        }
    }

    fn segments(&self, map: &MapReport<'_>, level: usize) -> Markup {
        let words = self.locale.words;
        html! {
            @if !map.segments.is_empty() {
                (heading(level, html! { (words.segments) }))
                table class="segments" {
                    thead {
                        tr {
                            @for label in [words.segment, words.who, words.what, words.why, words.when, words.where_] {
                                th scope="col" { (label) }
                            }
                        }
                    }
                    tbody {
                        @for segment in &map.segments {
                            tr {
                                th scope="row" { (segment.name.unwrap_or(NONE)) }
                                @for answer in segment.five_w {
                                    td { (answer.unwrap_or(NONE)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The swimlanes: a column per stage, a row per lane.
    fn lanes(&self, map: &MapReport<'_>, number: usize) -> Markup {
        let (locale, words) = (self.locale, self.locale.words);
        let stages = map.emotion_curve.len();
        let curve_id = format!("{}-curve", anchor(number));
        let min = locale.score(self.scale.min as f64);
        let max = locale.score(self.scale.max as f64);
        html! {
            div class="lanes-scroll" {
                table class="lanes" style={ "--stages: " (stages.max(1)) } {
                    colgroup {
                        col class="lane-head";
                        @for _ in 0..stages { col; }
                    }
                    thead {
                        tr {
                            th scope="col" class="corner" { (words.stage) }
                            @for (stage, row) in map.emotion_curve.iter().zip(&map.funnel) {
                                th scope="col" class="stage-head" {
                                    span class="stage-name" { (locale.stage(&stage.stage)) }
                                    @if row.entered.is_some() || row.advanced.is_some() {
                                        span class="funnel" title={ (words.entered) " → " (words.advanced) } {
                                            (self.count(row.entered)) " → " (self.count(row.advanced))
                                        }
                                        @if let Some(conversion) = row.conversion {
                                            span class="conversion" title=(words.stage_conversion) {
                                                (words.stage_conversion) ": " (locale.percent(conversion))
                                            }
                                        }
                                        // issue 13: triggers, loops, risks
                                        (self.funnel_link_note(map, stage.stage.index))
                                    }
                                }
                            }
                        }
                    }
                    tbody {
                        tr class="lane lane-goals" {
                            th scope="row" { (words.goals) }
                            @for stage in &map.stages { td { (items(&stage.goals)) } }
                        }
                        tr class="lane lane-needs" {
                            th scope="row" { (words.needs) }
                            @for stage in &map.stages { td { (items(&stage.needs)) } }
                        }
                        tr class="lane lane-touchpoints" {
                            th scope="row" { (words.touchpoints) }
                            @for stage in &map.emotion_curve { td { (self.touchpoints(stage)) } }
                        }
                        tr class="lane lane-emotion" {
                            th scope="row" {
                                (words.emotion)
                                span class="scale-note" { (words.scale_note(&min, &max)) }
                            }
                            td class="curve-cell" colspan=(stages.max(1)) {
                                figure {
                                    (svg::lane(map, self.scale, locale, &curve_id))
                                    figcaption { (self.legend(map)) }
                                }
                            }
                        }
                        tr class="lane lane-scores" {
                            th scope="row" { (words.stage_score) }
                            @for stage in &map.emotion_curve {
                                td { (locale.stage_emotion(self.scale, stage).unwrap_or_else(|| NONE.to_owned())) }
                            }
                        }
                        tr class="lane lane-pains" {
                            th scope="row" { (words.pains) }
                            @for stage in &map.stages {
                                td {
                                    @if stage.pains.is_empty() {
                                        span class="none" { (NONE) }
                                    } @else {
                                        ul class="pains" {
                                            @for pain in &stage.pains {
                                                li class={ "pain sev-" (severity_class(pain.severity)) } {
                                                    (pain.text.unwrap_or(NONE))
                                                    @if let Some(severity) = pain.severity {
                                                        " " span class="severity" { (self.locale.rating(severity)) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        tr class="lane lane-opportunities" {
                            th scope="row" { (words.opportunities) }
                            @for stage in &map.stages { td { (items(&stage.opportunities)) } }
                        }
                        tr class="lane lane-kpis" {
                            th scope="row" { (words.kpis) }
                            @for kpis in kpis_by_stage(map) {
                                td {
                                    @if kpis.is_empty() {
                                        span class="none" { (NONE) }
                                    } @else {
                                        ul class="kpis" { @for kpi in kpis { (self.kpi(kpi)) } }
                                    }
                                }
                            }
                        }
                        // issue 13: triggers, loops, risks
                        (self.journey_lanes(map))
                    }
                }
            }
        }
    }

    fn count(&self, count: Option<i64>) -> String {
        count.map_or_else(|| NONE.to_owned(), |count| self.locale.integer(count))
    }

    /// A stage's touchpoints grouped by channel, groups in the order they first appear.
    fn touchpoints(&self, stage: &StageEmotion<'_>) -> Markup {
        let words = self.locale.words;
        let mut groups: Vec<(Option<&str>, Vec<&str>)> = Vec::new();
        let mut group_of: HashMap<Option<&str>, usize> = HashMap::new();
        for touchpoint in &stage.touchpoints {
            let name = touchpoint.name.unwrap_or(NONE);
            let group = *group_of.entry(touchpoint.channel).or_insert_with(|| {
                groups.push((touchpoint.channel, Vec::new()));
                groups.len() - 1
            });
            if let Some((_, names)) = groups.get_mut(group) {
                names.push(name);
            }
        }
        html! {
            @if groups.is_empty() {
                span class="none" { (NONE) }
            }
            @for (channel, names) in &groups {
                div class="channel-group" {
                    div class="channel" { (channel.unwrap_or(words.no_channel)) }
                    ul { @for name in names { li { (name) } } }
                }
            }
        }
    }

    fn legend(&self, map: &MapReport<'_>) -> Markup {
        let words = self.locale.words;
        let swatch = |class: &str| {
            html! {
                svg class="curve swatch" viewBox="0 0 30 12" width="30" height="12" aria-hidden="true" {
                    // `legend-mark`: a point of the legend is not a point of the curve.
                    @if class == "touchpoint-point" {
                        circle class={ (class) " legend-mark" } cx="15" cy="6" r="4" {}
                    } @else if class == "stage-line" {
                        line class={ (class) " legend-mark" } x1="0" x2="30" y1="6" y2="6" {}
                        circle class="stage-point legend-mark" cx="15" cy="6" r="5" {}
                    } @else {
                        line class={ (class) " legend-mark" } x1="0" x2="30" y1="6" y2="6" {}
                    }
                }
            }
        };
        html! {
            ul class="legend" {
                li { (swatch("stage-line")) " " (words.stage_score) }
                li { (swatch("touchpoint-point")) " " (words.touchpoint_score) }
                @for (number, curve) in map.segment_curves.iter().enumerate() {
                    li {
                        (swatch(&format!("segment-line seg-{}", number % svg::SEGMENT_STYLES)))
                        " " (curve.segment)
                    }
                }
                // issue 13: triggers, loops, risks
                (self.loop_legend(map))
            }
        }
    }

    fn kpi(&self, kpi: &KpiRow<'_>) -> Markup {
        let (locale, words) = (self.locale, self.locale.words);
        let number =
            |value: Option<&Figure>| value.map_or_else(|| NONE.to_owned(), |v| locale.figure(v));
        let target = match (kpi.better, kpi.target) {
            (KpiDirection::Lower, Some(target)) => format!("≤ {}", locale.figure(target)),
            _ => number(kpi.target),
        };
        let (class, mark, status) = match kpi.status {
            KpiStatus::Met => ("met", "✓", words.met),
            KpiStatus::BelowTarget => ("below", "✗", words.below_target),
            KpiStatus::NoData => ("no-data", "?", words.no_data),
        };
        html! {
            li class={ "kpi kpi-" (class) } {
                span class="kpi-name" { (kpi.name.unwrap_or(NONE)) }
                " "
                span class="kpi-figures" {
                    (number(kpi.actual)) " / " (target)
                    @if let Some(unit) = kpi.unit { " " (unit) }
                }
                " "
                span class="kpi-status" { (mark) " " (status) }
            }
        }
    }

    fn findings(&self, findings: &[FindingRow<'_>], level: usize) -> Markup {
        let words = self.locale.words;
        html! {
            (heading(level, html! { (words.findings) }))
            @if findings.is_empty() {
                p { (words.no_findings) }
            } @else {
                table class="findings" {
                    thead {
                        tr {
                            th scope="col" { (words.level) }
                            th scope="col" { (words.rule) }
                            th scope="col" class="number" { (words.line) }
                            th scope="col" { (words.message) }
                        }
                    }
                    tbody {
                        @for finding in findings {
                            @let (class, label) = match finding.severity {
                                Severity::Error => ("error", words.error),
                                Severity::Warning => ("warning", words.warning),
                                Severity::Info => ("info", words.info),
                            };
                            tr class={ "finding finding-" (class) } {
                                td { (label) }
                                td { code { (finding.code) } " " (finding.rule) }
                                td class="number" { (finding.line) }
                                td {
                                    (finding.message.render(self.locale.lang))
                                    @if let Some(help) = finding.help {
                                        div class="help" { (help.render(self.locale.lang)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The KPIs of each stage, in one pass.
fn kpis_by_stage<'m, 'a>(map: &'m MapReport<'a>) -> Vec<Vec<&'m KpiRow<'a>>> {
    journey::by_stage(&map.kpis, map.stages.len(), |kpi| kpi.stage.index)
}

fn severity_class(severity: Option<Rating>) -> &'static str {
    severity.map_or("unrated", Rating::as_str)
}
