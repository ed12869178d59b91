//! The language of everything `cjm` says, from one Fluent catalogue (`locales/<lang>/*.ftl`).
//!
//! Texts are [`Message`]s: an id and arguments, not words. A finding carries messages, and
//! each output renders them in the run's language at the very end, so the same findings can
//! be written in English and in Russian, and machine ids (rule codes, SARIF ids, GitLab
//! fingerprints) never depend on the language. [`msg!`](crate::msg) builds a message and
//! checks at compile time that the English catalogue has the id with exactly those variables.
//!
//! Fluent's Unicode isolation marks (FSI/PDI around every variable) are turned off: the text
//! goes to terminals, CI logs and reports, where they show as stray characters.

mod catalogue;
mod choice;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod variables;

use std::borrow::Cow;
use std::fmt;

pub use catalogue::declares;
pub use choice::{from_locale_env, from_locale_name};

/// A language `cjm` speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Self; 2] = [Self::En, Self::Ru];

    /// The language's BCP 47 tag, as HTML's `lang` and `.cjm.yaml`'s `lang:` write it.
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The text of a message without arguments, in this language.
    pub fn text(self, id: &'static str) -> String {
        Message::new(id).render(self)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The text of message `id` (made at run time, such as a rule's `rule-<name>-why`), which
/// takes no variables; `None` when the catalogue has no such message.
pub fn lookup(id: &str, lang: Lang) -> Option<String> {
    catalogue::format(id, None, lang)
}

/// A text to show, before it has a language: a catalogue id and the values of its variables.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// The value of one variable of a [`Message`].
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a key, a value from the map, a figure already formatted.
    Text(String),
    /// A word of the program's own, such as an element's noun: text that needs no copy.
    Word(&'static str),
    /// A whole number: shown as written, and selecting the plural form in `{ $n -> … }`.
    Integer(i64),
    /// Another message, rendered in the same language (a noun phrase such as "stage `x`").
    Message(Box<Message>),
}

impl Message {
    /// A message by id; prefer [`msg!`](crate::msg), which checks the id at compile time.
    /// This is for ids made at run time (a rule's documentation), which tests check.
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Text shown as it is in every language: an operating system's error, a parser's own
    /// words. Everything `cjm` itself says has a catalogue message instead.
    pub fn verbatim(text: impl Into<String>) -> Self {
        crate::msg!("verbatim", text = text.into())
    }

    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`. A missing id or variable (which the tests rule out) shows the
    /// id rather than failing: a message is never worth a crash.
    pub fn render(&self, lang: Lang) -> String {
        catalogue::render(self, lang)
    }

    /// The message in English: the language-independent form machine outputs compute
    /// identities (GitLab fingerprints) and orders from.
    pub fn english(&self) -> String {
        self.render(Lang::En)
    }
}

/// A message in a JSON document is its English text: JSON is data, the same whatever the
/// language of the run (the report and diff JSON say so in their schemas).
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(text: Cow<'_, str>) -> Self {
        Self::Text(text.into_owned())
    }
}

impl From<i64> for Arg {
    fn from(number: i64) -> Self {
        Self::Integer(number)
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Self {
        Self::Integer(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Self::Message(Box::new(message))
    }
}

/// Builds a [`Message`]: `msg!("unknown-key", key = name)`. The English catalogue must have
/// the id with exactly these variables, or the crate does not compile.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        const _: () = assert!(
            $crate::i18n::declares($id, &[$(stringify!($name)),*]),
            concat!("no message `", $id, "` with these variables in locales/en")
        );
        $crate::i18n::Message::new($id)$(.with(stringify!($name), $value))*
    }};
}
