//! One ticket: what was said, where it stands against its targets, every step so far, and the
//! next step — a response (with the channel it went by), the resolution, or a reopening.

use super::{channel_choices, now_local};
use crate::core::draft::Problem;
use crate::core::i18n::{
    format_date_time, kind_label, priority_label, status_label, ticket_channel_label, CareKey, Key,
};
use crate::core::loyalty::coupon::Origin;
use crate::core::relations::library::Purpose;
use crate::core::service::draft::{StepDraft, StepKind, StepRefused, TicketField};
use crate::core::service::ticket::{Status, Ticket, TicketChannel, TicketEvent, TicketId};
use crate::ui::components::{
    errors_by_field, standing_text, ChoiceSelect, Field, LoadGate, RemedyCard, TemplatePicker,
};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn TicketPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| TicketId::parse(&s))
    });
    let ticket = Memo::new(move |_| {
        id.get()
            .and_then(|id| app.service.tickets.with(|all| all.get(&id).cloned()))
    });
    let present = Memo::new(move |_| ticket.with(Option::is_some));
    view! {
        <LoadGate>
            {move || if present.get() {
                let current = Signal::derive(move || ticket.get());
                view! { <TicketView ticket=current/> }.into_any()
            } else {
                view! { <p class="card" data-testid="ticket-missing">{app.t(CareKey::TicketMissing)}</p> }.into_any()
            }}
        </LoadGate>
    }
}

#[component]
fn TicketView(ticket: Signal<Option<Ticket>>) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let with =
        move |f: &dyn Fn(&Ticket) -> String| ticket.with(|t| t.as_ref().map(f).unwrap_or_default());
    let customer = move || {
        ticket.with(|t| t.as_ref().map(|t| t.customer.clone())).map(|id| {
            let name = app.book.with(|b| b.get(&id).map(|c| c.name.clone())).unwrap_or_default();
            view! { <a class="tap-link" href=format!("/customers/{id}") data-testid="ticket-customer-link">{name}</a> }
        })
    };
    let lang = move || app.lang.get();
    let events = move || {
        let Some(t) = ticket.get() else {
            return Vec::new();
        };
        let mut rows = vec![(
            format_date_time(lang(), &platform::local(t.received_at)),
            app.tf(
                CareKey::EventReceived,
                &[("channel", app.t(ticket_channel_label(t.channel)))],
            ),
            t.description.clone(),
        )];
        for event in &t.events {
            let when = format_date_time(lang(), &platform::local(event.at()));
            let (what, text) = match event {
                TicketEvent::Responded { channel, text, .. } => (
                    app.tf(
                        CareKey::EventResponded,
                        &[("channel", app.t(ticket_channel_label(*channel)))],
                    ),
                    text.clone(),
                ),
                TicketEvent::Resolved { text, .. } => {
                    (app.t(CareKey::EventResolved).to_owned(), text.clone())
                }
                TicketEvent::Reopened { text, .. } => {
                    (app.t(CareKey::EventReopened).to_owned(), text.clone())
                }
            };
            rows.push((when, what, text));
        }
        rows
    };
    let delete = move |_| {
        let Some(t) = ticket.get_untracked() else {
            return;
        };
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match app.delete_service(t, CareKey::TicketDeleted.into()).await {
                Ok(()) => navigate("/tickets", Default::default()),
                Err(error) => app.report_write_failure(&error, Key::DeleteFailed),
            }
        });
    };
    view! {
        <article class="card ticket-detail" data-testid="ticket-detail">
            <h1>
                <span data-testid="ticket-detail-kind">{move || app.t(kind_label(ticket.with(|t| t.as_ref().map(|t| t.kind)).unwrap_or(crate::core::service::ticket::TicketKind::Inquiry)))}</span>
                " · " {customer}
            </h1>
            <p>
                <span class="status-badge" data-testid="ticket-status">{move || with(&|t| app.t(status_label(t.status())).to_owned())}</span>
                " " <span class="muted">{move || with(&|t| app.t(priority_label(t.priority)).to_owned())}</span>
            </p>
            {move || ticket.with(|t| t.as_ref().and_then(|t| standing_text(lang(), t))).map(|(text, class)| view! {
                <p class=format!("ticket-standing {class}") data-testid="ticket-detail-standing">{text}</p>
            })}
            <ol class="ticket-events" data-testid="ticket-events">
                {move || events().into_iter().map(|(when, what, text)| view! {
                    <li><span class="muted">{when}</span>" " <strong>{what}</strong><p class="event-text">{text}</p></li>
                }).collect_view()}
            </ol>
        </article>
        <StepForm ticket=ticket/>
        <RemedyCard ticket=ticket/>
        <p><button type="button" class="button danger" data-testid="ticket-delete" on:click=delete>{move || app.t(CareKey::DeleteTicket)}</button></p>
    }
}

