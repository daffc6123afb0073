//! The shape of the words about control, safety and support, read from a
//! language file under `safety.`. Phone numbers are never words: they come
//! from `checkup::support`, exactly as checked, and fill the blanks here.

use super::kinds::{copy_struct, Plural, Template};

copy_struct! {
    pub struct SafetyUi {
        /// The low-key link on every screen.
        pub support_link: &'static str,
        pub support_title: &'static str,
        pub support_intro: &'static str,
        pub country_label: &'static str,
        pub emergency_heading: &'static str,
        /// "If you are in danger now, call 999."
        pub danger_now: Template,
        pub silent_call: Template,
        pub police_number: &'static str,
        pub no_emergency_known: &'static str,
        pub helplines_heading: &'static str,
        pub search_hint: &'static str,
        pub canada_note: &'static str,
        /// Where every checked line serves one region only.
        pub regional_only_note: &'static str,
        /// "Help for: Portugal", wherever numbers show.
        pub help_for: Template,
        /// The button's visible word, and its full name for screen readers,
        /// which must contain the visible word.
        pub change: &'static str,
        pub change_country: &'static str,
        /// Asked once when the browser does not say where the person is.
        pub ask_country: &'static str,
        pub ask_country_why: &'static str,
        pub choose_country: &'static str,
        /// Saudi Arabia: where its emergency number is confirmed.
        pub some_regions: &'static str,
        pub from_mobile: Template,
        pub call: Template,
        pub text_word: Template,
        pub text_number: Template,
        pub whatsapp: Template,
        pub chat: &'static str,
        pub not_emergency: &'static str,
        pub traces: &'static str,
        pub checked: Template,
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
        pub lead_came_up: Plural,
        /// Several distinct signs together: a pattern.
        pub lead_pattern: Plural,
        /// Several warning signs often.
        pub lead_warnings: Plural,
        /// Questions about the partner left unanswered.
        pub lead_unanswered: Plural,
        /// A danger sign came up.
        pub lead_danger: &'static str,
        /// Control came up in another kept check-up, with its dates.
        pub lead_history: Template,
        /// The person's partner may be afraid of them.
        pub lead_own: &'static str,
        pub danger_title: &'static str,
        pub danger_body: &'static str,
        pub danger_leaving: &'static str,
        /// A medical check after choking, even without marks.
        pub strangled: &'static str,
        pub declined_partner: Plural,
        pub declined_self: Plural,
        pub control_heading: &'static str,
        pub which_signs: &'static str,
        pub about_partner_heading: &'static str,
        pub about_you_heading: &'static str,
        pub column_sign: &'static str,
        pub column_how_often: &'static str,
        pub none_came_up: &'static str,
        pub fewer_questions: &'static str,
        /// Which signs an older check-up did not ask about.
        pub not_asked: Template,
        pub unread_answers: Plural,
        pub reflection_title: &'static str,
        pub reflection_body: &'static str,
        pub side_even_control: &'static str,
        pub band_balanced_control: &'static str,
        pub rim_even_control: &'static str,
        pub legend_even_control: &'static str,
        /// The same three, when questions about the partner were left
        /// unanswered and nothing came up.
        pub side_even_unanswered: &'static str,
        pub band_balanced_unanswered: &'static str,
        pub legend_even_unanswered: &'static str,
        /// One tap in the safety notice: erase this check-up from the device.
        pub erase_checkup: &'static str,
        pub erase_checkup_confirm: &'static str,
        pub yes_erase_checkup: &'static str,
        pub checkup_erased: &'static str,
    }
}

/// Phone numbers, short codes and star codes are isolated left to right,
/// so "0808 2000 247" never reads "247 2000 0808" in Arabic.
impl super::Text {
    fn with_number(&self, words: &Template, blanks: &[(&str, &str)]) -> String {
        let isolated: Vec<(&str, String)> = blanks
            .iter()
            .map(|(blank, number)| (*blank, self.isolate(number)))
            .collect();
        let pairs: Vec<(&str, &str)> = isolated.iter().map(|(b, n)| (*b, n.as_str())).collect();
        words.fill(&pairs)
    }

    pub fn danger_now(&self, dial: &str) -> String {
        self.with_number(&self.safety.danger_now, &[("dial", dial)])
    }

    /// How to call without speaking, where the country has a way.
    pub fn silent_call(&self, dial: &str, press: &str) -> String {
        self.with_number(
            &self.safety.silent_call,
            &[("dial", dial), ("press", press)],
        )
    }

    pub fn call(&self, dial: &str) -> String {
        self.with_number(&self.safety.call, &[("dial", dial)])
    }

    pub fn text_word(&self, word: &str, number: &str) -> String {
        self.with_number(
            &self.safety.text_word,
            &[("word", word), ("number", number)],
        )
    }

    pub fn text_number(&self, number: &str) -> String {
        self.with_number(&self.safety.text_number, &[("number", number)])
    }

    pub fn whatsapp(&self, number: &str) -> String {
        self.with_number(&self.safety.whatsapp, &[("number", number)])
    }

    pub fn from_mobile(&self, code: &str) -> String {
        self.with_number(&self.safety.from_mobile, &[("code", code)])
    }

    /// Where no single line stands for the country (every checked line
    /// serves one region): Canada's own note, or the general one.
    pub fn regional_note(&self, country: crate::checkup::support::Country) -> Option<&'static str> {
        use crate::checkup::support::Country;
        match country {
            Country::Ca => Some(self.safety.canada_note),
            c if c.only_regional_lines() => Some(self.safety.regional_only_note),
            _ => None,
        }
    }

    pub fn help_for(&self, country: crate::checkup::support::Country) -> String {
        self.safety
            .help_for
            .fill(&[("country", self.country_name(country))])
    }
}

impl SafetyUi {
    pub fn checked(&self, date: &str) -> String {
        self.checked.fill(&[("date", date)])
    }

    pub fn lead_came_up(&self, signs: usize) -> String {
        self.lead_came_up.fill(signs as u64, &[])
    }

    pub fn lead_pattern(&self, signs: usize) -> String {
        self.lead_pattern.fill(signs as u64, &[])
    }

    pub fn lead_warnings(&self, signs: usize) -> String {
        self.lead_warnings.fill(signs as u64, &[])
    }

    pub fn lead_unanswered(&self, questions: usize) -> String {
        self.lead_unanswered.fill(questions as u64, &[])
    }

    pub fn lead_history(&self, dates: &str) -> String {
        self.lead_history.fill(&[("dates", dates)])
    }

    pub fn declined_partner(&self, questions: usize) -> String {
        self.declined_partner.fill(questions as u64, &[])
    }

    pub fn declined_self(&self, questions: usize) -> String {
        self.declined_self.fill(questions as u64, &[])
    }

    pub fn not_asked(&self, signs: &str) -> String {
        self.not_asked.fill(&[("signs", signs)])
    }

    pub fn unread_answers(&self, answers: usize) -> String {
        self.unread_answers.fill(answers as u64, &[])
    }
}
