//! What the feedback has taught, shared by every screen that makes an offer: the population's
//! taste (from what everyone stated and everyone's ratings) is fitted once everything is read
//! and again, in the background, when the catalog, a stated need or the feedback changes;
//! each customer's learned taste starts from it and their own ratings.

use super::state::{use_app, AppState, LoadState};
use super::timing::{mark, now_ms, timed, Timer};
use crate::core::customer::{Customer, CustomerId};
use crate::core::feedback::Feedback;
use crate::core::learn::{learn, population, Learned, Population, PopulationFit};
use crate::core::needs::Needs;
use leptos::prelude::*;
use std::time::Duration;

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
        // The population last fitted, and for which inputs; and a fit under way in slices.
        let fitted = StoredValue::new(None::<(u64, Population)>);
        let running = StoredValue::new_local(None::<(u64, PopulationFit)>);
        let refitted = Trigger::new();
        // Until a first fit exists, a reader waits for it (finishing the one under way); after
        // that, a change is fitted in the background and readers keep the last population
        // meanwhile: one rating among thousands moves it little, and recording it must not
        // freeze the page for the whole fit. A customer's own ratings count at once (`learned`).
        let population = Memo::new(move |_| {
            refitted.track();
            let generation = inputs.get();
            if let Some(last) = fitted.with_value(|f| f.as_ref().map(|(_, p)| p.clone())) {
                return last;
            }
            let under_way = running
                .try_update_value(|r| r.take_if(|(g, _)| *g == generation))
                .flatten();
            let fresh = match under_way {
                Some((_, fit)) => app
                    .feedback
                    .with(|all| timed("population", || fit.finish(all))),
                None => app.catalog.with(|catalog| {
                    stated.with(|stated| {
                        let stated = stated.iter().map(|(id, needs)| (id, needs));
                        app.feedback
                            .with(|all| timed("population", || population(catalog, stated, all)))
                    })
                }),
            };
            fitted.set_value(Some((generation, fresh.clone())));
            fresh
        });
        // Once everything is read, each customer's records are indexed and the population is
        // fitted in the background — a round at a time between other work, so a tap never
        // waits for the whole fit — and the first customer opened waits for neither. Every
        // later change of the inputs is fitted the same way.
        Effect::new(move |warmed: Option<bool>| {
            let generation = inputs.get();
            let ready = app.load.with(|load| *load == LoadState::Ready);
            if !ready {
                // Another space or a restored backup: the last population is not its own.
                if fitted.try_update_value(Option::take).flatten().is_some() {
                    refitted.notify();
                }
                return warmed == Some(true);
            }
            if warmed != Some(true) {
                set_timeout(move || app.by_customer.warm(), Duration::ZERO);
            }
            let current = fitted.with_value(|f| f.as_ref().is_some_and(|(g, _)| *g == generation));
            let started = running.with_value(|r| r.as_ref().is_some_and(|(g, _)| *g == generation));
            if !current && !started {
                set_timeout(
                    move || start_fit(generation, app, stated, inputs, fitted, running, refitted),
                    Duration::ZERO,
                );
            }
            true
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
/// that counts as a long task; one step — a round of the fit, or a chunk of the feedback
/// read — takes a few ms).
const SLICE_MS: f64 = 12.0;

/// Starts fitting the population for inputs `generation`, then runs it in slices, unless the
/// inputs have changed meanwhile or a reader already has that population.
fn start_fit(
    generation: u64,
    app: AppState,
    stated: Memo<Vec<(CustomerId, Needs)>>,
    inputs: Memo<u64>,
    fitted: StoredValue<Option<(u64, Population)>>,
    running: StoredValue<Option<(u64, PopulationFit)>, LocalStorage>,
    refitted: Trigger,
) {
    let stale = inputs.get_untracked() != generation;
    let done = fitted.with_value(|f| f.as_ref().is_some_and(|(g, _)| *g == generation));
    if stale || done {
        return;
    }
    let fit = app.catalog.with_untracked(|catalog| {
        stated.with_untracked(|stated| {
            let stated = stated.iter().map(|(id, needs)| (id, needs));
            timed("population:start", || PopulationFit::start(catalog, stated))
        })
    });
    running.set_value(Some((generation, fit)));
    fit_in_slices(generation, app, inputs, fitted, running, refitted);
}

/// Runs steps of the fit under way (reading the feedback, then rounds), a slice per task, then
/// keeps the result and tells the population's readers. The feedback is the same at every
/// step: a change of it changes the inputs, which stops this fit. Stops if the inputs change meanwhile (a fit of the new ones follows)
/// or a reader took the fit to finish it at once.
fn fit_in_slices(
    generation: u64,
    app: AppState,
    inputs: Memo<u64>,
    fitted: StoredValue<Option<(u64, Population)>>,
    running: StoredValue<Option<(u64, PopulationFit)>, LocalStorage>,
    refitted: Trigger,
) {
    set_timeout(
        move || {
            let Some((g, mut fit)) = running.try_update_value(Option::take).flatten() else {
                return;
            };
            if g != generation || inputs.get_untracked() != generation {
                return;
            }
            let started = now_ms();
            let timer = Timer::start("population:slice");
            let done = app.feedback.with_untracked(|all| loop {
                if fit.step(all) {
                    break true;
                }
                if now_ms() - started >= SLICE_MS {
                    break false;
                }
            });
            timer.stop();
            if done {
                let population = app.feedback.with_untracked(|all| fit.finish(all));
                fitted.set_value(Some((generation, population)));
                mark("population:fitted");
                refitted.notify();
            } else {
                running.set_value(Some((generation, fit)));
                fit_in_slices(generation, app, inputs, fitted, running, refitted);
            }
        },
        Duration::ZERO,
    );
}
