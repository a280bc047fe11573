//! The dashboard's controls: the period (ready-made or custom days) and the tier and segment
//! shown. Each change replaces the address's query, which every chart reads.

use crate::core::dashboard::period::PeriodChoice;
use crate::core::i18n::{segment_label, DashKey, Message};
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;
use crate::ui::pages::DashboardView;
use crate::ui::state::use_app;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn DashboardControls(
    view: Memo<DashboardView>,
    set_view: Callback<DashboardView>,
    today: NaiveDate,
) -> impl IntoView {
    let app = use_app();
    let change = move |edit: &dyn Fn(&mut DashboardView)| {
        let mut next = view.get_untracked();
        edit(&mut next);
        set_view.run(next);
    };
    let ready: Vec<(PeriodChoice, DashKey)> = vec![
        (PeriodChoice::ThisMonth, DashKey::PeriodThisMonth),
        (PeriodChoice::Last3Months, DashKey::PeriodLast3Months),
        (PeriodChoice::Last12Months, DashKey::PeriodLast12Months),
    ];
    let choose_period = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        change(&|v| {
            v.choice = match (name.as_str(), v.choice) {
                ("custom", PeriodChoice::Custom { .. }) => v.choice,
                ("custom", ready) => {
                    let shown = ready.period(today).ok();
                    PeriodChoice::Custom {
                        from: shown.map_or(today, |p| p.from),
                        to: shown.map_or(today, |p| p.to),
                    }
                }
                (name, _) => PeriodChoice::from_link(Some(name), None, None, today),
            }
        });
    };
    let custom = Memo::new(move |_| match view.get().choice {
        PeriodChoice::Custom { from, to } => Some((from, to)),
        _ => None,
    });
    let set_day = move |first: bool, text: String| {
        let Ok(day) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") else {
            return;
        };
        change(&|v| {
            if let PeriodChoice::Custom { from, to } = v.choice {
                v.choice = if first {
                    PeriodChoice::Custom { from: day, to }
                } else {
                    PeriodChoice::Custom { from, to: day }
                };
            }
        });
    };
    let choose_tier = move |ev: leptos::ev::Event| {
        let tier = Tier::parse(&event_target_value(&ev));
        change(&|v| v.audience.tier = tier);
    };
    let choose_segment = move |ev: leptos::ev::Event| {
        let segment = Segment::parse(&event_target_value(&ev));
        change(&|v| v.audience.segment = segment);
    };
    let print = move |_| {
        let _ = window().print();
    };
    let label = move |key: DashKey| move || app.t(key);
    view! {
        <form
            class="card dash-controls"
            aria-label=move || app.t(DashKey::DashControls)
            on:submit=|ev| ev.prevent_default()
        >
            <div class="field">
                <label for="dash-period">{label(DashKey::PeriodLabel)}</label>
                <select id="dash-period" data-testid="dash-period" on:change=choose_period>
                    {ready.into_iter().map(|(choice, key)| view! {
                        <option value=choice.name() selected=move || view.get().choice == choice>
                            {move || app.t(key)}
                        </option>
                    }).collect_view()}
                    <option value="custom" selected=move || custom.get().is_some()>
                        {label(DashKey::PeriodCustom)}
                    </option>
                </select>
            </div>
            <Show when=move || custom.get().is_some()>
                {[(true, "dash-from", DashKey::PeriodFrom), (false, "dash-to", DashKey::PeriodTo)]
                    .into_iter()
                    .map(|(first, id, key)| {
                        let shown = move || {
                            custom
                                .get()
                                .map(|(from, to)| if first { from } else { to }.to_string())
                                .unwrap_or_default()
                        };
                        view! {
                            <div class="field">
                                <label for=id>{label(key)}</label>
                                <input
                                    id=id
                                    data-testid=id
                                    type="date"
                                    prop:value=shown
                                    on:change=move |ev| set_day(first, event_target_value(&ev))
                                />
                            </div>
                        }
                    })
                    .collect_view()}
            </Show>
            <div class="field">
                <label for="dash-tier">{label(DashKey::FilterTier)}</label>
                <select id="dash-tier" data-testid="dash-tier" on:change=choose_tier>
                    <option value="" selected=move || view.get().audience.tier.is_none()>
                        {label(DashKey::FilterEveryone)}
                    </option>
                    {Tier::ALL.into_iter().map(|tier| view! {
                        <option value=tier.as_str() selected=move || view.get().audience.tier == Some(tier)>
                            {move || app.tf(DashKey::FilterTierOption, &[("tier", tier.as_str())])}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="dash-segment">{label(DashKey::FilterSegment)}</label>
                <select id="dash-segment" data-testid="dash-segment" on:change=choose_segment>
                    <option value="" selected=move || view.get().audience.segment.is_none()>
                        {label(DashKey::FilterEveryone)}
                    </option>
                    {Segment::ALL.into_iter().map(|segment| {
                        let name: Message = segment_label(segment).0.into();
                        view! {
                            <option value=segment.as_str() selected=move || view.get().audience.segment == Some(segment)>
                                {move || app.t(name)}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            <button type="button" class="button no-print" data-testid="dash-print" on:click=print>
                {label(DashKey::PrintDashboard)}
            </button>
        </form>
    }
}
