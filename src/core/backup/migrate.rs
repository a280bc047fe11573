//! Upgrading documents of earlier versions to the current one, one version at a time.
//!
//! `STEPS[n - 1]` turns a version-`n` document into version `n + 1`, so a file of any earlier
//! version passes through every later step. Version 1 is the first, so there is no step yet;
//! a fixture file of every version lives in tests/fixtures/ and must keep importing.

use super::CURRENT_VERSION;
use serde_json::Value;

type Step = fn(Value) -> Value;

const STEPS: &[Step] = &[];

const _: () = assert!(
    STEPS.len() as u64 + 1 == CURRENT_VERSION,
    "one step per version"
);

/// Brings `document`, of `version` (1 to [`CURRENT_VERSION`]), up to the current version.
pub fn migrate(document: Value, version: u64) -> Value {
    let first = usize::try_from(version.saturating_sub(1)).unwrap_or(usize::MAX);
    STEPS
        .get(first..)
        .unwrap_or_default()
        .iter()
        .fold(document, |document, step| step(document))
}
