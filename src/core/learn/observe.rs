//! What a piece of feedback says about a taste, as observations of the utility x · w of a part
//! or of a whole visit, where x holds the strengths (0–1) with which the part serves each of the
//! catalog's need tags and w the weights. A thumb is a noisy sign of one part's utility; the
//! overall satisfaction is a noisier measurement of the delivered parts' mean utility. For the
//! population's fit, a stated feeling is a measurement of one weight.

use super::belief::Belief;
use super::learned::STATED_SD;
use crate::core::catalog::part::{PartId, FULL_STRENGTH};
use crate::core::catalog::Catalog;
use crate::core::feedback::{Feedback, Thumb};
use crate::core::needs::Needs;
use crate::core::sorting;
use rustc_hash::FxHashMap;

/// The spread, in points, of how a part is felt from one visit to the next around its utility
/// (the dog was tired that day): what makes a thumb a noisy sign rather than a certain one.
pub const THUMB_NOISE_SD: f64 = 0.8;
/// How clearly a part must be felt to get a thumb, in points: up says its utility was above
/// +0.5 (half-way to "like"), down below −0.5. People thumb what stood out; "it was fine"
/// gets none. With the margin, a few thumbs down on a part push it below zero instead of just
/// to it, so it leaves the offer.
pub const THUMB_MARGIN: f64 = 0.5;
/// The spread of satisfaction − 3 around the mean utility of the visit's parts: wider, since
/// one number sums up everything (the weather, the wait, the mood) and is rounded to 1–5.
pub const SATISFACTION_NOISE_SD: f64 = 1.0;

/// The catalog's need tags and each part's place among them.
#[derive(Clone, Debug)]
pub struct Space {
    /// Sorted, without repeats.
    pub tags: Vec<String>,
    features: FxHashMap<PartId, Vec<f64>>,
}

impl Space {
    pub fn new(catalog: &Catalog) -> Self {
        let tags = catalog.need_tags();
        let features = catalog
            .parts
            .iter()
            .map(|part| {
                let mut x = vec![0.0; tags.len()];
                for served in &part.needs {
                    if let Ok(j) = tags.binary_search(&served.need) {
                        x[j] += f64::from(served.strength) / f64::from(FULL_STRENGTH);
                    }
                }
                (part.id.clone(), x)
            })
            .collect();
        Self { tags, features }
    }

    /// How strongly `part` serves each tag (0–1); `None` for a part no longer in the catalog.
    pub fn features(&self, part: &PartId) -> Option<&[f64]> {
        self.features.get(part).map(Vec::as_slice)
    }
}

/// One thing a rating says.
#[derive(Clone, Debug, PartialEq)]
pub enum Observation {
    /// x · w + noise was above [`THUMB_MARGIN`] (a thumb up) or below its negative (down).
    Thumb { x: Vec<f64>, up: bool },
    /// x · w + more noise was `y`: satisfaction − 3, with x the mean over the parts delivered.
    Satisfaction { x: Vec<f64>, y: f64 },
    /// The customer said they feel about the one tag where x is 1 as `y`, a feeling's points,
    /// give or take [`STATED_SD`].
    Stated { x: Vec<f64>, y: f64 },
}

impl Observation {
    pub fn features(&self) -> &[f64] {
        match self {
            Self::Thumb { x, .. } | Self::Satisfaction { x, .. } | Self::Stated { x, .. } => x,
        }
    }

    /// Updates `belief` with this observation.
    pub fn teach(&self, belief: &mut Belief) {
        match self {
            Self::Thumb { x, up } => {
                belief.observe_side(x, *up, THUMB_MARGIN, THUMB_NOISE_SD.powi(2))
            }
            Self::Satisfaction { x, y } => belief.observe(x, *y, SATISFACTION_NOISE_SD.powi(2)),
            Self::Stated { x, y } => belief.observe(x, *y, STATED_SD.powi(2)),
        }
    }
}

/// What `feedback` says about parts still in the catalog (a part that serves no need says
/// nothing, and neither does a visit of only such parts).
pub fn observations(space: &Space, feedback: &Feedback) -> Vec<Observation> {
    let delivered: Vec<(&[f64], Option<Thumb>)> = feedback
        .parts
        .iter()
        .filter_map(|rating| Some((space.features(&rating.part)?, rating.thumb)))
        .collect();
    let mut found: Vec<Observation> = delivered
        .iter()
        .filter(|(x, _)| x.iter().any(|&v| v > 0.0))
        .filter_map(|&(x, thumb)| {
            thumb.map(|thumb| Observation::Thumb {
                x: x.to_vec(),
                up: thumb == Thumb::Up,
            })
        })
        .collect();
    if let (Some(satisfaction), false) = (feedback.satisfaction, delivered.is_empty()) {
        let mut mean = vec![0.0; space.tags.len()];
        for (x, _) in &delivered {
            for (m, v) in mean.iter_mut().zip(x.iter()) {
                *m += v / delivered.len() as f64;
            }
        }
        if mean.iter().any(|&v| v > 0.0) {
            found.push(Observation::Satisfaction {
                x: mean,
                y: f64::from(satisfaction.clamp(1, 5)) - 3.0,
            });
        }
    }
    found
}

/// What a customer's stated `needs` say about the catalog's tags: one observation per stated
/// feeling.
pub fn stated(space: &Space, needs: &Needs) -> Vec<Observation> {
    space
        .tags
        .iter()
        .enumerate()
        .filter_map(|(j, tag)| {
            let preference = needs.preferences.get(tag)?;
            let mut x = vec![0.0; space.tags.len()];
            x[j] = 1.0;
            Some(Observation::Stated {
                x,
                y: preference.points() as f64,
            })
        })
        .collect()
}

/// Adds one to the count of every tag (by index) that the observations of one piece of
/// feedback, `said`, touch.
pub fn count_touched(counts: &mut [u32], said: &[Observation]) {
    for (j, count) in counts.iter_mut().enumerate() {
        if said.iter().any(|o| o.features()[j] > 0.0) {
            *count += 1;
        }
    }
}

/// `feedback` in the order it was given (then by id), so that learning from it is repeatable.
pub fn in_order<'a>(feedback: impl IntoIterator<Item = &'a Feedback>) -> Vec<&'a Feedback> {
    let mut ordered: Vec<&Feedback> = feedback.into_iter().collect();
    sorting::sort_by(&mut ordered, |a, b| {
        a.received_at
            .cmp(&b.received_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    ordered
}
