//! Every word a report and a diff show, from the catalogue (`locales/<lang>/report.ftl` and
//! `diff.ftl`), one table per language built on first use.
//!
//! Renderers take all user-facing text from here. Phrases with figures are methods taking
//! the figures already formatted for the language (see [`Locale`](super::locale::Locale)); a
//! count with its noun goes through [`Plural`], whose message picks the form the count asks
//! for, because Russian has three forms where English has two.

use std::sync::LazyLock;

mod journey;

pub use journey::JourneyWording;

use crate::i18n::{self, Lang, Message};
use crate::map::SourceKind;

/// A noun after a number: the catalogue message that writes the number (`$n`, formatted)
/// with the form of the noun its plural category (`$count`) asks for.
#[derive(Clone, Copy, Debug)]
pub struct Plural(pub &'static str);

impl Plural {
    /// `count` formatted as `shown`, with the noun in the form `lang` asks for.
    pub fn render(self, lang: Lang, count: i64, shown: String) -> String {
        Message::new(self.0)
            .with("count", count)
            .with("n", shown)
            .render(lang)
    }
}

/// The English words, and the Russian ones.
pub static EN: LazyLock<Wording> = LazyLock::new(|| Wording::new(Lang::En));
pub static RU: LazyLock<Wording> = LazyLock::new(|| Wording::new(Lang::Ru));

/// A word of the table. Built once per language and kept for the run, as the table's
/// `&'static str` fields were when they were literals.
fn text(lang: Lang, id: &'static str) -> &'static str {
    let text = i18n::lookup(id, lang).unwrap_or_else(|| id.to_owned());
    Box::leak(text.into_boxed_str())
}

fn phrase(lang: Lang, id: &'static str, args: &[(&'static str, &str)]) -> String {
    args.iter()
        .fold(Message::new(id), |message, (name, value)| {
            message.with(name, *value)
        })
        .render(lang)
}

/// The words of a report, and of `cjm diff` in [`Wording::diff`].
#[derive(Debug)]
pub struct Wording {
    lang: Lang,
    pub portfolio_title: &'static str,
    pub untitled_map: &'static str,
    pub maps: Plural,
    pub errors: Plural,
    pub warnings: Plural,
    pub owner: &'static str,
    pub reviewed: &'static str,
    pub reviewed_by: &'static str,
    pub freshness: &'static str,
    pub file: &'static str,
    pub unreadable_map: &'static str,
    pub map_has_errors: &'static str,
    pub days: Plural,
    pub no_review_date: &'static str,
    pub fresh_last_day_short: &'static str,
    pub future_short: &'static str,
    pub segments: &'static str,
    pub emotion_curve: &'static str,
    pub journey: &'static str,
    pub funnel: &'static str,
    pub kpis: &'static str,
    pub top_pains: &'static str,
    pub findings: &'static str,
    pub map: &'static str,
    pub stage: &'static str,
    pub segment: &'static str,
    pub who: &'static str,
    pub what: &'static str,
    pub why: &'static str,
    pub when: &'static str,
    pub where_: &'static str,
    pub goals: &'static str,
    pub touchpoints: &'static str,
    pub emotion: &'static str,
    pub pains: &'static str,
    pub opportunities: &'static str,
    pub entered: &'static str,
    pub advanced: &'static str,
    pub stage_conversion: &'static str,
    pub cumulative_conversion: &'static str,
    pub kpi: &'static str,
    pub target: &'static str,
    pub actual: &'static str,
    pub unit: &'static str,
    pub share_of_target: &'static str,
    pub status: &'static str,
    pub severity: &'static str,
    pub pain: &'static str,
    pub level: &'static str,
    pub rule: &'static str,
    pub line: &'static str,
    pub message: &'static str,
    pub error_count: &'static str,
    pub warning_count: &'static str,
    pub mean_emotion_note: &'static str,
    pub no_emotion: &'static str,
    pub no_funnel: &'static str,
    pub no_kpis: &'static str,
    pub no_pains: &'static str,
    pub no_findings: &'static str,
    pub met: &'static str,
    pub below_target: &'static str,
    pub no_data: &'static str,
    pub high: &'static str,
    pub medium: &'static str,
    pub low: &'static str,
    pub unrated: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub info: &'static str,
    pub diff: DiffWording,
    pub research: ResearchWording,
    pub needs: &'static str,
    pub badge_fresh: &'static str,
    pub badge_due_soon: &'static str,
    pub badge_stale: &'static str,
    pub badge_future: &'static str,
    pub badge_unknown: &'static str,
    pub stage_score: &'static str,
    pub touchpoint_score: &'static str,
    pub no_channel: &'static str,
    pub sort_hint: &'static str,
    pub touchpoint_count: Plural,
    // issue 13: triggers, loops, risks
    pub triggers_loops_risks: JourneyWording,
}

