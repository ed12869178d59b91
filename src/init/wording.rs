//! The words `cjm init` writes into every skeleton, one table per language. The names of
//! stages, segments and channels belong to each template (`templates/*.yaml`).

use std::sync::LazyLock;

use crate::report::Lang;

pub struct InitWording {
    /// The comment under the `$schema` line: what to do with the skeleton.
    pub next_steps: &'static str,
    pub title: &'static str,
    pub owner: &'static str,
    pub description: &'static str,
    pub who: &'static str,
    pub what: &'static str,
    pub why: &'static str,
    pub when: &'static str,
    pub where_: &'static str,
    pub goal: &'static str,
    pub need: &'static str,
    pub touchpoint: &'static str,
    pub pain: &'static str,
    pub opportunity: &'static str,
    pub kpi_unit: &'static str,
    // issue 13: evidence, matrix
    /// The placeholder source: the research the map will rest on.
    pub source: &'static str,
    // issue 13: triggers, loops, risks
    pub trigger_instrumental: &'static str,
    pub trigger_product: &'static str,
    pub trigger_random: &'static str,
    pub loop_when: &'static str,
    pub risk: &'static str,
    pub mitigation: &'static str,
}

/// The English words, and the Russian ones, from the catalogue (`locales/<lang>/init.ftl`).
static EN: LazyLock<InitWording> = LazyLock::new(|| InitWording::new(Lang::En));
static RU: LazyLock<InitWording> = LazyLock::new(|| InitWording::new(Lang::Ru));

impl InitWording {
    fn new(lang: Lang) -> Self {
        // Built once per language and kept for the run, as the literals were.
        let text = |id: &'static str| -> &'static str {
            let text = crate::i18n::lookup(id, lang).unwrap_or_else(|| id.to_owned());
            Box::leak(text.into_boxed_str())
        };
        Self {
            next_steps: text("init-next-steps"),
            title: text("init-title"),
            owner: text("init-owner"),
            description: text("init-description"),
            who: text("init-who"),
            what: text("init-what"),
            why: text("init-why"),
            when: text("init-when"),
            where_: text("init-where"),
            goal: text("init-goal"),
            need: text("init-need"),
            touchpoint: text("init-touchpoint"),
            pain: text("init-pain"),
            opportunity: text("init-opportunity"),
            kpi_unit: text("init-kpi-unit"),
            source: text("init-source"),
            trigger_instrumental: text("init-trigger-instrumental"),
            trigger_product: text("init-trigger-product"),
            trigger_random: text("init-trigger-random"),
            loop_when: text("init-loop-when"),
            risk: text("init-risk"),
            mitigation: text("init-mitigation"),
        }
    }
}

pub fn wording(lang: Lang) -> &'static InitWording {
    match lang {
        Lang::En => LazyLock::force(&EN),
        Lang::Ru => LazyLock::force(&RU),
    }
}
