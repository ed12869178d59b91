//! `# cjm-ignore` comments.
//!
//! - `# cjm-ignore: RULE[, RULE] — reason` at the end of a line suppresses those rules for
//!   findings on that line; on a line of its own, for findings on the next line with content.
//! - `# cjm-ignore-file: RULE[, RULE] — reason` anywhere suppresses them in the whole file.
//!
//! Rules are named by code or name. The reason follows `—`, `–`, ` - ` or `:` (the `noqa`
//! habit, `# cjm-ignore: CJM110: reason`). A suppression that suppresses nothing is reported
//! (`unused-suppression`), like ruff's unused `noqa`; so is one that names no known rule.
//!
//! Comments are found by the YAML parser itself, in the pass that loads the map, so `#`
//! inside quoted text or a block scalar is never mistaken for one. They are collected only
//! in files that mention `cjm-ignore`, and the pass is linear in the file: suppressions are
//! looked up by rule and line, not tried one by one.

use crate::msg;
use std::collections::HashMap;

use crate::finding::{Finding, Findings};
use crate::fix::{Edit, Fix, title};
use crate::map::loader::Comment;
use crate::rules::suppressions::{INVALID_SUPPRESSION, UNUSED_SUPPRESSION};
use crate::rules::{self, Rule, RuleLevel, RuleLevels};
use crate::source::SourceFile;
use crate::span::Span;

const LINE_MARKER: &str = "cjm-ignore:";
const FILE_MARKER: &str = "cjm-ignore-file:";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// The findings on line `target`; `own_line` when the comment stands on a line of its
    /// own and speaks for the next line with content.
    Line {
        target: usize,
        own_line: bool,
    },
    File,
}

impl Scope {
    const fn line(self) -> Option<usize> {
        match self {
            Self::Line { target, .. } => Some(target),
            Self::File => None,
        }
    }
}

/// One rule named in one suppression comment.
#[derive(Debug)]
struct Suppression {
    rule: &'static Rule,
    /// The rule as the comment names it, code or name.
    written: String,
    scope: Scope,
    /// Where the rule is named in the comment, for the unused-suppression finding.
    span: Span,
    /// What to delete to take this rule alone out of its comment: the name and the
    /// separator that joins it to the next name (or to the previous one, for the last).
    removal: Span,
    /// The comment that names it, as an index into the file's suppression comments.
    comment: usize,
    used: bool,
}

/// A `cjm-ignore` comment, for the fix that removes it whole.
#[derive(Debug)]
struct SuppressionComment {
    /// The comment with the spaces before it, or its whole line when it stands alone.
    removal: Span,
    /// How many names its rule list has, rules or not.
    names: usize,
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
    // The loader reads comments only in files that mention suppressions.
    if comments.is_empty() {
        return findings;
    }
    let mut about_suppressions = Findings::default();
    let (mut suppressions, suppression_comments) =
        collect(source, comments, &mut about_suppressions);
    let mut kept = suppress(findings, source, &mut suppressions);

    // How many rules of each comment suppress nothing, counted once for all comments.
    let mut unused_per_comment = vec![0; suppression_comments.len()];
    for suppression in suppressions.iter().filter(|s| !s.used) {
        if let Some(count) = unused_per_comment.get_mut(suppression.comment) {
            *count += 1;
        }
    }
    let unused = |s: &&Suppression| !s.used && !is_about_suppressions(s.rule);
    for suppression in suppressions.iter().filter(unused) {
        let written = &suppression.written;
        let why = match (levels.level(suppression.rule), suppression.scope) {
            (RuleLevel::Off, _) => msg!("rule-turned-off", rule = written),
            (RuleLevel::On(_), Scope::File) => msg!("reports-nothing-in-file", rule = written),
            (
                RuleLevel::On(_),
                Scope::Line {
                    own_line: false, ..
                },
            ) => msg!("reports-nothing-on-this-line", rule = written),
            (RuleLevel::On(_), Scope::Line { target, .. }) => {
                msg!("reports-nothing-on-line", rule = written, line = target)
            }
        };
        about_suppressions
            .report(
                &UNUSED_SUPPRESSION,
                suppression.span,
                msg!("unused-suppression", why = why),
            )
            .label(msg!("suppresses-nothing"))
            .help(msg!("remove-from-comment", rule = written))
            .fix(removal_fix(
                suppression,
                &suppression_comments,
                &unused_per_comment,
            ));
    }
    let about_suppressions =
        rules::apply_levels(about_suppressions.into_sorted(source.text()), levels);
    kept.extend(suppress(about_suppressions, source, &mut suppressions));
    kept
}

