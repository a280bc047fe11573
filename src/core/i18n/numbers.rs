//! Numbers for people: sizes (512 B, 3.4 KB, 1.2 MB — powers of 1024, one decimal from KB on)
//! and money (3,000円 in Japanese, ¥3,000 in English).

pub fn format_bytes(bytes: f64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024.0 {
        return format!("{} B", bytes.max(0.0).round());
    }
    let mut value = bytes / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// An amount in a currency's minor units, the way the language writes it. Yen have no minor
/// unit; other currencies are shown with two decimals and their code.
pub fn format_money(amount: i64, currency: &str, lang: super::Lang) -> String {
    if currency != "JPY" {
        return format!(
            "{}.{:02} {currency}",
            group(amount / 100),
            (amount % 100).abs()
        );
    }
    match lang {
        super::Lang::Ja => format!("{}円", group(amount)),
        super::Lang::En => format!("¥{}", group(amount)),
    }
}

/// Digits in groups of three: 1234567 → "1,234,567".
pub fn group(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}
