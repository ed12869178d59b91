//! Structure: the file is a readable, well-formed version 1 map.
//!
//! Most of these rules are reported while the file is read (`source`), parsed (`map::yaml`)
//! and decoded (`map::decode`); the value checks at the end run on the decoded map.

use super::{CheckContext, Concern, Rule};
use crate::config::Settings;
use crate::finding::{Findings, Severity};
use crate::map::{JourneyMap, describe};
use crate::span::Spanned;

pub static UNREADABLE_FILE: Rule = Rule {
    code: "CJM100",
    name: "unreadable-file",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "The file cannot be read as UTF-8 text",
    why: "A map that cannot be read cannot be checked or reported on. Binary data, other \
          encodings and files above the size limit (4 MiB) usually mean a wrong file carries \
          the map extension.",
    example: "(a spreadsheet saved as journey.cjm.yaml, or a map saved as UTF-16)",
    fix: "Save the map as UTF-8 text, or rename a file that is not a map so it no longer ends \
          in `.cjm.yaml`.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static YAML_SYNTAX: Rule = Rule {
    code: "CJM101",
    name: "yaml-syntax",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "The file is not valid YAML",
    why: "Nothing else in the file can be checked until the YAML parses.",
    example: "stages:\n  - id: awareness\n   name: Осмысление   # indented one space too few",
    fix: "Look at the marked position: usually an indentation slip, an unclosed quote or \
          bracket, or a `:` inside unquoted text (quote the text).",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static DUPLICATE_KEY: Rule = Rule {
    code: "CJM102",
    name: "duplicate-key",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "A key appears twice in the same mapping",
    why: "YAML forbids it, and tools disagree on which value wins: one reader sees the first, \
          another the second.",
    example: "- id: awareness\n  name: Осмысление\n  name: Awareness",
    fix: "Keep one of the two entries. The first one is the one `cjm` reads.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static YAML_TOO_COMPLEX: Rule = Rule {
    code: "CJM103",
    name: "yaml-too-complex",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "The YAML exceeds a safety limit: nesting depth, node count or alias expansion",
    why: "A journey map is a few levels of plain keys and lists. Deep nesting or aliases that \
          expand exponentially (a \"billion laughs\" file) would cost unbounded time and \
          memory, so `cjm` stops and reports the file instead.",
    example: "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n# … and so on",
    fix: "Write the values out instead of nesting aliases, and keep the map flat.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static MULTIPLE_DOCUMENTS: Rule = Rule {
    code: "CJM104",
    name: "multiple-documents",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "The file holds more than one YAML document",
    why: "One file is one journey map; a second document after `---` would be silently \
          ignored by some tools and merged by others.",
    example: "cjm: 1\ntitle: First map\n---\ncjm: 1\ntitle: Second map",
    fix: "Move each map to a file of its own.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static EMPTY_FILE: Rule = Rule {
    code: "CJM105",
    name: "empty-file",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "The file holds no map at all",
    why: "An empty map file is usually a forgotten placeholder or a failed save.",
    example: "# only a comment, or nothing",
    fix: "Write the map, starting from one of the examples, or delete the file.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static WRONG_TYPE: Rule = Rule {
    code: "CJM106",
    name: "wrong-type",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "A value has the wrong type: text where a number belongs, a list where a mapping \
              belongs, and so on",
    why: "Reports compute funnels, KPIs and emotion curves from these values; a wrong type \
          means the value cannot be used.",
    example: "emotion: \"-1\"        # text, not a number\ngoals: Understand the range  # text, not a list",
    fix: "Write the value in the expected form; the finding names it.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static MISSING_KEY: Rule = Rule {
    code: "CJM107",
    name: "missing-key",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "A required key is missing or empty",
    why: "Every map needs `cjm`, `title`, `owner`, `reviewed`, at least one segment and at \
          least one stage; segments, channels and stages need an `id`, stages and segments a \
          `name`. Without them the map cannot be referenced, reported or trusted.",
    example: "segments:\n  - name: Young family   # no id",
    fix: "Add the key with a value.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static UNKNOWN_KEY: Rule = Rule {
    code: "CJM108",
    name: "unknown-key",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "A key is not part of the map format",
    why: "An unknown key is almost always a typo, and the value under it is silently lost: \
          `touchpionts:` leaves the stage without touchpoints.",
    example: "stages:\n  - id: awareness\n    touchpionts: []",
    fix: "Correct the spelling (the finding suggests the closest key) or remove the key.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static UNSUPPORTED_VERSION: Rule = Rule {
    code: "CJM109",
    name: "unsupported-version",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "The `cjm` format version is not one this tool reads",
    why: "Another version may give keys another meaning; checking it against version 1 \
          would produce misleading findings, so the rest of the file is not checked.",
    example: "cjm: 2",
    fix: "Write `cjm: 1`, or upgrade `cjm` to a release that reads the newer format.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static EMOTION_OUT_OF_RANGE: Rule = Rule {
    code: "CJM110",
    name: "emotion-out-of-range",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "An emotion score lies outside the emotion scale (-2 to +2 by default)",
    why: "The emotion curve compares stages on one scale; a score outside it distorts the \
          curve and every average built on it.",
    example: "emotion: 5",
    fix: "Use a whole number within the scale: by default from -2 (very negative) through 0 \
          (neutral) to +2 (very positive); `emotion_scale` in .cjm.yaml sets another.",
    check: Some(check_emotion_range),
    configured: Some(emotion_scale_in_force),
    strict_severity: None,
};

pub static INVALID_FUNNEL: Rule = Rule {
    code: "CJM111",
    name: "invalid-funnel",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "A funnel figure is negative, or more customers advance than entered",
    why: "Stage conversion is `advanced / entered`; impossible figures make the funnel and \
          the biggest drop-off meaningless.",
    example: "funnel: {entered: 4000, advanced: 5200}",
    fix: "Check the figures against their source (analytics, CRM): `advanced` counts the \
          customers of `entered` who moved on to the next stage.",
    check: Some(check_funnels),
    configured: None,
    strict_severity: None,
};

pub static INVALID_VALUE: Rule = Rule {
    code: "CJM112",
    name: "invalid-value",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    summary: "A value is not one of those the key allows",
    why: "Keys such as a pain's `severity` take one of a few words, so reports can sort and \
          count them.",
    example: "pains:\n  - {text: Out of stock, severity: critical}",
    fix: "Use one of the allowed values the finding lists.",
    check: None,
    configured: None,
    strict_severity: None,
};

/// The emotion scale in force, for `cjm rules`.
pub(super) fn emotion_scale_in_force(settings: &Settings) -> String {
    format!(
        "The emotion scale is {} (`emotion_scale`): write {}.",
        settings.emotion_scale,
        settings.emotion_scale.whole_number_phrase()
    )
}

fn check_emotion_range(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    let scale = context.settings.emotion_scale;
    let mut check = |score: &Spanned<i64>, owner: String| {
        if scale.contains(score.value) {
            return;
        }
        findings
            .report(
                &EMOTION_OUT_OF_RANGE,
                score.span,
                format!(
                    "the emotion of {owner} is {}, outside the scale {scale}",
                    score.value
                ),
            )
            .label(format!("not within {scale}"))
            .help(format!("use {}", scale.whole_number_phrase()));
    };
    for (index, stage) in map.stages.iter().enumerate() {
        if let Some(score) = stage.emotion.get() {
            check(score, describe("stage", &stage.id, index));
        }
        for (index, touchpoint) in stage.touchpoints.iter().enumerate() {
            if let Some(score) = touchpoint.emotion.get() {
                check(score, describe("touchpoint", &touchpoint.name, index));
            }
        }
    }
}

fn check_funnels(map: &JourneyMap, _: &CheckContext, findings: &mut Findings) {
    for (index, stage) in map.stages.iter().enumerate() {
        let Some(funnel) = &stage.funnel else {
            continue;
        };
        let owner = describe("stage", &stage.id, index);
        let figures = [("entered", &funnel.entered), ("advanced", &funnel.advanced)];
        for (key, figure) in figures {
            if let Some(figure) = figure.get().filter(|figure| figure.value < 0) {
                findings
                    .report(
                        &INVALID_FUNNEL,
                        figure.span,
                        format!("`{key}` of {owner} is negative ({})", figure.value),
                    )
                    .label("a count of customers cannot be negative")
                    .help("write the number of customers, 0 or more");
            }
        }
        if let (Some(entered), Some(advanced)) = (funnel.entered.get(), funnel.advanced.get())
            && entered.value >= 0
            && advanced.value > entered.value
        {
            findings
                .report(
                    &INVALID_FUNNEL,
                    advanced.span,
                    format!(
                        "more customers advance from {owner} ({}) than entered it ({})",
                        advanced.value, entered.value
                    ),
                )
                .label("more than entered")
                .related(entered.span, "customers who entered")
                .help(
                    "`advanced` counts the customers of `entered` who moved on to the next stage",
                );
        }
    }
}