impl Wording {
    fn new(lang: Lang) -> Self {
        Self {
            lang,
            portfolio_title: text(lang, "report-portfolio-title"),
            untitled_map: text(lang, "report-untitled-map"),
            maps: Plural("report-maps"),
            errors: Plural("report-errors"),
            warnings: Plural("report-warnings"),
            owner: text(lang, "report-owner"),
            reviewed: text(lang, "report-reviewed"),
            reviewed_by: text(lang, "report-reviewed-by"),
            freshness: text(lang, "report-freshness"),
            file: text(lang, "report-file"),
            unreadable_map: text(lang, "report-unreadable-map"),
            map_has_errors: text(lang, "report-map-has-errors"),
            days: Plural("report-days"),
            no_review_date: text(lang, "report-no-review-date"),
            fresh_last_day_short: text(lang, "report-fresh-last-day-short"),
            future_short: text(lang, "report-future-short"),
            segments: text(lang, "report-segments"),
            emotion_curve: text(lang, "report-emotion-curve"),
            journey: text(lang, "report-journey"),
            funnel: text(lang, "report-funnel"),
            kpis: text(lang, "report-kpis"),
            top_pains: text(lang, "report-top-pains"),
            findings: text(lang, "report-findings"),
            map: text(lang, "report-map"),
            stage: text(lang, "report-stage"),
            segment: text(lang, "report-segment"),
            who: text(lang, "report-who"),
            what: text(lang, "report-what"),
            why: text(lang, "report-why"),
            when: text(lang, "report-when"),
            where_: text(lang, "report-where"),
            goals: text(lang, "report-goals"),
            touchpoints: text(lang, "report-touchpoints"),
            emotion: text(lang, "report-emotion"),
            pains: text(lang, "report-pains"),
            opportunities: text(lang, "report-opportunities"),
            entered: text(lang, "report-entered"),
            advanced: text(lang, "report-advanced"),
            stage_conversion: text(lang, "report-stage-conversion"),
            cumulative_conversion: text(lang, "report-cumulative-conversion"),
            kpi: text(lang, "report-kpi"),
            target: text(lang, "report-target"),
            actual: text(lang, "report-actual"),
            unit: text(lang, "report-unit"),
            share_of_target: text(lang, "report-share-of-target"),
            status: text(lang, "report-status"),
            severity: text(lang, "report-severity"),
            pain: text(lang, "report-pain"),
            level: text(lang, "report-level"),
            rule: text(lang, "report-rule"),
            line: text(lang, "report-line"),
            message: text(lang, "report-message"),
            error_count: text(lang, "report-error-count"),
            warning_count: text(lang, "report-warning-count"),
            mean_emotion_note: text(lang, "report-mean-emotion-note"),
            no_emotion: text(lang, "report-no-emotion"),
            no_funnel: text(lang, "report-no-funnel"),
            no_kpis: text(lang, "report-no-kpis"),
            no_pains: text(lang, "report-no-pains"),
            no_findings: text(lang, "report-no-findings"),
            met: text(lang, "report-met"),
            below_target: text(lang, "report-below-target"),
            no_data: text(lang, "report-no-data"),
            high: text(lang, "report-high"),
            medium: text(lang, "report-medium"),
            low: text(lang, "report-low"),
            unrated: text(lang, "report-unrated"),
            error: text(lang, "report-error"),
            warning: text(lang, "report-warning"),
            info: text(lang, "report-info"),
            diff: DiffWording::new(lang),
            research: ResearchWording::new(lang),
            triggers_loops_risks: JourneyWording::new(lang),
            needs: text(lang, "report-needs"),
            badge_fresh: text(lang, "report-badge-fresh"),
            badge_due_soon: text(lang, "report-badge-due-soon"),
            badge_stale: text(lang, "report-badge-stale"),
            badge_future: text(lang, "report-badge-future"),
            badge_unknown: text(lang, "report-badge-unknown"),
            stage_score: text(lang, "report-stage-score"),
            touchpoint_score: text(lang, "report-touchpoint-score"),
            no_channel: text(lang, "report-no-channel"),
            sort_hint: text(lang, "report-sort-hint"),
            touchpoint_count: Plural("report-touchpoint-count"),
        }
    }

