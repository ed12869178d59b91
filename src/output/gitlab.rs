//! `--format gitlab`: a GitLab Code Quality report (a subset of the Code Climate issue
//! format), which GitLab shows in merge requests when a job lists it under
//! `artifacts: reports: codequality:`.
//!
//! GitLab tells new findings from old ones by their fingerprint, so a fingerprint must be
//! unique within a report, the same on every run and machine, and unchanged when unrelated
//! lines of the file move. It is the SHA-256 of the rule, the path, the message (in English,
//! whatever the language of the run), the text
//! the finding points at, and a counter that keeps identical findings apart; no line
//! numbers.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::location::{CheckedFile, checked_files};

use super::shown;
use crate::check::FileReport;
use crate::finding::Severity;
use crate::i18n::Lang;
use crate::source::Position;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    positions: Positions,
}

#[derive(Serialize)]
struct Positions {
    begin: Position,
    end: Position,
}

pub fn render(reports: &[FileReport], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let files: Vec<_> = checked_files(reports).collect();
    let mut issues = Vec::new();
    for file in &files {
        let findings = file.findings().zip(fingerprints(file, &file.path));
        for ((finding, region), fingerprint) in findings {
            issues.push(Issue {
                // GitLab shows the description but not the check name.
                description: format!(
                    "{} {}: {}",
                    finding.rule.code,
                    finding.rule.name,
                    shown(&finding.message.render(lang))
                ),
                check_name: finding.rule.code,
                fingerprint,
                severity: severity(finding.severity),
                location: Location {
                    path: &file.path,
                    positions: Positions {
                        begin: region.start,
                        end: region.end,
                    },
                },
            });
        }
    }
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    writeln!(out)
}

/// The fingerprint of each of a file's findings, in file order, with `path` standing for
/// the file: `cjm diff` names both versions of a renamed map by one path, so that its
/// findings keep their fingerprints across the rename.
pub fn fingerprints(file: &CheckedFile<'_>, path: &str) -> Vec<String> {
    let mut seen = HashMap::new();
    file.report
        .findings
        .iter()
        .map(|finding| {
            // The English message: the same fingerprint whatever the language of the run,
            // and the one earlier releases (English only) computed.
            let message = finding.message.english();
            let identity = [finding.rule.code, path, &message, file.text(finding.span)];
            let occurrence = seen.entry(digest(identity, 0)).or_insert(0u64);
            let fingerprint = digest(identity, *occurrence);
            *occurrence += 1;
            fingerprint
        })
        .collect()
}

/// Code Quality severities run info, minor, major, critical, blocker; an error that fails
/// the pipeline is major, not critical, which GitLab reserves for security-like urgency.
const fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// Hex SHA-256 of the parts, each prefixed with its length so that no two different lists
/// of parts hash the same text.
fn digest(parts: [&str; 4], occurrence: u64) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hasher.update(occurrence.to_le_bytes());
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CheckContext;
    use crate::check::check_source;
    use crate::source::SourceFile;
    use jiff::civil::date;

    fn fingerprints(path: &str, text: &str) -> Vec<(String, String)> {
        fingerprints_in(path, text, Lang::En)
    }

    fn fingerprints_in(path: &str, text: &str, lang: Lang) -> Vec<(String, String)> {
        let report = check_source(
            SourceFile::new(path, text),
            &CheckContext::new(date(2026, 11, 25)),
        );
        let mut out = Vec::new();
        render(std::slice::from_ref(&report), lang, &mut out).unwrap();
        let issues: serde_json::Value = serde_json::from_slice(&out).unwrap();
        issues
            .as_array()
            .unwrap()
            .iter()
            .map(|issue| {
                (
                    issue["description"].as_str().unwrap().to_owned(),
                    issue["fingerprint"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }

    const MAP: &str = "cjm: 1\ntitle: T\nowner: O\nreviewed: 2026-10-01\n\
                       segments: [{id: s, name: S}]\nstages: [{id: a, name: A}]\n\
                       notes: x\nnotes2: x\n";

    #[test]
    fn fingerprints_survive_unrelated_lines_moving() {
        let before = fingerprints("a.cjm.yaml", MAP);
        let moved = MAP.replacen("cjm: 1\n", "# a comment\n\ncjm: 1\n", 1);
        assert_eq!(fingerprints("a.cjm.yaml", &moved), before);
        assert_ne!(fingerprints("b.cjm.yaml", MAP), before);
    }

    #[test]
    fn fingerprints_do_not_change_with_the_language() {
        let english = fingerprints_in("a.cjm.yaml", MAP, Lang::En);
        let russian = fingerprints_in("a.cjm.yaml", MAP, Lang::Ru);
        assert_eq!(english.len(), russian.len());
        for ((en_text, en_print), (ru_text, ru_print)) in english.iter().zip(&russian) {
            assert_eq!(en_print, ru_print);
            assert_ne!(en_text, ru_text, "the description is in the run's language");
        }
    }

    #[test]
    fn identical_findings_get_different_fingerprints() {
        let a = digest(["CJM108", "a.cjm.yaml", "unknown key", "x"], 0);
        let b = digest(["CJM108", "a.cjm.yaml", "unknown key", "x"], 1);
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        // Length prefixes keep the parts apart.
        assert_ne!(a, digest(["CJM108a", ".cjm.yaml", "unknown key", "x"], 0));
    }
}
