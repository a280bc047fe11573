//! The customer record: who a customer is, as the owner knows them.
//!
//! A `Customer` is plain data with a stable id and two timestamps, so that it can be stored,
//! exported and merged without losing track of which copy is newer. Building one from what the
//! owner typed goes through [`crate::core::draft`], which validates first.

use crate::core::identify::tiers::Tier;
use crate::core::needs::Needs;
use crate::core::record::{record_id, versioned};
pub use crate::core::record::{Versioned, REMEMBERED_VERSIONS, TICK};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

record_id!(
    /// A customer's stable identity: a random (version 4) UUID in its hyphenated text form.
    CustomerId,
    "customer"
);

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

/// The longest customer number kept.
pub const NUMBER_MAX_CHARS: usize = 40;
/// The longest reason for a tier set by hand.
pub const REASON_MAX_CHARS: usize = 200;

/// A tier set by hand ("brings the whole team every month"), winning over the computed one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierOverride {
    pub tier: Tier,
    pub reason: String,
}

/// What remains of a deleted customer.
pub type Tombstone = crate::core::record::Tombstone<CustomerId>;

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
    /// The customer's number in another system (a till, a member card, a spreadsheet), used to
    /// match imported visits; empty when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// The owner's tier for this customer, overriding the computed one, with the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier_override: Option<TierOverride>,
    /// What the customer has told us they want (see [`Needs`]); what offers are made from.
    #[serde(default, skip_serializing_if = "Needs::is_empty")]
    pub needs: Needs,
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
            number: String::new(),
            tier_override: None,
            needs: Needs::default(),
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

    /// Sets (or with `None` removes) the tier set by hand. A tier needs a reason of at most
    /// [`REASON_MAX_CHARS`] characters. Returns whether anything changed; only then is the
    /// record a new version.
    pub fn set_tier_override(
        &mut self,
        tier: Option<Tier>,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, crate::core::draft::Problem> {
        use crate::core::draft::Problem;
        let next = match tier {
            None => None,
            Some(tier) => {
                let reason = reason.trim();
                if reason.is_empty() {
                    return Err(Problem::Required);
                }
                if reason.chars().count() > REASON_MAX_CHARS {
                    return Err(Problem::TooLong {
                        max: REASON_MAX_CHARS,
                    });
                }
                Some(TierOverride {
                    tier,
                    reason: reason.to_owned(),
                })
            }
        };
        if next == self.tier_override {
            return Ok(false);
        }
        self.tier_override = next;
        self.touch(now);
        Ok(true)
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
}

versioned!(Customer, CustomerId);
