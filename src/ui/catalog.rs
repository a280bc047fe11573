//! Changing the service catalog: each write goes to storage first and shows only when it
//! succeeded, other tabs hear of it, and a deletion can be undone (the record and every
//! reference the deletion removed come back).

use super::platform;
use super::state::AppState;
use super::sync::Change;
use crate::core::catalog::menu::SetMenu;
use crate::core::catalog::part::{PartGroup, ServicePart};
use crate::core::catalog::samples::{sample_catalog, Sample};
use crate::core::catalog::Catalog;
use crate::core::i18n::ServiceKey;
use crate::core::record::{Tombstone, Versioned};
use crate::core::sorting;
use crate::store::{CustomerStore, StoreError, Stored};
use leptos::prelude::*;

impl AppState {
    pub(super) async fn reload_catalog(self, store: &CustomerStore) {
        match store.catalog().await {
            Ok((catalog, _)) => self.catalog.set(catalog),
            Err(error) => platform::warn(&error.to_string()),
        }
    }

    /// Writes catalog records of any kinds in one transaction, then shows them.
    pub async fn save_catalog(
        self,
        parts: Vec<ServicePart>,
        groups: Vec<PartGroup>,
        menus: Vec<SetMenu>,
    ) -> Result<(), StoreError> {
        self.store()?.put_catalog(&parts, &groups, &menus).await?;
        self.catalog.update(|catalog| {
            upsert(&mut catalog.parts, parts);
            upsert(&mut catalog.groups, groups);
            upsert(&mut catalog.menus, menus);
        });
        self.announce(Change::Catalog);
        Ok(())
    }

    /// Adds a sample catalog, in the current language, beside whatever is there.
    pub async fn add_sample(self, sample: Sample) -> Result<(), StoreError> {
        let lang = self.lang.get_untracked();
        let Catalog {
            parts,
            groups,
            menus,
        } = sample_catalog(sample, lang, platform::now(), platform::random_bytes);
        let counts = [("parts", parts.len()), ("menus", menus.len())];
        self.save_catalog(parts, groups, menus).await?;
        let counts = counts.map(|(name, n)| (name, n.to_string()));
        let args: Vec<(&str, &str)> = counts.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.toasts
            .info(lang.format(ServiceKey::SampleAdded, &args));
        Ok(())
    }

    /// Deletes a part, taking it out of the rules and set menus that name it, and offers undo.
    pub async fn delete_part(self, part: ServicePart) -> Result<(), StoreError> {
        let now = platform::now();
        let (parts, menus) = self
            .catalog
            .with_untracked(|c| c.without_part(&part.id, now));
        self.delete_record(part.clone(), parts, menus, |c| &mut c.parts)
            .await?;
        Ok(())
    }

    /// Deletes a choice group (its parts stay, in no group), and offers undo.
    pub async fn delete_group(self, group: PartGroup) -> Result<(), StoreError> {
        let now = platform::now();
        let parts = self
            .catalog
            .with_untracked(|c| c.without_group(&group.id, now));
        self.delete_record(group, parts, Vec::new(), |c| &mut c.groups)
            .await
    }

    /// Deletes a set menu, and offers undo.
    pub async fn delete_menu(self, menu: SetMenu) -> Result<(), StoreError> {
        self.delete_record(menu, Vec::new(), Vec::new(), |c| &mut c.menus)
            .await
    }

    /// Removes `record` (leaving a tombstone) and writes the records its removal changed, in
    /// one transaction; then offers to put everything back as it was.
    async fn delete_record<R>(
        self,
        record: R,
        parts: Vec<ServicePart>,
        menus: Vec<SetMenu>,
        list: fn(&mut Catalog) -> &mut Vec<R>,
    ) -> Result<(), StoreError>
    where
        R: Stored + Clone + Send + Sync + 'static + Named,
        R::Id: std::fmt::Display + serde::Serialize,
    {
        let tombstone = Tombstone::of(&record, platform::now());
        let before = self.catalog.get_untracked();
        self.store()?
            .delete_catalog_record::<R>(&tombstone, (&parts, &menus))
            .await?;
        let name = record.name().to_owned();
        self.catalog.update(|catalog| {
            list(catalog).retain(|r| r.id() != record.id());
            upsert(&mut catalog.parts, parts);
            upsert(&mut catalog.menus, menus);
        });
        self.announce(Change::Catalog);
        let restore = Callback::new(move |()| {
            leptos::task::spawn_local(self.restore_catalog(before.clone()));
        });
        let lang = self.lang.get_untracked();
        self.toasts.undoable(
            lang.format(ServiceKey::PartDeleted, &[("name", &name)]),
            restore,
        );
        Ok(())
    }

    /// Puts the catalog back to `before` (an undone deletion): every record of it that is
    /// missing or different now is written again as a new version.
    async fn restore_catalog(self, before: Catalog) {
        let now = platform::now();
        let current = self.catalog.get_untracked();
        let parts = changed_since(&before.parts, &current.parts, now);
        let groups = changed_since(&before.groups, &current.groups, now);
        let menus = changed_since(&before.menus, &current.menus, now);
        if let Err(error) = self.save_catalog(parts, groups, menus).await {
            self.report_write_failure(&error, crate::core::i18n::Key::RestoreFailed);
        }
    }
}

/// A record with a name the owner knows it by.
pub trait Named {
    fn name(&self) -> &str;
}

impl Named for ServicePart {
    fn name(&self) -> &str {
        &self.name
    }
}

impl Named for PartGroup {
    fn name(&self) -> &str {
        &self.name
    }
}

impl Named for SetMenu {
    fn name(&self) -> &str {
        &self.name
    }
}

/// Replaces the records of `list` with the same ids as `records`, and adds the others.
fn upsert<R: Versioned>(list: &mut Vec<R>, records: Vec<R>) {
    for record in records {
        match list.iter_mut().find(|r| r.id() == record.id()) {
            Some(slot) => *slot = record,
            None => {
                list.push(record);
                sorting::sort_by(list, |a, b| a.id().cmp(b.id()));
            }
        }
    }
}

/// The records of `before` that `now_list` lacks or holds differently, each as a new version
/// (newer than the deletion or edit it undoes).
fn changed_since<R: Versioned + Clone + PartialEq>(
    before: &[R],
    now_list: &[R],
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<R> {
    before
        .iter()
        .filter(|r| !now_list.contains(r))
        .map(|r| {
            let mut r = r.clone();
            let latest = now_list
                .iter()
                .find(|c| c.id() == r.id())
                .map(|c| c.updated_at());
            r.touch(latest.map_or(now, |l| now.max(l)));
            r
        })
        .collect()
}
