//! Adding and editing a customer. The form validates on save (and live after the first try),
//! writes to the device, and only then leaves the page: a failed save keeps everything typed.
//! Unsaved input is kept as a draft in the app state while the owner is elsewhere, and offered
//! back (with a way to discard it) when they return to the form.

use super::use_customer_id;
use crate::core::customer::{ContactChannel, Customer};
use crate::core::draft::{CustomerDraft, Field as FieldName, FieldError};
use crate::core::i18n::{channel_label, BookKey, Key};
use crate::store::StoreError;
use crate::ui::components::{
    CustomerMissing, DateEntry, DateInput, Field, LoadGate, TextInput, TextRows,
};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// A counter bumped when a kept draft is discarded (the form is drawn afresh on each bump), and
/// the callback that bumps it.
fn redraw_on_discard() -> (RwSignal<u32>, Callback<()>) {
    let generation = RwSignal::new(0u32);
    let discard = Callback::new(move |()| generation.update(|g| *g += 1));
    (generation, discard)
}

#[component]
pub fn NewCustomer() -> impl IntoView {
    let (generation, discard) = redraw_on_discard();
    view! {
        <LoadGate>
            {move || {
                generation.track();
                view! { <CustomerForm existing=None on_discard=discard/> }
            }}
        </LoadGate>
    }
}

#[component]
pub fn EditCustomer() -> impl IntoView {
    let app = use_app();
    let id = use_customer_id();
    let (generation, discard) = redraw_on_discard();
    view! {
        <LoadGate>
            {move || {
                generation.track();
                match id.get().and_then(|id| app.book.with_untracked(|b| b.get(&id).cloned())) {
                    Some(customer) => view! { <CustomerForm existing=Some(customer) on_discard=discard/> }.into_any(),
                    None => view! { <CustomerMissing/> }.into_any(),
                }
            }}
        </LoadGate>
    }
}

