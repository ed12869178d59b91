//! Applying fixes to a text: each fix replaces only its own bytes, and a fix that overlaps
//! one already applied waits for the next pass, when the file has been checked again.

use super::Fix;

/// A text with some fixes applied.
#[derive(Debug, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    /// How many fixes were applied, counting a fix identical to one applied (two findings
    /// resolved by one edit, such as two unused rules of one comment) as applied too.
    pub fixes: usize,
}

/// Applies as many of `fixes` as do not overlap, in file order; the others are left for a
/// later pass. A fix whose edits do not fall inside `text` on character boundaries is
/// skipped. One pass over the text, whatever the number of fixes.
pub fn apply<'a>(text: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> Applied {
    let mut fixes: Vec<&Fix> = fixes.into_iter().collect();
    fixes.sort_by_key(|fix| {
        let span = fix.span();
        (span.start, span.end)
    });
    let mut output = String::with_capacity(text.len());
    let mut copied_to = 0;
    let mut applied: Vec<&Fix> = Vec::new();
    let mut count = 0;
    for fix in fixes {
        if applied.last().is_some_and(|last| last.edits == fix.edits) {
            count += 1;
            continue;
        }
        // Each edit must start after what is already written, and fall on the text.
        let mut from = copied_to;
        let fits = !fix.edits.is_empty()
            && fix.edits.iter().all(|edit| {
                let fits =
                    from <= edit.span.start && text.get(edit.span.start..edit.span.end).is_some();
                from = edit.span.end;
                fits
            });
        if !fits {
            continue;
        }
        for edit in &fix.edits {
            output.push_str(text.get(copied_to..edit.span.start).unwrap_or(""));
            output.push_str(&edit.content);
            copied_to = edit.span.end;
        }
        applied.push(fix);
        count += 1;
    }
    output.push_str(text.get(copied_to..).unwrap_or(""));
    Applied {
        text: output,
        fixes: count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::Edit;
    use crate::span::Span;

    fn fix(edits: &[(usize, usize, &str)]) -> Fix {
        Fix::new(
            crate::i18n::Message::verbatim("test"),
            edits
                .iter()
                .map(|&(start, end, content)| Edit::replace(Span::new(start, end), content))
                .collect(),
        )
    }

    #[test]
    fn fixes_touch_only_their_bytes() {
        let text = "a: High\r\nb: \"400\"\r\n";
        let fixes = [fix(&[(3, 7, "high")]), fix(&[(12, 17, "400")])];
        assert_eq!(
            apply(text, &fixes),
            Applied {
                text: "a: high\r\nb: 400\r\n".to_owned(),
                fixes: 2
            }
        );
    }

    #[test]
    fn an_overlapping_fix_waits_and_a_repeated_one_is_applied_once() {
        let text = "0123456789";
        let fixes = [
            fix(&[(2, 5, "x")]),
            fix(&[(4, 6, "y")]),
            fix(&[(2, 5, "x")]),
            fix(&[(5, 5, "z")]),
        ];
        assert_eq!(apply(text, &fixes).text, "01xz56789");
        assert_eq!(apply(text, &fixes).fixes, 3);
    }

    #[test]
    fn edits_outside_the_text_or_inside_a_character_are_skipped() {
        let text = "ж: 1";
        let fixes = [fix(&[(1, 2, "")]), fix(&[(3, 99, "")]), fix(&[])];
        assert_eq!(apply(text, &fixes).text, text);
        assert_eq!(apply(text, &fixes).fixes, 0);
    }
}