    pub fn as_of(&self, date: &str) -> String {
        phrase(self.lang, "report-as-of", &[("date", date)])
    }

    pub fn portfolio_summary(&self, maps: &str, errors: &str, warnings: &str) -> String {
        phrase(
            self.lang,
            "report-portfolio-summary",
            &[("maps", maps), ("errors", errors), ("warnings", warnings)],
        )
    }

    pub fn fresh(&self, due: &str, days: &str) -> String {
        phrase(self.lang, "report-fresh", &[("due", due), ("days", days)])
    }

    pub fn fresh_last_day(&self, due: &str) -> String {
        phrase(self.lang, "report-fresh-last-day", &[("due", due)])
    }

    pub fn stale(&self, days: &str, due: &str) -> String {
        phrase(self.lang, "report-stale", &[("days", days), ("due", due)])
    }

    pub fn future(&self, reviewed: &str) -> String {
        phrase(self.lang, "report-future", &[("reviewed", reviewed)])
    }

    pub fn fresh_short(&self, days: &str) -> String {
        phrase(self.lang, "report-fresh-short", &[("days", days)])
    }

    pub fn stale_short(&self, days: &str) -> String {
        phrase(self.lang, "report-stale-short", &[("days", days)])
    }

    pub fn percent(&self, number: &str) -> String {
        phrase(self.lang, "report-percent", &[("number", number)])
    }

    pub fn unnamed_stage(&self, position: &str) -> String {
        phrase(self.lang, "report-unnamed-stage", &[("position", position)])
    }

    pub fn largest_drop_off(&self, stage: &str, share: &str) -> String {
        phrase(
            self.lang,
            "report-largest-drop-off",
            &[("stage", stage), ("share", share)],
        )
    }

    pub fn curve_title(&self, map: &str) -> String {
        phrase(self.lang, "report-curve-title", &[("map", map)])
    }

    pub fn scale_note(&self, min: &str, max: &str) -> String {
        phrase(
            self.lang,
            "report-scale-note",
            &[("min", min), ("max", max)],
        )
    }

    pub fn due_on(&self, date: &str) -> String {
        phrase(self.lang, "report-due-on", &[("date", date)])
    }
}

/// The words of `cjm diff`. Map text arrives quoted and escaped for the output format;
/// figures arrive formatted for the language.
#[derive(Debug)]
pub struct DiffWording {
    lang: Lang,
    pub title: &'static str,
    pub working_tree: &'static str,
    pub new_findings: Plural,
    pub fixed_findings: Plural,
    pub changes: Plural,
    pub no_changes: &'static str,
    pub map_added: &'static str,
    pub map_removed: &'static str,
    pub journey_unchanged: &'static str,
    pub unreadable_old: &'static str,
    pub unreadable_new: &'static str,
    pub new_findings_heading: &'static str,
    pub fixed_findings_heading: &'static str,
    pub none: &'static str,
    pub title_field: &'static str,
    pub name_field: &'static str,
}

impl DiffWording {
    fn new(lang: Lang) -> Self {
        Self {
            lang,
            title: text(lang, "diff-title"),
            working_tree: text(lang, "diff-working-tree"),
            new_findings: Plural("diff-new-findings"),
            fixed_findings: Plural("diff-fixed-findings"),
            changes: Plural("diff-changes"),
            no_changes: text(lang, "diff-no-changes"),
            map_added: text(lang, "diff-map-added"),
            map_removed: text(lang, "diff-map-removed"),
            journey_unchanged: text(lang, "diff-journey-unchanged"),
            unreadable_old: text(lang, "diff-unreadable-old"),
            unreadable_new: text(lang, "diff-unreadable-new"),
            new_findings_heading: text(lang, "diff-new-findings-heading"),
            fixed_findings_heading: text(lang, "diff-fixed-findings-heading"),
            none: text(lang, "diff-none"),
            title_field: text(lang, "diff-title-field"),
            name_field: text(lang, "diff-name-field"),
        }
    }

    pub fn compared(&self, old: &str, new: &str) -> String {
        phrase(self.lang, "diff-compared", &[("old", old), ("new", new)])
    }

    pub fn summary(&self, changed: &str, added: &str, removed: &str, unchanged: &str) -> String {
        phrase(
            self.lang,
            "diff-summary",
            &[
                ("changed", changed),
                ("added", added),
                ("removed", removed),
                ("unchanged", unchanged),
            ],
        )
    }

