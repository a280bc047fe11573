//! Backup in settings: export everything to a file, and import a file — checked whole first,
//! then shown as a summary of what would change, and written in one transaction only when
//! the owner confirms. A refused file changes nothing and says why.

use super::import_notice::{ImportOvertaken, ImportRefusal, ImportWorking};
use crate::core::backup::merge::{
    merge, summarize, summarize_catalog, summarize_feedback, summarize_service, summarize_visits,
    Summary,
};
use crate::core::backup::read::{read_backup, ReadError, MAX_BYTES};
use crate::core::backup::Dataset;
use crate::core::i18n::{
    format_date_time, BookKey, CareKey, FeedbackKey, Key, Message, ServiceKey,
};
use crate::store::StoreError;
use crate::ui::platform::{self, FileProblem};
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Merge,
    Replace,
}

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Checking,
    Refused(String),
    /// A valid file, with this device's data as it was when it was last read (at `revision`);
    /// `refreshed` when that was re-read because another tab wrote meanwhile.
    Ready {
        current: Box<Dataset>,
        revision: u64,
        incoming: Box<Dataset>,
        refreshed: bool,
    },
    Writing,
}

impl Stage {
    /// What the device would hold after importing in `mode`, and how many conflicts merging saw.
    fn outcome(current: &Dataset, incoming: &Dataset, mode: Mode) -> (Dataset, usize) {
        match mode {
            Mode::Replace => (incoming.clone(), 0),
            Mode::Merge => {
                let merged = merge(current, incoming);
                (merged.dataset, merged.conflicts.len())
            }
        }
    }
}

/// The summary stage for `incoming`, against what is stored now.
async fn ready(app: AppState, incoming: Dataset, refreshed: bool) -> Stage {
    match app.snapshot().await {
        Ok(snapshot) => Stage::Ready {
            current: Box::new(snapshot.dataset),
            revision: snapshot.revision,
            incoming: Box::new(incoming),
            refreshed,
        },
        Err(error) => Stage::Refused(app.write_failed(&error, Key::SaveFailed)),
    }
}

