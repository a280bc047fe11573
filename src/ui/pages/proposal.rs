//! The proposal sheet: "what we can offer you", for the customer to read — the chosen parts
//! with the reasons in plain words, price and time, and the other options. Printable on A4
//! (the print style hides everything else) and shareable as text.

use super::use_customer_id;
use crate::core::customize::explain::{money, proposal_text, reason_text, totals_text};
use crate::core::customize::offer::{customize_with, Customization};
use crate::core::i18n::{format_date, Key, ServiceKey};
use crate::ui::components::{CustomerMissing, LoadGate};
use crate::ui::learning::use_learning;
use crate::ui::platform::{self, Shared};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Proposal() -> impl IntoView {
    let app = use_app();
    let id = use_customer_id();
    let customer = Memo::new(move |_| {
        id.get()
            .and_then(|id| app.book.with(|b| b.get(&id).cloned()))
    });
    let learning = use_learning();
    let offers = Memo::new(move |_| {
        let customer = customer.get()?;
        let taste = learning.learned(&customer).taste;
        match app
            .catalog
            .with(|c| customize_with(c, &customer.needs, &taste))
        {
            Customization::Offers(offers) => Some(offers),
            Customization::Impossible(_) => None,
        }
    });
    let share = move |_| {
        let lang = app.lang.get_untracked();
        let Some(name) = customer.with_untracked(|c| c.as_ref().map(|c| c.name.clone())) else {
            return;
        };
        let text = offers.with_untracked(|o| {
            app.catalog
                .with_untracked(|c| proposal_text(c, &name, o.as_deref().unwrap_or_default(), lang))
        });
        leptos::task::spawn_local(async move {
            match platform::share_text(lang.text(ServiceKey::ProposalTitle), &text).await {
                Shared::Sheet => {}
                Shared::Copied => app
                    .toasts
                    .info(lang.text(ServiceKey::ProposalCopied).to_owned()),
                Shared::Failed => app.toasts.error(lang.text(Key::SaveFailed).to_owned()),
            }
        });
    };
    let sheet = move || {
        let lang = app.lang.get();
        let Some(customer) = customer.get() else {
            return view! { <CustomerMissing/> }.into_any();
        };
        let Some(offers) = offers.get() else {
            return view! {
                <p class="card">
                    <a href=format!("/customers/{}", customer.id)>{lang.format(ServiceKey::ProposalBack, &[("name", &customer.name)])}</a>
                </p>
            }.into_any();
        };
        app.catalog.with(|catalog| {
            let best = &offers[0];
            let rows = best.reasons.iter().map(|reason| {
                let part = catalog.part(&reason.part);
                view! {
                    <tr>
                        <th scope="row">{part.map(|p| p.name.clone())}</th>
                        <td>{reason_text(catalog, reason, lang)}</td>
                        <td class="number">{part.map(|p| money(p.price.amount, lang))}</td>
                    </tr>
                }
            }).collect_view();
            let others = offers[1..].iter().map(|offer| {
                let names: Vec<String> = offer.parts.iter().filter_map(|id| catalog.part(id).map(|p| p.name.clone())).collect();
                view! { <li>{names.join(" + ")}<span class="muted">{format!(" — {}", totals_text(offer, lang))}</span></li> }
            }).collect_view();
            view! {
                <article class="card proposal" data-testid="proposal">
                    <p class="muted small">{lang.format(ServiceKey::ProposalFrom, &[("date", &format_date(lang, platform::today()))])}</p>
                    <h1>{lang.text(ServiceKey::ProposalTitle)}</h1>
                    <p class="proposal-for" data-testid="proposal-for">{lang.format(ServiceKey::ProposalFor, &[("name", &customer.name)])}</p>
                    <p>{lang.text(ServiceKey::ProposalIntro)}</p>
                    <table class="proposal-parts" data-testid="proposal-parts"><tbody>{rows}</tbody></table>
                    <dl class="facts proposal-totals">
                        <dt>{lang.text(ServiceKey::ProposalTotal)}</dt>
                        <dd data-testid="proposal-total">{money(best.price, lang)}</dd>
                        <dt>{lang.text(ServiceKey::ProposalTime)}</dt>
                        <dd>{lang.format(ServiceKey::NeedsMinutes, &[("minutes", &best.minutes.to_string())])}</dd>
                    </dl>
                    {(offers.len() > 1).then(|| view! {
                        <h2>{lang.text(ServiceKey::ProposalOther)}</h2>
                        <ul>{others}</ul>
                    })}
                </article>
                <div class="actions no-print">
                    <button type="button" class="button primary" data-testid="print" on:click=move |_| platform::print()>{lang.text(ServiceKey::ProposalPrint)}</button>
                    <button type="button" class="button" data-testid="share" on:click=share>{lang.text(ServiceKey::ProposalShare)}</button>
                    <a class="button" href=format!("/customers/{}", customer.id)>{lang.format(ServiceKey::ProposalBack, &[("name", &customer.name)])}</a>
                </div>
            }.into_any()
        })
    };
    view! { <LoadGate>{sheet}</LoadGate> }
}
