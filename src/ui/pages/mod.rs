//! One component per screen, each behind its own route.

mod analysis;
mod catalog;
mod customer_detail;
mod customer_form;
mod customer_list;
mod dashboard;
mod feedback;
mod needs_form;
mod not_found;
mod plan;
mod proposal;
mod settings;
mod tickets;
mod today;

pub use analysis::AnalysisPage;
pub use catalog::{CatalogPage, EditGroup, EditMenu, EditPart, NewGroup, NewMenu, NewPart};
pub use customer_detail::CustomerDetail;
pub use customer_form::{EditCustomer, NewCustomer};
pub use customer_list::CustomerList;
pub use dashboard::{DashboardPage, DashboardView};
pub use feedback::{handing_over, AnswerFeedback, FeedbackPage, HandOver, RecordFeedback};
pub use needs_form::EditNeeds;
pub use not_found::NotFound;
pub use plan::PlanPage;
pub use proposal::Proposal;
pub use settings::SettingsPage;
pub use tickets::{ChooseTicketCustomer, NewTicket, TicketPage, TicketsPage};
pub use today::TodayPage;

use crate::core::customer::{Customer, CustomerId};
use crate::ui::components::{CustomerMissing, LoadGate};
use crate::ui::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// A page about the customer in the URL, drawn by `page` once the book has loaded, or "not
/// found" when there is no such customer. The customer is read once: the form on the page
/// keeps its input while the record changes elsewhere.
pub(super) fn for_customer(page: fn(Customer) -> AnyView) -> impl IntoView {
    let app = use_app();
    let id = use_customer_id();
    view! {
        <LoadGate>
            {move || match id.get().and_then(|id| app.book.with_untracked(|b| b.get(&id).cloned())) {
                Some(customer) => page(customer),
                None => view! { <CustomerMissing/> }.into_any(),
            }}
        </LoadGate>
    }
}

/// The customer id in the current URL, if it is a well-formed one.
fn use_customer_id() -> Memo<Option<CustomerId>> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| CustomerId::parse(&s))
    })
}
