//! Following a link inside the page moves the focus to the page itself (`<main>`).
//!
//! Otherwise the focus stays on the tapped link, which the router then removes together with
//! the old page. Keyboard and screen-reader users are left focused on nothing, and the
//! browser, made to find a new focus in the middle of the change, lays out the old and the
//! new page together first: with a large book that was the slowest part of opening a customer
//! (about 30 of 65 ms). Moving the focus first, as advised for pages that change without
//! reloading, mends both. Links elsewhere (the navigation, which stays) and links that leave
//! the app (`tel:`, `mailto:`, another site, a download) keep the usual behaviour.

use super::components::MAIN_ID;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlAnchorElement, HtmlElement, MouseEvent};

/// Listens, for the page's life, to clicks on links in `<main>`.
pub fn focus_page_on_navigation() {
    let listener = window_event_listener(leptos::ev::click, move |event| {
        if let Some(main) = page_for(&event) {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = main.focus_with_options(&options);
        }
    });
    on_cleanup(move || listener.remove());
}

/// `<main>`, when `event` follows a link inside it to another page of the app.
fn page_for(event: &MouseEvent) -> Option<HtmlElement> {
    let plain = event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
    if !plain {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target
        .closest("a[href]")
        .ok()??
        .dyn_into::<HtmlAnchorElement>()
        .ok()?;
    let in_app = link.origin() == window().location().origin().ok()?
        && !link.has_attribute("download")
        && matches!(link.target().as_str(), "" | "_self");
    let main = document().get_element_by_id(MAIN_ID)?;
    (in_app && main.contains(Some(&link))).then(|| main.dyn_into().ok())?
}
