//! The notices every import shows: work in progress, a refused file with its reason, and an
//! import overtaken by another tab.

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// "Checking the file…" with a progress indicator.
#[component]
pub fn ImportWorking() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="muted working" role="status">
            <progress aria-label=move || app.t(Key::ImportChecking)></progress>
            {move || app.t(Key::ImportChecking)}
        </p>
    }
}

/// A refused file: nothing changed, and why.
#[component]
pub fn ImportRefusal(
    /// The reason, in the owner's language.
    message: String,
    /// The notice's test id.
    test_id: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="notice error" role="alert" data-testid=test_id>
            <p>{move || app.t(Key::ImportRefused)}</p>
            <p>{message}</p>
        </div>
    }
}

/// Another tab wrote while the owner was deciding: nothing was imported yet, and what is shown
/// now includes that change.
#[component]
pub fn ImportOvertaken(
    /// The notice's test id.
    test_id: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <p class="notice" role="alert" data-testid=test_id>{move || app.t(Key::ImportStale)}</p>
    }
}
