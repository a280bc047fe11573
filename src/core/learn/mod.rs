//! Learning each customer's taste from their feedback (the learning relationship): every
//! rating moves the weights the offer search uses, so the next offer fits better than the last.
//!
//! **The model.** A taste is a weight per need tag in the unit of
//! [`Preference::points`](crate::core::needs::Preference::points) (love 2 … dislike −1). A part
//! serves tags with strengths x (0–1 each), and its utility is x · w, so `100 × x · w` is its
//! score in the offer search's points. Each customer's weights have a Gaussian belief:
//! - **Prior** (shrinkage): on a tag the customer stated, their feeling's points, sd 0.6; on
//!   any other tag, the population's mean weight, sd 1.0. A customer with little feedback is
//!   pulled to what they said and to what everyone likes; their own ratings pull them away.
//! - **A thumb** on a delivered part says that the part's utility plus noise (sd 0.8) was above
//!   zero (up) or below it (down) — a probit observation, applied by matching the exact
//!   posterior's mean and covariance (assumed density filtering, as TrueSkill and AdPredictor
//!   do). A thumb is a sign, not an amount: read as "the part is worth exactly +2" (the plain
//!   regression), a thumb up on a part that serves a need weakly would demand a huge weight to
//!   explain it, and a thumb up on a part already predicted above +2 would *lower* its
//!   weights. As a sign, a thumb up never lowers the part's predicted utility, and from the
//!   prior (or whenever the tags' weights are not negatively correlated) it raises the weight
//!   of every tag the part serves; a thumb down the reverse.
//! - **Overall satisfaction** s (1–5) is an exact linear observation of the delivered parts'
//!   mean utility: s − 3 with noise sd 1.0, so a 5 says "about love" of the visit as a whole.
//! - **Population**: the same updates over everyone's feedback from a neutral prior (mean 0,
//!   sd 1); its mean is the prior of each unstated tag. Only the catalog's tags count; the
//!   covariance is dense (a few dozen tags at most), so a customer's update costs microseconds.
//!
//! Ratings are applied in the order they were given, so the result is repeatable. The offer
//! search takes the posterior mean ([`Learned::taste`]) through
//! [`customize_with`](crate::core::customize::offer::customize_with); the covariance says how
//! sure each weight is ([`Lesson::sd`]) and picks what is worth trying next
//! ([`Learned::try_new`]). [`simulate`] measures the whole loop against a synthetic population
//! whose true tastes are hidden from it.

mod belief;
mod explore;
mod learned;
mod observe;
mod population;
pub mod simulate;
mod taste;

pub use explore::{Suggestion, EXPLORE_SDS};
pub use learned::{learn, Learned, Lesson, STATED_SD, UNSTATED_SD};
pub use observe::{SATISFACTION_NOISE_SD, THUMB_NOISE_SD};
pub use population::{population, Population};
pub use taste::{nearest, Taste};
