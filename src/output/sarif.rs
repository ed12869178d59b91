//! `--format sarif`: a SARIF 2.1.0 log, the format GitHub code scanning and other analysis
//! viewers read.
//!
//! The log lists every rule of the catalogue under `tool.driver.rules`, so a viewer can
//! explain a result without the tool; results point at their rule by id and index.
//! Columns count Unicode code points (`columnKind`), as everywhere in `cjm`. No time stamp
//! or absolute path goes into the log, so the same maps give the same bytes.

use std::io::{self, Write};
use std::path::Path;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde_sarif::sarif::{
    ArtifactChange, ArtifactContent, ArtifactLocation, Fix as SarifFix, Location, Message,
    MultiformatMessageString, PhysicalLocation, PropertyBag, Region as SarifRegion, Replacement,
    ReportingConfiguration, ReportingDescriptor, Result, ResultLevel, Run, Sarif, Tool,
    ToolComponent,
};

use super::location::{CheckedFile, Region, checked_files};
use super::{message_with_help, shown};
use crate::check::FileReport;
use crate::finding::{Finding, Severity};
use crate::fix::Fix;
use crate::i18n::Lang;
use crate::rules::{self, Rule};

/// The official schema of the format, by its OASIS address.
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Relative paths are resolved against the root of the analysed sources, which SARIF
/// consumers (GitHub among them) know by this conventional name.
const SOURCE_ROOT: &str = "%SRCROOT%";

/// What must be percent-encoded in a path to make it part of a URI (RFC 3986): controls,
/// space, and the characters that delimit or are excluded from URIs. Non-ASCII characters
/// are always encoded, as UTF-8.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// In a relative reference `:` is encoded too, or its first segment would read as a scheme.
const RELATIVE_PATH: &AsciiSet = &PATH.add(b':');

