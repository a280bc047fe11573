//! The service catalog: the parts the service is made of, the choice groups that tie some of
//! them together, and the set menus sold as bundles. Parts are the unit everything else works
//! in: offers choose parts, visits deliver them, feedback rates them.

pub mod edit;
pub mod menu;
pub mod part;
pub mod samples;

use crate::core::needs::{Needs, Preference};
use crate::core::record::Versioned;
use crate::core::sorting;
use chrono::{DateTime, Utc};
use menu::SetMenu;
use part::{GroupId, PartGroup, PartId, ServicePart};

/// The live catalog, as the engines read it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    pub parts: Vec<ServicePart>,
    pub groups: Vec<PartGroup>,
    pub menus: Vec<SetMenu>,
}

impl Catalog {
    pub fn part(&self, id: &PartId) -> Option<&ServicePart> {
        self.parts.iter().find(|p| &p.id == id)
    }

    pub fn group(&self, id: &GroupId) -> Option<&PartGroup> {
        self.groups.iter().find(|g| &g.id == id)
    }

    /// How much `needs` predicts the customer likes `part`, in points (see
    /// [`Preference::points`]).
    pub fn score(part: &ServicePart, needs: &Needs) -> i64 {
        part.needs
            .iter()
            .map(|n| i64::from(n.strength) * needs.preference(&n.need).points())
            .sum()
    }

    /// The parts and menus that name part `id`, each without it and as a new version made at
    /// `now`: what deleting the part changes besides.
    pub fn without_part(
        &self,
        id: &PartId,
        now: DateTime<Utc>,
    ) -> (Vec<ServicePart>, Vec<SetMenu>) {
        let parts = self
            .parts
            .iter()
            .filter(|p| p.requires.contains(id) || p.excludes.contains(id))
            .map(|p| {
                let mut p = p.clone();
                p.requires.retain(|r| r != id);
                p.excludes.retain(|x| x != id);
                p.touch(now);
                p
            })
            .collect();
        let menus = self
            .menus
            .iter()
            .filter(|m| m.parts.contains(id))
            .map(|m| {
                let mut m = m.clone();
                m.parts.retain(|p| p != id);
                m.touch(now);
                m
            })
            .collect();
        (parts, menus)
    }

    /// The parts of group `id`, each without a group, as new versions made at `now`.
    pub fn without_group(&self, id: &GroupId, now: DateTime<Utc>) -> Vec<ServicePart> {
        self.parts
            .iter()
            .filter(|p| p.group.as_ref() == Some(id))
            .map(|p| {
                let mut p = p.clone();
                p.group = None;
                p.touch(now);
                p
            })
            .collect()
    }

    /// Every need tag used by a part, sorted and without repeats.
    pub fn need_tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .parts
            .iter()
            .flat_map(|p| p.needs.iter().map(|n| n.need.clone()))
            .collect();
        sorting::sort(&mut tags);
        tags.dedup();
        tags
    }

    /// Whether `needs` rules `part` out: named as never, or serving a need marked never.
    pub fn never_for(part: &ServicePart, needs: &Needs) -> Option<Never> {
        if needs.never.contains(&part.id) {
            return Some(Never::Part);
        }
        part.needs
            .iter()
            .find(|n| n.strength > 0 && needs.preference(&n.need) == Preference::Never)
            .map(|n| Never::Need(n.need.clone()))
    }
}

/// Why a part is ruled out for a customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Never {
    /// The customer never wants this part.
    Part,
    /// The part serves a need the customer never wants.
    Need(String),
}
