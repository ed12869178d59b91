//! The catalogue is whole in every language: every file parses, no id is defined twice, and
//! every message exists in every language with the same variables.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::Entry;

use super::catalogue::sources;
use super::{Lang, variables};

/// Every message of a language: id → (file, variables).
fn messages(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut messages = BTreeMap::new();
    for (file, text) in sources(lang) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file} does not parse: {errors:?}"));
        for entry in &resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut found = BTreeSet::new();
                    if let Some(value) = &message.value {
                        variables::of_pattern(value, &mut found);
                    }
                    let found = found.into_iter().map(str::to_owned).collect();
                    let previous =
                        messages.insert(message.id.name.to_owned(), (file.to_owned(), found));
                    assert!(
                        previous.is_none(),
                        "{lang}: `{}` is defined twice",
                        message.id.name
                    );
                }
                Entry::Junk { content } => panic!("{lang}/{file}: junk {content:?}"),
                _ => {}
            }
        }
    }
    messages
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Lang::En);
    assert!(english.len() > 100, "the English catalogue is nearly empty");
    for lang in [Lang::Ru] {
        let other = messages(lang);
        for (id, (file, variables)) in &english {
            let Some((other_file, other_variables)) = other.get(id) else {
                panic!("`{id}` ({file}) has no {lang} text");
            };
            assert_eq!(other_file, file, "`{id}` lives in another file in {lang}");
            assert_eq!(
                other_variables, variables,
                "`{id}` has other variables in {lang}"
            );
        }
        for id in other.keys() {
            assert!(english.contains_key(id), "`{id}` exists only in {lang}");
        }
    }
}

#[test]
fn no_isolation_marks_reach_the_output() {
    let message = crate::msg!("test-isolation", value = "x");
    for lang in Lang::ALL {
        let text = message.render(lang);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        assert!(text.contains("`x`"), "{text:?}");
    }
}

#[test]
fn russian_plurals_take_three_forms() {
    let forms: Vec<String> = [1, 2, 5, 11, 21, 22, 0]
        .into_iter()
        .map(|count: i64| crate::msg!("summary-errors", count = count).render(Lang::Ru))
        .collect();
    assert_eq!(
        forms,
        [
            "1 ошибка",
            "2 ошибки",
            "5 ошибок",
            "11 ошибок",
            "21 ошибка",
            "22 ошибки",
            "0 ошибок"
        ]
    );
}

#[test]
fn a_missing_id_shows_the_id_and_a_nested_message_takes_the_language() {
    assert_eq!(Lang::Ru.text("no-such-message"), "no-such-message");
    let nested = crate::msg!(
        "test-isolation",
        value = crate::msg!("summary-errors", count = 3_i64)
    );
    assert_eq!(nested.render(Lang::Ru), "значение `3 ошибки`");
}
