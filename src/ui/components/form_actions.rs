//! The buttons at the foot of a record's form: save, cancel (back to where the form was
//! opened from) and, for a record that exists, delete.

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn FormActions(
    /// Where cancel returns to.
    cancel: String,
    /// While a save is under way (the button waits).
    #[prop(into, default = Signal::derive(|| false))]
    saving: Signal<bool>,
    /// Deletes the record; `None` for a new one.
    #[prop(default = None)]
    delete: Option<Callback<()>>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="form-actions">
            <button type="submit" class="button primary" data-testid="save" disabled=move || saving.get()>
                {move || app.t(Key::Save)}
            </button>
            <a class="button" href=cancel>{move || app.t(Key::Cancel)}</a>
            {delete.map(|delete| view! {
                <button type="button" class="button danger" data-testid="delete" on:click=move |_| delete.run(())>
                    {move || app.t(Key::Delete)}
                </button>
            })}
        </div>
    }
}
