//! A customer's tickets on their page: the way to record a new one, and theirs, newest first,
//! each with where it stands.

use crate::core::customer::Customer;
use crate::core::i18n::CareKey;
use crate::core::service::ticket::Ticket;
use crate::core::sorting;
use crate::ui::components::TicketRow;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// How many tickets the card lists.
const SHOWN: usize = 10;

#[component]
pub fn TicketsCard(
    /// The customer shown.
    #[prop(into)]
    customer: Signal<Customer>,
) -> impl IntoView {
    let app = use_app();
    let id = Memo::new(move |_| customer.with(|c| c.id.clone()));
    let theirs = Memo::new(move |_| {
        let id = id.get();
        let mut list: Vec<Ticket> = app
            .service
            .tickets
            .with(|all| all.values().filter(|t| t.customer == id).cloned().collect());
        sorting::sort_by_key(&mut list, |t| std::cmp::Reverse(t.received_at));
        list
    });
    let entries = move || {
        let list = theirs.get();
        if list.is_empty() {
            return view! { <p class="muted" data-testid="tickets-of-customer-none">{app.t(CareKey::TicketsOfCustomer)}</p> }.into_any();
        }
        let items = list
            .into_iter()
            .take(SHOWN)
            .map(|t| view! { <li><TicketRow ticket=t show_name=false/></li> })
            .collect_view();
        view! { <ul class="ticket-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="card" data-testid="tickets-card">
            <h2>{move || app.t(CareKey::CustomerTickets)}</h2>
            <div class="actions">
                <a class="button" data-testid="ticket-new" href=move || format!("/customers/{}/tickets/new", id.get())>
                    {move || app.t(CareKey::TicketNew)}
                </a>
            </div>
            {entries}
        </section>
    }
}
