//! A customer's loyalty on their page: stamps toward the next reward, rewards so far, the VIP
//! benefit of tier A, and the coupons the rules have earned them but nobody has issued yet
//! (a stamp reward, the birthday gift, the win-back gift), issued with one tap. Issuing is the
//! owner's act, not a side effect: nothing appears in the customer's name unseen.

use crate::core::customer::Customer;
use crate::core::i18n::{benefit_text, CareKey};
use crate::core::loyalty::balance::balance;
use crate::core::loyalty::coupon::Coupon;
use crate::core::loyalty::gifts::{birthday_coupon_due, win_back_coupon};
use crate::core::loyalty::rules::vip_discount;
use crate::core::loyalty::stamps::rewards_to_issue;
use crate::core::visit::Visit;
use crate::ui::insights::use_insights;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn LoyaltyCard(#[prop(into)] customer: Signal<Customer>) -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let state = Memo::new(move |_| {
        let person = customer.get();
        let now = platform::now();
        let offset = platform::local_offset(now);
        let today = platform::local(now).date_naive();
        let rules = app.service.settings.with(|s| s.loyalty.clone());
        let visits: Vec<Visit> = app.by_customer.visits(&person.id);
        let coupons: Vec<Coupon> = app.service.coupons.with(|all| {
            all.values()
                .filter(|c| c.customer == person.id)
                .cloned()
                .collect()
        });
        let held = balance(&person.id, &visits, &coupons, &rules, today, offset);
        let mut due = rewards_to_issue(&person.id, &visits, &coupons, &rules, offset);
        due.extend(birthday_coupon_due(
            &person, today, &coupons, &rules, offset,
        ));
        if let Some(last) = visits.iter().map(|v| v.day(offset)).max() {
            due.extend(win_back_coupon(
                &person.id, last, today, &coupons, &rules, offset,
            ));
        }
        // Issued for a day that has already passed its end: nothing to give any more.
        due.retain(|c| c.expires_on.is_none_or(|last| last >= today));
        let tier = insights
            .analysis
            .with(|a| a.tier_of(&person.id, person.tier_override.as_ref().map(|o| o.tier)));
        let vip = tier.and_then(|t| vip_discount(t, &rules));
        let card = rules.stamp_card.as_ref().map(|c| c.stamps_for_reward);
        (held, due, vip, card)
    });
    let issue = move |_| {
        let due = state.with_untracked(|(_, due, _, _)| due.clone());
        leptos::task::spawn_local(async move {
            for coupon in due {
                if let Err(error) = app.save_service(coupon).await {
                    return app.report_write_failure(&error, crate::core::i18n::Key::SaveFailed);
                }
            }
            app.toasts.info(app.t(CareKey::LoyaltyIssued).to_owned());
        });
    };
    let lines = move || {
        let lang = app.lang.get();
        state.with(|(held, due, vip, card)| {
            let mut lines = Vec::new();
            match card {
                Some(of) => {
                    lines.push(lang.format(
                        CareKey::LoyaltyStamps,
                        &[
                            ("toward", &held.toward_next.to_string()),
                            ("of", &of.to_string()),
                            ("total", &held.stamps.to_string()),
                        ],
                    ));
                    lines.push(lang.format(
                        CareKey::LoyaltyRewards,
                        &[("count", &held.rewards_earned.to_string())],
                    ));
                }
                None => lines.push(lang.text(CareKey::LoyaltyNoCard).to_owned()),
            }
            if let Some(benefit) = vip {
                lines.push(lang.format(
                    CareKey::LoyaltyVip,
                    &[("benefit", &benefit_text(lang, benefit))],
                ));
            }
            if !due.is_empty() {
                let items: Vec<String> =
                    due.iter().map(|c| benefit_text(lang, &c.benefit)).collect();
                lines.push(lang.format(CareKey::LoyaltyDue, &[("items", &items.join("、"))]));
            }
            lines
        })
    };
    view! {
        <section class="card" data-testid="loyalty-card">
            <h2>{move || app.t(CareKey::LoyaltyTitle)}</h2>
            <ul class="plain" data-testid="loyalty-lines">
                {move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
            </ul>
            <Show when=move || state.with(|(_, due, _, _)| !due.is_empty())>
                <button type="button" class="button primary" data-testid="loyalty-issue" on:click=issue>
                    {move || app.t(CareKey::LoyaltyIssue)}
                </button>
            </Show>
        </section>
    }
}
