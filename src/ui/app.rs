//! The root component: state, routes and the page frame.

use super::components::{AppNav, BackupReminder, ToastRegion, MAIN_ID};
use super::insights::provide_insights;
use super::pages::{
    AnalysisPage, CustomerDetail, CustomerList, EditCustomer, NewCustomer, NotFound, SettingsPage,
};
use super::state::AppState;
use super::updates::Updates;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    AppState::provide();
    provide_insights();
    Updates::provide();
    view! {
        <Router>
            <div class="shell">
                <AppNav/>
                <main class="page" id=MAIN_ID tabindex="-1">
                    <BackupReminder/>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=CustomerList/>
                        <Route path=path!("/customers/new") view=NewCustomer/>
                        <Route path=path!("/customers/:id") view=CustomerDetail/>
                        <Route path=path!("/customers/:id/edit") view=EditCustomer/>
                        <Route path=path!("/analysis") view=AnalysisPage/>
                        <Route path=path!("/settings") view=SettingsPage/>
                    </Routes>
                </main>
                <ToastRegion/>
            </div>
        </Router>
    }
}
