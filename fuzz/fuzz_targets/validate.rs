//! Load, decode, run every rule, and render the findings in every `cjm validate` format:
//! never a panic, whatever the file holds.
#![no_main]

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::i18n::Lang;
use cjm::output::{self, OutputFormat, RenderOptions};
use cjm::source::SourceFile;
use libfuzzer_sys::fuzz_target;

const FORMATS: [OutputFormat; 7] = [
    OutputFormat::Human,
    OutputFormat::Concise,
    OutputFormat::Json,
    OutputFormat::Github,
    OutputFormat::Sarif,
    OutputFormat::Junit,
    OutputFormat::Gitlab,
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    let report = check_source(SourceFile::new("fuzz.cjm.yaml", text), &context);
    for finding in &report.findings {
        assert!(
            finding.span.end <= text.len(),
            "{finding:?} points outside the file"
        );
    }
    let reports = [report];
    for format in FORMATS {
        for (color, lang) in [(false, Lang::En), (true, Lang::Ru)] {
            let options = RenderOptions {
                color,
                strict: color,
                lang,
            };
            let mut out = Vec::new();
            output::render(format, &reports, &options, &mut out).expect("rendering into memory");
        }
    }
});
