//! While a tab is in the demo, a banner at the top of every page says that what shows is sample
//! data, not the owner's records, with the way back to the real book; the tab's title says it
//! too, so a demo tab is told apart from the real one at a glance.

use crate::core::i18n::Key;
use crate::core::space::Space;
use crate::ui::demo::switch_to;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn DemoBanner() -> impl IntoView {
    let app = use_app();
    if !app.space.is_demo() {
        return ().into_any();
    }
    Effect::new(move |_| platform::set_document_title(app.t(Key::DemoTabTitle)));
    view! {
        // A named section is a landmark: a screen reader lists it and can jump to it.
        <section class="demo-banner" data-testid="demo-banner" aria-label=move || app.t(Key::DemoLabel)>
            <p class="demo-banner-text">
                <strong class="demo-badge">{move || app.t(Key::DemoLabel)}</strong>
                <span>{move || app.t(Key::DemoBanner)}</span>
            </p>
            <button
                type="button"
                class="button"
                data-testid="leave-demo"
                on:click=move |_| switch_to(app, Space::Real)
            >
                {move || app.t(Key::DemoLeave)}
            </button>
        </section>
    }
    .into_any()
}
