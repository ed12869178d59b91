//! Suppressions: `# cjm-ignore: CODE` comments that silence a rule for one node, or
//! `# cjm-ignore-file: CODE` for a whole file. A suppression must earn its place.

use super::{Concern, Rule};
use crate::finding::Severity;

pub static UNUSED_SUPPRESSION: Rule = Rule {
    code: "CJM501",
    name: "unused-suppression",
    concern: Concern::Suppressions,
    default_severity: Severity::Warning,
    summary: "A `cjm-ignore` comment suppresses nothing",
    why: "A suppression outlives the problem it was written for: once the map is fixed, or \
          the rule is turned off, it only hides the next real problem of that kind.",
    example: "- id: awareness   # cjm-ignore: stage-missing-kpis\n  kpis:\n    - {name: Visits, target: 1000}",
    fix: "Remove the comment, or the code in it that no longer applies.",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static INVALID_SUPPRESSION: Rule = Rule {
    code: "CJM502",
    name: "invalid-suppression",
    concern: Concern::Suppressions,
    default_severity: Severity::Warning,
    summary: "A `cjm-ignore` comment names no rule, or a rule that does not exist",
    why: "A misspelt code suppresses nothing, and the finding it was meant for stays.",
    example: "- id: awareness   # cjm-ignore: stage-missing-kpi",
    fix: "Name rules by code or name (`cjm rules` lists them), separated by commas; write a \
          reason after `—`: `# cjm-ignore: CJM308 — KPIs come with the Q3 research`.",
    check: None,
    configured: None,
    strict_severity: None,
};