#[component]
fn StepForm(ticket: Signal<Option<Ticket>>) -> impl IntoView {
    let app = use_app();
    let status = Memo::new(move |_| ticket.with(|t| t.as_ref().map(Ticket::status)));
    let kind = RwSignal::new(StepKind::Respond);
    Effect::new(move |_| {
        kind.set(match status.get() {
            Some(Status::Resolved) => StepKind::Reopen,
            _ => StepKind::Respond,
        })
    });
    let when = RwSignal::new(now_local());
    let channel = RwSignal::new(
        ticket
            .with_untracked(|t| t.as_ref().map(|t| t.channel))
            .unwrap_or(TicketChannel::Phone),
    );
    let key = ticket
        .with_untracked(|t| t.as_ref().map(|t| format!("ticket-step:{}", t.id)))
        .unwrap_or_default();
    let text = app.kept_text(key.clone());
    let errors = RwSignal::new(Vec::<(TicketField, Problem)>::new());
    let error_for = errors_by_field(errors);
    let saving = RwSignal::new(false);
    let submit = move |chosen: StepKind| {
        let Some(current) = ticket.get_untracked() else {
            return;
        };
        if saving.get_untracked() {
            return;
        }
        let draft = StepDraft {
            kind: chosen,
            when: when.get_untracked(),
            channel: channel.get_untracked(),
            text: text.get_untracked(),
        };
        let now = platform::now();
        let next = match draft.apply(&current, platform::local_offset(now), now) {
            Ok(next) => next,
            Err(StepRefused::Fields(found)) => return errors.set(found),
            Err(StepRefused::State(_)) => {
                return app.toasts.error(app.t(CareKey::StepRefused).to_owned())
            }
        };
        errors.set(Vec::new());
        saving.set(true);
        let key = key.clone();
        leptos::task::spawn_local(async move {
            match app.save_service(next).await {
                Ok(()) => {
                    app.forget_text(&key);
                    app.toasts.info(app.t(CareKey::StepSaved).to_owned());
                    when.set(now_local());
                }
                Err(error) => app.report_write_failure(&error, Key::SaveFailed),
            }
            saving.set(false);
        });
    };
    let on_submit = {
        let submit = submit.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            submit(kind.get_untracked());
        }
    };
    let resolve = move |_| submit(StepKind::Resolve);
    let resolved = move || status.get() == Some(Status::Resolved);
    let (purpose, customer) = ticket
        .with_untracked(|t| {
            t.as_ref()
                .map(|t| (Purpose::answering(t.kind), t.customer.clone()))
        })
        .unzip();
    let remedy = Signal::derive(move || {
        let id = ticket.with(|t| t.as_ref().map(|t| t.id.clone()));
        app.service.coupons.with(|all| {
            all.values()
                .filter(|c| matches!(&c.origin, Origin::Remedy { ticket: Some(t), .. } if Some(t) == id.as_ref()))
                .max_by_key(|c| c.issued_at)
                .cloned()
        })
    });
    let picker = purpose.zip(customer).map(|(purpose, customer)| {
        view! { <TemplatePicker id="ticket-template" purpose=purpose customer=customer coupon=remedy text=text/> }
    });
    view! {
        <form class="card form" on:submit=on_submit novalidate data-testid="ticket-step-form">
            {picker}
            <Field for_id="ticket-step-text" label=CareKey::FieldStepText error=error_for(TicketField::Text)>
                <textarea id="ticket-step-text" data-testid="ticket-step-text" rows="5"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </Field>
            <div class="field-row">
                <Show when=move || !resolved()>
                    <ChoiceSelect id="ticket-step-channel" label=CareKey::FieldStepChannel value=channel choices=channel_choices()/>
                </Show>
                <Field for_id="ticket-step-when" label=CareKey::FieldStepWhen error=error_for(TicketField::When)>
                    <input id="ticket-step-when" data-testid="ticket-step-when" type="datetime-local"
                        prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev))/>
                </Field>
            </div>
            <div class="form-actions">
                {move || if resolved() {
                    view! { <button type="submit" class="button primary" data-testid="ticket-reopen" disabled=move || saving.get()>{app.t(CareKey::StepReopen)}</button> }.into_any()
                } else {
                    view! {
                        <button type="submit" class="button primary" data-testid="ticket-respond" disabled=move || saving.get()>{app.t(CareKey::StepRespond)}</button>
                        <button type="button" class="button" data-testid="ticket-resolve" disabled=move || saving.get() on:click=resolve.clone()>{app.t(CareKey::StepResolve)}</button>
                    }.into_any()
                }}
            </div>
        </form>
    }
}
