//! `cjm report --format html` and `--format svg` without a browser: golden pages, escaping,
//! self-containment, one point per stage and touchpoint, and SVG that is well-formed XML.
//! `tests/browser.rs` loads the same pages in Chromium.

mod common;

use common::{report, scored_points};

const EXAMPLES: [&str; 3] = [
    "examples/analytics-saas-b2b.cjm.yaml",
    "examples/dental-clinic.ru.cjm.yaml",
    "examples/furniture-store.ru.cjm.yaml",
];
const HOSTILE: &str = "tests/fixtures/report/hostile-html.cjm.yaml";

/// The page and the picture are written on few lines; the snapshots break them between
/// tags so that a change reads as a change of one element.
fn one_tag_a_line(text: &str) -> String {
    text.replace("><", ">\n<")
}

#[test]
fn golden_page_and_picture() {
    let page = report(&[EXAMPLES[2], "--format", "html", "--lang", "ru"]);
    insta::assert_snapshot!("furniture.ru.html", one_tag_a_line(&page));
    let english = report(&[EXAMPLES[2], "--format", "html", "--lang", "en"]);
    insta::assert_snapshot!("furniture.en.html", one_tag_a_line(&english));
    let picture = report(&[EXAMPLES[0], "--format", "svg"]);
    insta::assert_snapshot!("analytics.svg", one_tag_a_line(&picture));
    // issue 13: evidence, matrix
    let page = report(&[
        "tests/fixtures/report/three-segments.cjm.yaml",
        "--format",
        "html",
    ]);
    insta::assert_snapshot!("three-segments.en.html", one_tag_a_line(&page));
    let page = report(&[
        "tests/fixtures/report/three-segments.cjm.yaml",
        "--format",
        "html",
        "--lang",
        "ru",
    ]);
    insta::assert_snapshot!("three-segments.ru.html", one_tag_a_line(&page));
}

/// What a page may not contain: anything fetched from elsewhere.
fn assert_self_contained(page: &str) {
    for outside in ["src=", "<link", "@import", "url(", "http://", "https://"] {
        assert!(!page.contains(outside), "{outside} in the page");
    }
}

#[test]
fn pages_are_self_contained_and_scripts_only_sort() {
    for lang in ["en", "ru"] {
        for example in EXAMPLES {
            let page = report(&[example, "--format", "html", "--lang", lang]);
            assert_self_contained(&page);
            assert!(!page.contains("<script"), "a map page needs no script");
            assert!(page.starts_with("<!DOCTYPE html>"));
            assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        }
        let portfolio = report(&["examples", "--format", "html", "--lang", lang]);
        assert_self_contained(&portfolio);
        assert_eq!(
            portfolio.matches("<script>").count(),
            1,
            "the sorting script"
        );
    }
}

/// Every text from the map is escaped: the one style element and no script survive.
#[test]
fn hostile_text_is_escaped() {
    let page = report(&[HOSTILE, "--format", "html"]);
    assert_eq!(page.matches("<style>").count(), 1);
    assert_eq!(page.matches("</style>").count(), 1);
    for raw in [
        "<script",
        "<img",
        "<svg onload",
        "<b>",
        "<i>",
        "<!--",
        "</textarea>",
    ] {
        assert!(!page.contains(raw), "{raw} came through unescaped");
    }
    assert!(page.contains("&lt;script&gt;alert('title')&lt;/script&gt;"));
    assert!(page.contains("&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;"));
    assert!(page.contains("مرحبا بالعالم"), "right-to-left text is kept");
    let picture = report(&[HOSTILE, "--format", "svg"]);
    roxmltree::Document::parse(&picture).expect("well-formed XML");
    assert!(!picture.contains("<script"));
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&report(&all)).unwrap()
}

#[test]
fn the_curve_has_a_point_per_scored_stage_and_touchpoint() {
    for example in EXAMPLES.into_iter().chain([HOSTILE]) {
        let model = json(&[example]);
        let (stages, touchpoints) = scored_points(&model["maps"][0]);
        assert!(stages > 0 && touchpoints > 0, "{example}");
        for format in ["html", "svg"] {
            let text = report(&[example, "--format", format]);
            assert_eq!(
                text.matches("class=\"stage-point\"").count(),
                stages,
                "{example} {format}"
            );
            assert_eq!(
                text.matches("class=\"touchpoint-point\"").count(),
                touchpoints,
                "{example} {format}"
            );
        }
        let segments = model["maps"][0]["segment_curves"].as_array().unwrap().len();
        let page = report(&[example, "--format", "html"]);
        assert_eq!(
            page.matches("<path class=\"segment-line").count(),
            segments,
            "{example}: one line per segment"
        );
    }
}

#[test]
fn pictures_are_well_formed_svg() {
    for args in [
        &["examples"][..],
        &[EXAMPLES[1], "--lang", "ru"],
        &["tests/fixtures/report"],
    ] {
        let mut all = vec!["--format", "svg"];
        all.extend_from_slice(args);
        let picture = report(&all);
        let document = roxmltree::Document::parse(&picture)
            .unwrap_or_else(|error| panic!("{args:?}: {error}"));
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        assert!(root.attribute("viewBox").is_some());
    }
}
