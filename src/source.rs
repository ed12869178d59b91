//! Reading a map file into text, and turning byte offsets into line and column.
//!
//! A file that cannot be read as text is not an I/O failure of the run: it becomes an
//! `unreadable-file` finding for that file, and the other files are still checked.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::span::Span;

/// The largest file `cjm` reads. Real maps are 20–50 KB; the cap keeps a stray dump or a
/// generated file from costing seconds and hundreds of megabytes per run.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The text of one file, with the path it was named or found by.
#[derive(Debug)]
pub struct SourceFile {
    path: PathBuf,
    text: String,
    line_starts: OnceLock<Vec<usize>>,
    /// How many characters precede every [`CHAR_STRIDE`]th byte, so a column is counted
    /// from the nearest checkpoint instead of from the start of a possibly huge line.
    char_checkpoints: OnceLock<Vec<usize>>,
    /// The text as a terminal may show it; see [`crate::output::snippet`].
    pub(crate) display: OnceLock<Option<String>>,
}

/// A 1-based line and column. Columns count Unicode characters, so a Cyrillic letter or a
/// tab is one column, as editors show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
            line_starts: OnceLock::new(),
            char_checkpoints: OnceLock::new(),
            display: OnceLock::new(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The path as shown to users, see [`display_path`].
    pub fn display_path(&self) -> String {
        display_path(&self.path)
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The line and column of a byte offset.
    ///
    /// Line breaks are `\n`, `\r\n` and a lone `\r`, as in YAML (and as miette counts them).
    pub fn position(&self, offset: usize) -> Position {
        let offset = Span::at(offset).clamp_to(&self.text).start;
        let starts = self.line_starts();
        let line_index = starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let line_start = starts.get(line_index).copied().unwrap_or(0);
        let column = self.chars_before(offset) - self.chars_before(line_start);
        Position {
            line: line_index + 1,
            column: column + 1,
        }
    }

    /// The number of characters before byte `offset`: the checkpoint below it plus at most
    /// [`CHAR_STRIDE`] bytes counted, so a position costs the same on any line.
    fn chars_before(&self, offset: usize) -> usize {
        let checkpoints = self
            .char_checkpoints
            .get_or_init(|| char_checkpoints(&self.text));
        let bytes = self.text.as_bytes();
        let offset = offset.min(bytes.len());
        let index = offset / CHAR_STRIDE;
        let counted = checkpoints.get(index).copied().unwrap_or(0);
        counted + char_starts(bytes.get(index * CHAR_STRIDE..offset).unwrap_or(&[]))
    }

    /// The byte range of a 1-based line, without its line break.
    pub fn line_span(&self, line: usize) -> Option<Span> {
        let starts = self.line_starts();
        let start = *starts.get(line.checked_sub(1)?)?;
        let next = starts.get(line).copied().unwrap_or(self.text.len());
        let content = self.text.get(start..next)?;
        let trimmed = content.trim_end_matches(['\n', '\r']);
        Some(Span::new(start, start + trimmed.len()))
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| line_starts(&self.text))
    }
}

/// Bytes between two character-count checkpoints.
const CHAR_STRIDE: usize = 256;

/// The number of characters that start in `bytes`: every byte but UTF-8 continuation bytes.
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&byte| byte & 0xC0 != 0x80).count()
}

/// How many characters start before each multiple of [`CHAR_STRIDE`].
fn char_checkpoints(text: &str) -> Vec<usize> {
    let mut counted = 0;
    std::iter::once(0)
        .chain(text.as_bytes().chunks(CHAR_STRIDE).map(|chunk| {
            counted += char_starts(chunk);
            counted
        }))
        .collect()
}

/// The byte offset of each line's first character.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        index += 1;
        match byte {
            b'\n' => starts.push(index),
            b'\r' if bytes.get(index) != Some(&b'\n') => starts.push(index),
            _ => {}
        }
    }
    starts
}

/// The byte offset of a 1-based line and character column, clamped to the text: the
/// inverse of [`SourceFile::position`], for positions reported without an offset.
pub fn offset_at(text: &str, line: usize, column: usize) -> usize {
    let starts = line_starts(text);
    let Some(&line_start) = starts.get(line.saturating_sub(1)) else {
        return text.len();
    };
    let rest = text.get(line_start..).unwrap_or("");
    let within_line = rest
        .char_indices()
        .take_while(|(_, c)| *c != '\n' && *c != '\r')
        .nth(column.saturating_sub(1))
        .map_or_else(
            || rest.find(['\n', '\r']).unwrap_or(rest.len()),
            |(index, _)| index,
        );
    line_start + within_line
}

