//! `--format junit`: JUnit XML, which GitLab (`artifacts: reports: junit:`), Jenkins and
//! most CI systems show as a test report.
//!
//! One test suite, `cjm`, with one test case per checked file, named by its path. A file
//! fails exactly when it would fail the run: it has an error, or a warning under
//! `--strict`. The failure lists those findings one per line, as `--format concise` prints
//! them; the file's other findings, which do not fail it, go to the test case's
//! `system-out`, so a passing file still shows its warnings and infos.

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::location::{CheckedFile, Region, checked_files};
use super::summary::counts;
use super::{concise, escape_controls};
use crate::check::{FileReport, Summary};
use crate::finding::Finding;
use crate::i18n::Lang;

const NAME: &str = "cjm";

pub fn render(
    reports: &[FileReport],
    strict: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut suite = TestSuite::new(NAME);
    suite.add_test_cases(checked_files(reports).map(|file| test_case(&file, strict, lang)));
    let mut report = Report::new(NAME);
    report.add_test_suite(suite);
    // The serializer ends the document with a line break itself.
    report.serialize(out).map_err(io::Error::other)
}

fn test_case(file: &CheckedFile<'_>, strict: bool, lang: Lang) -> TestCase {
    let (failing, passing): (Vec<_>, Vec<_>) = file
        .findings()
        .partition(|(finding, _)| finding.severity.fails(strict));
    let lines = |findings: Vec<(&Finding, Region)>| {
        findings
            .into_iter()
            .map(|(finding, region)| concise::line(&file.path, finding, region.start, false, lang))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let status = if failing.is_empty() {
        TestCaseStatus::success()
    } else {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        status
            .set_message(counts(&Summary::of(std::slice::from_ref(file.report))).render(lang))
            .set_description(lines(failing));
        status
    };
    let mut case = TestCase::new(escape_controls(&file.path), status);
    case.set_classname(NAME);
    if !passing.is_empty() {
        case.set_system_out(lines(passing));
    }
    case
}
