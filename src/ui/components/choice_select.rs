//! A labelled select over a fixed set of choices (a ticket's kind, channel, priority), each
//! shown by its message in the current language.

use crate::core::i18n::Message;
use crate::ui::components::Field;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ChoiceSelect<T>(
    /// The select's id (also its test id).
    id: &'static str,
    #[prop(into)] label: Message,
    value: RwSignal<T>,
    /// Each choice with its stored name and its label.
    choices: Vec<(T, &'static str, Message)>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let app = use_app();
    let names: Vec<(T, &'static str)> = choices.iter().map(|(v, n, _)| (*v, *n)).collect();
    let change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if let Some((v, _)) = names.iter().find(|(_, n)| *n == chosen) {
            value.set(*v);
        }
    };
    view! {
        <Field for_id=id label=label error=Signal::derive(|| None::<String>)>
            <select id=id data-testid=id on:change=change>
                {choices.into_iter().map(|(v, name, text)| view! {
                    <option value=name selected=move || value.get() == v>{move || app.t(text)}</option>
                }).collect_view()}
            </select>
        </Field>
    }
}
