//! New versions of the app, from the page's side of the service worker (public/sw.js).
//!
//! The worker keeps this build's files on the device. When a newer build is deployed, the
//! browser installs its worker beside the running one, where it waits. The page notices that
//! and offers "a new version is ready — reload"; only the owner's tap hands over to the new
//! worker and reloads. Nothing reloads by itself, so nobody loses what they are typing.

use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

const WORKER_URL: &str = "/sw.js";
/// What the page says to a waiting worker to make it take over (see public/sw.js).
const TAKE_OVER: &str = "take-over";

/// Whether a new version waits, and the means to switch to it. Provided as context.
#[derive(Clone, Copy)]
pub struct Updates {
    /// A newer build is installed and waiting for the owner's go-ahead.
    pub ready: RwSignal<bool>,
    /// The owner chose "later" for this page's lifetime.
    pub dismissed: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// Set when the owner tapped reload: only then may a change of worker reload the page.
    asked: StoredValue<bool>,
}

impl Updates {
    /// Registers the worker (where the browser has service workers) and provides the context.
    pub fn provide() -> Self {
        let updates = Self {
            ready: RwSignal::new(false),
            dismissed: RwSignal::new(false),
            registration: StoredValue::new_local(None),
            asked: StoredValue::new(false),
        };
        provide_context(updates);
        if let Some(container) = container() {
            leptos::task::spawn_local(updates.register(container));
        }
        updates
    }

    async fn register(self, container: web_sys::ServiceWorkerContainer) {
        let registered = wasm_bindgen_futures::JsFuture::from(container.register(WORKER_URL)).await;
        let registration = match registered {
            Ok(value) => value.unchecked_into::<ServiceWorkerRegistration>(),
            Err(error) => {
                super::platform::warn(&format!("service worker not registered: {error:?}"));
                return;
            }
        };
        // The first worker takes the page without any prompt; a later one is a new version
        // only when a worker already controls this page.
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && controlled() {
            self.ready.set(true);
        }
        if let Some(installing) = registration.installing() {
            self.watch(installing, controlled.clone());
        }
        let on_update_found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                if let Some(installing) = registration.installing() {
                    self.watch(installing, controlled.clone());
                }
            })
        };
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();

        let on_controller_change = Closure::<dyn Fn()>::new(move || {
            if self.asked.get_value() {
                reload();
            }
        });
        container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
        on_controller_change.forget();

        // A phone keeps the app open for days: look for a new version whenever it comes back.
        let check = registration.clone();
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                leptos::task::spawn_local(check_for_update(check.clone()));
            }
        });
        self.registration.set_value(Some(registration));
    }

    /// Marks the version ready once `worker` has finished installing beside a running one.
    fn watch(self, worker: ServiceWorker, controlled: impl Fn() -> bool + 'static) {
        let watched = worker.clone();
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            if watched.state() == ServiceWorkerState::Installed && controlled() {
                self.ready.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    }

    /// The owner's tap: the waiting worker takes over, and the page reloads when it has.
    pub fn apply(self) {
        self.asked.set_value(true);
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        match waiting {
            Some(worker) => {
                if worker.post_message(&JsValue::from_str(TAKE_OVER)).is_err() {
                    reload();
                }
            }
            // Another tab already switched to the new version: this page only needs a reload.
            None => reload(),
        }
    }
}

/// The new-version state, from context.
pub fn use_updates() -> Updates {
    expect_context::<Updates>()
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent outside secure contexts (plain http on another machine): the app still runs.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    present.then(|| navigator.service_worker())
}

async fn check_for_update(registration: ServiceWorkerRegistration) {
    if let Ok(promise) = registration.update() {
        // Offline, the check fails; the next return to the app tries again.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
