//! Short notices at the bottom of the screen: confirmations that fade, offers to undo, and
//! errors that stay until dismissed (with a retry where one makes sense).

use crate::core::i18n::Key;
use leptos::prelude::*;
use std::time::Duration;

const INFO_FOR: Duration = Duration::from_secs(5);
const UNDO_FOR: Duration = Duration::from_secs(10);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

impl Tone {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Error => "error",
        }
    }
}

/// A button on a notice: its label and what it does.
#[derive(Clone, Copy)]
pub struct ToastAction {
    pub label: Key,
    pub run: Callback<()>,
}

#[derive(Clone)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    pub tone: Tone,
    pub action: Option<ToastAction>,
}

#[derive(Clone, Copy)]
pub struct Toasts {
    pub list: RwSignal<Vec<Toast>>,
    next_id: StoredValue<u64>,
}

impl Toasts {
    pub fn new() -> Self {
        Self {
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
        }
    }

    pub fn info(self, text: String) {
        self.push(text, Tone::Info, None, Some(INFO_FOR));
    }

    /// A notice with an undo button, open long enough to reach for it.
    pub fn undoable(self, text: String, undo: Callback<()>) {
        let action = ToastAction {
            label: Key::Undo,
            run: undo,
        };
        self.push(text, Tone::Info, Some(action), Some(UNDO_FOR));
    }

    /// An error stays until the owner dismisses it.
    pub fn error(self, text: String) {
        self.push(text, Tone::Error, None, None);
    }

    /// An error with a button to try again.
    pub fn error_with_retry(self, text: String, retry: Callback<()>) {
        self.error_with_action(
            text,
            ToastAction {
                label: Key::Retry,
                run: retry,
            },
        );
    }

    /// An error with a button that helps (retry, export now).
    pub fn error_with_action(self, text: String, action: ToastAction) {
        self.push(text, Tone::Error, Some(action), None);
    }

    pub fn dismiss(self, id: u64) {
        self.list.update(|list| list.retain(|t| t.id != id));
    }

    fn push(self, text: String, tone: Tone, action: Option<ToastAction>, lasts: Option<Duration>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.list.update(|list| {
            list.push(Toast {
                id,
                text,
                tone,
                action,
            })
        });
        if let Some(lasts) = lasts {
            set_timeout(move || self.dismiss(id), lasts);
        }
    }
}

impl Default for Toasts {
    fn default() -> Self {
        Self::new()
    }
}
