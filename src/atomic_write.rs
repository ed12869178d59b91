//! Every file `cjm` writes is written here, so that three promises hold for all of them:
//!
//! - **No output replaces a file the run reads**: a map, the configuration, a file named on
//!   the command line, or any file the `include` patterns make a map. Paths are compared
//!   once symbolic links and `..` are resolved, and the refusal comes before anything is
//!   written.
//! - **A target that exists and is not a regular file** (`/dev/null`, a FIFO, a terminal) is
//!   written to directly: renaming over it would replace the device with a plain file (as
//!   root, `/dev/null` itself), and a FIFO's reader would get nothing.
//! - **Anything else is replaced whole**: the content goes to a temporary file in the
//!   target's directory (a rename is atomic only within one file system), is flushed to disk
//!   and renamed over the target, so readers see the old content or the new, never half.
//!
//! A symbolic link is followed, as editors do: the file it points to gets the new content and
//! the link stays a link. A hard link is not: the rename gives the name a new file, and the
//! file's other names keep the old content (as after `mv`).
//!
//! The temporary file is created when the target is opened, before the run reads its maps,
//! so an unwritable directory fails the run at once. It is removed when the write fails, and
//! when the run is interrupted by SIGINT, SIGTERM or SIGHUP: the first temporary file
//! installs a handler that removes every pending one and then ends the process as the
//! signal would have. SIGKILL cannot be caught, and leaves the `.cjm-XXXXXX` file behind.

use std::fs::{self, File, OpenOptions, Permissions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::CjmError;

/// How many symbolic links in a row are followed before giving up, as Linux does.
const MAX_LINKS: usize = 40;

/// The files a run reads, which nothing it writes may replace.
pub struct Inputs<'a> {
    /// Canonical paths of the files that exist.
    files: Vec<PathBuf>,
    /// Whether a path is a map file by the `include` patterns in force.
    is_map: Box<dyn Fn(&Path) -> bool + 'a>,
}

impl<'a> Inputs<'a> {
    /// No file to protect: for commands whose output is a map, either new (`cjm init`) or
    /// the very file they edit (`cjm review`).
    pub fn none() -> Self {
        Self {
            files: Vec::new(),
            is_map: Box::new(|_| false),
        }
    }

    /// The files named in `files` (those that exist), and every path `is_map` accepts.
    pub fn new(
        files: impl IntoIterator<Item = PathBuf>,
        is_map: impl Fn(&Path) -> bool + 'a,
    ) -> Self {
        Self {
            files: files
                .into_iter()
                .filter_map(|file| fs::canonicalize(file).ok())
                .collect(),
            is_map: Box::new(is_map),
        }
    }

    /// Why writing to `given`, which resolves to `resolved`, is refused, if it is.
    fn refusal(&self, given: &Path, resolved: &Path) -> Option<CjmError> {
        let path = given.to_path_buf();
        if self.files.iter().any(|file| file == resolved) {
            Some(CjmError::OutputIsInput { path })
        } else if (self.is_map)(given) || (self.is_map)(resolved) {
            Some(CjmError::OutputIsMap { path })
        } else {
            None
        }
    }
}

/// A file opened for writing with [`open`]; [`Target::write`] gives it its content.
pub struct Target {
    /// The path as given, for messages.
    path: PathBuf,
    destination: Destination,
}

enum Destination {
    /// A device, FIFO or socket, written in place.
    Direct(File),
    /// A temporary file, renamed to `into` once complete.
    Replace {
        temporary: NamedTempFile,
        into: PathBuf,
        persist: Persist,
        _pending: interrupt::Pending,
    },
}

/// What the rename may do to a file already at the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Persist {
    /// Replace it.
    Replace,
    /// Fail with [`io::ErrorKind::AlreadyExists`]: a file created meanwhile is never lost.
    Create,
}

/// Opens `path` for writing, unless it is one of `inputs`.
pub fn open(path: &Path, inputs: &Inputs<'_>) -> Result<Target, CjmError> {
    open_as(path, inputs, Persist::Replace)
}

