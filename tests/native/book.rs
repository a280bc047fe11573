//! The customer book: keeping, replacing, removing and ordering customers.

use super::support::{at, id, person};
use proptest::prelude::*;
use std::collections::BTreeMap;
use tsunagu::core::book::{CustomerBook, Query, SortOrder};

fn names(book: &CustomerBook, order: SortOrder) -> Vec<String> {
    book.search(&Query::default(), order)
        .into_iter()
        .map(|c| c.name.clone())
        .collect()
}

#[test]
fn upsert_replaces_by_id_and_remove_returns_the_record() {
    let mut book = CustomerBook::default();
    assert!(book.upsert(person(1, "山田", "ヤマダ")).is_none());
    let previous = book
        .upsert(person(1, "山田 改", "ヤマダ"))
        .expect("replaced");
    assert_eq!(previous.name, "山田");
    assert_eq!(book.len(), 1);
    assert_eq!(book.get(&id(1)).unwrap().name, "山田 改");
    assert_eq!(book.remove(&id(1)).unwrap().name, "山田 改");
    assert!(book.is_empty() && book.get(&id(1)).is_none() && book.remove(&id(1)).is_none());
}

#[test]
fn a_replaced_record_is_searched_by_its_new_values() {
    let mut book = CustomerBook::new([person(1, "山田", "ヤマダ")]);
    book.upsert(person(1, "佐藤", "サトウ"));
    assert!(book
        .search(&Query::parse("やまだ"), SortOrder::Reading)
        .is_empty());
    assert_eq!(
        book.search(&Query::parse("さとう"), SortOrder::Reading)
            .len(),
        1
    );
}

#[test]
fn recent_orders_put_the_newest_first_and_break_ties_by_id() {
    let mut a = person(1, "A", "");
    let mut b = person(2, "B", "");
    let mut c = person(3, "C", "");
    a.created_at = at(2026, 1, 3, 0, 0);
    b.created_at = at(2026, 1, 1, 0, 0);
    c.created_at = at(2026, 1, 2, 0, 0);
    a.updated_at = at(2026, 2, 1, 0, 0);
    b.updated_at = at(2026, 3, 1, 0, 0);
    c.updated_at = at(2026, 2, 1, 0, 0);
    let book = CustomerBook::new([a, b, c]);
    assert_eq!(names(&book, SortOrder::Newest), ["A", "C", "B"]);
    assert_eq!(names(&book, SortOrder::RecentlyUpdated), ["B", "A", "C"]);
}

#[test]
fn sort_orders_round_trip_through_their_names() {
    for order in SortOrder::ALL {
        assert_eq!(SortOrder::parse(order.as_str()), Some(order));
    }
    assert_eq!(SortOrder::parse("random"), None);
}

/// A change to the book: a record put in (id, name and reading from small sets, so names
/// collide and records are replaced), or one taken out; `search` runs a search first, so
/// orders worked out earlier must be forgotten by the change.
#[derive(Clone, Debug)]
enum Step {
    Put { n: u8, name: usize, minutes: u32 },
    Remove { n: u8 },
}

const NAMES: [(&str, &str); 5] = [
    ("山田", "ヤマダ"),
    ("佐藤", "サトウ"),
    ("Ito", ""),
    ("山田 花子", "ヤマダ ハナコ"),
    ("小林", "こばやし"),
];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0u8..12, 0..NAMES.len(), 0u32..4).prop_map(|(n, name, minutes)| Step::Put { n, name, minutes }),
        1 => (0u8..12).prop_map(|n| Step::Remove { n }),
    ]
}

fn ids(book: &CustomerBook, query: &Query, order: SortOrder) -> Vec<String> {
    book.search(query, order)
        .into_iter()
        .map(|c| c.id.to_string())
        .collect()
}

proptest! {
    /// However a book got to its records, it finds and orders them as a book built from those
    /// records at once does.
    #[test]
    fn a_book_changed_step_by_step_searches_as_one_built_at_once(
        steps in prop::collection::vec((step(), any::<bool>()), 0..40),
    ) {
        let queries = ["", "やまだ", "ha", "さ"].map(Query::parse);
        let mut book = CustomerBook::default();
        let mut records = BTreeMap::new();
        for (i, (step, search)) in steps.into_iter().enumerate() {
            if search {
                for order in SortOrder::ALL {
                    ids(&book, &queries[i % queries.len()], order);
                }
            }
            match step {
                Step::Put { n, name, minutes } => {
                    let (name, reading) = NAMES[name];
                    let mut customer = person(n, name, reading);
                    customer.created_at = at(2026, 1, 1, 0, minutes);
                    customer.updated_at = at(2026, 2, 1, 0, minutes + i as u32);
                    prop_assert_eq!(
                        book.upsert(customer.clone()).map(|c| c.name),
                        records.insert(n, customer).map(|c| c.name)
                    );
                }
                Step::Remove { n } => prop_assert_eq!(
                    book.remove(&id(n)).map(|c| c.name),
                    records.remove(&n).map(|c| c.name)
                ),
            }
            prop_assert_eq!(book.len(), records.len());
            for (n, customer) in &records {
                prop_assert_eq!(&book.get(&id(*n)).expect("kept").name, &customer.name);
            }
        }
        let fresh = CustomerBook::new(records.into_values());
        for query in &queries {
            for order in SortOrder::ALL {
                prop_assert_eq!(ids(&book, query, order), ids(&fresh, query, order));
            }
        }
    }
}
