//! The form for recording one visit: when (now by default), what was paid (a number keyboard),
//! what was served, the minutes booked and delivered, the customer's coupons to use (each
//! redeemed once the visit is saved), a coupon written by hand and a note. What was typed stays
//! until it is saved.

use super::{errors_by_field, Field};
use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::i18n::{BookKey, CareKey, Key, Message};
use crate::core::loyalty::coupon::{Coupon, CouponId};
use crate::core::loyalty::redeem::{available, redeem};
use crate::core::visit_draft::{VisitDraft, VisitField};
use crate::ui::components::CouponLine;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// One input of the form: id (also its test id), label, hint, which field, value, input type
/// and the keyboard to ask for ("" for the default).
type FieldRow = (
    &'static str,
    Message,
    Option<Message>,
    VisitField,
    RwSignal<String>,
    &'static str,
    &'static str,
);

#[component]
pub fn VisitForm(
    customer: Signal<CustomerId>,
    /// Called once the visit is saved (to close the form).
    on_saved: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let now_local = || {
        platform::local(platform::now())
            .format("%Y-%m-%dT%H:%M")
            .to_string()
    };
    let when = RwSignal::new(now_local());
    let amount = RwSignal::new(String::new());
    let items = RwSignal::new(String::new());
    let coupon = RwSignal::new(String::new());
    let booked = RwSignal::new(String::new());
    let delivered = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<CouponId>::new());
    let usable = Memo::new(move |_| {
        let today = platform::local(platform::now()).date_naive();
        let customer = customer.get();
        app.service.coupons.with(|all| {
            let all: Vec<Coupon> = all.values().cloned().collect();
            available(&all, &customer, today)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let note = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(VisitField, Problem)>::new());
    let error_for = errors_by_field(errors);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = VisitDraft {
            when: when.get_untracked(),
            amount: amount.get_untracked(),
            items: items.get_untracked(),
            booked_minutes: booked.get_untracked(),
            delivered_minutes: delivered.get_untracked(),
            coupon: coupon.get_untracked(),
            note: note.get_untracked(),
        };
        let now = platform::now();
        match draft.validate(
            platform::new_visit_id(),
            customer.get_untracked(),
            platform::local_offset(now),
            now,
        ) {
            Ok(mut visit) => {
                errors.set(Vec::new());
                let offset = platform::local_offset(now);
                let mut used: Vec<Coupon> = usable.with_untracked(|all| {
                    all.iter()
                        .filter(|c| chosen.with_untracked(|ids| ids.contains(&c.id)))
                        .cloned()
                        .collect()
                });
                used.retain_mut(|c| redeem(c, &visit, offset, now).is_ok());
                if !used.is_empty() {
                    let mut codes: Vec<String> = used.iter().map(Coupon::code).collect();
                    codes.extend(visit.coupon.take());
                    visit.coupon = Some(codes.join("、"));
                }
                leptos::task::spawn_local(async move {
                    app.record_visit(visit).await;
                    for coupon in used {
                        let code = coupon.code();
                        match app.save_service(coupon).await {
                            Ok(()) => app
                                .toasts
                                .info(app.tf(CareKey::CouponsUsed, &[("codes", &code)])),
                            Err(error) => app.report_write_failure(&error, Key::SaveFailed),
                        }
                    }
                    chosen.set(Vec::new());
                    on_saved.run(());
                });
            }
            Err(found) => errors.set(found),
        }
    };
    // One row per field: id (also its test id), label, hint, which field, value, input type
    // and the keyboard to ask for ("" for the default).
    let fields: [FieldRow; 7] = [
        (
            "visit-when",
            BookKey::VisitWhen.into(),
            None,
            VisitField::When,
            when,
            "datetime-local",
            "",
        ),
        (
            "visit-amount",
            BookKey::VisitAmount.into(),
            None,
            VisitField::Amount,
            amount,
            "text",
            "numeric",
        ),
        (
            "visit-items",
            BookKey::VisitItems.into(),
            Some(BookKey::VisitItemsHint.into()),
            VisitField::Items,
            items,
            "text",
            "",
        ),
        (
            "visit-booked",
            CareKey::VisitBooked.into(),
            Some(CareKey::VisitMinutesHint.into()),
            VisitField::BookedMinutes,
            booked,
            "text",
            "numeric",
        ),
        (
            "visit-delivered",
            CareKey::VisitDelivered.into(),
            None,
            VisitField::DeliveredMinutes,
            delivered,
            "text",
            "numeric",
        ),
        (
            "visit-coupon",
            BookKey::VisitCoupon.into(),
            None,
            VisitField::Coupon,
            coupon,
            "text",
            "",
        ),
        (
            "visit-note",
            BookKey::VisitNote.into(),
            None,
            VisitField::Note,
            note,
            "text",
            "",
        ),
    ];
    let rows = fields
        .into_iter()
        .map(|(id, label, hint, field, value, kind, mode)| {
            let error = error_for(field);
            view! {
                <Field for_id=id label=label hint=hint error=error>
                    <input
                        id=id
                        data-testid=id
                        type=kind
                        inputmode=(!mode.is_empty()).then_some(mode)
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                </Field>
            }
        })
        .collect_view();
    view! {
        <form class="visit-form" on:submit=submit novalidate data-testid="visit-form">
            {rows}
            <Show when=move || usable.with(|u| !u.is_empty())>
                <fieldset class="coupon-choices" data-testid="visit-coupons">
                    <legend>{move || app.t(CareKey::VisitCoupons)}</legend>
                    {move || usable.get().into_iter().map(|c| {
                        let id = c.id.clone();
                        let toggle = {
                            let id = id.clone();
                            move |ev: leptos::ev::Event| {
                                let on = event_target_checked(&ev);
                                chosen.update(|ids| {
                                    ids.retain(|i| i != &id);
                                    if on {
                                        ids.push(id.clone());
                                    }
                                });
                            }
                        };
                        let checked = move || chosen.with(|ids| ids.contains(&id));
                        view! {
                            <label class="check-row">
                                <input type="checkbox" data-testid="visit-coupon-choice" prop:checked=checked on:change=toggle/>
                                <CouponLine coupon=c/>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </Show>
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="visit-save">
                    {move || app.t(BookKey::VisitSave)}
                </button>
            </div>
        </form>
    }
}
