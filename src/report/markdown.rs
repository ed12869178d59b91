//! The Markdown report, for wikis and pull requests (GitHub Flavored Markdown: tables and a
//! Mermaid diagram).
//!
//! Text from maps is written as it is, with emphasis and links, except what could break
//! the document's structure: see [`escape`].

mod journey;

use std::fmt::Write as _;

use super::assets::Asset;
use super::locale::Locale;
use super::mermaid;
use super::model::{
    EmotionBasis, FindingRow, KpiStatus, MapReport, Report, Scope, StageEmotion, face,
};
use crate::finding::Severity;
use crate::map::{Figure, KpiDirection};
use crate::rules::EmotionScale;

/// Shown for a value the map does not give.
const NONE: &str = "—";

/// The top of the report: for a portfolio its title, totals and index; nothing for one
/// map, whose section has its own title.
pub fn top(report: &Report, locale: &Locale) -> String {
    let mut out = Markdown::new(report, locale, None);
    if report.scope == Scope::Portfolio {
        out.portfolio_index(report, &as_of(report, locale));
    }
    out.text
}

/// The section of one map; `picture` links to the picture of its curve.
pub fn map_section(
    report: &Report,
    locale: &Locale,
    map: &MapReport<'_>,
    picture: Option<&Asset>,
) -> String {
    let mut out = Markdown::new(report, locale, picture.map(|asset| asset.link.as_str()));
    match report.scope {
        Scope::Map => out.map(map, 1, Some(&as_of(report, locale))),
        Scope::Portfolio => out.map(map, 2, None),
    }
    out.text
}

fn as_of(report: &Report, locale: &Locale) -> String {
    locale.words.as_of(&report.generated_for.to_string())
}

struct Markdown<'l> {
    text: String,
    locale: &'l Locale,
    scale: EmotionScale,
    /// The link to the picture of the map's emotion curve, when one is written.
    picture: Option<&'l str>,
}

impl<'l> Markdown<'l> {
    fn new(report: &Report, locale: &'l Locale, picture: Option<&'l str>) -> Self {
        Self {
            text: String::new(),
            locale,
            scale: report.emotion_scale,
            picture,
        }
    }
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

impl Markdown<'_> {
    fn heading(&mut self, level: usize, text: &str) {
        let _ = writeln!(
            self.text,
            "{} {}\n",
            "#".repeat(level),
            escape(text).replace('#', "\\#")
        );
    }

    fn paragraph(&mut self, markdown: &str) {
        let _ = writeln!(self.text, "{markdown}\n");
    }

    /// A table whose rows have as many cells as its header, by construction. Cells are
    /// Markdown already (see [`escape`]).
    fn table<const N: usize>(&mut self, header: [(&str, Align); N], rows: Vec<[String; N]>) {
        let header = header.map(|(name, align)| (escape(name), align));
        self.table_of(&header, rows.into_iter().map(Vec::from).collect());
    }

    /// A table with as many columns as the map has stages or segments; the caller makes
    /// every row as long as `header`. Header and cells are Markdown already.
    fn table_of(&mut self, header: &[(String, Align)], rows: Vec<Vec<String>>) {
        let line = |cells: &mut dyn Iterator<Item = String>| {
            let cells: Vec<String> = cells.collect();
            format!("| {} |\n", cells.join(" | "))
        };
        self.text
            .push_str(&line(&mut header.iter().map(|(name, _)| name.clone())));
        self.text
            .push_str(&line(&mut header.iter().map(|(_, align)| {
                match align {
                    Align::Left => "---",
                    Align::Right => "---:",
                }
                .to_owned()
            })));
        for row in rows {
            self.text.push_str(&line(&mut row.into_iter()));
        }
        self.text.push('\n');
    }

    fn portfolio_index(&mut self, report: &Report, as_of: &str) {
        let (locale, words) = (self.locale, self.locale.words);
        self.heading(1, words.portfolio_title);
        let summary = locale.portfolio_summary(&report.summary);
        self.paragraph(&format!("{} {}", escape(as_of), escape(&summary)));
        let rows = report
            .by_urgency()
            .into_iter()
            .map(|(_, map)| {
                [
                    escape(locale.index_title(map)),
                    escape(&map.path),
                    text_or_none(map.owner.as_deref()),
                    list(map.segments.iter().map(String::as_str), ", "),
                    or_none(map.freshness.map(|f| f.reviewed.to_string())),
                    escape(
                        &locale
                            .freshness_short(map.freshness)
                            .unwrap_or(NONE.to_owned()),
                    ),
                    map.finding_counts.errors.to_string(),
                    map.finding_counts.warnings.to_string(),
                ]
            })
            .collect();
        self.table(
            [
                (words.map, Align::Left),
                (words.file, Align::Left),
                (words.owner, Align::Left),
                (words.segments, Align::Left),
                (words.reviewed, Align::Left),
                (words.freshness, Align::Left),
                (words.error_count, Align::Right),
                (words.warning_count, Align::Right),
            ],
            rows,
        );
    }

