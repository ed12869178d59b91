//! Renderers of validation results, one module per output format, and the one function
//! that picks between them. A renderer reads [`FileReport`]s and knows nothing about
//! rules; where a finding is (path, line, column) is worked out in [`location`] for all of
//! them.

pub mod concise;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod location;
pub mod rule_docs;
pub mod sarif;
pub mod snippet;
pub mod stats;
pub mod summary;

use std::borrow::Cow;
use std::ffi::OsStr;
use std::io::{self, Write};

use crate::check::{FileReport, Summary};
use crate::finding::Finding;
use crate::i18n::Lang;
use crate::msg;

/// How `cjm validate` prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Each finding with the source it points at, then a summary line.
    Human,
    /// One line per finding, `path:line:col: severity[CODE] message`, then a summary line.
    Concise,
    /// A JSON array of findings.
    Json,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML, one test case per file, for GitLab, Jenkins and other CI test reports.
    Junit,
    /// GitLab Code Quality JSON.
    Gitlab,
}

impl OutputFormat {
    /// Whether the format is read by people: only those print a summary line. Machine
    /// formats print their document and nothing else.
    pub const fn is_human_readable(self) -> bool {
        matches!(self, Self::Human | Self::Concise)
    }

    /// The format when none is asked for: inside GitHub Actions (`GITHUB_ACTIONS=true`)
    /// workflow commands, which GitHub turns into annotations; elsewhere `human`.
    pub fn default_for(github_actions: Option<&OsStr>) -> Self {
        if github_actions == Some(OsStr::new("true")) {
            Self::Github
        } else {
            Self::Human
        }
    }
}

/// When the human formats use colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset or empty.
    #[default]
    Auto,
    /// Always colour, even into a pipe or with `NO_COLOR` set.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour, given where the output goes and the value of `NO_COLOR`.
    ///
    /// An explicit `--color always` wins over `NO_COLOR`, as no-color.org asks: the
    /// variable sets a default, the command line states the wish of the moment.
    pub fn enabled(self, to_terminal: bool, no_color: Option<&OsStr>) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            Self::Auto => to_terminal && no_color.is_none_or(OsStr::is_empty),
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct RenderOptions {
    /// Colour the human formats; machine formats are never coloured.
    pub color: bool,
    /// `--strict`: warnings fail the run, so JUnit reports them as failures.
    pub strict: bool,
    /// The language of messages. Ids, codes, fingerprints and field names never change
    /// with it.
    pub lang: Lang,
}

/// Writes the reports in `format`, followed by the summary line when the format is read by
/// people.
pub fn render(
    format: OutputFormat,
    reports: &[FileReport],
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        OutputFormat::Human => human::render(reports, options.color, options.lang, out)?,
        OutputFormat::Concise => concise::render(reports, options.color, options.lang, out)?,
        OutputFormat::Json => json::render(reports, options.lang, out)?,
        OutputFormat::Github => github::render(reports, options.lang, out)?,
        OutputFormat::Sarif => sarif::render(reports, options.lang, out)?,
        OutputFormat::Junit => junit::render(reports, options.strict, options.lang, out)?,
        OutputFormat::Gitlab => gitlab::render(reports, options.lang, out)?,
    }
    if format.is_human_readable() {
        let fixable = reports
            .iter()
            .flat_map(|report| &report.findings)
            .filter(|finding| finding.fix.is_some())
            .count();
        let summary = summary::summary_line(&Summary::of(reports), fixable);
        writeln!(out, "{}", summary.render(options.lang))?;
    }
    Ok(())
}

/// Renders the reports in every format, with colour and without (strict with colour), and
/// discards the text. For the fuzz target and the test of its kept inputs, which must see
/// every renderer finish on any map; not part of the interface.
#[doc(hidden)]
pub fn render_every_format(reports: &[FileReport]) -> io::Result<()> {
    for &format in <OutputFormat as clap::ValueEnum>::value_variants() {
        for (color, lang) in [(false, Lang::En), (true, Lang::Ru)] {
            let options = RenderOptions {
                color,
                strict: color,
                lang,
            };
            render(format, reports, &options, &mut io::sink())?;
        }
    }
    Ok(())
}

