//! The window of a long list: the lines on screen plus a margin, never beyond the list, with
//! space standing for the rest so the list keeps its whole height.

use proptest::prelude::*;
use tsunagu::core::list_window::{ListView, OVERSCAN};

fn check(top: f64, screen: f64, line: f64, lines: usize, expected: std::ops::Range<usize>) {
    let view = ListView {
        top,
        screen,
        line,
        lines,
    };
    assert_eq!(view.window(), expected, "{view:?}");
}

#[test]
fn the_window_follows_the_scroll() {
    // At the top of a page whose list starts 200 px down, 800 px screen, 72 px lines:
    // lines 0..9 are on screen (the 9th only partly), plus the margin below.
    check(200.0, 800.0, 72.0, 10_000, 0..9 + OVERSCAN);
    // Scrolled so line 100 starts exactly at the top of the screen.
    check(-7200.0, 800.0, 72.0, 10_000, 100 - OVERSCAN..112 + OVERSCAN);
    // At the very end: the window stops at the last line.
    check(-719_500.0, 800.0, 72.0, 10_000, 9993 - OVERSCAN..10_000);
    // A short list is drawn whole.
    check(100.0, 800.0, 72.0, 3, 0..3);
    // An empty list draws nothing.
    check(100.0, 800.0, 72.0, 0, 0..0);
    // A list far below the screen draws nothing yet, nor one scrolled far past.
    check(5000.0, 800.0, 72.0, 100, 0..0);
    check(-100_000.0, 800.0, 72.0, 100, 100..100);
}

#[test]
fn the_space_keeps_the_list_its_whole_height() {
    let view = ListView {
        top: -7200.0,
        screen: 800.0,
        line: 72.0,
        lines: 10_000,
    };
    let window = view.window();
    let (above, below) = view.padding(&window);
    assert_eq!(above, window.start as f64 * 72.0);
    assert_eq!(above + below + window.len() as f64 * 72.0, 10_000.0 * 72.0);
}

proptest! {
    /// Every line any part of which is on screen is drawn, and never more than a screen and
    /// the margins.
    #[test]
    fn every_line_on_screen_is_drawn(
        top in -1_000_000.0f64..2_000.0,
        screen in 100.0f64..3_000.0,
        line in 20.0f64..200.0,
        lines in 0usize..20_000,
    ) {
        let view = ListView { top, screen, line, lines };
        let window = view.window();
        prop_assert!(window.start <= window.end && window.end <= lines);
        for i in 0..lines {
            let (line_top, line_bottom) = (top + i as f64 * line, top + (i + 1) as f64 * line);
            if line_bottom > 0.0 && line_top < screen {
                prop_assert!(window.contains(&i), "line {} on screen but not in {:?}", i, window);
            }
        }
        prop_assert!(window.len() as f64 <= screen / line + 2.0 + 2.0 * OVERSCAN as f64);
    }
}