/// Removes an unused rule from its comment, or the whole comment when it names nothing that
/// is used.
fn removal_fix(
    suppression: &Suppression,
    comments: &[SuppressionComment],
    unused_per_comment: &[usize],
) -> Option<Fix> {
    let comment = comments.get(suppression.comment)?;
    let unused_in_comment = unused_per_comment.get(suppression.comment)?;
    Some(if *unused_in_comment == comment.names {
        Fix::new(title::remove_comment(), vec![Edit::delete(comment.removal)])
    } else {
        Fix::new(
            title::remove_rule(&suppression.written),
            vec![Edit::delete(suppression.removal)],
        )
    })
}

fn is_about_suppressions(rule: &Rule) -> bool {
    rule == &UNUSED_SUPPRESSION || rule == &INVALID_SUPPRESSION
}

/// Drops the findings that a suppression covers, marking those suppressions used.
fn suppress(
    findings: Vec<Finding>,
    source: &SourceFile,
    suppressions: &mut [Suppression],
) -> Vec<Finding> {
    // Rule code and line (none for the whole file) to the suppressions that cover them.
    let mut by_place: HashMap<(&str, Option<usize>), Vec<usize>> = HashMap::new();
    for (index, suppression) in suppressions.iter().enumerate() {
        by_place
            .entry((suppression.rule.code, suppression.scope.line()))
            .or_default()
            .push(index);
    }
    findings
        .into_iter()
        .filter(|finding| {
            let line = source.position(finding.span.start).line;
            let mut suppressed = false;
            for place in [(finding.rule.code, Some(line)), (finding.rule.code, None)] {
                for &index in by_place.get(&place).into_iter().flatten() {
                    if let Some(suppression) = suppressions.get_mut(index) {
                        suppression.used = true;
                        suppressed = true;
                    }
                }
            }
            !suppressed
        })
        .collect()
}

/// Every suppression in the file's comments, and the comments they are in; malformed ones
/// become findings.
fn collect(
    source: &SourceFile,
    comments: &[Comment],
    findings: &mut Findings,
) -> (Vec<Suppression>, Vec<SuppressionComment>) {
    let text = source.text();
    let mut suppressions = Vec::new();
    let mut suppression_comments = Vec::new();
    let mut next_content = NextContent::new(source);
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
            (target_line(source, comment, &mut next_content), LINE_MARKER)
        } else {
            continue;
        };
        // The payload starts right after `#`; find where the rule list begins in the file.
        let list_start = comment.start + 1 + (payload.len() - body.len()) + marker.len();
        let list = body.get(marker.len()..).unwrap_or("");
        let names = parse_rules(
            list,
            List {
                offset: list_start,
                comment,
                index: suppression_comments.len(),
                scope,
            },
            &mut suppressions,
            findings,
        );
        suppression_comments.push(SuppressionComment {
            removal: comment_removal(text, comment),
            names,
        });
    }
    (suppressions, suppression_comments)
}

/// What to delete to remove a comment: its whole line when it stands alone, else the
/// comment and the spaces before it. The line break after it stays, as CRLF or LF.
fn comment_removal(text: &str, comment: Span) -> Span {
    let line_start = text
        .get(..comment.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |newline| newline + 1);
    let before = text.get(line_start..comment.start).unwrap_or("");
    let end = comment.start
        + text
            .get(comment.start..comment.end)
            .unwrap_or("")
            .trim_end_matches('\r')
            .len();
    if before.trim().is_empty() {
        let rest = text.get(end..).unwrap_or("");
        let line_end = match rest.find('\n') {
            Some(newline) => end + newline + 1,
            None => text.len(),
        };
        Span::new(line_start, line_end)
    } else {
        Span::new(line_start + before.trim_end().len(), end)
    }
}