    /// One map's report; its title at `level`, its sections one level below.
    fn map(&mut self, map: &MapReport<'_>, level: usize, as_of: Option<&str>) {
        let words = self.locale.words;
        self.heading(level, self.locale.map_title(map));
        if let Some(as_of) = as_of {
            self.paragraph(&escape(as_of));
        }
        if map.map.is_none() {
            self.facts(vec![(words.file, escape(&map.path))]);
            self.paragraph(&escape(words.unreadable_map));
            self.findings(&map.findings, level + 1);
            return;
        }
        let header = &map.header;
        let mut facts = vec![(words.owner, text_or_none(header.owner))];
        facts.push((
            words.reviewed,
            or_none(map.freshness.map(|f| f.reviewed.to_string())),
        ));
        if let Some(by) = header.reviewed_by {
            facts.push((words.reviewed_by, escape(by)));
        }
        facts.push((
            words.freshness,
            escape(&self.locale.freshness(map.freshness)),
        ));
        facts.push((words.file, escape(&map.path)));
        self.facts(facts);
        if let Some(description) = header.description {
            self.paragraph(&escape(description));
        }
        let errors_first = map.finding_counts.errors > 0;
        if errors_first {
            self.paragraph(&format!("**{}**", escape(words.map_has_errors)));
            self.findings(&map.findings, level + 1);
        }
        self.segments(map, level + 1);
        self.emotion_curve(map, self.picture, level + 1);
        self.segment_views(map, level + 1);
        self.journey(map, level + 1);
        // issue 13: triggers, loops, risks
        self.triggers(map, level + 1);
        self.loops(map, level + 1);
        self.funnel(map, level + 1);
        self.funnel_links(map);
        self.kpis(map, level + 1);
        self.risks(map, level + 1);
        self.top_pains(map, level + 1);
        self.research(map, level + 1);
        if !errors_first {
            self.findings(&map.findings, level + 1);
        }
    }

    /// A list of labelled facts; values are Markdown already.
    fn facts(&mut self, facts: Vec<(&str, String)>) {
        for (label, value) in facts {
            let _ = writeln!(self.text, "- **{}:** {value}", escape(label));
        }
        self.text.push('\n');
    }

    fn segments(&mut self, map: &MapReport<'_>, level: usize) {
        let words = self.locale.words;
        self.heading(level, words.segments);
        let rows = map
            .segments
            .iter()
            .map(|segment| {
                let [who, what, why, when, where_] = segment.five_w.map(text_or_none);
                [text_or_none(segment.name), who, what, why, when, where_]
            })
            .collect();
        self.table(
            [
                (words.segment, Align::Left),
                (words.who, Align::Left),
                (words.what, Align::Left),
                (words.why, Align::Left),
                (words.when, Align::Left),
                (words.where_, Align::Left),
            ],
            rows,
        );
    }

    fn stage_emotion(&self, stage: &StageEmotion<'_>) -> String {
        escape(
            &self
                .locale
                .stage_emotion(self.scale, stage)
                .unwrap_or_else(|| NONE.to_owned()),
        )
    }

    fn emotion_curve(&mut self, map: &MapReport<'_>, picture: Option<&str>, level: usize) {
        let words = self.locale.words;
        self.heading(level, words.emotion_curve);
        if map
            .emotion_curve
            .iter()
            .all(|stage| stage.emotion.is_none())
        {
            self.paragraph(&escape(words.no_emotion));
            return;
        }
        if let Some(link) = picture {
            // The alt text is a fixed word: nothing from the map can close the brackets.
            self.paragraph(&format!("![{}]({link})", escape(words.emotion_curve)));
        }
        if let Some(diagram) = mermaid::journey(map, self.scale, self.locale) {
            self.paragraph(&format!("```mermaid\n{diagram}```"));
        }
        let curve: Vec<String> = map
            .emotion_curve
            .iter()
            .map(|stage| {
                let label = escape(&self.locale.stage(&stage.stage));
                format!("{label}: {}", self.stage_emotion(stage))
            })
            .collect();
        self.paragraph(&curve.join(" → "));
        let any_mean = map
            .emotion_curve
            .iter()
            .any(|stage| stage.emotion_basis == Some(EmotionBasis::TouchpointMean));
        if any_mean {
            self.paragraph(&escape(words.mean_emotion_note));
        }
    }

