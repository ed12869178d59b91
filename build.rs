//! Reads the English Fluent catalogue (`locales/en/*.ftl`) into a table of message ids and
//! their variables, which `msg!` checks every call against at compile time: a misspelt id or
//! variable does not build. The other languages are compared with English in the tests.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use fluent_syntax::ast::Entry;

#[path = "src/i18n/variables.rs"]
mod variables;

fn ftl_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{} is not readable: {error}", dir.display()))
        .map(|entry| entry.expect("a locales directory lists").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("locales");
    // Every file of every language, embedded in the binary.
    let mut sources = String::from("pub(crate) const SOURCES: &[(&str, &str, &str)] = &[\n");
    for lang in ["en", "ru"] {
        for path in ftl_files(&root.join(lang)) {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .expect("a UTF-8 name");
            writeln!(
                sources,
                "    ({lang:?}, {name:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .expect("writing to a String");
        }
    }
    sources.push_str("];\n");
    let mut table = String::from("pub(crate) const MESSAGES: &[(&str, &[&str])] = &[\n");
    for path in ftl_files(&root.join("en")) {
        let text = fs::read_to_string(&path).expect("an .ftl file is UTF-8");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                let mut found = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables::of_pattern(value, &mut found);
                }
                let names: Vec<String> = found.iter().map(|name| format!("{name:?}")).collect();
                writeln!(
                    table,
                    "    ({:?}, &[{}]),",
                    message.id.name,
                    names.join(", ")
                )
                .expect("writing to a String");
            }
        }
    }
    table.push_str("];\n");
    table.push_str(&sources);
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    fs::write(out, table).expect("OUT_DIR is writable");
}
