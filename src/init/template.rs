//! The templates `cjm init` starts from, read from the files in `templates/`: the stages,
//! segments and channels of each, every name in each language. What every template shares
//! (the 5W prompts, the placeholder text) is in [`super::wording`].

use serde::Deserialize;

use crate::cli::TemplateName;
use crate::report::Lang;

/// A text in each language `cjm init` writes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    en: String,
    ru: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// One line for `cjm init --list` and the template question.
    pub summary: Localized,
    pub segments: Vec<Named>,
    pub channels: Vec<Named>,
    pub stages: Vec<StagePlan>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: String,
    pub name: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StagePlan {
    pub id: String,
    pub name: Localized,
    /// The channel of the stage's touchpoint; the template's first channel when absent.
    pub channel: Option<String>,
    /// The name of the stage's KPI.
    pub kpi: Localized,
}

impl TemplateName {
    pub const ALL: [Self; 3] = [Self::Seed5, Self::Classic, Self::B2b];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Seed5 => "seed5",
            Self::Classic => "classic",
            Self::B2b => "b2b",
        }
    }

    const fn source(self) -> &'static str {
        match self {
            Self::Seed5 => include_str!("templates/seed5.yaml"),
            Self::Classic => include_str!("templates/classic.yaml"),
            Self::B2b => include_str!("templates/b2b.yaml"),
        }
    }

    /// The template's content. The files are part of the build and tested, so a failure
    /// here is a defect of `cjm` itself, reported rather than panicked on.
    pub fn load(self) -> Result<Template, String> {
        serde_saphyr::from_str(self.source())
            .map_err(|error| format!("template `{}` is broken: {error}", self.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_loads_with_five_or_more_stages_and_known_channels() {
        for name in TemplateName::ALL {
            let template = name.load().unwrap();
            assert!(template.stages.len() >= 5, "{}", name.as_str());
            assert!(!template.segments.is_empty() && !template.channels.is_empty());
            for stage in &template.stages {
                if let Some(channel) = &stage.channel {
                    assert!(template.channels.iter().any(|known| &known.id == channel));
                }
            }
        }
    }
}
