//! Every word the app shows, keyed by locale. Views ask this module for text;
//! adding a language is adding a sibling of `en.rs` and a `Locale` variant.

mod en;
mod en_results;
mod en_safety;
mod en_share;
pub mod results;
pub mod safety;
pub mod share;

use crate::checkup::advice::Strategy;
use crate::checkup::saved::RecordKind;
use crate::checkup::scoring::{Band, CheckupResult, Concern, ConcernReason, Side};
use crate::checkup::{Dimension, Subject};
pub use results::{ResultsUi, StrategyCopy};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    En,
}

/// Words for one dimension.
pub struct DimensionCopy {
    pub name: &'static str,
    /// The name inside a sentence ("holding more say over home & time").
    pub in_sentence: &'static str,
    pub covers: &'static str,
    /// One line shown between dimensions in the check-up.
    pub intro: &'static str,
}

/// Words for one sign (shared by its "partner" and "myself" items).
pub struct SignCopy {
    pub id: &'static str,
    /// Short name, used in results.
    pub name: &'static str,
    /// A clause saying it happens, about the partner ("your partner
    /// threatens to hurt you"); empty when only asked about oneself.
    pub partner: &'static str,
    /// The same about oneself; empty when only asked about the partner.
    pub myself: &'static str,
}

pub struct Text {
    pub app_name: &'static str,
    pub neutral_title: &'static str,
    pub tagline: &'static str,
    pub what_it_is: &'static str,
    pub privacy_promise: &'static str,
    /// How many questions and how long, from the bank's size.
    pub duration: fn(usize) -> String,
    pub not_a_diagnosis: &'static str,
    pub balance_scale: [&'static str; 5],
    pub fairness_scale: [&'static str; 5],
    pub frequency_scale: [&'static str; 5],
    pub not_applicable: &'static str,
    pub bands: [&'static str; 4],
    pub concerns: [&'static str; 3],
    pub items: &'static [(&'static str, &'static str)],
    pub signs: &'static [SignCopy],
    pub partner_signs_part: &'static str,
    pub partner_signs_intro: &'static str,
    pub own_signs_part: &'static str,
    pub own_signs_intro: &'static str,
    pub ui: Ui,
    pub safety: safety::SafetyUi,
    pub results: ResultsUi,
    pub share: share::ShareUi,
    strategies: &'static [StrategyCopy],
    practices: &'static [(&'static str, &'static str)],
    starters: [[&'static str; 3]; 6],
    reason_sentence: fn(&Text, &ConcernReason) -> String,
    dimensions: [DimensionCopy; 6],
}

impl Text {
    pub fn dimension(&self, d: Dimension) -> &DimensionCopy {
        &self.dimensions[d.index()]
    }

    pub fn question(&self, item_id: &str) -> &'static str {
        self.items
            .iter()
            .find(|(id, _)| *id == item_id)
            .map_or("", |(_, q)| q)
    }

    fn sign_copy(&self, sign: &str) -> Option<&SignCopy> {
        self.signs.iter().find(|s| s.id == sign)
    }

    pub fn sign_name(&self, sign: &str) -> &'static str {
        self.sign_copy(sign).map_or("", |s| s.name)
    }

    /// A clause saying the sign happens, about whoever it is about.
    pub fn sign_clause(&self, sign: &str, about: Subject) -> &'static str {
        self.sign_copy(sign).map_or("", |s| match about {
            Subject::Partner => s.partner,
            Subject::Myself => s.myself,
        })
    }

    /// How often, as a word: never … very often.
    pub fn frequency(&self, frequency: u8) -> &'static str {
        self.frequency_scale[usize::from(frequency.min(4))]
    }

    pub fn band(&self, band: Band) -> &'static str {
        self.bands[band as usize]
    }

    /// A band's name that never calls a part "balanced" without saying
    /// that signs of control came up.
    pub fn band_given(&self, band: Band, control_came_up: bool) -> &'static str {
        match band {
            Band::Balanced if control_came_up => self.safety.band_balanced_control,
            _ => self.band(band),
        }
    }

    /// Who holds more, never "about even" without saying that signs of
    /// control came up.
    pub fn side_given(&self, side: Option<Side>, control_came_up: bool) -> &'static str {
        match side {
            Some(Side::Even) if control_came_up => self.safety.side_even_control,
            _ => self.side(side),
        }
    }

