//! The shared sort: the same order as the standard library's stable sort, for any input; and
//! maps and sets built by insertion equal to those `collect()` builds.

use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use tsunagu::core::sorting;

/// (key, original position): equal keys must keep their positions' order.
fn tagged(keys: &[u8]) -> Vec<(u8, usize)> {
    keys.iter().copied().zip(0..).collect()
}

#[test]
fn check_small_cases() {
    let cases: &[(&[u8], &[u8])] = &[
        (&[], &[]),
        (&[7], &[7]),
        (&[2, 1], &[1, 2]),
        (&[3, 1, 2], &[1, 2, 3]),
        (&[1, 1, 1], &[1, 1, 1]),
        (&[5, 4, 3, 2, 1], &[1, 2, 3, 4, 5]),
        (&[2, 3, 1, 5, 4], &[1, 2, 3, 4, 5]),
    ];
    for (input, expected) in cases {
        let mut items = input.to_vec();
        sorting::sort(&mut items);
        assert_eq!(&items, expected, "sorting {input:?}");
    }
}

#[test]
fn elements_that_are_not_copied_are_moved_into_place() {
    let mut names: Vec<String> = ["ヤマダ", "アオキ", "サトウ", "アオキ"]
        .map(String::from)
        .to_vec();
    sorting::sort_by_key(&mut names, |name| std::cmp::Reverse(name.clone()));
    assert_eq!(names, ["ヤマダ", "サトウ", "アオキ", "アオキ"]);
}

proptest! {
    #[test]
    fn sort_by_orders_as_the_standard_stable_sort(keys in prop::collection::vec(0u8..8, 0..200)) {
        let mut ours = tagged(&keys);
        let mut standard = ours.clone();
        sorting::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        standard.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, standard);
    }

    #[test]
    fn sort_by_key_is_stable_in_reverse_too(keys in prop::collection::vec(0u8..4, 0..100)) {
        let mut ours = tagged(&keys);
        sorting::sort_by_key(&mut ours, |item| std::cmp::Reverse(item.0));
        for pair in ours.windows(2) {
            let ((a, i), (b, j)) = (pair[0], pair[1]);
            prop_assert!(a > b || (a == b && i < j), "{ours:?}");
        }
    }

    #[test]
    fn maps_and_sets_built_by_insertion_equal_collected_ones(
        pairs in prop::collection::vec((0u8..16, any::<u16>()), 0..100),
    ) {
        // Repeated keys: the last value wins in both.
        let collected: BTreeMap<u8, u16> = pairs.iter().copied().collect();
        prop_assert_eq!(sorting::btree_map(pairs.iter().copied()), collected);
        let keys: BTreeSet<u8> = pairs.iter().map(|p| p.0).collect();
        prop_assert_eq!(sorting::btree_set(pairs.iter().map(|p| p.0)), keys);
    }
}
