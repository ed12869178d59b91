//! The embedded catalogue: one Fluent bundle per language, built on first use.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang, Message};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Whether the English catalogue has message `id` with exactly the variables `names`, in
/// any order. A `const fn`, so that `msg!` can assert it at compile time.
pub const fn declares(id: &str, names: &[&str]) -> bool {
    let mut rest = MESSAGES;
    while let Some(((known, variables), others)) = rest.split_first() {
        if same(known, id) {
            return same_set(variables, names);
        }
        rest = others;
    }
    false
}

// Slices are walked with `split_first`: indexing is not allowed in the library, and these
// run at compile time, where iterators are not available.
const fn same(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.split_first(), b.split_first()) {
            (Some((x, a_rest)), Some((y, b_rest))) if *x == *y => {
                a = a_rest;
                b = b_rest;
            }
            (None, None) => return true,
            _ => return false,
        }
    }
}

const fn contains(names: &[&str], name: &str) -> bool {
    let mut rest = names;
    while let Some((first, others)) = rest.split_first() {
        if same(first, name) {
            return true;
        }
        rest = others;
    }
    false
}

/// The same names, each once (a message's variables are a set).
const fn same_set(a: &[&str], b: &[&str]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut rest = b;
    while let Some((first, others)) = rest.split_first() {
        if !contains(a, first) {
            return false;
        }
        rest = others;
    }
    true
}

type Bundle = FluentBundle<FluentResource>;

/// The files of one language, for the tests.
pub(super) fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    SOURCES
        .iter()
        .filter(move |(code, _, _)| *code == lang.code())
        .map(|(_, name, text)| (*name, *text))
}

fn bundle(lang: Lang) -> Bundle {
    let id = match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Ru => unic_langid::langid!("ru"),
    };
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (_, text) in sources(lang) {
        // A file that does not parse keeps the messages before the error; a test fails on
        // any parse error, so this only guards against a crash.
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // Duplicate ids are also ruled out by a test; the first one stays.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [bundle(Lang::En), bundle(Lang::Ru)]);

pub(super) fn bundle_of(lang: Lang) -> &'static Bundle {
    let [en, ru] = &*BUNDLES;
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// Integers beyond this are not exact as Fluent's (floating-point) numbers, so they are
/// passed as text; plural selection never needs them.
const EXACT_INTEGER: i64 = 1 << 53;

pub(super) fn render(message: &Message, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Word(word) => FluentValue::from(*word),
            Arg::Integer(number) if number.unsigned_abs() < EXACT_INTEGER.unsigned_abs() => {
                FluentValue::from(*number)
            }
            Arg::Integer(number) => FluentValue::from(number.to_string()),
            Arg::Message(inner) => FluentValue::from(inner.render(lang)),
        };
        args.set(*name, value);
    }
    format(message.id, Some(&args), lang).unwrap_or_else(|| message.id.to_owned())
}

/// Message `id` in `lang`, else in English (the tests make sure no message lacks a
/// translation); `None` when neither has it.
pub(super) fn format(id: &str, args: Option<&FluentArgs<'_>>, lang: Lang) -> Option<String> {
    [lang, Lang::En].into_iter().find_map(|lang| {
        let bundle = bundle_of(lang);
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    })
}