    fn journey(&mut self, map: &MapReport<'_>, level: usize) {
        let words = self.locale.words;
        self.heading(level, words.journey);
        let texts = |items: &[&str]| list(items, "<br>");
        let rows = map
            .emotion_curve
            .iter()
            .zip(&map.stages)
            .map(|(stage, lanes)| {
                let touchpoints = stage.touchpoints.iter().map(|touchpoint| {
                    let name = touchpoint.name.unwrap_or(NONE);
                    match touchpoint.channel {
                        Some(channel) => format!("{name} ({channel})"),
                        None => name.to_owned(),
                    }
                });
                let pains = lanes.pains.iter().map(|pain| {
                    let text = escape(pain.text.unwrap_or(NONE));
                    match pain.severity {
                        Some(severity) => {
                            format!("{text} (**{}**)", escape(self.locale.rating(severity)))
                        }
                        None => text,
                    }
                });
                [
                    escape(&self.locale.stage(&stage.stage)),
                    texts(&lanes.goals),
                    list(touchpoints, "<br>"),
                    self.stage_emotion(stage),
                    joined(pains.collect(), "<br>"),
                    texts(&lanes.opportunities),
                ]
            })
            .collect();
        self.table(
            [
                (words.stage, Align::Left),
                (words.goals, Align::Left),
                (words.touchpoints, Align::Left),
                (words.emotion, Align::Left),
                (words.pains, Align::Left),
                (words.opportunities, Align::Left),
            ],
            rows,
        );
    }

    fn funnel(&mut self, map: &MapReport<'_>, level: usize) {
        let (locale, words) = (self.locale, self.locale.words);
        self.heading(level, words.funnel);
        let has_figures = map
            .funnel
            .iter()
            .any(|row| row.entered.is_some() || row.advanced.is_some());
        if !has_figures {
            self.paragraph(&escape(words.no_funnel));
            return;
        }
        let count = |count: Option<i64>| or_none(count.map(|count| locale.integer(count)));
        let share = |share: Option<f64>| or_none(share.map(|share| locale.percent(share)));
        let rows = map
            .funnel
            .iter()
            .map(|row| {
                [
                    escape(&locale.stage(&row.stage)),
                    count(row.entered),
                    count(row.advanced),
                    share(row.conversion),
                    share(row.cumulative_conversion),
                ]
            })
            .collect();
        self.table(
            [
                (words.stage, Align::Left),
                (words.entered, Align::Right),
                (words.advanced, Align::Right),
                (words.stage_conversion, Align::Right),
                (words.cumulative_conversion, Align::Right),
            ],
            rows,
        );
        if let Some(drop) = &map.largest_drop_off {
            let sentence = words
                .largest_drop_off(&locale.stage(&drop.stage), &locale.percent(drop.lost_share));
            self.paragraph(&escape(&sentence));
        }
    }

    fn kpis(&mut self, map: &MapReport<'_>, level: usize) {
        let (locale, words) = (self.locale, self.locale.words);
        self.heading(level, words.kpis);
        if map.kpis.is_empty() {
            self.paragraph(&escape(words.no_kpis));
            return;
        }
        let number = |value: Option<&Figure>| or_none(value.map(|value| locale.figure(value)));
        let rows = map
            .kpis
            .iter()
            .map(|kpi| {
                [
                    escape(&locale.stage(&kpi.stage)),
                    text_or_none(kpi.name),
                    // "≤ 30": the target is a ceiling when lower is better.
                    match (kpi.better, kpi.target) {
                        (KpiDirection::Lower, Some(target)) => {
                            format!("≤ {}", locale.figure(target))
                        }
                        _ => number(kpi.target),
                    },
                    number(kpi.actual),
                    text_or_none(kpi.unit),
                    or_none(kpi.share_of_target.map(|share| locale.percent(share))),
                    escape(match kpi.status {
                        KpiStatus::Met => words.met,
                        KpiStatus::BelowTarget => words.below_target,
                        KpiStatus::NoData => words.no_data,
                    }),
                ]
            })
            .collect();
        self.table(
            [
                (words.stage, Align::Left),
                (words.kpi, Align::Left),
                (words.target, Align::Right),
                (words.actual, Align::Right),
                (words.unit, Align::Left),
                (words.share_of_target, Align::Right),
                (words.status, Align::Left),
            ],
            rows,
        );
    }

