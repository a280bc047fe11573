//! Part of a page drawn once the rest has been painted.
//!
//! A customer's page has ten cards; built in one task they kept the page from showing for
//! 30–50 ms with a large book. The cards below the first screen are built in the next task
//! after the first paint instead, so the customer shows at once and the rest follows a frame
//! later, below where the eye is.

use crate::ui::platform;
use leptos::prelude::*;

/// Draws `children` after the page as it is now has been painted.
#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let painted = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        platform::after_paint().await;
        // The page may have gone meanwhile.
        let _ = painted.try_set(true);
    });
    view! { <Show when=move || painted.get()>{children()}</Show> }
}