/// A path as every output prints it: as named on the command line or found by the walk,
/// with `/` separators on every platform, and without the `./` a walk of the current
/// directory puts in front. CI systems match these paths against the files of the
/// repository, and there `./maps/a.cjm.yaml` is not `maps/a.cjm.yaml`.
pub fn display_path(path: &Path) -> String {
    let without_dots: std::path::PathBuf = path
        .components()
        .filter(|component| *component != std::path::Component::CurDir)
        .collect();
    let path = if without_dots.as_os_str().is_empty() {
        path
    } else {
        &without_dots
    };
    let shown = path.display().to_string();
    if std::path::MAIN_SEPARATOR == '/' {
        shown
    } else {
        shown.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// Why a file could not be read as map text.
#[derive(Debug, thiserror::Error)]
pub enum Unreadable {
    #[error("could not read the file: {0}")]
    Io(#[source] io::Error),
    #[error(
        "the file is {} and cjm reads map files up to {}",
        human_bytes(*size),
        human_bytes(MAX_FILE_BYTES as u64)
    )]
    TooLarge { size: u64 },
    #[error("not a regular file")]
    NotAFile,
    #[error("the file is UTF-16 text; cjm reads UTF-8")]
    Utf16,
    #[error("the file is UTF-32 text; cjm reads UTF-8")]
    Utf32,
    #[error("the file holds binary data, not text")]
    Binary { offset: usize },
    #[error("the file is not valid UTF-8 text")]
    NotUtf8 { offset: usize },
}

impl Unreadable {
    /// The reason as a finding states it, in the run's language.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::msg;
        match self {
            Self::Io(error) => msg!("could-not-read", detail = error.to_string()),
            Self::TooLarge { size } => msg!(
                "file-too-large",
                size = human_bytes(*size),
                limit = human_bytes(MAX_FILE_BYTES as u64)
            ),
            Self::NotAFile => msg!("not-a-regular-file"),
            Self::Utf16 => msg!("file-is-utf", encoding = "UTF-16"),
            Self::Utf32 => msg!("file-is-utf", encoding = "UTF-32"),
            Self::Binary { .. } => msg!("file-is-binary"),
            Self::NotUtf8 { .. } => msg!("file-not-utf8"),
        }
    }
}

/// Reads `path` as UTF-8 text, stripping a byte-order mark.
///
/// Always returns the file; when it cannot be read as text, its text is whatever prefix
/// could be decoded (so a finding can show where decoding stopped) and the reason comes
/// with it.
pub fn read(path: &Path) -> (SourceFile, Option<Unreadable>) {
    match read_text(path) {
        Ok(text) => (SourceFile::new(path, text), None),
        Err((prefix, why)) => (SourceFile::new(path, prefix), Some(why)),
    }
}

/// Decodes bytes read some other way (a blob from git) exactly as [`read`] decodes a file:
/// the same size cap, byte-order mark, UTF-16, binary and UTF-8 checks.
pub fn from_bytes(path: &Path, bytes: &[u8]) -> (SourceFile, Option<Unreadable>) {
    let decoded = if bytes.len() > MAX_FILE_BYTES {
        Err((
            String::new(),
            Unreadable::TooLarge {
                size: bytes.len() as u64,
            },
        ))
    } else {
        decode_text(bytes)
    };
    match decoded {
        Ok(text) => (SourceFile::new(path, text), None),
        Err((prefix, why)) => (SourceFile::new(path, prefix), Some(why)),
    }
}

fn read_text(path: &Path) -> Result<String, (String, Unreadable)> {
    match read_capped(path) {
        Ok(bytes) => decode_text(&bytes),
        Err(why) => Err((String::new(), why)),
    }
}

fn decode_text(bytes: &[u8]) -> Result<String, (String, Unreadable)> {
    let fail = |text: &str, why| Err((text.to_owned(), why));
    // UTF-32 first: its little-endian mark starts with UTF-16's.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return fail("", Unreadable::Utf32);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return fail("", Unreadable::Utf16);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => match text.find('\0') {
            Some(offset) => fail(
                text.get(..offset).unwrap_or(""),
                Unreadable::Binary { offset },
            ),
            None => Ok(text.to_owned()),
        },
        Err(error) => {
            let offset = error.valid_up_to();
            let prefix = bytes.get(..offset).unwrap_or(&[]);
            let prefix = std::str::from_utf8(prefix).unwrap_or("");
            match prefix.find('\0') {
                Some(nul) => fail(
                    prefix.get(..nul).unwrap_or(""),
                    Unreadable::Binary { offset: nul },
                ),
                None if looks_binary(bytes) => fail(prefix, Unreadable::Binary { offset }),
                None => fail(prefix, Unreadable::NotUtf8 { offset }),
            }
        }
    }
}

