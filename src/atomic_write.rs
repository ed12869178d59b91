//! Writing a file so that readers see the old content or the new, never a half-written file.
//!
//! The content goes to a temporary file in the target's directory (a rename is atomic only
//! within one file system), is flushed to disk, and then renamed over the target. If
//! anything fails before the rename, the temporary file is removed and the target is left
//! as it was.

use std::fs::{self, Permissions};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Replaces `path` with what `write` produces.
///
/// An existing file keeps its permissions; a new one gets those of a file created the usual
/// way (read-write for everyone the umask allows), not the owner-only mode of a temporary
/// file.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    write_through_temporary(path, write, Target::Replace)
}

/// Creates `path` with what `write` produces, failing with [`io::ErrorKind::AlreadyExists`]
/// if it exists by the time the file is moved into place (so a file created meanwhile is
/// never overwritten).
pub fn create_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    write_through_temporary(path, write, Target::Create)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Replace,
    Create,
}

fn write_through_temporary(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    target: Target,
) -> io::Result<()> {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    let permissions = match fs::metadata(path) {
        Ok(existing) => Some(existing.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(permissions) = permissions {
        builder.permissions(permissions);
    }
    let temporary = builder.prefix(".cjm-").tempfile_in(directory)?;
    let mut out = BufWriter::new(temporary);
    write(&mut out)?;
    let temporary = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    temporary.as_file().sync_all()?;
    match target {
        Target::Replace => temporary.persist(path),
        Target::Create => temporary.persist_noclobber(path),
    }
    .map_err(|failure| failure.error)?;
    Ok(())
}

#[cfg(unix)]
fn new_file_permissions() -> Option<Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(Permissions::from_mode(0o666))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, |out| out.write_all("новый отчёт".as_bytes())).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "новый отчёт");
        assert_eq!(entries(dir.path()), ["report.md"]);
    }

    #[test]
    fn a_failed_write_leaves_the_existing_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        fs::write(&path, "old report").unwrap();
        let result = write_atomically(&path, |out| {
            out.write_all(b"half of a new rep")?;
            out.flush()?;
            Err(io::Error::other("rendering failed"))
        });
        assert_eq!(result.unwrap_err().to_string(), "rendering failed");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old report");
        assert_eq!(entries(dir.path()), ["report.md"]);
    }

    #[test]
    fn creating_never_replaces_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.cjm.yaml");
        create_atomically(&path, |out| out.write_all(b"first")).unwrap();
        let error = create_atomically(&path, |out| out.write_all(b"second")).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        assert_eq!(entries(dir.path()), ["map.cjm.yaml"]);
    }

    #[test]
    fn a_missing_directory_is_an_error_and_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-dir").join("report.md");
        let error = write_atomically(&path, |out| out.write_all(b"x")).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        assert!(entries(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_or_those_of_a_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let existing = dir.path().join("kept.md");
        fs::write(&existing, "old").unwrap();
        fs::set_permissions(&existing, Permissions::from_mode(0o640)).unwrap();
        write_atomically(&existing, |out| out.write_all(b"new")).unwrap();
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&existing), 0o640);
        let new = dir.path().join("new.md");
        write_atomically(&new, |out| out.write_all(b"new")).unwrap();
        let usual = dir.path().join("usual.md");
        fs::write(&usual, "new").unwrap();
        assert_eq!(mode(&new), mode(&usual));
    }
}
