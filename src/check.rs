//! Checking files: read, parse, decode, run the rules; one [`FileReport`] per file.
//!
//! Files are checked in parallel and reported in the order they were given, so output is
//! the same on every run and every machine.

use crate::msg;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::finding::{Finding, Findings, Severity, sort_in_file_order};
use crate::map::loader::Comment;
use crate::map::{self, JourneyMap};
use crate::rules::structure::UNREADABLE_FILE;
use crate::rules::{self, CheckContext};
use crate::source::{self, SourceFile, Unreadable};
use crate::span::Span;
use crate::suppress;

/// Everything known about one file after checking it.
#[derive(Debug)]
pub struct FileReport {
    pub source: SourceFile,
    /// In file order.
    pub findings: Vec<Finding>,
    /// The decoded map, when the file held one (even with findings).
    pub map: Option<JourneyMap>,
}

impl FileReport {
    /// A file the walk could not even open, such as an unreadable directory entry.
    pub fn unreadable(path: &Path, message: String, context: &CheckContext) -> Self {
        let source = SourceFile::new(path, "");
        let mut findings = Findings::default();
        findings
            .report(
                &UNREADABLE_FILE,
                Span::at(0),
                crate::i18n::Message::verbatim(message),
            )
            .help(crate::msg!("check-permissions"));
        Self {
            findings: finish(findings, &source, &[], context),
            source,
            map: None,
        }
    }

    /// The report without the decoded map, and without the text when nothing points into it.
    pub fn without_map(self) -> Self {
        let source = if self.findings.is_empty() {
            SourceFile::new(self.source.path(), String::new())
        } else {
            self.source
        };
        Self {
            source,
            findings: self.findings,
            map: None,
        }
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    }
}

/// Reads and checks one file.
pub fn check_file(path: &Path, context: &CheckContext) -> FileReport {
    let (source, unreadable) = source::read(path);
    check_read(source, unreadable, context)
}

/// Checks the bytes of a file read some other way (a blob from git) as [`check_file`]
/// checks a file on disk, `path` naming it in findings.
pub fn check_bytes(path: &Path, bytes: &[u8], context: &CheckContext) -> FileReport {
    let (source, unreadable) = source::from_bytes(path, bytes);
    check_read(source, unreadable, context)
}

/// Checks a file already read, or the reason it could not be read as text.
pub fn check_read(
    source: SourceFile,
    unreadable: Option<Unreadable>,
    context: &CheckContext,
) -> FileReport {
    match (source, unreadable) {
        (source, None) => check_source(source, context),
        (source, Some(why)) => {
            let mut findings = Findings::default();
            report_unreadable(&source, &why, &mut findings);
            FileReport {
                findings: finish(findings, &source, &[], context),
                source,
                map: None,
            }
        }
    }
}

/// Checks text that is already in memory (an editor buffer, a test input).
pub fn check_source(source: SourceFile, context: &CheckContext) -> FileReport {
    let mut findings = Findings::default();
    let (map, comments) = map::load(source.text(), &mut findings);
    if let Some(map) = &map {
        rules::check_map(map, context, &mut findings);
    }
    let mut findings = finish(findings, &source, &comments, context);
    if map.is_none() {
        // A file that does not parse (or holds no map) is never fixed, so no finding of it
        // offers a fix, not even an unused suppression's.
        for finding in &mut findings {
            finding.fix = None;
        }
    }
    FileReport {
        findings,
        source,
        map,
    }
}

/// The last step of every file's findings, whichever way the file went (checked, unreadable,
/// not even opened): spans clamped to the text, the configured levels, the file's
/// suppression comments, file order. One place, so no path can skip a step.
fn finish(
    findings: Findings,
    source: &SourceFile,
    comments: &[Comment],
    context: &CheckContext,
) -> Vec<Finding> {
    let levels = &context.settings.rules;
    let findings = rules::apply_levels(findings.into_sorted(source.text()), levels);
    let mut findings = suppress::apply(findings, source, comments, levels);
    sort_in_file_order(&mut findings);
    findings
}

