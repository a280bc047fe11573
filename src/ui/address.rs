//! Keeping a search in the address without costing each keystroke.
//!
//! The list keeps its search in the address (`/?q=…`), so that Back from a customer and a
//! reload return to the same search. Writing the address costs the browser about a
//! millisecond, and telling the router wakes every part of the app that watches the address:
//! done on each keystroke, that was a quarter of the keystroke's time with a large book.
//!
//! So the address is written once typing pauses, and at once on a press or Enter (which may
//! follow a link, say to a customer: the list's history entry gets the search first) or when
//! the app is put in the background: through the router, synchronously, and only while the
//! page is still the list. If the list goes otherwise, its history entry gets the search
//! directly. An address changed meanwhile by something else (Back) wins:
//! [`TypedAddress::cancel`]. A reload within the pause reloads the address as it was: the
//! browser has taken it before the page hears of the reload.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long typing must pause before the address is written.
const PAUSE: Duration = Duration::from_millis(300);

/// An address not written yet: the timer that will write it, and the address.
type Pending = Arc<Mutex<Option<(TimeoutHandle, String)>>>;

/// The router's navigation.
type Navigate = Arc<dyn Fn(&str, NavigateOptions)>;

/// The address of a page at `path` (`"/"`), kept as typed.
#[derive(Clone)]
pub struct TypedAddress {
    path: &'static str,
    pending: Pending,
    navigate: Navigate,
}

impl TypedAddress {
    /// For the page being built, at `path`; its going writes what is pending at once.
    pub fn new(path: &'static str) -> Self {
        let navigate = use_navigate();
        let this = Self {
            path,
            pending: Arc::default(),
            navigate: Arc::new(navigate),
        };
        let on_hidden = window_event_listener(leptos::ev::visibilitychange, {
            let this = this.clone();
            move |_| {
                if document().hidden() {
                    this.write_now();
                }
            }
        });
        // A press or Enter may follow a link: the address is written before the link is.
        let on_press = window_event_listener(leptos::ev::pointerdown, {
            let this = this.clone();
            move |_| this.write_now()
        });
        let on_enter = window_event_listener(leptos::ev::keydown, {
            let this = this.clone();
            move |event| {
                if event.key() == "Enter" {
                    this.write_now();
                }
            }
        });
        let pending = Arc::clone(&this.pending);
        on_cleanup(move || {
            for listener in [on_hidden, on_press, on_enter] {
                listener.remove();
            }
            write_directly(path, &pending);
        });
        this
    }

    /// Makes `url` the page's address once typing pauses.
    pub fn set(&self, url: String) {
        self.cancel();
        let this = self.clone();
        if let Ok(timer) = set_timeout_with_handle(move || this.write_now(), PAUSE) {
            *lock(&self.pending) = Some((timer, url));
        }
    }

    /// Forgets an address not written yet (the address has changed otherwise).
    pub fn cancel(&self) {
        if let Some((timer, _)) = take(&self.pending) {
            timer.clear();
        }
    }

    /// Writes a pending address through the router, if the page is still at its path.
    fn write_now(&self) {
        if let Some((timer, url)) = take(&self.pending) {
            timer.clear();
            if current_path().as_deref() == Some(self.path) {
                let options = NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                };
                (self.navigate)(&url, options);
            }
        }
    }
}

/// Writes a pending address into the current history entry, if that is still `path`'s.
fn write_directly(path: &str, pending: &Pending) {
    let Some((timer, url)) = take(pending) else {
        return;
    };
    timer.clear();
    if current_path().as_deref() != Some(path) {
        return;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = history
        .state()
        .unwrap_or(leptos::wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&url));
}

fn lock(pending: &Pending) -> std::sync::MutexGuard<'_, Option<(TimeoutHandle, String)>> {
    pending
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn take(pending: &Pending) -> Option<(TimeoutHandle, String)> {
    lock(pending).take()
}

fn current_path() -> Option<String> {
    web_sys::window()?.location().pathname().ok()
}
