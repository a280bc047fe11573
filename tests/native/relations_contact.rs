//! The contact log and the links that hand a message to the phone's apps: percent-encoding of
//! Japanese text and reserved characters, CRLF in mail bodies, phone numbers reduced to what is
//! dialled, and a dismissal settling a follow-up like a message sent.

use super::support::{at, id};
use tsunagu::core::customer::ContactChannel;
use tsunagu::core::relations::contact::{
    contacts_of, done_keys, Contact, ContactId, ContactMethod,
};
use tsunagu::core::relations::library::Purpose;
use tsunagu::core::relations::links::{dial_digits, mailto, percent_encode, sms, tel};

#[test]
fn mail_links_encode_everything_but_unreserved_characters() {
    let check = |to: &str, subject: &str, body: &str, expected: &str| {
        assert_eq!(
            mailto(to, subject, body),
            expected,
            "{to:?} {subject:?} {body:?}"
        );
    };
    check("hanako@example.jp", "", "", "mailto:hanako@example.jp");
    check(
        "hanako@example.jp",
        "ご来店",
        "",
        "mailto:hanako@example.jp?subject=%E3%81%94%E6%9D%A5%E5%BA%97",
    );
    // & ? # + = and a space would end or change the field if left as they are.
    check(
        "a+b@example.com",
        "Q&A? #1 + =",
        "",
        "mailto:a%2Bb@example.com?subject=Q%26A%3F%20%231%20%2B%20%3D",
    );
    // Line breaks, whatever they were typed as, are CRLF in the body.
    check(
        "x@example.com",
        "",
        "一\n二\r\n三\r四",
        "mailto:x@example.com?body=%E4%B8%80%0D%0A%E4%BA%8C%0D%0A%E4%B8%89%0D%0A%E5%9B%9B",
    );
    check(
        "x@example.com",
        "Hi",
        "100% sure",
        "mailto:x@example.com?subject=Hi&body=100%25%20sure",
    );
    check("", "件名", "", "mailto:?subject=%E4%BB%B6%E5%90%8D");
}

#[test]
fn percent_encoding_is_utf8_and_upper_case_hex() {
    assert_eq!(percent_encode("aZ09-._~", b""), "aZ09-._~");
    assert_eq!(percent_encode("様", b""), "%E6%A7%98");
    assert_eq!(percent_encode("🐕", b""), "%F0%9F%90%95");
    assert_eq!(percent_encode("a@b,c", b"@,"), "a@b,c");
    assert_eq!(percent_encode("a@b,c", b""), "a%40b%2Cc");
}

#[test]
fn text_message_links_use_the_body_form_both_phones_read() {
    let check = |phone: &str, body: &str, expected: Option<&str>| {
        assert_eq!(sms(phone, body).as_deref(), expected, "{phone:?} {body:?}");
    };
    check("090-1234-5678", "", Some("sms:09012345678"));
    check(
        "090-1234-5678",
        "明日 10時?",
        Some("sms:09012345678?body=%E6%98%8E%E6%97%A5%2010%E6%99%82%3F"),
    );
    check(
        "+81 90 1234 5678",
        "a&b\r\nc",
        Some("sms:+819012345678?body=a%26b%0Ac"),
    );
    check("なし", "body", None);
}

#[test]
fn phone_numbers_are_reduced_to_what_is_dialled() {
    let check = |phone: &str, expected: Option<&str>| {
        assert_eq!(dial_digits(phone).as_deref(), expected, "{phone:?}");
        assert_eq!(
            tel(phone),
            expected.map(|n| format!("tel:{n}")),
            "{phone:?}"
        );
    };
    check("090-1234-5678", Some("09012345678"));
    check("(03) 1234.5678", Some("0312345678"));
    check(" +81-3-1234-5678", Some("+81312345678"));
    check("０９０－１２３４－５６７８", Some("09012345678"));
    check("＋８１ ９０", Some("+8190"));
    // A plus anywhere but the start is not an international prefix.
    check("03+1234", Some("031234"));
    check("", None);
    check("---", None);
}

#[test]
fn a_contact_or_a_dismissal_settles_its_follow_up() {
    let now = at(2026, 11, 23, 9, 0);
    let sent = Contact::sent(
        ContactId::from_random_bytes([1; 16]),
        id(1),
        at(2026, 11, 22, 3, 0),
        ContactMethod::Line,
        " ご来店ありがとうございました ",
        now,
    )
    .for_follow_up(Some(Purpose::CheckIn), "check_in:v1");
    assert_eq!(sent.message, "ご来店ありがとうございました");
    assert!(!sent.is_dismissal());
    let dismissed = Contact::dismissal(
        ContactId::from_random_bytes([2; 16]),
        id(1),
        "birthday:c1:2026",
        "引っ越された",
        now,
    );
    assert!(dismissed.is_dismissal());
    let plain = Contact::sent(
        ContactId::from_random_bytes([3; 16]),
        id(2),
        at(2026, 11, 20, 3, 0),
        ContactMethod::Phone,
        "",
        now,
    );
    let log = [sent.clone(), dismissed.clone(), plain.clone()];
    let keys: Vec<String> = done_keys(&log).into_iter().collect();
    assert_eq!(keys, ["birthday:c1:2026", "check_in:v1"]);
    let theirs: Vec<&ContactId> = contacts_of(&log, &id(1)).iter().map(|c| &c.id).collect();
    assert_eq!(theirs, [&dismissed.id, &sent.id]);

    // Stored as JSON, a dismissal has no method and reads back the same.
    let json = serde_json::to_value(&dismissed).unwrap();
    assert!(json.get("method").is_none());
    assert_eq!(json["follow_up"], "birthday:c1:2026");
    let back: Contact = serde_json::from_value(json).unwrap();
    assert_eq!(back, dismissed);
    let json = serde_json::to_value(&sent).unwrap();
    assert_eq!(
        (json["method"].as_str(), json["purpose"].as_str()),
        (Some("line"), Some("check_in"))
    );
}

#[test]
fn methods_round_trip_and_follow_the_customer_s_preference() {
    for method in ContactMethod::ALL {
        assert_eq!(ContactMethod::parse(method.as_str()), Some(method));
    }
    for channel in ContactChannel::ALL {
        assert_eq!(
            ContactMethod::preferred(channel).as_str(),
            channel.as_str(),
            "{channel:?}"
        );
    }
}
