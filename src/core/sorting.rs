//! Stable sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element type and the comparison, so every call site
//! compiles a copy of the whole sort of its own: about 4 KB of WebAssembly each, and with a
//! hundred of them, a tenth of the app's code. Here the standard sort runs once, over
//! positions, with the comparison behind a trait object; the slice is then put in that order.
//! One copy serves the whole program, and the result is the same as `sort_by`'s — stable,
//! equal elements keep their order — which the native tests hold it to.
//!
//! The app's code sorts through these functions only (`clippy.toml` refuses the slice's own),
//! and builds its ordered maps and sets with [`btree_map`] and [`btree_set`] rather than
//! `collect()`, which sorts the items with a copy of the sort for every such call. The one
//! exception is a large map built from items already in key order and kept for the whole
//! session (the visits by id): inserting in order leaves the tree's nodes half empty, while
//! `collect()` fills them.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |&a, &b| compare(&items[a], &items[b]));
    arrange(items, &mut order);
}

/// Sorts `items` stably by the key `key` gives each, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one place the standard sort is instantiated: positions, compared through a trait object.
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(&usize, &usize) -> Ordering) {
    order.sort_by(compare);
}

/// Puts `items` in the order of `order` (position `i` receives the element that was at
/// `order[i]`), in place: each cycle of the permutation is followed once, with swaps, and
/// marked done by making its entries point to themselves.
fn arrange<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..items.len() {
        let mut current = start;
        while order[current] != current {
            let next = order[current];
            order[current] = current;
            if next == start {
                break;
            }
            items.swap(current, next);
            current = next;
        }
    }
}

/// A map of `items` (the last value of a repeated key wins), built by inserting them one by
/// one: `collect()` into a `BTreeMap` sorts them first, with a copy of the sort of its own.
pub fn btree_map<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(items);
    map
}

/// A set of `items`, built by inserting them one by one (see [`btree_map`]).
pub fn btree_set<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}
