//! The customer book: keeping, replacing, removing and ordering customers.

use super::support::{at, id, person};
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
