//! The app's shared state, provided as context: the customer book, the settings, the store
//! connection and the notices. Every change goes through [`AppState`]'s methods, which write to
//! the store first and change what is shown only once the write has succeeded; a failed write
//! comes back as an error for the caller to show, with the owner's input still on screen.

use super::by_customer::ByCustomer;
use super::platform;
use super::service::ServiceRecords;
use super::sync::{Change, TabSync};
use super::timing::Timer;
use super::toasts::{ToastAction, Toasts};
use crate::core::backup::{backup_file_name_in, write_backup, Dataset};
use crate::core::book::CustomerBook;
use crate::core::catalog::Catalog;
use crate::core::draft::CustomerDraft;
use crate::core::feedback::Feedback;
use crate::core::i18n::{Key, Lang, MessageKey};
use crate::core::settings::Settings;
use crate::core::sorting;
use crate::core::space::Space;
use crate::core::visit::{Visit, VisitId};
use crate::store::{self, CustomerStore, Snapshot, StoreError};
use leptos::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where loading the customer book stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadState {
    Loading,
    /// The customers are read (the list can be used); their visits, feedback and the rest
    /// are still being read.
    Book,
    Ready,
    /// The database could not be opened or read; the message is technical detail.
    Failed(String),
    /// The customers are read, but the part of the app that reads the rest could not be
    /// fetched (see `on_demand`): the list works, the pages that need the rest say so.
    CodeMissing,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The book this tab works in, real or demo, fixed for the page's life: the database, the
    /// settings and the tab channel are all this space's.
    pub space: Space,
    pub book: RwSignal<CustomerBook>,
    pub load: RwSignal<LoadState>,
    pub settings: RwSignal<Settings>,
    pub lang: Memo<Lang>,
    pub toasts: Toasts,
    /// The list's address with its search, for returning to it from a customer.
    pub list_url: RwSignal<String>,
    /// Forms left with unsaved input, by form ("new" or the customer's id), so that leaving a
    /// form by mistake loses nothing; the page asks before closing while any is kept.
    pub drafts: RwSignal<FxHashMap<String, CustomerDraft>>,
    /// The same for free text being written elsewhere (a comment, an answer), by box.
    pub text_drafts: RwSignal<FxHashMap<String, String>>,
    /// A newer version of the app opened in another tab took over the database: this page can
    /// no longer save and must reload.
    pub superseded: RwSignal<bool>,
    /// Every visit, by id (see `visits.rs` for recording them).
    pub visits: RwSignal<BTreeMap<VisitId, Visit>>,
    /// The service catalog (see `catalog.rs` for changing it).
    pub catalog: RwSignal<Catalog>,
    /// Every piece of feedback, oldest received first (see `feedback.rs` for recording it).
    pub feedback: RwSignal<Vec<Feedback>>,
    /// Tickets (see `service.rs`).
    pub service: ServiceRecords,
    /// Each customer's visits and feedback, without a pass over all of them.
    pub by_customer: ByCustomer,
    store: StoredValue<Option<CustomerStore>, LocalStorage>,
    tabs: StoredValue<Option<TabSync>, LocalStorage>,
}

