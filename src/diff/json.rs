//! The JSON diff: the change model as data. Its shape is published as a JSON Schema
//! ([`SCHEMA`], `src/diff/diff.schema.json`); a value a side does not give is `null`.

use std::io::{self, Write};

use serde::Serialize;

use super::model::Diff;

/// The version of the JSON diff's shape; it changes only when a consumer would break.
pub const DIFF_VERSION: u32 = 1;

/// The JSON Schema every JSON diff validates against.
pub const SCHEMA: &str = include_str!("diff.schema.json");

#[derive(Serialize)]
struct Document<'d> {
    diff_version: u32,
    #[serde(flatten)]
    diff: &'d Diff,
}

pub fn render(diff: &Diff, out: &mut dyn Write) -> io::Result<()> {
    let document = Document {
        diff_version: DIFF_VERSION,
        diff,
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
