//! English words about control, safety and support.

use super::safety::SafetyUi;
use crate::checkup::support::{Country, Hours};

fn country_names(country: Country) -> &'static str {
    match country {
        Country::Us => "United States",
        Country::Ca => "Canada",
        Country::Gb => "United Kingdom",
        Country::Ie => "Ireland",
        Country::Au => "Australia",
        Country::Nz => "New Zealand",
        Country::Es => "Spain",
        Country::De => "Germany",
        Country::Fr => "France",
        Country::Br => "Brazil",
        Country::Pt => "Portugal",
        Country::It => "Italy",
        Country::Za => "South Africa",
        Country::Other => "Another country",
    }
}

fn hours(hours: Hours) -> Option<&'static str> {
    match hours {
        Hours::AllDay => Some("Open 24 hours, every day."),
        Hours::NotAllDay => Some("Not open around the clock."),
        Hours::Weekdays => Some("Open on weekdays."),
        Hours::NineToEleven => Some("Open 9am to 11pm."),
        Hours::Unknown => None,
    }
}

fn line_for(id: &str) -> &'static str {
    match id {
        "us_ndvh" => {
            "For anyone affected by abuse, and for people worried about their own behaviour."
        }
        "us_loveisrespect" => "For young people and people who are dating.",
        "us_avp" => "For LGBTQ+ people, in New York City.",
        "gb_refuge" => "For women.",
        "gb_mens_advice" => "For men.",
        "gb_respect" => "For people worried about their own behaviour.",
        "gb_galop" => "For LGBT+ people.",
        "gb_scotland" => "For anyone in Scotland.",
        "gb_wales" => "For anyone in Wales.",
        "gb_northern_ireland" => "For anyone in Northern Ireland.",
        "ie_womens_aid" => "For women.",
        "au_1800respect" => "For anyone affected.",
        "au_mens_referral" => "For men who use violence, and their families.",
        "nz_womens_refuge" => "For women.",
        "nz_are_you_ok" => {
            "For people being hurt, and people who want to change their own behaviour."
        }
        "nz_shine" => "For anyone affected.",
        "es_016" => "For violence against women; family and friends can call too.",
        "de_hilfetelefon" => "For women, and the people around them.",
        "de_maenner" => "For men.",
        "fr_3919" => "For women, and the people around them. In danger, call 112.",
        "br_180" => "For women, and people who have seen violence.",
        "pt_sivvd" => "For people hurt by domestic violence.",
        "it_1522" => "For gender-based violence and stalking.",
        "za_gbv" => "For people hurt by gender-based violence.",
        "ca_manitoba" => "For people in abusive relationships, in Manitoba.",
        _ => "",
    }
}

pub const SAFETY: SafetyUi = SafetyUi {
    support_link: "If you don't feel safe",
    support_title: "Help and support",
    support_intro: "Whatever your answers, you can talk to someone. These services are free \
        and confidential, and you do not have to give your name.",
    country_label: "Show help for",
    country_names,
    emergency_heading: "In danger now",
    danger_now: |dial| format!("If you are in danger now, call {dial}."),
    silent_call: "On a mobile, if you cannot speak: call 999, then press 55.",
    police_number: "This number reaches the police.",
    no_emergency_known: "If you are in danger now, call your local emergency number.",
    helplines_heading: "Helplines",
    search_hint: "Search for “domestic abuse helpline” and your country, on a device you trust.",
    canada_note: "Canada has no national helpline. Look up your province's line on a device \
        you trust.",
    call: |dial| format!("Call {dial}"),
    text_word: |word, number| format!("Text {word} to {number}"),
    text_number: |number| format!("Text {number}"),
    whatsapp: |number| format!("WhatsApp: {number}"),
    chat: "Chat on their website.",
    hours,
    not_emergency: "A helpline, not an emergency service: it cannot send help.",
    line_for,
    traces: "Calls and texts can leave traces: the call log, the message history, sometimes a \
        phone bill. To remove a call from the log, open your recent calls, then swipe or press \
        and hold the entry and delete it.",
    checked: |date| format!("These numbers were checked on {date}. Numbers can change."),
    advocates: "A domestic-abuse advocate can help you think through your options, at your \
        own pace. Helplines can put you in touch with one.",
    own_counselling: "A counsellor of your own can help too. Couples counselling is not \
        advised when one partner frightens or controls the other: it can make things more \
        dangerous.",
    own_behaviour_heading: "Worried about your own behaviour?",
    own_behaviour_intro: "Wanting to change is a real first step. These lines talk with people \
        who worry about how they treat a partner.",
    own_behaviour_none: "A counsellor of your own can help you change how you treat a \
        partner. Search for a line for this in your country, on a device you trust.",
    more_support: "All help and support",
    notice_title: "Your safety comes first",
    support_first_title: "Support for you comes first",
    support_first_body: "You do not have to sort this out alone, or with your partner. Help \
        is free and in confidence.",
    next_step_body: "You deserve to feel safe, and it is not your fault. You do not have to \
        share these results.",
    lead_notice: "Some of your answers describe signs of control by your partner. That \
        matters more than any balance of say.",
    lead_came_up: "A sign of control by your partner came up. A balance of say cannot show \
        control, so read the figures with that in mind.",
    control_heading: "Signs of control",
    which_signs: "Which signs came up, and how often",
    about_partner_heading: "About your partner",
    about_you_heading: "About you",
    column_sign: "Sign",
    column_how_often: "How often",
    none_came_up: "None of the signs of control came up. That cannot prove a relationship is \
        safe: trust what you feel.",
    fewer_questions: "This check-up was taken with an earlier set of questions that asked \
        about fewer signs of control, so it may miss some. A new check-up asks about them all.",
    unread_answers: |n| {
        if n == 1 {
            "1 saved answer is to a question this version does not ask. It is kept, but not \
             counted."
                .to_owned()
        } else {
            format!(
                "{n} saved answers are to questions this version does not ask. They are kept, \
                 but not counted."
            )
        }
    },
    reflection_title: "About your own answers",
    reflection_body: "Some of your answers say you do things that can hurt or control a \
        partner. Seeing that takes honesty. People can change, and you do not have to work it \
        out alone.",
    side_even_control: "About even in say, but signs of control came up",
    band_balanced_control: "Balanced in say only: signs of control came up",
    rim_even_control: "even say",
    legend_even_control: "“even say”: about even in who decides, but signs of control came up",
};
