//! The analysis date: today unless the owner picks an earlier day to see how things stood.
//! Not kept across reloads — a stale date would silently show old figures.

use crate::core::i18n::{format_date, BookKey};
use crate::ui::insights::use_insights;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn AnalysisDate() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let today = platform::today();
        // An empty or unreadable entry, or a day after today, means today.
        let day = value.parse().ok().filter(|d| *d < today);
        insights.chosen_date.set(day);
    };
    view! {
        <div class="analysis-date" data-testid="analysis-date">
            <label for="analysis-as-of">{move || app.t(BookKey::AnalysisAsOf)}</label>
            <input
                id="analysis-as-of"
                type="date"
                data-testid="as-of"
                max=move || platform::today().to_string()
                prop:value=move || insights.as_of.get().to_string()
                on:change=on_change
            />
            <button
                type="button"
                class="button subtle"
                data-testid="as-of-today"
                disabled=move || insights.chosen_date.with(Option::is_none)
                on:click=move |_| insights.chosen_date.set(None)
            >
                {move || app.t(BookKey::AnalysisToday)}
            </button>
            <p class="muted small" role="status" data-testid="as-of-note">
                {move || insights.chosen_date.get().map(|day| {
                    let lang = app.lang.get();
                    lang.format(BookKey::AnalysisAsOfPast, &[("date", &format_date(lang, day))])
                })}
            </p>
        </div>
    }
}