/// Reads at most one byte more than the cap, so a file growing while we read it, or a
/// special file that reports no size, still cannot make us read without bound.
fn read_capped(path: &Path) -> Result<Vec<u8>, Unreadable> {
    // Checked before opening: opening a FIFO named on the command line would block forever.
    let metadata = std::fs::metadata(path).map_err(Unreadable::Io)?;
    if !metadata.is_file() {
        return Err(Unreadable::NotAFile);
    }
    let file = File::open(path).map_err(Unreadable::Io)?;
    let declared = file.metadata().map_err(Unreadable::Io)?.len();
    if declared > MAX_FILE_BYTES as u64 {
        return Err(Unreadable::TooLarge { size: declared });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Unreadable::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Text editors and `file(1)` call data binary when control bytes other than white space
/// are common; a stray Latin-1 byte in an otherwise fine file is merely "not UTF-8".
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = bytes.get(..8192).unwrap_or(bytes);
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls * 10 > sample.len()
}

pub fn human_bytes(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / MIB)
    } else if bytes >= 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_every_line_break() {
        let file = SourceFile::new("a.cjm.yaml", "a: 1\r\nname: Сделка\rx:\ty\n");
        assert_eq!(file.position(0), Position { line: 1, column: 1 });
        let name = file.text().find("Сделка").unwrap();
        assert_eq!(file.position(name), Position { line: 2, column: 7 });
        let lone_cr_line = file.text().find('x').unwrap();
        assert_eq!(file.position(lone_cr_line), Position { line: 3, column: 1 });
        let after_tab = file.text().find('y').unwrap();
        assert_eq!(file.position(after_tab), Position { line: 3, column: 4 });
        // Past the end: the position just after the last character.
        assert_eq!(file.position(10_000), Position { line: 4, column: 1 });
    }

    #[test]
    fn columns_on_long_lines_count_across_checkpoints() {
        let text = format!("a: 1\n{}x", "ж".repeat(3 * CHAR_STRIDE + 7));
        let file = SourceFile::new("a.cjm.yaml", text.clone());
        let x = text.find('x').unwrap();
        assert_eq!(
            file.position(x),
            Position {
                line: 2,
                column: 3 * CHAR_STRIDE + 8
            }
        );
        for offset in (0..text.len()).filter(|&offset| text.is_char_boundary(offset)) {
            let line_start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
            let expected = text[line_start..offset].chars().count() + 1;
            assert_eq!(file.position(offset).column, expected, "at {offset}");
        }
    }

    #[test]
    fn offsets_come_back_from_line_and_column() {
        let text = "a: 1\r\nимя: Сделка\n";
        let file = SourceFile::new("a.cjm.yaml", text);
        for offset in [0, 3, 6, text.find('С').unwrap()] {
            let position = file.position(offset);
            assert_eq!(offset_at(text, position.line, position.column), offset);
        }
        assert_eq!(offset_at(text, 1, 99), 4);
        assert_eq!(offset_at(text, 99, 1), text.len());
    }

    #[test]
    fn shown_paths_drop_the_current_directory() {
        let shown = |path: &str| display_path(Path::new(path));
        assert_eq!(shown("./maps/./shop.cjm.yaml"), "maps/shop.cjm.yaml");
        assert_eq!(shown("shop.cjm.yaml"), "shop.cjm.yaml");
        assert_eq!(shown("../maps/shop.cjm.yaml"), "../maps/shop.cjm.yaml");
        assert_eq!(shown("/srv/maps/shop.cjm.yaml"), "/srv/maps/shop.cjm.yaml");
        assert_eq!(shown("."), ".");
    }

    #[test]
    fn byte_order_marks_name_their_encoding() {
        let dir = tempfile::tempdir().unwrap();
        let cases: [(&[u8], &str); 4] = [
            (b"\xFF\xFE\0\0c\0\0\0", "UTF-32"),
            (b"\0\0\xFE\xFF\0\0\0c", "UTF-32"),
            (b"\xFF\xFEc\0", "UTF-16"),
            (b"\xFE\xFF\0c", "UTF-16"),
        ];
        for (index, (bytes, encoding)) in cases.into_iter().enumerate() {
            let path = dir.path().join(format!("{index}.cjm.yaml"));
            std::fs::write(&path, bytes).unwrap();
            let why = read(&path).1.unwrap().to_string();
            assert_eq!(why, format!("the file is {encoding} text; cjm reads UTF-8"));
        }
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_bytes(512), "512 bytes");
        assert_eq!(human_bytes(5 * 1024 * 1024 + 1), "5.0 MiB");
    }
}