/// Where a comment's rule list is: `offset`, the byte of the file it starts at.
#[derive(Clone, Copy)]
struct List {
    offset: usize,
    comment: Span,
    /// The comment's index among the file's suppression comments.
    index: usize,
    scope: Scope,
}

/// The line a `cjm-ignore` comment speaks for: its own line when it follows content, else
/// the next line with content.
fn target_line(source: &SourceFile, comment: Span, next_content: &mut NextContent<'_>) -> Scope {
    let line = source.position(comment.start).line;
    let before = source
        .line_span(line)
        .and_then(|span| source.text().get(span.start..comment.start))
        .unwrap_or("");
    if before.trim().is_empty() {
        Scope::Line {
            target: next_content.from(line + 1),
            own_line: true,
        }
    } else {
        Scope::Line {
            target: line,
            own_line: false,
        }
    }
}

/// Finds the next line with content at or after a line, remembering its last answer:
/// comments come in file order, so a run of own-line comments is scanned once, not once
/// per comment.
struct NextContent<'a> {
    source: &'a SourceFile,
    /// The line last searched from, and the line with content found from it (none when
    /// only comments and blank lines follow).
    last: Option<(usize, Option<usize>)>,
}

impl<'a> NextContent<'a> {
    const fn new(source: &'a SourceFile) -> Self {
        Self { source, last: None }
    }

    /// The first line with content from `line` on; `line` itself when none follows.
    fn from(&mut self, line: usize) -> usize {
        let found = match self.last {
            Some((searched, found)) if searched <= line && found.is_none_or(|f| line <= f) => found,
            _ => {
                let found = (line..)
                    .map_while(|next| self.source.line_span(next).map(|span| (next, span)))
                    .find(|(_, span)| {
                        let text = self.source.text().get(span.start..span.end).unwrap_or("");
                        let text = text.trim();
                        !text.is_empty() && !text.starts_with('#')
                    })
                    .map(|(next, _)| next);
                self.last = Some((line, found));
                found
            }
        };
        found.unwrap_or(line)
    }
}

