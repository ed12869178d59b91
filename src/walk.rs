//! Finding the map files to check.
//!
//! Directories are walked the way ripgrep walks them (the `ignore` crate): `.gitignore`,
//! `.ignore` and hidden files are honoured, and only files the configuration's `include`
//! globs match (by default `*.cjm.yaml` and `*.cjm.yml`) are picked up. Directories that
//! `exclude` covers are not entered at all. A file named explicitly is checked whatever its
//! name, unless `exclude` matches it: then it is skipped, and the run says so.

use std::fmt;
use std::path::{Component, Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::config::{CONFIG_FILE_NAME, Settings};
use crate::error::CjmError;
use crate::source::display_path;

/// The result of a walk: the files to check, and the entries that could not be visited.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Sorted and without duplicates.
    pub files: Vec<PathBuf>,
    /// Entries the walk could not read, with the reason.
    pub unreadable: Vec<(PathBuf, String)>,
    /// Files named on the command line that `exclude` matches.
    pub skipped: Vec<Skipped>,
}

/// A file named on the command line and left out because the configuration excludes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    /// The first `exclude` glob that matches it.
    pub pattern: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "skipped {:?}: the configuration excludes it (`exclude: {}`)",
            display_path(&self.path),
            self.pattern
        )
    }
}

/// Expands `paths` into map files. A path that does not exist is a usage error, and so is
/// a run that finds no map at all: a mistyped `include` or directory must not pass CI.
pub fn discover(paths: &[PathBuf], filter: &FileFilter) -> Result<Discovery, CjmError> {
    let mut discovery = Discovery::default();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|error| CjmError::Path {
            path: path.clone(),
            error,
        })?;
        if metadata.is_dir() {
            walk_directory(path, filter, &mut discovery);
        } else if let Some(pattern) = filter.excluded_by(path) {
            discovery.skipped.push(Skipped {
                path: path.clone(),
                pattern: pattern.to_owned(),
            });
        } else {
            discovery.files.push(path.clone());
        }
    }
    if discovery.files.is_empty() && discovery.unreadable.is_empty() && discovery.skipped.is_empty()
    {
        return Err(CjmError::NoMaps {
            paths: paths.to_vec(),
            include: filter.include_globs.clone(),
            exclude: filter.exclude_globs.clone(),
        });
    }
    discovery.files.sort();
    discovery.files.dedup();
    discovery.unreadable.sort();
    Ok(discovery)
}

