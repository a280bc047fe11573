//! Pages whose code is downloaded when first opened, so the first load carries only what the
//! customer list needs.
//!
//! [`lazy_pages!`] makes each page a split point: the release build cuts the compiled app into
//! a main part and one part per group of pages (`tools/split.mjs`), and a page's part is
//! fetched, compiled and linked the first time one of its pages is drawn. Native builds and
//! unsplit builds call the page directly. The service worker keeps every part, so this costs
//! nothing offline; [`preload`] fetches the likely next parts while the app is idle, so a tap
//! does not wait for a download either. A part that cannot be fetched shows a message and a
//! reload button instead of the page, and the next visit tries again.

use crate::core::i18n::Key;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::future::Future;
use wasm_split_helpers::SplitLoaderError;

/// What a split point returns: the page's drawing function, which lives in the page's part.
pub type PageView = fn() -> AnyView;

/// Declares, for each page, a split point in `group` and a route view that draws it.
///
/// `lazy_pages! { group: fn_name => Component, … }` defines `fn_name()`, usable as a route's
/// `view`, and `preload_group()` to fetch the group's part ahead of need.
#[macro_export]
macro_rules! lazy_pages {
    ($group:ident, $preload:ident: $($name:ident => $page:ident),+ $(,)?) => {
        $(
            pub fn $name() -> impl ::leptos::IntoView {
                // Named after the page: each split point needs a name of its own.
                #[::wasm_split_helpers::wasm_split($group, fallible)]
                fn $name() -> Result<$crate::ui::lazy::PageView, ::wasm_split_helpers::SplitLoaderError> {
                    Ok(|| ::leptos::prelude::IntoAny::into_any(::leptos::prelude::view! { <$page/> }))
                }
                $crate::ui::lazy::lazy_page($name())
            }
        )+

        /// Fetches this group's part ahead of need (nothing to do once it is loaded).
        pub async fn $preload() -> Result<(), ::wasm_split_helpers::SplitLoaderError> {
            #[::wasm_split_helpers::wasm_split($group, fallible)]
            fn $preload() -> Result<(), ::wasm_split_helpers::SplitLoaderError> {
                Ok(())
            }
            $preload().await
        }
    };
}

/// Draws the page `load` yields once its part has arrived, the loading line until then (never
/// painted for a part already loaded: it arrives in the same task), and a message with a
/// reload button if it failed.
pub fn lazy_page(
    load: impl Future<Output = Result<PageView, SplitLoaderError>> + 'static,
) -> impl IntoView {
    let page = RwSignal::new(None::<Result<PageView, ()>>);
    leptos::task::spawn_local(async move {
        let loaded = load.await.map_err(|_| ());
        _ = page.try_set(Some(loaded));
    });
    let app = use_app();
    move || match page.get() {
        None => view! { <p class="muted" role="status">{app.t(Key::Loading)}</p> }.into_any(),
        Some(Ok(draw)) => draw(),
        Some(Err(())) => view! { <PageUnavailable/> }.into_any(),
    }
}

#[component]
fn PageUnavailable() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="card notice error" role="alert" data-testid="page-unavailable">
            <p>{move || app.t(Key::PageUnavailable)}</p>
            <button type="button" class="button primary" on:click=|_| reload()>
                {move || app.t(Key::UpdateReload)}
            </button>
        </div>
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        _ = window.location().reload();
    }
}
