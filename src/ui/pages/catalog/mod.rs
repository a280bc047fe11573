//! The service catalog: set menus, parts by category and choice groups at a glance, each
//! opening its form; an empty catalog offers the samples to start from.

mod form_page;
mod group_form;
mod menu_form;
mod part_form;

pub use group_form::{EditGroup, NewGroup};
pub use menu_form::{EditMenu, NewMenu};
pub use part_form::{EditPart, NewPart};

use crate::core::catalog::part::GroupRule;
use crate::core::catalog::samples::Sample;
use crate::core::catalog::Catalog;
use crate::core::customize::explain::money;
use crate::core::i18n::{Key, Lang, ServiceKey};
use crate::core::sorting;
use crate::ui::components::LoadGate;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn CatalogPage() -> impl IntoView {
    let app = use_app();
    let empty = Memo::new(move |_| app.catalog.with(|c| c.parts.is_empty()));
    view! {
        <LoadGate>
            <section class="card">
                <h1>{move || app.t(ServiceKey::CatalogTitle)}</h1>
                <p class="muted">{move || app.t(ServiceKey::CatalogExplain)}</p>
                <Show when=move || empty.get()>
                    <p data-testid="catalog-empty">{move || app.t(ServiceKey::CatalogEmpty)}</p>
                    <Samples/>
                </Show>
                <div class="actions">
                    <a class="button primary" href="/catalog/parts/new" data-testid="add-part">{move || app.t(ServiceKey::PartAdd)}</a>
                    <a class="button" href="/catalog/menus/new" data-testid="add-menu">{move || app.t(ServiceKey::MenuAdd)}</a>
                    <a class="button" href="/catalog/groups/new" data-testid="add-group">{move || app.t(ServiceKey::GroupAdd)}</a>
                </div>
            </section>
            <Section test_id="menus" title=ServiceKey::MenusTitle explain=ServiceKey::MenusExplain rows=menu_rows/>
            <Parts/>
            <Section test_id="groups" title=ServiceKey::GroupsTitle explain=ServiceKey::GroupsExplain rows=group_rows/>
            <Show when=move || !empty.get()>
                <details class="card">
                    <summary>{move || app.t(ServiceKey::SampleStart)}</summary>
                    <Samples/>
                </details>
            </Show>
        </LoadGate>
    }
}

#[component]
fn Samples() -> impl IntoView {
    let app = use_app();
    let busy = RwSignal::new(false);
    let add = move |sample: Sample| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            if let Err(error) = app.add_sample(sample).await {
                app.report_write_failure(&error, Key::SaveFailed);
            }
            busy.set(false);
        });
    };
    let label = |sample| match sample {
        Sample::Cafe => ServiceKey::SampleCafe,
        Sample::DogWalking => ServiceKey::SampleDogWalking,
        Sample::Salon => ServiceKey::SampleSalon,
    };
    view! {
        <div class="samples">
            <h2 class="small">{move || app.t(ServiceKey::SampleStart)}</h2>
            <div class="actions">
                {Sample::ALL.into_iter().map(|sample| view! {
                    <button type="button" class="button" data-testid=format!("sample-{}", sample.as_str())
                        disabled=move || busy.get() on:click=move |_| add(sample)>
                        {move || app.t(label(sample))}
                    </button>
                }).collect_view()}
            </div>
        </div>
    }
}

/// One line of a catalog list: name, where it opens, and its details.
type Row = (String, String, String);

/// A titled list of catalog records, sorted by name; hidden while there are none.
#[component]
fn Section(
    test_id: &'static str,
    title: ServiceKey,
    explain: ServiceKey,
    /// The rows, from the catalog, in the current language.
    rows: fn(&Catalog, Lang) -> Vec<Row>,
) -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        let lang = app.lang.get();
        let mut rows = app.catalog.with(|c| rows(c, lang));
        sorting::sort(&mut rows);
        rows
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <section class="card" data-testid=test_id>
                <h2>{move || app.t(title)}</h2>
                <p class="muted small">{move || app.t(explain)}</p>
                <ul class="plain catalog-list">{move || rows.get().into_iter().map(row).collect_view()}</ul>
            </section>
        </Show>
    }
}

fn menu_rows(c: &Catalog, lang: Lang) -> Vec<Row> {
    c.menus
        .iter()
        .map(|m| {
            let line = lang.format(
                ServiceKey::MenuLine,
                &[
                    ("count", &m.live_parts(&c.parts).len().to_string()),
                    ("minutes", &m.minutes_of(&c.parts).to_string()),
                    ("price", &money(m.price_of(&c.parts), lang)),
                ],
            );
            (m.name.clone(), format!("/catalog/menus/{}", m.id), line)
        })
        .collect()
}

fn group_rows(c: &Catalog, lang: Lang) -> Vec<Row> {
    c.groups
        .iter()
        .map(|g| {
            let members = c.parts.iter().filter(|p| p.group.as_ref() == Some(&g.id));
            let count = members.count().to_string();
            let line = format!(
                "{} · {}",
                lang.text(rule_label(g.rule)),
                lang.format(ServiceKey::GroupMembers, &[("count", &count)])
            );
            (g.name.clone(), format!("/catalog/groups/{}", g.id), line)
        })
        .collect()
}

#[component]
fn Parts() -> impl IntoView {
    let app = use_app();
    let by_category = Memo::new(move |_| {
        let lang = app.lang.get();
        app.catalog.with(|c| {
            let mut groups: BTreeMap<String, Vec<Row>> = BTreeMap::new();
            for p in &c.parts {
                let mut line = lang.format(
                    ServiceKey::PartLine,
                    &[
                        ("minutes", &p.minutes.to_string()),
                        ("price", &money(p.price.amount, lang)),
                    ],
                );
                for need in &p.needs {
                    line.push_str(&format!(" · {} {}%", need.need, need.strength));
                }
                groups.entry(p.category.clone()).or_default().push((
                    p.name.clone(),
                    format!("/catalog/parts/{}", p.id),
                    line,
                ));
            }
            groups.values_mut().for_each(|rows| sorting::sort(rows));
            groups.into_iter().collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || by_category.with(|c| !c.is_empty())>
            <section class="card" data-testid="parts">
                <h2>{move || app.t(ServiceKey::PartsTitle)}</h2>
                {move || by_category.get().into_iter().map(|(category, rows)| view! {
                    <h3 class="small">{if category.is_empty() { app.t(ServiceKey::CategoryNone).to_owned() } else { category }}</h3>
                    <ul class="plain catalog-list">{rows.into_iter().map(row).collect_view()}</ul>
                }).collect_view()}
            </section>
        </Show>
    }
}

fn row((name, href, line): Row) -> impl IntoView {
    view! {
        <li>
            <a href=href>{name}</a>
            <span class="muted small">{line}</span>
        </li>
    }
}

pub(crate) fn rule_label(rule: GroupRule) -> ServiceKey {
    match rule {
        GroupRule::AtMostOne => ServiceKey::GroupAtMostOne,
        GroupRule::ExactlyOne => ServiceKey::GroupExactlyOne,
    }
}
