//! The loyalty rules in settings: the stamp card (stamps for a reward, the least paid to earn
//! one, the reward and how long it lasts), the VIP benefit, and the birthday and win-back
//! gifts, each switchable, checked in the core (`loyalty::draft`) before they are kept.

use crate::core::i18n::{CareKey, Message};
use crate::core::loyalty::draft::{BenefitDraft, BenefitKind, LoyaltyDraft, LoyaltyField};
use crate::ui::components::ChoiceSelect;
use crate::ui::state::use_app;
use leptos::prelude::*;

fn kinds() -> Vec<(BenefitKind, &'static str, Message)> {
    vec![
        (
            BenefitKind::Percent,
            "percent",
            CareKey::RulesKindPercent.into(),
        ),
        (
            BenefitKind::Amount,
            "amount",
            CareKey::RulesKindAmount.into(),
        ),
        (
            BenefitKind::FreePart,
            "free_part",
            CareKey::RulesKindFreePart.into(),
        ),
    ]
}

/// A benefit's kind and value, editing the draft's benefit `pick` returns.
fn benefit_inputs(
    id: &'static str,
    draft: RwSignal<LoyaltyDraft>,
    pick: fn(&mut LoyaltyDraft) -> &mut BenefitDraft,
) -> impl IntoView {
    let kind = RwSignal::new(draft.with_untracked(|d| pick(&mut d.clone()).kind));
    Effect::new(move |_| {
        let k = kind.get();
        draft.update(|d| pick(d).kind = k);
    });
    let app = use_app();
    view! {
        <div class="hours-row">
            <ChoiceSelect id=id label=CareKey::RulesReward value=kind choices=kinds()/>
            <input type="text" data-testid=format!("{id}-value")
                aria-label=move || app.t(CareKey::RulesReward)
                prop:value=move || draft.with(|d| pick(&mut d.clone()).value.clone())
                on:input=move |ev| draft.update(|d| pick(d).value = event_target_value(&ev))/>
        </div>
    }
}

#[component]
pub fn LoyaltyRulesCard() -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(LoyaltyDraft::from_rules(
        &app.service.settings.with_untracked(|s| s.loyalty.clone()),
    ));
    let wrong = RwSignal::new(Vec::<LoyaltyField>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut settings = app.service.settings.get_untracked();
        match draft.with_untracked(|d| d.apply(&settings.loyalty)) {
            Ok(rules) => {
                wrong.set(Vec::new());
                settings.loyalty = rules;
                match crate::store::save_service_settings(&settings) {
                    Ok(()) => {
                        app.service.settings.set(settings);
                        app.toasts.info(app.t(CareKey::RulesSaved).to_owned());
                    }
                    Err(error) => {
                        app.report_write_failure(&error, crate::core::i18n::Key::SaveFailed)
                    }
                }
            }
            Err(found) => wrong.set(found),
        }
    };
    let switch = |id: &'static str,
                  label: CareKey,
                  get: fn(&LoyaltyDraft) -> bool,
                  set: fn(&mut LoyaltyDraft, bool)| {
        view! {
            <label class="check-row">
                <input type="checkbox" data-testid=id prop:checked=move || draft.with(get)
                    on:change=move |ev| draft.update(|d| set(d, event_target_checked(&ev)))/>
                <strong>{move || app.t(label)}</strong>
            </label>
        }
    };
    let text = |id: &'static str,
                label: CareKey,
                field: LoyaltyField,
                get: fn(&LoyaltyDraft) -> String,
                set: fn(&mut LoyaltyDraft, String)| {
        view! {
            <label class="hours-row">
                <span class="hours-kind">{move || app.t(label)}</span>
                <input type="text" data-testid=id aria-invalid=move || wrong.with(|w| w.contains(&field)).to_string()
                    prop:value=move || draft.with(get)
                    on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
            </label>
        }
    };
    let message = move || {
        let found = wrong.get();
        (!found.is_empty()).then(|| {
            let labels: Vec<&str> = found
                .iter()
                .map(|f| {
                    app.t(match f {
                        LoyaltyField::StampsForReward => CareKey::RulesStamps,
                        LoyaltyField::MinPaid => CareKey::RulesMinPaid,
                        LoyaltyField::Reward => CareKey::RulesReward,
                        LoyaltyField::RewardDays => CareKey::RulesRewardDays,
                        LoyaltyField::Vip => CareKey::RulesVip,
                        LoyaltyField::Birthday => CareKey::RulesBirthday,
                        LoyaltyField::WinBack => CareKey::RulesWinBack,
                        LoyaltyField::WinBackAfterDays => CareKey::RulesWinBackDays,
                    })
                })
                .collect();
            app.tf(CareKey::RulesInvalid, &[("fields", &labels.join("、"))])
        })
    };
    view! {
        <form class="card form" on:submit=save novalidate data-testid="loyalty-rules">
            <h2>{move || app.t(CareKey::RulesTitle)}</h2>
            <p class="hint">{move || app.t(CareKey::RulesExplain)}</p>
            {switch("rules-card", CareKey::RulesCard, |d| d.card, |d, v| d.card = v)}
            {text("rules-stamps", CareKey::RulesStamps, LoyaltyField::StampsForReward, |d| d.stamps_for_reward.clone(), |d, v| d.stamps_for_reward = v)}
            {text("rules-min-paid", CareKey::RulesMinPaid, LoyaltyField::MinPaid, |d| d.min_paid.clone(), |d, v| d.min_paid = v)}
            {benefit_inputs("rules-reward", draft, |d| &mut d.reward)}
            {text("rules-reward-days", CareKey::RulesRewardDays, LoyaltyField::RewardDays, |d| d.reward_days.clone(), |d, v| d.reward_days = v)}
            {switch("rules-vip", CareKey::RulesVip, |d| d.vip, |d, v| d.vip = v)}
            {benefit_inputs("rules-vip-benefit", draft, |d| &mut d.vip_benefit)}
            {switch("rules-birthday", CareKey::RulesBirthday, |d| d.birthday, |d, v| d.birthday = v)}
            {benefit_inputs("rules-birthday-benefit", draft, |d| &mut d.birthday_benefit)}
            {switch("rules-win-back", CareKey::RulesWinBack, |d| d.win_back, |d, v| d.win_back = v)}
            {benefit_inputs("rules-win-back-benefit", draft, |d| &mut d.win_back_benefit)}
            {text("rules-win-back-days", CareKey::RulesWinBackDays, LoyaltyField::WinBackAfterDays, |d| d.win_back_after_days.clone(), |d, v| d.win_back_after_days = v)}
            <p class="field-error" role="alert" data-testid="rules-errors">{message}</p>
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="rules-save">{move || app.t(CareKey::RulesSave)}</button>
            </div>
        </form>
    }
}
