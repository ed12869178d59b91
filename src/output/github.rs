//! `--format github`: GitHub Actions workflow commands, one per finding, which GitHub shows
//! as annotations on the changed lines of a pull request.
//!
//! `::error file=maps/a.cjm.yaml,line=20,col=5,endLine=20,endColumn=16,title=CJM108 unknown-key::message`
//!
//! Text from the map reaches the Actions log, so control characters in messages and paths
//! are first written as escapes, as in every format ([`super::shown`]). Then escaping
//! follows GitHub's own toolkit (`@actions/core`, `command.ts`): in the message `%`, CR
//! and LF are percent-encoded; in property values also `:` and `,`, which would otherwise
//! end the value.

use std::io::{self, Write};

use super::location::checked_files;
use super::{escape_controls, message_with_help};
use crate::check::FileReport;
use crate::finding::Severity;
use crate::i18n::Lang;

pub fn render(reports: &[FileReport], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    for file in checked_files(reports) {
        for (finding, region) in file.findings() {
            let properties = [
                ("file", escape_controls(&file.path).into_owned()),
                ("line", region.start.line.to_string()),
                ("col", region.start.column.to_string()),
                ("endLine", region.end.line.to_string()),
                ("endColumn", region.end.column.to_string()),
                (
                    "title",
                    format!("{} {}", finding.rule.code, finding.rule.name),
                ),
            ]
            .map(|(key, value)| format!("{key}={}", escape_property(&value)))
            .join(",");
            writeln!(
                out,
                "::{} {properties}::{}",
                command(finding.severity),
                escape_data(&message_with_help(finding, lang))
            )?;
        }
    }
    Ok(())
}

/// Annotations come in three levels; GitHub calls the lowest one a notice.
const fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

fn escape_data(text: &str) -> String {
    escape(text, false)
}

fn escape_property(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, property: bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => escaped.push_str("%25"),
            '\r' => escaped.push_str("%0D"),
            '\n' => escaped.push_str("%0A"),
            ':' if property => escaped.push_str("%3A"),
            ',' if property => escaped.push_str("%2C"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::FileReport;
    use crate::finding::Finding;
    use crate::i18n::Message;
    use crate::rules::references::UNUSED_CHANNEL;
    use crate::rules::structure::UNKNOWN_KEY;
    use crate::source::SourceFile;
    use crate::span::Span;

    #[test]
    fn messages_escape_percent_and_line_breaks_only() {
        assert_eq!(
            escape_data("100% done,\r\nnext: step"),
            "100%25 done,%0D%0Anext: step"
        );
    }

    #[test]
    fn properties_also_escape_colon_and_comma() {
        assert_eq!(
            escape_property("C:\\maps\\a,b%\r\n.cjm.yaml"),
            "C%3A\\maps\\a%2Cb%25%0D%0A.cjm.yaml"
        );
    }

    #[test]
    fn a_hostile_path_and_message_stay_one_command() {
        let source = SourceFile::new("maps/a,b:c%\u{1b}.cjm.yaml", "k: 1\n");
        let mut finding = Finding::new(
            &UNKNOWN_KEY,
            Span::new(0, 1),
            Message::verbatim("unknown key `k\u{1b}]0;title\u{7}`\n::error::x"),
        );
        finding.help = Some(Message::verbatim("50%: remove it"));
        let info = Finding::new(&UNUSED_CHANNEL, Span::at(5), Message::verbatim("unused"));
        let report = FileReport {
            source,
            findings: vec![finding, info],
            map: None,
        };
        let mut out = Vec::new();
        render(std::slice::from_ref(&report), Lang::En, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::error file=maps/a%2Cb%3Ac%25\\u{1b}.cjm.yaml,line=1,col=1,endLine=1,endColumn=2,\
             title=CJM108 unknown-key::unknown key `k\\u{1b}]0;title\\u{7}`\\n::error::x\
             %0Ahelp: 50%25: remove it\n\
             ::notice file=maps/a%2Cb%3Ac%25\\u{1b}.cjm.yaml,line=2,col=1,endLine=2,endColumn=1,\
             title=CJM204 unused-channel::unused\n"
        );
    }
}
