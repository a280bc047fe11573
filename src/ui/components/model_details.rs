//! The model details: the fitted parameters, log-likelihood and customers used; or, plainly,
//! that there are too few returning customers to trust a fit and what is shown instead.

use crate::core::i18n::BookKey;
use crate::core::identify::value::{ValueModel, ValueSettings, MIN_RETURNING_CUSTOMERS};
use crate::ui::insights::use_insights;
use crate::ui::state::use_app;
use leptos::prelude::*;

fn fixed(x: f64, digits: usize) -> String {
    format!("{x:.digits$}")
}

#[component]
pub fn ModelDetails() -> impl IntoView {
    let app = use_app();
    let insights = use_insights();
    let lines = move || {
        let lang = app.lang.get();
        insights.analysis.with(|analysis| {
            let returning = analysis
                .customers
                .values()
                .filter(|i| i.occasions > 1)
                .count();
            let mut lines = Vec::new();
            match &analysis.model {
                ValueModel::Historical { returning } => {
                    lines.push(lang.format(
                        BookKey::ModelHistorical,
                        &[
                            ("returning", &returning.to_string()),
                            ("needed", &MIN_RETURNING_CUSTOMERS.to_string()),
                        ],
                    ));
                }
                ValueModel::Fitted { visits, spend } => {
                    let p = visits.params;
                    lines.push(lang.text(BookKey::ModelFitted).to_owned());
                    lines.push(lang.format(
                        BookKey::ModelVisitsParams,
                        &[
                            ("r", &fixed(p.r, 4)),
                            ("alpha", &fixed(p.alpha, 4)),
                            ("a", &fixed(p.a, 4)),
                            ("b", &fixed(p.b, 4)),
                        ],
                    ));
                    lines.push(lang.format(
                        BookKey::ModelLogLikelihood,
                        &[("ll", &fixed(visits.log_likelihood, 2))],
                    ));
                    lines.push(lang.format(
                        BookKey::ModelCustomersUsed,
                        &[
                            ("n", &visits.customers.to_string()),
                            ("returning", &returning.to_string()),
                        ],
                    ));
                    lines.push(match spend {
                        Some(fit) => lang.format(
                            BookKey::ModelSpendParams,
                            &[
                                ("p", &fixed(fit.params.p, 4)),
                                ("q", &fixed(fit.params.q, 4)),
                                ("gamma", &fixed(fit.params.gamma, 4)),
                                ("n", &fit.customers.to_string()),
                            ],
                        ),
                        None => lang.text(BookKey::ModelNoSpend).to_owned(),
                    });
                }
            }
            let settings = ValueSettings::default();
            lines.push(lang.format(
                BookKey::ModelHorizon,
                &[
                    ("months", &settings.horizon_months.to_string()),
                    ("rate", &format!("{}", settings.monthly_discount * 100.0)),
                ],
            ));
            lines
        })
    };
    let historical = move || {
        insights
            .analysis
            .with(|a| matches!(a.model, ValueModel::Historical { .. }))
    };
    view! {
        <details class="card model" data-testid="model-details">
            <summary>
                <h2>{move || app.t(BookKey::ModelTitle)}</h2>
            </summary>
            <div data-testid="model-lines" data-model=move || if historical() { "historical" } else { "fitted" }>
                {move || lines().into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
        </details>
    }
}
