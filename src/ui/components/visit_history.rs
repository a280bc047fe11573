//! A customer's visits, newest first: when, what was served, what was paid, a mark where less
//! was delivered than booked. "Same as last time" records a repeat visit in one tap (with
//! undo); "record a visit" opens the form.

use super::{CouponLine, VisitForm};
use crate::core::customer::Customer;
use crate::core::i18n::{benefit_text, format_date_time, format_money, BookKey, CareKey};
use crate::core::loyalty::coupon::Origin;
use crate::core::loyalty::trust::{shortfalls, suggest_remedy, Unit};
use crate::core::sorting;
use crate::core::visit::Visit;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn VisitHistory(#[prop(into)] customer: Signal<Customer>) -> impl IntoView {
    let app = use_app();
    let id = Signal::derive(move || customer.with(|c| c.id.clone()));
    let visits = Memo::new(move |_| {
        let id = id.get();
        let mut theirs: Vec<Visit> = app.by_customer.visits(&id);
        sorting::sort_by(&mut theirs, |a, b| {
            b.started_at
                .cmp(&a.started_at)
                .then_with(|| b.id.cmp(&a.id))
        });
        theirs
    });
    let form_open = RwSignal::new(false);
    let same_as_last = move |_| {
        let Some(last) = visits.with_untracked(|v| v.first().cloned()) else {
            return;
        };
        let now = platform::now();
        leptos::task::spawn_local(app.record_visit(last.repeat(
            platform::new_visit_id(),
            now,
            now,
        )));
    };
    let summary = move || {
        let lang = app.lang.get();
        visits.with(|v| {
            let total: i64 = v.iter().map(|v| v.paid.amount).sum();
            lang.format(
                BookKey::VisitCount,
                &[
                    ("count", &v.len().to_string()),
                    ("total", &format_money(total, "JPY", lang)),
                ],
            )
        })
    };
    view! {
        <section class="card visits" data-testid="visits">
            <h2>{move || app.t(BookKey::VisitsHeading)}</h2>
            <p class="muted small" data-testid="visit-summary">{summary}</p>
            <div class="visit-actions">
                <Show when=move || visits.with(|v| !v.is_empty())>
                    <button type="button" class="button primary" data-testid="visit-repeat" on:click=same_as_last>
                        {move || app.t(BookKey::VisitSameAsLast)}
                    </button>
                </Show>
                <button
                    type="button"
                    class="button"
                    data-testid="visit-new"
                    aria-expanded=move || form_open.get().to_string()
                    on:click=move |_| form_open.update(|open| *open = !*open)
                >
                    {move || app.t(BookKey::VisitNew)}
                </button>
            </div>
            <Show when=move || form_open.get()>
                <VisitForm customer=id on_saved=Callback::new(move |()| form_open.set(false))/>
            </Show>
            <Show when=move || visits.with(Vec::is_empty)>
                <p class="muted" data-testid="no-visits">{move || app.t(BookKey::VisitNone)}</p>
            </Show>
            <ul class="visit-list plain">
                <For each=move || visits.get() key=|v| (v.id.clone(), v.updated_at) let:visit>
                    <VisitRow visit=visit/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn VisitRow(visit: Visit) -> impl IntoView {
    let app = use_app();
    let id = visit.id.clone();
    let when = move || format_date_time(app.lang.get(), &platform::local(visit.started_at));
    let amount = {
        let paid = visit.paid.clone();
        move || format_money(paid.amount, &paid.currency, app.lang.get())
    };
    let items = visit
        .items
        .iter()
        .map(|i| i.name.clone())
        .collect::<Vec<_>>()
        .join("、");
    view! {
        <li class="visit" data-testid="visit">
            <div class="visit-main">
                <span class="visit-when">{when}</span>
                <span class="visit-amount" data-testid="visit-amount">{amount}</span>
            </div>
            <p class="visit-items" data-testid="visit-items">{items}</p>
            {visit.short().then(|| view! { <ShortVisit visit=visit.clone()/> })}
            {visit.coupon.clone().map(|c| view! { <p class="muted small">{c}</p> })}
            {(!visit.note.is_empty()).then(|| view! { <p class="visit-note">{visit.note.clone()}</p> })}
            <button
                type="button"
                class="icon-button visit-delete"
                data-testid="visit-delete"
                aria-label=move || app.t(BookKey::VisitDelete)
                on:click=move |_| leptos::task::spawn_local(app.delete_visit(id.clone()))
            >
                "×"
            </button>
        </li>
    }
}

/// A visit delivered short of what was booked: by how much, the fair remedy, and the way to
/// issue it as a coupon (or the coupon already issued for it).
#[component]
fn ShortVisit(visit: Visit) -> impl IntoView {
    let app = use_app();
    let suggestion = suggest_remedy(&visit, &shortfalls(&visit));
    let visit_id = visit.id.clone();
    let issued = Memo::new(move |_| {
        app.service.coupons.with(|all| {
            all.values()
                .find(|c| matches!(&c.origin, Origin::Remedy { visit: Some(v), .. } if *v == visit_id))
                .cloned()
        })
    });
    let detail = suggestion.clone().map(|s| {
        move || {
            let lang = app.lang.get();
            let short = (s.missing.unit == Unit::Minutes).then(|| {
                lang.format(
                    CareKey::ShortBy,
                    &[
                        ("missing", &s.missing.missing.to_string()),
                        ("of", &s.missing.of.to_string()),
                        ("percent", &s.missing.percent().to_string()),
                    ],
                )
            });
            let remedy = lang.format(
                CareKey::SuggestedRemedy,
                &[("benefit", &benefit_text(lang, &s.benefit))],
            );
            format!("{} {}", short.unwrap_or_default(), remedy)
        }
    });
    let issue = {
        let visit = visit.clone();
        let benefit = suggestion.map(|s| s.benefit);
        move |_| {
            let Some(benefit) = benefit.clone() else {
                return;
            };
            let origin = Origin::Remedy {
                ticket: None,
                visit: Some(visit.id.clone()),
            };
            let customer = visit.customer.clone();
            leptos::task::spawn_local(async move {
                app.issue_coupon(customer, benefit, origin, REMEDY_VALID_DAYS)
                    .await;
            });
        }
    };
    view! {
        <div class="visit-short" data-testid="visit-short" role="status">
            <p><strong>{move || app.t(BookKey::VisitShort)}</strong></p>
            {detail.map(|d| view! { <p data-testid="visit-short-detail">{d}</p> })}
            {move || match issued.get() {
                Some(coupon) => view! { <p data-testid="visit-remedy-issued"><CouponLine coupon=coupon/></p> }.into_any(),
                None => view! {
                    <button type="button" class="button" data-testid="visit-issue-remedy" on:click=issue.clone()>
                        {app.t(CareKey::IssueRemedy)}
                    </button>
                }.into_any(),
            }}
        </div>
    }
}

/// How long an apology coupon stays usable, in days: long enough to reach the next visit of
/// a customer who comes every month or two.
pub const REMEDY_VALID_DAYS: u32 = 90;
