//! Recording a ticket: what came in from a customer, on which channel, when, and how urgent.
//! Reached from the customer's page, or from the tickets page through a customer search.

use super::{channel_choices, kind_choices, now_local, priority_choices};
use crate::core::book::{Query, SortOrder};
use crate::core::customer::Customer;
use crate::core::draft::Problem;
use crate::core::i18n::{format_date, kind_label, CareKey};
use crate::core::service::draft::{TicketDraft, TicketField};
use crate::core::service::ticket::{Priority, TicketChannel, TicketId, TicketKind};
use crate::core::sorting;
use crate::core::visit::VisitId;
use crate::ui::components::{errors_by_field, ChoiceSelect, Field, FormActions, LoadGate};
use crate::ui::pages::for_customer;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// How many matches the customer search offers.
const MATCHES_SHOWN: usize = 8;

#[component]
pub fn NewTicket() -> impl IntoView {
    for_customer(|customer| view! { <TicketForm customer=customer/> }.into_any())
}

/// The tickets page's way in: find the customer first.
#[component]
pub fn ChooseTicketCustomer() -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let matches = move || {
        let query = Query::parse(&text.get());
        if query.is_empty() {
            return Vec::new();
        }
        app.book.with(|b| {
            b.search(&query, SortOrder::Reading)
                .into_iter()
                .take(MATCHES_SHOWN)
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <LoadGate>
            <section class="card form">
                <h1>{move || app.t(CareKey::TicketNew)}</h1>
                <Field for_id="ticket-customer-search" label=CareKey::ChooseCustomer hint=Some(CareKey::ChooseCustomerHint.into()) error=Signal::derive(|| None::<String>)>
                    <input id="ticket-customer-search" data-testid="ticket-customer-search" type="search"
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                </Field>
                <ul class="choice-list">
                    {move || {
                        let found = matches();
                        if found.is_empty() && !text.with(String::is_empty) {
                            return view! { <li class="muted">{app.t(CareKey::NoCustomerFound)}</li> }.into_any();
                        }
                        found.into_iter().map(|(id, name)| view! {
                            <li><a class="button" href=format!("/customers/{id}/tickets/new") data-testid="ticket-customer-choice">{name}</a></li>
                        }).collect_view().into_any()
                    }}
                </ul>
            </section>
        </LoadGate>
    }
}

#[component]
fn TicketForm(customer: Customer) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let kind = RwSignal::new(TicketKind::Inquiry);
    let channel = RwSignal::new(TicketChannel::Phone);
    let priority = RwSignal::new(Priority::Normal);
    let received = RwSignal::new(now_local());
    let visit = RwSignal::new(None::<VisitId>);
    let draft_key = format!("ticket:{}", customer.id);
    let description = app.kept_text(draft_key.clone());
    let errors = RwSignal::new(Vec::<(TicketField, Problem)>::new());
    let error_for = errors_by_field(errors);
    let saving = RwSignal::new(false);
    let back = format!("/customers/{}", customer.id);
    let mut visits: Vec<(VisitId, chrono::DateTime<chrono::Utc>, String)> =
        app.visits.with_untracked(|all| {
            all.values()
                .filter(|v| v.customer == customer.id)
                .map(|v| {
                    let items: Vec<&str> = v.items.iter().map(|i| i.name.as_str()).collect();
                    (v.id.clone(), v.started_at, items.join("・"))
                })
                .collect()
        });
    sorting::sort_by_key(&mut visits, |v| std::cmp::Reverse(v.1));
    visits.truncate(10);
    let customer_id = customer.id.clone();
    let name = customer.name.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let draft = TicketDraft {
            kind: kind.get_untracked(),
            channel: channel.get_untracked(),
            priority: priority.get_untracked(),
            received: received.get_untracked(),
            description: description.get_untracked(),
            visit: visit.get_untracked(),
        };
        let now = platform::now();
        let id = TicketId::from_random_bytes(platform::random_bytes());
        let ticket = match draft.validate(id, customer_id.clone(), platform::local_offset(now), now)
        {
            Ok(ticket) => ticket,
            Err(found) => return errors.set(found),
        };
        errors.set(Vec::new());
        saving.set(true);
        let (navigate, name, draft_key) = (navigate.clone(), name.clone(), draft_key.clone());
        leptos::task::spawn_local(async move {
            let href = format!("/tickets/{}", ticket.id);
            let kind = app.t(kind_label(ticket.kind));
            match app.save_service(ticket).await {
                Ok(()) => {
                    app.toasts
                        .info(app.tf(CareKey::TicketSaved, &[("name", &name), ("kind", kind)]));
                    app.forget_text(&draft_key);
                    navigate(&href, Default::default());
                }
                Err(error) => app.report_write_failure(&error, crate::core::i18n::Key::SaveFailed),
            }
            saving.set(false);
        });
    };
    let lang = move || app.lang.get();
    let visit_options = visits
        .into_iter()
        .map(|(id, at, items)| {
            let value = id.to_string();
            let date = platform::local(at).date_naive();
            view! { <option value=value>{move || format!("{} {}", format_date(lang(), date), items)}</option> }
        })
        .collect_view();
    view! {
        <form class="card form" on:submit=save novalidate data-testid="ticket-form">
            <h1>{move || app.t(CareKey::TicketNew)}</h1>
            <p class="muted">{customer.name.clone()}</p>
            <div class="field-row">
                <ChoiceSelect id="ticket-kind" label=CareKey::FieldKind value=kind choices=kind_choices()/>
                <ChoiceSelect id="ticket-channel" label=CareKey::FieldChannel value=channel choices=channel_choices()/>
                <ChoiceSelect id="ticket-priority" label=CareKey::FieldPriority value=priority choices=priority_choices()/>
            </div>
            <Field for_id="ticket-received" label=CareKey::FieldReceived error=error_for(TicketField::When)>
                <input id="ticket-received" data-testid="ticket-received" type="datetime-local"
                    prop:value=move || received.get() on:input=move |ev| received.set(event_target_value(&ev))/>
            </Field>
            <Field for_id="ticket-visit" label=CareKey::FieldAboutVisit error=Signal::derive(|| None::<String>)>
                <select id="ticket-visit" data-testid="ticket-visit"
                    on:change=move |ev| visit.set(VisitId::parse(&event_target_value(&ev)))>
                    <option value="" selected=true>{move || app.t(CareKey::VisitNone)}</option>
                    {visit_options}
                </select>
            </Field>
            <Field for_id="ticket-description" label=CareKey::FieldDescription error=error_for(TicketField::Text)>
                <textarea id="ticket-description" data-testid="ticket-description" rows="4"
                    prop:value=move || description.get() on:input=move |ev| description.set(event_target_value(&ev))></textarea>
            </Field>
            <FormActions cancel=back saving=saving/>
        </form>
    }
}
