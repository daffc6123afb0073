//! The shape of the words about control, safety and support. English
//! values are in `en_safety.rs`. Phone numbers are never words: they come
//! from `checkup::support`, exactly as checked.

use crate::checkup::support::{Country, Hours};

pub struct SafetyUi {
    /// The low-key link on every screen.
    pub support_link: &'static str,
    pub support_title: &'static str,
    pub support_intro: &'static str,
    pub country_label: &'static str,
    pub country_names: fn(Country) -> &'static str,
    pub emergency_heading: &'static str,
    /// "If you are in danger now, call 999."
    pub danger_now: fn(&str) -> String,
    pub silent_call: &'static str,
    pub police_number: &'static str,
    pub no_emergency_known: &'static str,
    pub helplines_heading: &'static str,
    pub search_hint: &'static str,
    pub canada_note: &'static str,
    pub call: fn(&str) -> String,
    pub text_word: fn(&str, &str) -> String,
    pub text_number: fn(&str) -> String,
    pub whatsapp: fn(&str) -> String,
    pub chat: &'static str,
    pub hours: fn(Hours) -> Option<&'static str>,
    pub not_emergency: &'static str,
    /// Who a line is for, by the line's id.
    pub line_for: fn(&str) -> &'static str,
    pub traces: &'static str,
    pub checked: fn(&str) -> String,
    pub advocates: &'static str,
    pub own_counselling: &'static str,
    pub own_behaviour_heading: &'static str,
    pub own_behaviour_intro: &'static str,
    pub own_behaviour_none: &'static str,
    pub more_support: &'static str,
    pub notice_title: &'static str,
    pub support_first_title: &'static str,
    pub support_first_body: &'static str,
    /// The safety notice in brief, for the overview's next step.
    pub next_step_body: &'static str,
    pub lead_notice: &'static str,
    pub lead_came_up: &'static str,
    pub control_heading: &'static str,
    pub which_signs: &'static str,
    pub about_partner_heading: &'static str,
    pub about_you_heading: &'static str,
    pub column_sign: &'static str,
    pub column_how_often: &'static str,
    pub none_came_up: &'static str,
    pub fewer_questions: &'static str,
    pub unread_answers: fn(usize) -> String,
    pub reflection_title: &'static str,
    pub reflection_body: &'static str,
    pub side_even_control: &'static str,
    pub band_balanced_control: &'static str,
    pub rim_even_control: &'static str,
    pub legend_even_control: &'static str,
}
