//! Code the customer list does not need, kept out of the first load: reading the rest of the
//! book (the decoders of the visits, catalog, feedback, service records and service settings),
//! fetched while the list is shown; writing a backup file; filling the demo with its sample
//! business. Like the pages behind the list (see [`crate::ui::lazy`]), each is a split
//! point whose code the release build moves into a part of its own, fetched, compiled and
//! linked the first time it is needed (and kept by the service worker for offline use).
//!
//! A split point can take no references and return no future, so each returns the function
//! that does the work; that function lives in the part. A part that cannot be fetched is said
//! in a notice, and the next try fetches it again.
//!
//! The browser suites link the library whole, without the release build's split, where a
//! split point's import would have nothing to link to; with the `unsplit` feature they are
//! plain functions (pages' split points are never reached from the library alone).
//!
//! The analysis and the learning stay in the first load although only the rest of the book
//! feeds them: in a part, their many calls into code the modules share each cross between
//! modules, and the analysis recomputed ~1.7 times slower, the learning's longest slice ~2
//! times longer.

use super::state::AppState;
use super::sync::Change;
use super::timing::Timer;
use crate::core::i18n::Key;
use crate::store::CustomerStore;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
#[cfg(not(feature = "unsplit"))]
use wasm_split_helpers::wasm_split;
use wasm_split_helpers::SplitLoaderError;

/// Work to await, made by a function in a part.
type Task = Pin<Box<dyn Future<Output = ()>>>;

/// What the part that reads the rest of the book is asked to do.
enum Reading {
    /// Everything after the customers, when the app starts.
    Rest {
        store: CustomerStore,
        unreadable: usize,
        timer: Timer,
    },
    /// What another tab changed.
    Change(Change),
}

/// Calls a split point: its part is fetched first, unless the library is linked whole.
macro_rules! fetch {
    ($point:ident) => {{
        #[cfg(not(feature = "unsplit"))]
        let loaded = $point().await;
        #[cfg(feature = "unsplit")]
        let loaded = $point();
        loaded
    }};
}

#[cfg_attr(not(feature = "unsplit"), wasm_split(book_reader, fallible))]
fn book_reader() -> Result<fn(AppState, Reading) -> Task, SplitLoaderError> {
    Ok(|app, reading| match reading {
        Reading::Rest {
            store,
            unreadable,
            timer,
        } => Box::pin(app.read_rest(store, unreadable, timer)),
        Reading::Change(change) => Box::pin(app.refresh(change)),
    })
}

#[cfg_attr(not(feature = "unsplit"), wasm_split(backup_writer, fallible))]
fn backup_writer() -> Result<fn(AppState) -> Task, SplitLoaderError> {
    Ok(|app| Box::pin(app.write_backup_file()))
}

#[cfg_attr(not(feature = "unsplit"), wasm_split(demo_filler, fallible))]
fn demo_filler() -> Result<fn(AppState, CustomerStore) -> Task, SplitLoaderError> {
    Ok(|app, store| Box::pin(async move { super::demo::fill_if_new(app, &store).await }))
}

/// Reads the rest of the book once the customers are shown (see [`AppState::read_rest`]); the
/// timer runs from before the part is fetched.
pub async fn read_rest(app: AppState, store: CustomerStore, unreadable: usize, timer: Timer) {
    let reading = Reading::Rest {
        store,
        unreadable,
        timer,
    };
    match fetch!(book_reader) {
        Ok(read) => read(app, reading).await,
        Err(_) => app.rest_unavailable(),
    }
}

/// Re-reads what another tab changed.
pub async fn refresh(app: AppState, change: Change) {
    match fetch!(book_reader) {
        Ok(read) => read(app, Reading::Change(change)).await,
        Err(_) => part_unavailable(app),
    }
}

/// Exports everything as a backup file download (see [`AppState::write_backup_file`]).
pub async fn export_backup(app: AppState) {
    match fetch!(backup_writer) {
        Ok(write) => write(app).await,
        Err(_) => part_unavailable(app),
    }
}

/// Fills the demo's database with the sample business if nothing was ever stored there.
pub async fn fill_demo_if_new(app: AppState, store: CustomerStore) {
    match fetch!(demo_filler) {
        Ok(fill) => fill(app, store).await,
        Err(_) => part_unavailable(app),
    }
}

fn part_unavailable(app: AppState) {
    let text = app.lang.get_untracked().text(Key::PartUnavailable);
    app.toasts.error(text.to_owned());
}
