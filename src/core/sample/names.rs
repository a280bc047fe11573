//! Names to make sample customers from: common Japanese family and given names with their
//! readings, and a few English ones (with the katakana a Japanese owner would file them by).

/// (name, reading)
type Named = (&'static str, &'static str);

pub const FAMILY: &[Named] = &[
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
    ("吉田", "ヨシダ"),
    ("山田", "ヤマダ"),
    ("佐々木", "ササキ"),
    ("山口", "ヤマグチ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
    ("木村", "キムラ"),
    ("林", "ハヤシ"),
    ("斎藤", "サイトウ"),
    ("清水", "シミズ"),
];

pub const GIVEN: &[Named] = &[
    ("陽菜", "ヒナ"),
    ("結衣", "ユイ"),
    ("さくら", "サクラ"),
    ("美咲", "ミサキ"),
    ("葵", "アオイ"),
    ("花子", "ハナコ"),
    ("恵子", "ケイコ"),
    ("由美", "ユミ"),
    ("蓮", "レン"),
    ("大翔", "ヒロト"),
    ("悠真", "ユウマ"),
    ("翔太", "ショウタ"),
    ("健一", "ケンイチ"),
    ("誠", "マコト"),
    ("大輔", "ダイスケ"),
    ("直樹", "ナオキ"),
];

pub const ENGLISH_GIVEN: &[Named] = &[
    ("Emily", "エミリー"),
    ("James", "ジェームズ"),
    ("Olivia", "オリビア"),
    ("Liam", "リアム"),
    ("Sophie", "ソフィー"),
    ("Daniel", "ダニエル"),
];

pub const ENGLISH_FAMILY: &[Named] = &[
    ("Carter", "カーター"),
    ("Brown", "ブラウン"),
    ("Wilson", "ウィルソン"),
    ("Taylor", "テイラー"),
    ("Smith", "スミス"),
    ("Clark", "クラーク"),
];
