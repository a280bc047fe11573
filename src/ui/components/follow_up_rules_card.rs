//! The follow-up rules in settings: when the today list asks the owner to check in after a
//! visit, greet a birthday, ask after a settled complaint, answer waiting feedback, or reach a
//! customer who stopped coming — each switchable, checked in the core before it is kept.

use crate::core::i18n::CareKey;
use crate::core::relations::rules_draft::{FollowUpDraft, FollowUpField};
use crate::ui::state::use_app;
use leptos::prelude::*;

type Pair = fn(&mut FollowUpDraft) -> &mut (bool, String);

#[component]
pub fn FollowUpRulesCard() -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(FollowUpDraft::from_rules(
        &app.service.settings.with_untracked(|s| s.follow_ups),
    ));
    let wrong = RwSignal::new(Vec::<FollowUpField>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match draft.with_untracked(FollowUpDraft::apply) {
            Ok(rules) => {
                wrong.set(Vec::new());
                let mut settings = app.service.settings.get_untracked();
                settings.follow_ups = rules;
                match crate::store::save_service_settings(&settings) {
                    Ok(()) => {
                        app.service.settings.set(settings);
                        app.toasts.info(app.t(CareKey::FollowSaved).to_owned());
                    }
                    Err(error) => {
                        app.report_write_failure(&error, crate::core::i18n::Key::SaveFailed)
                    }
                }
            }
            Err(found) => wrong.set(found),
        }
    };
    let row = move |id: &'static str, label: CareKey, pick: Pair| {
        view! {
            <div class="hours-row">
                <label class="check-row">
                    <input type="checkbox" data-testid=format!("{id}-on")
                        prop:checked=move || draft.with(|d| pick(&mut d.clone()).0)
                        on:change=move |ev| draft.update(|d| pick(d).0 = event_target_checked(&ev))/>
                    {move || app.t(label)}
                </label>
                <input type="text" inputmode="numeric" data-testid=format!("{id}-days")
                    aria-label=move || app.t(label)
                    prop:value=move || draft.with(|d| pick(&mut d.clone()).1.clone())
                    on:input=move |ev| draft.update(|d| pick(d).1 = event_target_value(&ev))/>
            </div>
        }
    };
    let label = move |f: &FollowUpField| {
        app.t(match f {
            FollowUpField::CheckIn => CareKey::FollowCheckIn,
            FollowUpField::Birthday => CareKey::FollowBirthday,
            FollowUpField::AfterComplaint => CareKey::FollowAfterComplaint,
            FollowUpField::Feedback => CareKey::FollowFeedback,
            FollowUpField::WinBackFactor => CareKey::FollowWinBackFactor,
            FollowUpField::WinBackDays => CareKey::FollowWinBackDays,
        })
    };
    let message = move || {
        let found = wrong.get();
        (!found.is_empty()).then(|| {
            let names: Vec<&str> = found.iter().map(label).collect();
            app.tf(CareKey::FollowInvalid, &[("fields", &names.join("、"))])
        })
    };
    view! {
        <form class="card form" on:submit=save novalidate data-testid="follow-up-rules">
            <h2>{move || app.t(CareKey::FollowTitle)}</h2>
            <p class="hint">{move || app.t(CareKey::FollowExplain)}</p>
            {row("follow-check-in", CareKey::FollowCheckIn, |d| &mut d.check_in)}
            {row("follow-birthday", CareKey::FollowBirthday, |d| &mut d.birthday)}
            {row("follow-after-complaint", CareKey::FollowAfterComplaint, |d| &mut d.after_complaint)}
            {row("follow-feedback", CareKey::FollowFeedback, |d| &mut d.feedback)}
            <label class="check-row">
                <input type="checkbox" data-testid="follow-win-back-on" prop:checked=move || draft.with(|d| d.win_back)
                    on:change=move |ev| draft.update(|d| d.win_back = event_target_checked(&ev))/>
                {move || app.t(CareKey::FollowWinBack)}
            </label>
            <label class="hours-row">
                <span class="hours-kind">{move || app.t(CareKey::FollowWinBackFactor)}</span>
                <input type="text" inputmode="decimal" data-testid="follow-win-back-factor"
                    prop:value=move || draft.with(|d| d.win_back_factor.clone())
                    on:input=move |ev| draft.update(|d| d.win_back_factor = event_target_value(&ev))/>
            </label>
            <label class="hours-row">
                <span class="hours-kind">{move || app.t(CareKey::FollowWinBackDays)}</span>
                <input type="text" inputmode="numeric" data-testid="follow-win-back-days"
                    prop:value=move || draft.with(|d| d.win_back_days.clone())
                    on:input=move |ev| draft.update(|d| d.win_back_days = event_target_value(&ev))/>
            </label>
            <p class="field-error" role="alert" data-testid="follow-errors">{message}</p>
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="follow-save">{move || app.t(CareKey::FollowSave)}</button>
            </div>
        </form>
    }
}
