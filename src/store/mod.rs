//! Persistence: customers, visits, the service catalog and feedback in IndexedDB, preferences
//! in localStorage, each under the names of this tab's space (real book or demo).
//!
//! This layer turns core values into stored records and back, and nothing more: it holds no
//! business rules and never decides what to show. Every failure comes back as a [`StoreError`]
//! for the interface to show; nothing is dropped silently.

mod catalog;
mod customers;
mod error;
mod feedback;
mod meta;
mod read_all;
mod service;
mod settings;
mod space;
mod stored;
mod to_js;
mod upgrade;
mod visits;

pub use customers::{CustomerStore, LoadedCustomers, Snapshot};
pub use error::StoreError;
pub use settings::{
    is_settings_key, load_plan_settings, load_service_settings, load_settings, save_plan_settings,
    save_service_settings, save_settings, set_language_in,
};
pub use space::{choose_space, current_space};
pub use stored::Stored;
