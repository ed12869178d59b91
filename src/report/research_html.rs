//! The HTML page's sections on segments and research: the segment × stage channel matrix,
//! the evidence behind each stage and the sources. Rendered from the report model only,
//! with maud escaping every text from the map.

use maud::{Markup, html};

use super::html::heading;
use super::locale::Locale;
use super::model::MapReport;

/// Shown for a value the map does not give.
const NONE: &str = "—";

/// The channel matrix (for maps of several segments), then evidence and sources (for maps
/// that list sources).
pub fn sections(locale: &Locale, map: &MapReport<'_>, level: usize) -> Markup {
    let words = &locale.words.research;
    let count = |count: usize| locale.integer(i64::try_from(count).unwrap_or(i64::MAX));
    html! {
        @if map.channel_matrix.len() > 1 {
            section class="channel-matrix" {
                (heading(level, html! { (words.channel_matrix) }))
                table class="matrix" {
                    thead {
                        tr {
                            th scope="col" { (locale.words.segment) }
                            @for point in &map.emotion_curve {
                                th scope="col" { (locale.stage(&point.stage)) }
                            }
                        }
                    }
                    tbody {
                        @for row in &map.channel_matrix {
                            tr {
                                th scope="row" { (row.segment) }
                                @for cell in &row.stages {
                                    @if cell.touchpoints == 0 {
                                        td class="not-reached" { (words.not_reached) }
                                    } @else if cell.channels.is_empty() {
                                        td { (words.no_channel) }
                                    } @else {
                                        td {
                                            ul { @for channel in &cell.channels { li { (channel) } } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !map.sources.is_empty() {
            section class="evidence" {
                (heading(level, html! { (words.evidence) }))
                table {
                    thead {
                        tr {
                            th scope="col" { (locale.words.stage) }
                            th scope="col" { (words.backed) }
                            th scope="col" { (words.backed_share) }
                            th scope="col" { (words.cited_sources) }
                        }
                    }
                    tbody {
                        @for stage in &map.evidence {
                            tr {
                                th scope="row" { (locale.stage(&stage.stage)) }
                                td class="number" { (words.of(&count(stage.backed), &count(stage.claims))) }
                                td class="number" {
                                    (stage.backed_share.map_or_else(|| NONE.to_owned(), |share| locale.percent(share)))
                                }
                                td { (if stage.sources.is_empty() { NONE.to_owned() } else { stage.sources.join(", ") }) }
                            }
                        }
                    }
                }
                (heading(level, html! { (words.sources) }))
                table class="sources" {
                    thead {
                        tr {
                            @for label in [words.source, words.kind, words.date, words.size, words.cited_by] {
                                th scope="col" { (label) }
                            }
                        }
                    }
                    tbody {
                        @for source in &map.sources {
                            tr {
                                th scope="row" { (source.name.or(source.id).unwrap_or(NONE)) }
                                td { (source.kind.map_or(NONE, |kind| words.kind_of(kind))) }
                                td {
                                    (source.date.map_or_else(|| NONE.to_owned(), |date| date.to_string()))
                                    @if source.stale { " " strong class="stale" { (words.stale_source) } }
                                }
                                td class="number" { (source.size.map_or_else(|| NONE.to_owned(), |size| locale.integer(size))) }
                                td class="number" { (count(source.cited_by)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
