//! Shows its children once the customer book has loaded, a loading line before that, and a
//! clear message when the device's storage cannot be used.

use crate::core::i18n::Key;
use crate::ui::state::{use_app, LoadState};
use leptos::prelude::*;

#[component]
pub fn LoadGate(
    /// What to show once the book is ready.
    children: ChildrenFn,
) -> impl IntoView {
    let app = use_app();
    move || match app.load.get() {
        LoadState::Loading => {
            view! { <p class="muted" role="status">{app.t(Key::Loading)}</p> }.into_any()
        }
        LoadState::Failed(detail) => view! {
            <div class="card notice error" role="alert">
                <p>{app.t(Key::StorageUnavailable)}</p>
                <p class="muted small">{detail}</p>
            </div>
        }
        .into_any(),
        LoadState::Ready => children().into_any(),
    }
}
