//! The emotion curve as a Mermaid `journey` diagram, which GitHub and GitLab draw from a
//! fenced block.
//!
//! Mermaid's journey lexer has no escapes: `#` starts a comment, `%%` too, `;` and a line
//! break end a statement, `:` separates a task from its score and actors, `,` separates
//! actors, and a line starting with `journey`, `title `, `section `, `accTitle` or
//! `accDescr` is read as that statement. Text from the map is therefore rewritten to avoid
//! all of these while reading the same to a person; see [`clean`].

use std::fmt::Write as _;

use super::locale::Locale;
use super::model::{MapReport, StageEmotion, five_point};
use crate::rules::EmotionScale;

/// How many touchpoint tasks a diagram shows before it shows one task per stage instead: at
/// wiki width, Mermaid draws eight or more tasks too narrow to read.
pub const MAX_TOUCHPOINT_TASKS: usize = 7;

/// The diagram's lines, or `None` when nothing has a score to draw.
///
/// One section per stage, scored on Mermaid's 1–5 scale. With few enough touchpoints, one
/// task per touchpoint, its actors the segments it concerns; a touchpoint without a score
/// of its own or its stage's is left out, and so is a stage left with no touchpoint. With
/// more, one task per stage with the stage's score, named by its number of touchpoints
/// (the journey table lists them), its actors every segment its touchpoints concern.
pub fn journey(map: &MapReport<'_>, scale: EmotionScale, locale: &Locale) -> Option<String> {
    let scored = map
        .emotion_curve
        .iter()
        .flat_map(|stage| &stage.touchpoints)
        .filter(|touchpoint| touchpoint.emotion.is_some())
        .count();
    let sections = if scored > MAX_TOUCHPOINT_TASKS {
        stage_tasks(map, scale, locale)
    } else {
        touchpoint_tasks(map, scale, locale)
    };
    if sections.is_empty() {
        return None;
    }
    let title = clean(locale.map_title(map), Place::Title);
    Some(format!("journey\n  title {}\n{sections}", or_dash(title)))
}

/// A section line for a stage.
fn section(stage: &StageEmotion<'_>, locale: &Locale) -> String {
    let mut section = clean(&locale.stage(&stage.stage), Place::Section);
    if section.is_empty() {
        section = clean(&locale.unnamed_stage(stage.stage.index), Place::Section);
    }
    format!("  section {section}\n")
}

/// `    name: score: actor, actor`
fn task<'a>(name: &str, score: u8, actors: impl Iterator<Item = &'a str>) -> String {
    let actors: Vec<String> = actors
        .map(|segment| clean(segment, Place::Actor))
        .filter(|actor| !actor.is_empty())
        .collect();
    let mut task = format!("    {}: {score}", or_dash(clean(name, Place::Task)));
    if !actors.is_empty() {
        let _ = write!(task, ": {}", actors.join(", "));
    }
    task.push('\n');
    task
}

fn stage_tasks(map: &MapReport<'_>, scale: EmotionScale, locale: &Locale) -> String {
    let mut sections = String::new();
    for stage in &map.emotion_curve {
        let Some(emotion) = stage.emotion else {
            continue;
        };
        let mut actors: Vec<&str> = Vec::new();
        for segment in stage
            .touchpoints
            .iter()
            .flat_map(|touchpoint| &touchpoint.segments)
        {
            if !actors.contains(segment) {
                actors.push(segment);
            }
        }
        let count = i64::try_from(stage.touchpoints.len()).unwrap_or(i64::MAX);
        let name = locale.count(count, &locale.words.touchpoint_count);
        sections.push_str(&section(stage, locale));
        sections.push_str(&task(&name, five_point(scale, emotion), actors.into_iter()));
    }
    sections
}

fn touchpoint_tasks(map: &MapReport<'_>, scale: EmotionScale, locale: &Locale) -> String {
    let mut sections = String::new();
    for stage in &map.emotion_curve {
        let mut tasks = String::new();
        for touchpoint in &stage.touchpoints {
            let Some(emotion) = touchpoint.emotion else {
                continue;
            };
            tasks.push_str(&task(
                touchpoint.name.unwrap_or_default(),
                five_point(scale, emotion as f64),
                touchpoint.segments.iter().copied(),
            ));
        }
        if !tasks.is_empty() {
            sections.push_str(&section(stage, locale));
            sections.push_str(&tasks);
        }
    }
    sections
}

fn or_dash(text: String) -> String {
    if text.is_empty() {
        "—".to_owned()
    } else {
        text
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Title,
    Section,
    Task,
    Actor,
}

/// `text` made safe for one place of a journey diagram:
/// - line breaks and other control characters become spaces, and runs of spaces one space;
/// - `#` is dropped and `%%` becomes `%` (both start comments);
/// - `;` becomes `,`, except in an actor, where `,` and `;` become spaces;
/// - outside the title, a colon ending a word ("Webinar: how") becomes a dash ("Webinar —
///   how"), and one inside a word ("10:30") the look-alike ratio sign `∶`;
/// - a task that would start with a keyword gets an invisible zero-width space in front,
///   which the lexer does not skip as white space.
fn clean(text: &str, place: Place) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|next| next.is_whitespace());
        match c {
            '#' => {}
            '%' if out.ends_with('%') => {}
            ';' | ',' if place == Place::Actor => out.push(' '),
            ';' => out.push(','),
            ':' if place != Place::Title && next_is_space => out.push_str(" —"),
            ':' if place != Place::Title => out.push('∶'),
            c if c.is_whitespace() || c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    let mut out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if place == Place::Task && starts_with_keyword(&out) {
        out.insert(0, '\u{200b}');
    }
    out
}

fn starts_with_keyword(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["journey", "acctitle", "accdescr"]
        .iter()
        .any(|keyword| lower.starts_with(keyword))
        || ["title", "section"].iter().any(|keyword| {
            lower
                .strip_prefix(keyword)
                .is_some_and(|rest| rest.starts_with(char::is_whitespace))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_characters_are_rewritten() {
        assert_eq!(
            clean("Webinar: where\ndo #1 shoppers; go? 10:30", Place::Task),
            "Webinar — where do 1 shoppers, go? 10∶30"
        );
        assert_eq!(clean("Sale: 50%% off", Place::Title), "Sale: 50% off");
        assert_eq!(
            clean("Пары, с детьми; 30+", Place::Actor),
            "Пары с детьми 30+"
        );
        assert_eq!(clean("Оценка:", Place::Section), "Оценка —");
        assert_eq!(clean(" \t\r\n", Place::Section), "");
    }

    #[test]
    fn tasks_never_start_with_a_keyword() {
        for name in ["Journey planner", "title page", "Section 5", "accDescr {x}"] {
            assert!(clean(name, Place::Task).starts_with('\u{200b}'), "{name}");
        }
        for name in ["Titles", "Sectional sofa", "My journey"] {
            assert!(!clean(name, Place::Task).starts_with('\u{200b}'), "{name}");
        }
    }
}
