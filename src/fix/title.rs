//! The titles of fixes, one function each, so that they are worded (and translated) in one
//! place.

use crate::i18n::Message;
use crate::msg;

/// `Replace `High` with `high``: an enum value in the wrong case or a synonym.
pub fn use_keyword(written: &str, keyword: &str) -> Message {
    msg!("fix-use-keyword", written = written, keyword = keyword)
}

/// A number written in quotes.
pub fn remove_quotes(number: &str) -> Message {
    msg!("fix-remove-quotes", number = number)
}

/// A misspelt key renamed to the absent key it was meant to be.
pub fn rename_key(written: &str, key: &str) -> Message {
    msg!("fix-rename-key", written = written, key = key)
}

/// A review date written day first.
pub fn iso_date(date: &str) -> Message {
    msg!("fix-iso-date", date = date)
}

/// An unused rule taken out of a suppression comment that names others.
pub fn remove_rule(rule: &str) -> Message {
    msg!("fix-remove-rule", rule = rule)
}

/// A suppression comment that suppresses nothing at all.
pub fn remove_comment() -> Message {
    msg!("fix-remove-comment")
}

/// `3 fixable with `--fix``, for the summary line.
pub fn fixable(count: usize) -> String {
    format!("{count} fixable with `--fix`")
}

/// `Fixed 3 findings in 2 files.` after `--fix`; `Would fix …` after `--diff`.
pub fn fixed(fixes: usize, files: usize, written: bool) -> String {
    if fixes == 0 {
        return "Nothing to fix.".to_owned();
    }
    let verb = if written { "Fixed" } else { "Would fix" };
    let findings = if fixes == 1 { "finding" } else { "findings" };
    let in_files = if files == 1 { "file" } else { "files" };
    format!("{verb} {fixes} {findings} in {files} {in_files}.")
}
