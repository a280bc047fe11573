//! Which lines of a long list to draw. A list of 10,000 customers is drawn a screen or so at
//! a time: every line has the same height, the lines above and below the window are stood in
//! for by empty space of their height, and scrolling moves the window. The page then holds a
//! few dozen lines however long the list, so scrolling never waits on drawing.

use std::ops::Range;

/// Lines drawn beyond each edge of the screen, so a fast flick shows no gap.
pub const OVERSCAN: usize = 8;

/// Where a list stands on screen, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ListView {
    /// The list's top edge relative to the top of the screen (negative once scrolled past).
    pub top: f64,
    /// The screen's height.
    pub screen: f64,
    /// Every line's height (at least 1).
    pub line: f64,
    /// How many lines there are.
    pub lines: usize,
}

impl ListView {
    /// The lines to draw: every line any part of which is on screen, plus [`OVERSCAN`] on each
    /// side, within the list. Empty when the list is wholly off screen by more than that.
    pub fn window(&self) -> Range<usize> {
        let line = self.line.max(1.0);
        let first_seen = (-self.top / line).floor();
        let past_seen = ((self.screen - self.top) / line).ceil();
        let clamp = |x: f64| x.clamp(0.0, self.lines as f64) as usize;
        let start = clamp(first_seen - OVERSCAN as f64);
        let end = clamp(past_seen + OVERSCAN as f64);
        start..end.max(start)
    }

    /// The empty space standing for the lines above and below `window`.
    pub fn padding(&self, window: &Range<usize>) -> (f64, f64) {
        let line = self.line.max(1.0);
        let below = self.lines.saturating_sub(window.end);
        (window.start as f64 * line, below as f64 * line)
    }
}
