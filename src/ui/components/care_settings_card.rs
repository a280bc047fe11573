//! The care settings: the shop's name (signing messages), the opening hours per weekday (the
//! clock service targets run on), and per kind of ticket the first-response target and
//! whether it counts open hours. Checked in the core before anything is kept.

use crate::core::i18n::{kind_label, CareKey};
use crate::core::service::settings::{CareDraft, CareProblem};
use crate::core::service::ticket::TicketKind;
use crate::ui::components::Field;
use crate::ui::state::use_app;
use leptos::prelude::*;

const DAYS: [CareKey; 7] = [
    CareKey::Mon,
    CareKey::Tue,
    CareKey::Wed,
    CareKey::Thu,
    CareKey::Fri,
    CareKey::Sat,
    CareKey::Sun,
];

#[component]
pub fn CareSettingsCard() -> impl IntoView {
    let app = use_app();
    let draft = RwSignal::new(CareDraft::from_settings(
        &app.service.settings.get_untracked(),
    ));
    let problems = RwSignal::new(Vec::<CareProblem>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let current = app.service.settings.get_untracked();
        match draft.with_untracked(|d| d.apply(&current)) {
            Ok(next) => {
                problems.set(Vec::new());
                match crate::store::save_service_settings(&next) {
                    Ok(()) => {
                        app.service.settings.set(next);
                        app.toasts.info(app.t(CareKey::CareSaved).to_owned());
                    }
                    Err(error) => {
                        app.report_write_failure(&error, crate::core::i18n::Key::SaveFailed)
                    }
                }
            }
            Err(found) => problems.set(found),
        }
    };
    let messages = move || {
        let lang = app.lang.get();
        problems
            .get()
            .into_iter()
            .map(|p| match p {
                CareProblem::Day(i) => {
                    lang.format(CareKey::CareDayInvalid, &[("day", lang.text(DAYS[i]))])
                }
                CareProblem::Target(i) => lang.format(
                    CareKey::CareTargetInvalid,
                    &[("kind", lang.text(kind_label(TicketKind::ALL[i])))],
                ),
                CareProblem::ShopNameTooLong => lang.text(CareKey::CareShopTooLong).to_owned(),
                CareProblem::ClosedDay(text) => {
                    lang.format(CareKey::ClosedDayInvalid, &[("text", &text)])
                }
            })
            .map(|m| view! { <li>{m}</li> })
            .collect_view()
    };
    let day_rows = (0..7)
        .map(|i| {
            let open = move || draft.with(|d| d.week[i].0);
            view! {
                <div class="hours-row" data-testid=format!("hours-{i}")>
                    <label class="check-row">
                        <input type="checkbox" data-testid=format!("hours-open-{i}") prop:checked=open
                            on:change=move |ev| draft.update(|d| d.week[i].0 = event_target_checked(&ev))/>
                        {move || app.t(DAYS[i])}
                    </label>
                    <input type="time" aria-label=move || format!("{} {}", app.t(DAYS[i]), app.t(CareKey::OpensAt))
                        data-testid=format!("hours-from-{i}") disabled=move || !open()
                        prop:value=move || draft.with(|d| d.week[i].1.clone())
                        on:input=move |ev| draft.update(|d| d.week[i].1 = event_target_value(&ev))/>
                    <input type="time" aria-label=move || format!("{} {}", app.t(DAYS[i]), app.t(CareKey::ClosesAt))
                        data-testid=format!("hours-to-{i}") disabled=move || !open()
                        prop:value=move || draft.with(|d| d.week[i].2.clone())
                        on:input=move |ev| draft.update(|d| d.week[i].2 = event_target_value(&ev))/>
                </div>
            }
        })
        .collect_view();
    let target_rows = TicketKind::ALL
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            view! {
                <div class="hours-row" data-testid=format!("target-{}", kind.as_str())>
                    <span class="hours-kind">{move || app.t(kind_label(kind))}</span>
                    <input type="text" inputmode="numeric" data-testid=format!("target-hours-{}", kind.as_str())
                        aria-label=move || format!("{} {}", app.t(kind_label(kind)), app.t(CareKey::FirstResponseHours))
                        prop:value=move || draft.with(|d| d.targets[i].0.clone())
                        on:input=move |ev| draft.update(|d| d.targets[i].0 = event_target_value(&ev))/>
                    <label class="check-row">
                        <input type="checkbox" data-testid=format!("target-open-{}", kind.as_str())
                            prop:checked=move || draft.with(|d| d.targets[i].1)
                            on:change=move |ev| draft.update(|d| d.targets[i].1 = event_target_checked(&ev))/>
                        {move || app.t(CareKey::CountsOpenHours)}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="card form" on:submit=save novalidate data-testid="care-settings">
            <h2>{move || app.t(CareKey::CareSettingsTitle)}</h2>
            <p class="hint">{move || app.t(CareKey::CareSettingsExplain)}</p>
            <Field for_id="shop-name" label=CareKey::ShopName error=Signal::derive(|| None::<String>)>
                <input id="shop-name" data-testid="shop-name" type="text"
                    prop:value=move || draft.with(|d| d.shop_name.clone())
                    on:input=move |ev| draft.update(|d| d.shop_name = event_target_value(&ev))/>
            </Field>
            <fieldset class="hours">{day_rows}</fieldset>
            <Field for_id="closed-days" label=CareKey::ClosedDays hint=Some(CareKey::ClosedDaysHint.into()) error=Signal::derive(|| None::<String>)>
                <textarea id="closed-days" data-testid="closed-days" rows="3"
                    prop:value=move || draft.with(|d| d.closed_on.clone())
                    on:input=move |ev| draft.update(|d| d.closed_on = event_target_value(&ev))></textarea>
            </Field>
            <h3>{move || app.t(CareKey::FirstResponseHours)}</h3>
            <fieldset class="hours">{target_rows}</fieldset>
            <ul class="field-error" role="alert" data-testid="care-errors">{messages}</ul>
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="care-save">{move || app.t(CareKey::CareSave)}</button>
            </div>
        </form>
    }
}
