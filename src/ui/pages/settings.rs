//! Settings: the display language, how the list is sorted, the opening hours and response
//! targets, kept on this device; backups and imports; trying the app with sample data.

use crate::core::i18n::{BookKey, Key, Lang};
use crate::ui::components::{
    BackupCard, CareSettingsCard, CsvCard, DemoCard, FollowUpRulesCard, LoadGate, LoyaltyRulesCard,
    SortSelect, StorageCard, TemplatesCard, VisitImportCard,
};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = use_app();
    let lang_button = move |lang: Lang, key: BookKey| {
        view! {
            <button
                type="button"
                class="choice"
                data-testid=format!("lang-{}", lang.as_str())
                aria-pressed=move || (app.lang.get() == lang).to_string()
                on:click=move |_| app.update_settings(|s| s.lang = Some(lang))
            >
                {move || app.t(key)}
            </button>
        }
    };
    view! {
        <h1>{move || app.t(BookKey::SettingsTitle)}</h1>
        <div class="card-grid">
        <section class="card">
            <h2>{move || app.t(BookKey::LanguageLabel)}</h2>
            <div class="choices" role="group" aria-label=move || app.t(BookKey::LanguageLabel)>
                {lang_button(Lang::Ja, BookKey::LanguageJa)}
                {lang_button(Lang::En, BookKey::LanguageEn)}
            </div>
        </section>
        <section class="card">
            <h2><label for="settings-sort">{move || app.t(Key::SortLabel)}</label></h2>
            <SortSelect id="settings-sort"/>
        </section>
        // The service settings are read with the rest of the book; exporting or importing
        // needs the whole book in memory first (templates are records too).
        <LoadGate>
            <CareSettingsCard/>
            <LoyaltyRulesCard/>
            <FollowUpRulesCard/>
            <TemplatesCard/>
            <BackupCard/>
            <CsvCard/>
            <VisitImportCard/>
        </LoadGate>
        <StorageCard/>
        <section class="card">
            <h2>{move || app.t(BookKey::DataLabel)}</h2>
            <p>{move || app.t(BookKey::DataStoredHere)}</p>
        </section>
        <DemoCard/>
        </div>
    }
}
