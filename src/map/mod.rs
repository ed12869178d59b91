//! The map format: its typed model, the YAML layer and the decoder between them.

mod decode;
pub mod evidence;
pub mod keys;
pub mod loader;
#[doc(hidden)]
pub mod loader_comparison;
mod model;
mod quotes;
pub mod yaml;

pub use decode::{Element, FORMAT_VERSION};
pub use model::*;

use crate::finding::Findings;

/// The JSON Schema of the map format, for editors (`cjm schema`) and generic validators.
pub const SCHEMA: &str = include_str!("cjm-map.schema.json");

/// Where the map schema is published: its `$id`, and what `cjm init` points editors at.
pub const SCHEMA_ID: &str = "https://cjm.dev/schema/cjm-map-1.schema.json";

/// Parses and decodes the text of one map file, reporting every structural problem into
/// `findings`. Returns the map when there is one to check further, and the file's comments
/// when it mentions `cjm-ignore` (read in the same pass, for the suppressions).
pub fn load(text: &str, findings: &mut Findings) -> (Option<JourneyMap>, Vec<loader::Comment>) {
    match loader::load(text, crate::suppress::mentions_suppressions(text)) {
        Ok(loaded) => (decode::decode(loaded.root, text, findings), loaded.comments),
        Err((failure, comments)) => {
            let failure = *failure;
            findings
                .report(failure.rule, failure.span, failure.message)
                .help_opt(failure.help);
            (None, comments)
        }
    }
}
