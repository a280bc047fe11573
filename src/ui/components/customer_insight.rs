//! What the analysis says of one customer, each figure with a line a non-statistician
//! understands: tier (or the tier set by hand, with its reason), expected value, segment,
//! the chance they still come, and when to expect them next. The tier can be set by hand here.

use super::{SlippingFlag, TierBadge};
use crate::core::customer::Customer;
use crate::core::i18n::{
    format_date, format_money, segment_label, tier_meaning, BookKey, Key, Lang,
};
use crate::core::identify::analysis::Insight;
use crate::core::identify::tiers::Tier;
use crate::core::identify::value::ValueModel;
use crate::ui::insights::use_insights;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn CustomerInsight(#[prop(into)] customer: Signal<Customer>) -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let insight = Memo::new(move |_| {
        let id = customer.with(|c| c.id.clone());
        insights.analysis.with(|a| a.customers.get(&id).cloned())
    });
    let fitted = Memo::new(move |_| {
        insights
            .analysis
            .with(|a| matches!(a.model, ValueModel::Fitted { .. }))
    });
    let manual = Memo::new(move |_| customer.with(|c| c.tier_override.clone()));
    let tier = Memo::new(move |_| {
        manual
            .with(|m| m.as_ref().map(|o| o.tier))
            .or_else(|| insight.with(|i| i.as_ref().map(|i| i.tier)))
    });
    let tier_line = move || {
        let lang = app.lang.get();
        match manual.get() {
            Some(o) => lang.format(BookKey::TierSetByHand, &[("reason", &o.reason)]),
            None => tier.get().map_or_else(String::new, |t| {
                let p = app.settings.with(|s| s.tier_percents);
                lang.format(
                    tier_meaning(t),
                    &[("a", &p.a.to_string()), ("b", &p.b.to_string())],
                )
            }),
        }
    };
    let as_of_note = move || {
        insights.chosen_date.get().map(|day| {
            let lang = app.lang.get();
            lang.format(
                BookKey::AnalysisAsOfPast,
                &[("date", &format_date(lang, day))],
            )
        })
    };
    view! {
        <section class="card insight" data-testid="insight">
            <h2>{move || app.t(BookKey::InsightTitle)}</h2>
            {move || as_of_note().map(|note| view! { <p class="muted small" data-testid="insight-as-of">{note}</p> })}
            <dl class="insight-facts">
                <dt>{move || app.t(BookKey::TierLabel)}</dt>
                <dd data-testid="insight-tier">
                    <span class="insight-main">
                        {move || tier.get().map(|tier| view! { <TierBadge tier/> })}
                        {move || insight.with(|i| i.as_ref().is_some_and(|i| i.at_risk)).then(|| view! { <SlippingFlag/> })}
                    </span>
                    <span class="means">{tier_line}</span>
                </dd>
                {move || match insight.get() {
                    None => view! {
                        <dt>{move || app.t(BookKey::InsightValue)}</dt>
                        <dd class="muted" data-testid="insight-none">{move || app.t(BookKey::InsightNoVisits)}</dd>
                    }.into_any(),
                    Some(i) => view! { <Figures insight=i fitted=fitted.get()/> }.into_any(),
                }}
            </dl>
            <TierOverrideForm customer/>
        </section>
    }
}

