//! Three catalogs to start from — a café's morning menu, a dog-walking service and a hair
//! salon — in Japanese and English. Each shows the ideas at work: choice groups (a drink with
//! every set, one walk length), requires (a refill needs a coffee), excludes (no perm with a
//! full colour on the same day) and set menus. The owner edits them into their own.

mod cafe;
mod dog_walking;
mod salon;

use super::menu::SetMenu;
use super::part::{GroupId, GroupRule, NeedServed, PartGroup, PartId, ServicePart};
use super::Catalog;
use crate::core::i18n::Lang;
use crate::core::visit::Money;
use chrono::{DateTime, Utc};

/// Which sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sample {
    Cafe,
    DogWalking,
    Salon,
}

impl Sample {
    pub const ALL: [Sample; 3] = [Self::Cafe, Self::DogWalking, Self::Salon];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cafe => "cafe",
            Self::DogWalking => "dog_walking",
            Self::Salon => "salon",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// Text in both languages: (Japanese, English).
type Both = (&'static str, &'static str);

struct GroupSpec {
    key: &'static str,
    name: Both,
    rule: GroupRule,
}

struct PartSpec {
    key: &'static str,
    name: Both,
    category: Both,
    minutes: u32,
    cost: i64,
    price: i64,
    needs: &'static [(Both, u8)],
    group: Option<&'static str>,
    requires: &'static [&'static str],
    excludes: &'static [&'static str],
}

struct MenuSpec {
    name: Both,
    parts: &'static [&'static str],
    price: i64,
}

struct Spec {
    groups: &'static [GroupSpec],
    parts: &'static [PartSpec],
    menus: &'static [MenuSpec],
}

const fn part(
    key: &'static str,
    name: Both,
    category: Both,
    (minutes, cost, price): (u32, i64, i64),
    needs: &'static [(Both, u8)],
    group: Option<&'static str>,
) -> PartSpec {
    PartSpec {
        key,
        name,
        category,
        minutes,
        cost,
        price,
        needs,
        group,
        requires: &[],
        excludes: &[],
    }
}

fn spec(sample: Sample) -> &'static Spec {
    match sample {
        Sample::Cafe => &cafe::SPEC,
        Sample::DogWalking => &dog_walking::SPEC,
        Sample::Salon => &salon::SPEC,
    }
}

/// The sample catalog `sample` in `lang`, its records created at `now`, with ids made from
/// `random` (16 fresh random bytes per call).
pub fn sample_catalog(
    sample: Sample,
    lang: Lang,
    now: DateTime<Utc>,
    mut random: impl FnMut() -> [u8; 16],
) -> Catalog {
    let spec = spec(sample);
    let text = |both: Both| match lang {
        Lang::Ja => both.0.to_owned(),
        Lang::En => both.1.to_owned(),
    };
    let groups: Vec<PartGroup> = spec
        .groups
        .iter()
        .map(|g| PartGroup {
            id: GroupId::from_random_bytes(random()),
            name: text(g.name),
            rule: g.rule,
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        })
        .collect();
    let part_ids: Vec<PartId> = spec
        .parts
        .iter()
        .map(|_| PartId::from_random_bytes(random()))
        .collect();
    let part_id = |key: &str| {
        let at = spec.parts.iter().position(|p| p.key == key);
        part_ids[at.expect("sample keys refer to sample parts")].clone()
    };
    let group_id = |key: &str| {
        let at = spec.groups.iter().position(|g| g.key == key);
        groups[at.expect("sample keys refer to sample groups")]
            .id
            .clone()
    };
    let parts = spec
        .parts
        .iter()
        .zip(&part_ids)
        .map(|(p, id)| ServicePart {
            category: text(p.category),
            cost: Money::yen(p.cost),
            needs: p
                .needs
                .iter()
                .map(|&(need, strength)| NeedServed::new(text(need), strength))
                .collect(),
            group: p.group.map(group_id),
            requires: p.requires.iter().map(|k| part_id(k)).collect(),
            excludes: p.excludes.iter().map(|k| part_id(k)).collect(),
            ..ServicePart::new(
                id.clone(),
                text(p.name),
                p.minutes,
                Money::yen(p.price),
                now,
            )
        })
        .collect();
    let menus = spec
        .menus
        .iter()
        .map(|m| SetMenu {
            id: super::menu::MenuId::from_random_bytes(random()),
            name: text(m.name),
            parts: m.parts.iter().map(|k| part_id(k)).collect(),
            price: Some(Money::yen(m.price)),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
        })
        .collect();
    Catalog {
        parts,
        groups,
        menus,
    }
}
