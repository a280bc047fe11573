//! A labelled form field with its hint and, when there is one, its error message.

use crate::core::i18n::Message;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Field(
    /// The `id` of the input inside, which the label points at.
    for_id: &'static str,
    /// The label's message.
    #[prop(into)]
    label: Message,
    /// A hint under the input.
    #[prop(default = None)]
    hint: Option<Message>,
    /// The current error message, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The input itself.
    children: Children,
) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=for_id>{move || app.t(label)}</label>
            {children()}
            {hint.map(|hint| view! { <p class="hint">{move || app.t(hint)}</p> })}
            <p class="field-error" id=format!("{for_id}-error") data-testid=format!("{for_id}-error")>
                {move || error.get()}
            </p>
        </div>
    }
}
