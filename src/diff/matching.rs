//! Matching the elements of two versions of a map by identity, not by position.
//!
//! An element's identity is a key (a stage's id, a KPI's stage and name, a finding's
//! fingerprint). Elements without a key cannot be followed across versions; they already
//! have a finding of their own and are left out. Two elements with the same key pair up in
//! the order they were written, so a duplicate never makes the other one look changed.
//! Every pass is linear in the number of elements.

use std::collections::HashMap;
use std::hash::Hash;

/// The elements of the old and the new version, paired up.
#[derive(Debug)]
pub struct Matching<T> {
    /// In the old version's order.
    pub removed: Vec<T>,
    /// In the new version's order.
    pub added: Vec<T>,
    /// `(old, new)`, in the new version's order.
    pub kept: Vec<(T, T)>,
}

pub fn match_by<T: Copy, K: Eq + Hash + Clone>(
    old: impl IntoIterator<Item = T>,
    new: impl IntoIterator<Item = T>,
    key: impl Fn(T) -> Option<K>,
) -> Matching<T> {
    let old: Vec<T> = old.into_iter().collect();
    let mut unmatched: HashMap<(K, usize), usize> = HashMap::new();
    let mut occurrences: HashMap<K, usize> = HashMap::new();
    for (index, &item) in old.iter().enumerate() {
        if let Some(key) = key(item) {
            let occurrence = occurrence(&mut occurrences, &key);
            unmatched.insert((key, occurrence), index);
        }
    }
    let mut taken = vec![false; old.len()];
    let mut added = Vec::new();
    let mut kept = Vec::new();
    occurrences.clear();
    for item in new {
        let Some(key) = key(item) else { continue };
        let occurrence = occurrence(&mut occurrences, &key);
        match unmatched.remove(&(key, occurrence)) {
            Some(index) => {
                if let (Some(flag), Some(&before)) = (taken.get_mut(index), old.get(index)) {
                    *flag = true;
                    kept.push((before, item));
                }
            }
            None => added.push(item),
        }
    }
    let removed = old
        .iter()
        .zip(&taken)
        .filter(|&(&item, &taken)| !taken && key(item).is_some())
        .map(|(&item, _)| item)
        .collect();
    Matching {
        removed,
        added,
        kept,
    }
}

/// How many times `key` was seen before, counting this time.
fn occurrence<K: Eq + Hash + Clone>(seen: &mut HashMap<K, usize>, key: &K) -> usize {
    let count = seen.entry(key.clone()).or_insert(0);
    *count += 1;
    *count - 1
}

/// The positions of `sequence` outside one of its longest increasing subsequences: the
/// elements that moved, when `sequence` holds the old positions of the kept elements in
/// their new order. Moving one stage to the front then moves that stage alone, not every
/// stage it jumped over. O(n log n).
pub fn moved(sequence: &[usize]) -> Vec<bool> {
    // `tails[k]`: the index in `sequence` of the smallest last element of an increasing
    // subsequence of length k + 1; `previous` links each element to its predecessor.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; sequence.len()];
    for (index, &value) in sequence.iter().enumerate() {
        let length = tails.partition_point(|&tail| sequence.get(tail).is_some_and(|&t| t < value));
        if let Some(slot) = previous.get_mut(index) {
            *slot = length
                .checked_sub(1)
                .and_then(|before| tails.get(before).copied());
        }
        match tails.get_mut(length) {
            Some(tail) => *tail = index,
            None => tails.push(index),
        }
    }
    let mut moved = vec![true; sequence.len()];
    let mut cursor = tails.last().copied();
    while let Some(index) = cursor {
        if let Some(flag) = moved.get_mut(index) {
            *flag = false;
        }
        cursor = previous.get(index).copied().flatten();
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_pair_by_key_and_duplicates_in_order() {
        let old = ["a", "b", "b", "c", ""];
        let new = ["b", "d", "a", "b", "b", ""];
        let key = |item: &str| (!item.is_empty()).then(|| item.to_owned());
        let matching = match_by(old, new, key);
        assert_eq!(matching.removed, ["c"]);
        assert_eq!(matching.added, ["d", "b"]);
        assert_eq!(matching.kept, [("b", "b"), ("a", "a"), ("b", "b")]);
    }

    #[test]
    fn only_elements_off_the_longest_run_moved() {
        assert_eq!(moved(&[0, 1, 2, 3]), [false; 4]);
        // The last stage brought to the front: that one moved, not the other three.
        assert_eq!(moved(&[3, 0, 1, 2]), [true, false, false, false]);
        assert_eq!(moved(&[1, 0]).iter().filter(|&&m| m).count(), 1);
        assert!(moved(&[]).is_empty());
    }
}