    pub fn map_renamed(&self, old_path: &str) -> String {
        phrase(self.lang, "diff-map-renamed", &[("old_path", old_path)])
    }

    pub fn quote(&self, text: &str) -> String {
        phrase(self.lang, "diff-quote", &[("text", text)])
    }

    pub fn field_changed(&self, field: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-field-changed",
            &[("field", field), ("old", old), ("new", new)],
        )
    }

    pub fn segment_added(&self, segment: &str) -> String {
        phrase(self.lang, "diff-segment-added", &[("segment", segment)])
    }

    pub fn segment_removed(&self, segment: &str) -> String {
        phrase(self.lang, "diff-segment-removed", &[("segment", segment)])
    }

    pub fn segment_changed(&self, segment: &str, change: &str) -> String {
        phrase(
            self.lang,
            "diff-segment-changed",
            &[("segment", segment), ("change", change)],
        )
    }

    pub fn channel_added(&self, channel: &str) -> String {
        phrase(self.lang, "diff-channel-added", &[("channel", channel)])
    }

    pub fn channel_removed(&self, channel: &str) -> String {
        phrase(self.lang, "diff-channel-removed", &[("channel", channel)])
    }

    pub fn source_added(&self, source: &str) -> String {
        phrase(self.lang, "diff-source-added", &[("source", source)])
    }

    pub fn source_removed(&self, source: &str) -> String {
        phrase(self.lang, "diff-source-removed", &[("source", source)])
    }

    pub fn source_date_changed(&self, source: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-source-date-changed",
            &[("source", source), ("old", old), ("new", new)],
        )
    }

    pub fn stage_added(&self, stage: &str, position: &str) -> String {
        phrase(
            self.lang,
            "diff-stage-added",
            &[("stage", stage), ("position", position)],
        )
    }

    pub fn stage_removed(&self, stage: &str) -> String {
        phrase(self.lang, "diff-stage-removed", &[("stage", stage)])
    }

    pub fn stage_renamed(&self, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-stage-renamed",
            &[("old", old), ("new", new)],
        )
    }

    pub fn stage_moved(&self, stage: &str, from: &str, to: &str) -> String {
        phrase(
            self.lang,
            "diff-stage-moved",
            &[("stage", stage), ("from", from), ("to", to)],
        )
    }

    pub fn touchpoint_added(&self, touchpoint: &str, stage: &str) -> String {
        phrase(
            self.lang,
            "diff-touchpoint-added",
            &[("touchpoint", touchpoint), ("stage", stage)],
        )
    }

    pub fn touchpoint_removed(&self, touchpoint: &str, stage: &str) -> String {
        phrase(
            self.lang,
            "diff-touchpoint-removed",
            &[("touchpoint", touchpoint), ("stage", stage)],
        )
    }

    pub fn trigger_added(&self, trigger: &str, stage: &str, kind: &str) -> String {
        phrase(
            self.lang,
            "diff-trigger-added",
            &[("trigger", trigger), ("stage", stage), ("kind", kind)],
        )
    }

    pub fn trigger_removed(&self, trigger: &str, stage: &str, kind: &str) -> String {
        phrase(
            self.lang,
            "diff-trigger-removed",
            &[("trigger", trigger), ("stage", stage), ("kind", kind)],
        )
    }

    pub fn trigger_kind_changed(&self, trigger: &str, stage: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-trigger-kind-changed",
            &[
                ("trigger", trigger),
                ("stage", stage),
                ("old", old),
                ("new", new),
            ],
        )
    }

    pub fn stage_emotion(&self, stage: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-stage-emotion",
            &[("stage", stage), ("old", old), ("new", new)],
        )
    }

    pub fn touchpoint_emotion(
        &self,
        touchpoint: &str,
        stage: &str,
        old: &str,
        new: &str,
    ) -> String {
        phrase(
            self.lang,
            "diff-touchpoint-emotion",
            &[
                ("touchpoint", touchpoint),
                ("stage", stage),
                ("old", old),
                ("new", new),
            ],
        )
    }

    pub fn kpi_added(&self, kpi: &str, stage: &str, figures: &str) -> String {
        phrase(
            self.lang,
            "diff-kpi-added",
            &[("kpi", kpi), ("stage", stage), ("figures", figures)],
        )
    }

    pub fn kpi_removed(&self, kpi: &str, stage: &str) -> String {
        phrase(
            self.lang,
            "diff-kpi-removed",
            &[("kpi", kpi), ("stage", stage)],
        )
    }

    pub fn kpi_changed(&self, kpi: &str, stage: &str, details: &str) -> String {
        phrase(
            self.lang,
            "diff-kpi-changed",
            &[("kpi", kpi), ("stage", stage), ("details", details)],
        )
    }

    pub fn kpi_figures(&self, target: &str, actual: &str) -> String {
        phrase(
            self.lang,
            "diff-kpi-figures",
            &[("target", target), ("actual", actual)],
        )
    }

    pub fn target_change(&self, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-target-change",
            &[("old", old), ("new", new)],
        )
    }

    pub fn actual_change(&self, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-actual-change",
            &[("old", old), ("new", new)],
        )
    }

    pub fn risk_added(&self, risk: &str, stage: &str, likelihood: &str) -> String {
        phrase(
            self.lang,
            "diff-risk-added",
            &[("risk", risk), ("stage", stage), ("likelihood", likelihood)],
        )
    }

    pub fn risk_removed(&self, risk: &str, stage: &str, likelihood: &str) -> String {
        phrase(
            self.lang,
            "diff-risk-removed",
            &[("risk", risk), ("stage", stage), ("likelihood", likelihood)],
        )
    }

    pub fn risk_likelihood_changed(&self, risk: &str, stage: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-risk-likelihood-changed",
            &[("risk", risk), ("stage", stage), ("old", old), ("new", new)],
        )
    }

    pub fn kpi_risk_added(&self, risk: &str, kpi: &str, stage: &str, likelihood: &str) -> String {
        phrase(
            self.lang,
            "diff-kpi-risk-added",
            &[
                ("risk", risk),
                ("kpi", kpi),
                ("stage", stage),
                ("likelihood", likelihood),
            ],
        )
    }

    pub fn kpi_risk_removed(&self, risk: &str, kpi: &str, stage: &str, likelihood: &str) -> String {
        phrase(
            self.lang,
            "diff-kpi-risk-removed",
            &[
                ("risk", risk),
                ("kpi", kpi),
                ("stage", stage),
                ("likelihood", likelihood),
            ],
        )
    }

    pub fn kpi_risk_likelihood_changed(
        &self,
        risk: &str,
        kpi: &str,
        stage: &str,
        old: &str,
        new: &str,
    ) -> String {
        phrase(
            self.lang,
            "diff-kpi-risk-likelihood-changed",
            &[
                ("risk", risk),
                ("kpi", kpi),
                ("stage", stage),
                ("old", old),
                ("new", new),
            ],
        )
    }

    pub fn conversion_changed(&self, stage: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-conversion-changed",
            &[("stage", stage), ("old", old), ("new", new)],
        )
    }

    pub fn drop_off_moved(&self, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-drop-off-moved",
            &[("old", old), ("new", new)],
        )
    }

    pub fn drop_off_appeared(&self, new: &str) -> String {
        phrase(self.lang, "diff-drop-off-appeared", &[("new", new)])
    }

    pub fn drop_off_gone(&self, old: &str) -> String {
        phrase(self.lang, "diff-drop-off-gone", &[("old", old)])
    }

    pub fn loop_from_stage(&self, stage: &str) -> String {
        phrase(self.lang, "diff-loop-from-stage", &[("stage", stage)])
    }

    pub fn loop_from_touchpoint(&self, touchpoint: &str, stage: &str) -> String {
        phrase(
            self.lang,
            "diff-loop-from-touchpoint",
            &[("touchpoint", touchpoint), ("stage", stage)],
        )
    }

    pub fn loop_added(&self, from: &str, to: &str) -> String {
        phrase(self.lang, "diff-loop-added", &[("from", from), ("to", to)])
    }

    pub fn loop_removed(&self, from: &str, to: &str) -> String {
        phrase(
            self.lang,
            "diff-loop-removed",
            &[("from", from), ("to", to)],
        )
    }

    pub fn loop_share_changed(&self, from: &str, to: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-loop-share-changed",
            &[("from", from), ("to", to), ("old", old), ("new", new)],
        )
    }

    pub fn pain_added(&self, pain: &str, stage: &str, severity: &str) -> String {
        phrase(
            self.lang,
            "diff-pain-added",
            &[("pain", pain), ("stage", stage), ("severity", severity)],
        )
    }

    pub fn pain_removed(&self, pain: &str, stage: &str, severity: &str) -> String {
        phrase(
            self.lang,
            "diff-pain-removed",
            &[("pain", pain), ("stage", stage), ("severity", severity)],
        )
    }

    pub fn high_pain_removed(&self, pain: &str, stage: &str) -> String {
        phrase(
            self.lang,
            "diff-high-pain-removed",
            &[("pain", pain), ("stage", stage)],
        )
    }

    pub fn pain_severity_changed(&self, pain: &str, stage: &str, old: &str, new: &str) -> String {
        phrase(
            self.lang,
            "diff-pain-severity-changed",
            &[("pain", pain), ("stage", stage), ("old", old), ("new", new)],
        )
    }

    pub fn opportunity_added(&self, opportunity: &str, stage: &str) -> String {
        phrase(
            self.lang,
            "diff-opportunity-added",
            &[("opportunity", opportunity), ("stage", stage)],
        )
    }

    pub fn opportunity_removed(&self, opportunity: &str, stage: &str) -> String {
        phrase(
            self.lang,
            "diff-opportunity-removed",
            &[("opportunity", opportunity), ("stage", stage)],
        )
    }

    pub fn finding(&self, severity: &str, rule: &str, line: &str, message: &str) -> String {
        phrase(
            self.lang,
            "diff-finding",
            &[
                ("severity", severity),
                ("rule", rule),
                ("line", line),
                ("message", message),
            ],
        )
    }
}

