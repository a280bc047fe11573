//! Three catalogs to start from — a café's morning menu, a dog-walking service and a hair
//! salon — in Japanese and English. Each shows the ideas at work: choice groups (a drink with
//! every set, one walk length), requires (a refill needs a coffee), excludes (no perm with a
//! full colour on the same day) and set menus. The owner edits them into their own.

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

const COFFEE: Both = ("コーヒー", "coffee");
const QUICK: Both = ("手早く", "quick");
const FILLING: Both = ("おなかいっぱい", "filling");
const HEALTHY: Both = ("ヘルシー", "healthy");
const SWEET: Both = ("甘いもの", "sweet");
const UNHURRIED: Both = ("ゆっくり", "unhurried");
const DRINKS: Both = ("ドリンク", "Drinks");
const FOOD: Both = ("フード", "Food");
const EXTRAS: Both = ("追加", "Extras");

const CAFE: Spec = Spec {
    groups: &[
        GroupSpec {
            key: "drink",
            name: ("ドリンク（1つ）", "Drink (one)"),
            rule: GroupRule::ExactlyOne,
        },
        GroupSpec {
            key: "bread",
            name: ("パン（1つまで）", "Bread (one at most)"),
            rule: GroupRule::AtMostOne,
        },
    ],
    parts: &[
        part(
            "blend",
            ("ブレンドコーヒー", "House blend coffee"),
            DRINKS,
            (3, 60, 450),
            &[(COFFEE, 100), (QUICK, 50)],
            Some("drink"),
        ),
        part(
            "latte",
            ("カフェラテ", "Caffè latte"),
            DRINKS,
            (4, 90, 520),
            &[(COFFEE, 70), (SWEET, 20)],
            Some("drink"),
        ),
        part(
            "tea",
            ("紅茶", "Black tea"),
            DRINKS,
            (3, 50, 450),
            &[(UNHURRIED, 50)],
            Some("drink"),
        ),
        part(
            "juice",
            ("オレンジジュース", "Orange juice"),
            DRINKS,
            (2, 80, 480),
            &[(HEALTHY, 60), (SWEET, 30)],
            Some("drink"),
        ),
        part(
            "toast",
            ("厚切りトースト", "Thick toast"),
            FOOD,
            (5, 60, 100),
            &[(FILLING, 60)],
            Some("bread"),
        ),
        part(
            "sandwich",
            ("たまごサンド", "Egg sandwich"),
            FOOD,
            (7, 120, 380),
            &[(FILLING, 90)],
            Some("bread"),
        ),
        part(
            "granola",
            ("グラノーラヨーグルト", "Granola yoghurt"),
            FOOD,
            (3, 90, 350),
            &[(HEALTHY, 100)],
            None,
        ),
        part(
            "egg",
            ("ゆで卵", "Boiled egg"),
            FOOD,
            (1, 20, 50),
            &[(FILLING, 20)],
            None,
        ),
        part(
            "salad",
            ("ミニサラダ", "Small salad"),
            FOOD,
            (4, 80, 300),
            &[(HEALTHY, 80)],
            None,
        ),
        part(
            "softserve",
            ("ソフトクリーム", "Soft-serve ice cream"),
            EXTRAS,
            (2, 60, 200),
            &[(SWEET, 100)],
            None,
        ),
        PartSpec {
            requires: &["blend"],
            ..part(
                "refill",
                ("おかわりコーヒー", "Coffee refill"),
                EXTRAS,
                (1, 30, 150),
                &[(COFFEE, 60), (UNHURRIED, 50)],
                None,
            )
        },
        part(
            "takeout",
            ("テイクアウト包装", "Take-away packing"),
            EXTRAS,
            (2, 30, 0),
            &[(QUICK, 100)],
            None,
        ),
    ],
    menus: &[
        MenuSpec {
            name: ("モーニングA", "Morning set A"),
            parts: &["blend", "toast", "egg"],
            price: 500,
        },
        MenuSpec {
            name: ("モーニングB", "Morning set B"),
            parts: &["blend", "sandwich"],
            price: 700,
        },
        MenuSpec {
            name: ("モーニングC", "Morning set C"),
            parts: &["latte", "granola"],
            price: 750,
        },
        MenuSpec {
            name: ("モーニングD", "Morning set D"),
            parts: &["tea", "toast", "salad"],
            price: 800,
        },
    ],
};

