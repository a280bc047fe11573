//! The CSV import's column choices and a preview of the first rows as they will be imported,
//! so the mapping can be checked at a glance.

use crate::core::i18n::{BookKey, Lang};
use crate::core::spreadsheet::mapping::{label, Target};
use crate::core::spreadsheet::plan::RowPlan;
use crate::core::spreadsheet::table::Table;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 5;

/// One line per column of a file: its header, an example value, and a choice of what to read
/// it as. Shared by the customer and the visit imports; `options` are the choices' stable names.
#[component]
pub fn ColumnChoices(
    /// The file's table.
    table: Arc<Table>,
    /// Every choice, by its stable name.
    options: Vec<&'static str>,
    /// The label of a choice in a language.
    label: fn(&str, Lang) -> &'static str,
    /// The choice made for each column.
    #[prop(into)]
    chosen: Signal<Vec<&'static str>>,
    /// Called with a column and the name of the choice made for it.
    on_choose: Callback<(usize, String)>,
    /// The table's test id; each select's is `{test_id}-{column}`.
    test_id: &'static str,
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
        <table class="mapping" data-testid=format!("{test_id}s")>
            <thead>
                <tr>
                    <th>{move || app.t(BookKey::CsvColumn)}</th>
                    <th>{move || app.t(BookKey::CsvSample)}</th>
                    <th>{move || app.t(BookKey::CsvImportAs)}</th>
                </tr>
            </thead>
            <tbody>
                {columns.into_iter().map(|(i, header, sample)| {
                    let options = options.clone();
                    view! {
                        <tr>
                            <td>{header.clone()}</td>
                            <td class="muted">{sample}</td>
                            <td>
                                <select
                                    data-testid=format!("{test_id}-{i}")
                                    aria-label=header
                                    on:change=move |ev| on_choose.run((i, event_target_value(&ev)))
                                >
                                    {options.into_iter().map(|name| view! {
                                        <option value=name selected=move || chosen.with(|c| c[i] == name)>
                                            {move || label(name, app.lang.get())}
                                        </option>
                                    }).collect_view()}
                                </select>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The customer import's columns.
#[component]
pub fn ColumnMapping(
    /// The file's table.
    table: Table,
    /// The target chosen for each column.
    mapping: RwSignal<Vec<Target>>,
) -> impl IntoView {
    let label = |name: &str, lang: Lang| {
        Target::parse(name)
            .and_then(label)
            .map_or_else(|| lang.text(BookKey::CsvIgnore), |k| lang.text(k))
    };
    view! {
        <ColumnChoices
            table=Arc::new(table)
            options=Target::ALL.iter().map(|t| t.as_str()).collect()
            label
            chosen=Signal::derive(move || mapping.with(|m| m.iter().map(|t| t.as_str()).collect()))
            on_choose=Callback::new(move |(i, name): (usize, String)| {
                if let Some(target) = Target::parse(&name) {
                    mapping.update(|m| m[i] = target);
                }
            })
            test_id="csv-column"
        />
    }
}

/// The first rows as they will be imported, so the mapping can be checked at a glance.
#[component]
pub fn Preview(
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
        <h3>{move || app.t(BookKey::CsvPreview)}</h3>
        <div class="table-scroll">
            <table class="mapping preview" data-testid="csv-preview">
                <thead>
                    <tr>
                        {[BookKey::FieldName, BookKey::FieldReading, BookKey::FieldPhones, BookKey::FieldEmail, BookKey::FieldTags]
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