    fn top_pains(&mut self, map: &MapReport<'_>, level: usize) {
        let words = self.locale.words;
        self.heading(level, words.top_pains);
        if map.top_pains.is_empty() {
            self.paragraph(&escape(words.no_pains));
            return;
        }
        let rows = map
            .top_pains
            .iter()
            .map(|pain| {
                [
                    pain.severity
                        .map_or_else(|| escape(words.unrated), |s| escape(self.locale.rating(s))),
                    text_or_none(pain.text),
                    escape(&self.locale.stage(&pain.stage)),
                ]
            })
            .collect();
        self.table(
            [
                (words.severity, Align::Left),
                (words.pain, Align::Left),
                (words.stage, Align::Left),
            ],
            rows,
        );
    }

    fn findings(&mut self, findings: &[FindingRow<'_>], level: usize) {
        let words = self.locale.words;
        self.heading(level, words.findings);
        if findings.is_empty() {
            self.paragraph(&escape(words.no_findings));
            return;
        }
        let rows = findings
            .iter()
            .map(|finding| {
                let severity = match finding.severity {
                    Severity::Error => words.error,
                    Severity::Warning => words.warning,
                    Severity::Info => words.info,
                };
                [
                    escape(severity),
                    format!("`{}` {}", finding.code, finding.rule),
                    finding.line.to_string(),
                    escape(&finding.message.render(self.locale.lang)),
                ]
            })
            .collect();
        self.table(
            [
                (words.level, Align::Left),
                (words.rule, Align::Left),
                (words.line, Align::Right),
                (words.message, Align::Left),
            ],
            rows,
        );
    }
}

// issue 13: evidence, matrix
impl Markdown<'_> {
    /// Each segment's emotion curve and the channel matrix, for maps of several segments.
    fn segment_views(&mut self, map: &MapReport<'_>, level: usize) {
        let (locale, words) = (self.locale, &self.locale.words.research);
        let stages: Vec<(String, Align)> = map
            .emotion_curve
            .iter()
            .map(|point| (escape(&locale.stage(&point.stage)), Align::Left))
            .collect();
        let header = |first: &str| {
            let mut header = vec![(escape(first), Align::Left)];
            header.extend(stages.iter().cloned());
            header
        };
        if !map.segment_curves.is_empty() {
            self.heading(level, words.segment_curves);
            let rows = map
                .segment_curves
                .iter()
                .map(|curve| {
                    let mut row = vec![escape(curve.segment)];
                    row.extend(curve.points.iter().map(|point| match point {
                        Some(score) => escape(&format!(
                            "{} {}",
                            face(self.scale, *score),
                            locale.score(*score)
                        )),
                        None => NONE.to_owned(),
                    }));
                    row
                })
                .collect();
            self.table_of(&header(locale.words.segment), rows);
        }
        if map.channel_matrix.len() > 1 {
            self.heading(level, words.channel_matrix);
            let rows = map
                .channel_matrix
                .iter()
                .map(|row| {
                    let mut cells = vec![escape(row.segment)];
                    cells.extend(row.stages.iter().map(|cell| {
                        match (cell.touchpoints, cell.channels.is_empty()) {
                            (0, _) => format!("_{}_", escape(words.not_reached)),
                            (_, true) => escape(words.no_channel),
                            (_, false) => list(&cell.channels, "<br>"),
                        }
                    }));
                    cells
                })
                .collect();
            self.table_of(&header(locale.words.segment), rows);
        }
    }

