//! Writing text into a YAML file as a double-quoted scalar, the one style that holds any
//! text: `cjm init` writes its values this way, and `cjm review` the reviewer's name.

use std::fmt::Write;

/// `text` as a YAML double-quoted scalar that reads back as exactly `text`.
///
/// YAML allows only printable characters in a document, so every control character (tabs
/// and line breaks included, to keep the value on one line) is written as an escape.
pub fn double_quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            // U+2028 and U+2029 are line breaks to YAML, and BOMs are not content.
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::yaml::{Value, parse};
    use proptest::prelude::*;

    fn read_back(quoted: &str) -> Value {
        let Value::Map(entries) = parse(&format!("key: {quoted}\n")).unwrap().value else {
            panic!("not a mapping")
        };
        entries.into_iter().next().unwrap().1.value
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(double_quoted("Анна \"CX\" \\ 1"), r#""Анна \"CX\" \\ 1""#);
        assert_eq!(double_quoted("a\r\n\u{1b}"), r#""a\u000D\n\u001B""#);
    }

    proptest! {
        #[test]
        fn any_text_reads_back_unchanged(text in any::<String>()) {
            prop_assert_eq!(read_back(&double_quoted(&text)), Value::Str(text));
        }
    }
}
