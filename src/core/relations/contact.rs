//! The contact log: every time the business reached out to a customer, how, why and with what
//! words, so the customer's timeline shows it and nobody sends the same birthday greeting twice.
//!
//! A contact made for a follow-up carries that task's key ([`super::follow_up::FollowUp::key`]),
//! and a task whose key is in the log is done. A task the owner decides not to act on ("they
//! moved away") is dismissed the same way: a [`Contact`] with no method, the reason as its
//! message. One record for both keeps "is this task settled?" a single lookup and lets a merge of
//! two devices settle it like any other record.

use super::library::Purpose;
use crate::core::customer::{ContactChannel, CustomerId};
use crate::core::record::{record_id, versioned};
use crate::core::sorting;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

record_id!(
    /// A contact's stable identity: a random (version 4) UUID.
    ContactId,
    "contact"
);

/// How the business reached the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    Email,
    Sms,
    /// A phone call.
    Phone,
    Line,
    /// The phone's share sheet (whichever app the owner chose there).
    Share,
    InPerson,
    Post,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 7] = [
        Self::Email,
        Self::Sms,
        Self::Phone,
        Self::Line,
        Self::Share,
        Self::InPerson,
        Self::Post,
    ];

    /// The stable name used in stored records and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Sms => "sms",
            Self::Phone => "phone",
            Self::Line => "line",
            Self::Share => "share",
            Self::InPerson => "in_person",
            Self::Post => "post",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == text)
    }

    /// The method for the way a customer prefers to be contacted, to suggest first.
    pub fn preferred(channel: ContactChannel) -> Self {
        match channel {
            ContactChannel::Phone => Self::Phone,
            ContactChannel::Sms => Self::Sms,
            ContactChannel::Email => Self::Email,
            ContactChannel::Line => Self::Line,
            ContactChannel::InPerson => Self::InPerson,
            ContactChannel::Post => Self::Post,
        }
    }
}

/// One time the business reached out, or one follow-up dismissed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub customer: CustomerId,
    /// When the message went out (or the task was dismissed).
    pub at: DateTime<Utc>,
    /// How; `None` for a follow-up dismissed without contacting the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<ContactMethod>,
    /// What the message was for, when it came from a template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    /// The key of the follow-up task it settles (`check_in:<visit id>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// The text sent; for a dismissal, the reason if one was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(Contact, ContactId);

/// What remains of a deleted contact (deleting a contact puts its follow-up back on the list).
pub type ContactTombstone = crate::core::record::Tombstone<ContactId>;

impl Contact {
    /// A message sent to `customer` by `method` at `at`, recorded at `now`.
    pub fn sent(
        id: ContactId,
        customer: CustomerId,
        at: DateTime<Utc>,
        method: ContactMethod,
        message: &str,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            customer,
            at,
            method: Some(method),
            purpose: None,
            follow_up: None,
            message: message.trim().to_owned(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }

    /// The follow-up `key` for `customer` dismissed at `now`, with the owner's reason if any.
    pub fn dismissal(
        id: ContactId,
        customer: CustomerId,
        key: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            customer,
            at: now,
            method: None,
            purpose: None,
            follow_up: Some(key.to_owned()),
            message: reason.trim().to_owned(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }

    /// The same contact, made for `purpose` and settling the follow-up `key`.
    pub fn for_follow_up(mut self, purpose: Option<Purpose>, key: &str) -> Self {
        self.purpose = purpose;
        self.follow_up = Some(key.to_owned());
        self
    }

    /// Whether this records a follow-up dismissed rather than a message sent.
    pub fn is_dismissal(&self) -> bool {
        self.method.is_none()
    }
}

/// The follow-up keys that contacts have settled, sent or dismissed: the `done` set of
/// [`super::follow_up::FollowUpFacts`].
pub fn done_keys<'a>(contacts: impl IntoIterator<Item = &'a Contact>) -> BTreeSet<String> {
    sorting::btree_set(contacts.into_iter().filter_map(|c| c.follow_up.clone()))
}

/// A customer's contacts, newest first.
pub fn contacts_of<'a>(contacts: &'a [Contact], customer: &CustomerId) -> Vec<&'a Contact> {
    let mut theirs: Vec<&Contact> = contacts
        .iter()
        .filter(|c| &c.customer == customer)
        .collect();
    sorting::sort_by(&mut theirs, |x, y| {
        y.at.cmp(&x.at).then_with(|| x.id.cmp(&y.id))
    });
    theirs
}
