//! Spreadsheets in settings: export the customers as CSV, and import a CSV — read strictly,
//! columns guessed and changeable, duplicates proposed for merging (each one the owner's
//! choice), unusable rows listed with reasons — written in one transaction on confirmation.

use crate::core::customer::{Customer, CustomerId};
use crate::core::i18n::Key;
use crate::core::spreadsheet::export::export_csv;
use crate::core::spreadsheet::mapping::{guess_all, label, Target};
use crate::core::spreadsheet::plan::{
    apply_plan, plan_import, Choice, Match, MatchReason, Outcome, RowPlan,
};
use crate::core::spreadsheet::table::{read_table, Table};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::collections::HashMap;

/// How many duplicates or refused rows are listed before "and N more".
const LISTED: usize = 50;
/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 5;

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Refused(String),
    Mapping(Table),
}

#[component]
pub fn CsvCard() -> impl IntoView {
    let app = use_app();
    let stage = RwSignal::new(Stage::Idle);
    let mapping = RwSignal::new(Vec::<Target>::new());
    let choices = RwSignal::new(HashMap::<usize, Choice>::new());
    let writing = RwSignal::new(false);

    let export = move |_| {
        let lang = app.lang.get_untracked();
        let csv = app.book.with_untracked(|book| {
            let mut customers: Vec<&Customer> = book.customers().collect();
            customers.sort_by(|a, b| {
                a.created_at
                    .cmp(&b.created_at)
                    .then_with(|| a.id.cmp(&b.id))
            });
            export_csv(customers, lang)
        });
        let name = format!(
            "tsunagu-customers-{}.csv",
            platform::local(platform::now()).format("%Y%m%d-%H%M")
        );
        match platform::download(&name, &csv, "text/csv") {
            Ok(()) => app.toasts.info(lang.text(Key::CsvExported).to_owned()),
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
            let bytes = platform::chosen_file(&ev).await;
            match bytes {
                None => stage.set(Stage::Idle),
                Some(Err(detail)) => {
                    platform::warn(&detail);
                    stage.set(Stage::Refused(lang.text(Key::ImportRefused).to_owned()));
                }
                Some(Ok(bytes)) => match read_table(&bytes) {
                    Err(error) => stage.set(Stage::Refused(error.message(lang))),
                    Ok(table) => {
                        mapping.set(guess_all(&table.headers));
                        choices.set(HashMap::new());
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
        let plans = plan.get_untracked();
        let chosen = choices.get_untracked();
        let existing: HashMap<CustomerId, Customer> = app
            .book
            .with_untracked(|b| b.customers().map(|c| (c.id.clone(), c.clone())).collect());
        let batch = apply_plan(
            &plans,
            |row| chosen.get(&row).copied().unwrap_or_default(),
            &existing,
            platform::now(),
            platform::new_customer_id,
        );
        let rows = plans
            .iter()
            .filter(|p| !matches!(p.outcome, Outcome::Invalid(_)))
            .count();
        writing.set(true);
        leptos::task::spawn_local(async move {
            match app.save_all(batch).await {
                Ok(()) => {
                    stage.set(Stage::Idle);
                    app.toasts.info(
                        app.lang
                            .get_untracked()
                            .format(Key::CsvImported, &[("count", &rows.to_string())]),
                    );
                }
                Err(error) => app.report_write_failure(&error, Key::SaveFailed),
            }
            writing.set(false);
        });
    };

    view! {
        <section class="card csv" data-testid="csv">
            <h2>{move || app.t(Key::CsvTitle)}</h2>
            <p class="muted">{move || app.t(Key::CsvExplain)}</p>
            <div class="backup-row">
                <button type="button" class="button" data-testid="export-csv" on:click=export>
                    {move || app.t(Key::ExportCsv)}
                </button>
                <label class="button file-button">
                    {move || app.t(Key::ImportCsv)}
                    <input type="file" accept=".csv,text/csv" data-testid="csv-file" class="visually-hidden" on:change=choose/>
                </label>
            </div>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Reading => view! {
                    <p class="muted working" role="status">
                        <progress aria-label=app.t(Key::ImportChecking)></progress>
                        {app.t(Key::ImportChecking)}
                    </p>
                }.into_any(),
                Stage::Refused(message) => view! {
                    <div class="notice error" role="alert" data-testid="csv-error">
                        <p>{app.t(Key::ImportRefused)}</p>
                        <p>{message}</p>
                    </div>
                }.into_any(),
                Stage::Mapping(table) => view! {
                    <ColumnMapping table=table.clone() mapping=mapping/>
                    <Preview plan=plan/>
                    <p class="import-summary" data-testid="csv-summary">
                        {move || app.tf(Key::CsvSummary, &[
                            ("new", &count(|o| matches!(o, Outcome::New)).to_string()),
                            ("duplicates", &count(|o| matches!(o, Outcome::Duplicate { .. })).to_string()),
                            ("invalid", &count(|o| matches!(o, Outcome::Invalid(_))).to_string()),
                        ])}
                    </p>
                    <Show when=move || !has_name()>
                        <p class="field-error" role="alert">{move || app.t(Key::CsvNeedName)}</p>
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
                            {move || app.t(Key::CsvImportButton)}
                        </button>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// One line per column: its header, an example value, and what to import it as.
#[component]
fn ColumnMapping(
    /// The file's table.
    table: Table,
    /// The target chosen for each column.
    mapping: RwSignal<Vec<Target>>,
) -> impl IntoView {
    let app = use_app();
    let columns: Vec<(usize, String, String)> = table
        .headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let sample = table
                .rows
                .iter()
                .map(|r| r[i].as_str())
                .find(|v| !v.is_empty())
                .unwrap_or("")
                .to_owned();
            (i, header.clone(), sample)
        })
        .collect();
    view! {
        <table class="mapping" data-testid="csv-mapping">
            <thead>
                <tr>
                    <th>{move || app.t(Key::CsvColumn)}</th>
                    <th>{move || app.t(Key::CsvSample)}</th>
                    <th>{move || app.t(Key::CsvImportAs)}</th>
                </tr>
            </thead>
            <tbody>
                {columns.into_iter().map(|(i, header, sample)| view! {
                    <tr>
                        <td>{header.clone()}</td>
                        <td class="muted">{sample}</td>
                        <td>
                            <select
                                data-testid=format!("csv-column-{i}")
                                aria-label=header
                                prop:value=move || mapping.with(|m| m[i].as_str())
                                on:change=move |ev| {
                                    if let Some(target) = Target::parse(&event_target_value(&ev)) {
                                        mapping.update(|m| m[i] = target);
                                    }
                                }
                            >
                                {Target::ALL.into_iter().map(|t| view! {
                                    <option value=t.as_str() selected=move || mapping.with(|m| m[i] == t)>
                                        {move || label(t).map_or_else(|| app.t(Key::CsvIgnore), |k| app.t(k))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The first rows as they will be imported, so the mapping can be checked at a glance.
#[component]
fn Preview(
    /// The import plan.
    plan: Memo<Vec<RowPlan>>,
) -> impl IntoView {
    let app = use_app();
    let rows = move || {
        plan.with(|p| {
            p.iter()
                .filter_map(|r| {
                    r.fields.as_ref().map(|f| {
                        (
                            f.name.clone(),
                            f.reading.clone(),
                            f.phones.join(" / "),
                            f.email.clone(),
                            f.tags.join(", "),
                        )
                    })
                })
                .take(PREVIEW_ROWS)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h3>{move || app.t(Key::CsvPreview)}</h3>
        <div class="table-scroll">
            <table class="mapping preview" data-testid="csv-preview">
                <thead>
                    <tr>
                        {[Key::FieldName, Key::FieldReading, Key::FieldPhones, Key::FieldEmail, Key::FieldTags]
                            .into_iter()
                            .map(|k| view! { <th>{move || app.t(k)}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || rows().into_iter().map(|(name, reading, phones, email, tags)| view! {
                        <tr><td>{name}</td><td>{reading}</td><td>{phones}</td><td>{email}</td><td>{tags}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The rows that look like someone already known, each with a merge-or-add choice.
#[component]
fn Duplicates(
    /// The import plan.
    plan: Memo<Vec<RowPlan>>,
    /// The owner's choice per row (absent: merge).
    choices: RwSignal<HashMap<usize, Choice>>,
) -> impl IntoView {
    let app = use_app();
    let rows = move || {
        plan.with(|p| {
            p.iter()
                .enumerate()
                .filter_map(|(i, r)| match &r.outcome {
                    Outcome::Duplicate { of, reason } => Some((
                        i,
                        r.line,
                        r.fields
                            .as_ref()
                            .map(|f| f.name.clone())
                            .unwrap_or_default(),
                        of.clone(),
                        *reason,
                    )),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || plan.with(|p| p.iter().any(|r| matches!(r.outcome, Outcome::Duplicate { .. })))>
            <h3>{move || app.t(Key::CsvDuplicatesTitle)}</h3>
            <ul class="csv-list" data-testid="csv-duplicates">
                {move || {
                    let all = rows();
                    let more = all.len().saturating_sub(LISTED);
                    let listed = all.into_iter().take(LISTED).map(|(i, line, name, of, reason)| {
                        let lang = app.lang.get();
                        let whom = match &of {
                            Match::Customer(id) => app.book.with(|b| b.get(id).map(|c| c.name.clone()).unwrap_or_default()),
                            Match::Row(row) => lang.format(Key::CsvSameRow, &[("line", &(row + 2).to_string())]),
                        };
                        let why = match reason {
                            MatchReason::Email => lang.text(Key::CsvSameEmail),
                            MatchReason::Phone => lang.text(Key::CsvSamePhone),
                            MatchReason::NameAndReading => lang.text(Key::CsvSameName),
                        };
                        let line_text = lang.format(Key::CsvRowLine, &[("line", &line.to_string())]);
                        view! {
                            <li data-testid="csv-duplicate">
                                <span>{format!("{line_text} {name} → {whom} · {why}")}</span>
                                <select
                                    data-testid=format!("csv-choice-{line}")
                                    prop:value=move || if choices.with(|c| c.get(&i) == Some(&Choice::AddNew)) { "add" } else { "merge" }
                                    on:change=move |ev| {
                                        let choice = if event_target_value(&ev) == "add" { Choice::AddNew } else { Choice::Merge };
                                        choices.update(|c| { c.insert(i, choice); });
                                    }
                                >
                                    <option value="merge">{lang.text(Key::CsvMerge)}</option>
                                    <option value="add">{lang.text(Key::CsvAddNew)}</option>
                                </select>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        {listed}
                        {(more > 0).then(|| view! { <li class="muted">{app.tf(Key::CsvMore, &[("count", &more.to_string())])}</li> })}
                    }
                }}
            </ul>
        </Show>
    }
}

/// The rows that cannot be imported, with every reason.
#[component]
fn Refusals(
    /// The import plan.
    plan: Memo<Vec<RowPlan>>,
) -> impl IntoView {
    let app = use_app();
    let lines = move || {
        let lang = app.lang.get();
        plan.with(|p| {
            p.iter()
                .filter_map(|r| match &r.outcome {
                    Outcome::Invalid(errors) => {
                        let reasons: Vec<String> =
                            errors.iter().map(|e| e.problem.message(lang)).collect();
                        Some(format!(
                            "{}: {}",
                            lang.format(Key::CsvRowLine, &[("line", &r.line.to_string())]),
                            reasons.join(" / ")
                        ))
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !lines().is_empty()>
            <h3>{move || app.t(Key::CsvInvalidTitle)}</h3>
            <ul class="csv-list" data-testid="csv-invalid">
                {move || {
                    let all = lines();
                    let more = all.len().saturating_sub(LISTED);
                    view! {
                        {all.into_iter().take(LISTED).map(|l| view! { <li>{l}</li> }).collect_view()}
                        {(more > 0).then(|| view! { <li class="muted">{app.tf(Key::CsvMore, &[("count", &more.to_string())])}</li> })}
                    }
                }}
            </ul>
        </Show>
    }
}
