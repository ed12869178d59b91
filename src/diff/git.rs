//! The maps at a git revision, read through git itself: `git ls-tree` lists them,
//! `git cat-file --batch` reads every blob in one process, and `git diff -M` says which were
//! renamed. Git is asked rather than reimplemented, so paths, renames and the working tree
//! behave exactly as `git diff` shows them.
//!
//! Paths are given and shown relative to the current directory, as git does by default.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::pairing::{FilePair, pair};
use crate::check::{self, FileReport};
use crate::error::CjmError;
use crate::rules::CheckContext;
use crate::source::{MAX_FILE_BYTES, SourceFile, Unreadable, display_path};
use crate::walk::FileFilter;

/// `REV` (that revision against the working tree), `OLD..NEW` (two revisions) or
/// `OLD...NEW` (NEW against the point where it left OLD); an empty side is `HEAD`, as in
/// git.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revisions {
    pub old: String,
    /// `None`: the working tree.
    pub new: Option<String>,
    /// `OLD...NEW`: compare with the merge base of the two.
    pub merge_base: bool,
}

impl Revisions {
    pub fn parse(text: &str) -> Self {
        let or_head = |rev: &str| if rev.is_empty() { "HEAD" } else { rev }.to_owned();
        let (range, merge_base) = match text.split_once("...") {
            Some(range) => (Some(range), true),
            None => (text.split_once(".."), false),
        };
        match range {
            Some((old, new)) => Self {
                old: or_head(old),
                new: Some(or_head(new)),
                merge_base,
            },
            None => Self {
                old: text.to_owned(),
                new: None,
                merge_base: false,
            },
        }
    }
}

/// The maps under `paths` at both revisions, paired, renames followed.
pub fn pairs(
    revisions: &Revisions,
    paths: &[PathBuf],
    filter: &FileFilter,
    context: &CheckContext,
) -> Result<Vec<FilePair>, CjmError> {
    run(&["rev-parse", "--show-toplevel"]).map_err(|_| CjmError::NotAGitRepository)?;
    for revision in std::iter::once(&revisions.old).chain(&revisions.new) {
        let commit = format!("{revision}^{{commit}}");
        run(&[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &commit,
        ])
        .map_err(|_| CjmError::Git {
            message: format!("`{revision}` is not a revision of this repository"),
        })?;
    }
    let mut revisions = revisions.clone();
    if let (true, Some(new)) = (revisions.merge_base, &revisions.new) {
        let base = run(&["merge-base", "--end-of-options", &revisions.old, new])?;
        revisions.old = String::from_utf8_lossy(&base).trim().to_owned();
    }
    let revisions = &revisions;
    let old = at_revision(&revisions.old, paths, filter, context)?;
    let new = match &revisions.new {
        Some(revision) => at_revision(revision, paths, filter, context)?,
        None => working_tree(paths, filter, context)?,
    };
    let renames = renames(revisions, paths)?;
    Ok(pair(old, new, &renames))
}

/// Runs git in the current directory and returns its standard output.
fn run(args: &[&str]) -> Result<Vec<u8>, CjmError> {
    run_os(&args.iter().map(OsString::from).collect::<Vec<_>>())
}

fn run_os(args: &[OsString]) -> Result<Vec<u8>, CjmError> {
    let output = git().args(args).output().map_err(spawn_error)?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(CjmError::Git {
            message: stderr.trim().to_owned(),
        })
    }
}

fn git() -> Command {
    let mut command = Command::new("git");
    // Paths are read NUL-terminated, so no quoting; no pager, no colour, no prompts.
    command
        .args(["-c", "core.quotepath=off", "--no-pager"])
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(Stdio::null());
    command
}

fn spawn_error(error: io::Error) -> CjmError {
    CjmError::Git {
        message: format!("cannot run git: {error}"),
    }
}

/// `git … -- PATHS`.
fn with_paths(args: &[&str], paths: &[PathBuf]) -> Vec<OsString> {
    args.iter()
        .map(OsString::from)
        .chain(std::iter::once(OsString::from("--")))
        .chain(paths.iter().map(|path| path.as_os_str().to_owned()))
        .collect()
}

/// Whether a path git lists is a map to check: as the walk decides for a directory, or any
/// file named explicitly unless excluded.
fn admitted(path: &Path, named: &[PathBuf], filter: &FileFilter) -> bool {
    if named.iter().any(|named| named == path) {
        filter.excluded_by(path).is_none()
    } else {
        filter.includes(path)
    }
}

/// A blob `git ls-tree -l` lists.
struct Blob {
    path: PathBuf,
    id: String,
    size: u64,
}

fn at_revision(
    revision: &str,
    paths: &[PathBuf],
    filter: &FileFilter,
    context: &CheckContext,
) -> Result<Vec<(String, FileReport)>, CjmError> {
    let listing = run_os(&with_paths(&["ls-tree", "-r", "-z", "-l", revision], paths))?;
    let blobs: Vec<Blob> = listing
        .split(|&byte| byte == 0)
        .filter_map(parse_ls_tree)
        .filter(|blob| admitted(&blob.path, paths, filter))
        .collect();
    let mut contents = read_blobs(&blobs)?.into_iter();
    Ok(blobs
        .iter()
        .map(|blob| {
            let report = if blob.size > MAX_FILE_BYTES as u64 {
                let source = SourceFile::new(&blob.path, "");
                let too_large = Unreadable::TooLarge { size: blob.size };
                check::check_read(source, Some(too_large), context)
            } else {
                let bytes = contents.next().unwrap_or_default();
                check::check_bytes(&blob.path, &bytes, context)
            };
            (display_path(&blob.path), report)
        })
        .collect())
}

