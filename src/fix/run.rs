//! Fixing every checked file of a run, for `cjm validate --fix` and `--diff`.

use rayon::prelude::*;

use super::{FixedFile, fix_file};
use crate::atomic_write::rewrite_map;
use crate::check::{self, FileReport};
use crate::error::CjmError;
use crate::rules::CheckContext;
use crate::source::SourceFile;

/// What fixing a run did.
#[derive(Debug)]
pub struct FixRun {
    /// The reports of the files as they now are (as they would be, without writing).
    pub reports: Vec<FileReport>,
    /// The files whose text the fixes changed (and, when writing, that were written).
    pub fixed: Vec<FixedFile>,
    /// Files that could not be written; their reports are those of the text left unchanged.
    pub failures: Vec<CjmError>,
}

impl FixRun {
    /// How many findings the fixes resolved, over all files.
    pub fn fixes(&self) -> usize {
        self.fixed.iter().map(|file| file.fixes).sum()
    }
}

/// Fixes every report's file, in parallel, keeping the order of `reports`; writes each
/// changed file when `write` is set. A file that cannot be written does not stop the others.
pub fn fix_reports(reports: Vec<FileReport>, context: &CheckContext, write: bool) -> FixRun {
    let outcomes: Vec<(FileReport, Option<FixedFile>, Option<CjmError>)> = reports
        .into_par_iter()
        .map(|report| {
            let (report, fixed) = fix_file(report, context);
            let Some(fixed) = fixed else {
                return (report, None, None);
            };
            match write.then(|| rewrite_map(&fixed.path, &fixed.text)) {
                Some(Err(error)) => {
                    let unchanged = SourceFile::new(&fixed.path, fixed.original);
                    (
                        check::check_source(unchanged, context).without_map(),
                        None,
                        Some(error),
                    )
                }
                _ => (report, Some(fixed), None),
            }
        })
        .collect();
    let mut run = FixRun {
        reports: Vec::with_capacity(outcomes.len()),
        fixed: Vec::new(),
        failures: Vec::new(),
    };
    for (report, fixed, failure) in outcomes {
        run.reports.push(report);
        run.fixed.extend(fixed);
        run.failures.extend(failure);
    }
    run
}
