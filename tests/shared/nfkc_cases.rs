//! What NFKC makes of text as owners type it: the native build (the `unicode-normalization`
//! crate) and the browser (`String.prototype.normalize`) must both give these.

/// (typed, in normal form).
pub const CASES: &[(&str, &str)] = &[
    ("６０分", "60分"),
    ("ﾔﾏﾀﾞ ﾊﾅｺ", "ヤマダ ハナコ"),
    ("ＡＢＣ－１２３", "ABC-123"),
    ("\u{3000}山田", " 山田"),
    ("か\u{3099}", "が"),
    ("ヿ", "コト"),
    ("゛", " \u{3099}"),
    ("㈱つなぐ", "(株)つなぐ"),
    ("①②Ⅲ", "12III"),
    ("Cafe\u{301}", "Café"),
    ("山田 花子", "山田 花子"),
    ("", ""),
];