/// `<mode> blob <id> <size>\t<path>`; trees, submodules and symbolic links are not maps.
fn parse_ls_tree(entry: &[u8]) -> Option<Blob> {
    let tab = entry.iter().position(|&byte| byte == b'\t')?;
    let (meta, path) = (entry.get(..tab)?, entry.get(tab + 1..)?);
    let meta = std::str::from_utf8(meta).ok()?;
    let mut fields = meta.split_whitespace();
    let mode = fields.next()?;
    let kind = fields.next()?;
    let id = fields.next()?;
    let size = fields.next()?.parse().ok()?;
    if kind != "blob" || mode == "120000" {
        return None;
    }
    Some(Blob {
        path: PathBuf::from(path_from_bytes(path)),
        id: id.to_owned(),
        size,
    })
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> OsString {
    use std::os::unix::ffi::OsStrExt;
    OsStr::from_bytes(bytes).to_owned()
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> OsString {
    OsString::from(String::from_utf8_lossy(bytes).into_owned())
}

/// The content of each blob within the size cap, in order, through one
/// `git cat-file --batch`; larger blobs are not read at all.
fn read_blobs(blobs: &[Blob]) -> Result<Vec<Vec<u8>>, CjmError> {
    let wanted: Vec<&Blob> = blobs
        .iter()
        .filter(|blob| blob.size <= MAX_FILE_BYTES as u64)
        .collect();
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    cat_file(&wanted)
}

fn cat_file(blobs: &[&Blob]) -> Result<Vec<Vec<u8>>, CjmError> {
    let mut child = git()
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(spawn_error)?;
    let request: String = blobs.iter().map(|blob| format!("{}\n", blob.id)).collect();
    let mut stdin = child.stdin.take();
    // Written from another thread: git answers while it reads, and a full pipe each way
    // would otherwise stall both processes.
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            let _ = stdin.write_all(request.as_bytes());
        }
    });
    let mut contents = Vec::with_capacity(blobs.len());
    if let Some(stdout) = child.stdout.take() {
        let mut reader = BufReader::new(stdout);
        for _ in blobs {
            contents.push(read_one(&mut reader).map_err(|error| CjmError::Git {
                message: format!("cannot read from git cat-file: {error}"),
            })?);
        }
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(contents)
}

/// One answer of `git cat-file --batch`: `<id> blob <size>\n<content>\n`, or
/// `<id> missing\n`.
fn read_one(reader: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut header = String::new();
    reader.read_line(&mut header)?;
    let size: usize = header
        .split_whitespace()
        .nth(2)
        .and_then(|size| size.parse().ok())
        .ok_or_else(|| io::Error::other(format!("unexpected answer `{}`", header.trim())))?;
    let mut content = Vec::with_capacity(size.min(MAX_FILE_BYTES + 1));
    reader.take(size as u64).read_to_end(&mut content)?;
    let mut newline = [0u8; 1];
    reader.read_exact(&mut newline)?;
    Ok(content)
}

fn working_tree(
    paths: &[PathBuf],
    filter: &FileFilter,
    context: &CheckContext,
) -> Result<Vec<(String, FileReport)>, CjmError> {
    // A map named on the command line may be gone from the working tree: it was deleted,
    // which the diff reports, as git does for a pathspec.
    let existing: Vec<PathBuf> = paths.iter().filter(|path| path.exists()).cloned().collect();
    let reports = super::pairing::checked_maps(&existing, filter, context)?;
    Ok(reports
        .into_iter()
        .map(|report| (report.source.display_path(), report))
        .collect())
}

/// Old path → new path for every file git sees renamed between the two sides.
fn renames(revisions: &Revisions, paths: &[PathBuf]) -> Result<BTreeMap<String, String>, CjmError> {
    let mut args = vec![
        "diff",
        "--name-status",
        "-z",
        "-M",
        "--relative",
        &revisions.old,
    ];
    if let Some(new) = &revisions.new {
        args.push(new);
    }
    let output = run_os(&with_paths(&args, paths))?;
    let mut fields = output.split(|&byte| byte == 0);
    let mut renames = BTreeMap::new();
    while let Some(status) = fields.next() {
        if status.is_empty() {
            continue;
        }
        let copied_or_renamed = matches!(status.first(), Some(b'R' | b'C'));
        let Some(first) = fields.next() else { break };
        if copied_or_renamed {
            let Some(second) = fields.next() else { break };
            if status.first() == Some(&b'R') {
                let path = |bytes: &[u8]| display_path(Path::new(&path_from_bytes(bytes)));
                renames.insert(path(first), path(second));
            }
        }
    }
    Ok(renames)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_are_one_or_a_range() {
        let parse = Revisions::parse;
        assert_eq!(
            parse("origin/main"),
            Revisions {
                old: "origin/main".into(),
                new: None,
                merge_base: false,
            }
        );
        assert!(parse("a...b").merge_base);
        assert_eq!(parse("a...b").new.as_deref(), Some("b"));
        assert_eq!(parse("a..b").new.as_deref(), Some("b"));
        assert_eq!(parse("a..").new.as_deref(), Some("HEAD"));
        assert_eq!(parse("..b").old, "HEAD");
    }

    #[test]
    fn ls_tree_entries_are_blobs_with_a_size() {
        let blob = parse_ls_tree(b"100644 blob abc123     42\tmaps/a b.cjm.yaml").unwrap();
        assert_eq!((blob.id.as_str(), blob.size), ("abc123", 42));
        assert_eq!(blob.path, PathBuf::from("maps/a b.cjm.yaml"));
        assert!(parse_ls_tree(b"040000 tree abc -\tmaps").is_none());
        assert!(parse_ls_tree(b"120000 blob abc 5\tlink.cjm.yaml").is_none());
    }
}
