//! The root component: state, routes and the page frame.

use super::components::{AppNav, BackupReminder, DemoBanner, ToastRegion, MAIN_ID};
use super::focus::focus_page_on_navigation;
use super::insights::provide_insights;
use super::learning::provide_learning;
use super::pages::{
    AnalysisPage, AnswerFeedback, CatalogPage, ChooseTicketCustomer, CustomerDetail, CustomerList,
    DashboardPage, EditCustomer, EditGroup, EditMenu, EditNeeds, EditPart, FeedbackPage, HandOver,
    NewCustomer, NewGroup, NewMenu, NewPart, NewTicket, NotFound, PlanPage, Proposal,
    RecordFeedback, SettingsPage, TicketPage, TicketsPage, TodayPage,
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
    provide_learning();
    Updates::provide();
    focus_page_on_navigation();
    view! {
        <Router>
            <div class="shell">
                <AppNav/>
                <main class="page" id=MAIN_ID tabindex="-1">
                    <DemoBanner/>
                    <BackupReminder/>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=CustomerList/>
                        <Route path=path!("/customers/new") view=NewCustomer/>
                        <Route path=path!("/customers/:id") view=CustomerDetail/>
                        <Route path=path!("/customers/:id/edit") view=EditCustomer/>
                        <Route path=path!("/customers/:id/needs") view=EditNeeds/>
                        <Route path=path!("/customers/:id/proposal") view=Proposal/>
                        <Route path=path!("/customers/:id/feedback/new") view=RecordFeedback/>
                        <Route path=path!("/customers/:id/feedback/hand-over") view=HandOver/>
                        <Route path=path!("/customers/:id/tickets/new") view=NewTicket/>
                        <Route path=path!("/today") view=TodayPage/>
                        <Route path=path!("/tickets") view=TicketsPage/>
                        <Route path=path!("/tickets/new") view=ChooseTicketCustomer/>
                        <Route path=path!("/tickets/:id") view=TicketPage/>
                        <Route path=path!("/feedback") view=FeedbackPage/>
                        <Route path=path!("/feedback/:id/answer") view=AnswerFeedback/>
                        <Route path=path!("/analysis") view=AnalysisPage/>
                        <Route path=path!("/dashboard") view=DashboardPage/>
                        <Route path=path!("/catalog") view=CatalogPage/>
                        <Route path=path!("/catalog/parts/new") view=NewPart/>
                        <Route path=path!("/catalog/parts/:id") view=EditPart/>
                        <Route path=path!("/catalog/groups/new") view=NewGroup/>
                        <Route path=path!("/catalog/groups/:id") view=EditGroup/>
                        <Route path=path!("/catalog/menus/new") view=NewMenu/>
                        <Route path=path!("/catalog/menus/:id") view=EditMenu/>
                        <Route path=path!("/plan") view=PlanPage/>
                        <Route path=path!("/settings") view=SettingsPage/>
                    </Routes>
                </main>
                <ToastRegion/>
            </div>
        </Router>
    }
}
