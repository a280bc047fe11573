//! The way into the demo: one button that switches this tab to the sample business, offered
//! on the empty customer list and in settings.

use crate::core::i18n::Key;
use crate::core::space::Space;
use crate::ui::demo::switch_to;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn TryDemoButton(
    /// The button's test id (it appears in more than one place).
    test_id: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <button
            type="button"
            class="button"
            data-testid=test_id
            on:click=move |_| switch_to(app, Space::Demo)
        >
            {move || app.t(Key::DemoTry)}
        </button>
    }
}
