//! The tickets page: overdue, then due soon (each earliest due first, from the core's queue),
//! then everything else still open, newest first, then the most recently resolved.

use crate::core::i18n::CareKey;
use crate::core::service::sla::queue;
use crate::core::service::ticket::{Status, Ticket, TicketId};
use crate::core::sorting;
use crate::ui::components::{LoadGate, ServiceFigures, TicketRow};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// How many resolved tickets the page shows.
const RESOLVED_SHOWN: usize = 20;

#[component]
pub fn TicketsPage() -> impl IntoView {
    let app = use_app();
    let lists = Memo::new(move |_| {
        let settings = app.service.settings.get();
        let now = platform::now();
        let hours = settings.hours(platform::local_offset(now));
        app.service.tickets.with(|all| {
            let q = queue(all.values(), &settings.sla, &hours, now);
            let pick = |ids: &[TicketId]| -> Vec<Ticket> {
                ids.iter().filter_map(|id| all.get(id).cloned()).collect()
            };
            let overdue = pick(
                &q.overdue
                    .iter()
                    .map(|w| w.ticket.clone())
                    .collect::<Vec<_>>(),
            );
            let soon = pick(
                &q.due_soon
                    .iter()
                    .map(|w| w.ticket.clone())
                    .collect::<Vec<_>>(),
            );
            let listed: BTreeSet<&TicketId> =
                sorting::btree_set(q.overdue.iter().chain(&q.due_soon).map(|w| &w.ticket));
            let mut open: Vec<Ticket> = all
                .values()
                .filter(|t| t.status() != Status::Resolved && !listed.contains(&t.id))
                .cloned()
                .collect();
            sorting::sort_by_key(&mut open, |t| std::cmp::Reverse(t.received_at));
            let mut resolved: Vec<Ticket> = all
                .values()
                .filter(|t| t.status() == Status::Resolved)
                .cloned()
                .collect();
            sorting::sort_by_key(&mut resolved, |t| std::cmp::Reverse(t.last_step_at()));
            resolved.truncate(RESOLVED_SHOWN);
            [overdue, soon, open, resolved]
        })
    });
    let section = move |i: usize, title: CareKey, testid: &'static str| {
        move || {
            let tickets = lists.with(|l| l[i].clone());
            (!tickets.is_empty()).then(|| {
                view! {
                    <section class="card" data-testid=testid>
                        <h2>{app.t(title)}<span class="count-badge">{tickets.len().to_string()}</span></h2>
                        <ul class="ticket-list">
                            {tickets.into_iter().map(|t| view! { <li><TicketRow ticket=t/></li> }).collect_view()}
                        </ul>
                    </section>
                }
            })
        }
    };
    let all_clear = move || {
        lists.with(|l| l[0].is_empty() && l[1].is_empty()).then(|| {
            let key = if app.service.tickets.with(|t| t.is_empty()) {
                CareKey::TicketsNone
            } else {
                CareKey::TicketsAllClear
            };
            view! { <p class="muted" data-testid="tickets-clear">{app.t(key)}</p> }
        })
    };
    view! {
        <LoadGate>
            <h1>{move || app.t(CareKey::TicketsTitle)}</h1>
            <p class="hint">{move || app.t(CareKey::TicketsExplain)}</p>
            <div class="actions">
                <a class="button primary" href="/tickets/new" data-testid="tickets-new">{move || app.t(CareKey::TicketNew)}</a>
            </div>
            {all_clear}
            {section(0, CareKey::TicketsOverdue, "tickets-overdue")}
            {section(1, CareKey::TicketsDueSoon, "tickets-due-soon")}
            {section(2, CareKey::TicketsOpen, "tickets-open")}
            {section(3, CareKey::TicketsResolved, "tickets-resolved")}
            <ServiceFigures/>
        </LoadGate>
    }
}
