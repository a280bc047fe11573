//! The keys of the messages the frame and the customer list show, the first load's only
//! catalog: the navigation, the list, loading and storage notices, toasts, the demo banner and
//! the update prompt. A message only a later page shows belongs in that page's list
//! ([`super::BookKey`] and the others), so it is fetched with the page. Add a key here, then to
//! both catalogs (`en.rs`, `ja.rs`).

/// Declares an enum of message keys with its list and names.
macro_rules! keys {
    ($(#[$doc:meta])* $name:ident { $($key:ident),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$key => stringify!($key)),* }
            }
        }
    };
}
pub(super) use keys;

keys! {
    /// One user-visible message of the frame or the customer list.
    Key {
    AppName,
    NavCustomers, NavNew, NavSettings, SkipToContent,
    NavToday, NavTickets, NavCatalog, NavPlan, NavFeedback, NavDashboard,
    ListTitle, SearchLabel, SearchPlaceholder, CustomerCount, MatchCount,
    EmptyBookTitle, EmptyBookBody, NoMatches, AddCustomer, Loading,
    SortLabel, SortReading, SortRecentlyUpdated, SortNewest,
    Save, Cancel, Edit, Delete, Undo, Retry, Dismiss,
    Deleted, Restored,
    SaveFailed, DeleteFailed, RestoreFailed, StorageFull, StorageUnavailable, UnreadableRecords,
    ChangedElsewhere, DeletedElsewhere,
    DemoLabel, DemoTry, DemoEmptyHint, DemoBanner, DemoLeave,
    DemoSwitchFailed, DemoFillFailed,
    DemoTabTitle,
    NotFoundTitle, NotFoundBody, CustomerNotFound, BackToList,
    ReminderText, ExportNow, Later,
    ImportStale,
    Exported,
    ImportChecking,
    ImportRefused,
    UpdateReady, UpdateReload, UpdateTookOver, PageUnavailable, PartUnavailable,
    TierBadge,
    Slipping, SlippingMeans,
    NavAnalysis,
    FeedbackDeleted,
}}
