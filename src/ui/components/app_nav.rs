//! The main navigation: a bottom bar on phones, a side bar on wider screens; before it, a
//! "skip to content" link for keyboard users (shown only when focused).

use crate::core::i18n::Key;
use crate::ui::pages::handing_over;
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;

/// The id of the page's `<main>`, where "skip to content" moves the focus.
pub const MAIN_ID: &str = "main";

/// Which section a path belongs to, for highlighting the current one.
fn section(path: &str) -> &'static str {
    match path {
        "/customers/new" => "new",
        "/settings" => "settings",
        "/analysis" => "analysis",
        "/dashboard" => "dashboard",
        "/plan" => "plan",
        "/today" => "today",
        _ if path.starts_with("/feedback") => "feedback",
        _ if path.starts_with("/tickets") || path.ends_with("/tickets/new") => "tickets",
        _ if path.starts_with("/catalog") => "catalog",
        _ => "customers",
    }
}

#[component]
pub fn AppNav() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    let current = Memo::new(move |_| section(&location.pathname.get()));
    let item = move |href: &'static str, name: &'static str, key: Key, icon: &'static str| {
        view! {
            <a
                href=href
                class="nav-item"
                data-testid=format!("nav-{name}")
                aria-current=move || (current.get() == name).then_some("page")
            >
                <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d=icon/>
                </svg>
                <span>{move || app.t(key)}</span>
            </a>
        }
    };
    let skip = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        // Not a #fragment navigation: the router owns the address.
        if let Some(main) = document()
            .get_element_by_id(MAIN_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    };
    // The screen handed to a customer shows nothing of the app around it.
    let shown = Memo::new(move |_| !handing_over(&location.pathname.get()));
    view! {
        <Show when=move || shown.get()>
        <a class="skip-link" href=format!("#{MAIN_ID}") data-testid="skip-link" on:click=skip>
            {move || app.t(Key::SkipToContent)}
        </a>
        <header class="topbar">
            <a href="/today" class="brand">{move || app.t(Key::AppName)}</a>
            // In the demo the bar that stays on screen says so too (the banner scrolls away).
            {app.space.is_demo().then(|| view! {
                <span class="topbar-demo" data-testid="topbar-demo">{move || app.t(Key::DemoLabel)}</span>
            })}
        </header>
        <nav class="nav" aria-label=move || app.t(Key::AppName)>
            {item("/today", "today", Key::NavToday, ICON_SUN)}
            {item("/", "customers", Key::NavCustomers, ICON_PEOPLE)}
            {item("/customers/new", "new", Key::NavNew, ICON_PLUS)}
            {item("/catalog", "catalog", Key::NavCatalog, ICON_PARTS)}
            {item("/plan", "plan", Key::NavPlan, ICON_CLOCK)}
            {item("/tickets", "tickets", Key::NavTickets, ICON_CHAT)}
            {item("/feedback", "feedback", Key::NavFeedback, ICON_SMILE)}
            {item("/dashboard", "dashboard", Key::NavDashboard, ICON_GAUGE)}
            {item("/analysis", "analysis", Key::NavAnalysis, ICON_CHART)}
            {item("/settings", "settings", Key::NavSettings, ICON_GEAR)}
        </nav>
        </Show>
    }
}

const ICON_PEOPLE: &str = "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm7 0a3 3 0 1 0 0-6M2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1m1-7a5 5 0 0 1 5 5v2";
const ICON_CHART: &str = "M4 20V10m6 10V4m6 16v-7m6 7H2";
const ICON_GAUGE: &str = "M3 17a9 9 0 1 1 18 0M12 17l4-6M3 21h18";
const ICON_PARTS: &str = "M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 3.5h7M16.5 13v7";
const ICON_CLOCK: &str = "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zm0-14v5l3 3";
const ICON_SMILE: &str =
    "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8 14a4.5 4.5 0 0 0 8 0M9 9.5h.01M15 9.5h.01";
const ICON_SUN: &str = "M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 2v2m0 16v2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M2 12h2m16 0h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4";
const ICON_CHAT: &str = "M4 5h16v11H9l-5 4zM8 9h8M8 12h5";
const ICON_PLUS: &str = "M12 5v14M5 12h14";
const ICON_GEAR: &str = "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.4a7.6 7.6 0 0 0-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-1a7.6 7.6 0 0 0 2.2 1.3l.4 2.4h4l.4-2.4a7.6 7.6 0 0 0 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3z";
