//! Issue 13's sentences, built once for every format: a loop in words, the funnel between
//! two stages, the names of trigger kinds.

use super::Locale;
use crate::map::TriggerKind;
use crate::report::model::{FunnelChange, FunnelLink, LoopRow};

impl Locale {
    /// "Purchase ↩ back to Evaluation: from the touchpoint “Call”; 8.0% of customers; when".
    pub fn loop_sentence(&self, row: &LoopRow<'_>) -> String {
        let extra = &self.words.triggers_loops_risks;
        let mut sentence = extra.loop_line(&self.stage(&row.stage), &self.loop_target(row));
        let undeclared = row.returns_to.index.is_none();
        let details: Vec<String> = [
            undeclared.then(|| extra.undeclared_stage.to_owned()),
            row.touchpoint
                .map(|touchpoint| extra.from_touchpoint(touchpoint)),
            row.share
                .map(|share| extra.loop_share(&self.percent(share))),
            row.when.map(str::to_owned),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !details.is_empty() {
            sentence.push_str(": ");
            sentence.push_str(&details.join("; "));
        }
        sentence
    }

    /// The stage a loop goes back to, by name, else by id as written.
    pub fn loop_target(&self, row: &LoopRow<'_>) -> String {
        let target = &row.returns_to;
        target.stage.unwrap_or(target.stage_id).to_owned()
    }

    /// What the report says about the customers between two stages; `None` when everyone
    /// who moved on arrives.
    pub fn funnel_link(&self, link: &FunnelLink<'_>) -> Option<String> {
        let extra = &self.words.triggers_loops_risks;
        let (from, to) = (self.stage(&link.from), self.stage(&link.to));
        let difference = link.difference.saturating_abs();
        let amount = self.integer(difference);
        match link.change {
            FunnelChange::Lost => Some(extra.lost_between(difference, &amount, &from, &to)),
            FunnelChange::Gained => Some(extra.gained_between(difference, &amount, &to, &from)),
            FunnelChange::Kept => None,
        }
    }

    /// The short note in the next stage's column of the page.
    pub fn funnel_link_short(&self, link: &FunnelLink<'_>) -> Option<String> {
        let extra = &self.words.triggers_loops_risks;
        let amount = self.integer(link.difference.saturating_abs());
        match link.change {
            FunnelChange::Lost => Some(extra.lost_short(&amount)),
            FunnelChange::Gained => Some(extra.gained_short(&amount)),
            FunnelChange::Kept => None,
        }
    }

    /// The kind of a trigger with what it means.
    pub const fn trigger_kind(&self, kind: Option<TriggerKind>) -> &'static str {
        let extra = &self.words.triggers_loops_risks;
        match kind {
            Some(TriggerKind::Instrumental) => extra.instrumental,
            Some(TriggerKind::Product) => extra.product,
            Some(TriggerKind::Random) => extra.random,
            None => extra.unknown_kind,
        }
    }
}
