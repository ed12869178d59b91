//! The loader alone: never a panic, and every span well formed (inside the file, on
//! character boundaries, no child before its parent), on any text.
#![no_main]

use cjm::map::loader;
use cjm::map::yaml::{Node, Value};
use cjm::span::Span;
use libfuzzer_sys::fuzz_target;

fn check_span(text: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{span:?} outside the file"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{span:?} splits a character"
    );
}

fn check_node(text: &str, node: &Node, parent: Option<Span>) {
    check_span(text, node.span);
    if let Some(parent) = parent {
        assert!(
            node.span.start >= parent.start,
            "{node:?} starts before its parent {parent:?}"
        );
    }
    match &node.value {
        Value::Seq(items) => items
            .iter()
            .for_each(|item| check_node(text, item, Some(node.span))),
        Value::Map(entries) => entries.iter().for_each(|(key, value)| {
            check_node(text, key, Some(node.span));
            check_node(text, value, Some(node.span));
        }),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match loader::load(text, true) {
        Ok(loaded) => {
            check_node(text, &loaded.root, None);
            loaded
                .comments
                .iter()
                .for_each(|comment| check_span(text, comment.span));
        }
        Err((failure, comments)) => {
            check_span(text, failure.span);
            comments
                .iter()
                .for_each(|comment| check_span(text, comment.span));
        }
    }
});
