//! The capacity plan: the owner's minutes for the coming days, the customers expected (from
//! their usual intervals), and who gets which service — everyone the standard set when that
//! fits, the rest of the time where it counts most — with what 60 more minutes would buy.

use crate::core::catalog::menu::MenuId;
use crate::core::customer::CustomerId;
use crate::core::customize::levels::{
    expected_between, service_levels_with, LevelChoice, LevelKind,
};
use crate::core::customize::plan::{plan_capacity, Assigned, CapacityPlan, Expected};
use crate::core::i18n::{format_date, Key, Lang, ServiceKey};
use crate::core::identify::tiers::Tier;
use crate::core::settings::{PlanSettings, PLAN_PERIODS, PLAN_WEIGHT_MAX};
use crate::core::sorting;
use crate::ui::components::{LoadGate, TierBadge};
use crate::ui::insights::use_insights;
use crate::ui::learning::use_learning;
use crate::ui::platform;
use crate::ui::state::use_app;
use chrono::TimeDelta;
use leptos::prelude::*;

/// What "a little more time" means.
const EXTRA_MINUTES: u32 = 60;

/// One expected customer in the plan.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: CustomerId,
    name: String,
    tier: Tier,
    next: Option<chrono::NaiveDate>,
    weight: i64,
    levels: Vec<LevelChoice>,
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let settings = RwSignal::new(crate::store::load_plan_settings());
    let change = move |edit: &dyn Fn(&mut PlanSettings)| {
        settings.update(|s| edit(s));
        if let Err(error) = crate::store::save_plan_settings(&settings.get_untracked()) {
            app.report_write_failure(&error, Key::SaveFailed);
        }
    };
    let menus = Memo::new(move |_| {
        app.catalog.with(|c| {
            let mut menus: Vec<(String, MenuId)> = c
                .menus
                .iter()
                .map(|m| (m.name.clone(), m.id.clone()))
                .collect();
            sorting::sort(&mut menus);
            menus
        })
    });
    let standard = Memo::new(move |_| {
        let chosen = settings.with(|s| s.standard.clone());
        menus.with(|m| {
            m.iter()
                .find(|(_, id)| Some(id) == chosen.as_ref())
                .or(m.first())
                .map(|(_, id)| id.clone())
        })
    });
    let learning = use_learning();
    let rows = Memo::new(move |_| {
        let (days, weights) = settings.with(|s| (s.days, s.weights));
        let start = platform::today();
        let end = start + TimeDelta::days(i64::from(days) - 1);
        let standard = standard.get();
        insights.analysis.with(|analysis| {
            app.book.with(|book| {
                app.catalog.with(|catalog| {
                    expected_between(analysis, start, end)
                        .into_iter()
                        .filter_map(|id| {
                            let customer = book.get(&id)?;
                            let insight = analysis.customers.get(&id)?;
                            let taste = learning.learned(customer).taste;
                            let levels = service_levels_with(
                                catalog,
                                &customer.needs,
                                &taste,
                                standard.as_ref(),
                            );
                            (!levels.is_empty()).then(|| Row {
                                id: id.clone(),
                                name: customer.name.clone(),
                                tier: insight.tier,
                                next: insight.next_visit,
                                weight: weights[tier_index(insight.tier)],
                                levels,
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let plan = Memo::new(move |_| {
        let available = settings.with(|s| s.minutes);
        rows.with(|rows| {
            let expected: Vec<Expected> = rows
                .iter()
                .map(|r| Expected {
                    weight: r.weight,
                    levels: r.levels.iter().map(|l| l.level).collect(),
                })
                .collect();
            plan_capacity(&expected, available, EXTRA_MINUTES)
        })
    });
    view! {
        <LoadGate>
            <section class="card form" data-testid="plan-inputs">
                <h1>{move || app.t(ServiceKey::PlanTitle)}</h1>
                <p class="muted">{move || app.t(ServiceKey::PlanExplain)}</p>
                <div class="field-row">
                    <div class="field">
                        <label for="plan-days">{move || app.t(ServiceKey::PlanPeriod)}</label>
                        <select id="plan-days" data-testid="plan-days" on:change=move |ev| {
                            let days = event_target_value(&ev).parse().unwrap_or(7);
                            change(&|s| s.days = days);
                        }>
                            {PLAN_PERIODS.into_iter().map(|d| view! {
                                <option value=d.to_string() selected=move || settings.with(|s| s.days == d)>
                                    {move || app.tf(ServiceKey::PlanDays, &[("days", &d.to_string())])}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="plan-minutes">{move || app.t(ServiceKey::PlanAvailable)}</label>
                        <input id="plan-minutes" data-testid="plan-minutes" type="number" inputmode="numeric" min="0" max="100000"
                            prop:value=move || settings.with(|s| s.minutes.to_string())
                            on:change=move |ev| {
                                let minutes = event_target_value(&ev).trim().parse::<u32>().unwrap_or(0).min(100_000);
                                change(&|s| s.minutes = minutes);
                            }/>
                    </div>
                    <div class="field">
                        <label for="plan-standard">{move || app.t(ServiceKey::PlanStandard)}</label>
                        <select id="plan-standard" data-testid="plan-standard" on:change=move |ev| {
                            let id = MenuId::parse(&event_target_value(&ev));
                            change(&|s| s.standard = id.clone());
                        }>
                            {move || menus.get().into_iter().map(|(name, id)| {
                                let selected = { let id = id.clone(); move || standard.get() == Some(id.clone()) };
                                view! { <option value=id.to_string() selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <fieldset class="tier-weights">
                    <legend>{move || app.t(ServiceKey::PlanWeights)}</legend>
                    <p class="hint">{move || app.t(ServiceKey::PlanWeightsHint)}</p>
                    {[Tier::A, Tier::B, Tier::C].into_iter().map(|tier| {
                        let i = tier_index(tier);
                        let id = format!("weight-{}", tier.as_str().to_lowercase());
                        let (for_id, test_id) = (id.clone(), id.clone());
                        view! {
                            <label class="choice" for=for_id>
                                <TierBadge tier=tier/>
                                <input id=id data-testid=test_id type="number" min="0" max=PLAN_WEIGHT_MAX.to_string()
                                    prop:value=move || settings.with(|s| s.weights[i].to_string())
                                    on:change=move |ev| {
                                        let w = event_target_value(&ev).trim().parse::<i64>().unwrap_or(0).clamp(0, PLAN_WEIGHT_MAX);
                                        change(&|s| s.weights[i] = w);
                                    }/>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </section>
            {move || {
                let lang = app.lang.get();
                if menus.with(Vec::is_empty) {
                    return view! { <p class="card" data-testid="plan-no-menu"><a href="/catalog">{lang.text(ServiceKey::PlanNoMenu)}</a></p> }.into_any();
                }
                rows.with(|rows| plan.with(|plan| {
                    if rows.is_empty() {
                        return view! { <p class="card" data-testid="plan-none">{lang.text(ServiceKey::PlanNoneExpected)}</p> }.into_any();
                    }
                    result(rows, plan, lang)
                }))
            }}
        </LoadGate>
    }
}

fn tier_index(tier: Tier) -> usize {
    match tier {
        Tier::A => 0,
        Tier::B => 1,
        Tier::C => 2,
    }
}

/// A level's name: the standard set, or a customized offer with its parts.
fn level_name(
    row: &Row,
    assigned: Assigned,
    lang: Lang,
    part_names: &dyn Fn(&LevelChoice) -> String,
) -> String {
    match assigned {
        Assigned::Postponed => lang.text(ServiceKey::LevelPostponed).to_owned(),
        Assigned::Level(i) => match row.levels[i].kind {
            LevelKind::Standard => lang.text(ServiceKey::LevelStandard).to_owned(),
            LevelKind::Offer(_) => lang.format(
                ServiceKey::LevelCustom,
                &[("parts", &part_names(&row.levels[i]))],
            ),
        },
    }
}

fn result(rows: &[Row], plan: &CapacityPlan, lang: Lang) -> AnyView {
    let app = use_app();
    let part_names = move |level: &LevelChoice| {
        app.catalog.with_untracked(|c| {
            level
                .parts
                .iter()
                .filter_map(|id| c.part(id).map(|p| p.name.clone()))
                .collect::<Vec<_>>()
                .join(" + ")
        })
    };
    let postponed = plan
        .plan
        .assigned
        .iter()
        .filter(|a| **a == Assigned::Postponed)
        .count();
    let status = if plan.everyone_served {
        lang.text(ServiceKey::PlanEveryone).to_owned()
    } else {
        lang.format(
            ServiceKey::PlanNotEveryone,
            &[
                ("count", &postponed.to_string()),
                ("minutes", &plan.minutes_to_serve_everyone.to_string()),
            ],
        )
    };
    let changes: Vec<String> = rows
        .iter()
        .zip(plan.plan.assigned.iter().zip(&plan.with_more.assigned))
        .filter(|(_, (now, more))| now != more)
        .map(|(row, (_, more))| {
            lang.format(
                ServiceKey::PlanMoreUpgrade,
                &[
                    ("name", &row.name),
                    ("level", &level_name(row, *more, lang, &part_names)),
                ],
            )
        })
        .collect();
    let extra = plan.extra.to_string();
    let more = if changes.is_empty() {
        lang.format(ServiceKey::PlanMoreNothing, &[("extra", &extra)])
    } else {
        let separator = if lang == Lang::Ja { "、" } else { "; " };
        lang.format(
            ServiceKey::PlanMore,
            &[("extra", &extra), ("changes", &changes.join(separator))],
        )
    };
    let table = rows.iter().zip(&plan.plan.assigned).map(|(row, assigned)| {
        let (minutes, satisfaction) = match assigned {
            Assigned::Level(i) => (row.levels[*i].level.minutes.to_string(), row.levels[*i].level.satisfaction.to_string()),
            Assigned::Postponed => ("0".to_owned(), "—".to_owned()),
        };
        let next = row.next.map(|d| lang.format(ServiceKey::PlanNext, &[("date", &format_date(lang, d))])).unwrap_or_default();
        view! {
            <tr data-testid="plan-row" class:postponed=*assigned == Assigned::Postponed>
                <th scope="row"><a href=format!("/customers/{}", row.id)>{row.name.clone()}</a><br/><span class="muted small">{next}</span></th>
                <td><TierBadge tier=row.tier/>" "{row.weight}</td>
                <td data-testid="plan-level">{level_name(row, *assigned, lang, &part_names)}</td>
                <td class="number">{minutes}</td>
                <td class="number">{satisfaction}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <section class="card" data-testid="plan-result">
            <h2>{lang.format(ServiceKey::PlanExpected, &[("count", &rows.len().to_string())])}</h2>
            <p data-testid="plan-used"><strong>{lang.format(ServiceKey::PlanUsed, &[
                ("used", &plan.plan.minutes.to_string()),
                ("available", &plan.available.to_string()),
            ])}</strong></p>
            <p data-testid="plan-status" class:notice=!plan.everyone_served>{status}</p>
            <p data-testid="plan-more">{more}</p>
            <div class="table-scroll">
                <table class="plan-table">
                    <thead><tr>
                        <th scope="col">{lang.text(ServiceKey::PlanCustomer)}</th>
                        <th scope="col">{lang.text(ServiceKey::PlanWeight)}</th>
                        <th scope="col">{lang.text(ServiceKey::PlanLevel)}</th>
                        <th scope="col" class="number">{lang.text(ServiceKey::PlanMinutes)}</th>
                        <th scope="col" class="number">{lang.text(ServiceKey::PlanSatisfaction)}</th>
                    </tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
        </section>
    }.into_any()
}
