//! Offers and obstacles in plain words, in the owner's language: what the customer page, the
//! proposal sheet and its shared text say. Kept in core so the words are tested with the
//! engine that produces them.

use super::offer::{Fit, Obstacle, Offer, Reason, Why};
use crate::core::catalog::Catalog;
use crate::core::catalog::Never;
use crate::core::i18n::{format_money, Lang, ServiceKey};
use crate::core::needs::Preference;
use crate::core::visit::DEFAULT_CURRENCY;

/// The word for a feeling.
pub fn preference_label(preference: Preference) -> ServiceKey {
    match preference {
        Preference::Love => ServiceKey::PrefLove,
        Preference::Like => ServiceKey::PrefLike,
        Preference::Neutral => ServiceKey::PrefNeutral,
        Preference::Dislike => ServiceKey::PrefDislike,
        Preference::Never => ServiceKey::PrefNever,
    }
}

/// An amount in the catalog's currency.
pub fn money(amount: i64, lang: Lang) -> String {
    format_money(amount, DEFAULT_CURRENCY, lang)
}

/// "long walk (Love), socialising (Like)".
fn fits_text(fits: &[Fit], lang: Lang) -> String {
    let separator = match lang {
        Lang::Ja => "、",
        Lang::En => ", ",
    };
    fits.iter()
        .map(|fit| {
            lang.format(
                ServiceKey::FitLine,
                &[
                    ("need", &fit.need),
                    ("feeling", lang.text(preference_label(fit.preference))),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(separator)
}

fn part_name(catalog: &Catalog, id: &crate::core::catalog::part::PartId) -> String {
    catalog
        .part(id)
        .map(|p| format!("“{}”", p.name))
        .unwrap_or_default()
}

/// Why a part is in an offer, in one line.
pub fn reason_text(catalog: &Catalog, reason: &Reason, lang: Lang) -> String {
    let main = match &reason.why {
        Why::MustHave => lang.text(ServiceKey::WhyMustHave).to_owned(),
        Why::RequiredBy(other) => lang.format(
            ServiceKey::WhyRequiredBy,
            &[("part", &part_name(catalog, other))],
        ),
        Why::OneOfGroup(group) => {
            let name = catalog.group(group).map(|g| format!("“{}”", g.name));
            lang.format(
                ServiceKey::WhyOneOfGroup,
                &[("group", &name.unwrap_or_default())],
            )
        }
        Why::Liked if reason.fits.is_empty() => lang.text(ServiceKey::WhyPlain).to_owned(),
        Why::Liked => {
            return lang.format(
                ServiceKey::WhyLiked,
                &[("fits", &fits_text(&reason.fits, lang))],
            )
        }
    };
    if reason.fits.is_empty() {
        main
    } else {
        let fits = lang.format(
            ServiceKey::WhyLiked,
            &[("fits", &fits_text(&reason.fits, lang))],
        );
        format!("{main} · {fits}")
    }
}

/// What stands in the way of any offer, in one sentence.
pub fn obstacle_text(catalog: &Catalog, obstacle: &Obstacle, lang: Lang) -> String {
    let name = |id| part_name(catalog, id);
    match obstacle {
        Obstacle::MustHaveNever { part, never } => {
            let mut text = lang.format(ServiceKey::ObstacleMustHaveNever, &[("part", &name(part))]);
            if let Never::Need(need) = never {
                text.push_str(&format!(" ({need}: {})", lang.text(ServiceKey::PrefNever)));
            }
            text
        }
        Obstacle::RequiresRuledOut { part, required } => lang.format(
            ServiceKey::ObstacleRequiresRuledOut,
            &[("part", &name(part)), ("other", &name(required))],
        ),
        Obstacle::Clash { a, b } => lang.format(
            ServiceKey::ObstacleClash,
            &[("part", &name(a)), ("other", &name(b))],
        ),
        Obstacle::OverBudget { price, budget } => lang.format(
            ServiceKey::ObstacleOverBudget,
            &[
                ("price", &money(*price, lang)),
                ("budget", &money(*budget, lang)),
            ],
        ),
        Obstacle::OverTime { minutes, available } => lang.format(
            ServiceKey::ObstacleOverTime,
            &[
                ("minutes", &minutes.to_string()),
                ("available", &available.to_string()),
            ],
        ),
        Obstacle::GroupRuledOut { group } => {
            let group = catalog.group(group).map(|g| format!("“{}”", g.name));
            lang.format(
                ServiceKey::ObstacleGroupRuledOut,
                &[("group", &group.unwrap_or_default())],
            )
        }
        Obstacle::Cheapest { price, minutes } => lang.format(
            ServiceKey::ObstacleCheapest,
            &[
                ("price", &money(*price, lang)),
                ("minutes", &minutes.to_string()),
            ],
        ),
        Obstacle::NoCombination => lang.text(ServiceKey::ObstacleNoCombination).to_owned(),
    }
}

/// "¥1,200 · 45 min".
pub fn totals_text(offer: &Offer, lang: Lang) -> String {
    lang.format(
        ServiceKey::OfferTotals,
        &[
            ("price", &money(offer.price, lang)),
            ("minutes", &offer.minutes.to_string()),
        ],
    )
}

/// The proposal as plain text, for sharing or copying: the best offer with its reasons, then
/// the other options in one line each.
pub fn proposal_text(catalog: &Catalog, name: &str, offers: &[Offer], lang: Lang) -> String {
    let mut lines = vec![
        lang.format(ServiceKey::ProposalFor, &[("name", name)]),
        lang.text(ServiceKey::ProposalIntro).to_owned(),
        String::new(),
    ];
    let part_line = |reason: &Reason| {
        let name = catalog
            .part(&reason.part)
            .map(|p| p.name.as_str())
            .unwrap_or("");
        format!("・{name} — {}", reason_text(catalog, reason, lang))
    };
    if let Some(best) = offers.first() {
        lines.extend(best.reasons.iter().map(part_line));
        lines.push(format!(
            "{}: {}",
            lang.text(ServiceKey::ProposalTotal),
            totals_text(best, lang)
        ));
    }
    if offers.len() > 1 {
        lines.push(String::new());
        lines.push(lang.text(ServiceKey::ProposalOther).to_owned());
        for offer in &offers[1..] {
            let names: Vec<&str> = offer
                .parts
                .iter()
                .filter_map(|id| catalog.part(id).map(|p| p.name.as_str()))
                .collect();
            lines.push(format!(
                "・{} ({})",
                names.join(" + "),
                totals_text(offer, lang)
            ));
        }
    }
    lines.join("\n")
}
