//! Visit history from a spreadsheet: choose a file, check the guessed columns, watch the rows
//! being checked, then either fix the listed lines or import everything in one transaction.
//! Rows are checked in chunks with a paint between them, so the progress bar moves and the page
//! stays responsive on 100,000 rows.

use super::csv_mapping::ColumnChoices;
use super::import_notice::{ImportOvertaken, ImportRefusal};
use crate::core::i18n::{group, BookKey, Key, Lang};
use crate::core::spreadsheet::table::{read_table_of, Table, TableError, MAX_BYTES};
use crate::core::visit_import::columns::{guess_columns, missing, VisitColumn};
use crate::core::visit_import::plan::{ImportClock, VisitImport, VisitImporter, MAX_VISIT_ROWS};
use crate::store::StoreError;
use crate::ui::legacy_text::BrowserDecoder;
use crate::ui::platform::{self, FileProblem};
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// Rows checked between two paints.
const CHUNK: usize = 5_000;
/// Bad lines listed; the rest are counted.
const LISTED_ERRORS: usize = 100;

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Refused(String),
    Checking {
        done: usize,
        total: usize,
    },
    Checked {
        plan: Arc<VisitImport>,
        revision: u64,
    },
    Saving(usize),
}

#[component]
pub fn VisitImportCard() -> impl IntoView {
    let app = use_app();
    let stage = RwSignal::new(Stage::Idle);
    let table = StoredValue::new(None::<Arc<Table>>);
    let columns = RwSignal::new(Vec::<VisitColumn>::new());
    let stale = RwSignal::new(false);
    // Each check has a number; a check overtaken by a newer one (the columns changed) stops.
    let generation = StoredValue::new(0u64);

    let check = move || {
        let Some(table) = table.get_value() else {
            return;
        };
        let chosen = columns.get_untracked();
        if !missing(&chosen).is_empty() {
            stage.set(Stage::Idle);
            return;
        }
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        let total = table.rows.len();
        stage.set(Stage::Checking { done: 0, total });
        leptos::task::spawn_local(async move {
            platform::after_paint().await;
            let snapshot = match app.snapshot().await {
                Ok(s) => s,
                Err(error) => {
                    app.report_write_failure(&error, Key::ImportRefused);
                    stage.set(Stage::Idle);
                    return;
                }
            };
            let now = platform::now();
            let clock = ImportClock {
                today: platform::today(),
                offset: platform::local_offset(now),
                now,
            };
            let data = &snapshot.dataset;
            let mut importer = VisitImporter::new(
                chosen,
                data.customers.values(),
                data.visits.keys(),
                data.visit_tombstones.values(),
                clock,
            );
            let mut start = 0;
            while start < total {
                let end = (start + CHUNK).min(total);
                importer.read(&table, start..end, &mut platform::new_customer_id);
                start = end;
                stage.set(Stage::Checking { done: end, total });
                platform::after_paint().await;
                if generation.get_value() != this {
                    return;
                }
            }
            stage.set(Stage::Checked {
                plan: Arc::new(importer.finish()),
                revision: snapshot.revision,
            });
        });
    };

    let choose = move |ev: leptos::ev::Event| {
        stage.set(Stage::Reading);
        stale.set(false);
        leptos::task::spawn_local(async move {
            let lang = app.lang.get_untracked();
            let refuse = |message: String| stage.set(Stage::Refused(message));
            match platform::chosen_file(&ev, MAX_BYTES).await {
                None => stage.set(Stage::Idle),
                Some(Err(FileProblem::TooLarge { .. })) => {
                    refuse(TableError::TooLarge.message(lang))
                }
                Some(Err(FileProblem::Unreadable(detail))) => {
                    platform::warn(&detail);
                    refuse(lang.text(Key::ImportRefused).to_owned());
                }
                Some(Ok(bytes)) => {
                    platform::after_paint().await;
                    match read_table_of(&bytes, MAX_VISIT_ROWS, &BrowserDecoder) {
                        Err(error) => refuse(error.message(lang)),
                        Ok(read) => {
                            columns.set(guess_columns(&read.headers));
                            table.set_value(Some(Arc::new(read)));
                            check();
                        }
                    }
                }
            }
        });
    };

    let import = move |_| {
        let Stage::Checked { plan, revision } = stage.get_untracked() else {
            return;
        };
        stage.set(Stage::Saving(plan.visits.len()));
        leptos::task::spawn_local(async move {
            platform::after_paint().await;
            let count = plan.visits.len();
            let result = app
                .save_visit_import(plan.new_customers.clone(), plan.visits.clone(), revision)
                .await;
            match result {
                Ok(()) => {
                    table.set_value(None);
                    stage.set(Stage::Idle);
                    app.toasts
                        .info(app.tf(BookKey::VisitImportDone, &[("count", &group(count as i64))]));
                }
                Err(StoreError::Stale) => {
                    // Another tab wrote meanwhile: check again against what is stored now.
                    stale.set(true);
                    check();
                }
                Err(error) => {
                    app.report_write_failure(&error, Key::SaveFailed);
                    stage.set(Stage::Checked { plan, revision });
                }
            }
        });
    };

    let cancel = move |_| {
        generation.update_value(|g| *g += 1);
        table.set_value(None);
        stage.set(Stage::Idle);
    };
    // The table is not reactive; every change to it comes with a change of stage.
    let has_table = move || {
        stage.track();
        table.with_value(Option::is_some)
    };

    view! {
        <section class="card csv" data-testid="visit-import">
            <h2>{move || app.t(BookKey::VisitImportTitle)}</h2>
            <p class="muted">{move || app.t(BookKey::VisitImportExplain)}</p>
            <label class="button file-button">
                {move || app.t(BookKey::VisitImportChoose)}
                <input type="file" accept=".csv,text/csv" data-testid="visit-file" class="visually-hidden" on:change=choose/>
            </label>
            {move || match stage.get() {
                Stage::Reading => view! { <Working text=app.t(BookKey::VisitImportReading).to_owned() value=None/> }.into_any(),
                Stage::Refused(message) => view! { <ImportRefusal message test_id="visit-import-error"/> }.into_any(),
                Stage::Checking { done, total } => view! {
                    <Working
                        text=app.tf(BookKey::VisitImportChecking, &[("done", &group(done as i64)), ("total", &group(total as i64))])
                        value=Some((done, total))
                    />
                }.into_any(),
                Stage::Saving(count) => view! {
                    <Working text=app.tf(BookKey::VisitImportSaving, &[("count", &group(count as i64))]) value=None/>
                }.into_any(),
                Stage::Checked { plan, .. } => view! { <Outcome plan/> }.into_any(),
                Stage::Idle => ().into_any(),
            }}
            <Show when=has_table>
                <VisitColumns table=table.get_value() columns on_change=Callback::new(move |()| check())/>
                <Show when=move || stale.get()>
                    <ImportOvertaken test_id="visit-import-stale"/>
                </Show>
                <div class="form-actions">
                    <button type="button" class="button" on:click=cancel>{move || app.t(Key::Cancel)}</button>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="visit-import-button"
                        disabled=move || !stage.with(|s| matches!(s, Stage::Checked { plan, .. } if plan.errors.is_empty() && !plan.visits.is_empty()))
                        on:click=import
                    >
                        {move || app.t(BookKey::VisitImportButton)}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// A status line with a progress bar (determinate when `value` is known).
#[component]
fn Working(text: String, value: Option<(usize, usize)>) -> impl IntoView {
    view! {
        <p class="muted working" role="status" data-testid="visit-import-progress">
            {match value {
                Some((done, total)) => view! { <progress max=total value=done></progress> }.into_any(),
                None => view! { <progress></progress> }.into_any(),
            }}
            {text}
        </p>
    }
}

/// What the check found: the summary, or the lines to fix.
#[component]
fn Outcome(plan: Arc<VisitImport>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    if !plan.errors.is_empty() {
        let more = plan.errors.len().saturating_sub(LISTED_ERRORS);
        return view! {
            <div class="notice error" role="alert" data-testid="visit-import-errors">
                <p>{app.tf(BookKey::VisitImportErrors, &[("count", &group(plan.errors.len() as i64))])}</p>
                <ul class="plain line-errors">
                    {plan.errors.iter().take(LISTED_ERRORS).map(|e| view! {
                        <li data-testid="visit-import-line">
                            {lang.format(BookKey::CsvRowLine, &[("line", &e.line.to_string())])}": "{e.problem.message(lang)}
                        </li>
                    }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p>{app.tf(BookKey::CsvMore, &[("count", &group(more as i64))])}</p> })}
                <p>{app.t(BookKey::VisitImportFixFirst)}</p>
            </div>
        }
        .into_any();
    }
    if plan.visits.is_empty() {
        return view! { <p class="notice" role="status" data-testid="visit-import-summary">{app.t(BookKey::VisitImportNothingNew)}</p> }.into_any();
    }
    let summary = app.tf(
        BookKey::VisitImportSummary,
        &[
            ("rows", &group(plan.rows as i64)),
            ("visits", &group(plan.visits.len() as i64)),
            ("matched", &group(plan.matched_customers as i64)),
            ("created", &group(plan.new_customers.len() as i64)),
            ("already", &group(plan.already_imported as i64)),
        ],
    );
    view! { <p class="import-summary" role="status" data-testid="visit-import-summary">{summary}</p> }.into_any()
}

/// What each column of the file is read as, and what the file still needs.
#[component]
fn VisitColumns(
    table: Option<Arc<Table>>,
    columns: RwSignal<Vec<VisitColumn>>,
    on_change: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let Some(table) = table else {
        return ().into_any();
    };
    let label = |name: &str, lang: Lang| VisitColumn::parse(name).map_or("", |c| c.label(lang));
    let needed = move || columns.with(|c| missing(c));
    view! {
        <ColumnChoices
            table
            options=VisitColumn::ALL.iter().map(|c| c.as_str()).collect()
            label
            chosen=Signal::derive(move || columns.with(|c| c.iter().map(|c| c.as_str()).collect()))
            on_choose=Callback::new(move |(i, name): (usize, String)| {
                if let Some(column) = VisitColumn::parse(&name) {
                    columns.update(|c| c[i] = column);
                    on_change.run(());
                }
            })
            test_id="visit-column"
        />
        {move || needed().into_iter().map(|key| view! {
            <p class="field-error" role="alert" data-testid="visit-import-missing">{app.t(key)}</p>
        }).collect_view()}
    }
    .into_any()
}