#[component]
pub fn BackupCard() -> impl IntoView {
    let app = use_app();
    let stage = RwSignal::new(Stage::Idle);
    let mode = RwSignal::new(Mode::Merge);

    let export = move |_| leptos::task::spawn_local(app.export_backup());

    let choose = move |ev: leptos::ev::Event| {
        stage.set(Stage::Checking);
        leptos::task::spawn_local(async move {
            let lang = app.lang.get_untracked();
            let bytes = match platform::chosen_file(&ev, MAX_BYTES).await {
                None => return stage.set(Stage::Idle),
                Some(Err(FileProblem::TooLarge { bytes })) => {
                    let error = ReadError::TooLarge { bytes };
                    return stage.set(Stage::Refused(error.message(lang)));
                }
                Some(Err(FileProblem::Unreadable(detail))) => {
                    platform::warn(&detail);
                    return stage.set(Stage::Refused(lang.text(Key::ImportRefused).to_owned()));
                }
                Some(Ok(bytes)) => bytes,
            };
            platform::after_paint().await;
            let incoming = match read_backup(&bytes, platform::now(), platform::today()) {
                Ok(incoming) => incoming,
                Err(error) => return stage.set(Stage::Refused(error.message(lang))),
            };
            stage.set(ready(app, incoming, false).await);
        });
    };

    // What importing in the chosen mode would change, and the customers changed both here and
    // in the file since they last shared them (merging keeps the newer change), named from
    // whichever side still has the record. Computed once per file and mode, without copying
    // the data out of the stage.
    let preview = Memo::new(move |_| {
        let mode = mode.get();
        stage.with(|stage| match stage {
            Stage::Ready {
                current, incoming, ..
            } => Some(match mode {
                Mode::Replace => (
                    summarize(current, incoming, 0),
                    Vec::new(),
                    others(current, incoming, [0, 0, 0, 0]),
                ),
                Mode::Merge => {
                    let merged = merge(current, incoming);
                    let names = merged
                        .conflicts
                        .iter()
                        .filter_map(|conflict| {
                            current
                                .customers
                                .get(&conflict.id)
                                .or_else(|| incoming.customers.get(&conflict.id))
                                .map(|c| c.name.clone())
                        })
                        .collect::<Vec<_>>();
                    let counts = [
                        merged.visit_conflicts.len(),
                        merged.catalog_conflicts,
                        merged.feedback_conflicts,
                        merged.service_conflicts,
                    ];
                    (
                        summarize(current, &merged.dataset, names.len()),
                        names,
                        others(current, &merged.dataset, counts),
                    )
                }
            }),
            _ => None,
        })
    });
    let summary = move || preview.with(|p| p.as_ref().map(|(summary, _, _)| *summary));
    let conflicts = move || preview.with(|p| p.as_ref().map(|(_, names, _)| names.join("、")));
    let others = move || {
        preview.with(|p| {
            p.as_ref()
                .map(|(_, _, others)| others.clone())
                .unwrap_or_default()
        })
    };

    let confirm = move |_| {
        let Stage::Ready {
            current,
            revision,
            incoming,
            refreshed,
        } = stage.get_untracked()
        else {
            return;
        };
        let (next, _) = Stage::outcome(&current, &incoming, mode.get_untracked());
        stage.set(Stage::Writing);
        leptos::task::spawn_local(async move {
            match app.replace_dataset(&current, revision, next).await {
                Ok(()) => {
                    stage.set(Stage::Idle);
                    app.toasts.info(
                        app.lang
                            .get_untracked()
                            .text(BookKey::ImportDone)
                            .to_owned(),
                    );
                }
                // Another tab wrote since the summary was made: show the summary of what is
                // stored now, and let the owner confirm again.
                Err(StoreError::Stale) => stage.set(ready(app, *incoming, true).await),
                Err(error) => {
                    stage.set(Stage::Ready {
                        current,
                        revision,
                        incoming,
                        refreshed,
                    });
                    app.report_write_failure(&error, Key::SaveFailed);
                }
            }
        });
    };

    let last_export = move || {
        let lang = app.lang.get();
        match app.settings.with(|s| s.last_export) {
            Some(at) => lang.format(
                BookKey::LastExport,
                &[("date", &format_date_time(lang, &platform::local(at)))],
            ),
            None => lang.text(BookKey::NeverExported).to_owned(),
        }
    };
    let mode_choice = move |value: Mode, key: BookKey| {
        view! {
            <label class="radio">
                <input
                    type="radio"
                    name="import-mode"
                    data-testid=format!("mode-{}", if value == Mode::Merge { "merge" } else { "replace" })
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)
                />
                <span>{move || app.t(key)}</span>
            </label>
        }
    };

    view! {
        <section class="card backup" data-testid="backup">
            <h2>{move || app.t(BookKey::BackupTitle)}</h2>
            <p class="muted">{move || app.t(BookKey::BackupExplain)}</p>
            <div class="backup-row">
                <button type="button" class="button primary" data-testid="export" on:click=export>
                    {move || app.t(BookKey::ExportBackup)}
                </button>
                <span class="muted small" data-testid="last-export">{last_export}</span>
            </div>
            <h3>{move || app.t(BookKey::ImportBackup)}</h3>
            <label class="button file-button">
                {move || app.t(BookKey::ImportChooseFile)}
                <input
                    type="file"
                    accept=".json,application/json"
                    data-testid="import-file"
                    class="visually-hidden"
                    on:change=choose
                />
            </label>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Checking | Stage::Writing => view! { <ImportWorking/> }.into_any(),
                Stage::Refused(message) => view! { <ImportRefusal message test_id="import-error"/> }.into_any(),
                Stage::Ready { .. } => view! {
                    <fieldset class="import-mode">
                        <legend>{move || app.t(BookKey::ImportModeLabel)}</legend>
                        {mode_choice(Mode::Merge, BookKey::ImportModeMerge)}
                        {mode_choice(Mode::Replace, BookKey::ImportModeReplace)}
                    </fieldset>
                    <Show when=move || matches!(stage.get(), Stage::Ready { refreshed: true, .. })>
                        <ImportOvertaken test_id="import-stale"/>
                    </Show>
                    <h4 class="collection">{move || app.t(Key::NavCustomers)}</h4>
                    <p class="import-summary" data-testid="import-summary">
                        {move || summary().map(|s| summary_text(app, BookKey::ImportSummary, s))}
                    </p>
                    {move || others().into_iter().map(|(heading, id, s)| view! {
                        <h4 class="collection">{app.t(heading)}</h4>
                        <p class="import-summary" data-testid=id>{summary_text(app, BookKey::ImportVisitSummary, s)}</p>
                    }).collect_view()}
                    <Show when=move || conflicts().is_some_and(|names| !names.is_empty())>
                        <p class="conflicts" data-testid="import-conflicts">
                            {move || app.tf(BookKey::ImportConflicts, &[("names", &conflicts().unwrap_or_default())])}
                        </p>
                    </Show>
                    <div class="form-actions">
                        <button type="button" class="button" on:click=move |_| stage.set(Stage::Idle)>
                            {move || app.t(Key::Cancel)}
                        </button>
                        <button type="button" class="button primary" data-testid="import-confirm" on:click=confirm>
                            {move || app.t(BookKey::ImportConfirm)}
                        </button>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// The summaries of the collections besides customers that either side has: visits, the
/// service catalog, feedback — each with its heading and test id. `conflicts` counts the
/// records of each changed on both sides.
fn others(
    current: &Dataset,
    next: &Dataset,
    conflicts: [usize; 4],
) -> Vec<(Message, &'static str, Summary)> {
    [
        (
            BookKey::VisitsHeading.into(),
            "import-visit-summary",
            summarize_visits(current, next, conflicts[0]),
        ),
        (
            ServiceKey::CatalogTitle.into(),
            "import-catalog-summary",
            summarize_catalog(current, next, conflicts[1]),
        ),
        (
            FeedbackKey::FeedbackTitle.into(),
            "import-feedback-summary",
            summarize_feedback(current, next, conflicts[2]),
        ),
        (
            CareKey::ServiceRecordsTitle.into(),
            "import-service-summary",
            summarize_service(current, next, conflicts[3]),
        ),
    ]
    .into_iter()
    .filter_map(|(heading, id, summary)| summary.map(|s| (heading, id, s)))
    .collect()
}

/// One collection's summary line (`key` is the message with the five counts).
fn summary_text(app: AppState, key: BookKey, s: Summary) -> String {
    app.tf(
        key,
        &[
            ("added", &s.added.to_string()),
            ("updated", &s.updated.to_string()),
            ("deleted", &s.deleted.to_string()),
            ("unchanged", &s.unchanged.to_string()),
            ("conflicts", &s.conflicts.to_string()),
        ],
    )
}
