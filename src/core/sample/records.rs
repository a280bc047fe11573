//! Drawing each kind of record for the sample business.

use super::names::{ENGLISH_FAMILY, ENGLISH_GIVEN, FAMILY, GIVEN};
use crate::core::catalog::part::ServicePart;
use crate::core::catalog::Catalog;
use crate::core::customer::{Customer, CustomerId};
use crate::core::feedback::{Channel, Feedback, FeedbackId, PartRating, Thumb};
use crate::core::loyalty::coupon::{Benefit, Coupon, CouponId, Origin, Redemption};
use crate::core::random::Random;
use crate::core::service::ticket::{Priority, Ticket, TicketChannel, TicketId, TicketKind};
use crate::core::sorting;
use crate::core::visit::{Money, Quantity, Visit, VisitId, VisitItem};
use chrono::{DateTime, Days, FixedOffset, NaiveDate, TimeDelta, TimeZone, Utc};
use rustc_hash::FxHashMap;

/// Two years, in days: how far back the history goes.
const HISTORY_DAYS: usize = 730;

pub struct Maker<'a> {
    pub random: Random,
    pub now: DateTime<Utc>,
    pub offset: FixedOffset,
    pub catalog: &'a Catalog,
}

impl Maker<'_> {
    fn pick<'b, T>(&mut self, from: &'b [T]) -> &'b T {
        &from[self.random.below(from.len())]
    }

    fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.offset).date_naive()
    }

    /// A moment in opening hours (9:00–18:00) `days_ago` days before today, never after now.
    fn open_time(&mut self, days_ago: usize) -> DateTime<Utc> {
        let day = self.today() - Days::new(days_ago as u64);
        let minute = 9 * 60 + self.random.below(9 * 60) as i64;
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        let at = self
            .offset
            .from_local_datetime(&midnight)
            .single()
            .map(|m| m.with_timezone(&Utc) + TimeDelta::minutes(minute))
            .unwrap_or(self.now);
        if at > self.now {
            at - TimeDelta::days(1)
        } else {
            at
        }
    }

    pub fn customers(&mut self, count: usize) -> Vec<Customer> {
        (0..count)
            .map(|n| {
                let created =
                    self.now - TimeDelta::days(self.random.below(HISTORY_DAYS + 30) as i64);
                let mut c =
                    Customer::new(CustomerId::from_random_bytes(self.random.bytes()), created);
                if self.random.chance(0.1) {
                    let (given, given_reading) = *self.pick(ENGLISH_GIVEN);
                    let (family, family_reading) = *self.pick(ENGLISH_FAMILY);
                    c.name = format!("{given} {family}");
                    c.reading = format!("{given_reading} {family_reading}");
                } else {
                    let (family, family_reading) = *self.pick(FAMILY);
                    let (given, given_reading) = *self.pick(GIVEN);
                    c.name = format!("{family} {given}");
                    c.reading = format!("{family_reading} {given_reading}");
                }
                c.phones = vec![format!("090-{:04}-{:04}", n / 10_000 % 10_000, n % 10_000)];
                if self.random.chance(0.6) {
                    c.email = format!("customer{n}@example.jp");
                }
                if self.random.chance(0.7) {
                    let year = 1950 + self.random.below(56) as i32;
                    let day = 1 + self.random.below(365) as u32;
                    c.birthday = NaiveDate::from_yo_opt(year, day);
                }
                c
            })
            .collect()
    }

    /// `count` visits, shared among the customers by how often each comes.
    pub fn visits(&mut self, customers: &[Customer], count: usize) -> Vec<Visit> {
        if customers.is_empty() || self.catalog.menus.is_empty() {
            return Vec::new();
        }
        // How often each comes, and the days (ago) of their first and last visit.
        let mut cumulative = Vec::with_capacity(customers.len());
        let mut spans = Vec::with_capacity(customers.len());
        let mut total = 0.0;
        for _ in customers {
            total += self.random.normal(0.9).exp();
            cumulative.push(total);
            let first = self.random.below(HISTORY_DAYS);
            let last = if self.random.chance(0.25) {
                self.random.below(first + 1)
            } else {
                0
            };
            spans.push((last, first));
        }
        let parts: FxHashMap<_, &ServicePart> =
            self.catalog.parts.iter().map(|p| (&p.id, p)).collect();
        let mut visits: Vec<Visit> = (0..count)
            .map(|_| {
                let target = self.random.unit() * total;
                let who = cumulative
                    .partition_point(|&c| c <= target)
                    .min(customers.len() - 1);
                let (last, first) = spans[who];
                let ago = last + self.random.below(first - last + 1);
                let at = self.open_time(ago);
                let menu = self.pick(&self.catalog.menus);
                let mut chosen: Vec<&ServicePart> = menu
                    .parts
                    .iter()
                    .filter_map(|id| parts.get(id).copied())
                    .collect();
                let mut price = menu
                    .price
                    .as_ref()
                    .map_or_else(|| chosen.iter().map(|p| p.price.amount).sum(), |m| m.amount);
                if self.random.chance(0.3) {
                    let extra = self.pick(&self.catalog.parts);
                    if !chosen.iter().any(|p| p.id == extra.id) {
                        price += extra.price.amount;
                        chosen.push(extra);
                    }
                }
                let short = self.random.chance(0.03);
                let items = chosen
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let booked = Quantity {
                            count: 1,
                            minutes: p.minutes,
                        };
                        let mut delivered = booked;
                        if short && i == 0 && p.minutes >= 30 {
                            delivered.minutes -= 15;
                        }
                        VisitItem {
                            name: p.name.clone(),
                            booked,
                            delivered,
                        }
                    })
                    .collect();
                let mut visit = Visit::new(
                    VisitId::from_random_bytes(self.random.bytes()),
                    customers[who].id.clone(),
                    at,
                    Money::yen(price),
                    at,
                );
                visit.items = items;
                visit
            })
            .collect();
        sorting::sort_by_key(&mut visits, |v| v.started_at);
        visits
    }

    /// Feedback on about `count` visits, received within two days of them.
    pub fn feedback(&mut self, visits: &[Visit], count: usize) -> Vec<Feedback> {
        let share = count as f64 / visits.len().max(1) as f64;
        let by_name: FxHashMap<&str, &ServicePart> = self
            .catalog
            .parts
            .iter()
            .map(|p| (p.name.as_str(), p))
            .collect();
        let mut out = Vec::new();
        for visit in visits {
            if out.len() >= count || !self.random.chance(share) {
                continue;
            }
            let at = visit.started_at + TimeDelta::minutes(60 + self.random.below(47 * 60) as i64);
            if at > self.now {
                continue;
            }
            let mut f = Feedback::new(
                FeedbackId::from_random_bytes(self.random.bytes()),
                visit.customer.clone(),
                at,
                *self.pick(&Channel::ALL),
                at,
            );
            let satisfaction = match self.random.unit() {
                u if u < 0.05 => 1,
                u if u < 0.12 => 2,
                u if u < 0.25 => 3,
                u if u < 0.6 => 4,
                _ => 5,
            };
            let recommend = (2.0 * f64::from(satisfaction) - 0.5 + self.random.normal(1.5)).round();
            f.visit = Some(visit.id.clone());
            f.satisfaction = Some(satisfaction);
            f.recommend = Some(recommend.clamp(0.0, 10.0) as u8);
            for item in &visit.items {
                let Some(part) = by_name.get(item.name.as_str()) else {
                    continue;
                };
                let thumb = match satisfaction {
                    4.. if self.random.chance(0.4) => Some(Thumb::Up),
                    ..=2 if self.random.chance(0.5) => Some(Thumb::Down),
                    _ if self.random.chance(0.1) => Some(*self.pick(&[Thumb::Up, Thumb::Down])),
                    _ => None,
                };
                f.parts.push(PartRating {
                    part: part.id.clone(),
                    thumb,
                });
            }
            out.push(f);
        }
        out
    }

    /// Tickets about visits of the last year, most answered within hours.
    pub fn tickets(&mut self, visits: &[Visit], count: usize) -> Vec<Ticket> {
        let recent = recent(visits, self.now);
        if recent.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(count);
        while out.len() < count {
            let visit = self.pick(recent);
            let received =
                visit.started_at + TimeDelta::minutes(120 + self.random.below(70 * 60) as i64);
            if received > self.now {
                continue;
            }
            let kind = match self.random.unit() {
                u if u < 0.4 => TicketKind::Inquiry,
                u if u < 0.65 => TicketKind::Request,
                u if u < 0.85 => TicketKind::Complaint,
                _ => TicketKind::Compliment,
            };
            let priority = if kind == TicketKind::Complaint && self.random.chance(0.3) {
                Priority::High
            } else {
                Priority::Normal
            };
            let channel = *self.pick(&TicketChannel::ALL);
            let description = describe(kind).to_string();
            let mut t = Ticket::new(
                TicketId::from_random_bytes(self.random.bytes()),
                visit.customer.clone(),
                kind,
                channel,
                priority,
                received,
                description,
                received,
            );
            t.visit = Some(visit.id.clone());
            let answered =
                received + TimeDelta::minutes((self.random.normal(1.2).exp() * 60.0) as i64 + 1);
            if answered <= self.now && self.random.chance(0.92) {
                let _ = t.respond(answered, channel, "ご連絡ありがとうございます。".into());
                let resolved = answered
                    + TimeDelta::minutes((self.random.normal(1.0).exp() * 240.0) as i64 + 1);
                if resolved <= self.now && self.random.chance(0.85) {
                    let _ = t.resolve(resolved, String::new());
                }
            }
            out.push(t);
        }
        out
    }

    /// Coupons issued after visits of the last year; about half used at a later visit.
    pub fn coupons(&mut self, visits: &[Visit], count: usize) -> Vec<Coupon> {
        let recent = recent(visits, self.now);
        if recent.is_empty() {
            return Vec::new();
        }
        let mut later: FxHashMap<&CustomerId, Vec<&Visit>> = FxHashMap::default();
        for v in visits {
            later.entry(&v.customer).or_default().push(v);
        }
        (0..count)
            .map(|_| {
                let visit = self.pick(recent);
                let issued = (visit.started_at + TimeDelta::hours(1)).min(self.now);
                let benefit = if self.random.chance(0.6) {
                    Benefit::Percent { percent: 10 }
                } else {
                    Benefit::Amount {
                        money: Money::yen(500),
                    }
                };
                let origin = match self.random.unit() {
                    u if u < 0.5 => Origin::Manual,
                    u if u < 0.7 => Origin::Vip,
                    _ => Origin::Remedy {
                        ticket: None,
                        visit: Some(visit.id.clone()),
                    },
                };
                let day = issued.with_timezone(&self.offset).date_naive();
                let expires = day + Days::new(30 * (1 + self.random.below(3) as u64));
                let mut coupon = Coupon::new(
                    CouponId::from_random_bytes(self.random.bytes()),
                    visit.customer.clone(),
                    benefit,
                    origin,
                    issued,
                    Some(expires),
                );
                let next = later.get(&visit.customer).and_then(|vs| {
                    vs.iter()
                        .find(|v| v.started_at > issued && v.day(self.offset) <= expires)
                });
                match next {
                    Some(v) if self.random.chance(0.55) => {
                        coupon.redemption = Some(Redemption {
                            visit: v.id.clone(),
                            at: v.started_at,
                        });
                        coupon.updated_at = v.started_at;
                    }
                    _ if self.random.chance(0.03) => {
                        let at = (issued + TimeDelta::days(2)).min(self.now);
                        coupon.voided_at = Some(at);
                        coupon.updated_at = at;
                    }
                    _ => {}
                }
                if coupon.updated_at > issued {
                    coupon.earlier_versions = vec![issued];
                }
                coupon
            })
            .collect()
    }
}

/// The visits of the last 365 days (visits are in time order).
fn recent(visits: &[Visit], now: DateTime<Utc>) -> &[Visit] {
    let start = visits.partition_point(|v| v.started_at < now - TimeDelta::days(365));
    &visits[start..]
}

fn describe(kind: TicketKind) -> &'static str {
    match kind {
        TicketKind::Inquiry => "次回の予約について質問があります。",
        TicketKind::Request => "次回は時間を少し長めにお願いしたいです。",
        TicketKind::Complaint => "予約の時間に遅れて始まりました。",
        TicketKind::Compliment => "とても丁寧で満足しました。",
    }
}
