//! Feedback screens: recording it (by the owner, or by the customer on the phone handed to
//! them), answering it, and the page that lists what waits for an answer beside the
//! satisfaction figures.

mod answer;
mod hand_over;
mod overview;
mod record;

pub use answer::AnswerFeedback;
pub use hand_over::HandOver;
pub use overview::FeedbackPage;
pub use record::RecordFeedback;

use crate::core::customer::CustomerId;
use crate::core::draft::Problem;
use crate::core::feedback::draft::{FeedbackDraft, FeedbackField};
use crate::core::feedback::FeedbackId;
use crate::core::i18n::{FeedbackKey, Key};
use crate::core::sorting;
use crate::core::visit::Visit;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Whether `path` is the screen handed to the customer, which shows nothing else of the app.
pub fn handing_over(path: &str) -> bool {
    path.ends_with("/feedback/hand-over")
}

/// Now, as a `datetime-local` value.
fn now_local() -> String {
    platform::local(platform::now())
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// The customer's visits, newest first.
fn customer_visits(app: AppState, customer: &CustomerId) -> Vec<Visit> {
    let mut visits: Vec<Visit> = app.visits.with_untracked(|all| {
        all.values()
            .filter(|v| &v.customer == customer)
            .cloned()
            .collect()
    });
    sorting::sort_by_key(&mut visits, |v| std::cmp::Reverse(v.started_at));
    visits
}

/// Whether the form was refused for saying nothing at all.
fn said_nothing(errors: RwSignal<Vec<(FeedbackField, Problem)>>) -> bool {
    errors.with(|e| e.iter().any(|(f, _)| *f == FeedbackField::Form))
}

/// Checks `draft` and, when it holds, writes it; `done` runs after a successful write. The
/// owner is told it was saved unless `name` is `None` (the customer holds the phone).
fn write_feedback(
    app: AppState,
    draft: FeedbackDraft,
    customer: CustomerId,
    name: Option<String>,
    errors: RwSignal<Vec<(FeedbackField, Problem)>>,
    saving: RwSignal<bool>,
    done: impl FnOnce() + 'static,
) {
    let now = platform::now();
    let id = FeedbackId::from_random_bytes(platform::random_bytes());
    let feedback = match draft.validate(id, customer, platform::local_offset(now), now) {
        Ok(feedback) => feedback,
        Err(found) => return errors.set(found),
    };
    errors.set(Vec::new());
    saving.set(true);
    leptos::task::spawn_local(async move {
        match app.save_feedback(feedback).await {
            Ok(()) => {
                if let Some(name) = name {
                    let text = app.tf(FeedbackKey::FeedbackSaved, &[("name", &name)]);
                    app.toasts.info(text);
                }
                done();
            }
            Err(error) => {
                app.report_write_failure(&error, Key::SaveFailed);
                saving.set(false);
            }
        }
    });
}
