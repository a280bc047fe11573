//! The templates the app brings, in Japanese and English, so the first message can go out on the
//! first day. Short enough for an SMS or a LINE message; the Japanese ones in the polite
//! register a shop writes to its customers. Apologies name the fault, apologise, say what is
//! done about it and thank the customer, in that order. The owner adapts them in the message
//! box before sending, or writes their own ([`super::library::Template`]).

use super::library::Purpose;
use crate::core::i18n::Lang;

/// A template the app brings.
#[derive(Debug, PartialEq, Eq)]
pub struct BuiltIn {
    /// Stable, unique among the built-ins with the same language ("check_in_pet").
    pub key: &'static str,
    pub purpose: Purpose,
    pub lang: Lang,
    pub title: &'static str,
    pub body: &'static str,
}

/// Every built-in template: at least one per purpose and language, the plainest first.
pub fn builtins() -> &'static [BuiltIn] {
    &BUILTINS
}

const fn ja(
    key: &'static str,
    purpose: Purpose,
    title: &'static str,
    body: &'static str,
) -> BuiltIn {
    BuiltIn {
        key,
        purpose,
        lang: Lang::Ja,
        title,
        body,
    }
}

const fn en(
    key: &'static str,
    purpose: Purpose,
    title: &'static str,
    body: &'static str,
) -> BuiltIn {
    BuiltIn {
        key,
        purpose,
        lang: Lang::En,
        title,
        body,
    }
}

