//! The interface: Leptos components over the core, with changes handed to the store.
//!
//! Components hold no business rules; they read [`state::AppState`] from context, call core
//! functions, and show what comes back. Pages live in `pages`, reusable pieces in `components`.

mod address;
mod app;
mod by_customer;
mod catalog;
mod components;
mod customers;
mod demo;
mod feedback;
mod focus;
mod insights;
pub mod lazy;
mod learning;
pub mod legacy_text;
pub mod normalize;
mod on_demand;
mod pages;
mod platform;
mod routes;
mod service;
mod state;
mod sync;
mod text_drafts;
mod timing;
mod toasts;
mod updates;
mod visits;

pub use app::App;
