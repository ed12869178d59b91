//! The counts that end a run in the human formats, and that name a file's findings in
//! JUnit.

use crate::check::Summary;

/// `Checked 12 files: 1 error, 3 warnings, 0 infos.`
pub fn summary_line(summary: &Summary) -> String {
    format!(
        "Checked {}: {}.",
        plural(summary.files, "file", "files"),
        counts(summary)
    )
}

/// `1 error, 3 warnings, 0 infos`
pub fn counts(summary: &Summary) -> String {
    [
        plural(summary.errors, "error", "errors"),
        plural(summary.warnings, "warning", "warnings"),
        plural(summary.infos, "info", "infos"),
    ]
    .join(", ")
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_reads_naturally() {
        let summary = Summary {
            files: 1,
            errors: 2,
            warnings: 1,
            infos: 0,
        };
        assert_eq!(
            summary_line(&summary),
            "Checked 1 file: 2 errors, 1 warning, 0 infos."
        );
    }
}
