//! `--stats`: how many findings each rule produced, across how many files.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::check::FileReport;
use crate::finding::Severity;
use crate::rules::Rule;

/// A table of the rules with findings, most findings first.
pub fn render(reports: &[FileReport]) -> String {
    let mut by_rule: BTreeMap<&'static str, (&'static Rule, Severity, usize, usize)> =
        BTreeMap::new();
    for report in reports {
        let mut seen_in_file: Vec<&str> = Vec::new();
        for finding in &report.findings {
            let entry =
                by_rule
                    .entry(finding.rule.code)
                    .or_insert((finding.rule, finding.severity, 0, 0));
            entry.2 += 1;
            if !seen_in_file.contains(&finding.rule.code) {
                seen_in_file.push(finding.rule.code);
                entry.3 += 1;
            }
        }
    }
    let mut rows: Vec<_> = by_rule.into_values().collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.code.cmp(b.0.code)));
    let mut out = String::new();
    if rows.is_empty() {
        let _ = writeln!(out, "No findings.");
        return out;
    }
    let name_width = rows.iter().map(|row| row.0.name.len()).max().unwrap_or(4);
    let _ = writeln!(
        out,
        "{:>8} {:>6}  {:<7} {:<name_width$}  Level",
        "Findings", "Files", "Code", "Name"
    );
    for (rule, severity, findings, files) in rows {
        let _ = writeln!(
            out,
            "{findings:>8} {files:>6}  {:<7} {:<name_width$}  {severity}",
            rule.code, rule.name
        );
    }
    out
}
