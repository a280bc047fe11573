//! A customer's coupons on their page: the usable ones first (soonest to expire first), then
//! the used, expired and voided ones, newest first — what they can still claim at a glance.

use super::CouponLine;
use crate::core::customer::Customer;
use crate::core::i18n::CareKey;
use crate::core::loyalty::coupon::Coupon;
use crate::core::loyalty::redeem::available;
use crate::core::sorting;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// How many used or lapsed coupons the card lists.
const PAST_SHOWN: usize = 5;

#[component]
pub fn CouponsCard(#[prop(into)] customer: Signal<Customer>) -> impl IntoView {
    let app = use_app();
    let lists = Memo::new(move |_| {
        let id = customer.with(|c| c.id.clone());
        let today = platform::local(platform::now()).date_naive();
        let theirs: Vec<Coupon> = app
            .service
            .coupons
            .with(|all| all.values().filter(|c| c.customer == id).cloned().collect());
        let usable: Vec<Coupon> = available(&theirs, &id, today)
            .into_iter()
            .cloned()
            .collect();
        let mut past: Vec<Coupon> = theirs
            .into_iter()
            .filter(|c| !usable.iter().any(|u| u.id == c.id))
            .collect();
        sorting::sort_by_key(&mut past, |c| std::cmp::Reverse(c.updated_at));
        past.truncate(PAST_SHOWN);
        (usable, past)
    });
    view! {
        <Show when=move || lists.with(|(u, p)| !u.is_empty() || !p.is_empty())>
            <section class="card" data-testid="coupons-card">
                <h2>{move || app.t(CareKey::CouponsTitle)}</h2>
                <ul class="plain" data-testid="coupons-usable">
                    {move || lists.with(|(u, _)| u.clone()).into_iter().map(|c| view! { <li><CouponLine coupon=c/></li> }).collect_view()}
                </ul>
                <ul class="plain muted" data-testid="coupons-past">
                    {move || lists.with(|(_, p)| p.clone()).into_iter().map(|c| view! { <li><CouponLine coupon=c/></li> }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
