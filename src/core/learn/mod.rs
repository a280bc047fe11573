//! Learning each customer's taste from their feedback (the learning relationship): every
//! rating moves the weights the offer search uses, so the next offer fits better than the last.
//!
//! **The model.** A taste is a weight per need tag in the unit of
//! [`Preference::points`](crate::core::needs::Preference::points) (love 2 … dislike −1). A part
//! serves tags with strengths x (0–1 each) and its utility is x · w, so `100 × x · w` is its
//! score in the offer search's points. Each customer's weights have a Gaussian belief (mean and
//! full covariance over the catalog's tags — a few dozen at most, so dense is cheap):
//! - **Prior** (shrinkage): on a tag the customer stated, their feeling's points, sd 0.6; on
//!   any other, the population's mean weight and spread (at most sd 1.0), moved by the stated
//!   feelings through the population's correlations. A customer with little feedback is held
//!   to what they said and to what customers like on average; their own ratings pull away.
//! - **A thumb** on a delivered part says that its utility plus noise (sd 0.8) was above +0.5
//!   (up) or below −0.5 (down): a probit observation, applied by matching the exact posterior's
//!   mean and covariance (assumed density filtering, as in TrueSkill). The plain regression
//!   would read a thumb as "the part is worth exactly ±2": a thumb up on a part serving a need
//!   at 30 % would then demand a weight near 7 to explain it, and a thumb up on a part already
//!   predicted above 2 would *lower* its weights. Read as a side, a thumb up never lowers the
//!   part's predicted utility and, from the prior (or whenever the tags' weights are not
//!   negatively correlated), raises the weight of every need the part serves; a thumb down the
//!   reverse, and a few of them take the part below zero, out of the offer.
//! - **Overall satisfaction** s (1–5) is an exact linear observation of the delivered parts'
//!   mean utility: s − 3 with noise sd 1.0, so a 5 says "about love" of the visit as a whole.
//! - **The population** (the prior) is a hierarchy rather than one pooled regression: each
//!   customer's weights are a draw from a multivariate normal whose mean *and covariance* across
//!   tags are fitted by EM from what everyone stated and everyone's ratings (empirical Bayes),
//!   as if 20 more customers had been neutral and independent (see [`population`]): on the
//!   first day, the stated needs alone say what customers want and which needs go together. Tastes are structured — whoever
//!   wants long walks for their dog also wants it socialised — so the covariance lets one thumb
//!   on a walk move socialising too, and a stated feeling is carried to the needs that go with
//!   it: the stated weight is believed at its points (sd 0.6) and the others keep the
//!   population's regression on it. Pooling every rating as if one customer gave them lets
//!   the customers who rate most speak loudest, and takes the fans of a need — the few it was
//!   first offered to — for everyone; in the simulation it did worse at every visit.
//!
//! Ratings are applied in the order they were given, so the result is repeatable. Offers are
//! made from the posterior mean ([`Learned::taste`]) through
//! [`customize_with`](crate::core::customize::offer::customize_with); the covariance also says
//! how sure each weight is ([`Lesson::sd`]) and what single part is worth trying next
//! ([`Learned::try_new`]), which the owner may propose beside the offer. [`simulate`] measures
//! the whole loop on a synthetic population whose true tastes it hides: with structured tastes
//! learning reaches 84 % of the oracle at the first visit, 90.2 % by the fifth (89.5 % on
//! average over eight seeds) and 92.5 % by the tenth; with independent tastes (a stress test)
//! 85 % and 88 % (its module has the figures, and how near they are to what any learner could
//! reach).

mod belief;
mod explore;
mod gather;
mod learned;
mod matrix;
mod observe;
mod population;
pub mod simulate;
mod taste;

pub use explore::{Suggestion, EXPLORE_SDS};
pub use learned::{learn, Learned, Lesson, STATED_SD, UNSTATED_SD};
pub use observe::{SATISFACTION_NOISE_SD, THUMB_MARGIN, THUMB_NOISE_SD};
pub use population::{population, Population, PopulationFit, NEUTRAL_CUSTOMERS};
pub use taste::{nearest, Taste};
