//! The questions `cjm init` asks in a terminal, each with the flag's value or the default
//! pre-filled, so pressing Enter throughout writes the same map as the flags alone would.

use dialoguer::{Input, Select};

use super::Choices;
use super::template::Template;
use super::wording::wording;
use crate::cli::{InitArgs, TemplateName};
use crate::report::Lang;

/// Asks what the flags did not say. Questions are drawn on standard error.
pub(super) fn ask(choices: &mut Choices, args: &InitArgs) -> Result<(), dialoguer::Error> {
    if args.lang.is_none() {
        let languages = ["en: English", "ru: русский"];
        let picked = Select::new()
            .with_prompt("Language of the stage names and placeholders")
            .items(languages)
            .default(0)
            .interact()?;
        choices.lang = if picked == 1 { Lang::Ru } else { Lang::En };
    }
    let lang = choices.lang;
    let templates: Vec<(TemplateName, Option<Template>)> = TemplateName::ALL
        .into_iter()
        .map(|name| (name, name.load().ok()))
        .collect();
    let items: Vec<String> = templates
        .iter()
        .map(|(name, template)| match template {
            Some(template) => format!("{}: {}", name.as_str(), template.summary.get(lang)),
            None => name.as_str().to_owned(),
        })
        .collect();
    let picked = Select::new()
        .with_prompt("Template")
        .items(&items)
        .default(0)
        .interact()?;
    if let Some((name, _)) = templates.get(picked) {
        choices.template = *name;
    }
    if args.title.is_none() {
        let title: String = Input::new()
            .with_prompt("Title")
            .default(wording(lang).title.to_owned())
            .interact_text()?;
        choices.title = Some(title);
    }
    if args.owner.is_none() {
        let owner: String = Input::new()
            .with_prompt("Owner")
            .default(
                choices
                    .owner
                    .clone()
                    .unwrap_or_else(|| wording(lang).owner.to_owned()),
            )
            .interact_text()?;
        choices.owner = Some(owner);
    }
    let default_segments = templates
        .iter()
        .find(|(name, _)| *name == choices.template)
        .and_then(|(_, template)| template.as_ref())
        .map(|template| {
            template
                .segments
                .iter()
                .map(|segment| segment.name.get(lang))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let segments: String = Input::new()
        .with_prompt("Segments (comma-separated)")
        .default(default_segments.clone())
        .interact_text()?;
    if segments.trim() != default_segments {
        let names = segments
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        choices.segments = Some(names);
    }
    Ok(())
}
