//! Structure: the file is a readable, well-formed version 1 map.
//!
//! Most of these rules are reported while the file is read (`source`), parsed (`map::yaml`)
//! and decoded (`map::decode`); the value checks at the end run on the decoded map.

use super::{CheckContext, Concern, Rule};
use crate::config::Settings;
use crate::finding::{Findings, Severity};
use crate::i18n::Message;
use crate::map::{JourneyMap, describe};
use crate::msg;
use crate::span::Spanned;

pub static UNREADABLE_FILE: Rule = Rule {
    code: "CJM100",
    name: "unreadable-file",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "(a spreadsheet saved as journey.cjm.yaml, or a map saved as UTF-16)",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static YAML_SYNTAX: Rule = Rule {
    code: "CJM101",
    name: "yaml-syntax",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "stages:\n  - id: awareness\n   name: Осмысление   # indented one space too few",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static DUPLICATE_KEY: Rule = Rule {
    code: "CJM102",
    name: "duplicate-key",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "- id: awareness\n  name: Осмысление\n  name: Awareness",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static YAML_TOO_COMPLEX: Rule = Rule {
    code: "CJM103",
    name: "yaml-too-complex",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n# … and so on",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static MULTIPLE_DOCUMENTS: Rule = Rule {
    code: "CJM104",
    name: "multiple-documents",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "cjm: 1\ntitle: First map\n---\ncjm: 1\ntitle: Second map",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static EMPTY_FILE: Rule = Rule {
    code: "CJM105",
    name: "empty-file",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "# only a comment, or nothing",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static WRONG_TYPE: Rule = Rule {
    code: "CJM106",
    name: "wrong-type",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "emotion: \"-1\"        # text, not a number\ngoals: Understand the range  # text, not a list",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static MISSING_KEY: Rule = Rule {
    code: "CJM107",
    name: "missing-key",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "segments:\n  - name: Young family   # no id",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static UNKNOWN_KEY: Rule = Rule {
    code: "CJM108",
    name: "unknown-key",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "stages:\n  - id: awareness\n    touchpionts: []",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static UNSUPPORTED_VERSION: Rule = Rule {
    code: "CJM109",
    name: "unsupported-version",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "cjm: 2",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static EMOTION_OUT_OF_RANGE: Rule = Rule {
    code: "CJM110",
    name: "emotion-out-of-range",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "emotion: 5",
    check: Some(check_emotion_range),
    configured: Some(emotion_scale_in_force),
    strict_severity: None,
};

pub static INVALID_FUNNEL: Rule = Rule {
    code: "CJM111",
    name: "invalid-funnel",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "funnel: {entered: 4000, advanced: 5200}",
    check: Some(check_funnels),
    configured: None,
    strict_severity: None,
};

pub static INVALID_VALUE: Rule = Rule {
    code: "CJM112",
    name: "invalid-value",
    concern: Concern::Structure,
    default_severity: Severity::Error,
    example: "pains:\n  - {text: Out of stock, severity: critical}",
    check: None,
    configured: None,
    strict_severity: None,
};

/// The emotion scale in force, for `cjm rules`.
pub(super) fn emotion_scale_in_force(settings: &Settings) -> Message {
    msg!(
        "emotion-scale-in-force",
        scale = settings.emotion_scale.range(),
        phrase = settings.emotion_scale.whole_number_phrase()
    )
}

fn check_emotion_range(map: &JourneyMap, context: &CheckContext, findings: &mut Findings) {
    let scale = context.settings.emotion_scale;
    let mut check = |score: &Spanned<i64>, owner: Message| {
        if scale.contains(score.value) {
            return;
        }
        findings
            .report(
                &EMOTION_OUT_OF_RANGE,
                score.span,
                msg!(
                    "emotion-out-of-range",
                    owner = owner,
                    score = score.value,
                    scale = scale.range()
                ),
            )
            .label(msg!("not-within", scale = scale.range()))
            .help(msg!("use-scale", phrase = scale.whole_number_phrase()));
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
                        msg!(
                            "funnel-negative",
                            key = key,
                            owner = owner.clone(),
                            value = figure.value
                        ),
                    )
                    .label(msg!("count-cannot-be-negative"))
                    .help(msg!("write-customer-count"));
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
                    msg!(
                        "funnel-advanced-exceeds",
                        owner = owner,
                        advanced = advanced.value,
                        entered = entered.value
                    ),
                )
                .label(msg!("more-than-entered"))
                .related(entered.span, msg!("customers-who-entered"))
                .help(msg!("advanced-explained"));
        }
    }
}
