//! Pictures written beside a Markdown report (`cjm report -o FILE --assets DIR`): the
//! emotion curve of each map as a standalone SVG, which the report shows as an image, so a
//! wiki or GitHub that draws no Mermaid still shows the curve, one line per segment.

use std::collections::HashSet;
use std::io;
use std::path::Path;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use super::locale::Lang;
use super::model::Report;
use super::{Format, Maps};
use crate::atomic_write::{self, Inputs, Target};
use crate::error::CjmError;

/// One picture to write, and how the report links to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asset {
    /// The file name inside the assets directory.
    pub file_name: String,
    /// The link from the report's directory, percent-encoded.
    pub link: String,
}

/// The pictures a Markdown report links to: their names, decided from the index before any
/// is drawn, and what saves each picture (its SVG text) once its map's section is written.
pub struct Pictures<'s> {
    /// Per map, in the order of the index: its picture, when it has a curve.
    pub names: Vec<Option<Asset>>,
    pub save: &'s mut dyn FnMut(&Asset, &str) -> std::io::Result<()>,
}

/// What a link path must encode: what Markdown or a URL would read otherwise.
const LINK: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'(')
    .add(b')')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'`');

/// A picture for each map with scores, named after the map's file (`shop.emotion.svg`), in
/// the directory `link_dir` (relative to the report, with `/` separators); `None` for a map
/// without a curve.
pub fn names(report: &Report, link_dir: &Path) -> Vec<Option<Asset>> {
    let directory: Vec<String> = link_dir
        .components()
        .map(|part| utf8_percent_encode(&part.as_os_str().to_string_lossy(), LINK).to_string())
        .collect();
    let mut taken: HashSet<String> = HashSet::new();
    report
        .index
        .iter()
        .map(|map| {
            if !map.has_emotion {
                return None;
            }
            let stem = file_stem(&map.path);
            let mut file_name = format!("{stem}.emotion.svg");
            let mut suffix = 1;
            while taken.contains(&file_name) {
                suffix += 1;
                file_name = format!("{stem}-{suffix}.emotion.svg");
            }
            taken.insert(file_name.clone());
            let mut link = directory.clone();
            link.push(utf8_percent_encode(&file_name, LINK).to_string());
            Some(Asset {
                link: link.join("/"),
                file_name,
            })
        })
        .collect()
}

/// Writes a Markdown report to `target` (standard output without one) with its pictures in
/// `dir`, creating it: the names come from the index first, and each map's picture is saved
/// as its section is written, so pictures take no memory across maps. `output` is where the
/// report goes (links are relative to it); `inputs` are the files the run reads, which no
/// picture may replace. The first picture that cannot be written stops the report.
pub fn render_beside(
    report: &Report,
    maps: &impl Maps,
    lang: Lang,
    (dir, output): (&Path, &Path),
    inputs: &Inputs<'_>,
    target: Option<Target>,
) -> Result<(), CjmError> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |error| CjmError::Write { path, error }
    };
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    let base = output.parent().unwrap_or(Path::new(""));
    let absolute = |path: &Path| std::path::absolute(path).map_err(io_error(path));
    let link_dir =
        pathdiff::diff_paths(absolute(dir)?, absolute(base)?).unwrap_or_else(|| dir.to_path_buf());
    let mut failed = None;
    let mut save = |asset: &Asset, svg: &str| {
        let path = dir.join(&asset.file_name);
        atomic_write::write_file(&path, inputs, |out| out.write_all(svg.as_bytes())).map_err(
            |error| {
                failed = Some(error);
                io::Error::other("a picture could not be written")
            },
        )
    };
    let mut pictures = Pictures {
        names: names(report, &link_dir),
        save: &mut save,
    };
    let written = crate::destination::write_output(target, |out| {
        super::render(
            report,
            maps,
            Format::Markdown,
            lang,
            Some(&mut pictures),
            out,
        )
    });
    match failed {
        Some(error) => Err(error),
        None => written,
    }
}

/// `maps/shop.cjm.yaml` → `shop`; characters a file name should not hold become `_`.
fn file_stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = [".cjm.yaml", ".cjm.yml", ".yaml", ".yml"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name);
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.trim_matches('.').is_empty() {
        "map".to_owned()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_named_after_their_maps() {
        assert_eq!(
            file_stem("examples/furniture-store.ru.cjm.yaml"),
            "furniture-store.ru"
        );
        assert_eq!(file_stem("Карта покупки.cjm.yml"), "Карта_покупки");
        assert_eq!(file_stem("../.cjm.yaml"), "map");
        assert_eq!(file_stem("a/b/plain"), "plain");
    }
}
