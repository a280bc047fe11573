//! The café sample: a morning menu of drinks, food and extras, one drink with every order,
//! a refill that needs a coffee, and the morning sets A–D.

use super::{part, Both, GroupSpec, MenuSpec, PartSpec, Spec};
use crate::core::catalog::part::GroupRule;

const COFFEE: Both = ("コーヒー", "coffee");
const QUICK: Both = ("手早く", "quick");
const FILLING: Both = ("おなかいっぱい", "filling");
const HEALTHY: Both = ("ヘルシー", "healthy");
const SWEET: Both = ("甘いもの", "sweet");
const UNHURRIED: Both = ("ゆっくり", "unhurried");
const DRINKS: Both = ("ドリンク", "Drinks");
const FOOD: Both = ("フード", "Food");
const EXTRAS: Both = ("追加", "Extras");

pub(super) const SPEC: Spec = Spec {
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
