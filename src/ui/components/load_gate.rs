//! Shows its children once what they need has loaded, a loading line before that, and a
//! clear message when the device's storage cannot be used. The customers are read first, so a
//! page that needs only them (the list) opens before the visits and the rest are read.

use crate::core::i18n::Key;
use crate::ui::state::{use_app, LoadState};
use leptos::prelude::*;

#[component]
pub fn LoadGate(
    /// What to show once the book is ready.
    children: ChildrenFn,
    /// Enough that the customers are read (the rest may still be loading).
    #[prop(optional)]
    customers_only: bool,
) -> impl IntoView {
    let app = use_app();
    move || match app.load.get() {
        LoadState::Book if customers_only => children().into_any(),
        LoadState::Loading | LoadState::Book => {
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
