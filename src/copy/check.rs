//! What makes a language file usable: every key the app reads, and a word
//! for every id the core can ask about (items, signs, strategies,
//! practices, starters, countries, helplines, opening hours).

#[cfg(not(target_arch = "wasm32"))]
use super::keyed::CatalogError;
#[cfg(all(test, not(target_arch = "wasm32")))]
use super::Text;
use crate::checkup::advice::Strategy;
use crate::checkup::bank::{every_item, ItemKind, FEAR_IN_BALANCE};
use crate::checkup::support::{Country, Hours, HELPLINES};
use crate::checkup::{Dimension, Subject};
use crate::lean::positions_in_order;

/// Why a language file was refused (the app then shows English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file could not be fetched.
    Unavailable,
    BadLine(usize),
    Repeated(String),
    Missing(Vec<String>),
    /// Keys of a translator's file that nothing reads (found when the
    /// built files are written, natively).
    Unread(Vec<String>),
    /// A built file whose fixed words are in another order than this
    /// version reads them (an older or newer build's file).
    OtherVersion,
    /// A run of digits that could be a phone number: numbers come only
    /// from the checked support list, never from a language file.
    Digits(usize),
}

#[cfg(not(target_arch = "wasm32"))]
impl From<CatalogError> for LoadError {
    fn from(error: CatalogError) -> LoadError {
        match error {
            CatalogError::BadLine(n) => LoadError::BadLine(n),
            CatalogError::Repeated(key) => LoadError::Repeated(key),
        }
    }
}

/// The line of the first run of three or more digits, but the balance
/// scale's 100: a changed or tampered file must not show a number the
/// checked list does not have. In a `keyed` file only what follows a key
/// counts (keys, such as helpline ids, may hold digits); a built file's
/// lines after its header are all words.
pub(super) fn phone_like_digits(source: &str, keyed: bool) -> Option<usize> {
    source.lines().enumerate().find_map(|(index, line)| {
        let text = if keyed {
            line.split_once(" = ").map_or("", |(_, text)| text)
        } else {
            line
        };
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
        Hours::WeekdaysDaytime => Some("weekdays_daytime"),
        Hours::WeekdaysToMidnight => Some("weekdays_to_midnight"),
        Hours::MorningToMidnight => Some("morning_to_midnight"),
        Hours::Unknown => None,
    }
}

/// The key of every word looked up by id (every question, sign, strategy,
/// practice, conversation starter, country, helpline and opening hours),
/// each once and sorted: the order a built file lists their words in. A
/// built file carries only the words; the app makes the keys again from
/// the core's own ids, so they never travel in the WebAssembly or a file.
pub(super) fn id_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::with_capacity(256);
    for item in every_item() {
        keys.push(format!("item.{}", item.id));
        if let ItemKind::Sign { sign, about, .. } = item.kind {
            keys.push(format!("sign.{sign}.name"));
            keys.push(format!("sign.{sign}.{}", subject_key(about)));
        }
    }
    for (_, sign, _) in FEAR_IN_BALANCE {
        keys.push(format!("sign.{sign}.name"));
        keys.push(format!("sign.{sign}.{}", subject_key(Subject::Partner)));
    }
    for strategy in Strategy::ALL {
        keys.push(format!("strategy.{}.name", strategy.id()));
        keys.push(format!("strategy.{}.why", strategy.id()));
        for practice in strategy.practices() {
            keys.push(format!("practice.{practice}"));
        }
    }
    for d in Dimension::ALL {
        for n in 1..=3 {
            keys.push(format!("starter.{}.{n}", d.id()));
        }
    }
    for country in Country::ALL {
        keys.push(format!("country.{}", country.code()));
    }
    for line in HELPLINES {
        keys.push(format!("line.{}", line.id));
        if line.described {
            keys.push(format!("line_name.{}", line.id));
        }
        if let Some(hours) = hours_key(line.hours) {
            keys.push(format!("hours.{hours}"));
        }
    }
    // Sorted (through the app's one sort), so lookups can search it and a
    // key shared by several ids (a sign asked about twice) comes once.
    let order = positions_in_order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut sorted: Vec<String> = order
        .into_iter()
        .map(|at| std::mem::take(&mut keys[at]))
        .collect();
    sorted.dedup();
    sorted
}

/// Every lookup by id the views can make, made as they make it: a list of
/// what came back empty (every question, sign, strategy, practice,
/// conversation starter, country, helpline and its opening hours). A test:
/// a built file has a word for every `id_keys` key, and this says the
/// lookups ask for those keys.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) fn ids_without_words(text: &Text) -> Vec<String> {
    let mut missing = Vec::new();
    let mut need = |words: &str, what: &dyn Fn() -> String| {
        if words.is_empty() {
            missing.push(what());
        }
    };
    for item in every_item() {
        need(text.question(item.id), &|| format!("question {}", item.id));
        if let ItemKind::Sign { sign, about, .. } = item.kind {
            need(text.sign_name(sign), &|| format!("name of sign {sign}"));
            need(text.sign_clause(sign, about), &|| {
                format!("sign {sign} about {}", subject_key(about))
            });
        }
    }
    for (_, sign, _) in FEAR_IN_BALANCE {
        need(text.sign_name(sign), &|| format!("name of sign {sign}"));
        need(text.sign_clause(sign, Subject::Partner), &|| {
            format!("sign {sign} about the partner")
        });
    }
    for strategy in Strategy::ALL {
        let words = text.strategy(strategy);
        need(words.map_or("", |w| w.name), &|| {
            format!("strategy {}", strategy.id())
        });
        need(words.map_or("", |w| w.why), &|| {
            format!("why of {}", strategy.id())
        });
        for practice in strategy.practices() {
            need(text.practice(practice), &|| format!("practice {practice}"));
        }
    }
    for d in Dimension::ALL {
        for starter in text.starters(d) {
            need(starter, &|| format!("starters for {}", d.id()));
        }
    }
    for country in Country::ALL {
        need(text.country_name(country), &|| {
            format!("country {}", country.code())
        });
    }
    for line in HELPLINES {
        need(text.line_for(line.id), &|| {
            format!("who line {} is for", line.id)
        });
        need(text.line_name(line), &|| {
            format!("name of line {}", line.id)
        });
        if let Some(hours) = text.hours(line.hours) {
            need(hours, &|| format!("hours of line {}", line.id));
        }
    }
    missing
}
