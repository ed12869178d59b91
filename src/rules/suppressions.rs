//! Suppressions: `# cjm-ignore: CODE` comments that silence a rule for one node, or
//! `# cjm-ignore-file: CODE` for a whole file. A suppression must earn its place.

use super::{Concern, Rule};
use crate::finding::Severity;

pub static UNUSED_SUPPRESSION: Rule = Rule {
    code: "CJM501",
    name: "unused-suppression",
    concern: Concern::Suppressions,
    default_severity: Severity::Warning,
    example: "- id: awareness   # cjm-ignore: stage-missing-kpis\n  kpis:\n    - {name: Visits, target: 1000}",
    check: None,
    configured: None,
    strict_severity: None,
};

pub static INVALID_SUPPRESSION: Rule = Rule {
    code: "CJM502",
    name: "invalid-suppression",
    concern: Concern::Suppressions,
    default_severity: Severity::Warning,
    example: "- id: awareness   # cjm-ignore: stage-missing-kpi",
    check: None,
    configured: None,
    strict_severity: None,
};