/// Where the rule list ends and the reason begins.
fn reason_start(list: &str) -> Option<usize> {
    [
        list.find(['—', '–', ':']),
        list.find(" -- "),
        list.find(" - "),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// Whether a word names a rule, rightly or by mistake (`CJM999`, `stage-missing-kpi`),
/// rather than starting a reason written without a separator.
fn looks_like_rule(word: &str) -> bool {
    let code_digits = word
        .get(..3)
        .filter(|prefix| prefix.eq_ignore_ascii_case("cjm"))
        .and_then(|_| word.get(3..));
    let is_code = code_digits.is_some_and(|digits| {
        !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit())
    });
    let is_name = word.contains('-')
        && word
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-');
    is_code || is_name
}

/// Reads `RULE[, RULE] [— reason]`; returns how many names the list has.
fn parse_rules(
    list: &str,
    place: List,
    suppressions: &mut Vec<Suppression>,
    findings: &mut Findings,
) -> usize {
    let List {
        offset,
        comment,
        index: comment_index,
        scope,
    } = place;
    let rules_end = reason_start(list).unwrap_or(list.len());
    let rule_list = list.get(..rules_end).unwrap_or(list);
    let mut named_any = false;
    let words = words(rule_list);
    for (index, &(word_span, comma_follows)) in words.iter().enumerate() {
        let (start, end) = (word_span.start, word_span.end);
        let word = rule_list.get(start..end).unwrap_or("");
        let span = Span::new(offset + start, offset + end);
        if let Some(rule) = rules::find(word) {
            named_any = true;
            let next = words.get(index + 1).map(|(next, _)| next.start);
            let previous = index
                .checked_sub(1)
                .and_then(|previous| words.get(previous))
                .map(|(previous, _)| previous.end);
            let removal = match (next, previous) {
                (Some(next), _) => Span::new(span.start, offset + next),
                (None, Some(previous)) => Span::new(offset + previous, span.end),
                (None, None) => span,
            };
            suppressions.push(Suppression {
                rule,
                written: word.to_owned(),
                scope,
                span,
                removal,
                comment: comment_index,
                used: false,
            });
        } else if looks_like_rule(word) || comma_follows {
            named_any = true;
            let help = msg!("reason-goes-after", help = rules::unknown_rule_help(word));
            findings
                .report(&INVALID_SUPPRESSION, span, msg!("not-a-rule", word = word))
                .label(msg!("unknown-rule"))
                .help(help);
        } else {
            // The rest reads as a reason written without a separator: one finding for it,
            // not one per word.
            let reason_end = words.last().map_or(end, |(word, _)| word.end);
            let reason = Span::new(offset + start, offset + reason_end);
            let rule = suppressions
                .last()
                .filter(|_| named_any)
                .map_or("CJM308", |suppression| suppression.written.as_str());
            findings
                .report(
                    &INVALID_SUPPRESSION,
                    reason,
                    msg!("reason-without-separator", word = word),
                )
                .label(msg!("reason-without-separator-label"))
                .help(msg!("write-reason-after", rule = rule));
            return index + 1;
        }
    }
    if !named_any {
        findings
            .report(&INVALID_SUPPRESSION, comment, msg!("names-no-rule"))
            .label(msg!("no-rule"))
            .help(msg!("name-the-rules"));
    }
    words.len()
}

/// The words of a rule list, as byte ranges, each with whether a comma follows it.
fn words(list: &str) -> Vec<(Span, bool)> {
    let mut words: Vec<(Span, bool)> = Vec::new();
    let mut start = None;
    for (index, c) in list.char_indices() {
        match (is_separator(c), start) {
            (false, None) => start = Some(index),
            (true, Some(begin)) => {
                words.push((Span::new(begin, index), false));
                start = None;
            }
            _ => {}
        }
        if c == ','
            && let Some(last) = words.last_mut()
        {
            last.1 = true;
        }
    }
    if let Some(begin) = start {
        words.push((Span::new(begin, list.len()), false));
    }
    words
}

/// What separates the rules of a list.
fn is_separator(c: char) -> bool {
    c == ',' || c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_own_line_comments_all_speak_for_the_next_line_with_content() {
        let source = SourceFile::new(
            "a.cjm.yaml",
            "a: 1\n# one\n\n  # two\nb: 2  # trailing\n# last\n\n",
        );
        let mut next = NextContent::new(&source);
        assert_eq!([2, 3, 4].map(|line| next.from(line)), [5, 5, 5]);
        assert_eq!(next.from(5), 5);
        // Nothing follows: the line itself.
        assert_eq!([6, 7].map(|line| next.from(line)), [6, 7]);
    }

    #[test]
    fn a_comment_is_removed_with_its_line_or_the_spaces_before_it() {
        let removed = |text: &str| {
            let start = text.find('#').unwrap();
            let end = text[start..]
                .find(['\r', '\n'])
                .map_or(text.len(), |end| start + end);
            let span = comment_removal(text, Span::new(start, end));
            format!("{}{}", &text[..span.start], &text[span.end..])
        };
        assert_eq!(
            removed("a: 1\r\n  # cjm-ignore: X\r\nb: 2\r\n"),
            "a: 1\r\nb: 2\r\n"
        );
        assert_eq!(
            removed("a: 1  # cjm-ignore: X\r\nb: 2\r\n"),
            "a: 1\r\nb: 2\r\n"
        );
        assert_eq!(removed("a: 1\n# cjm-ignore: X"), "a: 1\n");
        assert_eq!(removed("a: 1\t# cjm-ignore: X"), "a: 1");
    }

    #[test]
    fn a_reason_starts_at_the_first_separator() {
        assert_eq!(reason_start("CJM110: why — more"), Some(6));
        assert_eq!(reason_start("CJM110, CJM305 - why"), Some(14));
        assert_eq!(reason_start("CJM110 stage-missing-kpis"), None);
        assert!(looks_like_rule("CJM999") && looks_like_rule("stage-missing-kpi"));
        assert!(!looks_like_rule("because") && !looks_like_rule("CJM") && !looks_like_rule("цели"));
    }
}
