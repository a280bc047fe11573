//! A customer's notes, newest first, with a box to add one. The typed note stays in the box
//! until it has been saved.

use crate::core::customer::Customer;
use crate::core::i18n::{format_date_time, BookKey, Key};
use crate::store::StoreError;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// How often a note is re-applied to a record that keeps changing under it.
const ATTEMPTS: usize = 3;

#[component]
pub fn Notes(
    /// The customer whose notes these are.
    #[prop(into)]
    customer: Signal<Customer>,
) -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(String::new());
    let saving = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if saving.get_untracked() || text.trim().is_empty() {
            return;
        }
        saving.set(true);
        leptos::task::spawn_local(async move {
            // A note never conflicts with other edits: if another tab changed the customer
            // meanwhile, the note is added to that newer version instead.
            let mut base = customer.get_untracked();
            for _ in 0..ATTEMPTS {
                let mut updated = base.clone();
                updated.add_note(&text, platform::now());
                match app.save_checked(updated, Some(base.updated_at)).await {
                    Ok(()) => {
                        draft.set(String::new());
                        break;
                    }
                    Err(StoreError::Changed(latest)) => base = *latest,
                    Err(error) => {
                        app.report_write_failure(&error, Key::SaveFailed);
                        break;
                    }
                }
            }
            saving.set(false);
        });
    };
    let notes = move || {
        let lang = app.lang.get();
        customer.with(|c| {
            c.notes
                .iter()
                .rev()
                .map(|n| {
                    (
                        format_date_time(lang, &platform::local(n.at)),
                        n.text.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card notes">
            <h2>{move || app.t(BookKey::FieldNotes)}</h2>
            <form on:submit=add class="note-form">
                <textarea
                    id="note-text"
                    data-testid="note-text"
                    maxlength=crate::core::draft::NOTE_MAX.to_string()
                    rows="3"
                    aria-label=move || app.t(BookKey::NoteAdd)
                    placeholder=move || app.t(BookKey::NotePlaceholder)
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                ></textarea>
                <button type="submit" class="button" disabled=move || saving.get() || draft.with(|d| d.trim().is_empty())>
                    {move || app.t(BookKey::NoteAdd)}
                </button>
            </form>
            {move || {
                let notes = notes();
                if notes.is_empty() {
                    view! { <p class="muted">{app.t(BookKey::NoNotes)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="note-list">
                            {notes
                                .into_iter()
                                .map(|(when, text)| view! {
                                    <li data-testid="note">
                                        <time class="note-time">{when}</time>
                                        <p class="note-text">{text}</p>
                                    </li>
                                })
                                .collect_view()}
                        </ol>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
