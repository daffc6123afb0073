//! The shape of the results page's words: charts, details, strategies, the
//! plan, history and the data tools, read from a language file under
//! `results.`.

use super::kinds::{copy_struct, Plural, Template};

/// Words for one strategy.
#[derive(Clone, Copy, Debug)]
pub struct StrategyCopy {
    pub id: &'static str,
    pub name: &'static str,
    /// Why it helps, one or two sentences.
    pub why: &'static str,
}

/// A neighbouring band's name and how many points away it is.
pub type BandStep<'a> = Option<(&'a str, u32)>;

copy_struct! {
    pub struct ResultsUi {
        /// A wedge's words: who holds more, then the band.
        pub wheel_entry: Template,
        pub parts_heading: &'static str,
        pub all_parts: &'static str,
        pub part_of: Template,
        pub previous_part: Template,
        pub next_part: Template,
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
        pub summary_you: Template,
        pub summary_partner: Template,
        pub summary_even_all_control: &'static str,
        pub summary_even_control: Template,
        pub summary_even_all: &'static str,
        pub summary_even: Template,
        pub summary_unknown: Template,
        pub table_caption: &'static str,
        pub column_part: &'static str,
        pub column_who: &'static str,
        pub beam_you: &'static str,
        pub beam_partner: &'static str,
        /// The beam's text equivalent: name, side, band, balance.
        pub beam_summary: Template,
        pub answers_heading: &'static str,
        pub column_question: &'static str,
        pub column_answer: &'static str,
        pub column_effect: &'static str,
        /// How one answer moved the balance, in points.
        pub effect_none: &'static str,
        pub effect_you: Template,
        pub effect_partner: Template,
        pub not_counted: &'static str,
        pub meaning_heading: &'static str,
        pub band_meaning: [&'static str; 4],
        /// Distance to the neighbouring bands: (stronger band, points), (weaker band, points).
        pub band_up: Plural,
        pub band_down: Plural,
        pub concern_heading: &'static str,
        pub try_heading: &'static str,
        pub talk_heading: &'static str,
        pub strategies_heading: &'static str,
        pub strategies_intro: &'static str,
        pub strategies_calm: &'static str,
        pub strategies_controlled: &'static str,
        pub for_parts: Template,
        pub plan_heading: &'static str,
        /// How many practices a plan may hold, and where it is kept.
        pub plan_intro: Plural,
        pub plan_chosen_on: Template,
        pub plan_empty: &'static str,
        pub plan_clear: &'static str,
        pub plan_clear_confirm: &'static str,
        pub plan_yes_clear: &'static str,
        pub plan_change: &'static str,
        /// Practices hidden from a plan because they are no longer safe.
        pub plan_hidden: Plural,
        /// Under support and safety practices, which are read, not ticked.
        pub read_only_note: &'static str,
        /// The advice's intro when the person's partner may be afraid of them.
        pub strategies_own: &'static str,
        /// A part's band meaning when signs of control came up.
        pub band_meaning_control: &'static str,
        /// "Low concern", never alone when signs of control came up.
        pub concern_low_control: &'static str,
        pub no_concern_control: &'static str,
        pub concern_low_unanswered: &'static str,
        pub no_concern_unanswered: &'static str,
        pub column_control: &'static str,
        pub trend_control: &'static str,
        pub trend_grew: &'static str,
        pub signs_grew: Template,
        pub trends_heading: &'static str,
        pub trends_need_two: &'static str,
        pub trends_asked_differently: &'static str,
        pub trend_label: Template,
        pub trend_balance: &'static str,
        pub trend_fairness: &'static str,
        pub trend_you_top: &'static str,
        pub trend_partner_bottom: &'static str,
        pub trend_unfair_partner_top: &'static str,
        pub trend_unfair_me_bottom: &'static str,
        pub trend_summary: Plural,
        pub trend_incomplete: Plural,
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
        pub import_confirm: Plural,
        pub yes_import: &'static str,
        pub imported: Plural,
    }
}

impl ResultsUi {
    pub fn wheel_entry(&self, side: &str, band: &str) -> String {
        self.wheel_entry.fill(&[("side", side), ("band", band)])
    }

    pub fn part_of(&self, n: usize, total: usize) -> String {
        self.part_of
            .fill(&[("n", &n.to_string()), ("total", &total.to_string())])
    }

    pub fn previous_part(&self, name: &str) -> String {
        self.previous_part.fill(&[("name", name)])
    }

    pub fn next_part(&self, name: &str) -> String {
        self.next_part.fill(&[("name", name)])
    }

    pub fn plan_intro(&self, limit: usize) -> String {
        self.plan_intro.fill(limit as u64, &[])
    }

    pub fn plan_chosen_on(&self, date: &str) -> String {
        self.plan_chosen_on.fill(&[("date", date)])
    }

    pub fn plan_hidden(&self, practices: usize) -> String {
        self.plan_hidden.fill(practices as u64, &[])
    }

    pub fn signs_grew(&self, dates: &str) -> String {
        self.signs_grew.fill(&[("dates", dates)])
    }

    pub fn trend_label(&self, name: &str) -> String {
        self.trend_label.fill(&[("name", name)])
    }

    pub fn import_confirm(&self, checkups: usize) -> String {
        self.import_confirm.fill(checkups as u64, &[])
    }

    pub fn imported(&self, checkups: usize) -> String {
        self.imported.fill(checkups as u64, &[])
    }
}
