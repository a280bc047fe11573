//! Making up for a complaint: an apology coupon issued from the ticket — a percentage off, an
//! amount off, or the service (so many minutes) done again at no charge — usable once at the
//! next visit, with the coupons already issued for this ticket listed.

use super::{ChoiceSelect, CouponLine, Field};
use crate::core::i18n::{BookKey, CareKey, Message};
use crate::core::loyalty::coupon::{Benefit, Origin};
use crate::core::service::ticket::Ticket;
use crate::core::visit::Money;
use crate::ui::components::visit_history::REMEDY_VALID_DAYS;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RemedyKind {
    Percent,
    Amount,
    Redo,
}

#[component]
pub fn RemedyCard(ticket: Signal<Option<Ticket>>) -> impl IntoView {
    let app = use_app();
    let kind = RwSignal::new(RemedyKind::Percent);
    let value = RwSignal::new("10".to_owned());
    let days = RwSignal::new(REMEDY_VALID_DAYS.to_string());
    let invalid = RwSignal::new(false);
    let ticket_id = move || ticket.with(|t| t.as_ref().map(|t| t.id.clone()));
    let issued = Memo::new(move |_| {
        let id = ticket_id();
        app.service.coupons.with(|all| {
            all.values()
                .filter(|c| matches!(&c.origin, Origin::Remedy { ticket: Some(t), .. } if Some(t) == id.as_ref()))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let issue = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(t) = ticket.get_untracked() else {
            return;
        };
        let number = crate::core::visit_draft::parse_amount(&value.get_untracked());
        let valid = days
            .get_untracked()
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=3650).contains(d));
        let benefit = number.and_then(|n| match kind.get_untracked() {
            RemedyKind::Percent => u8::try_from(n)
                .ok()
                .map(|percent| Benefit::Percent { percent }),
            RemedyKind::Amount => Some(Benefit::Amount {
                money: Money::yen(n),
            }),
            RemedyKind::Redo => u32::try_from(n)
                .ok()
                .map(|minutes| Benefit::Redo { minutes }),
        });
        let (Some(benefit), Some(valid)) = (benefit.filter(|b| b.check().is_ok()), valid) else {
            return invalid.set(true);
        };
        invalid.set(false);
        let origin = Origin::Remedy {
            ticket: Some(t.id.clone()),
            visit: t.visit.clone(),
        };
        leptos::task::spawn_local(async move {
            app.issue_coupon(t.customer, benefit, origin, valid).await;
        });
    };
    let choices: Vec<(RemedyKind, &'static str, Message)> = vec![
        (
            RemedyKind::Percent,
            "percent",
            CareKey::RemedyPercent.into(),
        ),
        (RemedyKind::Amount, "amount", CareKey::RemedyAmount.into()),
        (RemedyKind::Redo, "redo", CareKey::RemedyRedo.into()),
    ];
    view! {
        <form class="card form" on:submit=issue novalidate data-testid="remedy-card">
            <h2>{move || app.t(CareKey::RemedyTitle)}</h2>
            <p class="hint">{move || app.t(CareKey::RemedyHint)}</p>
            <ul class="plain" data-testid="remedy-issued">
                {move || issued.get().into_iter().map(|c| view! { <li><CouponLine coupon=c/></li> }).collect_view()}
            </ul>
            <div class="field-row">
                <ChoiceSelect id="remedy-kind" label=CareKey::RemedyKind value=kind choices=choices/>
                <Field for_id="remedy-value" label=CareKey::RemedyValue error=Signal::derive(move || invalid.get().then(|| app.t(BookKey::ErrAmountInvalid).to_owned()))>
                    <input id="remedy-value" data-testid="remedy-value" type="text" inputmode="numeric"
                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                </Field>
                <Field for_id="remedy-days" label=CareKey::RemedyValidDays error=Signal::derive(|| None::<String>)>
                    <input id="remedy-days" data-testid="remedy-days" type="text" inputmode="numeric"
                        prop:value=move || days.get() on:input=move |ev| days.set(event_target_value(&ev))/>
                </Field>
            </div>
            <div class="form-actions">
                <button type="submit" class="button" data-testid="remedy-issue">{move || app.t(CareKey::IssueRemedy)}</button>
            </div>
        </form>
    }
}
