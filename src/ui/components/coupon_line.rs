//! One coupon in words: its counter code, what it gives, and until when (or how it ended).

use crate::core::i18n::{benefit_text, format_date, CareKey};
use crate::core::loyalty::coupon::Coupon;
use crate::core::loyalty::redeem::CouponState;
use crate::ui::platform;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn CouponLine(coupon: Coupon) -> impl IntoView {
    let app = use_app();
    let text = move || {
        let lang = app.lang.get();
        let today = platform::local(platform::now()).date_naive();
        let head = lang.format(
            CareKey::CouponLine,
            &[
                ("code", &coupon.code()),
                ("benefit", &benefit_text(lang, &coupon.benefit)),
            ],
        );
        let tail = match coupon.state(today) {
            CouponState::Available => match coupon.expires_on {
                Some(day) => {
                    lang.format(CareKey::CouponExpires, &[("date", &format_date(lang, day))])
                }
                None => lang.text(CareKey::CouponNoExpiry).to_owned(),
            },
            CouponState::Redeemed { .. } => lang.text(CareKey::CouponRedeemed).to_owned(),
            CouponState::Expired { .. } => lang.text(CareKey::CouponExpired).to_owned(),
            CouponState::Voided { .. } => lang.text(CareKey::CouponVoided).to_owned(),
        };
        format!("{head}（{tail}）")
    };
    view! { <span class="coupon-line" data-testid="coupon-line">{text}</span> }
}
