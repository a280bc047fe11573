//! The CSV import's column choices and a preview of the first rows as they will be imported,
//! so the mapping can be checked at a glance.

use crate::core::i18n::Key;
use crate::core::spreadsheet::mapping::{label, Target};
use crate::core::spreadsheet::plan::RowPlan;
use crate::core::spreadsheet::table::Table;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 5;

/// One line per column: its header, an example value, and what to import it as.
#[component]
pub fn ColumnMapping(
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
