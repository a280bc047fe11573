//! Sizes for people: 512 B, 3.4 KB, 1.2 MB, 5.0 GB (powers of 1024, one decimal from KB on).

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
