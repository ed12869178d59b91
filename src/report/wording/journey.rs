//! The words of the report sections on triggers, loops, risks and the funnel between
//! stages, from the catalogue like the rest of [`Wording`](super::Wording).

use super::{phrase, text};
use crate::i18n::{Lang, Message};

#[derive(Debug)]
pub struct JourneyWording {
    lang: Lang,
    // Section headings.
    pub triggers: &'static str,
    pub loops: &'static str,
    pub risks: &'static str,
    pub between_stages: &'static str,

    // Column headings.
    pub trigger: &'static str,
    pub kind: &'static str,
    pub channel: &'static str,
    pub risk: &'static str,
    pub likelihood: &'static str,
    pub mitigation: &'static str,

    // The kinds of trigger, as the methodology explains them.
    pub instrumental: &'static str,
    pub product: &'static str,
    pub random: &'static str,
    pub unknown_kind: &'static str,

    // Sentences.
    pub no_triggers: &'static str,
    pub no_loops: &'static str,
    pub no_risks: &'static str,
    /// After a loop to a stage id the map does not declare.
    pub undeclared_stage: &'static str,
}

impl JourneyWording {
    pub(super) fn new(lang: Lang) -> Self {
        Self {
            lang,
            triggers: text(lang, "report-triggers"),
            loops: text(lang, "report-loops"),
            risks: text(lang, "report-risks"),
            between_stages: text(lang, "report-between-stages"),
            trigger: text(lang, "report-trigger"),
            kind: text(lang, "report-trigger-kind"),
            channel: text(lang, "report-trigger-channel"),
            risk: text(lang, "report-risk"),
            likelihood: text(lang, "report-likelihood"),
            mitigation: text(lang, "report-mitigation"),
            instrumental: text(lang, "report-trigger-instrumental"),
            product: text(lang, "report-trigger-product"),
            random: text(lang, "report-trigger-random"),
            unknown_kind: text(lang, "report-trigger-unknown-kind"),
            no_triggers: text(lang, "report-no-triggers"),
            no_loops: text(lang, "report-no-loops"),
            no_risks: text(lang, "report-no-risks"),
            undeclared_stage: text(lang, "report-loop-undeclared-stage"),
        }
    }

    /// The lane of the page a stage's risks are in, beside its KPIs.
    pub fn risk_of_kpi(&self, kpi: &str) -> String {
        phrase(self.lang, "report-risk-of-kpi", &[("kpi", kpi)])
    }

    /// "Purchase ↩ back to Evaluation".
    pub fn loop_line(&self, from: &str, to: &str) -> String {
        phrase(self.lang, "report-loop-line", &[("from", from), ("to", to)])
    }

    /// The touchpoint a loop starts from.
    pub fn from_touchpoint(&self, touchpoint: &str) -> String {
        phrase(
            self.lang,
            "report-loop-from-touchpoint",
            &[("touchpoint", touchpoint)],
        )
    }

    pub fn loop_share(&self, share: &str) -> String {
        phrase(self.lang, "report-loop-share", &[("share", share)])
    }

    /// Fewer enter the next stage than moved on: `lost` of them, formatted as `shown`.
    pub fn lost_between(&self, lost: i64, shown: &str, from: &str, to: &str) -> String {
        Message::new("report-lost-between")
            .with("count", lost)
            .with("lost", shown)
            .with("from", from)
            .with("to", to)
            .render(self.lang)
    }

    /// More enter the next stage than moved on: `more` of them, formatted as `shown`.
    pub fn gained_between(&self, more: i64, shown: &str, to: &str, from: &str) -> String {
        Message::new("report-gained-between")
            .with("count", more)
            .with("more", shown)
            .with("to", to)
            .with("from", from)
            .render(self.lang)
    }

    /// A short note in a stage's column of the page.
    pub fn lost_short(&self, lost: &str) -> String {
        phrase(self.lang, "report-lost-short", &[("lost", lost)])
    }

    pub fn gained_short(&self, more: &str) -> String {
        phrase(self.lang, "report-gained-short", &[("more", more)])
    }
}

#[cfg(test)]
mod tests {
    use super::JourneyWording;
    use crate::i18n::Lang;

    #[test]
    fn customers_between_stages_take_the_form_their_number_asks_for() {
        let ru = JourneyWording::new(Lang::Ru);
        let lost = |n: i64| ru.lost_between(n, &n.to_string(), "А", "Б");
        assert!(lost(1).contains("не приходит 1 клиент:"), "{}", lost(1));
        assert!(lost(3).contains("не приходят 3 клиента:"), "{}", lost(3));
        assert!(lost(5).contains("не приходят 5 клиентов:"), "{}", lost(5));
        assert!(lost(21).contains("не приходит 21 клиент:"), "{}", lost(21));
        let gained = ru.gained_between(5, "5", "Б", "А");
        assert!(gained.contains("на 5 клиентов больше"), "{gained}");

        let en = JourneyWording::new(Lang::En);
        assert!(
            en.lost_between(1, "1", "A", "B")
                .starts_with("1 customer who moved on from A does not enter B:")
        );
        assert!(
            en.lost_between(2, "2", "A", "B")
                .starts_with("2 customers who moved on from A do not enter B:")
        );
        assert!(
            en.gained_between(1, "1", "B", "A")
                .starts_with("B admits 1 more customer than")
        );
    }
}
