//! The shape of the results page's words: charts, details, strategies, the
//! plan, history and the data tools. English values are in `en_results.rs`.

use crate::checkup::scoring::ControlLevel;

/// Words for one strategy and its practices.
pub struct StrategyCopy {
    pub id: &'static str,
    pub name: &'static str,
    /// Why it helps, one or two sentences.
    pub why: &'static str,
}

/// Dimension names grouped by who holds more: you, partner, even, unknown,
/// and how far signs of a partner's control went.
pub struct BySide<'a> {
    pub you: &'a [&'a str],
    pub partner: &'a [&'a str],
    pub even: &'a [&'a str],
    pub unknown: &'a [&'a str],
    pub control: ControlLevel,
}

/// A neighbouring band's name and how many points away it is.
pub type BandStep<'a> = Option<(&'a str, u32)>;

pub struct ResultsUi {
    /// A wedge's words: who holds more, then the band.
    pub wheel_entry: fn(&str, &str) -> String,
    pub parts_heading: &'static str,
    pub all_parts: &'static str,
    pub part_of: fn(usize, usize) -> String,
    pub previous_part: fn(&str) -> String,
    pub next_part: fn(&str) -> String,
    pub more_heading: &'static str,
    pub view_plan: &'static str,
    pub view_share: &'static str,
    pub view_history: &'static str,
    pub see_what_to_try: &'static str,
    pub wheel_label: &'static str,
    pub wheel_hint: &'static str,
    pub legend_you: &'static str,
    pub legend_partner: &'static str,
    pub legend_even: &'static str,
    pub legend_unknown: &'static str,
    /// Rim word under a dimension's name in the wheel.
    pub rim_you: &'static str,
    pub rim_partner: &'static str,
    pub rim_even: &'static str,
    pub rim_unknown: &'static str,
    /// "You hold more say in money and home & time; …" from lists of names.
    pub overview_summary: fn(&BySide) -> String,
    pub table_caption: &'static str,
    pub column_part: &'static str,
    pub column_who: &'static str,
    pub beam_you: &'static str,
    pub beam_partner: &'static str,
    /// The beam's text equivalent: name, side, band, balance.
    pub beam_summary: fn(&str, &str, &str, i32) -> String,
    pub answers_heading: &'static str,
    pub column_question: &'static str,
    pub column_answer: &'static str,
    pub column_effect: &'static str,
    /// How one answer moved the balance, in points.
    pub effect: fn(f64) -> String,
    pub not_counted: &'static str,
    pub meaning_heading: &'static str,
    pub band_meaning: [&'static str; 4],
    /// Distance to the neighbouring bands: (stronger band, points), (weaker band, points).
    pub band_distance: fn(BandStep, BandStep) -> String,
    pub concern_heading: &'static str,
    pub try_heading: &'static str,
    pub talk_heading: &'static str,
    pub strategies_heading: &'static str,
    pub strategies_intro: &'static str,
    pub strategies_calm: &'static str,
    pub strategies_controlled: &'static str,
    pub for_parts: fn(&[&str]) -> String,
    pub plan_heading: &'static str,
    /// How many practices a plan may hold, and where it is kept.
    pub plan_intro: fn(usize) -> String,
    pub plan_chosen_on: fn(&str) -> String,
    pub plan_empty: &'static str,
    pub plan_clear: &'static str,
    pub plan_clear_confirm: &'static str,
    pub plan_yes_clear: &'static str,
    pub plan_change: &'static str,
    pub trends_heading: &'static str,
    pub trends_need_two: &'static str,
    pub trends_asked_differently: &'static str,
    pub trend_label: fn(&str) -> String,
    pub trend_balance: &'static str,
    pub trend_fairness: &'static str,
    pub trend_you_top: &'static str,
    pub trend_partner_bottom: &'static str,
    pub trend_unfair_partner_top: &'static str,
    pub trend_unfair_me_bottom: &'static str,
    pub trend_summary: fn(&str, Option<i32>, Option<i32>, usize) -> String,
    pub column_checkup: &'static str,
    pub show_table: &'static str,
    pub delete_checkup: &'static str,
    pub delete_confirm: &'static str,
    pub yes_delete: &'static str,
    pub deleted: &'static str,
    pub other_checkups: &'static str,
    pub print: &'static str,
    pub data_heading: &'static str,
    pub data_intro: &'static str,
    pub export: &'static str,
    pub import_label: &'static str,
    pub import_damaged: &'static str,
    pub import_newer: &'static str,
    pub import_unreadable: &'static str,
    pub import_confirm: fn(usize) -> String,
    pub yes_import: &'static str,
    pub imported: fn(usize) -> String,
}
