//! A customer's stated needs and what we can offer them: the best combination of parts with
//! the reason for each, the alternatives, or what stands in the way — recomputed whenever the
//! catalog or the needs change.

use crate::core::customer::Customer;
use crate::core::customize::explain::{
    money, obstacle_text, preference_label, reason_text, totals_text,
};
use crate::core::customize::offer::{customize_with, Customization};
use crate::core::i18n::{FeedbackKey, Lang, ServiceKey};
use crate::core::learn::Learned;
use crate::core::needs::Needs;
use crate::ui::learning::use_learning;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn OfferCard(
    /// The customer shown.
    #[prop(into)]
    customer: Signal<Customer>,
) -> impl IntoView {
    let app = use_app();
    let needs = Memo::new(move |_| customer.with(|c| c.needs.clone()));
    let id = move || customer.with(|c| c.id.to_string());
    let lang = move || app.lang.get();
    let learning = use_learning();
    let learned = Memo::new(move |_| customer.with(|c| learning.learned(c)));
    let result = Memo::new(move |_| {
        needs.with(|needs| {
            learned.with(|l| {
                app.catalog
                    .with(|c| (!c.parts.is_empty()).then(|| customize_with(c, needs, &l.taste)))
            })
        })
    });
    let suggestion = move || {
        let lang = lang();
        let Some(Customization::Offers(offers)) = result.get() else {
            return None;
        };
        let text = app.catalog.with(|c| {
            needs.with(|n| {
                learned.with(|l| {
                    let s = l.try_new(c, n, &offers[0].parts)?;
                    let part = c.part(&s.part)?.name.clone();
                    Some(lang.format(
                        FeedbackKey::TryNewLine,
                        &[("part", &part), ("need", &s.need)],
                    ))
                })
            })
        })?;
        Some(view! {
            <aside class="try-new" data-testid="try-new">
                <h3 class="small">{lang.text(FeedbackKey::TryNewTitle)}</h3>
                <p>{text}</p>
            </aside>
        })
    };
    let offers = move || {
        let lang = lang();
        app.catalog.with(|catalog| match result.get() {
            None => view! {
                <p data-testid="offer-no-catalog">
                    <a href="/catalog">{lang.text(ServiceKey::OfferNoCatalog)}</a>
                </p>
            }
            .into_any(),
            Some(Customization::Impossible(obstacles)) => view! {
                <div data-testid="offer-impossible">
                    <p>{lang.text(ServiceKey::OfferImpossible)}</p>
                    <ul>{obstacles.iter().map(|o| view! { <li>{obstacle_text(catalog, o, lang)}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
            Some(Customization::Offers(offers)) => {
                let best = &offers[0];
                let parts = best.reasons.iter().map(|reason| {
                    let name = catalog.part(&reason.part).map(|p| p.name.clone()).unwrap_or_default();
                    view! {
                        <li>
                            <strong>{name}</strong>
                            <span class="muted small">" — "{reason_text(catalog, reason, lang)}</span>
                        </li>
                    }
                }).collect_view();
                let alternatives = offers[1..].iter().enumerate().map(|(i, offer)| {
                    let names: Vec<String> = offer.parts.iter().filter_map(|id| catalog.part(id).map(|p| p.name.clone())).collect();
                    view! {
                        <li data-testid="offer-alternative">
                            <span>{lang.format(ServiceKey::OfferAlternative, &[("n", &(i + 1).to_string())])}": "</span>
                            {names.join(" + ")}
                            <span class="muted small">{format!(" ({})", totals_text(offer, lang))}</span>
                        </li>
                    }
                }).collect_view();
                view! {
                    <div data-testid="offer-best">
                        <h3 class="small">{lang.text(ServiceKey::OfferBest)}</h3>
                        <ul class="plain offer-parts">{parts}</ul>
                        <p data-testid="offer-totals"><strong>{totals_text(best, lang)}</strong></p>
                    </div>
                    <ul class="plain offer-alternatives">{alternatives}</ul>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="card offer" data-testid="offer">
            <div class="profile-head">
                <h2>{move || app.t(ServiceKey::NeedsTitle)}</h2>
                <a class="button" data-testid="edit-needs" href=move || format!("/customers/{}/needs", id())>{move || app.t(ServiceKey::NeedsEdit)}</a>
            </div>
            <div data-testid="needs-summary">{move || needs.with(|n| summary(n, lang()))}</div>
            <h3 class="small">{move || app.t(FeedbackKey::LearnedTitle)}</h3>
            <div data-testid="learned">{move || learned.with(|l| lessons(l, lang()))}</div>
            <h2>{move || app.t(ServiceKey::OfferTitle)}</h2>
            {offers}
            {suggestion}
            <Show when=move || matches!(result.get(), Some(Customization::Offers(_)))>
                <a class="button" data-testid="open-proposal" href=move || format!("/customers/{}/proposal", id())>{move || app.t(ServiceKey::OfferProposal)}</a>
            </Show>
        </section>
    }
}

/// What the ratings taught, one line per need: "long walks: love (from 3 ratings) — said
/// \"like\"".
fn lessons(learned: &Learned, lang: Lang) -> AnyView {
    let lessons = learned.lessons();
    if lessons.is_empty() {
        return view! { <p class="muted small">{lang.text(FeedbackKey::LearnedNone)}</p> }
            .into_any();
    }
    let lines = lessons
        .into_iter()
        .map(|lesson| {
            let feeling = lang.text(preference_label(lesson.learned));
            let mut line = lang.format(
                FeedbackKey::LearnedLine,
                &[
                    ("need", &lesson.need),
                    ("feeling", feeling),
                    ("n", &lesson.ratings.to_string()),
                ],
            );
            if let Some(stated) = lesson.stated.filter(|s| *s != lesson.learned) {
                let said = lang.format(
                    FeedbackKey::LearnedStated,
                    &[("feeling", lang.text(preference_label(stated)))],
                );
                line = format!("{line} — {said}");
            }
            view! { <li data-testid="lesson">{line}</li> }
        })
        .collect_view();
    view! { <ul class="plain lessons">{lines}</ul> }.into_any()
}

/// The needs as chips: feelings, then the limits.
fn summary(needs: &Needs, lang: crate::core::i18n::Lang) -> AnyView {
    if needs.is_empty() {
        return view! { <p class="muted">{lang.text(ServiceKey::NeedsNone)}</p> }.into_any();
    }
    let mut chips: Vec<String> = needs
        .preferences
        .iter()
        .map(|(need, p)| format!("{need}: {}", lang.text(preference_label(*p))))
        .collect();
    if let Some(budget) = needs.budget {
        chips.push(lang.format(ServiceKey::NeedsBudget, &[("amount", &money(budget, lang))]));
    }
    if let Some(minutes) = needs.minutes {
        chips.push(lang.format(
            ServiceKey::NeedsMinutes,
            &[("minutes", &minutes.to_string())],
        ));
    }
    chips
        .into_iter()
        .map(|c| view! { <span class="tag">{c}</span> })
        .collect_view()
        .into_any()
}
