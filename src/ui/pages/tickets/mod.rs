//! Customer-service screens: the tickets list (overdue and due soon first), recording a new
//! ticket from a customer, and one ticket with its steps.

mod detail;
mod list;
mod new;

pub use detail::TicketPage;
pub use list::TicketsPage;
pub use new::{ChooseTicketCustomer, NewTicket};

use crate::core::i18n::{kind_label, priority_label, ticket_channel_label, Message};
use crate::core::service::ticket::{Priority, TicketChannel, TicketKind};

/// Each kind with its stored name and label, for a select.
fn kind_choices() -> Vec<(TicketKind, &'static str, Message)> {
    TicketKind::ALL
        .into_iter()
        .map(|k| (k, k.as_str(), kind_label(k).into()))
        .collect()
}

fn channel_choices() -> Vec<(TicketChannel, &'static str, Message)> {
    TicketChannel::ALL
        .into_iter()
        .map(|c| (c, c.as_str(), ticket_channel_label(c).into()))
        .collect()
}

fn priority_choices() -> Vec<(Priority, &'static str, Message)> {
    Priority::ALL
        .into_iter()
        .map(|p| (p, p.as_str(), priority_label(p).into()))
        .collect()
}

/// Now, as a `datetime-local` value.
fn now_local() -> String {
    crate::ui::platform::local(crate::ui::platform::now())
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}
