//! Which file of the old version goes with which of the new: maps are paired by path
//! (relative to the directories compared), or as git pairs them when it sees a rename.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::check::{FileReport, Keep};
use crate::error::CjmError;
use crate::rules::CheckContext;
use crate::source::display_path;
use crate::walk::FileFilter;

/// One map as it was and as it is; either side is `None` when the map was added or removed.
#[derive(Debug)]
pub struct FilePair {
    /// The path the map goes by in the diff: relative to the directories compared, or the
    /// new path of a renamed map.
    pub path: String,
    pub old: Option<FileReport>,
    pub new: Option<FileReport>,
    /// Git saw the old file become the new one under another name.
    pub renamed: bool,
}

/// Pairs the maps of two sides by key, in key order; `renames` maps an old key to the new
/// key it became.
pub fn pair(
    old: Vec<(String, FileReport)>,
    new: Vec<(String, FileReport)>,
    renames: &BTreeMap<String, String>,
) -> Vec<FilePair> {
    let mut pairs: BTreeMap<String, FilePair> = BTreeMap::new();
    for (key, report) in new {
        pairs.insert(
            key.clone(),
            FilePair {
                path: key,
                old: None,
                new: Some(report),
                renamed: false,
            },
        );
    }
    for (key, report) in old {
        let renamed_to = renames
            .get(&key)
            .filter(|to| pairs.get(*to).is_some_and(|pair| pair.old.is_none()));
        let (target, renamed) = match renamed_to {
            Some(to) => (to.clone(), true),
            None => (key, false),
        };
        let pair = pairs.entry(target.clone()).or_insert_with(|| FilePair {
            path: target,
            old: None,
            new: None,
            renamed: false,
        });
        pair.old = Some(report);
        pair.renamed = renamed;
    }
    pairs.into_values().collect()
}

/// The two sides of `cjm diff OLD NEW`: two files make one pair, two directories pair the
/// maps found in each by their path below it.
pub fn pair_paths(
    old: &Path,
    new: &Path,
    filter: &FileFilter,
    context: &CheckContext,
) -> Result<Vec<FilePair>, CjmError> {
    let (old_side, new_side) = (side(old, filter, context)?, side(new, filter, context)?);
    if !old.is_dir() && !new.is_dir() {
        let path = display_path(new);
        let reports = |side: Vec<(String, FileReport)>| side.into_iter().next().map(|(_, r)| r);
        return Ok(vec![FilePair {
            path,
            old: reports(old_side),
            new: reports(new_side),
            renamed: false,
        }]);
    }
    Ok(pair(old_side, new_side, &BTreeMap::new()))
}

/// The maps under `root`, keyed by their path below it (or by their own path, for a file).
fn side(
    root: &Path,
    filter: &FileFilter,
    context: &CheckContext,
) -> Result<Vec<(String, FileReport)>, CjmError> {
    let reports = checked_maps(&[root.to_path_buf()], filter, context)?;
    Ok(reports
        .into_iter()
        .map(|report| (key_below(root, report.source.path()), report))
        .collect())
}

/// The maps under `paths`, checked; none at all is one side of a diff, not an error.
pub(crate) fn checked_maps(
    paths: &[PathBuf],
    filter: &FileFilter,
    context: &CheckContext,
) -> Result<Vec<FileReport>, CjmError> {
    match crate::validate(paths, filter, context, Keep::Everything) {
        Ok(checked) => Ok(checked.reports),
        Err(CjmError::NoMaps { .. }) => Ok(Vec::new()),
        Err(error) => Err(error),
    }
}

fn key_below(root: &Path, path: &Path) -> String {
    let relative: PathBuf = path
        .strip_prefix(root)
        .ok()
        .filter(|relative| !relative.as_os_str().is_empty())
        .map_or_else(|| path.to_path_buf(), Path::to_path_buf);
    display_path(&relative)
}
