//! The app's shared state, provided as context: the customer book, the settings, the store
//! connection and the notices. Every change goes through [`AppState`]'s methods, which write to
//! the store first and change what is shown only once the write has succeeded; a failed write
//! comes back as an error for the caller to show, with the owner's input still on screen.

use super::platform;
use super::toasts::Toasts;
use crate::core::book::CustomerBook;
use crate::core::customer::{Customer, CustomerId};
use crate::core::i18n::{Key, Lang};
use crate::core::settings::Settings;
use crate::store::{self, CustomerStore, StoreError};
use leptos::prelude::*;

const DATABASE: &str = "tsunagu";

/// Where loading the customer book stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadState {
    Loading,
    Ready,
    /// The database could not be opened or read; the message is technical detail.
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub book: RwSignal<CustomerBook>,
    pub load: RwSignal<LoadState>,
    pub settings: RwSignal<Settings>,
    pub lang: Memo<Lang>,
    pub toasts: Toasts,
    store: StoredValue<Option<CustomerStore>, LocalStorage>,
}

impl AppState {
    /// Creates the state, provides it as context and starts loading the book.
    pub fn provide() -> Self {
        let settings = RwSignal::new(store::load_settings());
        let browser_language = platform::browser_language();
        let lang = Memo::new(move |_| settings.with(|s| s.effective_lang(&browser_language)));
        Effect::new(move |_| platform::set_document_lang(lang.get().as_str()));
        let state = Self {
            book: RwSignal::new(CustomerBook::default()),
            load: RwSignal::new(LoadState::Loading),
            settings,
            lang,
            toasts: Toasts::new(),
            store: StoredValue::new_local(None),
        };
        provide_context(state);
        leptos::task::spawn_local(state.load_book());
        state
    }

    async fn load_book(self) {
        let loaded = match CustomerStore::open(DATABASE).await {
            Ok(store) => {
                let customers = store.all().await;
                self.store.set_value(Some(store));
                customers
            }
            Err(error) => Err(error),
        };
        match loaded {
            Ok(customers) => {
                self.book.set(CustomerBook::new(customers));
                self.load.set(LoadState::Ready);
            }
            Err(error) => self.load.set(LoadState::Failed(error.to_string())),
        }
    }

    /// The message for `key` in the current language (reactive when called in a view).
    pub fn t(&self, key: Key) -> &'static str {
        self.lang.get().text(key)
    }

    /// The message for `key` with its parameters filled in.
    pub fn tf(&self, key: Key, args: &[(&str, &str)]) -> String {
        self.lang.get().format(key, args)
    }

    fn store(&self) -> Result<CustomerStore, StoreError> {
        self.store
            .get_value()
            .ok_or_else(|| StoreError::Unavailable("the database is not open".into()))
    }

    /// Writes `customer`, then shows it.
    pub async fn save(self, customer: Customer) -> Result<(), StoreError> {
        self.store()?.put(&customer).await?;
        self.book.update(|book| {
            book.upsert(customer);
        });
        Ok(())
    }

    /// Deletes a customer and offers to undo it. A failed delete leaves the customer in place
    /// and says so.
    pub async fn delete(self, id: CustomerId) {
        let Some(customer) = self.book.with_untracked(|b| b.get(&id).cloned()) else {
            return;
        };
        let result = match self.store() {
            Ok(store) => store.delete(&id).await,
            Err(error) => Err(error),
        };
        match result {
            Ok(()) => {
                self.book.update(|book| {
                    book.remove(&id);
                });
                let text = self
                    .lang
                    .get_untracked()
                    .format(Key::Deleted, &[("name", &customer.name)]);
                let undo = Callback::new(move |()| {
                    leptos::task::spawn_local(self.restore(customer.clone()));
                });
                self.toasts.undoable(text, undo);
            }
            Err(_) => self
                .toasts
                .error(self.lang.get_untracked().text(Key::DeleteFailed).into()),
        }
    }

    async fn restore(self, customer: Customer) {
        let name = customer.name.clone();
        let lang = self.lang.get_untracked();
        match self.save(customer).await {
            Ok(()) => self
                .toasts
                .info(lang.format(Key::Restored, &[("name", &name)])),
            Err(_) => self.toasts.error(lang.text(Key::SaveFailed).into()),
        }
    }

    /// Changes the settings and keeps them on the device.
    pub fn update_settings(self, change: impl FnOnce(&mut Settings)) {
        self.settings.update(change);
        if store::save_settings(&self.settings.get_untracked()).is_err() {
            self.toasts
                .error(self.lang.get_untracked().text(Key::SaveFailed).into());
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
