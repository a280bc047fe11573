//! Which space this tab works in, real book or demo, kept in sessionStorage: it belongs to the
//! tab, survives a reload, and a new tab starts without it — so a fresh tab always opens the
//! real book.
//!
//! The space is read once, the first time anything asks, and never changes while the page
//! lives: the database, the settings keys and the tab channel are all chosen from it when the
//! app starts. Switching writes the choice for the next start, and the page reloads.

use super::StoreError;
use crate::core::space::Space;
use std::cell::OnceCell;

/// The sessionStorage key holding the space's name while a tab is in the demo.
const KEY: &str = "tsunagu.space";

thread_local! {
    static CURRENT: OnceCell<Space> = const { OnceCell::new() };
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The space of this page, decided the first time it is asked. Anything unreadable is the
/// real book: the demo is only ever entered on purpose.
pub fn current_space() -> Space {
    CURRENT.with(|current| {
        *current.get_or_init(|| {
            session()
                .and_then(|storage| storage.get_item(KEY).ok().flatten())
                .and_then(|name| Space::parse(&name))
                .unwrap_or_default()
        })
    })
}

/// Makes `space` this tab's space from the next start on; the page must reload to switch.
pub fn choose_space(space: Space) -> Result<(), StoreError> {
    let storage = session().ok_or_else(|| StoreError::Unavailable("no sessionStorage".into()))?;
    let written = match space {
        Space::Real => storage.remove_item(KEY),
        Space::Demo => storage.set_item(KEY, space.as_str()),
    };
    written.map_err(|e| StoreError::Failed(format!("{e:?}")))
}
