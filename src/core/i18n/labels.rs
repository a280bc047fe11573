//! The message that names each option the interface offers.

use super::{BookKey, Key};
use crate::core::book::SortOrder;
use crate::core::customer::ContactChannel;
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;

pub fn channel_label(channel: ContactChannel) -> BookKey {
    match channel {
        ContactChannel::Phone => BookKey::ChannelPhone,
        ContactChannel::Sms => BookKey::ChannelSms,
        ContactChannel::Email => BookKey::ChannelEmail,
        ContactChannel::Line => BookKey::ChannelLine,
        ContactChannel::InPerson => BookKey::ChannelInPerson,
        ContactChannel::Post => BookKey::ChannelPost,
    }
}

pub fn sort_label(order: SortOrder) -> Key {
    match order {
        SortOrder::Reading => Key::SortReading,
        SortOrder::RecentlyUpdated => Key::SortRecentlyUpdated,
        SortOrder::Newest => Key::SortNewest,
    }
}

/// A segment's name and its one-line meaning.
pub fn segment_label(segment: Segment) -> (BookKey, BookKey) {
    match segment {
        Segment::Champion => (BookKey::SegChampion, BookKey::SegChampionMeans),
        Segment::Loyal => (BookKey::SegLoyal, BookKey::SegLoyalMeans),
        Segment::Potential => (BookKey::SegPotential, BookKey::SegPotentialMeans),
        Segment::New => (BookKey::SegNew, BookKey::SegNewMeans),
        Segment::Promising => (BookKey::SegPromising, BookKey::SegPromisingMeans),
        Segment::NeedsAttention => (BookKey::SegAttention, BookKey::SegAttentionMeans),
        Segment::AtRisk => (BookKey::SegAtRisk, BookKey::SegAtRiskMeans),
        Segment::CantLose => (BookKey::SegCantLose, BookKey::SegCantLoseMeans),
        Segment::Hibernating => (BookKey::SegHibernating, BookKey::SegHibernatingMeans),
        Segment::Lost => (BookKey::SegLost, BookKey::SegLostMeans),
    }
}

/// What a tier means, in one line.
pub fn tier_meaning(tier: Tier) -> BookKey {
    match tier {
        Tier::A => BookKey::TierAMeans,
        Tier::B => BookKey::TierBMeans,
        Tier::C => BookKey::TierCMeans,
    }
}
