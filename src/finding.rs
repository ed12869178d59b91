//! The one model of a problem found in a map. Every output format renders [`Finding`]s and
//! nothing else; no rule knows about formats and no format knows about rules.

use std::fmt;

use serde::Serialize;

use crate::fix::Fix;
use crate::i18n::Message;
use crate::rules::Rule;
use crate::span::Span;

/// How much a finding matters. Errors fail a run; warnings fail it under `--strict`;
/// infos never do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }

    /// Whether a finding of this severity fails the run: errors always, warnings under
    /// `--strict`, infos never.
    pub const fn fails(self, strict: bool) -> bool {
        match self {
            Self::Error => true,
            Self::Warning => strict,
            Self::Info => false,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary place that explains a finding, such as the first definition of a duplicate.
#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    pub span: Span,
    pub label: Message,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub span: Span,
    /// What is wrong, as a catalogue message: rendered in the run's language by each output.
    pub message: Message,
    /// Short text drawn on the span itself ("unknown key").
    pub label: Option<Message>,
    /// What to do about it ("did you mean `touchpoints`?").
    pub help: Option<Message>,
    pub related: Vec<Related>,
    /// The one safe, mechanical change that resolves it, when there is one.
    pub fix: Option<Fix>,
}

impl Finding {
    pub fn new(rule: &'static Rule, span: Span, message: Message) -> Self {
        Self {
            rule,
            severity: rule.default_severity,
            span,
            message,
            label: None,
            help: None,
            related: Vec::new(),
            fix: None,
        }
    }
}

/// The findings of one file, collected by the loader and every rule in turn.
#[derive(Debug, Default)]
pub struct Findings {
    items: Vec<Finding>,
    /// Findings reported after [`MAX_FINDINGS_PER_FILE`], counted and not kept.
    dropped: usize,
}

/// The findings one file keeps, as reported (before levels and suppressions). A map has a
/// few dozen at worst; a hostile file of 4 MiB could make millions, each with its message,
/// so past the cap they are only counted and one finding says how many were left out.
pub const MAX_FINDINGS_PER_FILE: usize = 100_000;

/// Returned by [`Findings::report`] so a finding can be completed in one expression; the
/// finding is recorded when the builder goes out of scope.
pub struct FindingBuilder<'a> {
    findings: &'a mut Vec<Finding>,
    finding: Option<Finding>,
}

impl FindingBuilder<'_> {
    fn edit(mut self, change: impl FnOnce(&mut Finding)) -> Self {
        if let Some(finding) = self.finding.as_mut() {
            change(finding);
        }
        self
    }

    pub fn label(self, label: Message) -> Self {
        self.edit(|finding| finding.label = Some(label))
    }

    pub fn help(self, help: Message) -> Self {
        self.edit(|finding| finding.help = Some(help))
    }

    pub fn help_opt(self, help: Option<Message>) -> Self {
        self.edit(|finding| finding.help = help)
    }

    pub fn fix(self, fix: Option<Fix>) -> Self {
        self.edit(|finding| finding.fix = fix)
    }

    pub fn related(self, span: Span, label: Message) -> Self {
        self.edit(|finding| finding.related.push(Related { span, label }))
    }
}

impl Drop for FindingBuilder<'_> {
    fn drop(&mut self) {
        if let Some(finding) = self.finding.take() {
            self.findings.push(finding);
        }
    }
}

