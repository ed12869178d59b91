//! Stakeholder reports: `cjm report` in Markdown or JSON.
//!
//! [`model`] computes everything a report says, once, from the checked files; the
//! renderers ([`markdown`], [`json`]) only present it. All words are in [`wording`], one
//! table per language, and [`locale`] writes numbers and counts the way each language does.

pub mod json;
pub mod locale;
pub mod markdown;
pub mod mermaid;
pub mod model;
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
}

/// Writes `report` in `format`; `lang` applies to Markdown (JSON has no words to translate).
pub fn render(
    report: &Report<'_>,
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Markdown => {
            let locale = Locale::new(lang).map_err(io::Error::other)?;
            out.write_all(markdown::render(report, &locale).as_bytes())
        }
        Format::Json => json::render(report, out),
    }
}
