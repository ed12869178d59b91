//! The JSON report, for dashboards and other tools: the report model as data.
//!
//! Its shape is published as a JSON Schema ([`SCHEMA`], `src/report/report.schema.json`):
//! numbers are numbers, dates ISO strings, shares fractions (0.775), and a value the map
//! does not give is `null`, never left out.

use std::io;

use serde::Serialize;

use super::model::{MapReport, PortfolioSummary, Report};

/// The version of the JSON report's shape; it changes only when a consumer would break.
pub const REPORT_VERSION: u32 = 1;

/// The JSON Schema every JSON report validates against.
pub const SCHEMA: &str = include_str!("report.schema.json");

/// The document around the maps; serialised with no maps, the place they go is its end.
#[derive(Serialize)]
struct Document {
    report_version: u32,
    /// ISO `YYYY-MM-DD`.
    generated_for: String,
    summary: PortfolioSummary,
    maps: [(); 0],
}

/// How the empty list of maps ends a pretty-printed [`Document`].
const NO_MAPS: &str = "[]\n}";

/// The document up to the list of maps, which is opened. The maps follow as
/// [`map_section`]s and [`bottom`] closes them: the whole reads as `serde_json` would print
/// it in one piece.
pub fn top(report: &Report) -> io::Result<String> {
    let document = Document {
        report_version: REPORT_VERSION,
        generated_for: report.generated_for.to_string(),
        summary: report.summary,
        maps: [],
    };
    let text = serde_json::to_string_pretty(&document)?;
    let open = text.strip_suffix(NO_MAPS).unwrap_or(&text);
    Ok(format!("{open}["))
}

/// The `number`-th map, an item of the list of maps, indented as its place there.
pub fn map_section(number: usize, map: &MapReport<'_>) -> io::Result<String> {
    // Strings escape their line breaks, so every line break is the layout's own.
    let text = serde_json::to_string_pretty(map)?.replace('\n', "\n    ");
    let separator = if number == 0 { "" } else { "," };
    Ok(format!("{separator}\n    {text}"))
}

/// Closes the list of maps and the document.
pub fn bottom(report: &Report) -> &'static str {
    if report.index.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{FileReport, check_source};
    use crate::report::{Format, InMemory, Lang, Scope, render};
    use crate::rules::CheckContext;
    use crate::source::SourceFile;

    /// The document as `serde_json` prints it in one piece, every map in memory.
    #[derive(Serialize)]
    struct Whole<'r, 'a> {
        report_version: u32,
        generated_for: String,
        summary: PortfolioSummary,
        maps: &'r [MapReport<'a>],
    }

    #[test]
    fn the_streamed_document_reads_as_one_piece() {
        let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
        let texts = [
            "cjm: 1\ntitle: \"Line\\nbreak\"\nstages:\n  - {id: a, emotion: 1}\n",
            "cjm: [\n",
            "cjm: 1\ntitle: Карта\nstages: []\n",
        ];
        for count in 0..=texts.len() {
            let files: Vec<FileReport> = texts
                .iter()
                .take(count)
                .map(|text| check_source(SourceFile::new("m.cjm.yaml", *text), &context))
                .collect();
            let report = Report::build(&files, &context, Scope::Portfolio);
            let maps = InMemory {
                files: &files,
                context: &context,
            };
            let mut streamed = Vec::new();
            render(&report, &maps, Format::Json, Lang::En, None, &mut streamed).unwrap();
            let built: Vec<MapReport<'_>> = files
                .iter()
                .map(|file| MapReport::build(file, &context))
                .collect();
            let whole = Whole {
                report_version: REPORT_VERSION,
                generated_for: report.generated_for.to_string(),
                summary: report.summary,
                maps: &built,
            };
            let expected = serde_json::to_string_pretty(&whole).unwrap() + "\n";
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                expected,
                "{count} maps"
            );
        }
    }
}
