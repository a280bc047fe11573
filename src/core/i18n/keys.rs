//! The list of message keys. Add a key here, then to both catalogs.

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
    /// One user-visible message.
    Key {
    AppName,
    NavCustomers, NavNew, NavSettings, SkipToContent,
    NavToday, NavTickets, NavCatalog, NavPlan, NavFeedback, NavDashboard,
    ListTitle, SearchLabel, SearchPlaceholder, CustomerCount, MatchCount,
    EmptyBookTitle, EmptyBookBody, NoMatches, AddCustomer, Loading,
    SortLabel, SortReading, SortRecentlyUpdated, SortNewest,
    FieldName, FieldReading, FieldPhones, FieldEmail, FieldChannel, FieldBirthday,
    FieldHousehold, FieldTags, FieldNotes,
    HintName, HintReading, HintPhone, HintEmail, HintHousehold, HintTags,
    ChannelNone, ChannelPhone, ChannelSms, ChannelEmail, ChannelLine, ChannelInPerson, ChannelPost,
    AddPhone, AddHouseholdItem, RemoveRow,
    Save, Cancel, Edit, Delete, Undo, Retry, Dismiss,
    NewCustomerTitle, EditCustomerTitle,
    SavedNew, SavedChanges, Deleted, Restored,
    SaveFailed, DeleteFailed, RestoreFailed, StorageFull, StorageUnavailable, UnreadableRecords,
    FormHasErrors, DraftRestored, DiscardDraft, ChangedElsewhere, DeletedElsewhere, MergedWithOtherTab, BothChanged,
    ErrRequired, ErrTooLong, ErrTooMany, ErrReadingNotKana, ErrPhoneInvalid, ErrEmailInvalid, ErrChannelUnknown,
    ErrDateInvalid, ErrBirthdayInFuture, ErrBirthdayTooOld, ErrAmountInvalid,
    NoteAdd, NotePlaceholder, NoNotes,
    CreatedAt, UpdatedAt, BirthdayWithAge, NotSet,
    SettingsTitle, LanguageLabel, LanguageJa, LanguageEn, DataLabel, DataStoredHere,
    DemoLabel, DemoTitle, DemoTry, DemoTryExplain, DemoEmptyHint, DemoBanner, DemoLeave,
    DemoReset, DemoResetExplain, DemoResetDone, DemoSwitchFailed, DemoFillFailed,
    DemoTabTitle,
    NotFoundTitle, NotFoundBody, CustomerNotFound, BackToList,
    ReminderText, ExportNow, Later, StorageTitle, StoragePersistent, StorageNotPersistent,
    StorageUsage, StorageUnknown,
    CsvTitle, CsvExplain, ExportCsv, CsvExported, ImportCsv, CsvColumn, CsvSample, CsvImportAs,
    CsvIgnore, CsvSummary, CsvDuplicatesTitle, CsvInvalidTitle, CsvRowLine, CsvSameEmail,
    CsvSamePhone, CsvSameName, CsvSameRow, CsvMerge, CsvAddNew, CsvNeedName, CsvImportButton,
    CsvImported, CsvUnknownEncoding, CsvRagged, CsvEmpty, CsvTooLarge, CsvTooManyRows,
    CsvMalformed, CsvMore, CsvPreview, ImportConflicts, ImportStale,
    BackupTitle, BackupExplain, ExportBackup, Exported, LastExport, NeverExported,
    ImportBackup, ImportChooseFile, ImportChecking, ImportModeLabel, ImportModeMerge, ImportModeReplace,
    ImportSummary, ImportConfirm, ImportDone, ImportRefused,
    BackupTooLarge, BackupNotJson, BackupNotText, BackupTruncated, BackupTooDeep, BackupNotOurs,
    BackupBadVersion, BackupTooNew, BackupInvalidValue,
    ReasonMissing, ReasonWrongType, ReasonUnknownField, ReasonInvalidDate, ReasonMalformed,
    ReasonDuplicateId, ReasonUnknownReference, ReasonOutOfRange, ReasonInFuture, ReasonOutOfOrder, ReasonTooMany,
    UpdateReady, UpdateReload, UpdateTookOver, PageUnavailable, PartUnavailable,
    VisitsHeading, ImportVisitSummary, VisitRecorded, VisitDeleted, VisitSameAsLast, VisitNew,
    VisitWhen, VisitAmount, VisitItems, VisitItemsHint, VisitCoupon, VisitNote, VisitSave, VisitNone,
    VisitShort, VisitCount, VisitDelete,
    ColumnIgnore, ColumnNumber, ColumnPhone, ColumnDate, ColumnItem, ColumnQuantity,
    VisitImportTitle, VisitImportExplain, VisitImportChoose, VisitImportNeedKey, VisitImportNeedDate,
    VisitImportNeedAmount, VisitImportNoCustomer, VisitImportBadDate, VisitImportFutureDate,
    VisitImportBadQuantity, VisitImportReading, VisitImportChecking, VisitImportSaving,
    VisitImportSummary, VisitImportErrors, VisitImportFixFirst, VisitImportButton, VisitImportDone,
    VisitImportNothingNew,
    SegChampion, SegChampionMeans, SegLoyal, SegLoyalMeans, SegPotential, SegPotentialMeans,
    SegNew, SegNewMeans, SegPromising, SegPromisingMeans, SegAttention, SegAttentionMeans,
    SegAtRisk, SegAtRiskMeans, SegCantLose, SegCantLoseMeans, SegHibernating, SegHibernatingMeans,
    SegLost, SegLostMeans,
    TierAMeans, TierBMeans, TierCMeans, TierLabel, TierBadge, TierSetByHand, TierOverrideTitle,
    TierOverrideAuto, TierOverrideReason, TierOverrideSave, TierOverrideNeedsReason, TierSaved,
    Slipping, SlippingMeans,
    NavAnalysis, AnalysisTitle, AnalysisAsOf, AnalysisToday, AnalysisAsOfPast, AnalysisNoVisits,
    AnalysisNoVisitsBody, AnalysisCustomers, TiersTitle, TierRow, TierSharesLabel, TierShareA,
    TierShareB, TierSharesInvalid, SegmentsTitle, SegmentCount, SlippingTitle, SlippingNone,
    ModelTitle, ModelFitted, ModelHistorical, ModelVisitsParams, ModelSpendParams, ModelNoSpend,
    ModelLogLikelihood, ModelCustomersUsed, ModelHorizon,
    InsightTitle, InsightValue, InsightValueMeans, InsightValueHistorical, InsightSegment,
    InsightActive, InsightActiveMeans, InsightActiveOnce, InsightActiveUnknown, InsightNextVisit, InsightNextVisitMeans,
    InsightNextVisitOverdue, InsightOneVisit, InsightExpectedVisits, InsightNoVisits, InsightSpendPerVisit,
    ErrOutOfRange, ErrDuplicate, ErrBothWays,
    FeedbackDeleted,
}}
