//! What the feedback has taught, shared by every screen that makes an offer: the population's
//! taste (from what everyone stated and everyone's ratings) is computed once and recomputed
//! only when the catalog, a stated need or the feedback changes; each customer's learned taste starts from it and their own ratings.

use super::state::{use_app, AppState, LoadState};
use super::timing::{now_ms, timed};
use crate::core::customer::Customer;
use crate::core::feedback::Feedback;
use crate::core::learn::{learn, population, Learned, Population, PopulationFit};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

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
        // Counts changes of what the population is fitted from.
        let inputs = Memo::new(move |previous: Option<&u64>| {
            app.catalog.track();
            // Read, not just tracked: a memo tracked before its first run would count that
            // run as a change.
            stated.with(|_| ());
            app.feedback.track();
            previous.map_or(0, |n| n + 1)
        });
        // The population last fitted, and for which inputs.
        let fitted = StoredValue::new(None::<(u64, Population)>);
        let population = Memo::new(move |_| {
            let generation = inputs.get();
            if let Some(ready) = fitted.with_value(|f| {
                f.as_ref()
                    .filter(|(g, _)| *g == generation)
                    .map(|(_, p)| p.clone())
            }) {
                return ready;
            }
            let fresh = app.catalog.with(|catalog| {
                stated.with(|stated| {
                    let stated = stated.iter().map(|(id, needs)| (id, needs));
                    app.feedback
                        .with(|all| timed("population", || population(catalog, stated, all)))
                })
            });
            fitted.set_value(Some((generation, fresh.clone())));
            fresh
        });
        // Once everything is read, each customer's records are indexed and the population is
        // fitted while the page is idle — a round at a time, so a tap is never kept waiting
        // for the whole fit — and the first customer opened waits for neither.
        Effect::new(move |warmed: Option<bool>| {
            if warmed == Some(true) {
                return true;
            }
            let ready = app.load.with(|load| *load == LoadState::Ready);
            if ready {
                request_idle_callback(move || app.by_customer.warm());
                request_idle_callback(move || {
                    let generation = inputs.get_untracked();
                    let fit = app.catalog.with_untracked(|catalog| {
                        stated.with_untracked(|stated| {
                            let stated = stated.iter().map(|(id, needs)| (id, needs));
                            app.feedback.with_untracked(|all| {
                                timed("population:start", || {
                                    PopulationFit::start(catalog, stated, all)
                                })
                            })
                        })
                    });
                    fit_while_idle(fit, generation, inputs, fitted);
                });
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
        let theirs = app.by_customer.feedback(&customer.id);
        let own: Vec<&Feedback> = theirs.iter().collect();
        app.catalog.with(|catalog| {
            self.population
                .with(|p| learn(catalog, &customer.needs, &own, p))
        })
    }
}

pub fn use_learning() -> Learning {
    expect_context::<Learning>()
}

pub fn provide_learning() {
    Learning::provide(use_app());
}

/// The longest a slice of the fit runs before giving the page back (well under the 50 ms
/// that counts as a long task; one round with 10,000 customers takes a few ms).
const SLICE_MS: f64 = 12.0;

/// Runs rounds of `fit` while the page is idle, a slice at a time, and keeps the result for
/// the population's first reader. Stops without a result if the inputs change meanwhile (the
/// population is then fitted afresh when asked for) or someone needed it sooner.
fn fit_while_idle(
    fit: PopulationFit,
    generation: u64,
    inputs: Memo<u64>,
    fitted: StoredValue<Option<(u64, Population)>>,
) {
    let fit = Rc::new(RefCell::new(Some(fit)));
    request_idle_callback(move || {
        let current =
            |f: &Option<(u64, Population)>| f.as_ref().is_some_and(|(g, _)| *g == generation);
        if inputs.get_untracked() != generation || fitted.with_value(current) {
            return;
        }
        let Some(mut running) = fit.borrow_mut().take() else {
            return;
        };
        let started = now_ms();
        let timer = super::timing::Timer::start("population:slice");
        let done = loop {
            if running.step() {
                break true;
            }
            if now_ms() - started >= SLICE_MS {
                break false;
            }
        };
        timer.stop();
        if done {
            fitted.set_value(Some((generation, running.finish())));
            super::timing::mark("population:fitted");
        } else {
            fit_while_idle(running, generation, inputs, fitted);
        }
    });
}
