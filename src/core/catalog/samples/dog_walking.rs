//! The dog-walking sample: one walk length per visit, extras for care and peace of mind, a
//! dog park that does not suit the gentle senior walk, and three plans.

use super::{part, Both, GroupSpec, MenuSpec, PartSpec, Spec};
use crate::core::catalog::part::GroupRule;

const EXERCISE: Both = ("運動", "exercise");
const SOCIAL: Both = ("社交", "socialising");
const PEACE: Both = ("安心", "peace of mind");
const GROOMING: Both = ("身だしなみ", "grooming");
const TRAINING: Both = ("しつけ", "training");
const SENIOR: Both = ("シニアケア", "senior care");
const WALKS: Both = ("散歩", "Walks");
const CARE: Both = ("ケア", "Care");
const REPORTS: Both = ("連絡", "Updates");

pub(super) const SPEC: Spec = Spec {
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
