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
}

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
        FindingBuilder {
            findings: &mut self.items,
            finding: Some(Finding::new(rule, span, message)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The findings with spans clamped to `text`, in file order.
    pub fn into_sorted(mut self, text: &str) -> Vec<Finding> {
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
    findings.sort_by_cached_key(|finding| {
        (
            finding.span.start,
            finding.rule.code,
            finding.message.english(),
            finding.span.end,
        )
    });
}