fn open_as(path: &Path, inputs: &Inputs<'_>, persist: Persist) -> Result<Target, CjmError> {
    let failed = |error| CjmError::Write {
        path: path.to_path_buf(),
        error,
    };
    let resolved = resolve(path).map_err(failed)?;
    if let Some(refusal) = inputs.refusal(path, &resolved) {
        return Err(refusal);
    }
    let existing = fs::metadata(&resolved);
    if persist == Persist::Create && existing.is_ok() {
        return Err(failed(io::Error::from(io::ErrorKind::AlreadyExists)));
    }
    let destination = match existing {
        Ok(existing) if existing.is_dir() => {
            return Err(failed(io::Error::new(
                io::ErrorKind::IsADirectory,
                "it is a directory",
            )));
        }
        Ok(existing) if !existing.is_file() => Destination::Direct(
            OpenOptions::new()
                .write(true)
                .open(&resolved)
                .map_err(failed)?,
        ),
        existing => {
            let permissions = match existing {
                Ok(existing) => Some(existing.permissions()),
                Err(_) => new_file_permissions(),
            };
            let mut builder = tempfile::Builder::new();
            if let Some(permissions) = permissions {
                builder.permissions(permissions);
            }
            let directory = resolved.parent().unwrap_or(Path::new("."));
            let (temporary, pending) =
                interrupt::Pending::create(|| builder.prefix(".cjm-").tempfile_in(directory))
                    .map_err(failed)?;
            Destination::Replace {
                temporary,
                into: resolved,
                persist,
                _pending: pending,
            }
        }
    };
    Ok(Target {
        path: path.to_path_buf(),
        destination,
    })
}

impl Target {
    /// Writes what `write` produces. A regular file is replaced only if all of it was
    /// written; otherwise it keeps its old content.
    pub fn write(
        self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), CjmError> {
        let path = self.path;
        let result = match self.destination {
            Destination::Direct(file) => {
                let mut out = BufWriter::new(file);
                write(&mut out).and_then(|()| out.flush())
            }
            Destination::Replace {
                temporary,
                into,
                persist,
                _pending: pending,
            } => replace(temporary, &into, persist, pending, write),
        };
        result.map_err(|error| CjmError::Write { path, error })
    }
}

/// Replaces `path` with what `write` produces; the one-call form of [`open`] and
/// [`Target::write`].
pub fn write_file(
    path: &Path,
    inputs: &Inputs<'_>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CjmError> {
    open(path, inputs)?.write(write)
}

/// Creates `path` with what `write` produces; a file that exists, or appears meanwhile, is
/// left alone ([`io::ErrorKind::AlreadyExists`] in [`CjmError::Write`]).
pub fn create_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CjmError> {
    open_as(path, &Inputs::none(), Persist::Create)?.write(write)
}

/// A UTF-8 byte-order mark, which the reader drops from a map's text.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Replaces the map at `path` with `text`, an edit of the text that was read from it: for
/// commands whose output is the very map they edit (`cjm review`, `cjm validate --fix`), so
/// no input is protected from it. A byte-order mark the file started with is put back.
pub fn rewrite_map(path: &Path, text: &str) -> Result<(), CjmError> {
    let mut start = [0; 3];
    let bom = File::open(path)
        .and_then(|mut file| io::Read::read_exact(&mut file, &mut start))
        .is_ok_and(|()| start == BOM);
    write_file(path, &Inputs::none(), |out| {
        if bom {
            out.write_all(BOM)?;
        }
        out.write_all(text.as_bytes())
    })
}

fn replace(
    temporary: NamedTempFile,
    into: &Path,
    persist: Persist,
    pending: interrupt::Pending,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = BufWriter::new(temporary);
    write(&mut out)?;
    let temporary = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    temporary.as_file().sync_all()?;
    pending.persist(temporary, into, persist)
}

/// `path` with every symbolic link and `..` resolved, also when the file does not exist yet
/// (then its directory must).
fn resolve(path: &Path) -> io::Result<PathBuf> {
    match fs::canonicalize(path) {
        Ok(resolved) => return Ok(resolved),
        Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
        Err(_) => {}
    }
    // A new file, or a link to one that does not exist yet: the link is followed, so the
    // file is created where it points.
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let Ok(target) = fs::read_link(&path) else {
            break;
        };
        path = directory_of(&path).join(target);
    }
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the path does not name a file")
    })?;
    Ok(fs::canonicalize(directory_of(&path))?.join(name))
}

fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

fn rename(temporary: NamedTempFile, into: &Path, persist: Persist) -> io::Result<()> {
    match persist {
        Persist::Replace => temporary.persist(into),
        Persist::Create => temporary.persist_noclobber(into),
    }
    .map(drop)
    .map_err(|failure| failure.error)
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

/// Removing temporary files when the run is interrupted.
#[cfg(unix)]
mod interrupt {
    use std::fs;
    use std::io;
    use std::path::{Path, PathBuf};
    use std::sync::{Mutex, MutexGuard, Once, PoisonError};

    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;
    use tempfile::NamedTempFile;

    use super::Persist;

    /// The temporary files not yet renamed into place.
    static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    static HANDLER: Once = Once::new();

    fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
        PENDING.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A temporary file that a signal removes, for as long as this lives.
    pub(super) struct Pending {
        path: PathBuf,
    }

    impl Pending {
        /// Creates the temporary file with `create`. A signal that comes meanwhile waits
        /// until the file is known, and then removes it.
        pub(super) fn create(
            create: impl FnOnce() -> io::Result<NamedTempFile>,
        ) -> io::Result<(NamedTempFile, Self)> {
            HANDLER.call_once(install);
            let mut pending = pending();
            let temporary = create()?;
            let path = temporary.path().to_path_buf();
            pending.push(path.clone());
            Ok((temporary, Self { path }))
        }

        /// Renames the file into place while no signal can remove it.
        pub(super) fn persist(
            self,
            temporary: NamedTempFile,
            into: &Path,
            persist: Persist,
        ) -> io::Result<()> {
            let mut pending = pending();
            let result = super::rename(temporary, into, persist);
            pending.retain(|path| *path != self.path);
            result
        }
    }

    impl Drop for Pending {
        fn drop(&mut self) {
            pending().retain(|path| *path != self.path);
        }
    }

    /// Listens for the signals that ask a run to stop. If the handler cannot be installed,
    /// the run goes on without it, as it would without `cjm`'s help.
    fn install() {
        let Ok(mut signals) = Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // The lock is kept: no file is renamed into place after this.
                let pending = pending();
                for path in pending.iter() {
                    let _ = fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    }
}

/// Without Unix signals, a temporary file is removed only when the write fails.
#[cfg(not(unix))]
mod interrupt {
    use std::io;
    use std::path::Path;

    use tempfile::NamedTempFile;

    use super::Persist;

    pub(super) struct Pending;

    impl Pending {
        pub(super) fn create(
            create: impl FnOnce() -> io::Result<NamedTempFile>,
        ) -> io::Result<(NamedTempFile, Self)> {
            Ok((create()?, Self))
        }

        pub(super) fn persist(
            self,
            temporary: NamedTempFile,
            into: &Path,
            persist: Persist,
        ) -> io::Result<()> {
            super::rename(temporary, into, persist)
        }
    }
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

    fn nothing_read() -> Inputs<'static> {
        Inputs::new([], |_| false)
    }

    /// A directory holding `name` with `content`.
    fn dir_with(name: &str, content: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        fs::write(&path, content).unwrap();
        (dir, path)
    }

    /// A directory holding a map that the run reads, and those inputs.
    fn dir_with_a_map_being_read() -> (tempfile::TempDir, PathBuf, Inputs<'static>) {
        let (dir, map) = dir_with("shop.cjm.yaml", "version: 1\n");
        let inputs = Inputs::new([map.clone()], |_| false);
        (dir, map, inputs)
    }

    /// The I/O error of a write that had to fail as one.
    fn write_error(result: Result<(), CjmError>) -> io::Error {
        match result {
            Err(CjmError::Write { error, .. }) => error,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn replaces_the_content_and_leaves_no_temporary_file() {
        let (dir, path) = dir_with("report.md", "old");
        write_file(&path, &nothing_read(), |out| {
            out.write_all("новый отчёт".as_bytes())
        })
        .unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "новый отчёт");
        assert_eq!(entries(dir.path()), ["report.md"]);
    }

    #[test]
    fn a_failed_write_leaves_the_existing_file_untouched() {
        let (dir, path) = dir_with("report.md", "old report");
        let result = write_file(&path, &nothing_read(), |out| {
            out.write_all(b"half of a new rep")?;
            out.flush()?;
            Err(io::Error::other("rendering failed"))
        });
        let error = write_error(result);
        assert_eq!(error.to_string(), "rendering failed");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old report");
        assert_eq!(entries(dir.path()), ["report.md"]);
    }

    #[test]
    fn a_missing_directory_is_an_error_and_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-dir").join("report.md");
        let result = write_file(&path, &nothing_read(), |out| out.write_all(b"x"));
        let error = write_error(result);
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        assert!(entries(dir.path()).is_empty());
    }

    #[test]
    fn a_file_being_read_is_never_replaced() {
        let (dir, map, inputs) = dir_with_a_map_being_read();
        // The same file by another spelling.
        let spelled = dir.path().join(".").join("shop.cjm.yaml");
        let result = write_file(&spelled, &inputs, |out| out.write_all(b"report"));
        assert!(
            matches!(result, Err(CjmError::OutputIsInput { .. })),
            "{result:?}"
        );
        assert_eq!(fs::read_to_string(&map).unwrap(), "version: 1\n");
        assert_eq!(entries(dir.path()), ["shop.cjm.yaml"]);
    }

    #[test]
    fn a_path_the_map_patterns_match_is_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.cjm.yaml");
        let inputs = Inputs::new([], |path: &Path| {
            path.to_string_lossy().ends_with(".cjm.yaml")
        });
        let result = write_file(&path, &inputs, |out| out.write_all(b"report"));
        assert!(
            matches!(result, Err(CjmError::OutputIsMap { .. })),
            "{result:?}"
        );
        assert!(entries(dir.path()).is_empty());
    }

    #[test]
    fn a_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let result = write_file(dir.path(), &nothing_read(), |out| out.write_all(b"x"));
        let error = write_error(result);
        assert_eq!(error.kind(), io::ErrorKind::IsADirectory);
        assert!(entries(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_followed_and_stays_a_link() {
        let (dir, real) = dir_with("real.md", "old");
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("real.md", &link).unwrap();
        write_file(&link, &nothing_read(), |out| out.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        // A dangling link gets its file created where it points.
        let dangling = dir.path().join("dangling.md");
        std::os::unix::fs::symlink("created.md", &dangling).unwrap();
        write_file(&dangling, &nothing_read(), |out| out.write_all(b"made")).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("created.md")).unwrap(),
            "made"
        );
        assert_eq!(
            entries(dir.path()),
            ["created.md", "dangling.md", "link.md", "real.md"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_file_being_read_is_refused() {
        let (dir, map, inputs) = dir_with_a_map_being_read();
        let link = dir.path().join("report.md");
        std::os::unix::fs::symlink("shop.cjm.yaml", &link).unwrap();
        let result = write_file(&link, &inputs, |out| out.write_all(b"report"));
        assert!(
            matches!(result, Err(CjmError::OutputIsInput { .. })),
            "{result:?}"
        );
        assert_eq!(fs::read_to_string(&map).unwrap(), "version: 1\n");
    }

    #[test]
    fn a_hard_link_gets_a_new_file_and_the_other_name_keeps_the_old() {
        let (dir, first) = dir_with("first.md", "old");
        let second = dir.path().join("second.md");
        fs::hard_link(&first, &second).unwrap();
        write_file(&second, &nothing_read(), |out| out.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&second).unwrap(), "new");
        assert_eq!(fs::read_to_string(&first).unwrap(), "old");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_in_place() {
        use std::os::unix::fs::FileTypeExt;
        write_file(Path::new("/dev/null"), &nothing_read(), |out| {
            out.write_all(b"discarded")
        })
        .unwrap();
        assert!(
            fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_or_those_of_a_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, existing) = dir_with("kept.md", "old");
        fs::set_permissions(&existing, Permissions::from_mode(0o640)).unwrap();
        write_file(&existing, &nothing_read(), |out| out.write_all(b"new")).unwrap();
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&existing), 0o640);
        let new = dir.path().join("new.md");
        write_file(&new, &nothing_read(), |out| out.write_all(b"new")).unwrap();
        let usual = dir.path().join("usual.md");
        fs::write(&usual, "new").unwrap();
        assert_eq!(mode(&new), mode(&usual));
    }
}
