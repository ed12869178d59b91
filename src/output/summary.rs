//! The counts that end a run in the human formats, and that name a file's findings in
//! JUnit.

use crate::check::Summary;

/// `Checked 12 files: 1 error, 3 warnings, 0 infos.`, and `(3 fixable with `--fix`)`
/// before the full stop when `fixable` findings have a fix.
pub fn summary_line(summary: &Summary, fixable: usize) -> String {
    let fixable = if fixable > 0 {
        format!(" ({})", crate::fix::title::fixable(fixable))
    } else {
        String::new()
    };
    format!(
        "Checked {}: {}{fixable}.",
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
            summary_line(&summary, 0),
            "Checked 1 file: 2 errors, 1 warning, 0 infos."
        );
        assert_eq!(
            summary_line(&summary, 2),
            "Checked 1 file: 2 errors, 1 warning, 0 infos (2 fixable with `--fix`)."
        );
    }
}
