//! One line per finding, `path:line:col: severity[CODE] message`, the shape compilers and
//! linters print, which editors and `grep` understand. The summary line that follows is
//! written by [`super::render`].

use std::io::{self, Write};

use owo_colors::Style;

use super::location::checked_files;
use super::{escape_controls, shown};
use crate::check::FileReport;
use crate::finding::{Finding, Severity};
use crate::i18n::Lang;
use crate::source::Position;

pub fn render(
    reports: &[FileReport],
    color: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    for file in checked_files(reports) {
        for (finding, region) in file.findings() {
            writeln!(
                out,
                "{}",
                line(&file.path, finding, region.start, color, lang)
            )?;
        }
    }
    Ok(())
}

/// `path:line:col: severity[CODE] message` on a single line, whatever the message holds.
/// The severity stays in English, as compilers print it, for the editors and problem
/// matchers that read this shape; the message is in `lang`.
pub fn line(path: &str, finding: &Finding, start: Position, color: bool, lang: Lang) -> String {
    let paint = |style: Style, text: String| {
        if color {
            style.style(text).to_string()
        } else {
            text
        }
    };
    let place = paint(
        Style::new().bold(),
        format!("{}:{start}:", escape_controls(path)),
    );
    let kind = paint(
        severity_style(finding.severity),
        format!("{}[{}]", finding.severity, finding.rule.code),
    );
    format!("{place} {kind} {}", shown(&finding.message.render(lang)))
}

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => Style::new().red().bold(),
        Severity::Warning => Style::new().yellow().bold(),
        Severity::Info => Style::new().cyan().bold(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Message;
    use crate::rules::structure::UNKNOWN_KEY;
    use crate::span::Span;

    #[test]
    fn a_finding_is_one_plain_line() {
        let finding = Finding::new(
            &UNKNOWN_KEY,
            Span::at(0),
            Message::verbatim("unknown key `a\nb\u{1b}[31m`"),
        );
        let start = Position { line: 3, column: 7 };
        assert_eq!(
            line("maps/shop.cjm.yaml", &finding, start, false, Lang::En),
            "maps/shop.cjm.yaml:3:7: error[CJM108] unknown key `a\\nb\\u{1b}[31m`"
        );
    }

    #[test]
    fn colour_marks_the_place_and_the_severity() {
        let finding = Finding::new(
            &UNKNOWN_KEY,
            Span::at(0),
            Message::verbatim("unknown key `a`"),
        );
        let start = Position { line: 1, column: 1 };
        let coloured = line("a.cjm.yaml", &finding, start, true, Lang::En);
        assert!(coloured.contains("\u{1b}["), "{coloured:?}");
        assert!(coloured.ends_with(" unknown key `a`"), "{coloured:?}");
    }
}
