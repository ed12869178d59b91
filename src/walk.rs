//! Finding the map files to check.
//!
//! Directories are walked the way ripgrep walks them (the `ignore` crate): `.gitignore`,
//! `.ignore` and hidden files are honoured, and only files the configuration's `include`
//! globs match (by default `*.cjm.yaml` and `*.cjm.yml`) are picked up. A file named
//! explicitly is checked whatever its name, unless `exclude` matches it.

use std::path::{Path, PathBuf};

use crate::config::FileFilter;
use crate::error::CjmError;

/// The result of a walk: the files to check, and the entries that could not be visited.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Sorted and without duplicates.
    pub files: Vec<PathBuf>,
    /// Entries the walk could not read, with the reason.
    pub unreadable: Vec<(PathBuf, String)>,
}

/// Expands `paths` into map files. A path that does not exist is a usage error: the run
/// cannot do what was asked.
pub fn discover(paths: &[PathBuf], filter: &FileFilter) -> Result<Discovery, CjmError> {
    let mut discovery = Discovery::default();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|error| CjmError::Path {
            path: path.clone(),
            error,
        })?;
        if metadata.is_dir() {
            walk_directory(path, filter, &mut discovery);
        } else if !filter.excludes(path) {
            discovery.files.push(path.clone());
        }
    }
    discovery.files.sort();
    discovery.files.dedup();
    discovery.unreadable.sort();
    Ok(discovery)
}

fn walk_directory(root: &Path, filter: &FileFilter, discovery: &mut Discovery) {
    for entry in ignore::WalkBuilder::new(root).build() {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                if is_file && filter.includes(entry.path()) {
                    discovery.files.push(entry.into_path());
                }
            }
            Err(error) => {
                let path = error_path(&error).unwrap_or_else(|| root.to_path_buf());
                discovery.unreadable.push((path, error.to_string()));
            }
        }
    }
}

fn error_path(error: &ignore::Error) -> Option<PathBuf> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}
