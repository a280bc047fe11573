//! Free text being written (a feedback comment, an answer to a complaint) survives leaving its
//! page by mistake: it is kept by box until it is saved, and the page asks before closing
//! while any is kept — as forms' input is (`AppState::drafts`).

use super::state::AppState;
use leptos::prelude::*;

impl AppState {
    /// A text box's value, starting from what was kept for `key` and kept while not empty.
    pub fn kept_text(self, key: String) -> RwSignal<String> {
        let start = self
            .text_drafts
            .with_untracked(|d| d.get(&key).cloned())
            .unwrap_or_default();
        let text = RwSignal::new(start);
        Effect::new(move |_| {
            let current = text.get();
            self.text_drafts.update(|d| {
                if current.trim().is_empty() {
                    d.remove(&key);
                } else {
                    d.insert(key.clone(), current);
                }
            });
        });
        text
    }

    /// Forgets the text kept for `key` (it was saved).
    pub fn forget_text(self, key: &str) {
        self.text_drafts.update(|d| {
            d.remove(key);
        });
    }
}
