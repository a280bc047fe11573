//! Choosing the channel feedback came by, or an answer was given by.

use crate::core::feedback::Channel;
use crate::core::i18n::{feedback_channel_label, Message};
use crate::ui::components::Field;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ChannelSelect(
    /// The select's id (also its test id).
    id: &'static str,
    #[prop(into)] label: Message,
    value: RwSignal<Channel>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <Field for_id=id label=label error=Signal::derive(|| None::<String>)>
            <select id=id data-testid=id
                on:change=move |ev| value.set(Channel::parse(&event_target_value(&ev)).unwrap_or(Channel::Other))>
                {Channel::ALL.into_iter().map(|c| view! {
                    <option value=c.as_str() selected=move || value.get() == c>{move || app.t(feedback_channel_label(c))}</option>
                }).collect_view()}
            </select>
        </Field>
    }
}
