//! Carrying the owner's unsaved form input over to a version of the record saved meanwhile
//! elsewhere (another tab): a three-way merge of form contents.

use super::CustomerDraft;

/// The result of carrying the owner's unsaved edits over to a record changed elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rebased {
    /// The newer record with the owner's edits applied to it.
    pub draft: CustomerDraft,
    /// Fields that both the owner and the other change set, differently; the owner's value
    /// was kept, and these are worth a second look.
    pub contested: Vec<&'static str>,
}

impl CustomerDraft {
    /// A three-way merge of form contents: `self` is what the owner typed, `base` the form as
    /// it started, `latest` the record as it now is. Fields the owner did not touch take the
    /// latest value; fields the owner changed keep the owner's value.
    pub fn rebase(&self, base: &CustomerDraft, latest: &CustomerDraft) -> Rebased {
        let mut contested = Vec::new();
        let mut pick = |name: &'static str, typed: &String, base: &String, latest: &String| {
            pick_field(name, typed, base, latest, &mut contested)
        };
        let name = pick("name", &self.name, &base.name, &latest.name);
        let reading = pick("reading", &self.reading, &base.reading, &latest.reading);
        let email = pick("email", &self.email, &base.email, &latest.email);
        let preferred_channel = pick(
            "preferred_channel",
            &self.preferred_channel,
            &base.preferred_channel,
            &latest.preferred_channel,
        );
        let birthday = pick("birthday", &self.birthday, &base.birthday, &latest.birthday);
        let tags = pick("tags", &self.tags, &base.tags, &latest.tags);
        let phones = pick_field(
            "phones",
            &self.phones,
            &base.phones,
            &latest.phones,
            &mut contested,
        );
        let household = pick_field(
            "household",
            &self.household,
            &base.household,
            &latest.household,
            &mut contested,
        );
        Rebased {
            draft: CustomerDraft {
                name,
                reading,
                phones,
                email,
                preferred_channel,
                birthday,
                household,
                tags,
            },
            contested,
        }
    }
}

fn pick_field<T: Clone + PartialEq>(
    name: &'static str,
    typed: &T,
    base: &T,
    latest: &T,
    contested: &mut Vec<&'static str>,
) -> T {
    if typed == base {
        latest.clone()
    } else {
        if latest != base && latest != typed {
            contested.push(name);
        }
        typed.clone()
    }
}