fn walk_directory(root: &Path, filter: &FileFilter, discovery: &mut Discovery) {
    for entry in walker(root, filter) {
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

/// The entries below `root`, without the directories `exclude` covers.
fn walker(root: &Path, filter: &FileFilter) -> ignore::Walk {
    let prune = filter.clone();
    ignore::WalkBuilder::new(root)
        .filter_entry(move |entry| {
            let is_dir = entry.file_type().is_some_and(|kind| kind.is_dir());
            // The directory named on the command line is walked whatever it is called.
            !(is_dir && entry.depth() > 0 && prune.excludes_everything_below(entry.path()))
        })
        .build()
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

/// Decides which files a run checks: the configuration's `include` and `exclude` globs,
/// compiled, for paths relative to the configuration's root.
#[derive(Clone, Debug)]
pub struct FileFilter {
    include: GlobSet,
    exclude: GlobSet,
    /// The globs as written, for messages.
    include_globs: Vec<String>,
    exclude_globs: Vec<String>,
    /// The directory globs are relative to, absolute.
    root: PathBuf,
    /// The directory relative paths on the command line are relative to.
    working_dir: PathBuf,
}

/// A file name no real entry has and every "anything below" glob (`dir/**`, `dir/*`)
/// matches; see [`FileFilter::excludes_everything_below`].
const PROBE: &str = "\u{1}cjm\u{1}any\u{1}entry\u{1}below\u{1}";

impl FileFilter {
    /// The filter for `settings`, whose globs are relative to `root`, for paths relative to
    /// `working_dir`.
    pub fn new(
        settings: &Settings,
        root: &Path,
        working_dir: &Path,
    ) -> Result<Self, globset::Error> {
        Ok(Self {
            include: glob_set(&settings.include)?,
            exclude: glob_set(&settings.exclude)?,
            include_globs: settings.include.clone(),
            exclude_globs: settings.exclude.clone(),
            root: normalize(&working_dir.join(root)),
            working_dir: working_dir.to_path_buf(),
        })
    }

    /// `path` relative to the configuration's root, when it lies below it.
    fn relative(&self, path: &Path) -> PathBuf {
        let absolute = normalize(&self.working_dir.join(path));
        match absolute.strip_prefix(&self.root) {
            Ok(relative) => relative.to_path_buf(),
            Err(_) => absolute,
        }
    }

    /// Whether a file found by walking a directory is a map to check.
    pub fn includes(&self, path: &Path) -> bool {
        let is_config = path
            .file_name()
            .is_some_and(|name| name == CONFIG_FILE_NAME);
        let relative = self.relative(path);
        !is_config && self.include.is_match(&relative) && !self.exclude.is_match(&relative)
    }

    /// Whether `path` matches an `include` glob, excluded or not: a map file, which no
    /// output may replace.
    pub fn matches_include(&self, path: &Path) -> bool {
        self.include.is_match(self.relative(path))
    }

    /// The `exclude` glob that matches a file, even one named explicitly (so pre-commit
    /// hooks, which name every changed file, respect `exclude` too).
    pub fn excluded_by(&self, path: &Path) -> Option<&str> {
        let first = *self.exclude.matches(self.relative(path)).first()?;
        self.exclude_globs.get(first).map(String::as_str)
    }

    /// Whether `exclude` covers the directory itself (`**/node_modules`) or whatever lies
    /// below it (`maps/archive/**`), so the walk need not enter it. Globs are matched
    /// against file paths, so "whatever lies below" is asked of a name no entry has: a glob
    /// that admits that name admits any.
    fn excludes_everything_below(&self, dir: &Path) -> bool {
        let relative = self.relative(dir);
        self.exclude.is_match(&relative) || self.exclude.is_match(relative.join(PROBE))
    }
}

/// `path` without `.` and `..` components, so `./maps/a.cjm.yaml` matches `maps/**`. This
/// is lexical, as globs are: symbolic links are not followed.
fn normalize(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

fn glob_set(globs: &[String]) -> Result<GlobSet, globset::Error> {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        builder.add(Glob::new(glob)?);
    }
    builder.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(exclude: &[&str]) -> FileFilter {
        let settings = Settings {
            exclude: exclude.iter().map(|glob| (*glob).to_owned()).collect(),
            ..Settings::default()
        };
        FileFilter::new(&settings, Path::new("/repo"), Path::new("/repo")).unwrap()
    }

    #[test]
    fn a_directory_is_pruned_only_when_exclude_covers_all_of_it() {
        let filter = filter(&["maps/archive/**", "**/node_modules", "drafts/*.cjm.yaml"]);
        assert!(filter.excludes_everything_below(Path::new("maps/archive")));
        assert!(filter.excludes_everything_below(Path::new("web/node_modules")));
        assert!(!filter.excludes_everything_below(Path::new("maps")));
        // Only the maps in `drafts` are excluded; its other files may still be included.
        assert!(!filter.excludes_everything_below(Path::new("drafts")));
        assert_eq!(
            filter.excluded_by(Path::new("drafts/a.cjm.yaml")),
            Some("drafts/*.cjm.yaml")
        );
        assert_eq!(filter.excluded_by(Path::new("maps/a.cjm.yaml")), None);
    }

    #[test]
    fn the_walk_does_not_enter_excluded_directories() {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["maps/archive/2020", "maps/team"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        let settings = Settings {
            exclude: vec!["maps/archive/**".to_owned()],
            ..Settings::default()
        };
        let filter = FileFilter::new(&settings, dir.path(), dir.path()).unwrap();
        let visited: Vec<PathBuf> = walker(&dir.path().join("maps"), &filter)
            .map(|entry| entry.unwrap().into_path())
            .collect();
        let maps = dir.path().join("maps");
        assert_eq!(visited, [maps.clone(), maps.join("team")]);
    }
}
