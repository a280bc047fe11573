//! The customer record: who a customer is, as the owner knows them.
//!
//! A `Customer` is plain data with a stable id and two timestamps, so that it can be stored,
//! exported and merged without losing track of which copy is newer. Building one from what the
//! owner typed goes through [`crate::core::draft`], which validates first.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// A customer's stable identity: a random (version 4) UUID in its hyphenated text form.
///
/// The randomness comes from the caller (the browser's crypto source in the app, a seeded
/// source in tests), which keeps this module free of any platform dependency.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct CustomerId(String);

/// Text that is not a customer id (a UUID).
#[derive(Debug, thiserror::Error)]
#[error("not a customer id: {0:?}")]
pub struct NotAnId(String);

impl TryFrom<String> for CustomerId {
    type Error = NotAnId;

    fn try_from(text: String) -> Result<Self, NotAnId> {
        Self::parse(&text).ok_or(NotAnId(text))
    }
}

impl From<CustomerId> for String {
    fn from(id: CustomerId) -> String {
        id.0
    }
}

impl CustomerId {
    /// Makes an id from 16 random bytes.
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(
            uuid::Builder::from_random_bytes(bytes)
                .into_uuid()
                .hyphenated()
                .to_string(),
        )
    }

    /// Reads an id from text (a URL segment, a stored record). Only well-formed UUIDs pass, so
    /// that a hand-edited URL cannot smuggle arbitrary text into a key.
    pub fn parse(text: &str) -> Option<Self> {
        Uuid::try_parse(text)
            .ok()
            .map(|id| Self(id.hyphenated().to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CustomerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How the customer prefers to be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactChannel {
    Phone,
    Sms,
    Email,
    Line,
    InPerson,
    Post,
}

impl ContactChannel {
    pub const ALL: [ContactChannel; 6] = [
        Self::Phone,
        Self::Sms,
        Self::Email,
        Self::Line,
        Self::InPerson,
        Self::Post,
    ];

    /// The stable name used in stored records and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Sms => "sms",
            Self::Email => "email",
            Self::Line => "line",
            Self::InPerson => "in_person",
            Self::Post => "post",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// A dated free-text note ("prefers the window seat", "allergic to nuts").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub at: DateTime<Utc>,
    pub text: String,
}

/// What remains of a deleted customer: its id and when it was deleted, so that combining data
/// from two places can tell a deletion from a record the other side never had.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: CustomerId,
    pub deleted_at: DateTime<Utc>,
    /// The versions (`updated_at`) of the record that whoever deleted it had seen, oldest
    /// first: an edit among them was known when the record was deleted, any other edit was not
    /// (a merge lists it). Empty for deletions recorded before versions were kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_versions: Vec<DateTime<Utc>>,
}

impl Tombstone {
    /// The tombstone of `customer`, deleted at `now`. The deletion is dated after the version
    /// it deletes even when the device clock lags, so it always beats that version.
    pub fn of(customer: &Customer, now: DateTime<Utc>) -> Self {
        let mut deleted_versions = customer.earlier_versions.clone();
        deleted_versions.push(customer.updated_at);
        Self {
            id: customer.id.clone(),
            deleted_at: now.max(customer.updated_at + TICK),
            deleted_versions,
        }
    }
}

/// How many earlier versions a record remembers. Edits older than that are assumed unknown,
/// which at worst lists a merge conflict that was not one.
pub const REMEMBERED_VERSIONS: usize = 32;

/// The smallest step between two versions of a record.
pub const TICK: chrono::TimeDelta = chrono::TimeDelta::milliseconds(1);

/// One customer of the business.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub id: CustomerId,
    /// The name as written (山田 花子).
    pub name: String,
    /// フリガナ in full-width katakana (ヤマダ ハナコ); empty when unknown. Drives 五十音 order.
    #[serde(default)]
    pub reading: String,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub preferred_channel: Option<ContactChannel>,
    #[serde(default)]
    pub birthday: Option<NaiveDate>,
    /// Household members and pets as free items ("Pochi — shiba, 8 y").
    #[serde(default)]
    pub household: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Oldest first.
    #[serde(default)]
    pub notes: Vec<Note>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The `updated_at` of the versions this one was edited from, oldest first (at most
    /// [`REMEMBERED_VERSIONS`]). A merge uses them to tell "edited on one side since the other
    /// copy was taken" (no conflict) from "edited on both sides" (a conflict to list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

impl Customer {
    /// A customer with nothing filled in yet, created at `now`.
    pub fn new(id: CustomerId, now: DateTime<Utc>) -> Self {
        Self {
            id,
            name: String::new(),
            reading: String::new(),
            phones: Vec::new(),
            email: String::new(),
            preferred_channel: None,
            birthday: None,
            household: Vec::new(),
            tags: Vec::new(),
            notes: Vec::new(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }

    /// Appends a note and marks the record as changed. Blank text, or text longer than
    /// [`crate::core::draft::NOTE_MAX`] characters, adds nothing and returns false.
    pub fn add_note(&mut self, text: &str, now: DateTime<Utc>) -> bool {
        let added = self.push_note(text, now);
        if added {
            self.touch(now);
        }
        added
    }

    /// Appends a note without marking the record as changed, for edits that touch it once at
    /// the end.
    pub(crate) fn push_note(&mut self, text: &str, now: DateTime<Utc>) -> bool {
        let text = text.trim();
        if text.is_empty() || text.chars().count() > crate::core::draft::NOTE_MAX {
            return false;
        }
        self.notes.push(Note {
            at: now,
            text: text.to_owned(),
        });
        true
    }

    /// Marks the record as a new version made at `now`, remembering the version it was made
    /// from. `updated_at` always moves forward — by at least a millisecond, even when the device
    /// clock lags or two edits fall in the same millisecond — so every version is distinct and
    /// the newest stays recognisable.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.earlier_versions.push(self.updated_at);
        let excess = self
            .earlier_versions
            .len()
            .saturating_sub(REMEMBERED_VERSIONS);
        self.earlier_versions.drain(..excess);
        self.updated_at = now.max(self.updated_at + TICK);
    }

    /// Whether this record was made (through any number of edits) from the version `other`, or
    /// is that version.
    pub fn descends_from(&self, version: DateTime<Utc>) -> bool {
        self.updated_at == version || self.earlier_versions.contains(&version)
    }
}
