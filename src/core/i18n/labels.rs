//! The message that names each option the interface offers.

use super::Key;
use crate::core::book::SortOrder;
use crate::core::customer::ContactChannel;
use crate::core::identify::rfm::Segment;
use crate::core::identify::tiers::Tier;

pub fn channel_label(channel: ContactChannel) -> Key {
    match channel {
        ContactChannel::Phone => Key::ChannelPhone,
        ContactChannel::Sms => Key::ChannelSms,
        ContactChannel::Email => Key::ChannelEmail,
        ContactChannel::Line => Key::ChannelLine,
        ContactChannel::InPerson => Key::ChannelInPerson,
        ContactChannel::Post => Key::ChannelPost,
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
pub fn segment_label(segment: Segment) -> (Key, Key) {
    match segment {
        Segment::Champion => (Key::SegChampion, Key::SegChampionMeans),
        Segment::Loyal => (Key::SegLoyal, Key::SegLoyalMeans),
        Segment::Potential => (Key::SegPotential, Key::SegPotentialMeans),
        Segment::New => (Key::SegNew, Key::SegNewMeans),
        Segment::Promising => (Key::SegPromising, Key::SegPromisingMeans),
        Segment::NeedsAttention => (Key::SegAttention, Key::SegAttentionMeans),
        Segment::AtRisk => (Key::SegAtRisk, Key::SegAtRiskMeans),
        Segment::CantLose => (Key::SegCantLose, Key::SegCantLoseMeans),
        Segment::Hibernating => (Key::SegHibernating, Key::SegHibernatingMeans),
        Segment::Lost => (Key::SegLost, Key::SegLostMeans),
    }
}

/// What a tier means, in one line.
pub fn tier_meaning(tier: Tier) -> Key {
    match tier {
        Tier::A => Key::TierAMeans,
        Tier::B => Key::TierBMeans,
        Tier::C => Key::TierCMeans,
    }
}
