//! A customer's tier as a small letter badge (A stands out most), and the "slipping away" flag.

use crate::core::i18n::Key;
use crate::core::identify::tiers::Tier;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn TierBadge(tier: Tier) -> impl IntoView {
    let app = use_app();
    let label = move || app.tf(Key::TierBadge, &[("tier", tier.as_str())]);
    view! {
        <span
            class=format!("tier tier-{}", tier.as_str().to_lowercase())
            data-testid="tier"
            data-tier=tier.as_str()
            role="img"
            aria-label=label
            title=label
        >
            {tier.as_str()}
        </span>
    }
}

#[component]
pub fn SlippingFlag() -> impl IntoView {
    let app = use_app();
    view! {
        <span class="flag slipping" data-testid="slipping" title=move || app.t(Key::SlippingMeans)>
            {move || app.t(Key::Slipping)}
        </span>
    }
}
