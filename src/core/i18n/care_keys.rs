//! The keys of the customer-care messages: tickets, their targets and steps. Add a key here,
//! then to both catalogs (`care_en.rs`, `care_ja.rs`).

use super::keys::keys;
use super::{format_money, Lang};
use crate::core::loyalty::coupon::Benefit;
use crate::core::relations::contact::ContactMethod;
use crate::core::relations::library::Purpose;
use crate::core::service::ticket::{Priority, Status, TicketChannel, TicketKind};

/// What a coupon gives, in words: "10%引き", "¥500 off", "30分を無料で".
pub fn benefit_text(lang: Lang, benefit: &Benefit) -> String {
    match benefit {
        Benefit::Percent { percent } => lang.format(
            CareKey::BenefitPercent,
            &[("percent", &percent.to_string())],
        ),
        Benefit::Amount { money } => lang.format(
            CareKey::BenefitAmount,
            &[("amount", &format_money(money.amount, &money.currency, lang))],
        ),
        Benefit::FreePart { name, .. } => lang.format(CareKey::BenefitFreePart, &[("name", name)]),
        Benefit::Redo { minutes } => {
            lang.format(CareKey::BenefitRedo, &[("minutes", &minutes.to_string())])
        }
    }
}

keys! {
    /// One user-visible message about customer care.
    CareKey {
    TicketsTitle, TicketsExplain, TicketNew, TicketsNone, TicketsOverdue,
    TicketsDueSoon, TicketsOpen, TicketsResolved, TicketsAllClear,
    KindInquiry, KindRequest, KindComplaint, KindCompliment,
    ChannelPhone, ChannelEmail, ChannelLine, ChannelSns, ChannelInPerson, ChannelWebForm,
    ChannelOther, PriorityLow, PriorityNormal, PriorityHigh, PriorityUrgent,
    StatusNew, StatusResponded, StatusResolved,
    FieldKind, FieldChannel, FieldPriority, FieldReceived, FieldDescription, FieldAboutVisit,
    VisitNone, TicketSaved, TicketFor, ChooseCustomer, ChooseCustomerHint, NoCustomerFound,
    GoalFirstResponse, GoalResolution, DueAt, OverdueSince, DueSoonAt, TargetMet, TargetMissed,
    NoDueTime, StepRespond, StepResolve, StepReopen, FieldStepText, FieldStepWhen,
    FieldStepChannel, StepSaved, StepRefused, EventResponded, EventResolved, EventReopened,
    EventReceived, TicketMissing, CustomerTickets, TicketsOfCustomer, DeleteTicket, TicketDeleted,
    ReceivedAt, ServiceRecordsTitle,
    BenefitPercent, BenefitAmount, BenefitFreePart, BenefitRedo, CouponLine, CouponExpires,
    CouponNoExpiry, VisitBooked, VisitDelivered, VisitMinutesHint, VisitCoupons, ShortBy,
    SuggestedRemedy, IssueRemedy, RemedyIssued, RemedyTitle, RemedyKind, RemedyPercent,
    RemedyAmount, RemedyRedo, RemedyValue, RemedyValidDays, RemedyHint, CouponsTitle,
    CouponsNone, CouponRedeemed, CouponExpired, CouponVoided, TemplateUse, TemplateNone,
    TemplateMissing, CouponsUsed,
    TodayTitle, TodayExplain, TodayNone, ReasonOverdue, ReasonUnhappy,
    ReasonShortVisit, ReasonDueSoon, ReasonCheckIn, ReasonBirthday, ReasonWinBack,
    ReasonWinBackNoInterval, ReasonAfterComplaint, ReasonFeedback, ReasonAtRisk,
    ActionOpenTicket, ActionAnswer, ActionOpenCustomer, ActionEmail, ActionSms, ActionCall,
    ActionShare, ActionDone, ContactLogged, FollowUpDone,
    LoyaltyTitle, LoyaltyStamps, LoyaltyRewards, LoyaltyDue, LoyaltyIssue, LoyaltyIssued,
    LoyaltyVip, LoyaltyNoCard,
    TimelineTitle, TimelineNone, TlVisit, TlVisitShort, TlFeedback, TlFeedbackAnswered,
    TlTicketReceived, TlTicketResponded, TlTicketResolved, TlTicketReopened, TlContacted,
    TlCouponIssued, TlCouponRedeemed, MethodPost,
    CareSettingsTitle, CareSettingsExplain, ShopName, OpenDay, OpensAt, ClosesAt,
    FirstResponseHours, CountsOpenHours, CareSaved, CareDayInvalid, CareTargetInvalid,
    CareShopTooLong, Mon, Tue, Wed, Thu, Fri, Sat, Sun, CareSave,
    ListsTitle, ListsExplain, ListsTiers, ListsSegment, ListsAnySegment, ListsTag, ListsAway,
    ListsEmailOnly, ListsCount, ListsCsv, ListsVcard, ListsMail, ListsMailPart, ListsNoEmail,
    ListsSubject, TodayMore, FiguresTitle, FiguresExplain, ColMonth, ColTickets, ColComplaintsPer100, ColFirstResponse, ColWithinTarget, ColResolution, Hours, NoFigure,
    TemplatesTitle, TemplatesExplain, TemplatesNone, TemplatePurpose, TemplateLang,
    TemplateTitle, TemplateBody, TemplateSave, TemplateSaved, TemplateDeleted, TemplateEdit,
    TemplateNew, TemplateErrTitle, TemplateErrBody, TemplateErrLong, TemplateErrUnknown,
    TemplateErrBrace, PurposeApology, PurposeAnswer, PurposeThanks, PurposeCheckIn,
    PurposeBirthday, PurposeWinBack, PurposeSatisfaction, PurposeShortVisit,
    RulesTitle, RulesExplain, RulesCard, RulesStamps, RulesMinPaid, RulesReward,
    RulesRewardDays, RulesVip, RulesBirthday, RulesWinBack, RulesWinBackDays, RulesKindPercent,
    RulesKindAmount, RulesKindFreePart, RulesSave, RulesSaved, RulesInvalid,
    ClosedDays, ClosedDaysHint, ClosedDayInvalid, FollowTitle, FollowExplain, FollowCheckIn,
    FollowBirthday, FollowAfterComplaint, FollowFeedback, FollowWinBack, FollowWinBackFactor,
    FollowWinBackDays, FollowSave, FollowSaved, FollowInvalid,
}}

