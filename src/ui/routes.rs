//! The pages behind the customer list, in groups whose code is downloaded together when one of
//! them is first opened (see [`crate::ui::lazy`]): a customer's pages, the daily care (today,
//! tickets, feedback), the figures, the service catalog and plan, and the settings. The list
//! itself is in the first load.

use super::pages::{
    AnalysisPage, AnswerFeedback, CatalogPage, ChooseTicketCustomer, CustomerDetail, DashboardPage,
    EditCustomer, EditGroup, EditMenu, EditNeeds, EditPart, FeedbackPage, HandOver, NewCustomer,
    NewGroup, NewMenu, NewPart, NewTicket, PlanPage, Proposal, RecordFeedback, SettingsPage,
    TicketPage, TicketsPage, TodayPage,
};
use super::platform;
use super::state::{use_app, LoadState};
use crate::lazy_pages;
use leptos::prelude::*;

lazy_pages! { customer_pages, preload_customer_pages:
    customer_detail => CustomerDetail,
    new_customer => NewCustomer,
    edit_customer => EditCustomer,
    edit_needs => EditNeeds,
    proposal => Proposal,
    record_feedback => RecordFeedback,
    hand_over => HandOver,
    new_ticket => NewTicket,
}

lazy_pages! { care_pages, preload_care_pages:
    today => TodayPage,
    tickets => TicketsPage,
    choose_ticket_customer => ChooseTicketCustomer,
    ticket => TicketPage,
    feedback => FeedbackPage,
    answer_feedback => AnswerFeedback,
}

lazy_pages! { figure_pages, preload_figure_pages:
    analysis => AnalysisPage,
    dashboard => DashboardPage,
}

lazy_pages! { catalog_pages, preload_catalog_pages:
    catalog => CatalogPage,
    new_part => NewPart,
    edit_part => EditPart,
    new_group => NewGroup,
    edit_group => EditGroup,
    new_menu => NewMenu,
    edit_menu => EditMenu,
    plan => PlanPage,
}

lazy_pages! { settings_pages, preload_settings_pages:
    settings => SettingsPage,
}

/// Fetches every group's code, the likeliest first, once everything is read and the page
/// painted: the first tap on any page then waits for nothing. A group that fails is tried
/// again when one of its pages is opened.
pub fn preload_when_ready() {
    let app = use_app();
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) {
            return true;
        }
        let ready = app.load.with(|load| *load == LoadState::Ready);
        if ready {
            leptos::task::spawn_local(async {
                platform::after_paint().await;
                preload_all().await;
            });
        }
        ready
    });
}

async fn preload_all() {
    _ = preload_customer_pages().await;
    _ = preload_care_pages().await;
    _ = preload_figure_pages().await;
    _ = preload_settings_pages().await;
    _ = preload_catalog_pages().await;
}
