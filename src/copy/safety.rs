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
    }
}

impl SafetyUi {
    pub fn danger_now(&self, dial: &str) -> String {
        self.danger_now.fill(&[("dial", dial)])
    }

    /// How to call without speaking, where the country has a way.
    pub fn silent_call(&self, dial: &str, press: &str) -> String {
        self.silent_call.fill(&[("dial", dial), ("press", press)])
    }

    pub fn call(&self, dial: &str) -> String {
        self.call.fill(&[("dial", dial)])
    }

    pub fn text_word(&self, word: &str, number: &str) -> String {
        self.text_word.fill(&[("word", word), ("number", number)])
    }

    pub fn text_number(&self, number: &str) -> String {
        self.text_number.fill(&[("number", number)])
    }

    pub fn whatsapp(&self, number: &str) -> String {
        self.whatsapp.fill(&[("number", number)])
    }

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