    /// How fair a balance feels, from −2 (very unfair to me) to +2.
    pub fn fairness(&self, fairness: i8) -> &'static str {
        self.fairness_scale[(fairness + 2).clamp(0, 4) as usize]
    }

    /// Who holds more say, or that there were too few answers to tell.
    pub fn side(&self, side: Option<Side>) -> &'static str {
        match side {
            Some(Side::You) => self.ui.side_you,
            Some(Side::Partner) => self.ui.side_partner,
            Some(Side::Even) => self.ui.side_even,
            None => self.ui.not_enough_answers,
        }
    }

    /// A balance with its sign ("+60", "-20"), or a dash when there is none.
    pub fn signed(&self, balance: Option<i32>) -> String {
        balance.map_or("—".to_owned(), |b| format!("{b:+}"))
    }

    pub fn concern(&self, concern: Concern) -> &'static str {
        self.concerns[concern as usize]
    }

    pub fn strategy(&self, strategy: Strategy) -> Option<&StrategyCopy> {
        self.strategies.iter().find(|s| s.id == strategy.id())
    }

    pub fn practice(&self, id: &str) -> &'static str {
        self.practices
            .iter()
            .find(|(p, _)| *p == id)
            .map_or("", |(_, words)| words)
    }

    pub fn starters(&self, d: Dimension) -> &[&'static str; 3] {
        &self.starters[d.index()]
    }

    /// The overview's summary: control first when it came up, then who
    /// holds more say where.
    pub fn summary(&self, result: &CheckupResult) -> String {
        let names_where = |side: Option<Side>| -> Vec<&'static str> {
            result
                .dimensions
                .iter()
                .filter(|d| d.side() == side)
                .map(|d| self.dimension(d.dimension).name)
                .collect()
        };
        (self.results.overview_summary)(&results::BySide {
            you: &names_where(Some(Side::You)),
            partner: &names_where(Some(Side::Partner)),
            even: &names_where(Some(Side::Even)),
            unknown: &names_where(None),
            control: result.control,
        })
    }

    /// One sentence explaining a concern rule that applied.
    pub fn reason(&self, reason: &ConcernReason) -> String {
        (self.reason_sentence)(self, reason)
    }
}

/// The text for the current locale.
pub fn t() -> &'static Text {
    text(Locale::En)
}

pub fn text(locale: Locale) -> &'static Text {
    match locale {
        Locale::En => &en::TEXT,
    }
}

/// Labels and sentences of the interface itself.
pub struct Ui {
    pub skip_to_content: &'static str,
    pub nav_home: &'static str,
    pub nav_privacy: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    pub start: &'static str,
    pub continue_at: fn(usize, usize) -> String,
    pub start_over: &'static str,
    pub start_over_confirm: &'static str,
    pub yes_start_over: &'static str,
    pub cancel: &'static str,
    pub latest_result: &'static str,
    pub see_result: &'static str,
    pub history_heading: &'static str,
    pub finished_on: fn(&str) -> String,
    pub question_of: fn(usize, usize) -> String,
    pub progress_label: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub keyboard_hint: &'static str,
    pub results_title: &'static str,
    pub no_result: &'static str,
    pub not_enough_answers: &'static str,
    /// Why there is no balance: fewer answers than the method needs.
    pub needs_answers: fn(usize) -> String,
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
    /// A damaged record, named: "a finished check-up from 3 Nov 2026".
    pub record_name: fn(RecordKind, Option<&str>) -> String,
    /// The notice naming every record kept aside.
    pub set_aside_notice: fn(&[String]) -> String,
    pub private_marker: &'static str,
    pub private_reloaded: &'static str,
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkup::bank::{every_item, ItemKind};
    use crate::checkup::support::{Country, HELPLINES};

    #[test]
    fn every_item_and_sign_has_english_words() {
        let t = text(Locale::En);
        for item in every_item() {
            let q = t.question(item.id);
            assert!(!q.is_empty(), "no question for {}", item.id);
            assert!(q.ends_with('?'), "{} should be a question", item.id);
            assert!(q.len() < 110, "{} is long: keep it short", item.id);
            if let ItemKind::Sign { sign, about, .. } = item.kind {
                assert!(!t.sign_name(sign).is_empty(), "no name for sign {sign}");
                assert!(
                    !t.sign_clause(sign, about).is_empty(),
                    "no clause for {sign} {about:?}"
                );
            }
        }
        assert_eq!(
            t.items.len(),
            every_item().count(),
            "words for items that do not exist"
        );
        for d in Dimension::ALL {
            assert!(!t.dimension(d).name.is_empty());
            assert!(t.starters(d).iter().all(|s| s.ends_with('?')));
        }
        for s in Strategy::ALL {
            assert!(t.strategy(s).is_some(), "no words for {s:?}");
            for p in s.practices() {
                assert!(!t.practice(p).is_empty(), "no words for {p}");
            }
        }
        for line in HELPLINES {
            assert!(
                !(t.safety.line_for)(line.id).is_empty(),
                "who is {} for?",
                line.id
            );
        }
        for c in Country::ALL {
            assert!(!(t.safety.country_names)(c).is_empty());
        }
    }
}
