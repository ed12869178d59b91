//! Renderers of validation results, one module per output format. A renderer reads
//! [`FileReport`](crate::check::FileReport)s and knows nothing about rules.

pub mod human;
pub mod rule_docs;
pub mod snippet;
pub mod stats;
