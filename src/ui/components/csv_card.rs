//! Spreadsheets in settings: export the customers as CSV, and import a CSV — read strictly,
//! columns guessed and changeable, duplicates proposed for merging (each one the owner's
//! choice), unusable rows listed with reasons — written in one transaction on confirmation.

use super::csv_findings::{Duplicates, Refusals};
use super::csv_mapping::{ColumnMapping, Preview};
use super::import_notice::{ImportOvertaken, ImportRefusal, ImportWorking};
use crate::core::customer::{Customer, CustomerId};
use crate::core::i18n::{BookKey, Key};
use crate::core::sorting;
use crate::core::spreadsheet::export::export_csv;
use crate::core::spreadsheet::mapping::{guess_all, Target};
use crate::core::spreadsheet::plan::{apply_plan, plan_import, Choice, Outcome};
use crate::core::spreadsheet::table::{read_table, Table, TableError, MAX_BYTES};
use crate::store::StoreError;
use crate::ui::legacy_text::BrowserDecoder;
use crate::ui::platform::{self, FileProblem};
use crate::ui::state::use_app;
use leptos::prelude::*;
use rustc_hash::FxHashMap;

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Refused(String),
    Mapping(Table),
}

/// Reads the table once the "reading…" notice is on screen.
async fn read_table_after_paint(bytes: &[u8]) -> Result<Table, TableError> {
    platform::after_paint().await;
    read_table(bytes, &BrowserDecoder)
}

