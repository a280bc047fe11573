//! "A new version is ready — reload": shown while a newer build waits, until the owner reloads
//! or puts it off. It never reloads by itself (see `ui::updates`). When a newer version in
//! another tab has already taken over the database, this page cannot save any more: then the
//! notice says so and cannot be put off.

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use crate::ui::updates::use_updates;
use leptos::prelude::*;

#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let app = use_app();
    let updates = use_updates();
    let superseded = app.superseded;
    let shown = move || superseded.get() || (updates.ready.get() && !updates.dismissed.get());
    view! {
        <Show when=shown>
            <div class="update-prompt" role="status" data-testid="update-prompt">
                <p class="update-text">
                    {move || {
                        app.t(if superseded.get() { Key::UpdateTookOver } else { Key::UpdateReady })
                    }}
                </p>
                <Show when=move || !superseded.get()>
                    <button
                        type="button"
                        class="button"
                        data-testid="update-later"
                        on:click=move |_| updates.dismissed.set(true)
                    >
                        {move || app.t(Key::Later)}
                    </button>
                </Show>
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
