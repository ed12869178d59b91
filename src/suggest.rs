//! "Did you mean …?" for misspelt keys and references.

use crate::i18n::Message;
use crate::msg;

/// The known name closest to `input`, if one is close enough to be a likely typo.
///
/// Uses the optimal string alignment distance (a swapped pair of letters costs one edit, so
/// `touchpionts` is one edit from `touchpoints`) over characters, so Cyrillic ids are
/// compared letter by letter. The allowance grows with length: one edit for short names, up
/// to a third of the name for long ones.
pub fn closest<'a>(input: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    closest_preferring(input, known.into_iter().map(|candidate| (candidate, false)))
}

/// Like [`closest`], but a close candidate marked `true` wins over any unmarked one: a key
/// an element lacks is a likelier meaning of a typo than one it already has.
pub fn closest_preferring<'a>(
    input: &str,
    known: impl IntoIterator<Item = (&'a str, bool)>,
) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    let length = input.chars().count();
    let allowance = (length / 3).max(1);
    known
        .into_iter()
        .filter(|(candidate, _)| *candidate != input)
        // The distance is at least the difference in length: skip the work when that
        // alone is too far, as it is for most candidates of a long or hostile name.
        .filter(|(candidate, _)| candidate.chars().count().abs_diff(length) <= allowance)
        .map(|(candidate, preferred)| (!preferred, distance(&input_lower, candidate), candidate))
        .filter(|(_, distance, _)| *distance <= allowance)
        .min()
        .map(|(_, _, candidate)| candidate)
}

/// Whether `candidate` is closer to `input` than every other name of `others`: then a fix
/// may rename `input` to it, where a tie would be a guess.
pub fn is_only_closest<'a>(
    input: &str,
    candidate: &str,
    others: impl IntoIterator<Item = &'a str>,
) -> bool {
    let input_lower = input.to_lowercase();
    let best = distance(&input_lower, candidate);
    others
        .into_iter()
        .filter(|other| *other != candidate)
        .all(|other| distance(&input_lower, other) > best)
}

/// The edit distance between a lower-cased input and a candidate, ignoring case.
fn distance(input_lower: &str, candidate: &str) -> usize {
    if candidate.chars().any(char::is_uppercase) {
        strsim::osa_distance(input_lower, &candidate.to_lowercase())
    } else {
        strsim::osa_distance(input_lower, candidate)
    }
}

/// The help line for an unknown name: the closest match, or else what is allowed.
/// `what` introduces the list ("the levels are"); with no names at all the help says that
/// none is declared.
pub fn help(input: &str, known: &[&str], what: Message) -> Message {
    match closest(input, known.iter().copied()) {
        Some(candidate) => msg!("did-you-mean", name = candidate),
        None if known.is_empty() => msg!("none-declared", what = what),
        None => msg!("choices", what = what, names = list(known)),
    }
}

/// `a`, `b` and `c`, shortened after a dozen names.
pub fn list(names: &[&str]) -> Message {
    listed(names, 12)
}

/// Every one of a fixed set of names, such as the keys of an element: a list the format
/// bounds, not the map.
pub fn list_all(names: &[&str]) -> Message {
    listed(names, names.len())
}

fn listed(names: &[&str], shown_at_most: usize) -> Message {
    let shown: Vec<String> = names
        .iter()
        .take(shown_at_most)
        .map(|name| format!("`{name}`"))
        .collect();
    let shown = shown.join(", ");
    if names.len() > shown_at_most {
        msg!(
            "name-list-more",
            names = shown,
            more = names.len() - shown_at_most
        )
    } else {
        msg!("name-list", names = shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const STAGE_KEYS: [&str; 5] = ["goals", "needs", "touchpoints", "emotion", "pains"];

    #[test]
    fn typos_find_their_key() {
        assert_eq!(closest("touchpionts", STAGE_KEYS), Some("touchpoints"));
        assert_eq!(closest("Goals", STAGE_KEYS), Some("goals"));
        assert_eq!(closest("emotions", STAGE_KEYS), Some("emotion"));
        assert_eq!(closest("сайтт", ["сайт", "почта"]), Some("сайт"));
    }

    #[test]
    fn a_preferred_candidate_wins_when_it_is_close() {
        let keys = [("when", false), ("where", true)];
        assert_eq!(closest_preferring("wher", keys), Some("where"));
        assert_eq!(closest_preferring("whn", keys), Some("when"));
    }

    #[test]
    fn a_tie_is_not_the_only_closest() {
        assert!(is_only_closest("chanel", "channel", ["name", "channel"]));
        assert!(!is_only_closest("whe", "when", ["when", "where", "why"]));
    }

    #[test]
    fn unrelated_words_find_nothing() {
        assert_eq!(closest("этапы", STAGE_KEYS), None);
        assert_eq!(closest("x", STAGE_KEYS), None);
    }

    #[test]
    fn help_lists_the_choices_when_nothing_is_close() {
        let what = || msg!("the-keys-are");
        assert_eq!(
            help("touchpionts", &STAGE_KEYS, what()).english(),
            "did you mean `touchpoints`?"
        );
        assert_eq!(
            help("touchpionts", &STAGE_KEYS, what()).render(Lang::Ru),
            "возможно, вы имели в виду `touchpoints`?"
        );
        assert_eq!(
            help("этапы", &["a", "b"], what()).english(),
            "the keys are: `a`, `b`"
        );
        let many: Vec<String> = (0..14).map(|n| format!("k{n}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(list(&many).render(Lang::Ru).ends_with("`k11` и ещё 2"));
    }
}