const EXERCISE: Both = ("運動", "exercise");
const SOCIAL: Both = ("社交", "socialising");
const PEACE: Both = ("安心", "peace of mind");
const GROOMING: Both = ("身だしなみ", "grooming");
const TRAINING: Both = ("しつけ", "training");
const SENIOR: Both = ("シニアケア", "senior care");
const WALKS: Both = ("散歩", "Walks");
const CARE: Both = ("ケア", "Care");
const REPORTS: Both = ("連絡", "Updates");

const DOG_WALKING: Spec = Spec {
    groups: &[GroupSpec {
        key: "walk",
        name: ("散歩の長さ（1つ）", "Walk length (one)"),
        rule: GroupRule::ExactlyOne,
    }],
    parts: &[
        part(
            "walk30",
            ("30分散歩", "30-minute walk"),
            WALKS,
            (30, 300, 1500),
            &[(EXERCISE, 50)],
            Some("walk"),
        ),
        part(
            "walk60",
            ("60分散歩", "60-minute walk"),
            WALKS,
            (60, 600, 2800),
            &[(EXERCISE, 100)],
            Some("walk"),
        ),
        part(
            "walk90",
            ("90分散歩", "90-minute walk"),
            WALKS,
            (90, 900, 3900),
            &[(EXERCISE, 100), (SOCIAL, 30)],
            Some("walk"),
        ),
        part(
            "slow",
            ("シニア向けゆっくり散歩40分", "Gentle senior walk, 40 min"),
            WALKS,
            (40, 400, 2000),
            &[(SENIOR, 100), (EXERCISE, 30)],
            Some("walk"),
        ),
        PartSpec {
            excludes: &["slow"],
            ..part(
                "park",
                ("ドッグランで遊ぶ", "Dog-park play"),
                WALKS,
                (20, 100, 800),
                &[(SOCIAL, 100), (EXERCISE, 40)],
                None,
            )
        },
        part(
            "photos",
            ("写真つき報告", "Photo report"),
            REPORTS,
            (5, 0, 300),
            &[(PEACE, 100)],
            None,
        ),
        part(
            "paws",
            ("足洗い・ブラッシング", "Paw wash and brushing"),
            CARE,
            (15, 100, 700),
            &[(GROOMING, 80)],
            None,
        ),
        part(
            "training",
            ("しつけトレーニング", "Basic training"),
            CARE,
            (20, 0, 1200),
            &[(TRAINING, 100)],
            None,
        ),
        part(
            "feeding",
            ("ごはん・お水", "Feeding and water"),
            CARE,
            (10, 50, 400),
            &[(PEACE, 50), (SENIOR, 30)],
            None,
        ),
        part(
            "pickup",
            ("送迎", "Pick-up and drop-off"),
            REPORTS,
            (15, 200, 500),
            &[(PEACE, 40)],
            None,
        ),
    ],
    menus: &[
        MenuSpec {
            name: ("スタンダード", "Standard"),
            parts: &["walk60", "photos"],
            price: 3000,
        },
        MenuSpec {
            name: ("ライト", "Light"),
            parts: &["walk30", "photos"],
            price: 1700,
        },
        MenuSpec {
            name: ("アクティブ", "Active"),
            parts: &["walk90", "park", "photos"],
            price: 4800,
        },
    ],
};

const NEW_LOOK: Both = ("イメチェン", "new look");
const HAIR_CARE: Both = ("ヘアケア", "hair care");
const RELAX: Both = ("癒し", "relaxation");
const FAST: Both = ("時短", "short visit");
const GREY: Both = ("白髪対策", "grey coverage");
const SCALP: Both = ("頭皮ケア", "scalp care");
const CUTS: Both = ("カット", "Cuts");
const COLOUR: Both = ("カラー・パーマ", "Colour and perm");
const SPA: Both = ("ケア・スパ", "Care and spa");