pub fn render(reports: &[FileReport], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let results = checked_files(reports)
        .flat_map(|file| {
            file.findings()
                .map(|(finding, region)| result(&file, finding, region, lang))
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>();
    let driver = ToolComponent::builder()
        .name("cjm")
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(
            rules::ALL
                .iter()
                .copied()
                .map(|rule| descriptor(rule, lang))
                .collect::<Vec<_>>(),
        )
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .column_kind(serde_json::json!("unicodeCodePoints"))
        .language(lang.code())
        .results(results)
        .build();
    let log = Sarif::builder()
        .schema(SCHEMA)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build();
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn descriptor(rule: &Rule, lang: Lang) -> ReportingDescriptor {
    let text = |text: String| MultiformatMessageString::builder().text(text).build();
    let (fix, example) = (rule.fix(lang), rule.example(lang));
    let heading = lang.text("sarif-example");
    let help = MultiformatMessageString::builder()
        .text(format!("{fix}\n\n{heading}:\n{example}"))
        .markdown(format!("{fix}\n\n{heading}:\n\n```yaml\n{example}\n```"))
        .build();
    ReportingDescriptor::builder()
        .id(rule.code)
        .name(rule.name)
        .short_description(text(rule.summary(lang)))
        .full_description(text(rule.why(lang)))
        .help(help)
        .default_configuration(
            ReportingConfiguration::builder()
                .level(serde_json::json!(level(rule.default_severity)))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(vec![rule.concern.to_string()])
                .build(),
        )
        .build()
}

fn result(file: &CheckedFile<'_>, finding: &Finding, region: Region, lang: Lang) -> Result {
    let related: Vec<Location> = finding
        .related
        .iter()
        .zip(0..)
        .map(|(related, id)| {
            Location::builder()
                .id(id)
                .physical_location(physical_location(file, file.region(related.span)))
                .message(
                    Message::builder()
                        .text(shown(&related.label.render(lang)))
                        .build(),
                )
                .build()
        })
        .collect();
    let location = Location::builder()
        .physical_location(physical_location(file, region))
        .build();
    let mut result = Result::builder()
        .rule_id(finding.rule.code)
        .rule_index(rule_index(finding.rule))
        .level(result_level(finding.severity))
        .message(
            Message::builder()
                .text(message_with_help(finding, lang))
                .build(),
        )
        .locations(vec![location])
        .build();
    if !related.is_empty() {
        result.related_locations = Some(related);
    }
    result.fixes = finding
        .fix
        .as_ref()
        .map(|fix| vec![sarif_fix(file, fix, lang)]);
    result
}

/// A fix as SARIF has it: one change to the file, a replacement per edit.
fn sarif_fix(file: &CheckedFile<'_>, fix: &Fix, lang: Lang) -> SarifFix {
    let replacements: Vec<Replacement> = fix
        .edits
        .iter()
        .map(|edit| {
            Replacement::builder()
                .deleted_region(sarif_region(file.region(edit.span)))
                .inserted_content(
                    ArtifactContent::builder()
                        .text(edit.content.clone())
                        .build(),
                )
                .build()
        })
        .collect();
    SarifFix::builder()
        .description(
            Message::builder()
                .text(shown(&fix.title.render(lang)))
                .build(),
        )
        .artifact_changes(vec![
            ArtifactChange::builder()
                .artifact_location(artifact_location(&file.path))
                .replacements(replacements)
                .build(),
        ])
        .build()
}

fn physical_location(file: &CheckedFile<'_>, region: Region) -> PhysicalLocation {
    PhysicalLocation::builder()
        .artifact_location(artifact_location(&file.path))
        .region(sarif_region(region))
        .build()
}

fn sarif_region(region: Region) -> SarifRegion {
    let number = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    SarifRegion::builder()
        .start_line(number(region.start.line))
        .start_column(number(region.start.column))
        .end_line(number(region.end.line))
        .end_column(number(region.end.column))
        .build()
}

/// A relative path becomes a relative URI under the source root; an absolute one a
/// `file://` URI.
fn artifact_location(path: &str) -> ArtifactLocation {
    if Path::new(path).is_relative() {
        ArtifactLocation::builder()
            .uri(utf8_percent_encode(path, RELATIVE_PATH).to_string())
            .uri_base_id(SOURCE_ROOT)
            .build()
    } else {
        let encoded = utf8_percent_encode(path, PATH).to_string();
        let rooted = if encoded.starts_with('/') {
            encoded
        } else {
            // A Windows path such as `C:/maps/a.cjm.yaml`.
            format!("/{encoded}")
        };
        ArtifactLocation::builder()
            .uri(format!("file://{rooted}"))
            .build()
    }
}

/// The rule's place in `tool.driver.rules`, which lists [`rules::ALL`] in order.
fn rule_index(rule: &Rule) -> i64 {
    rules::ALL
        .iter()
        .position(|candidate| candidate.code == rule.code)
        .and_then(|index| i64::try_from(index).ok())
        .unwrap_or(-1)
}

fn result_level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

/// The same levels as text, for `defaultConfiguration`, which serde-sarif types loosely.
const fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(path: &str) -> (Option<String>, Option<String>) {
        let location = artifact_location(path);
        (location.uri, location.uri_base_id)
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri("maps/карта 1#a.cjm.yaml"),
            (
                Some("maps/%D0%BA%D0%B0%D1%80%D1%82%D0%B0%201%23a.cjm.yaml".into()),
                Some(SOURCE_ROOT.into())
            )
        );
        assert_eq!(uri("a:b.cjm.yaml").0.unwrap(), "a%3Ab.cjm.yaml");
        assert_eq!(
            uri("/srv/maps/a.cjm.yaml"),
            (Some("file:///srv/maps/a.cjm.yaml".into()), None)
        );
    }

    #[test]
    fn every_rule_has_its_index() {
        for (index, rule) in rules::ALL.iter().enumerate() {
            assert_eq!(rule_index(rule), index as i64);
        }
    }
}
