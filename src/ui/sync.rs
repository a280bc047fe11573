//! Keeping several open tabs in step: after each successful write a tab announces what changed
//! on a BroadcastChannel, and the other tabs re-read those records from IndexedDB (the one
//! source of truth), so a change in one tab shows in the others at once. Each space has its own
//! channel, so the demo's tabs and the real book's never hear each other.

use crate::core::customer::CustomerId;
use crate::core::visit::VisitId;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;
use serde::{Deserialize, Serialize};

/// What a tab tells the others.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// These customers were written or deleted.
    Customers(Vec<CustomerId>),
    /// These visits were written or deleted.
    Visits(Vec<VisitId>),
    /// The service catalog changed.
    Catalog,
    /// Feedback was written or deleted.
    Feedback,
    /// Customer-service records (tickets) were written or deleted.
    Service,
    /// Everything may have changed (an import).
    Everything,
}

/// The channel to the other tabs; absent where the browser has no BroadcastChannel.
pub struct TabSync {
    channel: Option<web_sys::BroadcastChannel>,
}

impl TabSync {
    /// Opens the channel called `name` and calls `on_change` for each change another tab
    /// announces on it.
    pub fn open(name: &str, on_change: impl Fn(Change) + 'static) -> Self {
        let channel = web_sys::BroadcastChannel::new(name).ok();
        if let Some(channel) = &channel {
            let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let change = event
                        .data()
                        .as_string()
                        .and_then(|text| serde_json::from_str::<Change>(&text).ok());
                    if let Some(change) = change {
                        on_change(change);
                    }
                },
            );
            channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            // The channel lives as long as the page, and so must its listener.
            listener.forget();
        }
        Self { channel }
    }

    /// Tells the other tabs about `change`.
    pub fn announce(&self, change: &Change) {
        if let (Some(channel), Ok(text)) = (&self.channel, serde_json::to_string(change)) {
            let _ = channel.post_message(&text.into());
        }
    }
}
