//! What the feedback has taught, shared by every screen that makes an offer: the population's
//! taste (from what everyone stated and everyone's ratings) is computed once and recomputed
//! only when the catalog, a stated need or the feedback changes; each customer's learned taste starts from it and their own ratings.

use super::state::{use_app, AppState, LoadState};
use super::timing::timed;
use crate::core::customer::Customer;
use crate::core::feedback::Feedback;
use crate::core::learn::{learn, population, Learned, Population};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Learning {
    app: AppState,
    pub population: Memo<Population>,
}

impl Learning {
    pub fn provide(app: AppState) -> Self {
        // Only what customers stated matters here, so a new visit or a changed phone number
        // does not refit the population.
        let stated = Memo::new(move |_| {
            app.book.with(|book| {
                let said = book.customers().filter(|c| !c.needs.preferences.is_empty());
                said.map(|c| (c.id.clone(), c.needs.clone()))
                    .collect::<Vec<_>>()
            })
        });
        let population = Memo::new(move |_| {
            app.catalog.with(|catalog| {
                stated.with(|stated| {
                    let stated = stated.iter().map(|(id, needs)| (id, needs));
                    app.feedback
                        .with(|all| timed("population", || population(catalog, stated, all)))
                })
            })
        });
        // Once everything is read, the population is fitted while the page is idle, so the
        // first customer opened does not wait for it.
        Effect::new(move |warmed: Option<bool>| {
            if warmed == Some(true) {
                return true;
            }
            let ready = app.load.with(|load| *load == LoadState::Ready);
            if ready {
                request_idle_callback(move || population.with_untracked(|_| ()));
            }
            ready
        });
        let learning = Self { app, population };
        provide_context(learning);
        learning
    }

    /// What `customer`'s ratings taught, on top of their stated needs and the population.
    pub fn learned(self, customer: &Customer) -> Learned {
        let app = self.app;
        app.catalog.with(|catalog| {
            app.feedback.with(|all| {
                let own: Vec<&Feedback> =
                    all.iter().filter(|f| f.customer == customer.id).collect();
                self.population
                    .with(|p| learn(catalog, &customer.needs, &own, p))
            })
        })
    }
}

pub fn use_learning() -> Learning {
    expect_context::<Learning>()
}

pub fn provide_learning() {
    Learning::provide(use_app());
}
