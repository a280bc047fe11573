//! A gentle banner when the data has gone 30 days without a backup, with the export one tap
//! away and a way to be reminded later.

use crate::core::i18n::Key;
use crate::core::settings::BACKUP_REMINDER_SNOOZE;
use crate::ui::pages::handing_over;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn BackupReminder() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    let due = Memo::new(move |_| {
        // Sample data needs no backup: the demo can be reset at any time.
        if app.space.is_demo() || handing_over(&location.pathname.get()) {
            return false;
        }
        let oldest = app.book.with(|b| b.customers().map(|c| c.created_at).min());
        app.settings
            .with(|s| s.backup_reminder_due(oldest, platform::now()))
    });
    let later = move |_| {
        app.update_settings(|s| {
            s.reminder_snoozed_until = Some(platform::now() + BACKUP_REMINDER_SNOOZE)
        })
    };
    view! {
        <Show when=move || due.get()>
            <div class="reminder" role="status" data-testid="backup-reminder">
                <p>{move || app.t(Key::ReminderText)}</p>
                <div class="reminder-actions">
                    <button type="button" class="button" data-testid="reminder-later" on:click=later>
                        {move || app.t(Key::Later)}
                    </button>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="reminder-export"
                        on:click=move |_| leptos::task::spawn_local(app.export_backup())
                    >
                        {move || app.t(Key::ExportNow)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
