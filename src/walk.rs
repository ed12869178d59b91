//! Finding the map files to check.
//!
//! Directories are walked the way ripgrep walks them (the `ignore` crate): `.gitignore`,
//! `.ignore` and hidden files are honoured, and only `*.cjm.yaml` / `*.cjm.yml` files are
//! picked up. A file named explicitly is checked whatever its name.

use std::path::{Path, PathBuf};

use crate::error::CjmError;

/// The endings that mark a map file during a directory walk.
pub const MAP_EXTENSIONS: [&str; 2] = [".cjm.yaml", ".cjm.yml"];

pub fn is_map_file_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| {
            MAP_EXTENSIONS
                .iter()
                .any(|ext| name.ends_with(ext) && name.len() > ext.len())
        })
}

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
pub fn discover(paths: &[PathBuf]) -> Result<Discovery, CjmError> {
    let mut discovery = Discovery::default();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|error| CjmError::Path {
            path: path.clone(),
            error,
        })?;
        if metadata.is_dir() {
            walk_directory(path, &mut discovery);
        } else {
            discovery.files.push(path.clone());
        }
    }
    discovery.files.sort();
    discovery.files.dedup();
    discovery.unreadable.sort();
    Ok(discovery)
}

fn walk_directory(root: &Path, discovery: &mut Discovery) {
    for entry in ignore::WalkBuilder::new(root).build() {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                if is_file && is_map_file_name(entry.path()) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_map_endings_are_picked_up() {
        assert!(is_map_file_name(Path::new("maps/shop.cjm.yaml")));
        assert!(is_map_file_name(Path::new("путь.cjm.yml")));
        assert!(!is_map_file_name(Path::new("shop.yaml")));
        assert!(!is_map_file_name(Path::new(".cjm.yaml")));
        assert!(!is_map_file_name(Path::new("shop.cjm.yaml.bak")));
    }
}
