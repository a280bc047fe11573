//! One ticket in a list: its kind, whose it is, what they said, and where it stands against
//! its target ("first response was due 11:30") — the line the owner acts on.

use crate::core::i18n::{format_date_time, kind_label, status_label, CareKey, Lang};
use crate::core::service::sla::{current, Goal, Standing};
use crate::core::service::ticket::{Ticket, TicketKind};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The words for where a ticket stands, and a class for its colour.
pub fn standing_text(lang: Lang, ticket: &Ticket) -> Option<(String, &'static str)> {
    let app = use_app();
    let settings = app.service.settings.get_untracked();
    let now = platform::now();
    let hours = settings.hours(platform::local_offset(now));
    let (goal, standing) = current(ticket, &settings.sla, &hours, now)?;
    let goal = lang.text(match goal {
        Goal::FirstResponse => CareKey::GoalFirstResponse,
        Goal::Resolution => CareKey::GoalResolution,
    });
    let time = |at: chrono::DateTime<chrono::Utc>| format_date_time(lang, &platform::local(at));
    let args = |at| [("goal", goal.to_owned()), ("time", time(at))];
    let fill = |key, at| {
        let a = args(at);
        lang.format(key, &[("goal", &a[0].1), ("time", &a[1].1)])
    };
    Some(match standing {
        Standing::Overdue { due } => (fill(CareKey::OverdueSince, due), "standing-overdue"),
        Standing::DueSoon { due } => (fill(CareKey::DueSoonAt, due), "standing-soon"),
        Standing::OnTrack { due } => (fill(CareKey::DueAt, due), "standing-ok"),
        Standing::Met => (
            lang.format(CareKey::TargetMet, &[("goal", goal)]),
            "standing-met",
        ),
        Standing::Missed => (
            lang.format(CareKey::TargetMissed, &[("goal", goal)]),
            "standing-missed",
        ),
        Standing::NoDueTime => (lang.text(CareKey::NoDueTime).to_owned(), "standing-ok"),
    })
}

#[component]
pub fn TicketRow(ticket: Ticket, #[prop(default = true)] show_name: bool) -> impl IntoView {
    let app = use_app();
    let name = app
        .book
        .with_untracked(|b| b.get(&ticket.customer).map(|c| c.name.clone()))
        .unwrap_or_default();
    let href = format!("/tickets/{}", ticket.id);
    let complaint = ticket.kind == TicketKind::Complaint;
    let excerpt: String = ticket.description.chars().take(60).collect();
    let t = ticket.clone();
    let status = ticket.status();
    view! {
        <a class="ticket-row" href=href data-testid="ticket-row">
            <span class="ticket-head">
                <span class="kind-badge" class:complaint=complaint data-testid="ticket-kind">
                    {move || app.t(kind_label(t.kind))}
                </span>
                {show_name.then(|| view! { <strong data-testid="ticket-customer">{name.clone()}</strong> })}
                <span class="muted">{move || app.t(status_label(status))}</span>
            </span>
            <span class="ticket-text">{excerpt}</span>
            {move || standing_text(app.lang.get(), &ticket).map(|(text, class)| view! {
                <span class=format!("ticket-standing {class}") data-testid="ticket-standing">{text}</span>
            })}
        </a>
    }
}
