//! A single-line input bound to a string signal, marked invalid while its field has an error.

use crate::core::i18n::Message;
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
    #[prop(optional, into)]
    placeholder: Option<Message>,
    /// The input's `type` (`text`, `email`, `tel`), which also picks the phone keyboard.
    #[prop(default = "text")]
    input_type: &'static str,
    /// The on-screen keyboard to offer (`numeric` for amounts and minutes); none by default.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
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
            inputmode=inputmode
            list=list
            autocomplete=autocomplete
            aria-invalid=move || invalid.with(Option::is_some).to_string()
            aria-describedby=format!("{id}-error")
            placeholder=move || placeholder.map(|k| app.t(k))
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}
