//! The hair-salon sample: one cut, at most one colour, no perm with a full colour on the same
//! day, a head spa that comes with a shampoo, and three courses.

use super::{part, Both, GroupSpec, MenuSpec, PartSpec, Spec};
use crate::core::catalog::part::GroupRule;

const NEW_LOOK: Both = ("イメチェン", "new look");
const HAIR_CARE: Both = ("ヘアケア", "hair care");
const RELAX: Both = ("癒し", "relaxation");
const FAST: Both = ("時短", "short visit");
const GREY: Both = ("白髪対策", "grey coverage");
const SCALP: Both = ("頭皮ケア", "scalp care");
const CUTS: Both = ("カット", "Cuts");
const COLOUR: Both = ("カラー・パーマ", "Colour and perm");
const SPA: Both = ("ケア・スパ", "Care and spa");

pub(super) const SPEC: Spec = Spec {
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