/// The words of the research sections: sources, evidence, the channel matrix.
#[derive(Debug)]
pub struct ResearchWording {
    lang: Lang,
    pub channel_matrix: &'static str,
    pub segment_curves: &'static str,
    pub evidence: &'static str,
    pub sources: &'static str,
    pub not_reached: &'static str,
    pub no_channel: &'static str,
    pub backed: &'static str,
    pub backed_share: &'static str,
    pub cited_sources: &'static str,
    pub source: &'static str,
    pub kind: &'static str,
    pub date: &'static str,
    pub size: &'static str,
    pub cited_by: &'static str,
    pub stale_source: &'static str,
    pub interview: &'static str,
    pub survey: &'static str,
    pub crm: &'static str,
    pub analytics: &'static str,
    pub support: &'static str,
    pub other: &'static str,
}

impl ResearchWording {
    fn new(lang: Lang) -> Self {
        Self {
            lang,
            channel_matrix: text(lang, "research-channel-matrix"),
            segment_curves: text(lang, "research-segment-curves"),
            evidence: text(lang, "research-evidence"),
            sources: text(lang, "research-sources"),
            not_reached: text(lang, "research-not-reached"),
            no_channel: text(lang, "research-no-channel"),
            backed: text(lang, "research-backed"),
            backed_share: text(lang, "research-backed-share"),
            cited_sources: text(lang, "research-cited-sources"),
            source: text(lang, "research-source"),
            kind: text(lang, "research-kind"),
            date: text(lang, "research-date"),
            size: text(lang, "research-size"),
            cited_by: text(lang, "research-cited-by"),
            stale_source: text(lang, "research-stale-source"),
            interview: text(lang, "research-interview"),
            survey: text(lang, "research-survey"),
            crm: text(lang, "research-crm"),
            analytics: text(lang, "research-analytics"),
            support: text(lang, "research-support"),
            other: text(lang, "research-other"),
        }
    }

    pub fn of(&self, part: &str, whole: &str) -> String {
        phrase(
            self.lang,
            "research-of",
            &[("part", part), ("whole", whole)],
        )
    }
}

impl ResearchWording {
    /// The name of a kind of source.
    pub const fn kind_of(&self, kind: SourceKind) -> &'static str {
        match kind {
            SourceKind::Interview => self.interview,
            SourceKind::Survey => self.survey,
            SourceKind::Crm => self.crm,
            SourceKind::Analytics => self.analytics,
            SourceKind::Support => self.support,
            SourceKind::Other => self.other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of both tables comes from the catalogue: a missing id shows as the id.
    #[test]
    fn every_word_is_in_the_catalogue() {
        for words in [&*EN, &*RU] {
            let text = format!("{words:?}")
                .replace("Plural(\"report-", "")
                .replace("Plural(\"diff-", "");
            assert!(
                !text.contains("\"report-") && !text.contains("\"diff-"),
                "{text}"
            );
        }
        assert_eq!(EN.funnel, "Funnel");
        assert_eq!(RU.funnel, "Воронка");
        assert_eq!(RU.diff.stage_removed("«Оценка»"), "Удалён этап «Оценка»");
    }
}