/// The name of a way a message was sent.
pub fn method_label(method: ContactMethod) -> CareKey {
    match method {
        ContactMethod::Email => CareKey::ChannelEmail,
        ContactMethod::Sms => CareKey::ActionSms,
        ContactMethod::Phone => CareKey::ChannelPhone,
        ContactMethod::Line => CareKey::ChannelLine,
        ContactMethod::Share => CareKey::ActionShare,
        ContactMethod::InPerson => CareKey::ChannelInPerson,
        ContactMethod::Post => CareKey::MethodPost,
    }
}

/// The name of a template's purpose.
pub fn purpose_label(purpose: Purpose) -> CareKey {
    match purpose {
        Purpose::Apology => CareKey::PurposeApology,
        Purpose::Answer => CareKey::PurposeAnswer,
        Purpose::Thanks => CareKey::PurposeThanks,
        Purpose::CheckIn => CareKey::PurposeCheckIn,
        Purpose::Birthday => CareKey::PurposeBirthday,
        Purpose::WinBack => CareKey::PurposeWinBack,
        Purpose::SatisfactionQuestion => CareKey::PurposeSatisfaction,
        Purpose::ShortVisitApology => CareKey::PurposeShortVisit,
    }
}

pub fn kind_label(kind: TicketKind) -> CareKey {
    match kind {
        TicketKind::Inquiry => CareKey::KindInquiry,
        TicketKind::Request => CareKey::KindRequest,
        TicketKind::Complaint => CareKey::KindComplaint,
        TicketKind::Compliment => CareKey::KindCompliment,
    }
}

pub fn ticket_channel_label(channel: TicketChannel) -> CareKey {
    match channel {
        TicketChannel::Phone => CareKey::ChannelPhone,
        TicketChannel::Email => CareKey::ChannelEmail,
        TicketChannel::Line => CareKey::ChannelLine,
        TicketChannel::Sns => CareKey::ChannelSns,
        TicketChannel::InPerson => CareKey::ChannelInPerson,
        TicketChannel::WebForm => CareKey::ChannelWebForm,
        TicketChannel::Other => CareKey::ChannelOther,
    }
}

pub fn priority_label(priority: Priority) -> CareKey {
    match priority {
        Priority::Low => CareKey::PriorityLow,
        Priority::Normal => CareKey::PriorityNormal,
        Priority::High => CareKey::PriorityHigh,
        Priority::Urgent => CareKey::PriorityUrgent,
    }
}

pub fn status_label(status: Status) -> CareKey {
    match status {
        Status::New => CareKey::StatusNew,
        Status::Responded => CareKey::StatusResponded,
        Status::Resolved => CareKey::StatusResolved,
    }
}
