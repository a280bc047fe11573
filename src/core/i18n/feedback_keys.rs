//! The keys of the feedback, answers, satisfaction figures and learning messages. Add a key
//! here, then to both catalogs (`feedback_en.rs`, `feedback_ja.rs`).

use super::keys::keys;
use crate::core::feedback::Channel;

keys! {
    /// One user-visible message about feedback and what it taught.
    FeedbackKey {
    FeedbackTitle, FeedbackCardTitle, FeedbackHandOver, FeedbackRecord,
    FeedbackNone, FeedbackNew, FieldVisit, VisitNone, VisitOption, FieldReceived,
    FieldFeedbackChannel, FieldSatisfaction, FieldPartsThumbs, PartsThumbsHint, FieldRecommend,
    RecommendHint, FieldComment, FeedbackNothing, FeedbackSaved, Sat1, Sat2, Sat3, Sat4, Sat5,
    ThumbUp, ThumbDown, ThumbNone, ChannelInPerson, ChannelPhone, ChannelEmail, ChannelLine,
    ChannelSns, ChannelOther, HandOverTitle, HandOverIntro, HandOverSatisfaction, HandOverParts,
    HandOverRecommend, HandOverNotLikely, HandOverVeryLikely, HandOverComment, HandOverSend,
    HandOverThanks, HandOverThanksBody, HandOverReturn, HandOverNothing, ToAnswerTitle,
    ToAnswerExplain, ToAnswerNone, WaitingDays, WaitingToday, AnswerAction, AnswerTitle,
    FieldAnswerText, AnswerHint, FieldAnswerChannel, FieldAnswerWhen, AnswerSaved, Answered,
    Unanswered, AnswerLine, FeedbackMissing, MetricsTitle, MetricsExplain, MetricsNps,
    MetricsCsat, MetricsThumbs, MetricsCount, MetricsSmall, MetricsByMonth, MetricsByPart,
    MetricsByTier, MetricsBySegment, MetricsNone, ColumnMonth, ColumnPart, ColumnGroup,
    MonthLabel, LearnedTitle, LearnedNone, LearnedLine, LearnedStated, TryNewTitle, TryNewLine,
    SatisfactionLine, RecommendLine, FeedbackFrom, RemovedPart, AddPart,
}}

/// The name of a feedback channel.
pub fn feedback_channel_label(channel: Channel) -> FeedbackKey {
    match channel {
        Channel::InPerson => FeedbackKey::ChannelInPerson,
        Channel::Phone => FeedbackKey::ChannelPhone,
        Channel::Email => FeedbackKey::ChannelEmail,
        Channel::Line => FeedbackKey::ChannelLine,
        Channel::Sns => FeedbackKey::ChannelSns,
        Channel::Other => FeedbackKey::ChannelOther,
    }
}

/// The name of a satisfaction answer (1–5).
pub fn satisfaction_label(satisfaction: u8) -> FeedbackKey {
    match satisfaction {
        0 | 1 => FeedbackKey::Sat1,
        2 => FeedbackKey::Sat2,
        3 => FeedbackKey::Sat3,
        4 => FeedbackKey::Sat4,
        _ => FeedbackKey::Sat5,
    }
}
