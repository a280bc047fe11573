//! Timing for the benchmarks, shared by the native and the browser runs.

/// The median of 9 timings of `f`, in milliseconds, by the clock `now_ms`.
pub fn median_ms(now_ms: &impl Fn() -> f64, f: impl FnMut()) -> f64 {
    median_after_ms(now_ms, || {}, f)
}

/// The same, with `setup` run untimed before each timing of `f`.
pub fn median_after_ms(
    now_ms: &impl Fn() -> f64,
    mut setup: impl FnMut(),
    mut f: impl FnMut(),
) -> f64 {
    let mut times: Vec<f64> = (0..9)
        .map(|_| {
            setup();
            let start = now_ms();
            f();
            now_ms() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[4]
}
