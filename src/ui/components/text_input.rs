//! A single-line input bound to a string signal, marked invalid while its field has an error.

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn TextInput(
    /// The input's id (the label points at it; also its test id).
    id: &'static str,
    /// The bound value.
    #[prop(into)]
    value: RwSignal<String>,
    /// The field's error; marks the input invalid for assistive technology.
    #[prop(into)]
    invalid: Signal<Option<String>>,
    /// Example text shown while empty.
    #[prop(optional)]
    placeholder: Option<Key>,
    /// The input's `type` (`text`, `email`, `tel`), which also picks the phone keyboard.
    #[prop(default = "text")]
    input_type: &'static str,
    /// The browser's autofill hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <input
            id=id
            name=id
            data-testid=id
            type=input_type
            autocomplete=autocomplete
            aria-invalid=move || invalid.with(Option::is_some).to_string()
            aria-describedby=format!("{id}-error")
            placeholder=move || placeholder.map(|k| app.t(k))
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}
