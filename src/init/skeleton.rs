//! Writing a skeleton map: every key of the format, placeholders where the author writes.

use std::fmt::Write;

use jiff::civil::Date;

use super::template::Template;
use super::wording::wording;
use crate::map::FORMAT_VERSION;
use crate::quote::double_quoted;
use crate::report::Lang;

/// The id of the skeleton's one placeholder source, which its stage emotions cite.
const SOURCE_ID: &str = "research";

/// A segment of the new map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentName {
    pub id: String,
    pub name: String,
}

/// What the author chose, by flag, by answer or by default.
#[derive(Debug)]
pub struct Answers {
    pub lang: Lang,
    pub title: String,
    pub owner: String,
    pub segments: Vec<SegmentName>,
    pub reviewed: Date,
    /// Where editors find the schema.
    pub schema: String,
}

/// The text of the new map file.
pub fn render(template: &Template, answers: &Answers) -> String {
    let lang = answers.lang;
    let words = wording(lang);
    let q = |text: &str| double_quoted(text);
    let mut out = String::with_capacity(4096);
    // `write!` into a String cannot fail.
    let _ = writeln!(out, "# yaml-language-server: $schema={}", answers.schema);
    let _ = writeln!(out, "# {}", words.next_steps);
    let _ = writeln!(out, "cjm: {FORMAT_VERSION}");
    let _ = writeln!(out, "title: {}", q(&answers.title));
    let _ = writeln!(out, "owner: {}", q(&answers.owner));
    let _ = writeln!(out, "description: {}", q(words.description));
    let _ = writeln!(out, "reviewed: {}", answers.reviewed);
    let _ = writeln!(out, "reviewed_by: {}", q(&answers.owner));
    out.push_str("segments:\n");
    for segment in &answers.segments {
        let _ = writeln!(out, "  - id: {}", q(&segment.id));
        let _ = writeln!(out, "    name: {}", q(&segment.name));
        for (key, prompt) in [
            ("who", words.who),
            ("what", words.what),
            ("why", words.why),
            ("when", words.when),
            ("where", words.where_),
        ] {
            let _ = writeln!(out, "    {key}: {}", q(prompt));
        }
    }
    out.push_str("channels:\n");
    for channel in &template.channels {
        let _ = writeln!(
            out,
            "  - {{id: {}, name: {}}}",
            q(&channel.id),
            q(channel.name.get(lang))
        );
    }
    // issue 13: evidence, matrix
    out.push_str("sources:\n");
    let _ = writeln!(
        out,
        "  - {{id: {}, kind: interview, name: {}, date: {}, size: 0}}",
        q(SOURCE_ID),
        q(words.source),
        answers.reviewed
    );
    let segment_ids: Vec<String> = answers.segments.iter().map(|s| q(&s.id)).collect();
    let segment_ids = segment_ids.join(", ");
    let first_channel = template.channels.first().map_or("", |c| c.id.as_str());
    let first_stage = template.stages.first().map_or("", |s| s.id.as_str());
    out.push_str("stages:\n");
    for stage in &template.stages {
        let channel = stage.channel.as_deref().unwrap_or(first_channel);
        let _ = writeln!(out, "  - id: {}", q(&stage.id));
        let _ = writeln!(out, "    name: {}", q(stage.name.get(lang)));
        let _ = writeln!(out, "    goals: [{}]", q(words.goal));
        let _ = writeln!(out, "    needs: [{}]", q(words.need));
        out.push_str("    touchpoints:\n");
        let _ = writeln!(
            out,
            "      - {{name: {}, channel: {}, segments: [{segment_ids}], emotion: 0}}",
            q(words.touchpoint),
            q(channel)
        );
        out.push_str("    emotion: 0\n");
        let _ = writeln!(out, "    emotion_evidence: [{}]", q(SOURCE_ID));
        out.push_str("    pains:\n");
        let _ = writeln!(out, "      - {{text: {}, severity: medium}}", q(words.pain));
        let _ = writeln!(out, "    opportunities: [{}]", q(words.opportunity));
        out.push_str("    kpis:\n");
        let _ = writeln!(
            out,
            "      - {{name: {}, target: 0, actual: 0, unit: {}, better: higher, risks: [{}]}}",
            q(stage.kpi.get(lang)),
            q(words.kpi_unit),
            q(words.risk)
        );
        out.push_str("    funnel: {entered: 0, advanced: 0}\n");
        journey_keys(&mut out, template, stage, first_stage, words, channel);
    }
    out
}

// issue 13: triggers, loops, risks
/// A stage's risks; once, a loop from the second stage back to the first, to show how one
/// is written; and the three kinds of trigger on the last stage, where they bring the
/// customer back.
fn journey_keys(
    out: &mut String,
    template: &Template,
    stage: &super::template::StagePlan,
    first_stage: &str,
    words: &super::wording::InitWording,
    channel: &str,
) {
    let q = |text: &str| double_quoted(text);
    let _ = writeln!(
        out,
        "    risks:\n      - {{text: {}, likelihood: medium, mitigation: {}}}",
        q(words.risk),
        q(words.mitigation)
    );
    let is_second = template
        .stages
        .get(1)
        .is_some_and(|second| std::ptr::eq(second, stage));
    if is_second {
        let _ = writeln!(
            out,
            "    returns_to: {{stage: {}, share: 0, when: {}}}",
            q(first_stage),
            q(words.loop_when)
        );
    }
    let is_last = template
        .stages
        .last()
        .is_some_and(|last| std::ptr::eq(last, stage));
    if is_last {
        out.push_str("    triggers:\n");
        for (kind, name) in [
            ("instrumental", words.trigger_instrumental),
            ("product", words.trigger_product),
            ("random", words.trigger_random),
        ] {
            let _ = writeln!(
                out,
                "      - {{name: {}, kind: {kind}, channel: {}}}",
                q(name),
                q(channel)
            );
        }
    }
}

/// Ids for segments the author named: the name in lower case, words joined by `-`, unique
/// within the map. Any script is kept (`молодая-семья`); an empty result gets a number.
pub fn segment_ids(names: &[String]) -> Vec<SegmentName> {
    let mut segments: Vec<SegmentName> = Vec::with_capacity(names.len());
    for (index, name) in names.iter().enumerate() {
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect();
        let base = if words.is_empty() {
            format!("segment-{}", index + 1)
        } else {
            words.join("-")
        };
        let mut id = base.clone();
        let mut suffix = 2;
        while segments.iter().any(|segment| segment.id == id) {
            id = format!("{base}-{suffix}");
            suffix += 1;
        }
        segments.push(SegmentName {
            id,
            name: name.clone(),
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_ids_keep_the_script_and_stay_unique() {
        let names = ["Молодая семья", "молодая  семья!", "???", "B2B buyer"].map(String::from);
        let ids: Vec<String> = segment_ids(&names).into_iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            ["молодая-семья", "молодая-семья-2", "segment-3", "b2b-buyer"]
        );
    }
}