impl AppState {
    /// Creates the state, provides it as context and starts loading the book.
    pub fn provide() -> Self {
        let space = store::current_space();
        let settings = RwSignal::new(store::load_settings());
        let browser_language = platform::browser_language();
        let lang = Memo::new(move |_| settings.with(|s| s.effective_lang(&browser_language)));
        Effect::new(move |_| {
            platform::set_document_lang(lang.get().as_str());
            platform::set_manifest_lang(lang.get().as_str());
        });
        let visits = RwSignal::new(BTreeMap::new());
        let feedback = RwSignal::new(Vec::new());
        let state = Self {
            space,
            book: RwSignal::new(CustomerBook::default()),
            load: RwSignal::new(LoadState::Loading),
            settings,
            lang,
            toasts: Toasts::new(),
            list_url: RwSignal::new("/".to_owned()),
            drafts: RwSignal::new(FxHashMap::default()),
            text_drafts: RwSignal::new(FxHashMap::default()),
            superseded: RwSignal::new(false),
            visits,
            catalog: RwSignal::new(Catalog::default()),
            feedback,
            service: ServiceRecords::new(),
            by_customer: ByCustomer::new(visits, feedback),
            store: StoredValue::new_local(None),
            tabs: StoredValue::new_local(None),
        };
        state
            .tabs
            .set_value(Some(TabSync::open(space.channel(), move |change| {
                leptos::task::spawn_local(super::on_demand::refresh(state, change))
            })));
        provide_context(state);
        // Another tab changed the settings (language, last export…): follow it.
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().is_some_and(|key| store::is_settings_key(&key)) {
                settings.set(store::load_settings());
            }
        });
        let _ = window_event_listener(leptos::ev::beforeunload, move |event| {
            if state.drafts.with_untracked(|d| !d.is_empty())
                || state.text_drafts.with_untracked(|d| !d.is_empty())
            {
                event.prevent_default();
            }
        });
        leptos::task::spawn_local(state.load_book());
        leptos::task::spawn_local(async {
            platform::request_persistent_storage().await;
        });
        state
    }

    /// Reads the customers first, so the list can be used at once, then everything else.
    async fn load_book(self) {
        let timer = Timer::start("load");
        let store = match CustomerStore::open(self.space.database()).await {
            Ok(store) => store,
            Err(error) => return self.load_failed(error),
        };
        if self.space.is_demo() {
            super::on_demand::fill_demo_if_new(self, store.clone()).await;
        }
        let loaded = match store.all().await {
            Ok(loaded) => loaded,
            Err(error) => return self.load_failed(error),
        };
        leptos::task::spawn_local({
            let store = store.clone();
            async move {
                store.superseded().await;
                self.superseded.set(true);
            }
        });
        self.store.set_value(Some(store.clone()));
        self.book.set(CustomerBook::new(loaded.customers));
        self.load.set(LoadState::Book);
        timer.stop();
        let rest = Timer::start("load:rest");
        super::on_demand::read_rest(self, store, loaded.unreadable, rest).await;
    }

    /// Reads the visits, the catalog, the feedback and the service records once the customers
    /// are shown: run from the part of the app that holds their decoders (see
    /// [`super::on_demand`]), so the first load does not carry them.
    pub(super) async fn read_rest(self, store: CustomerStore, unreadable: usize, timer: Timer) {
        self.service.settings.set(store::load_service_settings());
        let visits = Timer::start("load:visits");
        match store.visits().await {
            Ok((visits, _)) => self.visits.set(by_id(visits)),
            Err(error) => platform::warn(&error.to_string()),
        }
        visits.stop();
        self.reload_catalog(&store).await;
        let feedback = Timer::start("load:feedback");
        self.reload_feedback(&store).await;
        feedback.stop();
        let service = Timer::start("load:service");
        self.reload_service(&store).await;
        service.stop();
        self.load.set(LoadState::Ready);
        timer.stop();
        if unreadable > 0 {
            let count = unreadable.to_string();
            self.toasts.error(
                self.lang
                    .get_untracked()
                    .format(Key::UnreadableRecords, &[("count", &count)]),
            );
        }
    }

    /// The part of the app that reads the rest could not be fetched: the pages that need it
    /// say so (the list stays usable).
    pub(super) fn rest_unavailable(self) {
        self.load.set(LoadState::CodeMissing);
    }

    fn load_failed(self, error: StoreError) {
        platform::warn(&error.to_string());
        self.load.set(LoadState::Failed(error.to_string()));
    }

    /// The message for `key` in the current language (reactive when called in a view).
    pub fn t(&self, key: impl MessageKey) -> &'static str {
        self.lang.get().text(key)
    }

    /// The message for `key` with its parameters filled in.
    pub fn tf(&self, key: impl MessageKey, args: &[(&str, &str)]) -> String {
        self.lang.get().format(key, args)
    }

    /// Shows that a write failed. On a full device the notice offers to export a backup at
    /// once, while what the owner typed is still on screen.
    pub fn report_write_failure(self, error: &StoreError, otherwise: Key) {
        let text = self.write_failed(error, otherwise);
        if matches!(error, StoreError::QuotaExceeded(_)) {
            let export = Callback::new(move |()| leptos::task::spawn_local(self.export_backup()));
            let action = ToastAction {
                label: Key::ExportNow,
                run: export,
            };
            self.toasts.error_with_action(text, action);
        } else {
            self.toasts.error(text);
        }
    }

    /// Exports everything as a backup file download and remembers when. The backup writer is
    /// fetched the first time (see [`super::on_demand`]).
    pub async fn export_backup(self) {
        super::on_demand::export_backup(self).await;
    }

    /// What [`Self::export_backup`] does, once its code is loaded.
    pub(super) async fn write_backup_file(self) {
        let lang = self.lang.get_untracked();
        let dataset = match self.snapshot().await {
            Ok(snapshot) => snapshot.dataset,
            Err(error) => return self.report_write_failure(&error, Key::SaveFailed),
        };
        let now = platform::now();
        let json = write_backup(&dataset, now, APP_VERSION);
        let name = backup_file_name_in(self.space, platform::local(now).naive_local());
        match platform::download(&name, &json, "application/json") {
            Ok(()) => {
                self.update_settings(|s| s.last_export = Some(now));
                self.toasts.info(lang.text(Key::Exported).to_owned());
            }
            Err(detail) => {
                platform::warn(&detail);
                self.toasts.error(lang.text(Key::SaveFailed).to_owned());
            }
        }
    }

    /// The message for a failed write: a full device gets its own, anything else `otherwise`.
    /// The technical detail goes to the console for support.
    pub fn write_failed(self, error: &StoreError, otherwise: Key) -> String {
        platform::warn(&error.to_string());
        let key = match error {
            StoreError::QuotaExceeded(_) => Key::StorageFull,
            StoreError::Unavailable(_) => Key::StorageUnavailable,
            StoreError::Changed(_) => Key::ChangedElsewhere,
            StoreError::Gone => Key::DeletedElsewhere,
            StoreError::Stale => Key::ImportStale,
            StoreError::Failed(_) => otherwise,
        };
        self.lang.get_untracked().text(key).to_owned()
    }

    pub(super) fn store(&self) -> Result<CustomerStore, StoreError> {
        self.store
            .get_value()
            .ok_or_else(|| StoreError::Unavailable("the database is not open".into()))
    }

    /// Reads the whole book, every visit, the catalog and the feedback again from storage
    /// (after another tab changed them).
    pub async fn reload_book(self) {
        let Ok(store) = self.store() else { return };
        match store.all().await {
            Ok(loaded) => self.book.set(CustomerBook::new(loaded.customers)),
            Err(error) => platform::warn(&error.to_string()),
        }
        match store.visits().await {
            Ok((visits, _)) => self.visits.set(by_id(visits)),
            Err(error) => platform::warn(&error.to_string()),
        }
        self.reload_catalog(&store).await;
        self.reload_feedback(&store).await;
        self.reload_service(&store).await;
    }

    /// Re-reads what another tab changed (run from the part that reads the rest of the book).
    pub(super) async fn refresh(self, change: Change) {
        let Ok(store) = self.store() else { return };
        match change {
            Change::Everything => self.reload_book().await,
            Change::Visits(ids) => self.refresh_visits(&store, ids).await,
            Change::Catalog => self.reload_catalog(&store).await,
            Change::Feedback => self.reload_feedback(&store).await,
            Change::Service => self.reload_service(&store).await,
            Change::Customers(ids) => {
                for id in ids {
                    match store.get(&id).await {
                        Ok(Some(customer)) => self.book.update(|b| {
                            b.upsert(customer);
                        }),
                        Ok(None) => self.book.update(|b| {
                            b.remove(&id);
                        }),
                        Err(error) => platform::warn(&error.to_string()),
                    }
                }
            }
        }
    }

    pub(super) fn announce(self, change: Change) {
        self.tabs.with_value(|tabs| {
            if let Some(tabs) = tabs {
                tabs.announce(&change);
            }
        });
    }

    /// Everything stored, read in one transaction, with the revision an import must match.
    pub async fn snapshot(self) -> Result<Snapshot, StoreError> {
        self.store()?.snapshot().await
    }

    /// Turns what is stored from `current` (a snapshot at `revision`) into `next` in one
    /// transaction, then shows it. [`StoreError::Stale`] if another tab wrote since.
    pub async fn replace_dataset(
        self,
        current: &Dataset,
        revision: u64,
        next: Dataset,
    ) -> Result<(), StoreError> {
        self.store()?.replace_all(current, revision, &next).await?;
        self.catalog.set(next.catalog());
        self.service.show(&next);
        let mut feedback: Vec<Feedback> = next.feedback.into_values().collect();
        sorting::sort_by(&mut feedback, Feedback::received_order);
        self.feedback.set(feedback);
        self.book
            .set(CustomerBook::new(next.customers.into_values()));
        self.visits.set(next.visits);
        self.announce(Change::Everything);
        Ok(())
    }

    /// Changes the settings and keeps them on the device. The change is applied to the
    /// settings as stored now, so a setting another tab changed meanwhile is kept.
    pub fn update_settings(self, change: impl FnOnce(&mut Settings)) {
        let mut settings = store::load_settings();
        change(&mut settings);
        self.settings.set(settings);
        if let Err(error) = store::save_settings(&settings) {
            self.report_write_failure(&error, Key::SaveFailed);
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Built by `collect()`, which sorts and then fills every node of the tree: the visits come in
/// id order, and a tree built by inserting in order leaves its nodes half empty (with 100,000
/// visits, ~13 MB more memory for as long as the app runs).
fn by_id(visits: Vec<Visit>) -> BTreeMap<VisitId, Visit> {
    visits.into_iter().map(|v| (v.id.clone(), v)).collect()
}
