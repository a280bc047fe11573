//! The form for recording one visit: when (now by default), what was paid (a number keyboard),
//! what was served, a coupon and a note. What was typed stays until it is saved.

use super::{errors_by_field, Field};
use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::i18n::{Key, Message};
use crate::core::visit_draft::{VisitDraft, VisitField};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

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
    let note = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(VisitField, Problem)>::new());
    let error_for = errors_by_field(errors);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = VisitDraft {
            when: when.get_untracked(),
            amount: amount.get_untracked(),
            items: items.get_untracked(),
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
            Ok(visit) => {
                errors.set(Vec::new());
                leptos::task::spawn_local(async move {
                    app.record_visit(visit).await;
                    on_saved.run(());
                });
            }
            Err(found) => errors.set(found),
        }
    };
    // One row per field: id (also its test id), label, hint, which field, value, input type
    // and the keyboard to ask for ("" for the default).
    let fields = [
        (
            "visit-when",
            Key::VisitWhen,
            None,
            VisitField::When,
            when,
            "datetime-local",
            "",
        ),
        (
            "visit-amount",
            Key::VisitAmount,
            None,
            VisitField::Amount,
            amount,
            "text",
            "numeric",
        ),
        (
            "visit-items",
            Key::VisitItems,
            Some(Key::VisitItemsHint),
            VisitField::Items,
            items,
            "text",
            "",
        ),
        (
            "visit-coupon",
            Key::VisitCoupon,
            None,
            VisitField::Coupon,
            coupon,
            "text",
            "",
        ),
        (
            "visit-note",
            Key::VisitNote,
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
                <Field for_id=id label=label hint=hint.map(Message::from) error=error>
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
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="visit-save">
                    {move || app.t(Key::VisitSave)}
                </button>
            </div>
        </form>
    }
}
