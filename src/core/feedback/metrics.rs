//! Satisfaction in numbers: NPS (the share of promoters, 9–10, minus the share of detractors,
//! 0–6, from −100 to +100) and CSAT (the share of satisfied answers, 4–5 of 5), with thumbs up
//! and down per part — each tally by month, by part or by any grouping of customers (segment,
//! tier). Every figure carries its count, and a tally with fewer than [`SMALL_SAMPLE`] answers
//! says so, so that three happy customers are not read as a trend.

use super::model::{Feedback, Thumb};
use crate::core::catalog::part::PartId;
use chrono::{Datelike, FixedOffset, NaiveDate};
use std::collections::BTreeMap;

/// Below this many answers a figure is shown as a small sample.
pub const SMALL_SAMPLE: u32 = 10;

/// Answers to "how likely are you to recommend us?", by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Nps {
    /// 9–10.
    pub promoters: u32,
    /// 7–8.
    pub passives: u32,
    /// 0–6.
    pub detractors: u32,
}

impl Nps {
    pub fn add(&mut self, recommend: u8) {
        match recommend {
            9.. => self.promoters += 1,
            7..=8 => self.passives += 1,
            _ => self.detractors += 1,
        }
    }

    pub fn count(&self) -> u32 {
        self.promoters + self.passives + self.detractors
    }

    /// Percent promoters minus percent detractors (−100 … +100); none without answers.
    pub fn score(&self) -> Option<f64> {
        let n = self.count();
        (n > 0).then(|| {
            100.0 * (f64::from(self.promoters) - f64::from(self.detractors)) / f64::from(n)
        })
    }
}

/// Overall satisfaction answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Csat {
    /// 4 or 5.
    pub satisfied: u32,
    pub count: u32,
    /// The sum of all answers (1–5), for the mean.
    pub total: u32,
}

impl Csat {
    pub fn add(&mut self, satisfaction: u8) {
        self.count += 1;
        self.total += u32::from(satisfaction);
        if satisfaction >= 4 {
            self.satisfied += 1;
        }
    }

    /// Percent of answers that were 4 or 5; none without answers.
    pub fn score(&self) -> Option<f64> {
        share(self.satisfied, self.count)
    }

    /// The mean answer (1–5); none without answers.
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| f64::from(self.total) / f64::from(self.count))
    }
}

/// Thumbs given to parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Thumbs {
    pub up: u32,
    pub down: u32,
}

impl Thumbs {
    pub fn add(&mut self, thumb: Thumb) {
        match thumb {
            Thumb::Up => self.up += 1,
            Thumb::Down => self.down += 1,
        }
    }

    pub fn count(&self) -> u32 {
        self.up + self.down
    }

    /// Percent of thumbs that were up; none without thumbs.
    pub fn score(&self) -> Option<f64> {
        share(self.up, self.count())
    }
}

/// Everything counted for one month, part or group of customers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub nps: Nps,
    pub csat: Csat,
    pub thumbs: Thumbs,
    /// Pieces of feedback counted.
    pub feedback: u32,
}

impl Tally {
    /// Counts a piece of feedback's satisfaction and recommendation (not its thumbs, which
    /// belong to parts).
    fn add(&mut self, feedback: &Feedback) {
        self.feedback += 1;
        if let Some(s) = feedback.satisfaction {
            self.csat.add(s);
        }
        if let Some(r) = feedback.recommend {
            self.nps.add(r);
        }
    }

    /// Whether any figure here rests on fewer than [`SMALL_SAMPLE`] answers.
    pub fn small(&self) -> bool {
        let counts = [self.nps.count(), self.csat.count, self.thumbs.count()];
        counts.iter().any(|&n| n > 0 && n < SMALL_SAMPLE)
    }
}

/// Everything, counted once.
pub fn overall(feedback: &[Feedback]) -> Tally {
    by_group(feedback, |_| Some(()))
        .remove(&())
        .unwrap_or_default()
}

/// Tallies by calendar month where the business is (`offset`), keyed by the month's first
/// day, oldest first.
pub fn by_month(feedback: &[Feedback], offset: FixedOffset) -> BTreeMap<NaiveDate, Tally> {
    by_group(feedback, |f| {
        let day = f.received_at.with_timezone(&offset).date_naive();
        day.with_day(1)
    })
}

/// Tallies by a grouping of the feedback (a customer's segment or tier, say); feedback the
/// grouping gives no key is left out.
pub fn by_group<'a, K: Ord>(
    feedback: impl IntoIterator<Item = &'a Feedback>,
    key: impl Fn(&Feedback) -> Option<K>,
) -> BTreeMap<K, Tally> {
    let mut tallies: BTreeMap<K, Tally> = BTreeMap::new();
    for f in feedback {
        if let Some(k) = key(f) {
            let tally = tallies.entry(k).or_default();
            tally.add(f);
            for rating in &f.parts {
                if let Some(thumb) = rating.thumb {
                    tally.thumbs.add(thumb);
                }
            }
        }
    }
    tallies
}

/// Tallies by part: each part's thumbs, and the satisfaction and recommendation of the
/// feedback on visits that included it.
pub fn by_part<'a>(feedback: impl IntoIterator<Item = &'a Feedback>) -> BTreeMap<PartId, Tally> {
    let mut tallies: BTreeMap<PartId, Tally> = BTreeMap::new();
    for f in feedback {
        for rating in &f.parts {
            let tally = tallies.entry(rating.part.clone()).or_default();
            tally.add(f);
            if let Some(thumb) = rating.thumb {
                tally.thumbs.add(thumb);
            }
        }
    }
    tallies
}

fn share(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| 100.0 * f64::from(part) / f64::from(whole))
}