/// A finding's message followed by its help on a line of its own, for formats that have
/// one text field where people read both; each part [`shown`].
fn message_with_help(finding: &Finding, lang: Lang) -> String {
    let message = shown(&finding.message.render(lang));
    match &finding.help {
        Some(help) => {
            let help = msg!("help-line", help = shown(&help.render(lang)));
            format!("{message}\n{}", help.render(lang))
        }
        None => message,
    }
}

/// The most characters of a message, label or help that any format prints. Messages quote
/// keys and values from the map, and one huge value must not fill a terminal or a CI log.
pub const MAX_MESSAGE_CHARS: usize = 300;
/// How many characters of an over-long text are kept from its end, which usually says
/// what is wrong (`… must be a number`).
const KEPT_TAIL_CHARS: usize = 100;

/// Text from a finding bounded to [`MAX_MESSAGE_CHARS`]: an over-long one keeps its start
/// and its end, with `…` for what is left out.
pub(crate) fn bounded(text: &str) -> Cow<'_, str> {
    if text.chars().nth(MAX_MESSAGE_CHARS).is_none() {
        return Cow::Borrowed(text);
    }
    let head_end = text
        .char_indices()
        .nth(MAX_MESSAGE_CHARS - KEPT_TAIL_CHARS - 1)
        .map_or(text.len(), |(index, _)| index);
    let tail_start = text
        .char_indices()
        .rev()
        .nth(KEPT_TAIL_CHARS - 1)
        .map_or(head_end, |(index, _)| index.max(head_end));
    let head = text.get(..head_end).unwrap_or("");
    let tail = text.get(tail_start..).unwrap_or("");
    Cow::Owned(format!("{head}…{tail}"))
}

/// Text from a finding as it reaches a terminal or a CI log: [`bounded`], then with
/// control characters escaped ([`escape_controls`]).
pub(crate) fn shown(text: &str) -> String {
    escape_controls(&bounded(text)).into_owned()
}

/// The text with control characters written as Rust escapes (`\n`, `\u{1b}`): messages quote
/// keys and values from the map, and a key such as `"a\e[2J"` must neither drive the
/// terminal nor break a line that tools read as one finding.
pub(crate) fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.contains(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// A document for a terminal, such as a report: control characters escaped as by
/// [`escape_controls`], except the line breaks that make it a document.
pub fn escape_controls_keeping_lines(text: &str) -> Cow<'_, str> {
    if !text.contains(|c: char| c.is_control() && c != '\n') {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(escape_controls).collect();
    Cow::Owned(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(
            escape_controls("a\tb\r\n\u{1b}[2J"),
            "a\\tb\\r\\n\\u{1b}[2J"
        );
        assert!(matches!(escape_controls("сделка"), Cow::Borrowed(_)));
    }

    #[test]
    fn long_texts_keep_their_start_and_end() {
        let short = "unknown key `сделка`";
        assert!(matches!(bounded(short), Cow::Borrowed(_)));
        let long = format!("`{}` must be a number", "ж".repeat(10_000));
        let cut = bounded(&long);
        assert_eq!(cut.chars().count(), MAX_MESSAGE_CHARS);
        assert!(cut.starts_with("`жж") && cut.ends_with("жж` must be a number"));
        assert_eq!(cut.matches('…').count(), 1);
        assert_eq!(
            shown(&format!("{long}\u{1b}")).matches("\\u{1b}").count(),
            1
        );
    }

    #[test]
    fn a_document_keeps_its_lines() {
        assert_eq!(
            escape_controls_keeping_lines("# \u{1b}]0;title\u{7}\n\r\n"),
            "# \\u{1b}]0;title\\u{7}\n\\r\n"
        );
        assert!(matches!(
            escape_controls_keeping_lines("# Отчёт\n\n"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn github_actions_picks_the_github_format() {
        assert_eq!(
            OutputFormat::default_for(Some(OsStr::new("true"))),
            OutputFormat::Github
        );
        for other in [None, Some(OsStr::new("")), Some(OsStr::new("false"))] {
            assert_eq!(OutputFormat::default_for(other), OutputFormat::Human);
        }
    }

    #[test]
    fn colour_follows_the_terminal_and_no_color() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        assert!(ColorChoice::Auto.enabled(true, None));
        assert!(ColorChoice::Auto.enabled(true, empty));
        assert!(!ColorChoice::Auto.enabled(true, set));
        assert!(!ColorChoice::Auto.enabled(false, None));
        assert!(ColorChoice::Always.enabled(false, set));
        assert!(!ColorChoice::Never.enabled(true, None));
    }
}
