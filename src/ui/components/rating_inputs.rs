//! The buttons feedback is given with, on the owner's form and on the screen handed to the
//! customer alike: five faces for satisfaction, a thumb up or down per part, and 0–10 for
//! "would you recommend us". Each is a group of toggle buttons (pressing the chosen one again
//! takes the answer back), large enough for a thumb.

use crate::core::catalog::part::PartId;
use crate::core::feedback::Thumb;
use crate::core::i18n::{satisfaction_label, FeedbackKey, Message};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The mouth of each face, very unhappy to very happy (drawn, not emoji, so every phone shows
/// the same faces).
const MOUTHS: [&str; 5] = [
    "M8 17q4-4 8 0",
    "M8.5 16.5q3.5-2 7 0",
    "M8.5 15.5h7",
    "M8.5 14.5q3.5 2 7 0",
    "M7.5 13.5q4.5 5 9 0z",
];
const THUMB: &str =
    "M7 11v9H4v-9zm0 0 4-8c1.5 0 2.5 1 2.5 2.5L13 9h5.5a2 2 0 0 1 2 2.3l-1.2 7A2 2 0 0 1 17.3 20H7";

/// A face for satisfaction `n` (1–5).
fn face(n: u8) -> impl IntoView {
    view! {
        <svg class="face-icon" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="9.5"/>
            <circle class="eye" cx="9" cy="10" r="1"/>
            <circle class="eye" cx="15" cy="10" r="1"/>
            <path d=MOUTHS[usize::from(n.clamp(1, 5) - 1)]/>
        </svg>
    }
}

/// A thumb, up or (turned over) down.
fn thumb_icon(down: bool) -> impl IntoView {
    view! {
        <svg class="thumb-icon" class:down=down viewBox="0 0 24 24" aria-hidden="true">
            <path d=THUMB/>
        </svg>
    }
}

#[component]
pub fn SatisfactionInput(
    /// The question, which labels the group.
    #[prop(into)]
    label: Message,
    value: RwSignal<Option<u8>>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <fieldset class="rating" data-testid="satisfaction">
            <legend>{move || app.t(label)}</legend>
            <div class="rating-buttons faces">
                {(1..=5u8).map(|n| view! {
                    <button type="button" class="face" data-testid=format!("sat-{n}")
                        aria-pressed=move || (value.get() == Some(n)).to_string()
                        on:click=move |_| value.update(|v| *v = (*v != Some(n)).then_some(n))>
                        {face(n)}
                        <span class="face-label">{move || app.t(satisfaction_label(n))}</span>
                    </button>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
pub fn ThumbsInput(
    #[prop(into)] label: Message,
    /// The parts delivered, each with its thumb; names come from the catalog.
    parts: RwSignal<Vec<(PartId, Option<Thumb>)>>,
) -> impl IntoView {
    let app = use_app();
    let name = move |id: &PartId| {
        app.catalog
            .with(|c| c.part(id).map(|p| p.name.clone()))
            .unwrap_or_else(|| app.t(FeedbackKey::RemovedPart).to_owned())
    };
    let set = move |row: usize, thumb: Thumb| {
        parts.update(|all| {
            if let Some((_, t)) = all.get_mut(row) {
                *t = (*t != Some(thumb)).then_some(thumb);
            }
        })
    };
    view! {
        <Show when=move || parts.with(|p| !p.is_empty())>
        <fieldset class="rating" data-testid="thumbs">
            <legend>{move || app.t(label)}</legend>
            <ul class="plain thumbs">
                {move || parts.with(|all| all.iter().enumerate().map(|(row, (id, _))| {
                    let pressed = move |thumb: Thumb| move || parts.with(|all| (all.get(row).and_then(|p| p.1) == Some(thumb)).to_string());
                    view! {
                        <li class="thumb-row">
                            <span class="thumb-part" data-testid=format!("thumb-part-{row}")>{name(id)}</span>
                            <button type="button" class="thumb" data-testid=format!("thumb-up-{row}")
                                aria-label=move || app.t(FeedbackKey::ThumbUp)
                                aria-pressed=pressed(Thumb::Up) on:click=move |_| set(row, Thumb::Up)>{thumb_icon(false)}</button>
                            <button type="button" class="thumb" data-testid=format!("thumb-down-{row}")
                                aria-label=move || app.t(FeedbackKey::ThumbDown)
                                aria-pressed=pressed(Thumb::Down) on:click=move |_| set(row, Thumb::Down)>{thumb_icon(true)}</button>
                        </li>
                    }
                }).collect_view())}
            </ul>
        </fieldset>
        </Show>
    }
}

#[component]
pub fn RecommendInput(#[prop(into)] label: Message, value: RwSignal<Option<u8>>) -> impl IntoView {
    let app = use_app();
    view! {
        <fieldset class="rating" data-testid="recommend">
            <legend>{move || app.t(label)}</legend>
            <div class="rating-buttons scale">
                {(0..=10u8).map(|n| view! {
                    <button type="button" class="score" data-testid=format!("recommend-{n}")
                        aria-pressed=move || (value.get() == Some(n)).to_string()
                        on:click=move |_| value.update(|v| *v = (*v != Some(n)).then_some(n))>
                        {n.to_string()}
                    </button>
                }).collect_view()}
            </div>
            <div class="scale-ends muted small" aria-hidden="true">
                <span>{move || app.t(FeedbackKey::HandOverNotLikely)}</span>
                <span>{move || app.t(FeedbackKey::HandOverVeryLikely)}</span>
            </div>
        </fieldset>
    }
}