fn report_unreadable(source: &SourceFile, why: &Unreadable, findings: &mut Findings) {
    let at_end = Span::at(source.text().len());
    let (span, label, help) = match why {
        Unreadable::NotAFile => (Span::at(0), None, msg!("name-a-map-file")),
        Unreadable::Io(_) => (Span::at(0), None, msg!("check-file-exists")),
        Unreadable::TooLarge { .. } => (Span::at(0), None, msg!("split-the-map")),
        Unreadable::Utf16 | Unreadable::Utf32 => (Span::at(0), None, msg!("save-as-utf8")),
        Unreadable::Binary { .. } => (
            at_end,
            Some(msg!("binary-starts-here")),
            msg!("not-a-map-rename"),
        ),
        Unreadable::NotUtf8 { .. } => (
            at_end,
            Some(msg!("first-non-utf8-byte")),
            msg!("save-as-utf8-legacy"),
        ),
    };
    let finding = findings
        .report(&UNREADABLE_FILE, span, why.message())
        .help(help);
    if let Some(label) = label {
        finding.label(label);
    }
}

/// What a report keeps once a file is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The findings, and the text of files that have any: what validation output needs.
    /// A repository of 10,000 maps would otherwise hold every map in memory twice.
    Findings,
    /// Also every file's text and decoded map, for reports.
    Everything,
}

impl Keep {
    /// What of `report` to keep.
    pub fn apply(self, report: FileReport) -> FileReport {
        match self {
            Self::Everything => report,
            Self::Findings => report.without_map(),
        }
    }
}

/// One thing a run checks: a map file, or an entry the walk found but could not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    File(PathBuf),
    Unopened { path: PathBuf, message: String },
}

impl Entry {
    pub fn path(&self) -> &Path {
        match self {
            Self::File(path) | Self::Unopened { path, .. } => path,
        }
    }

    /// Reads and checks the file; the same report each time while the file does not change.
    pub fn check(&self, context: &CheckContext) -> FileReport {
        match self {
            Self::File(path) => check_file(path, context),
            Self::Unopened { path, message } => {
                FileReport::unreadable(path, message.clone(), context)
            }
        }
    }
}

/// Checks many entries in parallel, keeping what `keep` makes of each report; the results
/// come back in the order of `entries`.
pub fn check_entries<T: Send>(
    entries: &[Entry],
    context: &CheckContext,
    keep: impl Fn(FileReport) -> T + Sync,
) -> Vec<T> {
    entries
        .par_iter()
        .map(|entry| keep(entry.check(context)))
        .collect()
}

/// Counts over a whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Self {
        reports
            .iter()
            .fold(Self::default(), |summary, report| Self {
                files: summary.files + 1,
                errors: summary.errors + report.count(Severity::Error),
                warnings: summary.warnings + report.count(Severity::Warning),
                infos: summary.infos + report.count(Severity::Info),
            })
    }

    /// Whether the run fails: any error, or under `--strict` any warning.
    pub fn fails(&self, strict: bool) -> bool {
        [
            (Severity::Error, self.errors),
            (Severity::Warning, self.warnings),
            (Severity::Info, self.infos),
        ]
        .into_iter()
        .any(|(severity, count)| count > 0 && severity.fails(strict))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleLevel;

    /// Entries the walk could not open are the one path that never read a file; their
    /// findings still take the configured level.
    #[test]
    fn entries_the_walk_cannot_open_take_the_configured_level() {
        let mut context = CheckContext::new(jiff::civil::date(2026, 11, 25));
        let unreadable = |context: &CheckContext| {
            FileReport::unreadable(Path::new("locked"), "permission denied".to_owned(), context)
                .findings
        };
        assert_eq!(unreadable(&context)[0].severity, Severity::Error);
        context
            .settings
            .rules
            .set(&UNREADABLE_FILE, RuleLevel::On(Severity::Warning));
        assert_eq!(unreadable(&context)[0].severity, Severity::Warning);
        context.settings.rules.set(&UNREADABLE_FILE, RuleLevel::Off);
        assert!(unreadable(&context).is_empty());
    }
}
