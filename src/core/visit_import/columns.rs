//! Which column of a visit file holds what: guessed from the header (Japanese or English),
//! changeable by the owner.

use crate::core::i18n::{BookKey, Lang};
use crate::core::text::fold;

/// What a column of a visit file is read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VisitColumn {
    Ignore,
    /// The customer's number in the system the file comes from.
    Number,
    Email,
    Phone,
    /// Used only to name customers the import creates.
    Name,
    Date,
    Amount,
    Item,
    Quantity,
}

impl VisitColumn {
    pub const ALL: [VisitColumn; 9] = [
        Self::Ignore,
        Self::Number,
        Self::Email,
        Self::Phone,
        Self::Name,
        Self::Date,
        Self::Amount,
        Self::Item,
        Self::Quantity,
    ];

    /// The columns that say whose visit a row is; a file needs at least one.
    pub const KEYS: [VisitColumn; 3] = [Self::Number, Self::Email, Self::Phone];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ignore => "ignore",
            Self::Number => "number",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Name => "name",
            Self::Date => "date",
            Self::Amount => "amount",
            Self::Item => "item",
            Self::Quantity => "quantity",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        lang.text(match self {
            Self::Ignore => BookKey::ColumnIgnore,
            Self::Number => BookKey::ColumnNumber,
            Self::Email => BookKey::FieldEmail,
            Self::Phone => BookKey::ColumnPhone,
            Self::Name => BookKey::FieldName,
            Self::Date => BookKey::ColumnDate,
            Self::Amount => BookKey::VisitAmount,
            Self::Item => BookKey::ColumnItem,
            Self::Quantity => BookKey::ColumnQuantity,
        })
    }
}

/// Header words for each column, Japanese and English (compared folded).
const SYNONYMS: [(VisitColumn, &[&str]); 8] = [
    (
        VisitColumn::Number,
        &[
            "customer_id",
            "customerid",
            "customer id",
            "customer number",
            "customer no",
            "customer",
            "member",
            "member id",
            "member number",
            "id",
            "no",
            "number",
            "会員番号",
            "顧客番号",
            "顧客ID",
            "顧客コード",
            "お客様番号",
            "会員ID",
            "カード番号",
        ],
    ),
    (
        VisitColumn::Email,
        &[
            "email",
            "e-mail",
            "mail",
            "email address",
            "メール",
            "メールアドレス",
        ],
    ),
    (
        VisitColumn::Phone,
        &[
            "phone",
            "tel",
            "telephone",
            "mobile",
            "電話",
            "電話番号",
            "携帯",
            "携帯番号",
        ],
    ),
    (
        VisitColumn::Name,
        &["name", "customer name", "氏名", "名前", "お名前", "顧客名"],
    ),
    (
        VisitColumn::Date,
        &[
            "date",
            "day",
            "visit date",
            "purchase date",
            "order date",
            "日付",
            "来店日",
            "購入日",
            "利用日",
            "日時",
            "来店日時",
        ],
    ),
    (
        VisitColumn::Amount,
        &[
            "amount",
            "total",
            "price",
            "spent",
            "sales",
            "paid",
            "dollar_value",
            "金額",
            "売上",
            "合計",
            "支払",
            "支払額",
            "お会計",
            "税込金額",
            "利用金額",
        ],
    ),
    (
        VisitColumn::Item,
        &[
            "item",
            "product",
            "service",
            "menu",
            "品目",
            "商品",
            "メニュー",
            "サービス",
            "内容",
        ],
    ),
    (
        VisitColumn::Quantity,
        &[
            "quantity",
            "qty",
            "count",
            "number_of_cds",
            "数量",
            "個数",
            "点数",
        ],
    ),
];

/// A guess for every header; each kind of column is guessed at most once (the first wins).
pub fn guess_columns(headers: &[String]) -> Vec<VisitColumn> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|header| {
            let folded = fold(header);
            let guess = SYNONYMS
                .iter()
                .find(|(column, words)| {
                    !taken.contains(column) && words.iter().any(|w| fold(w) == folded)
                })
                .map_or(VisitColumn::Ignore, |(column, _)| *column);
            if guess != VisitColumn::Ignore {
                taken.push(guess);
            }
            guess
        })
        .collect()
}

/// The columns a file still needs: a date, an amount and at least one customer key.
pub fn missing(columns: &[VisitColumn]) -> Vec<BookKey> {
    let mut missing = Vec::new();
    if !VisitColumn::KEYS.iter().any(|k| columns.contains(k)) {
        missing.push(BookKey::VisitImportNeedKey);
    }
    if !columns.contains(&VisitColumn::Date) {
        missing.push(BookKey::VisitImportNeedDate);
    }
    if !columns.contains(&VisitColumn::Amount) {
        missing.push(BookKey::VisitImportNeedAmount);
    }
    missing
}
