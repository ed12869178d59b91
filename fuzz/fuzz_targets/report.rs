//! Every `cjm report` format and language on any map that loads: never a panic.
#![no_main]

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::report::{self, Format, InMemory, Lang, Report, Scope};
use cjm::source::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    let file = check_source(SourceFile::new("fuzz.cjm.yaml", text), &context);
    if file.map.is_none() {
        return;
    }
    let files = [file];
    let report = Report::build(&files, &context, Scope::Map);
    let maps = InMemory {
        files: &files,
        context: &context,
    };
    for format in [Format::Markdown, Format::Json, Format::Html, Format::Svg] {
        for lang in [Lang::En, Lang::Ru] {
            let mut out = Vec::new();
            report::render(&report, &maps, format, lang, None, &mut out)
                .expect("rendering into memory");
        }
    }
});
