//! Newsletter lists: customers filtered by tier, RFM segment, tag, time since their last visit
//! and whether they have an email (the core's `relations::segment`), counted as the filter
//! changes, then exported as CSV or vCard, or handed to the mail app as BCC links short
//! enough for it to open.

use crate::core::customer::Customer;
use crate::core::i18n::{segment_label, CareKey};
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;
use crate::core::relations::links::{mailto_bcc, MAILTO_MAX_LEN};
use crate::core::relations::segment::{select, to_csv, LastVisitFilter, SegmentFilter};
use crate::core::relations::vcard::to_vcard;
use crate::ui::insights::use_insights;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ListsCard() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let tiers = RwSignal::new(Vec::<Tier>::new());
    let segment = RwSignal::new(None::<Segment>);
    let tag = RwSignal::new(String::new());
    let away = RwSignal::new(String::new());
    let email_only = RwSignal::new(false);
    let chosen = Memo::new(move |_| -> Vec<Customer> {
        let filter = SegmentFilter {
            tiers: tiers.get().into_iter().collect(),
            segments: segment.get().into_iter().collect(),
            tags: tag.with(|t| {
                t.split([',', '、'])
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .collect()
            }),
            last_visit: match away.with(|a| a.trim().parse::<u32>().ok()) {
                Some(days) => LastVisitFilter::NoVisitFor { days },
                None => LastVisitFilter::Any,
            },
            has_email: email_only.get(),
            has_phone: false,
        };
        let customers: Vec<Customer> = app.book.with(|b| b.customers().cloned().collect());
        insights.analysis.with(|a| {
            select(&customers, a, &filter)
                .into_iter()
                .cloned()
                .collect()
        })
    });
    let download = move |csv: bool| {
        let list = chosen.get_untracked();
        let refs: Vec<&Customer> = list.iter().collect();
        let day = platform::local(platform::now()).format("%Y%m%d");
        let result = if csv {
            platform::download(
                &app.space.file_name(&format!("list-{day}.csv")),
                &to_csv(&refs, app.lang.get_untracked()),
                "text/csv",
            )
        } else {
            platform::download(
                &app.space.file_name(&format!("list-{day}.vcf")),
                &to_vcard(&refs),
                "text/vcard",
            )
        };
        if let Err(error) = result {
            platform::warn(&error);
        }
    };
    let mail = move || {
        let list = chosen.get();
        let refs: Vec<&Customer> = list.iter().collect();
        let subject = app.t(CareKey::ListsSubject);
        let Ok(links) = mailto_bcc(&refs, subject, MAILTO_MAX_LEN) else {
            return ().into_any();
        };
        let of = links.links.len();
        let without = links.without_email.len();
        let anchors = links
            .links
            .into_iter()
            .enumerate()
            .map(|(i, link)| {
                let label = if of == 1 {
                    app.t(CareKey::ListsMail).to_owned()
                } else {
                    app.tf(
                        CareKey::ListsMailPart,
                        &[("n", &(i + 1).to_string()), ("of", &of.to_string())],
                    )
                };
                view! { <a class="button" href=link data-testid="lists-mail">{label}</a> }
            })
            .collect_view();
        view! {
            {anchors}
            {(without > 0).then(|| view! { <p class="muted" data-testid="lists-no-email">{app.tf(CareKey::ListsNoEmail, &[("count", &without.to_string())])}</p> })}
        }
        .into_any()
    };
    let tier_box = move |tier: Tier| {
        let on = move || tiers.with(|t| t.contains(&tier));
        view! {
            <label class="check-row">
                <input type="checkbox" data-testid=format!("lists-tier-{}", tier.as_str()) prop:checked=on
                    on:change=move |ev| tiers.update(|t| {
                        t.retain(|x| *x != tier);
                        if event_target_checked(&ev) { t.push(tier); }
                    })/>
                {tier.as_str()}
            </label>
        }
    };
    view! {
        <section class="card" data-testid="lists-card">
            <h2>{move || app.t(CareKey::ListsTitle)}</h2>
            <p class="hint">{move || app.t(CareKey::ListsExplain)}</p>
            <fieldset class="hours">
                <legend>{move || app.t(CareKey::ListsTiers)}</legend>
                <div class="hours-row">{tier_box(Tier::A)}{tier_box(Tier::B)}{tier_box(Tier::C)}</div>
            </fieldset>
            <label class="hours-row">
                <span class="hours-kind">{move || app.t(CareKey::ListsSegment)}</span>
                <select data-testid="lists-segment" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    segment.set(Segment::ALL.into_iter().find(|s| format!("{s:?}") == value));
                }>
                    <option value="">{move || app.t(CareKey::ListsAnySegment)}</option>
                    {Segment::ALL.into_iter().map(|s| view! {
                        <option value=format!("{s:?}")>{move || app.t(segment_label(s).0)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="hours-row">
                <span class="hours-kind">{move || app.t(CareKey::ListsTag)}</span>
                <input type="text" data-testid="lists-tag" prop:value=move || tag.get() on:input=move |ev| tag.set(event_target_value(&ev))/>
            </label>
            <label class="hours-row">
                <span class="hours-kind">{move || app.t(CareKey::ListsAway)}</span>
                <input type="text" inputmode="numeric" data-testid="lists-away" prop:value=move || away.get() on:input=move |ev| away.set(event_target_value(&ev))/>
            </label>
            <label class="check-row">
                <input type="checkbox" data-testid="lists-email-only" prop:checked=move || email_only.get()
                    on:change=move |ev| email_only.set(event_target_checked(&ev))/>
                {move || app.t(CareKey::ListsEmailOnly)}
            </label>
            <p data-testid="lists-count" role="status"><strong>{move || app.tf(CareKey::ListsCount, &[("count", &chosen.with(Vec::len).to_string())])}</strong></p>
            <div class="actions">
                <button type="button" class="button" data-testid="lists-csv" on:click=move |_| download(true)>{move || app.t(CareKey::ListsCsv)}</button>
                <button type="button" class="button" data-testid="lists-vcard" on:click=move |_| download(false)>{move || app.t(CareKey::ListsVcard)}</button>
                {mail}
            </div>
        </section>
    }
}
