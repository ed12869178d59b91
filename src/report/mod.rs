//! Stakeholder reports: `cjm report` in Markdown, JSON, HTML or SVG.
//!
//! [`model`] computes everything a report says, once, from the checked files; the
//! renderers ([`markdown`], [`json`], [`html`], [`svg`]) only present it. All words are in [`wording`], one
//! table per language, and [`locale`] writes numbers and counts the way each language does.
//!
//! A report is written as it goes: its top (the portfolio's index, from the few figures
//! [`Report`] keeps of every map), then each map's section, built from its file by
//! [`Maps`] a few maps at a time and dropped once written. So the memory a report of
//! thousands of maps takes does not grow with their number. The SVG picture is the
//! exception: its size depends on every curve, so it holds every map.

pub mod assets;
pub mod evidence;
pub mod html;
pub mod json;
pub mod locale;
pub mod markdown;
pub mod mermaid;
pub mod model;
pub mod research_html;
pub mod svg;
pub mod wording;

use std::io::{self, Write};

use rayon::prelude::*;

use crate::check::{Entry, FileReport, check_entries};
use crate::rules::CheckContext;
pub use assets::Pictures;
pub use locale::{Lang, Locale};
pub use model::{IndexRow, MapReport, Report, Scope};

/// The format of a report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// GitHub Flavored Markdown with a Mermaid diagram, for wikis and pull requests.
    #[default]
    Markdown,
    /// Data for dashboards; see `cjm schema --report`.
    Json,
    /// One self-contained page: swimlanes, the emotion curve, findings; prints on A3/A4.
    Html,
    /// The emotion curve of each map, one line per segment, as one standalone picture.
    Svg,
}

/// The maps of a report, in the order of its index, each built when its section is written.
pub trait Maps: Sync {
    fn count(&self) -> usize;
    /// Runs `use_map` on the report of the `number`-th map, if there is one.
    fn with_map<R>(&self, number: usize, use_map: impl FnOnce(&MapReport<'_>) -> R) -> Option<R>;
    /// Runs `use_maps` on the reports of every map at once, for what depends on all of them.
    fn with_all<R>(&self, use_maps: impl FnOnce(&[MapReport<'_>]) -> R) -> R;
}

/// Maps already checked and kept in memory: one map's report, tests, the fuzz targets.
pub struct InMemory<'a> {
    pub files: &'a [FileReport],
    pub context: &'a CheckContext,
}

impl Maps for InMemory<'_> {
    fn count(&self) -> usize {
        self.files.len()
    }

    fn with_map<R>(&self, number: usize, use_map: impl FnOnce(&MapReport<'_>) -> R) -> Option<R> {
        let file = self.files.get(number)?;
        Some(use_map(&MapReport::build(file, self.context)))
    }

    fn with_all<R>(&self, use_maps: impl FnOnce(&[MapReport<'_>]) -> R) -> R {
        let maps: Vec<MapReport<'_>> = self
            .files
            .iter()
            .map(|file| MapReport::build(file, self.context))
            .collect();
        use_maps(&maps)
    }
}

/// Maps checked again from their files, one window at a time, for a report of a portfolio
/// that is too large to hold: the index comes from a first check ([`index`]).
pub struct Rechecked<'a> {
    pub entries: &'a [Entry],
    pub context: &'a CheckContext,
}

impl Maps for Rechecked<'_> {
    fn count(&self) -> usize {
        self.entries.len()
    }

    fn with_map<R>(&self, number: usize, use_map: impl FnOnce(&MapReport<'_>) -> R) -> Option<R> {
        let file = self.entries.get(number)?.check(self.context);
        Some(use_map(&MapReport::build(&file, self.context)))
    }

    fn with_all<R>(&self, use_maps: impl FnOnce(&[MapReport<'_>]) -> R) -> R {
        let files = check_entries(self.entries, self.context, |file| file);
        InMemory {
            files: &files,
            context: self.context,
        }
        .with_all(use_maps)
    }
}

/// Checks `entries` in parallel and keeps of each only its row of the portfolio's index.
pub fn index(entries: &[Entry], context: &CheckContext) -> Vec<IndexRow> {
    check_entries(entries, context, |file| {
        IndexRow::of(&MapReport::build(&file, context))
    })
}

/// How many maps are built and rendered at once, in parallel: enough to keep the cores
/// busy, few enough that memory stays that of a handful of maps.
const WINDOW: usize = 16;

/// Writes `report` in `format`; `lang` applies to all but JSON, which has no words.
/// `pictures` are the emotion curves a Markdown report links to, saved as each map's section
/// is written (see [`assets`]).
pub fn render(
    report: &Report,
    maps: &impl Maps,
    format: Format,
    lang: Lang,
    pictures: Option<&mut Pictures<'_>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    // The formatters of a locale stay on one thread: each section makes its own.
    let locale = || Locale::new(lang).map_err(io::Error::other);
    match format {
        Format::Json => {
            out.write_all(json::top(report)?.as_bytes())?;
            sections(maps, json::map_section, |section| {
                out.write_all(section?.as_bytes())
            })?;
            out.write_all(json::bottom(report).as_bytes())
        }
        Format::Markdown => {
            let (names, mut save) = match pictures {
                Some(pictures) => (Some(pictures.names.as_slice()), Some(&mut pictures.save)),
                None => (None, None),
            };
            out.write_all(markdown::top(report, &locale()?).as_bytes())?;
            let section = |number: usize, map: &MapReport<'_>| -> io::Result<_> {
                let locale = locale()?;
                let picture = names
                    .and_then(|names| names.get(number))
                    .and_then(Option::as_ref);
                let section = markdown::map_section(report, &locale, map, picture);
                let svg = picture.map(|picture| {
                    let svg = svg::standalone_maps(&[map], report.emotion_scale, &locale);
                    (picture, svg)
                });
                Ok((section, svg))
            };
            sections(maps, section, |built| {
                let (section, svg) = built?;
                if let (Some(save), Some((picture, svg))) = (save.as_mut(), svg) {
                    save(picture, &svg)?;
                }
                out.write_all(section.as_bytes())
            })
        }
        Format::Html => {
            out.write_all(html::top(report, &locale()?).as_bytes())?;
            let section = |number: usize, map: &MapReport<'_>| -> io::Result<String> {
                Ok(html::map_section(report, &locale()?, number, map))
            };
            sections(maps, section, |section| out.write_all(section?.as_bytes()))?;
            out.write_all(html::bottom(report).as_bytes())
        }
        Format::Svg => {
            let locale = locale()?;
            let text = maps.with_all(|all| {
                let drawn: Vec<&MapReport<'_>> =
                    all.iter().filter(|map| map.has_emotion()).collect();
                svg::standalone_maps(&drawn, report.emotion_scale, &locale)
            });
            out.write_all(text.as_bytes())
        }
    }
}

/// Builds each map's section with `section`, [`WINDOW`] maps at a time in parallel, and
/// hands them to `write` in order.
fn sections<T: Send>(
    maps: &impl Maps,
    section: impl Fn(usize, &MapReport<'_>) -> T + Sync,
    mut write: impl FnMut(T) -> io::Result<()>,
) -> io::Result<()> {
    let numbers: Vec<usize> = (0..maps.count()).collect();
    for window in numbers.chunks(WINDOW) {
        let built: Vec<T> = window
            .par_iter()
            .filter_map(|&number| maps.with_map(number, |map| section(number, map)))
            .collect();
        for section in built {
            write(section)?;
        }
    }
    Ok(())
}
