//! What the CSV import found: rows that look like known customers (each with a merge-or-add
//! choice) and rows that cannot be imported, with every reason.

use crate::core::i18n::BookKey;
use crate::core::spreadsheet::plan::{Choice, Match, MatchReason, Outcome, RowPlan};
use crate::ui::state::use_app;
use leptos::prelude::*;
use rustc_hash::FxHashMap;

/// How many duplicates or refused rows are listed before "and N more".
const LISTED: usize = 50;

/// The rows that look like someone already known, each with a merge-or-add choice.
#[component]
pub fn Duplicates(
    /// The import plan.
    plan: Memo<Vec<RowPlan>>,
    /// The owner's choice per row (absent: merge).
    choices: RwSignal<FxHashMap<usize, Choice>>,
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
            <h3>{move || app.t(BookKey::CsvDuplicatesTitle)}</h3>
            <ul class="csv-list" data-testid="csv-duplicates">
                {move || {
                    let all = rows();
                    let more = all.len().saturating_sub(LISTED);
                    let listed = all.into_iter().take(LISTED).map(|(i, line, name, of, reason)| {
                        let lang = app.lang.get();
                        let whom = match &of {
                            Match::Customer(id) => app.book.with(|b| b.get(id).map(|c| c.name.clone()).unwrap_or_default()),
                            Match::Row(row) => lang.format(BookKey::CsvSameRow, &[("line", &(row + 2).to_string())]),
                        };
                        let why = match reason {
                            MatchReason::Email => lang.text(BookKey::CsvSameEmail),
                            MatchReason::Phone => lang.text(BookKey::CsvSamePhone),
                            MatchReason::NameAndReading => lang.text(BookKey::CsvSameName),
                        };
                        let line_text = lang.format(BookKey::CsvRowLine, &[("line", &line.to_string())]);
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
                                    <option value="merge">{lang.text(BookKey::CsvMerge)}</option>
                                    <option value="add">{lang.text(BookKey::CsvAddNew)}</option>
                                </select>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        {listed}
                        {(more > 0).then(|| view! { <li class="muted">{app.tf(BookKey::CsvMore, &[("count", &more.to_string())])}</li> })}
                    }
                }}
            </ul>
        </Show>
    }
}

/// The rows that cannot be imported, with every reason.
#[component]
pub fn Refusals(
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
                            lang.format(BookKey::CsvRowLine, &[("line", &r.line.to_string())]),
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
            <h3>{move || app.t(BookKey::CsvInvalidTitle)}</h3>
            <ul class="csv-list" data-testid="csv-invalid">
                {move || {
                    let all = lines();
                    let more = all.len().saturating_sub(LISTED);
                    view! {
                        {all.into_iter().take(LISTED).map(|l| view! { <li>{l}</li> }).collect_view()}
                        {(more > 0).then(|| view! { <li class="muted">{app.tf(BookKey::CsvMore, &[("count", &more.to_string())])}</li> })}
                    }
                }}
            </ul>
        </Show>
    }
}
