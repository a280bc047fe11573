//! Timing for the benchmarks, shared by the native and the browser runs.

/// The median of 9 timings of `f`, in milliseconds, by the clock `now_ms`.
pub fn median_ms(now_ms: &impl Fn() -> f64, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..9)
        .map(|_| {
            let start = now_ms();
            f();
            now_ms() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[4]
}
