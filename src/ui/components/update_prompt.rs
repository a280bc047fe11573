//! "A new version is ready — reload": shown while a newer build waits, until the owner reloads
//! or puts it off. It never reloads by itself (see `ui::updates`).

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use crate::ui::updates::use_updates;
use leptos::prelude::*;

#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let app = use_app();
    let updates = use_updates();
    let shown = move || updates.ready.get() && !updates.dismissed.get();
    view! {
        <Show when=shown>
            <div class="update-prompt" role="status" data-testid="update-prompt">
                <p class="update-text">{move || app.t(Key::UpdateReady)}</p>
                <button
                    type="button"
                    class="button"
                    data-testid="update-later"
                    on:click=move |_| updates.dismissed.set(true)
                >
                    {move || app.t(Key::Later)}
                </button>
                <button
                    type="button"
                    class="button primary"
                    data-testid="update-reload"
                    on:click=move |_| updates.apply()
                >
                    {move || app.t(Key::UpdateReload)}
                </button>
            </div>
        </Show>
    }
}
