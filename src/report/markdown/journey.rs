//! Issue 13's sections of the Markdown report: triggers by kind, loops as lines, risks
//! beside the KPIs, and the funnel between stages.

use super::{Align, Markdown, escape, or_none, text_or_none};
use crate::report::model::MapReport;
use crate::report::wording::JourneyWording;

impl Markdown<'_> {
    fn extra(&self) -> &'static JourneyWording {
        &self.locale.words.triggers_loops_risks
    }

    /// Each stage's triggers, grouped by kind.
    pub(super) fn triggers(&mut self, map: &MapReport<'_>, level: usize) {
        let (locale, extra) = (self.locale, self.extra());
        self.heading(level, extra.triggers);
        if map.triggers.is_empty() {
            self.paragraph(&escape(extra.no_triggers));
            return;
        }
        let rows = map
            .triggers
            .iter()
            .map(|trigger| {
                [
                    escape(&locale.stage(&trigger.stage)),
                    escape(locale.trigger_kind(trigger.kind)),
                    text_or_none(trigger.name),
                    text_or_none(trigger.channel),
                ]
            })
            .collect();
        let words = locale.words;
        self.table(
            [
                (words.stage, Align::Left),
                (extra.kind, Align::Left),
                (extra.trigger, Align::Left),
                (extra.channel, Align::Left),
            ],
            rows,
        );
    }

    /// One line per loop: from where, back to which stage, how many and when.
    pub(super) fn loops(&mut self, map: &MapReport<'_>, level: usize) {
        let extra = self.extra();
        self.heading(level, extra.loops);
        if map.loops.is_empty() {
            self.paragraph(&escape(extra.no_loops));
            return;
        }
        let lines: Vec<String> = map
            .loops
            .iter()
            .map(|row| format!("- {}", escape(&self.locale.loop_sentence(row))))
            .collect();
        self.paragraph(&lines.join("\n"));
    }

    /// After the funnel table: where the next stage admits fewer customers than moved on,
    /// or more.
    pub(super) fn funnel_links(&mut self, map: &MapReport<'_>) {
        let (locale, extra) = (self.locale, self.extra());
        let sentences: Vec<String> = map
            .funnel_links
            .iter()
            .filter_map(|link| locale.funnel_link(link))
            .map(|sentence| format!("- {}", escape(&sentence)))
            .collect();
        if !sentences.is_empty() {
            self.paragraph(&format!(
                "**{}:**\n\n{}",
                escape(extra.between_stages),
                sentences.join("\n")
            ));
        }
    }

    /// The risks of each stage and of its KPIs, after the KPI table.
    pub(super) fn risks(&mut self, map: &MapReport<'_>, level: usize) {
        let (locale, extra) = (self.locale, self.extra());
        self.heading(level, extra.risks);
        if map.risks.is_empty() {
            self.paragraph(&escape(extra.no_risks));
            return;
        }
        let words = locale.words;
        let rows = map
            .risks
            .iter()
            .map(|risk| {
                [
                    escape(&locale.stage(&risk.stage)),
                    text_or_none(risk.kpi),
                    text_or_none(risk.text),
                    or_none(
                        risk.likelihood
                            .map(|likelihood| escape(locale.rating(likelihood))),
                    ),
                    text_or_none(risk.mitigation),
                ]
            })
            .collect();
        self.table(
            [
                (words.stage, Align::Left),
                (words.kpi, Align::Left),
                (extra.risk, Align::Left),
                (extra.likelihood, Align::Left),
                (extra.mitigation, Align::Left),
            ],
            rows,
        );
    }
}
