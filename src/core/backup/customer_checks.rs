//! A customer from a file held to the rules the form enforces, plus bounds on its lists.

use super::read::{invalid, ReadError, ValueProblem, MAX_LIST_ITEMS, MAX_NOTES, NOTE_MAX_CHARS};
use crate::core::customer::{Customer, NUMBER_MAX_CHARS, REASON_MAX_CHARS};
use crate::core::draft::{CustomerDraft, Field, Problem};
use chrono::NaiveDate;

/// Holds a record from a file to the rules the form enforces, plus bounds on its lists.
pub(super) fn check_customer(
    customer: &Customer,
    path: &str,
    today: NaiveDate,
) -> Result<(), ReadError> {
    for (name, len) in [
        ("phones", customer.phones.len()),
        ("household", customer.household.len()),
        ("tags", customer.tags.len()),
    ] {
        if len > MAX_LIST_ITEMS {
            return invalid(
                format!("{path}.{name}"),
                ValueProblem::TooMany {
                    max: MAX_LIST_ITEMS,
                },
            );
        }
    }
    if customer.notes.len() > MAX_NOTES {
        return invalid(
            format!("{path}.notes"),
            ValueProblem::TooMany { max: MAX_NOTES },
        );
    }
    if let Some(i) = customer
        .notes
        .iter()
        .position(|n| n.text.chars().count() > NOTE_MAX_CHARS)
    {
        return invalid(
            format!("{path}.notes[{i}].text"),
            ValueProblem::Rule(Problem::TooLong {
                max: NOTE_MAX_CHARS,
            }),
        );
    }
    if customer.number.chars().count() > NUMBER_MAX_CHARS {
        return invalid(
            format!("{path}.number"),
            ValueProblem::Rule(Problem::TooLong {
                max: NUMBER_MAX_CHARS,
            }),
        );
    }
    if let Some(manual) = &customer.tier_override {
        let chars = manual.reason.trim().chars().count();
        if chars == 0 || chars > REASON_MAX_CHARS {
            let problem = if chars == 0 {
                Problem::Required
            } else {
                Problem::TooLong {
                    max: REASON_MAX_CHARS,
                }
            };
            return invalid(
                format!("{path}.tier_override.reason"),
                ValueProblem::Rule(problem),
            );
        }
    }
    let Err(errors) = CustomerDraft::from_customer(customer).validate(today) else {
        return Ok(());
    };
    let first = errors[0];
    let field = match first.field {
        Field::Name => "name".to_owned(),
        Field::Reading => "reading".to_owned(),
        Field::Phone(i) => format!("phones[{i}]"),
        Field::Email => "email".to_owned(),
        Field::PreferredChannel => "preferred_channel".to_owned(),
        Field::Birthday => "birthday".to_owned(),
        Field::Household(i) => format!("household[{i}]"),
        Field::Tags => "tags".to_owned(),
    };
    invalid(format!("{path}.{field}"), ValueProblem::Rule(first.problem))
}
