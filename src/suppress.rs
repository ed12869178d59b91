//! `# cjm-ignore` comments.
//!
//! - `# cjm-ignore: CODE[, CODE] — reason` at the end of a line suppresses those rules for
//!   findings on that line; on a line of its own, for findings on the next line with content.
//! - `# cjm-ignore-file: CODE[, CODE] — reason` anywhere suppresses them in the whole file.
//!
//! Rules are named by code or name. A suppression that suppresses nothing is reported
//! (`unused-suppression`), like ruff's unused `noqa`; so is one that names no known rule.
//!
//! Comments are found by the YAML parser itself, in the pass that loads the map, so `#`
//! inside quoted text or a block scalar is never mistaken for one. They are collected only
//! in files that mention `cjm-ignore`.

use crate::finding::{Finding, Findings};
use crate::map::loader::Comment;
use crate::rules::suppressions::{INVALID_SUPPRESSION, UNUSED_SUPPRESSION};
use crate::rules::{self, Rule, RuleLevel, RuleLevels};
use crate::source::SourceFile;
use crate::span::Span;

const LINE_MARKER: &str = "cjm-ignore:";
const FILE_MARKER: &str = "cjm-ignore-file:";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Line(usize),
    File,
}

/// One rule named in one suppression comment.
#[derive(Debug)]
struct Suppression {
    rule: &'static Rule,
    scope: Scope,
    /// Where the rule is named in the comment, for the unused-suppression finding.
    span: Span,
    used: bool,
}

impl Suppression {
    fn covers(&self, finding: &Finding, line: usize) -> bool {
        finding.rule == self.rule
            && match self.scope {
                Scope::File => true,
                Scope::Line(target) => target == line,
            }
    }
}

/// Whether a file's comments need reading: only files that mention `cjm-ignore` have any
/// suppression.
pub fn mentions_suppressions(text: &str) -> bool {
    text.contains("cjm-ignore")
}

/// Removes suppressed findings and adds the findings about suppressions themselves;
/// `comments` are the file's comments, as the loader read them.
pub fn apply(
    findings: Vec<Finding>,
    source: &SourceFile,
    comments: &[Comment],
    levels: &RuleLevels,
) -> Vec<Finding> {
    if !mentions_suppressions(source.text()) {
        return findings;
    }
    let mut about_suppressions = Findings::default();
    let mut suppressions = collect(source, comments, &mut about_suppressions);
    let mut kept = suppress(findings, source, &mut suppressions);

    for suppression in suppressions
        .iter()
        .filter(|s| !s.used && !is_about_suppressions(s.rule))
    {
        let rule = suppression.rule;
        let why = match levels.level(rule) {
            RuleLevel::Off => format!("`{}` is turned off in the configuration", rule.name),
            RuleLevel::On(_) => match suppression.scope {
                Scope::File => format!("`{}` reports nothing in this file", rule.name),
                Scope::Line(_) => format!("`{}` reports nothing on this line", rule.name),
            },
        };
        about_suppressions
            .report(
                &UNUSED_SUPPRESSION,
                suppression.span,
                format!("unused suppression: {why}"),
            )
            .label("suppresses nothing")
            .help(format!("remove `{}` from the comment", rule.code));
    }
    let about_suppressions =
        rules::apply_levels(about_suppressions.into_sorted(source.text()), levels);
    kept.extend(suppress(about_suppressions, source, &mut suppressions));
    kept
}

fn is_about_suppressions(rule: &Rule) -> bool {
    rule == &UNUSED_SUPPRESSION || rule == &INVALID_SUPPRESSION
}

fn suppress(
    findings: Vec<Finding>,
    source: &SourceFile,
    suppressions: &mut [Suppression],
) -> Vec<Finding> {
    findings
        .into_iter()
        .filter(|finding| {
            let line = source.position(finding.span.start).line;
            let mut suppressed = false;
            for suppression in suppressions.iter_mut().filter(|s| s.covers(finding, line)) {
                suppression.used = true;
                suppressed = true;
            }
            !suppressed
        })
        .collect()
}

/// Every suppression in the file's comments; malformed ones become findings.
fn collect(source: &SourceFile, comments: &[Comment], findings: &mut Findings) -> Vec<Suppression> {
    let text = source.text();
    let mut suppressions = Vec::new();
    for Comment {
        span,
        text: payload,
    } in comments
    {
        let comment = span.clamp_to(text);
        let body = payload.trim_start();
        let (scope, marker) = if body.starts_with(FILE_MARKER) {
            (Scope::File, FILE_MARKER)
        } else if body.starts_with(LINE_MARKER) {
            (target_line(source, comment), LINE_MARKER)
        } else {
            continue;
        };
        // The payload starts right after `#`; find where the rule list begins in the file.
        let list_start = comment.start + 1 + (payload.len() - body.len()) + marker.len();
        let list = body.get(marker.len()..).unwrap_or("");
        parse_rules(
            list,
            list_start,
            comment,
            scope,
            &mut suppressions,
            findings,
        );
    }
    suppressions
}

/// The line a `cjm-ignore` comment speaks for: its own line when it follows content, else
/// the next line with content.
fn target_line(source: &SourceFile, comment: Span) -> Scope {
    let line = source.position(comment.start).line;
    let before = source
        .line_span(line)
        .and_then(|span| source.text().get(span.start..comment.start))
        .unwrap_or("");
    if !before.trim().is_empty() {
        return Scope::Line(line);
    }
    let next_content = (line + 1..)
        .map_while(|next| source.line_span(next).map(|span| (next, span)))
        .find(|(_, span)| {
            let text = source.text().get(span.start..span.end).unwrap_or("").trim();
            !text.is_empty() && !text.starts_with('#')
        })
        .map_or(line + 1, |(next, _)| next);
    Scope::Line(next_content)
}

/// Reads `CODE[, CODE] [— reason]`, where `list` starts at byte `offset` of the file.
fn parse_rules(
    list: &str,
    offset: usize,
    comment: Span,
    scope: Scope,
    suppressions: &mut Vec<Suppression>,
    findings: &mut Findings,
) {
    let codes = list
        .find(['—', '–'])
        .or_else(|| list.find(" -- "))
        .or_else(|| list.find(" - "))
        .map_or(list, |reason| list.get(..reason).unwrap_or(list));
    let mut named_any = false;
    let mut position = 0;
    for token in codes.split(|c: char| c == ',' || c.is_whitespace()) {
        let token_start = position;
        position += token.len() + 1;
        if token.is_empty() {
            continue;
        }
        let span = Span::new(offset + token_start, offset + token_start + token.len());
        named_any = true;
        match rules::find(token) {
            Some(rule) => suppressions.push(Suppression {
                rule,
                scope,
                span,
                used: false,
            }),
            None => {
                let help = format!(
                    "{} (a reason goes after `—`)",
                    rules::unknown_rule_help(token)
                );
                findings
                    .report(
                        &INVALID_SUPPRESSION,
                        span,
                        format!("`{token}` is not a rule"),
                    )
                    .label("unknown rule")
                    .help(help);
            }
        }
    }
    if !named_any {
        findings
            .report(
                &INVALID_SUPPRESSION,
                comment,
                "this suppression names no rule",
            )
            .label("no rule")
            .help("name the rules to suppress: `# cjm-ignore: CJM308 — reason`");
    }
}
