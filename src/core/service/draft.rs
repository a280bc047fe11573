//! The ticket forms as entered, checked and turned into records: a new ticket (what came in,
//! from whom, on which channel, when) and a step on an existing one (a response, the
//! resolution, a reopening), each with its moment in the business's time zone. A moment in
//! the future is taken as now: the owner is recording what already happened.

use super::ticket::{
    Priority, Ticket, TicketChannel, TicketError, TicketId, TicketKind, TICKET_TEXT_MAX_CHARS,
};
use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::visit::VisitId;
use crate::core::visit_draft::parse_local_moment;
use chrono::{DateTime, FixedOffset, Utc};

/// The new-ticket form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TicketDraft {
    pub kind: TicketKind,
    pub channel: TicketChannel,
    pub priority: Priority,
    /// `YYYY-MM-DDTHH:MM` in the business's time zone.
    pub received: String,
    pub description: String,
    pub visit: Option<VisitId>,
}

/// Which input of a ticket form a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TicketField {
    When,
    Text,
}

impl TicketDraft {
    /// Checks every field; the new ticket from `customer`, or each field's problem.
    pub fn validate(
        &self,
        id: TicketId,
        customer: CustomerId,
        offset: FixedOffset,
        now: DateTime<Utc>,
    ) -> Result<Ticket, Vec<(TicketField, Problem)>> {
        let mut errors = Vec::new();
        let at = parse_local_moment(&self.received, offset);
        if at.is_none() {
            errors.push((TicketField::When, Problem::DateInvalid));
        }
        let description = self.description.trim();
        if description.is_empty() {
            errors.push((TicketField::Text, Problem::Required));
        }
        check_length(description, &mut errors);
        let (Some(at), true) = (at, errors.is_empty()) else {
            return Err(errors);
        };
        let mut ticket = Ticket::new(
            id,
            customer,
            self.kind,
            self.channel,
            self.priority,
            at.min(now),
            description.to_owned(),
            now,
        );
        ticket.visit = self.visit.clone();
        Ok(ticket)
    }
}

fn check_length(text: &str, errors: &mut Vec<(TicketField, Problem)>) {
    if text.chars().count() > TICKET_TEXT_MAX_CHARS {
        let max = TICKET_TEXT_MAX_CHARS;
        errors.push((TicketField::Text, Problem::TooLong { max }));
    }
}

/// Why a step was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepRefused {
    /// Inputs to correct.
    Fields(Vec<(TicketField, Problem)>),
    /// The ticket no longer allows it (changed in another tab meanwhile).
    State(TicketError),
}

/// What the owner does to a ticket.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepKind {
    Respond,
    Resolve,
    Reopen,
}

/// The step form: a message sent, a resolution, or a reopening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepDraft {
    pub kind: StepKind,
    /// `YYYY-MM-DDTHH:MM` in the business's time zone.
    pub when: String,
    /// How the response was given (responses only).
    pub channel: TicketChannel,
    pub text: String,
}

impl StepDraft {
    /// Checks the step and applies it to a copy of `ticket`, stamped as a new version at `now`.
    pub fn apply(
        &self,
        ticket: &Ticket,
        offset: FixedOffset,
        now: DateTime<Utc>,
    ) -> Result<Ticket, StepRefused> {
        let mut errors = Vec::new();
        let at = parse_local_moment(&self.when, offset);
        if at.is_none() {
            errors.push((TicketField::When, Problem::DateInvalid));
        }
        let text = self.text.trim().to_owned();
        if self.kind == StepKind::Respond && text.is_empty() {
            errors.push((TicketField::Text, Problem::Required));
        }
        check_length(&text, &mut errors);
        let (Some(at), true) = (at, errors.is_empty()) else {
            return Err(StepRefused::Fields(errors));
        };
        let mut next = ticket.clone();
        let at = at.min(now);
        let result = match self.kind {
            StepKind::Respond => next.respond(at, self.channel, text),
            StepKind::Resolve => next.resolve(at, text),
            StepKind::Reopen => next.reopen(at, text),
        };
        match result {
            Ok(()) => {
                crate::core::record::Versioned::touch(&mut next, now);
                Ok(next)
            }
            Err(TicketError::BeforeLastStep) => Err(StepRefused::Fields(vec![(
                TicketField::When,
                Problem::DateInvalid,
            )])),
            Err(error) => Err(StepRefused::State(error)),
        }
    }
}