#[component]
pub fn CsvCard() -> impl IntoView {
    let app = use_app();
    let stage = RwSignal::new(Stage::Idle);
    let mapping = RwSignal::new(Vec::<Target>::new());
    let choices = RwSignal::new(FxHashMap::<usize, Choice>::default());
    let writing = RwSignal::new(false);
    // Another tab changed customers since the preview; it now shows the new state.
    let stale = RwSignal::new(false);

    let export = move |_| {
        let lang = app.lang.get_untracked();
        let csv = app.book.with_untracked(|book| {
            let mut customers: Vec<&Customer> = book.customers().collect();
            sorting::sort_by(&mut customers, |a, b| {
                a.created_at
                    .cmp(&b.created_at)
                    .then_with(|| a.id.cmp(&b.id))
            });
            export_csv(customers, lang)
        });
        let name = app.space.file_name(&format!(
            "customers-{}.csv",
            platform::local(platform::now()).format("%Y%m%d-%H%M")
        ));
        match platform::download(&name, &csv, "text/csv") {
            Ok(()) => app.toasts.info(lang.text(BookKey::CsvExported).to_owned()),
            Err(detail) => {
                platform::warn(&detail);
                app.toasts.error(lang.text(Key::SaveFailed).to_owned());
            }
        }
    };

    let choose = move |ev: leptos::ev::Event| {
        stage.set(Stage::Reading);
        leptos::task::spawn_local(async move {
            let lang = app.lang.get_untracked();
            match platform::chosen_file(&ev, MAX_BYTES).await {
                None => stage.set(Stage::Idle),
                Some(Err(FileProblem::TooLarge { .. })) => {
                    stage.set(Stage::Refused(TableError::TooLarge.message(lang)));
                }
                Some(Err(FileProblem::Unreadable(detail))) => {
                    platform::warn(&detail);
                    stage.set(Stage::Refused(lang.text(Key::ImportRefused).to_owned()));
                }
                Some(Ok(bytes)) => match read_table_after_paint(&bytes).await {
                    Err(error) => stage.set(Stage::Refused(error.message(lang))),
                    Ok(table) => {
                        stale.set(false);
                        mapping.set(guess_all(&table.headers));
                        choices.set(FxHashMap::default());
                        stage.set(Stage::Mapping(table));
                    }
                },
            }
        });
    };

    let plan = Memo::new(move |_| match stage.get() {
        Stage::Mapping(table) => {
            let mapping = mapping.get();
            app.book
                .with(|b| plan_import(&table, &mapping, b.customers(), platform::today()))
        }
        _ => Vec::new(),
    });
    let has_name = move || mapping.with(|m| m.contains(&Target::Name));
    let count = move |pick: fn(&Outcome) -> bool| {
        plan.with(|p| p.iter().filter(|r| pick(&r.outcome)).count())
    };

    let import = move |_| {
        if writing.get_untracked() {
            return;
        }
        let Stage::Mapping(table) = stage.get_untracked() else {
            return;
        };
        let shown = plan.get_untracked();
        let chosen = choices.get_untracked();
        let columns = mapping.get_untracked();
        writing.set(true);
        leptos::task::spawn_local(async move {
            let lang = app.lang.get_untracked();
            // Planned again against what is stored now, in the write's own snapshot: if another
            // tab changed customers since the preview, the owner sees the new preview first.
            let result = match app.snapshot().await {
                Ok(snapshot) => {
                    let stored = snapshot.dataset.customers;
                    let plans = plan_import(&table, &columns, stored.values(), platform::today());
                    if plans != shown {
                        Err(StoreError::Stale)
                    } else {
                        let existing: FxHashMap<CustomerId, Customer> =
                            stored.into_iter().collect();
                        let batch = apply_plan(
                            &plans,
                            |row| chosen.get(&row).copied().unwrap_or_default(),
                            &existing,
                            platform::now(),
                            platform::new_customer_id,
                        );
                        app.save_all(batch, snapshot.revision).await
                    }
                }
                Err(error) => Err(error),
            };
            match result {
                Ok(()) => {
                    let rows = shown
                        .iter()
                        .filter(|p| !matches!(p.outcome, Outcome::Invalid(_)))
                        .count();
                    stage.set(Stage::Idle);
                    stale.set(false);
                    app.toasts
                        .info(lang.format(BookKey::CsvImported, &[("count", &rows.to_string())]));
                }
                Err(StoreError::Stale) => {
                    app.reload_book().await;
                    stale.set(true);
                }
                Err(error) => app.report_write_failure(&error, Key::SaveFailed),
            }
            writing.set(false);
        });
    };

    view! {
        <section class="card csv" data-testid="csv">
            <h2>{move || app.t(BookKey::CsvTitle)}</h2>
            <p class="muted">{move || app.t(BookKey::CsvExplain)}</p>
            <div class="backup-row">
                <button type="button" class="button" data-testid="export-csv" on:click=export>
                    {move || app.t(BookKey::ExportCsv)}
                </button>
                <label class="button file-button">
                    {move || app.t(BookKey::ImportCsv)}
                    <input type="file" accept=".csv,text/csv" data-testid="csv-file" class="visually-hidden" on:change=choose/>
                </label>
            </div>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Reading => view! { <ImportWorking/> }.into_any(),
                Stage::Refused(message) => view! { <ImportRefusal message test_id="csv-error"/> }.into_any(),
                Stage::Mapping(table) => view! {
                    <ColumnMapping table=table.clone() mapping=mapping/>
                    <Preview plan=plan/>
                    <p class="import-summary" data-testid="csv-summary">
                        {move || app.tf(BookKey::CsvSummary, &[
                            ("new", &count(|o| matches!(o, Outcome::New)).to_string()),
                            ("duplicates", &count(|o| matches!(o, Outcome::Duplicate { .. })).to_string()),
                            ("invalid", &count(|o| matches!(o, Outcome::Invalid(_))).to_string()),
                        ])}
                    </p>
                    <Show when=move || !has_name()>
                        <p class="field-error" role="alert">{move || app.t(BookKey::CsvNeedName)}</p>
                    </Show>
                    <Show when=move || stale.get()>
                        <ImportOvertaken test_id="csv-stale"/>
                    </Show>
                    <Duplicates plan=plan choices=choices/>
                    <Refusals plan=plan/>
                    <div class="form-actions">
                        <button type="button" class="button" on:click=move |_| stage.set(Stage::Idle)>
                            {move || app.t(Key::Cancel)}
                        </button>
                        <button
                            type="button"
                            class="button primary"
                            data-testid="csv-import"
                            disabled=move || writing.get() || !has_name()
                            on:click=import
                        >
                            {move || app.t(BookKey::CsvImportButton)}
                        </button>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
