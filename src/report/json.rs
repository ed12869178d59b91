//! The JSON report, for dashboards and other tools: the report model as data.
//!
//! Its shape is published as a JSON Schema ([`SCHEMA`], `src/report/report.schema.json`):
//! numbers are numbers, dates ISO strings, shares fractions (0.775), and a value the map
//! does not give is `null`, never left out.

use std::io::{self, Write};

use serde::Serialize;

use super::model::{MapReport, PortfolioSummary, Report};

/// The version of the JSON report's shape; it changes only when a consumer would break.
pub const REPORT_VERSION: u32 = 1;

/// The JSON Schema every JSON report validates against.
pub const SCHEMA: &str = include_str!("report.schema.json");

#[derive(Serialize)]
struct Document<'r, 'a> {
    report_version: u32,
    /// ISO `YYYY-MM-DD`.
    generated_for: String,
    summary: PortfolioSummary,
    maps: &'r [MapReport<'a>],
}

pub fn render(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    let document = Document {
        report_version: REPORT_VERSION,
        generated_for: report.generated_for.to_string(),
        summary: report.summary,
        maps: &report.maps,
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