static BUILTINS: [BuiltIn; 24] = [
    ja(
        "apology",
        Purpose::Apology,
        "お詫び",
        "{name}様\nこの度は私どもの不手際によりご迷惑をおかけし、誠に申し訳ございませんでした。\
         ご指摘の点は直ちに改め、スタッフ一同で再発防止に努めてまいります。\
         貴重なご意見をお寄せいただき、心より感謝申し上げます。\n{shop}",
    ),
    en(
        "apology",
        Purpose::Apology,
        "Our apologies",
        "Dear {name},\nWe are truly sorry for the trouble our mistake caused you. We are putting \
         it right and will make sure it does not happen again. Thank you for telling us; it \
         helps us do better.\n{shop}",
    ),
    ja(
        "apology_with_remedy",
        Purpose::Apology,
        "お詫びとお詫びのしるし",
        "{name}様\nこの度は私どもの不手際によりご迷惑をおかけし、誠に申し訳ございませんでした。\
         お詫びのしるしとして、次回のご利用時に{coupon}をご用意いたしました（{expires}まで有効）。\
         ご指摘いただき、ありがとうございます。\n{shop}",
    ),
    en(
        "apology_with_remedy",
        Purpose::Apology,
        "Our apologies, and a token of them",
        "Dear {name},\nWe are truly sorry for the trouble our mistake caused you. As a token of \
         our apology, {coupon} is ready for your next visit (valid until {expires}). We are \
         putting it right. Thank you for telling us.\n{shop}",
    ),
    ja(
        "answer",
        Purpose::Answer,
        "お問い合わせへのご回答",
        "{name}様\nお問い合わせいただき、ありがとうございます。{shop}でございます。\
         \nお問い合わせの件につきまして、ご回答いたします。\n\n\n\
         ほかにもご不明な点がございましたら、どうぞお気軽にお尋ねください。",
    ),
    en(
        "answer",
        Purpose::Answer,
        "About your question",
        "Dear {name},\nThank you for getting in touch with {shop}.\n\n\n\
         If there is anything else we can help with, please just let us know.",
    ),
    ja(
        "thanks",
        Purpose::Thanks,
        "お礼",
        "{name}様\nこの度は温かいお言葉をいただき、誠にありがとうございます。\
         スタッフ一同、大変励みになっております。またのお越しを心よりお待ちしております。\n{shop}",
    ),
    en(
        "thanks",
        Purpose::Thanks,
        "Thank you",
        "Dear {name},\nThank you so much for your kind words. They mean a great deal to all of \
         us. We look forward to seeing you again.\n{shop}",
    ),
    ja(
        "check_in",
        Purpose::CheckIn,
        "ご利用のお礼",
        "{name}様\n{visit_date}はご利用いただき、誠にありがとうございました。\
         その後いかがお過ごしでしょうか。お気づきの点がございましたら、どうぞお気軽にお知らせください。\n{shop}",
    ),
    en(
        "check_in",
        Purpose::CheckIn,
        "Thank you for your visit",
        "Dear {name},\nThank you for coming to us on {visit_date}. We hope all is well. If \
         anything was not quite right, please let us know.\n{shop}",
    ),
    ja(
        "check_in_pet",
        Purpose::CheckIn,
        "ご利用のお礼（ペット）",
        "{name}様\n{visit_date}はご利用いただき、誠にありがとうございました。\
         {pet}ちゃんはその後お変わりありませんか。\
         気になることがございましたら、どうぞお気軽にお知らせください。\n{shop}",
    ),
    en(
        "check_in_pet",
        Purpose::CheckIn,
        "Thank you (pet)",
        "Dear {name},\nThank you for {visit_date}. We hope {pet} is doing well! If there is \
         anything we should know for next time, please tell us.\n{shop}",
    ),
    ja(
        "birthday",
        Purpose::Birthday,
        "お誕生日のお祝い",
        "{name}様\nお誕生日おめでとうございます。日頃より{shop}をご利用いただき、\
         心より感謝申し上げます。素敵な一年となりますよう、スタッフ一同お祈りしております。",
    ),
    en(
        "birthday",
        Purpose::Birthday,
        "Happy birthday",
        "Dear {name},\nHappy birthday from all of us at {shop}! Thank you for being with us. \
         We wish you a wonderful year ahead.",
    ),
    ja(
        "birthday_coupon",
        Purpose::Birthday,
        "お誕生日のお祝い（クーポン）",
        "{name}様\nお誕生日おめでとうございます。日頃より{shop}をご利用いただき、\
         心より感謝申し上げます。ささやかですが、{coupon}をご用意いたしました\
         （{expires}まで有効）。ご来店を心よりお待ちしております。",
    ),
    en(
        "birthday_coupon",
        Purpose::Birthday,
        "Happy birthday (coupon)",
        "Dear {name},\nHappy birthday from all of us at {shop}! As a small gift, here is \
         {coupon}, valid until {expires}. We hope to see you soon.",
    ),
    ja(
        "win_back",
        Purpose::WinBack,
        "ご無沙汰しております",
        "{name}様\nご無沙汰しております。{shop}です。{visit_date}にお越しいただいて以来、\
         いかがお過ごしでしょうか。またお会いできる日をスタッフ一同楽しみにしております。",
    ),
    en(
        "win_back",
        Purpose::WinBack,
        "We miss you",
        "Dear {name},\nIt has been a while since your last visit on {visit_date}, and we have \
         missed you at {shop}. We would be glad to see you again whenever suits you.",
    ),
    ja(
        "win_back_coupon",
        Purpose::WinBack,
        "ご無沙汰しております（クーポン）",
        "{name}様\nご無沙汰しております。{shop}です。その後お変わりございませんか。\
         久しぶりのご来店にお使いいただける{coupon}をご用意いたしました（{expires}まで有効）。\
         お会いできる日を楽しみにしております。",
    ),
    en(
        "win_back_coupon",
        Purpose::WinBack,
        "We miss you (coupon)",
        "Dear {name},\nWe have missed you at {shop}! To welcome you back, here is {coupon}, \
         valid until {expires}. We hope to see you soon.",
    ),
    ja(
        "satisfaction_question",
        Purpose::SatisfactionQuestion,
        "その後のご様子のお伺い",
        "{name}様\n先日はご迷惑をおかけし、大変申し訳ございませんでした。\
         その後、ご指摘の点は改善されておりますでしょうか。\
         お気づきのことがございましたら、どんなことでもお聞かせください。\n{shop}",
    ),
    en(
        "satisfaction_question",
        Purpose::SatisfactionQuestion,
        "Was it put right?",
        "Dear {name},\nWe are sorry again for the recent trouble. Has everything been put right \
         for you? If anything is still not as it should be, please tell us.\n{shop}",
    ),
    ja(
        "short_visit_apology",
        Purpose::ShortVisitApology,
        "ご予約内容についてのお詫び",
        "{name}様\n{visit_date}のご利用の際、ご予約いただいた内容を最後までご提供できず、\
         誠に申し訳ございませんでした。お詫びのしるしとして{coupon}をご用意いたしました\
         （{expires}まで有効）。いつもご利用いただき、ありがとうございます。\n{shop}",
    ),
    en(
        "short_visit_apology",
        Purpose::ShortVisitApology,
        "Our apologies for your visit",
        "Dear {name},\nOn {visit_date} we did not give you everything you booked, and we are \
         very sorry. To make up for it, please accept {coupon}, valid until {expires}. Thank \
         you for choosing us.\n{shop}",
    ),
];
