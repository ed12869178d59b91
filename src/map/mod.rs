//! The map format: its typed model, the YAML layer and the decoder between them.

mod decode;
pub mod loader;
mod model;
mod quotes;
pub mod yaml;

pub use decode::FORMAT_VERSION;
pub use model::*;

use crate::finding::Findings;

/// Parses and decodes the text of one map file, reporting every structural problem into
/// `findings`. Returns the map when there is one to check further.
pub fn load(text: &str, findings: &mut Findings) -> Option<JourneyMap> {
    match yaml::parse(text) {
        Ok(root) => decode::decode(root, text, findings),
        Err(failure) => {
            findings
                .report(failure.rule, failure.span, failure.message)
                .help_opt(failure.help);
            None
        }
    }
}
