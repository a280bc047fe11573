//! The "today" page: who needs the owner now and why, most important first (the order is the
//! core's `relations::today`), each with a one-tap way to act — open the ticket, answer the
//! feedback, or contact the customer with a message already written.

use crate::core::customer::{Customer, CustomerId};
use crate::core::i18n::CareKey;
use crate::core::relations::facts::{gather, Records};
use crate::core::relations::follow_up::follow_ups;
use crate::core::relations::today::{today, TodayInputs, TodayItem};
use crate::core::service::sla::queue;
use crate::core::sorting;
use crate::ui::components::{LoadGate, TodayEntry};
use crate::ui::insights::use_insights;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// How many lines the page shows at first, and adds with "more".
const PAGE: usize = 50;

#[component]
pub fn TodayPage() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let items = Memo::new(move |_| -> Vec<TodayItem> {
        let now = platform::now();
        let offset = platform::local_offset(now);
        let settings = app.service.settings.get();
        let hours = settings.hours(offset);
        let analysis = insights.analysis.get();
        let customers: Vec<Customer> = app.book.with(|b| b.customers().cloned().collect());
        let known: BTreeSet<CustomerId> =
            sorting::btree_set(customers.iter().map(|c| c.id.clone()));
        let visits: Vec<_> = app.visits.with(|v| v.values().cloned().collect());
        let tickets = app.service.tickets.get();
        let ticket_list: Vec<_> = tickets.values().cloned().collect();
        let coupons: Vec<_> = app.service.coupons.with(|c| c.values().cloned().collect());
        let contacts: Vec<_> = app.service.contacts.with(|c| c.values().cloned().collect());
        let feedback = app.feedback.get();
        let facts = gather(
            Records {
                customers: &customers,
                visits: &visits,
                tickets: &ticket_list,
                feedback: &feedback,
                contacts: &contacts,
            },
            &analysis,
            offset,
        );
        let due = follow_ups(
            &facts,
            &settings.follow_ups,
            platform::local(now).date_naive(),
        );
        let waiting = queue(tickets.values(), &settings.sla, &hours, now);
        today(&TodayInputs {
            now,
            tickets: &tickets,
            queue: &waiting,
            feedback: &feedback,
            visits: &visits,
            coupons: &coupons,
            follow_ups: &due,
            analysis: &analysis,
            known: &known,
        })
    });
    // A long list is shown a page at a time: the most important first is what matters.
    let shown = RwSignal::new(PAGE);
    view! {
        <LoadGate>
            <h1>{move || app.t(CareKey::TodayTitle)}</h1>
            <p class="hint">{move || app.t(CareKey::TodayExplain)}</p>
            {move || {
                let list = items.get();
                if list.is_empty() {
                    return view! { <p class="card muted" data-testid="today-none">{app.t(CareKey::TodayNone)}</p> }.into_any();
                }
                let more = list.len() > shown.get();
                let total = list.len();
                view! {
                    <ol class="today-list" data-testid="today-list">
                        {list.into_iter().take(shown.get()).map(|item| view! { <li><TodayEntry item=item/></li> }).collect_view()}
                    </ol>
                    {more.then(|| view! {
                        <button type="button" class="button" data-testid="today-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                            {app.tf(CareKey::TodayMore, &[("shown", &shown.get_untracked().to_string()), ("total", &total.to_string())])}
                        </button>
                    })}
                }.into_any()
            }}
        </LoadGate>
    }
}
