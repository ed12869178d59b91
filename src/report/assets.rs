//! Pictures written beside a Markdown report (`cjm report -o FILE --assets DIR`): the
//! emotion curve of each map as a standalone SVG, which the report shows as an image, so a
//! wiki or GitHub that draws no Mermaid still shows the curve, one line per segment.

use std::io;
use std::path::Path;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use super::locale::{Lang, Locale};
use super::model::Report;
use super::svg;
use crate::atomic_write::{self, Inputs};
use crate::error::CjmError;

/// One picture to write, and how the report links to it.
#[derive(Debug)]
pub struct Asset {
    /// The position of its map in the report.
    pub map: usize,
    /// The file name inside the assets directory.
    pub file_name: String,
    /// The link from the report's directory, percent-encoded.
    pub link: String,
    pub svg: String,
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
/// the directory `link_dir` (relative to the report, with `/` separators).
pub fn curves(report: &Report<'_>, locale: &Locale, link_dir: &Path) -> Vec<Asset> {
    let directory: Vec<String> = link_dir
        .components()
        .map(|part| utf8_percent_encode(&part.as_os_str().to_string_lossy(), LINK).to_string())
        .collect();
    let mut taken: Vec<String> = Vec::new();
    let mut assets = Vec::new();
    for (number, map) in report.maps.iter().enumerate() {
        if map
            .emotion_curve
            .iter()
            .all(|stage| stage.emotion.is_none())
        {
            continue;
        }
        let stem = file_stem(&map.path);
        let mut file_name = format!("{stem}.emotion.svg");
        let mut suffix = 1;
        while taken.contains(&file_name) {
            suffix += 1;
            file_name = format!("{stem}-{suffix}.emotion.svg");
        }
        taken.push(file_name.clone());
        let mut link = directory.clone();
        link.push(utf8_percent_encode(&file_name, LINK).to_string());
        assets.push(Asset {
            map: number,
            link: link.join("/"),
            svg: svg::standalone_maps(&[map], report.emotion_scale, locale),
            file_name,
        });
    }
    assets
}

/// Writes the pictures of `report` into `dir`, creating it, and returns them for the report
/// at `output` to link. `inputs` are the files the run reads, which no picture may replace.
pub fn write(
    report: &Report<'_>,
    lang: Lang,
    dir: &Path,
    output: &Path,
    inputs: &Inputs<'_>,
) -> Result<Vec<Asset>, CjmError> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |error| CjmError::Write { path, error }
    };
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    let base = output.parent().unwrap_or(Path::new(""));
    let absolute = |path: &Path| std::path::absolute(path).map_err(io_error(path));
    let link_dir =
        pathdiff::diff_paths(absolute(dir)?, absolute(base)?).unwrap_or_else(|| dir.to_path_buf());
    let locale = Locale::new(lang).map_err(|error| CjmError::Write {
        path: dir.to_path_buf(),
        error: io::Error::other(error),
    })?;
    let assets = curves(report, &locale, &link_dir);
    for asset in &assets {
        let path = dir.join(&asset.file_name);
        atomic_write::write_file(&path, inputs, |out| out.write_all(asset.svg.as_bytes()))?;
    }
    Ok(assets)
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
