//! `cjm init`: start a new map from a template, by flags or by answering a few questions.
//!
//! The file is written only once everything is known: the target is checked (it must not
//! exist without `--force`, and its name must be one the directory walk picks up) before any
//! question is asked, and the file appears whole or not at all.

mod prompt;
pub mod skeleton;
pub mod template;
pub mod wording;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::ExitStatus;
use crate::atomic_write::{Inputs, create_file, write_file};
use crate::cli::{InitArgs, TemplateName};
use crate::config::Config;
use crate::error::CjmError;
use crate::freshness::system_today;
use crate::output::escape_controls;
use crate::report::Lang;
use crate::source::display_path;
use skeleton::{Answers, SegmentName};

/// Why `cjm init` wrote nothing.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum InitError {
    #[error("`{}` already exists", display_path(path))]
    #[diagnostic(
        code(cjm::init),
        help("pass --force to replace it, or name another file")
    )]
    Exists { path: PathBuf },
    #[error(
        "`{}` is not a name `cjm validate` picks up when it searches a directory",
        display_path(path)
    )]
    #[diagnostic(
        code(cjm::init),
        help(
            "name the file *.cjm.yaml or *.cjm.yml (or as the `include` globs of .cjm.yaml \
             say), or pass --any-name to write it anyway: it is then checked only when named \
             on the command line"
        )
    )]
    NotPickedUp { path: PathBuf },
    #[error("the questions were not answered: {0}")]
    #[diagnostic(
        code(cjm::init),
        help("pass --template and the other flags to skip them")
    )]
    Prompt(String),
    #[error("{0}")]
    #[diagnostic(code(cjm::init))]
    Template(String),
}

/// Runs `cjm init` in `working_dir`.
pub fn run(args: &InitArgs, working_dir: &Path) -> Result<ExitStatus, CjmError> {
    let mut out = io::stdout().lock();
    if args.list {
        out.write_all(list().as_bytes())?;
        out.flush()?;
        return Ok(ExitStatus::Success);
    }
    check_target(args, working_dir)?;
    let mut choices = Choices::from_flags(args, working_dir);
    let interactive =
        args.template.is_none() && io::stdin().is_terminal() && io::stderr().is_terminal();
    if interactive {
        prompt::ask(&mut choices, args).map_err(|error| InitError::Prompt(error.to_string()))?;
    }
    let name = choices.template;
    let template = name.load().map_err(InitError::Template)?;
    let answers = choices.into_answers(&template, args);
    let text = skeleton::render(&template, &answers);
    let write = |out: &mut dyn Write| out.write_all(text.as_bytes());
    let written = if args.force {
        // `--force` replaces whatever is there; the file is the command's output, not an input.
        write_file(&args.file, &Inputs::none(), write)
    } else {
        create_file(&args.file, write)
    };
    written.map_err(|error| match error {
        CjmError::Write { error, .. } if error.kind() == io::ErrorKind::AlreadyExists => {
            CjmError::from(InitError::Exists {
                path: args.file.clone(),
            })
        }
        other => other,
    })?;
    writeln!(
        out,
        "Wrote {}: template {} ({}), {} stages, {} segment{}.\n\
         Next: replace every <placeholder>, then run `cjm validate {}`.",
        escape_controls(&display_path(&args.file)),
        name.as_str(),
        lang_code(answers.lang),
        template.stages.len(),
        answers.segments.len(),
        if answers.segments.len() == 1 { "" } else { "s" },
        escape_controls(&display_path(&args.file)),
    )?;
    out.flush()?;
    Ok(ExitStatus::Success)
}

const fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

/// `cjm init --list`: each template and what it holds.
pub fn list() -> String {
    let mut text = String::new();
    for name in TemplateName::ALL {
        match name.load() {
            Ok(template) => {
                let names = |lang| {
                    let stages: Vec<&str> =
                        template.stages.iter().map(|s| s.name.get(lang)).collect();
                    let segments: Vec<&str> =
                        template.segments.iter().map(|s| s.name.get(lang)).collect();
                    (stages.join(" → "), segments.join(", "))
                };
                let (stages, segments) = names(Lang::En);
                let (stages_ru, segments_ru) = names(Lang::Ru);
                text.push_str(&format!(
                    "{:<8} {}\n         stages: {stages}\n                 {stages_ru}\n         \
                     segments: {segments}\n                   {segments_ru}\n",
                    name.as_str(),
                    template.summary.get(Lang::En),
                ));
            }
            Err(error) => text.push_str(&format!("{:<8} {error}\n", name.as_str())),
        }
    }
    text.push_str("\nEvery template writes every key of the format, the 5W of each segment as prompts, and a KPI and a funnel per stage; --lang ru writes Russian names and prompts.\n");
    text
}

/// Refuses before any question is asked: an existing file (without --force), or a name the
/// directory walk would not pick up (without --any-name).
fn check_target(args: &InitArgs, working_dir: &Path) -> Result<(), CjmError> {
    if !args.force && args.file.symlink_metadata().is_ok() {
        return Err(InitError::Exists {
            path: args.file.clone(),
        }
        .into());
    }
    if !args.any_name {
        let config = Config::discover(working_dir, None)?;
        let filter = config.file_filter(working_dir)?;
        if !filter.includes(&args.file) {
            return Err(InitError::NotPickedUp {
                path: args.file.clone(),
            }
            .into());
        }
    }
    Ok(())
}

/// The choices so far: the flags, else the defaults; the questions may change them.
#[derive(Debug)]
struct Choices {
    template: TemplateName,
    lang: Lang,
    title: Option<String>,
    /// From --owner or git; `None` writes the placeholder.
    owner: Option<String>,
    /// Names the author typed; `None` keeps the template's segments.
    segments: Option<Vec<String>>,
}

impl Choices {
    fn from_flags(args: &InitArgs, working_dir: &Path) -> Self {
        Self {
            template: args.template.unwrap_or_default(),
            lang: args.lang.unwrap_or_default(),
            title: args.title.clone(),
            owner: args.owner.clone().or_else(|| git_user_name(working_dir)),
            segments: None,
        }
    }

    fn into_answers(self, template: &template::Template, args: &InitArgs) -> Answers {
        let lang = self.lang;
        let words = wording::wording(lang);
        let segments = match self.segments {
            Some(names) if !names.is_empty() => skeleton::segment_ids(&names),
            _ => template
                .segments
                .iter()
                .map(|segment| SegmentName {
                    id: segment.id.clone(),
                    name: segment.name.get(lang).to_owned(),
                })
                .collect(),
        };
        let owner = self.owner.unwrap_or_else(|| words.owner.to_owned());
        Answers {
            lang,
            title: self.title.unwrap_or_else(|| words.title.to_owned()),
            owner,
            segments,
            reviewed: args.today.unwrap_or_else(system_today),
            schema: args.schema.clone(),
        }
    }
}

/// `git config user.name`, when git is installed and the name is set.
fn git_user_name(working_dir: &Path) -> Option<String> {
    let output = Command::new("git")
        .args(["config", "user.name"])
        .current_dir(working_dir)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let name = String::from_utf8(output.stdout).ok()?;
    let name = name.trim();
    (output.status.success() && !name.is_empty()).then(|| name.to_owned())
}
