//! Tsunagu (つなぐ): a local-first one-to-one CRM for small service businesses.
//!
//! Three layers, one direction: [`core`] is the pure domain (built and tested natively),
//! `store` persists it in the browser and `ui` renders it with Leptos. The last two exist only
//! on wasm32, so the core cannot reach for a browser API even by accident.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