#[component]
fn CustomerForm(
    /// The customer being edited, or `None` for a new one.
    existing: Option<Customer>,
    /// Called after a kept draft was discarded, so the parent can draw the form afresh.
    on_discard: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let draft_key = existing
        .as_ref()
        .map(|c| c.id.to_string())
        .unwrap_or_else(|| "new".to_owned());
    // The form as it stands before any typing (a new form shows one empty phone row).
    let pristine = StoredValue::new(form_of(existing.as_ref()));
    let kept = app.drafts.with_untracked(|d| d.get(&draft_key).cloned());
    let restored = kept.is_some();
    let start = kept.unwrap_or_else(|| pristine.get_value());
    let name = RwSignal::new(start.name);
    let reading = RwSignal::new(start.reading);
    let phones = RwSignal::new(start.phones);
    let email = RwSignal::new(start.email);
    let channel = RwSignal::new(start.preferred_channel);
    let birthday = RwSignal::new(DateEntry::from_draft(start.birthday));
    let household = RwSignal::new(start.household);
    let tags = RwSignal::new(start.tags);
    let draft_untracked = move || CustomerDraft {
        name: name.get_untracked(),
        reading: reading.get_untracked(),
        phones: phones.get_untracked(),
        email: email.get_untracked(),
        preferred_channel: channel.get_untracked(),
        birthday: birthday.with_untracked(DateEntry::as_draft),
        household: household.get_untracked(),
        tags: tags.get_untracked(),
    };
    let draft = move || CustomerDraft {
        name: name.get(),
        reading: reading.get(),
        phones: phones.get(),
        email: email.get(),
        preferred_channel: channel.get(),
        birthday: birthday.with(DateEntry::as_draft),
        household: household.get(),
        tags: tags.get(),
    };

    let draft_key = StoredValue::new(draft_key);
    let forget_draft = move || {
        app.drafts.update(|d| {
            d.remove(&draft_key.get_value());
        });
    };
    Effect::new(move |_| {
        let current = draft();
        app.drafts.update(|d| {
            if pristine.with_value(|p| *p == current) {
                d.remove(&draft_key.get_value());
            } else {
                d.insert(draft_key.get_value(), current);
            }
        });
    });
    let discard = move |_| {
        forget_draft();
        on_discard.run(());
    };

    let errors = RwSignal::new(Vec::<FieldError>::new());
    let attempted = RwSignal::new(false);
    let saving = RwSignal::new(false);
    Effect::new(move |_| {
        let draft = draft();
        if attempted.get() {
            errors.set(draft.validate(platform::today()).err().unwrap_or_default());
        }
    });
    let error_for = move |field: FieldName| {
        Signal::derive(move || {
            let lang = app.lang.get();
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == field)
                    .map(|x| x.problem.message(lang))
            })
        })
    };

    let is_new = existing.is_none();
    let existing = StoredValue::new(existing);
    let cancel_href = existing.with_value(|e| match e {
        Some(c) => format!("/customers/{}", c.id),
        None => "/".to_owned(),
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        attempted.set(true);
        let now = platform::now();
        let fields = match draft().validate(platform::today()) {
            Ok(fields) => fields,
            Err(found) => {
                errors.set(found);
                focus_first_invalid();
                return;
            }
        };
        let customer = match existing.get_value() {
            Some(mut customer) => {
                fields.apply_to(&mut customer, now);
                customer
            }
            None => fields.into_new_customer(platform::new_customer_id(), now),
        };
        saving.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let (id, saved_name) = (customer.id.clone(), customer.name.clone());
            let lang = app.lang.get_untracked();
            let base = existing.with_value(|e| e.as_ref().map(|c| c.updated_at));
            match app.save_checked(customer, base).await {
                Ok(()) => {
                    forget_draft();
                    app.toasts.info(if is_new {
                        lang.format(BookKey::SavedNew, &[("name", &saved_name)])
                    } else {
                        lang.text(BookKey::SavedChanges).to_owned()
                    });
                    navigate(&format!("/customers/{id}"), Default::default());
                }
                Err(StoreError::Changed(latest)) => {
                    // Another tab saved this customer meanwhile: carry the owner's edits over
                    // to that version and let them look before saving again.
                    let latest_form = form_of(Some(&latest));
                    let rebased = draft_untracked().rebase(&pristine.get_value(), &latest_form);
                    pristine.set_value(latest_form);
                    existing.set_value(Some(*latest));
                    let d = rebased.draft;
                    name.set(d.name);
                    reading.set(d.reading);
                    phones.set(d.phones);
                    email.set(d.email);
                    channel.set(d.preferred_channel);
                    birthday.set(DateEntry::from_draft(d.birthday));
                    household.set(d.household);
                    tags.set(d.tags);
                    let mut text = lang.text(BookKey::MergedWithOtherTab).to_owned();
                    if !rebased.contested.is_empty() {
                        let fields: Vec<&str> = rebased
                            .contested
                            .iter()
                            .map(|f| lang.text(field_label(f)))
                            .collect();
                        text = format!(
                            "{text}\n{}",
                            lang.format(BookKey::BothChanged, &[("fields", &fields.join("、"))])
                        );
                    }
                    app.toasts.error(text);
                    saving.set(false);
                }
                Err(error) => {
                    app.report_write_failure(&error, Key::SaveFailed);
                    saving.set(false);
                }
            }
        });
    };

    let title = if is_new {
        BookKey::NewCustomerTitle
    } else {
        BookKey::EditCustomerTitle
    };
    view! {
        <h1>{move || app.t(title)}</h1>
        {restored.then(|| view! {
            <div class="card notice" role="status" data-testid="draft-restored">
                <p>{move || app.t(BookKey::DraftRestored)}</p>
                <button type="button" class="button" data-testid="discard-draft" on:click=discard>
                    {move || app.t(BookKey::DiscardDraft)}
                </button>
            </div>
        })}
        <form class="card form" on:submit=submit novalidate data-testid="customer-form">
            <p class="form-error" role="alert">
                {move || errors.with(|e| !e.is_empty()).then(|| app.t(BookKey::FormHasErrors))}
            </p>
            <Field for_id="name" label=BookKey::FieldName error=error_for(FieldName::Name)>
                <TextInput id="name" value=name invalid=error_for(FieldName::Name) placeholder=BookKey::HintName autocomplete="name"/>
            </Field>
            <Field for_id="reading" label=BookKey::FieldReading error=error_for(FieldName::Reading)>
                <TextInput id="reading" value=reading invalid=error_for(FieldName::Reading) placeholder=BookKey::HintReading/>
            </Field>
            <TextRows
                id="phone"
                label=BookKey::FieldPhones
                add_label=BookKey::AddPhone
                placeholder=BookKey::HintPhone
                input_type="tel"
                autocomplete="tel"
                rows=phones
                row_error=Callback::new(move |row| error_for(FieldName::Phone(row)).get())
            />
            <Field for_id="email" label=BookKey::FieldEmail error=error_for(FieldName::Email)>
                <TextInput id="email" value=email invalid=error_for(FieldName::Email) placeholder=BookKey::HintEmail input_type="email" autocomplete="email"/>
            </Field>
            <Field for_id="channel" label=BookKey::FieldChannel error=error_for(FieldName::PreferredChannel)>
                <select id="channel" data-testid="channel" prop:value=move || channel.get() on:change=move |ev| channel.set(event_target_value(&ev))>
                    <option value="">{move || app.t(BookKey::ChannelNone)}</option>
                    {ContactChannel::ALL
                        .into_iter()
                        .map(|c| view! { <option value=c.as_str()>{move || app.t(channel_label(c))}</option> })
                        .collect_view()}
                </select>
            </Field>
            <Field for_id="birthday" label=BookKey::FieldBirthday error=error_for(FieldName::Birthday)>
                <DateInput
                    id="birthday"
                    entry=birthday
                    invalid=error_for(FieldName::Birthday)
                    max=platform::today().format("%Y-%m-%d").to_string()
                />
            </Field>
            <TextRows
                id="household"
                label=BookKey::FieldHousehold
                add_label=BookKey::AddHouseholdItem
                placeholder=BookKey::HintHousehold
                rows=household
                row_error=Callback::new(move |row| error_for(FieldName::Household(row)).get())
            />
            <Field for_id="tags" label=BookKey::FieldTags hint=Some(BookKey::HintTags.into()) error=error_for(FieldName::Tags)>
                <TextInput id="tags" value=tags invalid=error_for(FieldName::Tags)/>
            </Field>
            <div class="form-actions">
                <a class="button" href=cancel_href on:click=move |_| forget_draft()>{move || app.t(Key::Cancel)}</a>
                <button type="submit" class="button primary" data-testid="save" disabled=move || saving.get()>
                    {move || app.t(Key::Save)}
                </button>
            </div>
        </form>
    }
}

/// The form as it stands for `customer` before any typing (a new form shows one empty phone
/// row, so that is where typing starts).
fn form_of(customer: Option<&Customer>) -> CustomerDraft {
    let mut form = customer
        .map(CustomerDraft::from_customer)
        .unwrap_or_default();
    if form.phones.is_empty() {
        form.phones.push(String::new());
    }
    form
}

/// The label of a field named by [`CustomerDraft::rebase`].
fn field_label(field: &str) -> BookKey {
    match field {
        "name" => BookKey::FieldName,
        "reading" => BookKey::FieldReading,
        "phones" => BookKey::FieldPhones,
        "email" => BookKey::FieldEmail,
        "preferred_channel" => BookKey::FieldChannel,
        "birthday" => BookKey::FieldBirthday,
        "household" => BookKey::FieldHousehold,
        _ => BookKey::FieldTags,
    }
}

/// Moves focus to the first field marked invalid, once the view has updated.
fn focus_first_invalid() {
    request_animation_frame(|| {
        use leptos::wasm_bindgen::JsCast;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("[aria-invalid=\"true\"]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
