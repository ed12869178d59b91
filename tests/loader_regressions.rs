//! Every input a fuzz target ever crashed on (`fuzz/regressions/`), checked as the targets
//! check it: the loaders agree, spans lie inside the file, and a full check and every
//! output format finish.

mod common;

use cjm::CheckContext;
use cjm::check::check_source;
use cjm::map::loader_comparison::difference;
use cjm::source::SourceFile;

#[test]
fn every_kept_crash_input_passes() {
    let dir = common::repo_root().join("fuzz/regressions");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().is_some_and(|name| name != ".gitkeep"))
        .collect();
    inputs.sort();
    let context = CheckContext::new(jiff::civil::date(2026, 11, 25));
    for path in inputs {
        let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) else {
            continue;
        };
        if let Some(difference) = difference(&text) {
            panic!("{}: the loaders differ\n{difference}", path.display());
        }
        let report = check_source(SourceFile::new("fuzz.cjm.yaml", text.clone()), &context);
        assert!(report.findings.iter().all(|f| f.span.end <= text.len()));
        cjm::output::render_every_format(&[report]).unwrap();
    }
}