impl Findings {
    pub fn report(
        &mut self,
        rule: &'static Rule,
        span: Span,
        message: Message,
    ) -> FindingBuilder<'_> {
        let kept = self.items.len() < MAX_FINDINGS_PER_FILE;
        if !kept {
            self.dropped += 1;
        }
        FindingBuilder {
            findings: &mut self.items,
            finding: kept.then(|| Finding::new(rule, span, message)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The findings with spans clamped to `text`, in file order; when some were left out
    /// past the cap, a finding at the end of the file says how many.
    pub fn into_sorted(mut self, text: &str) -> Vec<Finding> {
        if self.dropped > 0 {
            let dropped = self.dropped;
            let mut note = Finding::new(
                &crate::rules::structure::YAML_TOO_COMPLEX,
                Span::at(text.len()),
                crate::msg!(
                    "findings-capped",
                    cap = MAX_FINDINGS_PER_FILE,
                    dropped = dropped
                ),
            );
            note.help = Some(crate::msg!("fix-the-findings-shown"));
            self.items.push(note);
        }
        for finding in &mut self.items {
            finding.span = finding.span.clamp_to(text);
            for related in &mut finding.related {
                related.span = related.span.clamp_to(text);
            }
            // A fix whose edits do not fall on the text is no fix.
            if finding.fix.as_ref().is_some_and(|fix| {
                fix.edits
                    .iter()
                    .any(|edit| edit.span.clamp_to(text) != edit.span)
            }) {
                finding.fix = None;
            }
        }
        sort_in_file_order(&mut self.items);
        self.items
    }
}

/// By position, then rule code, then English message: the order findings are shown in,
/// the same in every language.
pub fn sort_in_file_order(findings: &mut [Finding]) {
    let place = |finding: &Finding| (finding.span.start, finding.rule.code);
    findings.sort_by_key(place);
    // Only findings of one rule at one place need their messages written out to be ordered.
    for tied in findings.chunk_by_mut(|a, b| place(a) == place(b)) {
        if tied.len() > 1 {
            tied.sort_by_cached_key(|finding| (finding.message.english(), finding.span.end));
        }
    }
}

#[cfg(test)]
mod cap_tests {
    use super::*;
    use crate::rules::structure::{UNKNOWN_KEY, YAML_TOO_COMPLEX};

    fn reported(count: usize) -> Vec<Finding> {
        let mut findings = Findings::default();
        for at in 0..count {
            findings.report(
                &UNKNOWN_KEY,
                Span::at(at % 10),
                Message::verbatim("unknown"),
            );
        }
        findings.into_sorted("0123456789")
    }

    #[test]
    fn findings_past_the_cap_are_counted_in_one_finding() {
        let at_cap = reported(MAX_FINDINGS_PER_FILE);
        assert_eq!(at_cap.len(), MAX_FINDINGS_PER_FILE);
        assert!(at_cap.iter().all(|finding| finding.rule == &UNKNOWN_KEY));
        let over = reported(MAX_FINDINGS_PER_FILE + 2);
        assert_eq!(over.len(), MAX_FINDINGS_PER_FILE + 1);
        let note = over.last().unwrap();
        assert_eq!(note.rule, &YAML_TOO_COMPLEX);
        assert_eq!(note.span, Span::at(10));
        assert_eq!(
            note.message.english(),
            "the file has more than 100000 findings; 2 more are not shown"
        );
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use crate::rules::structure::{MISSING_KEY, UNKNOWN_KEY};

    #[test]
    fn findings_are_ordered_by_place_then_rule_then_english_message() {
        let mut findings = Findings::default();
        findings.report(&UNKNOWN_KEY, Span::new(5, 9), Message::verbatim("b"));
        findings.report(&UNKNOWN_KEY, Span::new(5, 6), Message::verbatim("a"));
        findings.report(&MISSING_KEY, Span::new(5, 6), Message::verbatim("z"));
        findings.report(&UNKNOWN_KEY, Span::new(1, 2), Message::verbatim("y"));
        findings.report(&UNKNOWN_KEY, Span::new(5, 7), Message::verbatim("a"));
        let order: Vec<(usize, usize, &str, String)> = findings
            .into_sorted("0123456789")
            .iter()
            .map(|f| (f.span.start, f.span.end, f.rule.code, f.message.english()))
            .collect();
        assert_eq!(order[0].0, 1);
        // At one place, the lower rule code first.
        assert_eq!(order[1].2, MISSING_KEY.code.min(UNKNOWN_KEY.code));
        let unknown_at_5: Vec<(usize, &str)> = order
            .iter()
            .filter(|(start, _, code, _)| *start == 5 && *code == UNKNOWN_KEY.code)
            .map(|(_, end, _, message)| (*end, message.as_str()))
            .collect();
        assert_eq!(unknown_at_5, [(6, "a"), (7, "a"), (9, "b")]);
    }
}
