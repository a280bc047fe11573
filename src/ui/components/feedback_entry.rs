//! One piece of feedback as the owner reads it: when and how it came, the ratings, the thumbs
//! with the parts' names, the comment, and the answers given — or how long it has waited.

use crate::core::feedback::{Feedback, Thumb};
use crate::core::i18n::{
    feedback_channel_label, format_date, format_date_time, satisfaction_label, FeedbackKey, Lang,
};
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn FeedbackEntry(
    feedback: Feedback,
    /// Whose it is, when the list mixes customers.
    #[prop(default = None)]
    name: Option<String>,
    /// Offers the answer form.
    #[prop(default = true)]
    answer_link: bool,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let f = StoredValue::new(feedback);
    let heading = move || {
        let lang = lang();
        f.with_value(|f| {
            let when = format_date_time(lang, &platform::local(f.received_at));
            format!("{when} · {}", lang.text(feedback_channel_label(f.channel)))
        })
    };
    let ratings = move || {
        let lang = lang();
        f.with_value(|f| ratings_text(f, lang))
    };
    let thumbs = move || {
        let lang = lang();
        f.with_value(|f| {
            app.catalog.with(|c| {
                f.parts
                    .iter()
                    .filter_map(|p| {
                        let (said, class) = match p.thumb? {
                            Thumb::Up => (lang.text(FeedbackKey::ThumbUp), "tag thumb-up"),
                            Thumb::Down => (lang.text(FeedbackKey::ThumbDown), "tag thumb-down"),
                        };
                        let name = c.part(&p.part).map(|x| x.name.clone());
                        let name =
                            name.unwrap_or_else(|| lang.text(FeedbackKey::RemovedPart).into());
                        Some(view! { <span class=class>{format!("{said}: {name}")}</span> })
                    })
                    .collect_view()
            })
        })
    };
    let status = move || {
        let lang = lang();
        f.with_value(|f| {
            if !f.needs_answer() {
                return None;
            }
            Some(if f.answers.is_empty() {
                let days = (platform::today() - f.received_at.with_timezone(&platform::local_offset(f.received_at)).date_naive()).num_days();
                let age = if days <= 0 {
                    lang.text(FeedbackKey::WaitingToday).to_owned()
                } else {
                    lang.format(FeedbackKey::WaitingDays, &[("days", &days.to_string())])
                };
                view! { <span class="badge warn" data-testid="feedback-waiting">{format!("{} · {age}", lang.text(FeedbackKey::Unanswered))}</span> }.into_any()
            } else {
                view! { <span class="badge ok" data-testid="feedback-answered">{lang.text(FeedbackKey::Answered)}</span> }.into_any()
            })
        })
    };
    let answers = move || {
        let lang = lang();
        f.with_value(|f| {
            f.answers
                .iter()
                .map(|a| {
                    let date = format_date(lang, platform::local(a.at).date_naive());
                    let channel = lang.text(feedback_channel_label(a.channel));
                    let line = lang.format(
                        FeedbackKey::AnswerLine,
                        &[("date", &date), ("channel", channel), ("text", &a.text)],
                    );
                    view! { <li class="answer">{line}</li> }
                })
                .collect_view()
        })
    };
    let answer_href = f.with_value(|f| format!("/feedback/{}/answer", f.id));
    let comment = f.with_value(|f| f.comment.clone());
    view! {
        <article class="feedback-entry" data-testid="feedback-entry">
            <header class="feedback-head">
                {name.map(|n| view! { <strong>{n}</strong> })}
                <span class="muted small">{heading}</span>
                {status}
            </header>
            <p class="feedback-ratings">{ratings}</p>
            <p class="feedback-thumbs">{thumbs}</p>
            {(!comment.is_empty()).then(|| view! { <blockquote class="feedback-comment">{comment}</blockquote> })}
            <ul class="plain answers">{answers}</ul>
            {answer_link.then(|| view! {
                <a class="button small-button" data-testid="feedback-answer" href=answer_href>{move || app.t(FeedbackKey::AnswerAction)}</a>
            })}
        </article>
    }
}

/// "Happy (4/5) · would recommend 9/10".
pub fn ratings_text(f: &Feedback, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(s) = f.satisfaction {
        let n = s.to_string();
        parts.push(format!(
            "{} ({})",
            lang.text(satisfaction_label(s)),
            lang.format(FeedbackKey::SatisfactionLine, &[("n", &n)])
        ));
    }
    if let Some(r) = f.recommend {
        parts.push(lang.format(FeedbackKey::RecommendLine, &[("n", &r.to_string())]));
    }
    parts.join(" · ")
}
