//! What the part, group and set menu forms share: finding the record the address names, and
//! writing a change — back to the catalog once it is stored, or the reason on screen (with
//! everything typed still there) when it is not.

use crate::core::catalog::Catalog;
use crate::core::i18n::{Key, ServiceKey};
use crate::store::StoreError;
use crate::ui::components::LoadGate;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use leptos_router::NavigateOptions;
use std::future::Future;

/// Where a catalog form returns to.
pub(super) const CATALOG: &str = "/catalog";

/// The form for the catalog record whose id is in the address (found by `find`), or a notice
/// that it no longer exists.
pub(super) fn edit_page<T: 'static>(
    find: impl Fn(&str, &Catalog) -> Option<T> + Send + Sync + 'static,
    form: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    // Kept in the arena so the closures below can be copied into each render.
    let find = StoredValue::new(find);
    let form = StoredValue::new(form);
    let named = move || {
        let id = params.with(|p| p.get("id"))?;
        app.catalog
            .with_untracked(|catalog| find.with_value(|find| find(&id, catalog)))
    };
    view! {
        <LoadGate>
            {move || match named() {
                Some(found) => form.with_value(|form| form(found)),
                None => view! {
                    <p class="card" data-testid="record-missing">
                        <a href=CATALOG>{app.t(ServiceKey::PartMissing)}</a>
                    </p>
                }
                .into_any(),
            }}
        </LoadGate>
    }
}

/// Runs `write`; when it is stored, returns to the catalog (through `navigate`, the form's
/// router), otherwise shows why and calls `failed` (to let the owner try again).
pub(super) fn write_then_return(
    app: AppState,
    navigate: impl Fn(&str, NavigateOptions) + 'static,
    write: impl Future<Output = Result<(), StoreError>> + 'static,
    failed: impl FnOnce() + 'static,
) {
    leptos::task::spawn_local(async move {
        match write.await {
            Ok(()) => navigate(CATALOG, Default::default()),
            Err(error) => {
                app.report_write_failure(&error, Key::SaveFailed);
                failed();
            }
        }
    });
}
