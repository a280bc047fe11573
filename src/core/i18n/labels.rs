//! The message that names each option the interface offers.

use super::Key;
use crate::core::book::SortOrder;
use crate::core::customer::ContactChannel;

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
