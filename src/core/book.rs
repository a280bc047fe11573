//! The customer book: every customer in memory, searchable and sorted.
//!
//! The app loads all records once and keeps them here; each entry carries its folded search text
//! and collation key, computed when the record changes rather than on every keystroke, so a
//! search over thousands of customers is a linear scan of short pre-folded strings, in an order
//! sorted once (not on every keystroke). Each term's searcher is built once per search and runs
//! over every customer's text laid end to end ([`Corpus`], built once until a record changes);
//! a keystroke that only narrows a short last search (typing on) checks just its matches.

use super::corpus::Corpus;
use super::customer::{Customer, CustomerId};
use super::text::{fold, CollationKey};
use crate::core::sorting;
use memchr::memmem::Finder;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::sync::{Mutex, OnceLock};

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

    /// Whether everything this query finds is found by `wider` too: each of `wider`'s terms
    /// is part of one of this query's (so a text containing this one's contains `wider`'s).
    fn narrows(&self, wider: &Query) -> bool {
        wider
            .terms
            .iter()
            .all(|w| self.terms.iter().any(|t| t.contains(w.as_str())))
    }
}

/// A query ready to run over many texts: each term's searcher is built once.
struct Matcher<'a> {
    finders: Vec<Finder<'a>>,
}

impl<'a> Matcher<'a> {
    fn new(query: &'a Query) -> Self {
        let finders = query
            .terms
            .iter()
            .map(|t| Finder::new(t.as_bytes()))
            .collect();
        Self { finders }
    }

    fn matches(&self, haystack: &str) -> bool {
        self.finders
            .iter()
            .all(|f| f.find(haystack.as_bytes()).is_some())
    }
}

/// A keystroke narrows the last search one customer at a time when that search found at most
/// this fraction of the book (1/8); otherwise one pass over everyone's text is quicker.
const NARROW_BELOW: usize = 8;

/// The last search: its query, its order and the positions it found, in that order.
struct LastSearch {
    query: Query,
    order: SortOrder,
    found: Vec<u32>,
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

/// All customers, by id, with each list order worked out once and kept until a record changes.
#[derive(Default)]
pub struct CustomerBook {
    entries: Vec<Entry>,
    /// Where each customer's entry is in `entries`.
    positions: FxHashMap<CustomerId, usize>,
    /// For each [`SortOrder`] (in `SortOrder::ALL`'s order), the positions of every entry in
    /// that order: a search filters this rather than sorting its matches on every keystroke.
    orders: [OnceLock<Vec<u32>>; 3],
    /// Every entry's search text end to end, in `entries` order.
    corpus: OnceLock<Corpus>,
    /// The last search, so that the next keystroke can narrow it.
    last: Mutex<Option<LastSearch>>,
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
        self.entries.iter().map(|e| &e.customer)
    }

    pub fn get(&self, id: &CustomerId) -> Option<&Customer> {
        self.positions.get(id).map(|&at| &self.entries[at].customer)
    }

    /// Inserts or replaces a record; returns the one it replaced.
    pub fn upsert(&mut self, customer: Customer) -> Option<Customer> {
        self.forget_orders();
        let entry = Entry::new(customer);
        match self.positions.get(&entry.customer.id) {
            Some(&at) => Some(std::mem::replace(&mut self.entries[at], entry).customer),
            None => {
                self.positions
                    .insert(entry.customer.id.clone(), self.entries.len());
                self.entries.push(entry);
                None
            }
        }
    }

    pub fn remove(&mut self, id: &CustomerId) -> Option<Customer> {
        let at = self.positions.remove(id)?;
        self.forget_orders();
        let removed = self.entries.swap_remove(at);
        if let Some(moved) = self.entries.get(at) {
            self.positions.insert(moved.customer.id.clone(), at);
        }
        Some(removed.customer)
    }

    /// The customers matching `query`, in `order`. Ties fall back to the id so the order is
    /// total and stable across calls.
    pub fn search(&self, query: &Query, order: SortOrder) -> Vec<&Customer> {
        let mut last = self
            .last
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if query.is_empty() {
            // Everyone: nothing to narrow next time.
            *last = None;
            let all = self.order(order).iter();
            return all.map(|&at| &self.entries[at as usize].customer).collect();
        }
        let matcher = Matcher::new(query);
        let found: Vec<u32> = match last.as_ref() {
            // Checking a few texts one by one beats a pass over them all.
            Some(last)
                if last.order == order
                    && query.narrows(&last.query)
                    && last.found.len() <= self.entries.len() / NARROW_BELOW =>
            {
                let keep = |&at: &u32| matcher.matches(&self.entries[at as usize].haystack);
                last.found.iter().copied().filter(keep).collect()
            }
            _ => {
                let terms: Vec<&str> = query.terms.iter().map(String::as_str).collect();
                let matching = self.corpus().containing_all(&terms);
                let order = self.order(order).iter().copied();
                order.filter(|&at| matching[at as usize]).collect()
            }
        };
        let customers = found
            .iter()
            .map(|&at| &self.entries[at as usize].customer)
            .collect();
        *last = Some(LastSearch {
            query: query.clone(),
            order,
            found,
        });
        customers
    }

    /// Lays every customer's search text end to end now (a few milliseconds with 10,000
    /// customers) and looks for a kana in it once, so that the first keystroke does neither:
    /// a browser compiles WebAssembly code when it first runs and optimises it once it has
    /// run a while. Call while nothing else is going on.
    pub fn prepare_search(&self) {
        self.corpus().containing_all(&["ア"]);
    }

    fn corpus(&self) -> &Corpus {
        self.corpus
            .get_or_init(|| Corpus::new(self.entries.iter().map(|e| e.haystack.as_str())))
    }

    /// Every record change makes the orders, the corpus and the last search stale.
    fn forget_orders(&mut self) {
        self.orders = Default::default();
        self.corpus = OnceLock::new();
        self.last = Mutex::new(None);
    }

    /// The positions of every entry in `order`, sorted the first time they are asked for.
    fn order(&self, order: SortOrder) -> &[u32] {
        let slot = match order {
            SortOrder::Reading => 0,
            SortOrder::RecentlyUpdated => 1,
            SortOrder::Newest => 2,
        };
        self.orders[slot].get_or_init(|| {
            let entries = &self.entries;
            let mut positions: Vec<u32> = (0..entries.len() as u32).collect();
            let by_id = |a: &Entry, b: &Entry| a.customer.id.cmp(&b.customer.id);
            sorting::sort_by(&mut positions, |&a, &b| {
                let (a, b) = (&entries[a as usize], &entries[b as usize]);
                match order {
                    SortOrder::Reading => a.collation.cmp(&b.collation),
                    SortOrder::RecentlyUpdated => b.customer.updated_at.cmp(&a.customer.updated_at),
                    SortOrder::Newest => b.customer.created_at.cmp(&a.customer.created_at),
                }
                .then_with(|| by_id(a, b))
            });
            positions
        })
    }
}