const SALON: Spec = Spec {
    groups: &[
        GroupSpec {
            key: "cut",
            name: ("カット（1つ）", "Cut (one)"),
            rule: GroupRule::ExactlyOne,
        },
        GroupSpec {
            key: "colour",
            name: ("カラー（1つまで）", "Colour (one at most)"),
            rule: GroupRule::AtMostOne,
        },
    ],
    parts: &[
        part(
            "cut",
            ("カット", "Cut"),
            CUTS,
            (45, 500, 4500),
            &[(NEW_LOOK, 50)],
            Some("cut"),
        ),
        part(
            "quickcut",
            ("クイックカット", "Quick cut"),
            CUTS,
            (20, 300, 3000),
            &[(FAST, 100)],
            Some("cut"),
        ),
        part(
            "colour",
            ("フルカラー", "Full colour"),
            COLOUR,
            (60, 1500, 6000),
            &[(NEW_LOOK, 80), (GREY, 60)],
            Some("colour"),
        ),
        part(
            "touchup",
            ("白髪染め（リタッチ）", "Grey touch-up"),
            COLOUR,
            (40, 1000, 4000),
            &[(GREY, 100), (FAST, 30)],
            Some("colour"),
        ),
        PartSpec {
            excludes: &["colour"],
            ..part(
                "perm",
                ("パーマ", "Perm"),
                COLOUR,
                (90, 2000, 8000),
                &[(NEW_LOOK, 100)],
                None,
            )
        },
        part(
            "treatment",
            ("トリートメント", "Treatment"),
            SPA,
            (20, 600, 2500),
            &[(HAIR_CARE, 100)],
            None,
        ),
        part(
            "shampoo",
            ("シャンプー", "Shampoo"),
            SPA,
            (10, 100, 0),
            &[(RELAX, 30)],
            None,
        ),
        PartSpec {
            requires: &["shampoo"],
            ..part(
                "headspa",
                ("ヘッドスパ", "Head spa"),
                SPA,
                (30, 500, 3500),
                &[(RELAX, 100), (SCALP, 80)],
                None,
            )
        },
        part(
            "blow",
            ("ブロー・スタイリング", "Blow-dry and styling"),
            CUTS,
            (15, 100, 1000),
            &[(NEW_LOOK, 40)],
            None,
        ),
        part(
            "massage",
            ("肩マッサージ", "Shoulder massage"),
            SPA,
            (10, 0, 800),
            &[(RELAX, 70)],
            None,
        ),
    ],
    menus: &[
        MenuSpec {
            name: ("カットコース", "Cut course"),
            parts: &["cut", "shampoo", "blow"],
            price: 5000,
        },
        MenuSpec {
            name: ("カット＋カラー", "Cut and colour"),
            parts: &["cut", "shampoo", "colour"],
            price: 10000,
        },
        MenuSpec {
            name: ("ケアコース", "Care course"),
            parts: &["cut", "shampoo", "treatment", "headspa"],
            price: 9500,
        },
    ],
};

fn spec(sample: Sample) -> &'static Spec {
    match sample {
        Sample::Cafe => &CAFE,
        Sample::DogWalking => &DOG_WALKING,
        Sample::Salon => &SALON,
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
            id: id.clone(),
            name: text(p.name),
            category: text(p.category),
            minutes: p.minutes,
            cost: Money::yen(p.cost),
            price: Money::yen(p.price),
            needs: p
                .needs
                .iter()
                .map(|&(need, strength)| NeedServed {
                    need: text(need),
                    strength,
                })
                .collect(),
            group: p.group.map(group_id),
            requires: p.requires.iter().map(|k| part_id(k)).collect(),
            excludes: p.excludes.iter().map(|k| part_id(k)).collect(),
            created_at: now,
            updated_at: now,
            earlier_versions: Vec::new(),
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
