//! One customer: everything known about them, their notes, and edit / delete.

use super::use_customer_id;
use crate::core::customer::{Customer, CustomerId};
use crate::core::i18n::{age_on, channel_label, format_date, format_date_time, BookKey, Key};
use crate::ui::components::{
    AfterPaint, CouponsCard, CustomerInsight, CustomerMissing, FeedbackCard, LoadGate, LoyaltyCard,
    Notes, OfferCard, TicketsCard, TimelineCard, VisitHistory,
};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn CustomerDetail() -> impl IntoView {
    let app = use_app();
    let id = use_customer_id();
    let customer = Memo::new(move |_| {
        id.get()
            .and_then(|id| app.book.with(|b| b.get(&id).cloned()))
    });
    // The page is rebuilt only when the customer appears or disappears; edits flow through the
    // signal, so a note being typed survives a change saved elsewhere.
    let present = Memo::new(move |_| customer.with(Option::is_some));
    view! {
        <LoadGate>
            {move || if present.get() {
                let current = Signal::derive(move || customer.get().unwrap_or_else(placeholder));
                view! {
                    <div class="detail-columns">
                        <Profile customer=current/>
                        <div class="detail-side">
                            <CustomerInsight customer=current/>
                            <OfferCard customer=current/>
                            // Below the first screen: the customer shows without waiting.
                            <AfterPaint>
                                <TicketsCard customer=current/>
                                <CouponsCard customer=current/>
                                <LoyaltyCard customer=current/>
                                <FeedbackCard customer=current/>
                                <VisitHistory customer=current/>
                                <Notes customer=current/>
                                <TimelineCard customer=current/>
                            </AfterPaint>
                        </div>
                    </div>
                }
                .into_any()
            } else {
                view! { <CustomerMissing/> }.into_any()
            }}
        </LoadGate>
    }
}

/// Stands in for the instant between a customer's deletion and the page noticing it.
fn placeholder() -> Customer {
    Customer::new(CustomerId::from_random_bytes([0; 16]), Default::default())
}

#[component]
fn Profile(
    /// The customer shown.
    #[prop(into)]
    customer: Signal<Customer>,
) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let deleting = RwSignal::new(false);
    let delete = move |_| {
        if deleting.get_untracked() {
            return;
        }
        deleting.set(true);
        let id = customer.with_untracked(|c| c.id.clone());
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match app.delete(id).await {
                Ok(()) => navigate(&app.list_url.get_untracked(), Default::default()),
                Err(error) => {
                    app.report_write_failure(&error, Key::DeleteFailed);
                    deleting.set(false);
                }
            }
        });
    };
    let not_set = move || view! { <span class="muted">{app.t(BookKey::NotSet)}</span> }.into_any();
    let birthday = move || {
        let lang = app.lang.get();
        customer.with(|c| c.birthday).map(|date| {
            let shown = format_date(lang, date);
            match age_on(date, platform::today()) {
                Some(age) => lang.format(
                    BookKey::BirthdayWithAge,
                    &[("date", &shown), ("age", &age.to_string())],
                ),
                None => shown,
            }
        })
    };
    view! {
        <section class="card profile" data-testid="profile">
            <div class="profile-head">
                <div>
                    <h1 data-testid="customer-name">{move || customer.with(|c| c.name.clone())}</h1>
                    <p class="reading" data-testid="customer-reading">{move || customer.with(|c| c.reading.clone())}</p>
                </div>
                <div class="actions">
                    <a class="button" data-testid="edit" href=move || format!("/customers/{}/edit", customer.with(|c| c.id.clone()))>
                        {move || app.t(Key::Edit)}
                    </a>
                    <button class="button danger" data-testid="delete" on:click=delete disabled=move || deleting.get()>
                        {move || app.t(Key::Delete)}
                    </button>
                </div>
            </div>
            <dl class="facts">
                <dt>{move || app.t(BookKey::FieldPhones)}</dt>
                <dd data-testid="customer-phones">
                    {move || {
                        let phones = customer.with(|c| c.phones.clone());
                        if phones.is_empty() {
                            not_set()
                        } else {
                            phones
                                .into_iter()
                                .map(|p| view! { <a class="phone" href=format!("tel:{p}")>{p.clone()}</a> })
                                .collect_view()
                                .into_any()
                        }
                    }}
                </dd>
                <dt>{move || app.t(BookKey::FieldEmail)}</dt>
                <dd data-testid="customer-email">
                    {move || match customer.with(|c| c.email.clone()) {
                        email if email.is_empty() => not_set(),
                        email => view! { <a href=format!("mailto:{email}")>{email.clone()}</a> }.into_any(),
                    }}
                </dd>
                <Show when=move || customer.with(|c| !c.number.is_empty())>
                    <dt>{move || app.t(BookKey::ColumnNumber)}</dt>
                    <dd data-testid="customer-number">{move || customer.with(|c| c.number.clone())}</dd>
                </Show>
                <dt>{move || app.t(BookKey::FieldChannel)}</dt>
                <dd data-testid="customer-channel">
                    {move || customer.with(|c| c.preferred_channel)
                        .map(|ch| app.t(channel_label(ch)))
                        .unwrap_or_else(|| app.t(BookKey::ChannelNone))}
                </dd>
                <dt>{move || app.t(BookKey::FieldBirthday)}</dt>
                <dd data-testid="customer-birthday">{move || birthday().map(|b| b.into_any()).unwrap_or_else(not_set)}</dd>
                <dt>{move || app.t(BookKey::FieldHousehold)}</dt>
                <dd data-testid="customer-household">
                    {move || {
                        let items = customer.with(|c| c.household.clone());
                        if items.is_empty() {
                            not_set()
                        } else {
                            view! { <ul class="plain">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
                        }
                    }}
                </dd>
                <dt>{move || app.t(BookKey::FieldTags)}</dt>
                <dd data-testid="customer-tags">
                    {move || {
                        let tags = customer.with(|c| c.tags.clone());
                        if tags.is_empty() {
                            not_set()
                        } else {
                            tags.into_iter().map(|t| view! { <span class="tag">{t}</span> }).collect_view().into_any()
                        }
                    }}
                </dd>
            </dl>
            <p class="muted small stamps">
                {move || {
                    let lang = app.lang.get();
                    customer.with(|c| format!(
                        "{} {} · {} {}",
                        lang.text(BookKey::CreatedAt),
                        format_date_time(lang, &platform::local(c.created_at)),
                        lang.text(BookKey::UpdatedAt),
                        format_date_time(lang, &platform::local(c.updated_at)),
                    ))
                }}
            </p>
        </section>
    }
}
