//! The shape of the words for sharing, opening a link and comparing, read
//! from a language file under `share.`.

use super::kinds::{copy_struct, Plural, Template};

copy_struct! {
    pub struct ShareUi {
        pub heading: &'static str,
        pub intro: &'static str,
        pub safety_caution: &'static str,
        /// The caution for someone whose partner may be afraid of them.
        pub own_caution: &'static str,
        pub show_anyway: &'static str,
        pub reveals_heading: &'static str,
        pub reveals_intro: &'static str,
        pub never_reveals: &'static str,
        pub include_fairness: &'static str,
        pub fairness_left_out: &'static str,
        pub make_link: &'static str,
        pub link_label: &'static str,
        pub share_button: &'static str,
        pub copy_button: &'static str,
        pub copied: &'static str,
        pub copy_failed: &'static str,
        pub show_qr: &'static str,
        pub hide_qr: &'static str,
        pub qr_label: &'static str,
        pub share_title: &'static str,
        pub share_text: &'static str,
        pub opened_title: &'static str,
        pub opened_intro: &'static str,
        /// "They see you as holding more say over money", per side.
        pub they_see_you: Template,
        pub they_see_themselves: Template,
        pub they_see_even: Template,
        pub they_had_too_few: Template,
        pub invite: &'static str,
        pub take_checkup: &'static str,
        pub continue_checkup: &'static str,
        pub beam_them: &'static str,
        pub feels_to_them: &'static str,
        pub compare_title: &'static str,
        pub compare_intro: &'static str,
        pub marker_you: &'static str,
        pub marker_them: &'static str,
        /// How far apart two views are, and whether they agree on who holds more.
        pub verdict_agree: Plural,
        pub verdict_differ: Plural,
        /// The mirrored sentence, then the band when there is one.
        pub mirrored_with_band: Template,
        /// A kept view's link: received on this date.
        pub received_link: Template,
        pub cannot_compare: &'static str,
        pub fairness_both: Template,
        pub compare_summary: Template,
        pub talk_heading: &'static str,
        pub talk_intro: &'static str,
        pub all_close: &'static str,
        pub share_back_heading: &'static str,
        pub share_back_intro: &'static str,
        pub delete_view: &'static str,
        pub delete_view_confirm: &'static str,
        pub yes_delete_view: &'static str,
        pub view_deleted: &'static str,
        pub received_heading: &'static str,
        pub error_title: &'static str,
        pub error_start: &'static str,
        pub error_empty: &'static str,
        pub error_damaged: &'static str,
        pub error_newer: &'static str,
        pub error_ask_again: &'static str,
        pub different_questions: &'static str,
        pub not_same_questions: &'static str,
        /// Both figures when they cannot be set on one line: mine, theirs.
        pub figures_apart: Template,
        pub cannot_compare_part: Template,
        pub talk_controlled: &'static str,
        /// Why no starters when the reader's own behaviour may frighten
        /// their partner (and no control by the partner came up).
        pub talk_own: &'static str,
        pub reader_need_not: &'static str,
        pub keep_question: &'static str,
        pub keep_yes: &'static str,
        pub kept: &'static str,
        pub not_kept: &'static str,
        /// The fixed line on every shared view: what the figures cannot show.
        pub framing: &'static str,
        pub suggest_starters: &'static str,
        /// "About even" on a shared view, always with "in say".
        pub side_even: &'static str,
        /// "Balanced" on a shared view, always with "in say".
        pub band_balanced: &'static str,
        /// Both see nobody holding more.
        pub verdict_even: Plural,
        /// How fair a part feels, in the reader's words: −2 very unfair to
        /// you … +2 very unfair to them.
        pub fair_to: [&'static str; 5],
    }
}

impl ShareUi {
    pub fn they_see_you(&self, part: &str) -> String {
        self.they_see_you.fill(&[("part", part)])
    }

    pub fn they_see_themselves(&self, part: &str) -> String {
        self.they_see_themselves.fill(&[("part", part)])
    }

    pub fn they_see_even(&self, part: &str) -> String {
        self.they_see_even.fill(&[("part", part)])
    }

    pub fn they_had_too_few(&self, part: &str) -> String {
        self.they_had_too_few.fill(&[("part", part)])
    }

    /// How far apart two views are, and whether they agree on who holds
    /// more or that nobody does.
    pub fn verdict(&self, points: u32, agree: bool, both_even: bool) -> String {
        let message = match (agree, both_even) {
            (true, true) => &self.verdict_even,
            (true, false) => &self.verdict_agree,
            (false, _) => &self.verdict_differ,
        };
        message.fill(u64::from(points), &[])
    }

    /// The mirrored sentence, then the band when there is one.
    pub fn mirrored_summary(&self, sentence: &str, band: Option<&str>) -> String {
        match band {
            Some(band) => self
                .mirrored_with_band
                .fill(&[("sentence", sentence), ("band", band)]),
            None => sentence.to_owned(),
        }
    }

    /// How fair a part feels, in the reader's frame (−2 very unfair to the
    /// reader … +2 very unfair to the other person), in "you" and "them".
    pub fn fair_to_reader(&self, fairness: i8) -> &'static str {
        self.fair_to[(fairness + 2).clamp(0, 4) as usize]
    }

    pub fn received_link(&self, date: &str) -> String {
        self.received_link.fill(&[("date", date)])
    }

    pub fn fairness_both(&self, mine: &str, theirs: &str) -> String {
        self.fairness_both
            .fill(&[("mine", mine), ("theirs", theirs)])
    }

    pub fn figures_apart(&self, mine: &str, theirs: &str) -> String {
        self.figures_apart
            .fill(&[("mine", mine), ("theirs", theirs)])
    }

    pub fn cannot_compare_part(&self, name: &str) -> String {
        self.cannot_compare_part.fill(&[("name", name)])
    }
}
