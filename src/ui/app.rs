//! The root component: state, routes and the page frame.

use super::components::{AppNav, BackupReminder, DemoBanner, ToastRegion, MAIN_ID};
use super::focus::focus_page_on_navigation;
use super::insights::provide_insights;
use super::learning::provide_learning;
use super::pages::{CustomerList, NotFound};
use super::routes;
use super::state::AppState;
use super::updates::Updates;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    AppState::provide();
    provide_insights();
    provide_learning();
    Updates::provide();
    focus_page_on_navigation();
    routes::preload_when_ready();
    view! {
        <Router>
            <div class="shell">
                <AppNav/>
                <main class="page" id=MAIN_ID tabindex="-1">
                    <DemoBanner/>
                    <BackupReminder/>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=CustomerList/>
                        <Route path=path!("/customers/new") view=routes::new_customer/>
                        <Route path=path!("/customers/:id") view=routes::customer_detail/>
                        <Route path=path!("/customers/:id/edit") view=routes::edit_customer/>
                        <Route path=path!("/customers/:id/needs") view=routes::edit_needs/>
                        <Route path=path!("/customers/:id/proposal") view=routes::proposal/>
                        <Route path=path!("/customers/:id/feedback/new") view=routes::record_feedback/>
                        <Route path=path!("/customers/:id/feedback/hand-over") view=routes::hand_over/>
                        <Route path=path!("/customers/:id/tickets/new") view=routes::new_ticket/>
                        <Route path=path!("/today") view=routes::today/>
                        <Route path=path!("/tickets") view=routes::tickets/>
                        <Route path=path!("/tickets/new") view=routes::choose_ticket_customer/>
                        <Route path=path!("/tickets/:id") view=routes::ticket/>
                        <Route path=path!("/feedback") view=routes::feedback/>
                        <Route path=path!("/feedback/:id/answer") view=routes::answer_feedback/>
                        <Route path=path!("/analysis") view=routes::analysis/>
                        <Route path=path!("/dashboard") view=routes::dashboard/>
                        <Route path=path!("/catalog") view=routes::catalog/>
                        <Route path=path!("/catalog/parts/new") view=routes::new_part/>
                        <Route path=path!("/catalog/parts/:id") view=routes::edit_part/>
                        <Route path=path!("/catalog/groups/new") view=routes::new_group/>
                        <Route path=path!("/catalog/groups/:id") view=routes::edit_group/>
                        <Route path=path!("/catalog/menus/new") view=routes::new_menu/>
                        <Route path=path!("/catalog/menus/:id") view=routes::edit_menu/>
                        <Route path=path!("/plan") view=routes::plan/>
                        <Route path=path!("/settings") view=routes::settings/>
                    </Routes>
                </main>
                <ToastRegion/>
            </div>
        </Router>
    }
}
