//! `cjm`: Customer Journey Maps as code.
//!
//! The flow, one module a step: paths → [`walk`] → [`source`] (read) → [`map`] (parse and
//! decode, with spans) → [`rules`] → [`finding`]s → one renderer in [`output`], or a
//! stakeholder [`report`] built from the same checked files. Findings that carry a [`fix`]
//! are applied by `cjm validate --fix`, and the file checked again.
//!
//! Nothing here panics on user input: the crate denies `unwrap`, `expect`, `panic!` and
//! unchecked indexing outside tests.

#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo
)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod atomic_write;
pub mod check;
pub mod cli;
pub mod config;
pub mod destination;
pub mod diff;
pub mod error;
pub mod finding;
pub mod fix;
pub mod freshness;
pub mod i18n;
pub mod init;
pub mod map;
pub mod output;
pub mod quote;
pub mod report;
pub mod review;
pub mod rules;
pub mod source;
pub mod span;
pub mod suggest;
pub mod suppress;
pub mod walk;

use std::path::PathBuf;

pub use check::{Entry, FileReport, Keep, Summary};
pub use config::{Config, Settings};
pub use error::CjmError;
pub use finding::{Finding, Severity};
pub use rules::CheckContext;
pub use walk::FileFilter;

/// How a command ended, and the process exit code for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// No finding fails the run.
    Success = 0,
    /// At least one error-level finding (or a warning under `--strict`).
    Findings = 1,
    /// The command could not run as asked: bad arguments, a path that does not exist, an
    /// output that cannot be written.
    Failure = 2,
}

impl ExitStatus {
    pub const fn code(self) -> u8 {
        self as u8
    }
}

/// Finds the map files under `paths` that `filter` admits and checks each of them, keeping
/// what `keep` says of each.
///
/// Reports come back sorted by path. Entries the walk could not read are reported as
/// unreadable files rather than stopping the run. Finding no map at all is an error.
pub fn validate(
    paths: &[PathBuf],
    filter: &FileFilter,
    context: &CheckContext,
    keep: Keep,
) -> Result<Checked, CjmError> {
    let found = find(paths, filter)?;
    Ok(Checked {
        reports: check::check_entries(&found.entries, context, |report| keep.apply(report)),
        skipped: found.skipped,
    })
}

/// What a run is to check under `paths`, sorted by path, and the named files it leaves out.
/// Finding no map at all is an error.
pub fn find(paths: &[PathBuf], filter: &FileFilter) -> Result<Found, CjmError> {
    let discovery = walk::discover(paths, filter)?;
    let mut entries: Vec<Entry> = discovery.files.into_iter().map(Entry::File).collect();
    entries.extend(
        discovery
            .unreadable
            .into_iter()
            .map(|(path, message)| Entry::Unopened { path, message }),
    );
    // Stable: a file and an unopened entry of the same path keep that order.
    entries.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(Found {
        entries,
        skipped: discovery.skipped,
    })
}

/// The entries a run checks, and the named files it leaves out.
#[derive(Debug)]
pub struct Found {
    /// Sorted by path.
    pub entries: Vec<Entry>,
    /// See [`Checked::skipped`].
    pub skipped: Vec<walk::Skipped>,
}

/// What a run checked, and the named files it left out.
#[derive(Debug)]
pub struct Checked {
    pub reports: Vec<FileReport>,
    /// Files named on the command line that `exclude` matches: not errors, but said on
    /// standard error so nobody wonders why a file was not checked.
    pub skipped: Vec<walk::Skipped>,
}
