//! Tiers A, B and C: how many customers and how much expected value each holds, with the
//! shares that make them, editable.

use super::{CustomerGroup, TierBadge};
use crate::core::i18n::{format_money, tier_meaning, BookKey};
use crate::core::identify::tiers::{Tier, TierPercents};
use crate::ui::insights::use_insights;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn TierSummary() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let percents = app.settings.get_untracked().tier_percents;
    let a = RwSignal::new(percents.a.to_string());
    let b = RwSignal::new(percents.b.to_string());
    let invalid = RwSignal::new(false);
    let apply = move || {
        let chosen = a
            .get_untracked()
            .trim()
            .parse()
            .ok()
            .zip(b.get_untracked().trim().parse().ok())
            .and_then(|(a, b)| TierPercents::new(a, b));
        invalid.set(chosen.is_none());
        if let Some(chosen) = chosen {
            app.update_settings(|s| s.tier_percents = chosen);
        }
    };
    let row = move |tier: Tier| {
        let total = Memo::new(move |_| insights.analysis.with(|a| a.tiers[&tier]));
        let ids = Signal::derive(move || {
            insights
                .analysis
                .with(|a| a.in_tier(tier).into_iter().cloned().collect::<Vec<_>>())
        });
        view! {
            <CustomerGroup ids class="tier-group" test_id=format!("tier-{}", tier.as_str()) list_test_id="tier-list">
                <TierBadge tier/>
                <span class="tier-count" data-testid="tier-count">
                    {move || {
                        let lang = app.lang.get();
                        let t = total.get();
                        lang.format(BookKey::TierRow, &[
                            ("count", &t.customers.to_string()),
                            ("value", &format_money(t.value.round() as i64, "JPY", lang)),
                        ])
                    }}
                </span>
                <span class="means">
                    {move || {
                        let p = app.settings.with(|s| s.tier_percents);
                        app.tf(tier_meaning(tier), &[("a", &p.a.to_string()), ("b", &p.b.to_string())])
                    }}
                </span>
            </CustomerGroup>
        }
    };
    view! {
        <section class="card" data-testid="tiers">
            <h2>{move || app.t(BookKey::TiersTitle)}</h2>
            {Tier::ALL.map(row)}
            <form class="tier-shares" novalidate on:submit=move |ev| { ev.prevent_default(); apply(); }>
                <fieldset>
                    <legend>{move || app.t(BookKey::TierSharesLabel)}</legend>
                    <div class="field">
                        <label for="tier-share-a">{move || app.t(BookKey::TierShareA)}</label>
                        <input id="tier-share-a" data-testid="tier-share-a" type="number" inputmode="numeric" min="1" max="99"
                            prop:value=move || a.get() on:input=move |ev| a.set(event_target_value(&ev)) on:change=move |_| apply()/>
                    </div>
                    <div class="field">
                        <label for="tier-share-b">{move || app.t(BookKey::TierShareB)}</label>
                        <input id="tier-share-b" data-testid="tier-share-b" type="number" inputmode="numeric" min="0" max="99"
                            prop:value=move || b.get() on:input=move |ev| b.set(event_target_value(&ev)) on:change=move |_| apply()/>
                    </div>
                    <p class="field-error" role="alert" data-testid="tier-shares-error">
                        {move || invalid.get().then(|| app.t(BookKey::TierSharesInvalid))}
                    </p>
                </fieldset>
            </form>
        </section>
    }
}
