//! Where a tab keeps its records: the owner's real book, or the demo — a book of its own,
//! filled with a sample business, for trying every screen without touching real data.
//!
//! Every name under which the app stores or announces anything — the IndexedDB database, the
//! localStorage keys of the preferences, the BroadcastChannel between tabs, and exported file
//! names — comes from [`Space`], and the two spaces share none of them, so nothing done in the
//! demo can read or overwrite the real book. Which space a tab is in is the store's business
//! (it keeps the choice per tab); this module only knows the names and what the demo holds.

use crate::core::backup::Dataset;
use crate::core::catalog::samples::Sample;
use crate::core::i18n::Lang;
use crate::core::sample::{generate, SampleSize};
use chrono::{DateTime, FixedOffset, Utc};

/// The two books a tab can work in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Space {
    /// The owner's own records (the only space before the demo existed; its names are the
    /// ones data has always been stored under).
    #[default]
    Real,
    /// The sample business.
    Demo,
}

impl Space {
    pub const ALL: [Space; 2] = [Self::Real, Self::Demo];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Real => "real",
            Self::Demo => "demo",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn is_demo(self) -> bool {
        self == Self::Demo
    }

    /// What every name of this space starts with.
    fn prefix(self) -> &'static str {
        match self {
            Self::Real => "tsunagu",
            Self::Demo => "tsunagu-demo",
        }
    }

    /// The IndexedDB database holding this space's records.
    pub fn database(self) -> &'static str {
        self.prefix()
    }

    /// The BroadcastChannel on which this space's tabs announce their changes.
    pub fn channel(self) -> &'static str {
        self.prefix()
    }

    /// The localStorage key of the preference `name` (`settings`, `plan`, `service`).
    pub fn storage_key(self, name: &str) -> String {
        format!("{}.{name}", self.prefix())
    }

    /// The name of a file exported from this space: `rest` after the space's prefix, so that a
    /// file of sample data says "demo" in its name.
    pub fn file_name(self, rest: &str) -> String {
        format!("{}-{rest}", self.prefix())
    }
}

/// The seed the demo's business is drawn from: every device shows the same sample.
pub const DEMO_SEED: u64 = 2026;

/// What the demo holds when it is new or reset: the small dog-walking business in `lang`, as
/// it stands at `now` in a business at `offset` (its last visits are recent, whenever the demo
/// is opened).
pub fn demo_dataset(lang: Lang, now: DateTime<Utc>, offset: FixedOffset) -> Dataset {
    generate(
        DEMO_SEED,
        SampleSize::SMALL,
        Sample::DogWalking,
        lang,
        now,
        offset,
    )
}

/// Whether a space's stored records are those of a book never used: not one record, and not
/// one tombstone (a demo whose every customer was deleted stays as the owner left it).
pub fn never_used(stored: &Dataset) -> bool {
    *stored == Dataset::default()
}
