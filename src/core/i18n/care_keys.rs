//! The keys of the customer-care messages: tickets, their targets and steps. Add a key here,
//! then to both catalogs (`care_en.rs`, `care_ja.rs`).

use super::keys::keys;
use crate::core::service::ticket::{Priority, Status, TicketChannel, TicketKind};

keys! {
    /// One user-visible message about customer care.
    CareKey {
    NavTickets, TicketsTitle, TicketsExplain, TicketNew, TicketsNone, TicketsOverdue,
    TicketsDueSoon, TicketsOpen, TicketsResolved, TicketsAllClear,
    KindInquiry, KindRequest, KindComplaint, KindCompliment,
    ChannelPhone, ChannelEmail, ChannelLine, ChannelSns, ChannelInPerson, ChannelWebForm,
    ChannelOther, PriorityLow, PriorityNormal, PriorityHigh, PriorityUrgent,
    StatusNew, StatusResponded, StatusResolved,
    FieldKind, FieldChannel, FieldPriority, FieldReceived, FieldDescription, FieldAboutVisit,
    VisitNone, TicketSaved, TicketFor, ChooseCustomer, ChooseCustomerHint, NoCustomerFound,
    GoalFirstResponse, GoalResolution, DueAt, OverdueSince, DueSoonAt, TargetMet, TargetMissed,
    NoDueTime, StepRespond, StepResolve, StepReopen, FieldStepText, FieldStepWhen,
    FieldStepChannel, StepSaved, StepRefused, EventResponded, EventResolved, EventReopened,
    EventReceived, TicketMissing, CustomerTickets, TicketsOfCustomer, DeleteTicket, TicketDeleted,
    ReceivedAt, ServiceRecordsTitle,
}}

pub fn kind_label(kind: TicketKind) -> CareKey {
    match kind {
        TicketKind::Inquiry => CareKey::KindInquiry,
        TicketKind::Request => CareKey::KindRequest,
        TicketKind::Complaint => CareKey::KindComplaint,
        TicketKind::Compliment => CareKey::KindCompliment,
    }
}

pub fn ticket_channel_label(channel: TicketChannel) -> CareKey {
    match channel {
        TicketChannel::Phone => CareKey::ChannelPhone,
        TicketChannel::Email => CareKey::ChannelEmail,
        TicketChannel::Line => CareKey::ChannelLine,
        TicketChannel::Sns => CareKey::ChannelSns,
        TicketChannel::InPerson => CareKey::ChannelInPerson,
        TicketChannel::WebForm => CareKey::ChannelWebForm,
        TicketChannel::Other => CareKey::ChannelOther,
    }
}

pub fn priority_label(priority: Priority) -> CareKey {
    match priority {
        Priority::Low => CareKey::PriorityLow,
        Priority::Normal => CareKey::PriorityNormal,
        Priority::High => CareKey::PriorityHigh,
        Priority::Urgent => CareKey::PriorityUrgent,
    }
}

pub fn status_label(status: Status) -> CareKey {
    match status {
        Status::New => CareKey::StatusNew,
        Status::Responded => CareKey::StatusResponded,
        Status::Resolved => CareKey::StatusResolved,
    }
}
