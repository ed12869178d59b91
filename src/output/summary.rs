//! The counts that end a run in the human formats, and that name a file's findings in
//! JUnit.

use crate::check::Summary;
use crate::i18n::Message;
use crate::msg;

/// `Checked 12 files: 1 error, 3 warnings, 0 infos.`, and `(3 fixable with `--fix`)`
/// before the full stop when `fixable` findings have a fix.
pub fn summary_line(summary: &Summary, fixable: usize) -> Message {
    let files = msg!("summary-files", count = summary.files);
    if fixable > 0 {
        return msg!(
            "summary-line-fixable",
            files = files,
            counts = counts(summary),
            fixable = fixable
        );
    }
    msg!("summary-line", files = files, counts = counts(summary))
}

/// `1 error, 3 warnings, 0 infos`
pub fn counts(summary: &Summary) -> Message {
    msg!(
        "summary-counts",
        errors = msg!("summary-errors", count = summary.errors),
        warnings = msg!("summary-warnings", count = summary.warnings),
        infos = msg!("summary-infos", count = summary.infos)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn summary_reads_naturally() {
        let summary = Summary {
            files: 1,
            errors: 2,
            warnings: 1,
            infos: 0,
        };
        assert_eq!(
            summary_line(&summary, 0).english(),
            "Checked 1 file: 2 errors, 1 warning, 0 infos."
        );
        assert_eq!(
            summary_line(&summary, 2).english(),
            "Checked 1 file: 2 errors, 1 warning, 0 infos (2 fixable with `--fix`)."
        );
        assert_eq!(
            summary_line(&summary, 0).render(Lang::Ru),
            "Проверка: 1 файл — 2 ошибки, 1 предупреждение, 0 заметок."
        );
        let many = Summary {
            files: 21,
            errors: 5,
            warnings: 22,
            infos: 1,
        };
        assert_eq!(
            summary_line(&many, 5).render(Lang::Ru),
            "Проверка: 21 файл — 5 ошибок, 22 предупреждения, 1 заметка (5 можно исправить с `--fix`)."
        );
    }
}
