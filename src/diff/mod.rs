//! `cjm diff`: what changed in the journey between two versions of a set of maps.
//!
//! The flow: two sides (files, directories, or git revisions read by [`git`]) → checked
//! files → [`pairing`] (which old map is which new one) → the change [`model`], whose
//! elements are paired by id in [`matching`] → one renderer ([`human`], [`markdown`],
//! [`json`]). Sentences and words come from the report's wording tables, so a diff reads
//! like the reports next to it, in English or Russian.

pub mod git;
pub mod human;
pub mod json;
pub mod markdown;
pub mod matching;
pub mod model;
pub mod pairing;
pub mod sentences;

use std::io::{self, Write};

pub use model::Diff;

use crate::report::{Lang, Locale};

/// The format of a diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text for a terminal (the default when standard output is one).
    Human,
    /// GitHub Flavored Markdown, for a pull-request comment (the default otherwise).
    Markdown,
    /// Data for other tools; see `cjm schema --diff`.
    Json,
}

impl Format {
    /// Human on a terminal; Markdown into a pipe or a file, where a CI job will post it.
    pub const fn default_for(to_terminal: bool) -> Self {
        if to_terminal {
            Self::Human
        } else {
            Self::Markdown
        }
    }
}

/// Writes `diff` in `format`; `lang` applies to the formats with words.
pub fn render(diff: &Diff, format: Format, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let locale = || Locale::new(lang).map_err(io::Error::other);
    match format {
        Format::Human => out.write_all(human::render(diff, &locale()?).as_bytes()),
        Format::Markdown => out.write_all(markdown::render(diff, &locale()?).as_bytes()),
        Format::Json => json::render(diff, out),
    }
}
