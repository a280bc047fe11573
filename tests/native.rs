//! The native suite: the domain core, tested on the host with `cargo test` (no browser).
//! One binary, one module per feature; shared builders live in `support`.

#![cfg(not(target_arch = "wasm32"))]
// Tests and benchmarks sort with the standard library's own sort (not downloaded; and an
// independent reference for `core::sorting`).
#![allow(clippy::disallowed_methods)]

#[path = "native/backup.rs"]
mod backup;
#[path = "native/backup_catalog.rs"]
mod backup_catalog;
#[path = "native/backup_feedback.rs"]
mod backup_feedback;
#[path = "native/backup_service.rs"]
mod backup_service;
#[path = "native/backup_versions.rs"]
mod backup_versions;
#[path = "native/backup_visits.rs"]
mod backup_visits;
#[path = "native/book.rs"]
mod book;
#[path = "native/collation.rs"]
mod collation;
#[path = "native/customer.rs"]
mod customer;
#[path = "native/customize_capacity.rs"]
mod customize_capacity;
#[path = "native/customize_offer.rs"]
mod customize_offer;
#[path = "native/customize_search.rs"]
mod customize_search;
#[path = "native/dashboard.rs"]
mod dashboard;
#[path = "native/dashboard_axis.rs"]
mod dashboard_axis;
#[path = "native/dashboard_charts.rs"]
mod dashboard_charts;
#[path = "native/dashboard_period.rs"]
mod dashboard_period;
#[path = "native/dashboard_quality.rs"]
mod dashboard_quality;
#[path = "native/dashboard_world.rs"]
mod dashboard_world;
#[path = "native/draft.rs"]
mod draft;
#[path = "native/feedback_draft.rs"]
mod feedback_draft;
#[path = "native/feedback_metrics.rs"]
mod feedback_metrics;
#[path = "native/feedback_order.rs"]
mod feedback_order;
#[path = "native/i18n.rs"]
mod i18n;
#[path = "native/identify_analysis.rs"]
mod identify_analysis;
#[path = "native/identify_fit.rs"]
mod identify_fit;
#[path = "native/identify_predict.rs"]
mod identify_predict;
#[path = "native/identify_segments.rs"]
mod identify_segments;
#[path = "native/identify_value.rs"]
mod identify_value;
#[path = "native/learn.rs"]
mod learn;
#[path = "native/learn_laws.rs"]
mod learn_laws;
#[path = "native/learn_simulate.rs"]
mod learn_simulate;
#[path = "shared/legacy_decoder.rs"]
mod legacy_decoder;
#[path = "native/list_window.rs"]
mod list_window;
#[path = "native/loyalty_coupons.rs"]
mod loyalty_coupons;
#[path = "native/loyalty_gifts.rs"]
mod loyalty_gifts;
#[path = "native/loyalty_redeem.rs"]
mod loyalty_redeem;
#[path = "native/loyalty_stamps.rs"]
mod loyalty_stamps;
#[path = "native/merge.rs"]
mod merge;
#[path = "shared/nfkc_cases.rs"]
mod nfkc_cases;
#[path = "native/normalize.rs"]
mod normalize;
#[path = "native/relations_contact.rs"]
mod relations_contact;
#[path = "native/relations_facts.rs"]
mod relations_facts;
#[path = "native/relations_follow_up.rs"]
mod relations_follow_up;
#[path = "native/relations_rules.rs"]
mod relations_rules;
#[path = "native/relations_segment.rs"]
mod relations_segment;
#[path = "native/relations_template.rs"]
mod relations_template;
#[path = "native/relations_timeline.rs"]
mod relations_timeline;
#[path = "native/relations_today.rs"]
mod relations_today;
#[path = "native/relations_vcard.rs"]
mod relations_vcard;
#[path = "native/sample.rs"]
mod sample;
#[path = "native/search.rs"]
mod search;
#[path = "native/service_hours.rs"]
mod service_hours;
#[path = "native/service_metrics.rs"]
mod service_metrics;
#[path = "native/service_sla.rs"]
mod service_sla;
#[path = "native/service_tickets.rs"]
mod service_tickets;
#[path = "native/sorting.rs"]
mod sorting;
#[path = "native/space.rs"]
mod space;
#[path = "native/spreadsheet.rs"]
mod spreadsheet;
#[path = "native/support.rs"]
mod support;
#[path = "native/trust_check.rs"]
mod trust_check;
#[path = "native/visit_draft.rs"]
mod visit_draft;
#[path = "native/visit_import.rs"]
mod visit_import;
