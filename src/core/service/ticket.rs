//! The ticket: one inquiry, request, complaint or compliment, from the moment it is received to
//! its resolution. Its status is not stored but read from what happened to it — a first
//! response, a resolution, a reopening — so it can never disagree with the times the service
//! targets are measured from. Every step is kept in `events`, oldest first, which is what the
//! customer's timeline shows and what a reopened ticket's second resolution is timed from.

use crate::core::customer::CustomerId;
use crate::core::record::{record_id, versioned};
use crate::core::visit::VisitId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

record_id!(
    /// A ticket's stable identity: a random (version 4) UUID.
    TicketId,
    "ticket"
);

/// The longest description or message kept, in characters.
pub const TICKET_TEXT_MAX_CHARS: usize = 4000;

/// What the customer came with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketKind {
    /// A question ("are you open on the holiday?").
    Inquiry,
    /// Something to be done ("can you walk Pochi on Friday too?").
    Request,
    Complaint,
    Compliment,
}

impl TicketKind {
    pub const ALL: [TicketKind; 4] = [
        Self::Inquiry,
        Self::Request,
        Self::Complaint,
        Self::Compliment,
    ];

    /// The stable name used in stored records and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Inquiry => "inquiry",
            Self::Request => "request",
            Self::Complaint => "complaint",
            Self::Compliment => "compliment",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Its place in [`Self::ALL`].
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }
}

/// Where a ticket came from, or how a response was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketChannel {
    Phone,
    Email,
    Line,
    /// Social media or a review site.
    Sns,
    InPerson,
    /// The shop's own inquiry form.
    WebForm,
    Other,
}

impl TicketChannel {
    pub const ALL: [TicketChannel; 7] = [
        Self::Phone,
        Self::Email,
        Self::Line,
        Self::Sns,
        Self::InPerson,
        Self::WebForm,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Line => "line",
            Self::Sns => "sns",
            Self::InPerson => "in_person",
            Self::WebForm => "web_form",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// How urgent the owner judged it. Lists put higher priorities first among equally late tickets.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    #[default]
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub const ALL: [Priority; 4] = [Self::Low, Self::Normal, Self::High, Self::Urgent];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Urgent => "urgent",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

/// Where a ticket stands, read from its events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Nobody has answered yet.
    New,
    /// Answered, not yet settled.
    Responded,
    Resolved,
}

/// One step in a ticket's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TicketEvent {
    /// A message to the customer (the first one is the first response).
    Responded {
        at: DateTime<Utc>,
        channel: TicketChannel,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        text: String,
    },
    /// Settled, with what was done.
    Resolved {
        at: DateTime<Utc>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        text: String,
    },
    /// Opened again after a resolution (the customer wrote back).
    Reopened {
        at: DateTime<Utc>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        text: String,
    },
}

impl TicketEvent {
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            Self::Responded { at, .. } | Self::Resolved { at, .. } | Self::Reopened { at, .. } => {
                *at
            }
        }
    }
}

/// Why a step cannot be taken.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TicketError {
    #[error("the ticket is already resolved")]
    AlreadyResolved,
    #[error("the ticket is not resolved")]
    NotResolved,
    #[error("a step cannot come before the ticket was received or before its last step")]
    BeforeLastStep,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub id: TicketId,
    pub customer: CustomerId,
    pub kind: TicketKind,
    pub channel: TicketChannel,
    #[serde(default)]
    pub priority: Priority,
    pub received_at: DateTime<Utc>,
    /// What the customer said, in the owner's words or pasted.
    pub description: String,
    /// The visit it is about, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<VisitId>,
    /// Oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<TicketEvent>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_versions: Vec<DateTime<Utc>>,
}

versioned!(Ticket, TicketId);

/// What remains of a deleted ticket.
pub type TicketTombstone = crate::core::record::Tombstone<TicketId>;

impl Ticket {
    /// A new ticket, received `received_at` and recorded `now`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: TicketId,
        customer: CustomerId,
        kind: TicketKind,
        channel: TicketChannel,
        priority: Priority,
        received_at: DateTime<Utc>,
        description: String,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            customer,
            kind,
            channel,
            priority,
            received_at,
            description,
            visit: None,
            events: Vec::new(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        }
    }

    /// Where it stands now.
    pub fn status(&self) -> Status {
        let mut status = Status::New;
        for event in &self.events {
            status = match event {
                TicketEvent::Responded { .. } if status == Status::New => Status::Responded,
                TicketEvent::Responded { .. } => status,
                TicketEvent::Resolved { .. } => Status::Resolved,
                TicketEvent::Reopened { .. } => Status::Responded,
            };
        }
        status
    }

    /// When the customer first heard back: the first message, or a resolution that came
    /// without one (settled on the spot).
    pub fn first_response_at(&self) -> Option<DateTime<Utc>> {
        self.events.iter().find_map(|e| match e {
            TicketEvent::Responded { at, .. } | TicketEvent::Resolved { at, .. } => Some(*at),
            TicketEvent::Reopened { .. } => None,
        })
    }

    /// When it was last resolved, if it stands resolved.
    pub fn resolved_at(&self) -> Option<DateTime<Utc>> {
        if self.status() != Status::Resolved {
            return None;
        }
        self.events.iter().rev().find_map(|e| match e {
            TicketEvent::Resolved { at, .. } => Some(*at),
            _ => None,
        })
    }

    /// When the last step was taken (or the ticket received).
    pub fn last_step_at(&self) -> DateTime<Utc> {
        self.events.last().map_or(self.received_at, TicketEvent::at)
    }

    /// Records a message to the customer at `at`.
    pub fn respond(
        &mut self,
        at: DateTime<Utc>,
        channel: TicketChannel,
        text: String,
    ) -> Result<(), TicketError> {
        self.check_order(at)?;
        if self.status() == Status::Resolved {
            return Err(TicketError::AlreadyResolved);
        }
        self.events
            .push(TicketEvent::Responded { at, channel, text });
        Ok(())
    }

    /// Records the resolution at `at`.
    pub fn resolve(&mut self, at: DateTime<Utc>, text: String) -> Result<(), TicketError> {
        self.check_order(at)?;
        if self.status() == Status::Resolved {
            return Err(TicketError::AlreadyResolved);
        }
        self.events.push(TicketEvent::Resolved { at, text });
        Ok(())
    }

    /// Opens a resolved ticket again at `at`.
    pub fn reopen(&mut self, at: DateTime<Utc>, text: String) -> Result<(), TicketError> {
        self.check_order(at)?;
        if self.status() != Status::Resolved {
            return Err(TicketError::NotResolved);
        }
        self.events.push(TicketEvent::Reopened { at, text });
        Ok(())
    }

    fn check_order(&self, at: DateTime<Utc>) -> Result<(), TicketError> {
        if at < self.last_step_at() {
            return Err(TicketError::BeforeLastStep);
        }
        Ok(())
    }
}