/// The figures for a customer who has visited by the analysis date.
#[component]
fn Figures(insight: Insight, fitted: bool) -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let i = StoredValue::new(insight);
    let money = move |lang: Lang, amount: f64| format_money(amount.round() as i64, "JPY", lang);
    let value_means = move || {
        let lang = app.lang.get();
        let means = lang.text(if fitted {
            BookKey::InsightValueMeans
        } else {
            BookKey::InsightValueHistorical
        });
        let per_visit = i.with_value(|i| money(lang, i.value.spend_per_visit));
        format!(
            "{means} {}",
            lang.format(BookKey::InsightSpendPerVisit, &[("amount", &per_visit)])
        )
    };
    let next = move || {
        let lang = app.lang.get();
        i.with_value(|i| match (i.next_visit, i.usual_interval_days) {
            (Some(day), Some(days)) => {
                let key = if day < insights.as_of.get() {
                    BookKey::InsightNextVisitOverdue
                } else {
                    BookKey::InsightNextVisitMeans
                };
                lang.format(
                    key,
                    &[
                        ("date", &format_date(lang, day)),
                        ("days", &days.to_string()),
                    ],
                )
            }
            _ => lang.text(BookKey::InsightOneVisit).to_owned(),
        })
    };
    let expected = move || {
        i.with_value(|i| i.value.expected_visits).map(|n| {
            app.tf(
                BookKey::InsightExpectedVisits,
                &[("count", &format!("{n:.1}"))],
            )
        })
    };
    let (segment_name, segment_means) = i.with_value(|i| segment_label(i.segment));
    let scores = i.with_value(|i| {
        format!(
            "R{} F{} M{}",
            i.rfm.recency, i.rfm.frequency, i.rfm.monetary
        )
    });
    view! {
        <dt>{move || app.t(BookKey::InsightValue)}</dt>
        <dd data-testid="insight-value">
            <span class="insight-main">{move || i.with_value(|i| money(app.lang.get(), i.value.lifetime_value))}</span>
            <span class="means">{value_means}</span>
        </dd>
        <dt>{move || app.t(BookKey::InsightSegment)}</dt>
        <dd data-testid="insight-segment">
            <span class="insight-main">{move || app.t(segment_name)} <span class="muted small">{scores.clone()}</span></span>
            <span class="means">{move || app.t(segment_means)}</span>
        </dd>
        <dt>{move || app.t(BookKey::InsightActive)}</dt>
        <dd data-testid="insight-active">
            {move || match i.with_value(|i| i.value.probability_active.filter(|_| i.occasions > 1)) {
                Some(p) => view! {
                    <span class="insight-main">{format!("{:.0}%", p * 100.0)}</span>
                    <span class="means">{move || app.t(BookKey::InsightActiveMeans)}</span>
                }.into_any(),
                // The model calls a customer seen once certainly active; say what is known instead.
                None if i.with_value(|i| i.occasions == 1 && i.value.probability_active.is_some()) => {
                    view! { <span class="means">{move || app.t(BookKey::InsightActiveOnce)}</span> }.into_any()
                }
                None => view! { <span class="means">{move || app.t(BookKey::InsightActiveUnknown)}</span> }.into_any(),
            }}
        </dd>
        <dt>{move || app.t(BookKey::InsightNextVisit)}</dt>
        <dd data-testid="insight-next">
            <span class="insight-sentence">{next}</span>
            {move || expected().map(|e| view! { <span class="means">{e}</span> })}
        </dd>
    }
}

/// Setting the tier by hand: A, B or C with a reason, or back to the computed tier.
#[component]
fn TierOverrideForm(customer: Signal<Customer>) -> impl IntoView {
    let app = use_app();
    let current = move || customer.with(|c| c.tier_override.clone());
    let choice = RwSignal::new(
        current()
            .map(|o| o.tier.as_str().to_owned())
            .unwrap_or_default(),
    );
    let reason = RwSignal::new(current().map(|o| o.reason).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let mut next = customer.get_untracked();
        let tier = Tier::parse(&choice.get_untracked());
        match next.set_tier_override(tier, &reason.get_untracked(), platform::now()) {
            Err(problem) => error.set(Some(problem.message(app.lang.get_untracked()))),
            Ok(false) => error.set(None),
            Ok(true) => {
                error.set(None);
                saving.set(true);
                leptos::task::spawn_local(async move {
                    match app.save(next).await {
                        Ok(()) => app.toasts.info(app.t(BookKey::TierSaved).to_owned()),
                        Err(e) => app.report_write_failure(&e, Key::SaveFailed),
                    }
                    saving.set(false);
                });
            }
        }
    };
    let option = move |value: &'static str, label: Box<dyn Fn() -> String + Send + Sync>| {
        view! { <option value=value selected=move || choice.get() == value>{label}</option> }
    };
    view! {
        <details class="tier-override" data-testid="tier-override">
            <summary>{move || app.t(BookKey::TierOverrideTitle)}</summary>
            <form on:submit=save novalidate>
                <div class="field">
                    <label for="tier-choice">{move || app.t(BookKey::TierLabel)}</label>
                    <select id="tier-choice" data-testid="tier-choice" on:change=move |ev| choice.set(event_target_value(&ev))>
                        {option("", Box::new(move || app.t(BookKey::TierOverrideAuto).to_owned()))}
                        {Tier::ALL.map(|t| option(t.as_str(), Box::new(move || app.tf(Key::TierBadge, &[("tier", t.as_str())]))))}
                    </select>
                </div>
                <div class="field" class:invalid=move || error.with(Option::is_some)>
                    <label for="tier-reason">{move || app.t(BookKey::TierOverrideReason)}</label>
                    <input
                        id="tier-reason"
                        data-testid="tier-reason"
                        type="text"
                        maxlength="200"
                        aria-describedby="tier-reason-error"
                        prop:value=move || reason.get()
                        on:input=move |ev| reason.set(event_target_value(&ev))
                    />
                    <p class="hint">{move || app.t(BookKey::TierOverrideNeedsReason)}</p>
                    <p class="field-error" id="tier-reason-error" data-testid="tier-reason-error">{move || error.get()}</p>
                </div>
                <button type="submit" class="button primary" data-testid="tier-save" disabled=move || saving.get()>
                    {move || app.t(BookKey::TierOverrideSave)}
                </button>
            </form>
        </details>
    }
}
