//! Stakeholder reports: `cjm report` in Markdown, JSON, HTML or SVG.
//!
//! [`model`] computes everything a report says, once, from the checked files; the
//! renderers ([`markdown`], [`json`], [`html`], [`svg`]) only present it. All words are in [`wording`], one
//! table per language, and [`locale`] writes numbers and counts the way each language does.

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

pub use locale::{Lang, Locale};
pub use model::{Report, Scope};

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

/// Writes `report` in `format`; `lang` applies to all but JSON, which has no words.
/// `assets` are pictures a Markdown report links to (see [`assets`]).
pub fn render(
    report: &Report<'_>,
    format: Format,
    lang: Lang,
    assets: &[assets::Asset],
    out: &mut dyn Write,
) -> io::Result<()> {
    let locale = || Locale::new(lang).map_err(io::Error::other);
    let text = match format {
        Format::Json => return json::render(report, out),
        Format::Markdown => markdown::render(report, &locale()?, assets),
        Format::Html => html::render(report, &locale()?),
        Format::Svg => svg::standalone(report, &locale()?),
    };
    out.write_all(text.as_bytes())
}
