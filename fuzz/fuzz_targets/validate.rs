//! Load, decode, run every rule, and render the findings in every `cjm validate` format:
//! never a panic, whatever the file holds.
#![no_main]

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::source::SourceFile;
use libfuzzer_sys::fuzz_target;

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
    cjm::output::render_every_format(&[report]).expect("rendering into nowhere");
});
