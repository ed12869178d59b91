//! Errors that stop a command from running as asked (exit code 2). Problems in map files
//! are not errors of this kind: they are findings.

use std::io;
use std::path::PathBuf;

use crate::source::display_path;

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum CjmError {
    #[error("no map file found in {}", paths_list(paths))]
    #[diagnostic(code(cjm::no_maps), help("{}", no_maps_help(include, exclude)))]
    NoMaps {
        paths: Vec<PathBuf>,
        /// The `include` globs in force.
        include: Vec<String>,
        /// The `exclude` globs in force.
        exclude: Vec<String>,
    },
    #[error("cannot read `{}`: {}", display_path(path), describe_io(error))]
    #[diagnostic(
        code(cjm::path),
        help("check the path; directories are searched for *.cjm.yaml and *.cjm.yml files")
    )]
    Path { path: PathBuf, error: io::Error },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("invalid glob in the configuration: {0}")]
    #[diagnostic(code(cjm::config))]
    Glob(#[from] globset::Error),
    #[error("unknown rule `{name}`")]
    #[diagnostic(code(cjm::rules), help("{suggestion}"))]
    UnknownRule { name: String, suggestion: String },
    #[error("cannot write `{}`: {}", display_path(path), describe_io(error))]
    #[diagnostic(
        code(cjm::write),
        help("check that the directory exists and is writable")
    )]
    Write { path: PathBuf, error: io::Error },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Init(#[from] crate::init::InitError),
    #[error("not inside a git repository")]
    #[diagnostic(
        code(cjm::git),
        help("run `cjm diff --git` in a git work tree, or compare two paths: `cjm diff OLD NEW`")
    )]
    NotAGitRepository,
    #[error("git: {message}")]
    #[diagnostic(code(cjm::git))]
    Git { message: String },
    #[error("cannot write the output: {0}")]
    #[diagnostic(code(cjm::output))]
    Output(#[from] io::Error),
}

fn paths_list(paths: &[PathBuf]) -> String {
    let quoted: Vec<String> = paths
        .iter()
        .map(|path| format!("{:?}", display_path(path)))
        .collect();
    quoted.join(", ")
}

/// What a walk looks for, so a mistyped `include` shows itself.
fn no_maps_help(include: &[String], exclude: &[String]) -> String {
    let globs = |globs: &[String]| {
        globs
            .iter()
            .map(|glob| format!("`{glob}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut help = format!(
        "directories are searched for files that match `include`: {}",
        globs(include)
    );
    if !exclude.is_empty() {
        help.push_str(&format!(", skipping `exclude`: {}", globs(exclude)));
    }
    help.push_str("; check the path and `include` in .cjm.yaml, or name the map files");
    help
}

fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => error.to_string(),
    }
}
