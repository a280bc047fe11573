//! Named timings of the app's heavy work (the customer analysis, loading the book), recorded
//! as the browser's own performance measures: they show in the developer tools' performance
//! panel, and the speed benchmarks read them with `performance.getEntriesByName`.

/// Runs `work` and records how long it took as the measure `tsunagu:{name}`.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let timer = Timer::start(name);
    let value = work();
    timer.stop();
    value
}

/// A timing started and stopped by hand, for work that spans awaits.
pub struct Timer {
    name: String,
}

impl Timer {
    pub fn start(name: &str) -> Self {
        let name = format!("tsunagu:{name}");
        if let Some(performance) = performance() {
            let _ = performance.mark(&format!("{name}:start"));
        }
        Self { name }
    }

    /// Records the time since [`Timer::start`] as the measure.
    pub fn stop(self) {
        if let Some(performance) = performance() {
            let start = format!("{}:start", self.name);
            let _ = performance.measure_with_start_mark(&self.name, &start);
            performance.clear_marks_with_mark_name(&start);
        }
    }
}

/// Records the moment `tsunagu:{name}` (something finished in the background).
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(&format!("tsunagu:{name}"));
    }
}

/// Milliseconds on the page's clock (for slicing work, not for the record).
pub fn now_ms() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}
