//! What every stored record shares, whatever it describes (a customer, a visit): a stable id
//! made from random bytes, a version stamp (`updated_at`) that only moves forward and
//! remembers the versions it was edited from, and a tombstone when it is deleted. Merging two
//! devices' data relies on exactly these, so they are written once here.
//!
//! Some records are made by a rule rather than by a person (a visit read from a file, a reward
//! coupon earned by a stamp card). Their ids are derived from their content instead of drawn at
//! random, so that two devices applying the same rule make the same record, a merge keeps one,
//! and applying the rule again changes nothing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How many earlier versions a record remembers. Edits older than that are assumed unknown,
/// which at worst lists a merge conflict that was not one.
pub const REMEMBERED_VERSIONS: usize = 32;

/// The smallest step between two versions of a record.
pub const TICK: chrono::TimeDelta = chrono::TimeDelta::milliseconds(1);

/// Defines a record id: a random (version 4) UUID in its hyphenated text form. The randomness
/// comes from the caller (the browser's crypto source in the app, a seeded source in tests),
/// which keeps the core free of any platform dependency. An id can also be derived from a
/// record's content ([`content_bytes`]), in the same form.
///
/// The text is held in place, 36 ASCII bytes, not on the heap: a book holds hundreds of
/// thousands of ids (every visit names its customer), lists and memos copy them by the
/// thousand on every keystroke, and a copy of an inline id allocates nothing. The order, the
/// equality and the stored form are the text's.
macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(into = "String", try_from = "String")]
        pub struct $name($crate::core::record::IdText);

        impl TryFrom<String> for $name {
            type Error = $crate::core::record::NotAnId;

            fn try_from(text: String) -> Result<Self, Self::Error> {
                Self::parse(&text).ok_or($crate::core::record::NotAnId { what: $what, text })
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.as_str().to_owned()
            }
        }

        impl $name {
            /// Makes an id from 16 random bytes.
            pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
                Self($crate::core::record::IdText::new(uuid::Builder::from_random_bytes(bytes).into_uuid()))
            }

            /// The id derived from `content`: the same text always gives the same id, on any
            /// device and in any version of the app. The text should name everything that makes
            /// the record this one and no other (whose, which rule, which occurrence).
            pub fn from_content(content: &str) -> Self {
                Self::from_random_bytes($crate::core::record::content_bytes(content))
            }

            /// Reads an id from text (a URL segment, a stored record). Only well-formed UUIDs
            /// pass, so that a hand-edited URL cannot smuggle arbitrary text into a key.
            pub fn parse(text: &str) -> Option<Self> {
                uuid::Uuid::try_parse(text).ok().map(|id| Self($crate::core::record::IdText::new(id)))
            }

            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.as_str()).finish()
            }
        }
    };
}
pub(crate) use record_id;

/// A UUID's hyphenated lower-case text, held in place (see [`record_id`]). Comparing the
/// bytes orders ids as their text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IdText([u8; uuid::fmt::Hyphenated::LENGTH]);

impl IdText {
    pub fn new(id: uuid::Uuid) -> Self {
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        id.hyphenated().encode_lower(&mut text);
        Self(text)
    }

