//! The customer book: every customer in memory, searchable and sorted.
//!
//! The app loads all records once and keeps them here; each entry carries its folded search text
//! and collation key, computed when the record changes rather than on every keystroke, so a
//! search over thousands of customers is a linear scan of short pre-folded strings.

use super::customer::{Customer, CustomerId};
use super::text::{fold, CollationKey};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The orders the list can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// 五十音 order of the reading (names without a reading last).
    #[default]
    Reading,
    /// Most recently changed first.
    RecentlyUpdated,
    /// Most recently added first.
    Newest,
}

impl SortOrder {
    pub const ALL: [SortOrder; 3] = [Self::Reading, Self::RecentlyUpdated, Self::Newest];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reading => "reading",
            Self::RecentlyUpdated => "recently_updated",
            Self::Newest => "newest",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == text)
    }
}

/// A parsed search: the folded terms, all of which must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    /// Splits on white space (ASCII or full-width) and folds each term.
    pub fn parse(text: &str) -> Self {
        let terms = text
            .split(|c: char| c.is_whitespace())
            .map(fold)
            .filter(|t| !t.is_empty())
            .collect();
        Self { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    fn matches(&self, haystack: &str) -> bool {
        self.terms
            .iter()
            .all(|term| haystack.contains(term.as_str()))
    }
}

struct Entry {
    customer: Customer,
    haystack: String,
    collation: CollationKey,
}

impl Entry {
    fn new(customer: Customer) -> Self {
        // Fields are joined with a separator no folded term can contain, so a term never matches
        // across the end of one field and the start of the next.
        let mut fields = vec![
            customer.name.as_str(),
            customer.reading.as_str(),
            customer.email.as_str(),
        ];
        fields.extend(customer.phones.iter().map(String::as_str));
        fields.extend(customer.tags.iter().map(String::as_str));
        let haystack = fields
            .into_iter()
            .map(fold)
            .collect::<Vec<_>>()
            .join("\u{1F}");
        let collation = CollationKey::new(&customer.reading, &customer.name);
        Self {
            customer,
            haystack,
            collation,
        }
    }
}

/// All customers, by id.
#[derive(Default)]
pub struct CustomerBook {
    entries: HashMap<CustomerId, Entry>,
}

impl CustomerBook {
    pub fn new(customers: impl IntoIterator<Item = Customer>) -> Self {
        let mut book = Self::default();
        for customer in customers {
            book.upsert(customer);
        }
        book
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every customer, in no particular order.
    pub fn customers(&self) -> impl Iterator<Item = &Customer> {
        self.entries.values().map(|e| &e.customer)
    }

    pub fn get(&self, id: &CustomerId) -> Option<&Customer> {
        self.entries.get(id).map(|e| &e.customer)
    }

    /// Inserts or replaces a record; returns the one it replaced.
    pub fn upsert(&mut self, customer: Customer) -> Option<Customer> {
        self.entries
            .insert(customer.id.clone(), Entry::new(customer))
            .map(|e| e.customer)
    }

    pub fn remove(&mut self, id: &CustomerId) -> Option<Customer> {
        self.entries.remove(id).map(|e| e.customer)
    }

    /// The customers matching `query`, in `order`. Ties fall back to the id so the order is
    /// total and stable across calls.
    pub fn search(&self, query: &Query, order: SortOrder) -> Vec<&Customer> {
        let mut hits: Vec<&Entry> = self
            .entries
            .values()
            .filter(|e| query.matches(&e.haystack))
            .collect();
        match order {
            SortOrder::Reading => hits.sort_by(|a, b| {
                a.collation
                    .cmp(&b.collation)
                    .then_with(|| a.customer.id.cmp(&b.customer.id))
            }),
            SortOrder::RecentlyUpdated => hits.sort_by(|a, b| {
                b.customer
                    .updated_at
                    .cmp(&a.customer.updated_at)
                    .then_with(|| a.customer.id.cmp(&b.customer.id))
            }),
            SortOrder::Newest => hits.sort_by(|a, b| {
                b.customer
                    .created_at
                    .cmp(&a.customer.created_at)
                    .then_with(|| a.customer.id.cmp(&b.customer.id))
            }),
        }
        hits.into_iter().map(|e| &e.customer).collect()
    }
}
