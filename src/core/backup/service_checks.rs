//! Reading a backup's customer-service records. A ticket names a customer and perhaps a visit
//! the file has (live or deleted: a complaint outlives the visit it was about); its texts are
//! within their lengths; and its steps replay in order through the same rules the app applies
//! (no answer after the resolution without a reopening, nothing before it was received), so a
//! hand-edited file cannot give it a status the app could not reach.

use super::catalog_checks::{check_times, tombstones, unique};
use super::read::{decode_list, invalid, ReadError, ValueProblem, MAX_NOTES};
use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::record::Tombstone;
use crate::core::service::ticket::{
    Ticket, TicketError, TicketEvent, TicketId, TICKET_TEXT_MAX_CHARS,
};
use crate::core::visit::VisitId;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::BTreeSet;

/// The tickets and ticket tombstones of a (migrated) backup `document`.
pub(super) fn read_tickets(
    document: &Value,
    customers: &BTreeSet<CustomerId>,
    visits: &BTreeSet<VisitId>,
    latest: DateTime<Utc>,
) -> Result<(Vec<Ticket>, Vec<Tombstone<TicketId>>), ReadError> {
    let records: Vec<Ticket> = decode_list(&document["tickets"], "tickets")?;
    let deleted: Vec<Tombstone<TicketId>> =
        decode_list(&document["deleted"]["tickets"], "deleted.tickets")?;
    let mut ids = BTreeSet::new();
    for (i, ticket) in records.iter().enumerate() {
        let path = format!("tickets[{i}]");
        unique(&mut ids, &ticket.id, &path)?;
        if !customers.contains(&ticket.customer) {
            return invalid(format!("{path}.customer"), ValueProblem::UnknownReference);
        }
        if ticket.visit.as_ref().is_some_and(|v| !visits.contains(v)) {
            return invalid(format!("{path}.visit"), ValueProblem::UnknownReference);
        }
        check_text(&ticket.description, &format!("{path}.description"))?;
        if ticket.received_at > latest {
            return invalid(format!("{path}.received_at"), ValueProblem::InFuture);
        }
        check_events(ticket, &path, latest)?;
        check_times(
            ticket.created_at,
            ticket.updated_at,
            &ticket.earlier_versions,
            &path,
            latest,
        )?;
    }
    tombstones(&deleted, &mut ids, "deleted.tickets", latest)?;
    Ok((records, deleted))
}

fn check_text(text: &str, path: &str) -> Result<(), ReadError> {
    let max = TICKET_TEXT_MAX_CHARS;
    if text.chars().count() > max {
        return invalid(
            path.to_owned(),
            ValueProblem::Rule(Problem::TooLong { max }),
        );
    }
    Ok(())
}

/// Replays the steps on a copy with none: each must be one the app could have taken.
fn check_events(ticket: &Ticket, path: &str, latest: DateTime<Utc>) -> Result<(), ReadError> {
    if ticket.events.len() > MAX_NOTES {
        return invalid(
            format!("{path}.events"),
            ValueProblem::TooMany { max: MAX_NOTES },
        );
    }
    let mut replay = Ticket {
        events: Vec::new(),
        ..ticket.clone()
    };
    for (i, event) in ticket.events.iter().enumerate() {
        let at = format!("{path}.events[{i}]");
        if event.at() > latest {
            return invalid(format!("{at}.at"), ValueProblem::InFuture);
        }
        let (result, text) = match event.clone() {
            TicketEvent::Responded { at, channel, text } => {
                (replay.respond(at, channel, text.clone()), text)
            }
            TicketEvent::Resolved { at, text } => (replay.resolve(at, text.clone()), text),
            TicketEvent::Reopened { at, text } => (replay.reopen(at, text.clone()), text),
        };
        check_text(&text, &format!("{at}.text"))?;
        match result {
            Ok(()) => {}
            Err(TicketError::BeforeLastStep) => {
                return invalid(format!("{at}.at"), ValueProblem::OutOfOrder)
            }
            Err(TicketError::AlreadyResolved | TicketError::NotResolved) => {
                return invalid(format!("{at}.kind"), ValueProblem::OutOfOrder)
            }
        }
    }
    Ok(())
}