    pub fn as_str(&self) -> &str {
        // Only `new` fills the bytes, with hexadecimal digits and hyphens.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// 16 bytes that depend only on `content`: two FNV-1a hashes with different starting points.
/// Stable across builds and platforms, unlike the standard library's hasher, because derived
/// ids must never change: a record derived again after an update must find its earlier self.
pub fn content_bytes(content: &str) -> [u8; 16] {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&fnv1a(0xcbf2_9ce4_8422_2325, content.as_bytes()).to_le_bytes());
    bytes[8..].copy_from_slice(&fnv1a(0x8422_2325_cbf2_9ce4, content.as_bytes()).to_le_bytes());
    bytes
}

/// The 64-bit FNV-1a hash of `bytes`, starting from `start` (the standard offset basis is
/// `0xcbf2_9ce4_8422_2325`).
pub fn fnv1a(start: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(start, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Text that is not a record id (a UUID).
#[derive(Debug, thiserror::Error)]
#[error("not a {what} id: {text:?}")]
pub struct NotAnId {
    pub what: &'static str,
    pub text: String,
}

/// A stored record with an id and a version history.
pub trait Versioned {
    type Id: Clone + Ord + std::fmt::Debug;

    fn id(&self) -> &Self::Id;
    /// This version's stamp.
    fn updated_at(&self) -> DateTime<Utc>;
    /// The stamps of the versions this one was edited from, oldest first.
    fn earlier_versions(&self) -> &[DateTime<Utc>];
    /// Both, to change them together in [`Versioned::touch`].
    fn versions_mut(&mut self) -> (&mut DateTime<Utc>, &mut Vec<DateTime<Utc>>);

    /// Marks the record as a new version made at `now`, remembering the version it was made
    /// from. `updated_at` always moves forward — by at least a millisecond, even when the device
    /// clock lags or two edits fall in the same millisecond — so every version is distinct and
    /// the newest stays recognisable.
    fn touch(&mut self, now: DateTime<Utc>) {
        let (updated_at, earlier) = self.versions_mut();
        earlier.push(*updated_at);
        let excess = earlier.len().saturating_sub(REMEMBERED_VERSIONS);
        earlier.drain(..excess);
        *updated_at = now.max(*updated_at + TICK);
    }

    /// Whether this record was made (through any number of edits) from the version `version`,
    /// or is that version.
    fn descends_from(&self, version: DateTime<Utc>) -> bool {
        self.updated_at() == version || self.earlier_versions().contains(&version)
    }
}

/// Implements [`Versioned`] for a record type with the fields `id`, `updated_at` and
/// `earlier_versions`.
macro_rules! versioned {
    ($record:ty, $id:ty) => {
        impl $crate::core::record::Versioned for $record {
            type Id = $id;

            fn id(&self) -> &$id {
                &self.id
            }

            fn updated_at(&self) -> chrono::DateTime<chrono::Utc> {
                self.updated_at
            }

            fn earlier_versions(&self) -> &[chrono::DateTime<chrono::Utc>] {
                &self.earlier_versions
            }

            fn versions_mut(
                &mut self,
            ) -> (
                &mut chrono::DateTime<chrono::Utc>,
                &mut Vec<chrono::DateTime<chrono::Utc>>,
            ) {
                (&mut self.updated_at, &mut self.earlier_versions)
            }
        }
    };
}
pub(crate) use versioned;

/// What remains of a deleted record: its id and when it was deleted, so that combining data
/// from two places can tell a deletion from a record the other side never had.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone<Id> {
    pub id: Id,
    pub deleted_at: DateTime<Utc>,
    /// The versions (`updated_at`) of the record that whoever deleted it had seen, oldest
    /// first: an edit among them was known when the record was deleted, any other edit was not
    /// (a merge lists it). Empty for deletions recorded before versions were kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_versions: Vec<DateTime<Utc>>,
}

impl<Id: Clone> Tombstone<Id> {
    /// The tombstone of `record`, deleted at `now`. The deletion is dated after the version it
    /// deletes even when the device clock lags, so it always beats that version.
    pub fn of<R: Versioned<Id = Id>>(record: &R, now: DateTime<Utc>) -> Self {
        let mut deleted_versions = record.earlier_versions().to_vec();
        deleted_versions.push(record.updated_at());
        Self {
            id: record.id().clone(),
            deleted_at: now.max(record.updated_at() + TICK),
            deleted_versions,
        }
    }
}

/// Reads a JSON array of records one by one: those that read as `T`, in order, and how many
/// did not (one damaged record does not hide the others). Fails only when `json` is not an
/// array at all.
pub fn read_each<T: serde::de::DeserializeOwned>(
    json: &str,
) -> Result<(Vec<T>, usize), serde_json::Error> {
    let raw: Vec<&serde_json::value::RawValue> = serde_json::from_str(json)?;
    let mut read = Vec::with_capacity(raw.len());
    let mut unreadable = 0;
    for record in raw {
        match serde_json::from_str(record.get()) {
            Ok(value) => read.push(value),
            Err(_) => unreadable += 1,
        }
    }
    Ok((read, unreadable))
}
