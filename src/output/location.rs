//! Where a finding is, worked out once for every format: the path to print and the line
//! and column of each end of a span.

use crate::check::FileReport;
use crate::finding::Finding;
use crate::source::{Position, SourceFile};
use crate::span::Span;

/// The place a span covers: its first character and the position just after its last one
/// (an empty span starts and ends at the same place). Lines and columns are 1-based;
/// columns count Unicode characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub start: Position,
    pub end: Position,
}

impl Region {
    pub fn of(source: &SourceFile, span: Span) -> Self {
        Self {
            start: source.position(span.start),
            end: source.position(span.end),
        }
    }
}

/// One checked file as a renderer sees it.
pub struct CheckedFile<'a> {
    /// The path every format prints, see [`crate::source::display_path`].
    pub path: String,
    pub report: &'a FileReport,
}

impl<'a> CheckedFile<'a> {
    pub fn new(report: &'a FileReport) -> Self {
        Self {
            path: report.source.display_path(),
            report,
        }
    }

    pub fn region(&self, span: Span) -> Region {
        Region::of(&self.report.source, span)
    }

    /// The file's findings in file order, each with the region of its primary span.
    pub fn findings(&self) -> impl Iterator<Item = (&'a Finding, Region)> + '_ {
        self.report
            .findings
            .iter()
            .map(|finding| (finding, self.region(finding.span)))
    }

    /// The text a span covers.
    pub fn text(&self, span: Span) -> &'a str {
        self.report
            .source
            .text()
            .get(span.start..span.end)
            .unwrap_or("")
    }
}

pub fn checked_files(reports: &[FileReport]) -> impl Iterator<Item = CheckedFile<'_>> {
    reports.iter().map(CheckedFile::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_end_after_the_last_character() {
        let source = SourceFile::new("a.cjm.yaml", "id: сделка\r\n");
        let start = source.text().find('с').unwrap();
        let region = Region::of(&source, Span::new(start, start + "сделка".len()));
        assert_eq!(region.start, Position { line: 1, column: 5 });
        assert_eq!(
            region.end,
            Position {
                line: 1,
                column: 11
            }
        );
    }
}
