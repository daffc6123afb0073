//! The shape of the words that are not about results, safety or sharing:
//! the app's name and promise, answer scales, the interface, reasons,
//! list patterns. Read from a language file by key natively (`keyed`), by
//! position in the app (`reader`).

use super::kinds::{copy_struct, Plural, Template};
use super::results::ResultsUi;
use super::safety::SafetyUi;
use super::share::ShareUi;

copy_struct! {
    /// Every fixed word of one language, read under its key.
    pub struct Words {
        pub app_name: &'static str,
        pub neutral_title: &'static str,
        pub tagline: &'static str,
        pub what_it_is: &'static str,
        pub privacy_promise: &'static str,
        /// How many questions and how long, from the bank's size.
        pub duration: Plural,
        pub not_a_diagnosis: &'static str,
        pub balance_scale: [&'static str; 5],
        pub fairness_scale: [&'static str; 5],
        pub frequency_scale: [&'static str; 5],
        pub not_applicable: &'static str,
        /// "I'd rather not say", offered on every sign question.
        pub declined: &'static str,
        /// The time frame every sign question asks about.
        pub past_year: &'static str,
        pub bands: [&'static str; 4],
        pub concerns: [&'static str; 3],
        pub partner_signs_part: &'static str,
        pub partner_signs_intro: &'static str,
        pub own_signs_part: &'static str,
        pub own_signs_intro: &'static str,
        pub list: ListPatterns,
        pub date: DateWords,
        pub reason: Reasons,
        pub ui: Ui,
        pub safety: SafetyUi,
        pub results: ResultsUi,
        pub share: ShareUi,
    }
}

copy_struct! {
    /// Words for one dimension, under `dimension.<id>`.
    pub struct DimensionCopy {
        pub name: &'static str,
        /// The name inside a sentence ("holding more say over home & time").
        pub in_sentence: &'static str,
        pub covers: &'static str,
        /// One line shown between dimensions in the check-up.
        pub intro: &'static str,
    }
}

copy_struct! {
    /// How a language joins names into a list: two names; the start of a
    /// longer list; its last name.
    pub struct ListPatterns {
        pub two: Template,
        pub middle: Template,
        pub end: Template,
    }
}

copy_struct! {
    /// How a calendar date is written: the language's order and month
    /// names, so no date waits for the browser's `Intl` data (its first use
    /// takes tens of milliseconds on a slow phone).
    pub struct DateWords {
        /// With `{day}`, `{month}` and `{year}`.
        pub pattern: Template,
        /// Short month names, January first.
        pub months: [&'static str; 12],
    }
}

copy_struct! {
    /// One sentence per concern rule that can apply.
    pub struct Reasons {
        pub sign: Template,
        pub sign_severe: Template,
        /// A sign read from a balance answer (who can say no without worry).
        pub from_balance: Template,
        pub strong_and_unfair: &'static str,
        pub imbalanced: &'static str,
        pub felt_very_unfair: &'static str,
        pub leaning_and_unfair: &'static str,
    }
}

copy_struct! {
    /// Labels and sentences of the interface itself.
    pub struct Ui {
        pub skip_to_content: &'static str,
        pub nav_home: &'static str,
        pub nav_privacy: &'static str,
        pub quick_exit: &'static str,
        pub quick_exit_hint: &'static str,
        /// Shown by `public/boot.js` when the app cannot be fetched or
        /// started; read here so every language must have it.
        pub not_started: &'static str,
        pub start: &'static str,
        pub continue_at: Template,
        pub start_over: &'static str,
        pub start_over_confirm: &'static str,
        pub yes_start_over: &'static str,
        pub cancel: &'static str,
        pub latest_result: &'static str,
        pub see_result: &'static str,
        pub history_heading: &'static str,
        pub finished_on: Template,
        pub question_of: Template,
        pub progress_label: &'static str,
        pub back: &'static str,
        pub next: &'static str,
        pub see_results: &'static str,
        pub keyboard_hint: &'static str,
        pub results_title: &'static str,
        pub no_result: &'static str,
        pub not_enough_answers: &'static str,
        /// Why there is no balance: fewer answers than the method needs.
        pub needs_answers: Plural,
        pub side_you: &'static str,
        pub side_partner: &'static str,
        pub side_even: &'static str,
        pub balance_label: &'static str,
        pub band_label: &'static str,
        pub fairness_label: &'static str,
        pub concern_label: &'static str,
        pub no_concern_reason: &'static str,
        pub new_checkup: &'static str,
        pub privacy_title: &'static str,
        pub privacy_body: &'static str,
        pub neutral_title_label: &'static str,
        pub erase_everything: &'static str,
        pub erase_confirm: &'static str,
        pub yes_erase: &'static str,
        pub erased: &'static str,
        pub erase_failed: &'static str,
        pub storage_blocked: &'static str,
        pub storage_full: &'static str,
        pub storage_newer: &'static str,
        pub corrupt_notice: &'static str,
        /// Names of damaged records, then "… from <date>".
        pub record_in_progress: &'static str,
        pub record_finished_checkup: &'static str,
        pub record_partners_view: &'static str,
        pub record_plan: &'static str,
        pub record_settings: &'static str,
        pub record_from: Template,
        /// The notice naming every record kept aside.
        pub set_aside_notice: Template,
        pub private_marker: &'static str,
        pub private_marker_reloaded: &'static str,
        pub private_label: &'static str,
        pub private_hint: &'static str,
        pub private_erase_offer: &'static str,
        pub private_yes_erase: &'static str,
        pub private_keep_stored: &'static str,
        pub erase_on_exit_label: &'static str,
        pub quick_exit_limits: &'static str,
        pub quick_exit_how: &'static str,
        pub privacy_private_heading: &'static str,
        pub privacy_exit_heading: &'static str,
        pub intro_title: &'static str,
        pub intro_watched: &'static str,
        pub intro_kept: &'static str,
        pub intro_skip_next_time: &'static str,
        pub intro_start: &'static str,
        pub export_backup: &'static str,
        pub erase_backup: &'static str,
        pub not_found_title: &'static str,
        pub not_found_body: &'static str,
        pub go_home: &'static str,
        pub language_label: &'static str,
        /// One line when the chosen language could not be loaded.
        pub language_fallback: &'static str,
    }
}

impl Words {
    pub fn duration(&self, questions: usize) -> String {
        self.duration.fill(questions as u64, &[])
    }
}

impl Ui {
    pub fn continue_at(&self, n: usize, total: usize) -> String {
        self.continue_at
            .fill(&[("n", &n.to_string()), ("total", &total.to_string())])
    }

    pub fn question_of(&self, n: usize, total: usize) -> String {
        self.question_of
            .fill(&[("n", &n.to_string()), ("total", &total.to_string())])
    }

    pub fn finished_on(&self, date: &str) -> String {
        self.finished_on.fill(&[("date", date)])
    }

    pub fn needs_answers(&self, needed: usize) -> String {
        self.needs_answers.fill(needed as u64, &[])
    }
}
