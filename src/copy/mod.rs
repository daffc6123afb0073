//! Every word the app shows, keyed by locale. Views ask this module for text;
//! adding a language is adding a sibling of `en.rs` and a `Locale` variant.

mod en;

use crate::checkup::scoring::{Band, Concern};
use crate::checkup::Dimension;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    En,
}

/// Words for one dimension.
pub struct DimensionCopy {
    pub name: &'static str,
    pub covers: &'static str,
    /// One line shown between dimensions in the check-up.
    pub intro: &'static str,
}

/// Words for one warning sign (shared by its "partner" and "myself" items).
pub struct SignCopy {
    pub id: &'static str,
    /// Short name, used in results: "Being dismissed".
    pub name: &'static str,
}

pub struct Text {
    pub app_name: &'static str,
    pub neutral_title: &'static str,
    pub tagline: &'static str,
    pub what_it_is: &'static str,
    pub privacy_promise: &'static str,
    pub duration: &'static str,
    pub not_a_diagnosis: &'static str,
    pub balance_scale: [&'static str; 5],
    pub fairness_scale: [&'static str; 5],
    pub frequency_scale: [&'static str; 5],
    pub not_applicable: &'static str,
    pub bands: [&'static str; 4],
    pub concerns: [&'static str; 3],
    pub items: &'static [(&'static str, &'static str)],
    pub signs: &'static [SignCopy],
    pub warnings_intro: &'static str,
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

    pub fn sign_name(&self, sign: &str) -> &'static str {
        self.signs
            .iter()
            .find(|s| s.id == sign)
            .map_or("", |s| s.name)
    }

    pub fn band(&self, band: Band) -> &'static str {
        self.bands[band as usize]
    }

    pub fn concern(&self, concern: Concern) -> &'static str {
        self.concerns[concern as usize]
    }
}

pub fn text(locale: Locale) -> &'static Text {
    match locale {
        Locale::En => &en::TEXT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkup::bank::{ItemKind, BANK};

    #[test]
    fn every_item_and_sign_has_english_words() {
        let t = text(Locale::En);
        for item in BANK {
            let q = t.question(item.id);
            assert!(!q.is_empty(), "no question for {}", item.id);
            assert!(q.ends_with('?'), "{} should be a question", item.id);
            assert!(q.len() < 110, "{} is long: keep it short", item.id);
            if let ItemKind::Warning { sign, .. } = item.kind {
                assert!(!t.sign_name(sign).is_empty(), "no name for sign {sign}");
            }
        }
        assert_eq!(t.items.len(), BANK.len(), "words for items that do not exist");
        for d in Dimension::ALL {
            assert!(!t.dimension(d).name.is_empty());
        }
    }
}
