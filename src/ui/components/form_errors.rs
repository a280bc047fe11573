//! The message under each input of a form: the first problem found for its field, in the
//! owner's language, following both the problems and the language as they change.

use crate::core::draft::Problem;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A function from a field to its current message, for forms whose checks return a list of
/// (field, problem) pairs.
pub fn errors_by_field<F>(
    errors: RwSignal<Vec<(F, Problem)>>,
) -> impl Fn(F) -> Signal<Option<String>> + Copy
where
    F: Copy + PartialEq + Send + Sync + 'static,
{
    let app = use_app();
    move |field| {
        Signal::derive(move || {
            let lang = app.lang.get();
            errors.with(|found| {
                found
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, problem)| problem.message(lang))
            })
        })
    }
}
