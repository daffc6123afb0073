//! What makes a language file usable: every key the app reads, and a word
//! for every id the core can ask about (items, signs, strategies,
//! practices, starters, countries, helplines, opening hours).

use super::catalog::{Catalog, FromCatalog};
use crate::checkup::advice::Strategy;
use crate::checkup::bank::{every_item, ItemKind};
use crate::checkup::support::{Country, Hours, HELPLINES};
use crate::checkup::{Dimension, Subject};

/// Why a language file was refused (the app then shows English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file could not be fetched.
    Unavailable,
    BadLine(usize),
    Repeated(String),
    Missing(Vec<String>),
    /// A run of digits that could be a phone number: numbers come only
    /// from the checked support list, never from a language file.
    Digits(usize),
}

/// The line of the first run of three or more digits, but the balance
/// scale's 100: a changed or tampered file must not show a number the
/// checked list does not have.
pub(super) fn phone_like_digits(source: &str) -> Option<usize> {
    source.lines().enumerate().find_map(|(index, line)| {
        let text = line.split_once(" = ").map_or("", |(_, text)| text);
        let mut runs = text.split(|c: char| !c.is_ascii_digit());
        runs.any(|run| run.len() >= 3 && run != "100")
            .then_some(index + 1)
    })
}

/// The key part for whom a sign's clause is about.
pub(super) fn subject_key(about: Subject) -> &'static str {
    match about {
        Subject::Partner => "partner",
        Subject::Myself => "myself",
    }
}

pub(super) fn hours_key(hours: Hours) -> Option<&'static str> {
    match hours {
        Hours::AllDay => Some("all_day"),
        Hours::NotAllDay => Some("not_all_day"),
        Hours::Weekdays => Some("weekdays"),
        Hours::NineToEleven => Some("nine_to_eleven"),
        Hours::Unknown => None,
    }
}

/// Reads every word looked up by id, so the catalog notes what is missing.
pub(super) fn every_id_has_words(catalog: &Catalog) {
    for item in every_item() {
        catalog.text(&format!("item.{}", item.id));
        if let ItemKind::Sign { sign, about, .. } = item.kind {
            catalog.text(&format!("sign.{sign}.name"));
            catalog.text(&format!("sign.{sign}.{}", subject_key(about)));
        }
    }
    for strategy in Strategy::ALL {
        catalog.text(&format!("strategy.{}.name", strategy.id()));
        catalog.text(&format!("strategy.{}.why", strategy.id()));
        for practice in strategy.practices() {
            catalog.text(&format!("practice.{practice}"));
        }
    }
    for d in Dimension::ALL {
        <[&'static str; 3]>::read(catalog, &format!("starter.{}", d.id()));
    }
    for country in Country::ALL {
        catalog.text(&format!("country.{}", country.code()));
    }
    for line in HELPLINES {
        catalog.text(&format!("line.{}", line.id));
        if let Some(key) = hours_key(line.hours) {
            catalog.text(&format!("hours.{key}"));
        }
    }
}