    /// Per stage, how much cites research; then the sources. Only for maps that list them.
    fn research(&mut self, map: &MapReport<'_>, level: usize) {
        if map.sources.is_empty() {
            return;
        }
        let (locale, words) = (self.locale, &self.locale.words.research);
        let count = |count: usize| locale.integer(i64::try_from(count).unwrap_or(i64::MAX));
        self.heading(level, words.evidence);
        let rows = map
            .evidence
            .iter()
            .map(|stage| {
                [
                    escape(&locale.stage(&stage.stage)),
                    escape(&words.of(&count(stage.backed), &count(stage.claims))),
                    or_none(stage.backed_share.map(|share| locale.percent(share))),
                    list(&stage.sources, ", "),
                ]
            })
            .collect();
        self.table(
            [
                (locale.words.stage, Align::Left),
                (words.backed, Align::Right),
                (words.backed_share, Align::Right),
                (words.cited_sources, Align::Left),
            ],
            rows,
        );
        self.heading(level, words.sources);
        let rows = map
            .sources
            .iter()
            .map(|source| {
                let date = source.date.map(|date| {
                    if source.stale {
                        format!("{date} (**{}**)", escape(words.stale_source))
                    } else {
                        date.to_string()
                    }
                });
                [
                    text_or_none(source.name.or(source.id)),
                    text_or_none(source.kind.map(|kind| words.kind_of(kind))),
                    or_none(date),
                    or_none(source.size.map(|size| locale.integer(size))),
                    count(source.cited_by),
                ]
            })
            .collect();
        self.table(
            [
                (words.source, Align::Left),
                (words.kind, Align::Left),
                (words.date, Align::Left),
                (words.size, Align::Right),
                (words.cited_by, Align::Right),
            ],
            rows,
        );
    }
}

fn or_none(markdown: Option<String>) -> String {
    markdown.unwrap_or_else(|| NONE.to_owned())
}

fn text_or_none(text: Option<&(impl AsRef<str> + ?Sized)>) -> String {
    or_none(text.map(|text| escape(text.as_ref())))
}

/// Texts escaped and joined, or a dash for none.
fn list<'a>(texts: impl IntoIterator<Item = impl AsRef<str> + 'a>, separator: &str) -> String {
    joined(
        texts
            .into_iter()
            .map(|text| escape(text.as_ref()))
            .collect(),
        separator,
    )
}

/// Markdown pieces joined, or a dash for none.
fn joined(pieces: Vec<String>, separator: &str) -> String {
    if pieces.is_empty() {
        NONE.to_owned()
    } else {
        pieces.join(separator)
    }
}

/// Characters that open a block (heading, quote, list, HTML, table, link definition,
/// thematic break) when they start a line.
const BLOCK_MARKERS: &[char] = &['#', '>', '-', '+', '*', '_', '=', '<', '[', '|'];

/// What opens a fenced code block: three backticks or tildes. One or two backticks open a
/// code span, which findings use on purpose (`` `target` in KPI `Leads` ``), so they stay.
const FENCES: [&str; 2] = ["```", "~~~"];

/// Text from a map as one line of Markdown that reads the same and cannot break the
/// document around it: a backslash or `|` is escaped (a table cell ends at a bare `|`),
/// every line break becomes `<br>`, and a character that would open a block at the start
/// of a line is escaped. Everything else, Cyrillic and emoji included, is kept.
pub(crate) fn escape(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    let starts_block = out.starts_with(BLOCK_MARKERS)
        || FENCES.iter().any(|fence| out.starts_with(fence))
        || starts_ordered_item(&out);
    if starts_block {
        let digits = out.len() - out.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.insert(digits, '\\');
    }
    out
}

/// `1. ` or `1) `: an ordered list item.
fn starts_ordered_item(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < text.len() && rest.starts_with(['.', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_text_and_table_structure() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("C:\\dir\\|x"), "C:\\\\dir\\\\\\|x");
        assert_eq!(
            escape("one\r\ntwo\nthree\rfour"),
            "one<br>two<br>three<br>four"
        );
        assert_eq!(escape("Срок — 2 дня 🙂 *важно*"), "Срок — 2 дня 🙂 *важно*");
    }

    #[test]
    fn escaping_defuses_block_starts() {
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("```"), "\\```");
        assert_eq!(escape("12. not a list"), "12\\. not a list");
        assert_eq!(escape("2024 was good"), "2024 was good");
        assert_eq!(escape("[x]: /link"), "\\[x]: /link");
        assert_eq!(escape("   <div>"), "\\<div>");
        assert_eq!(escape("~~~"), "\\~~~");
    }

    /// Findings name keys and values in code spans, often first: each span must stay one.
    #[test]
    fn a_text_starting_with_a_code_span_renders_as_written() {
        let message = "`target` in KPI `Заявки` must be a number";
        let markdown = format!(
            "| a |\n| --- |\n| {} |\n\n{}\n",
            escape(message),
            escape(message)
        );
        let options = pulldown_cmark::Options::ENABLE_TABLES;
        let mut html = String::new();
        pulldown_cmark::html::push_html(
            &mut html,
            pulldown_cmark::Parser::new_ext(&markdown, options),
        );
        let rendered = "<code>target</code> in KPI <code>Заявки</code> must be a number";
        assert_eq!(html.matches(rendered).count(), 2, "{html}");
    }
}
