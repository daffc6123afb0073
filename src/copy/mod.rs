//! Every word the app shows. Translators edit `locales/<tag>.txt`
//! (`key = text`); the app reads the built files a native test writes from
//! them (`locales/built/<tag>.lines`, see `built`). English's fixed words are
//! built in, so there is always something to show; its words by id, and any
//! other language, are read when first needed. Views ask `t()` for the
//! current language's words and sentences.

#[cfg(not(target_arch = "wasm32"))]
pub mod built;
mod by_id;
mod check;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod keyed;
pub(crate) mod kinds;
mod locale;
mod plural;
pub(crate) mod reader;
pub mod results;
pub mod safety;
mod sentences;
pub mod share;
// Keyed files are read natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod words;

use crate::checkup::advice::Strategy;
use crate::checkup::scoring::{Band, Concern, Side};
use crate::checkup::support::{Country, Helpline, Hours};
use crate::checkup::{Dimension, Subject};
use by_id::IdWords;
pub use check::LoadError;
pub use locale::Locale;
use reader::{name, FromWords, Reader};
pub use results::{BandStep, ResultsUi, StrategyCopy};
use std::cell::{Cell, RefCell};
pub use words::{DimensionCopy, Ui, Words};

/// English's fixed words (see `built`), built in as the fallback for every
/// other language. Its words by id come with its served file
/// (`locales/built/en.lines`, nothing but them), fetched as the app starts
/// (`language`), so the first load does not carry them and the served file
/// does not repeat the built-in words. Natively, for the tests, English has
/// both from the start.
pub const ENGLISH_SOURCE: &str = include_str!("../../locales/built-in/en.lines");
#[cfg(not(target_arch = "wasm32"))]
pub const SERVED_ENGLISH: &str = include_str!("../../locales/built/en.lines");

/// The fixed words, in the order a built file lists them.
fn read_fixed(words: &mut Reader) -> (Words, [DimensionCopy; 6]) {
    let fixed = Words::read(words);
    words.enter(name!("dimension"));
    let dimensions = Dimension::ALL.map(|_d| words.field(name!(_d.id())));
    words.leave();
    (fixed, dimensions)
}

/// One language's words, ready to show.
pub struct Text {
    pub locale: Locale,
    /// Kept for the visit; English's are shared by its built-in and served
    /// texts.
    words: &'static Words,
    dimensions: &'static [DimensionCopy; 6],
    /// Words looked up by an id from the core (items, signs, strategies…).
    id_words: IdWords,
}

impl std::ops::Deref for Text {
    type Target = Words;

    fn deref(&self) -> &Words {
        self.words
    }
}

impl Text {
    /// Reads a built language file, refusing one that is damaged, built
    /// for another version, lacks any word the app can ask for (`read`
    /// checks both sections whole) or writes a number.
    pub fn build(locale: Locale, source: &'static str) -> Result<Text, LoadError> {
        let text = Self::read(locale, source, false)?;
        refuse_digits(body_of(source)?)?;
        Ok(text)
    }

    /// Reads the built-in English without the check for digits (native
    /// tests check the file whole, so the app's start does not repeat it),
    /// accepting a file with its fixed words only.
    pub fn read_built_in(locale: Locale, source: &'static str) -> Result<Text, LoadError> {
        Self::read(locale, source, true)
    }

    /// English whole: the built-in fixed words of `english` with the words
    /// by id of its served file (header, `==`, then the words by id only),
    /// checked as `build` checks any served file.
    pub fn english_with_ids(english: &Text, source: &'static str) -> Result<Text, LoadError> {
        let body = body_of(source)?;
        let by_id = body
            .strip_prefix(reader::SEPARATOR)
            .and_then(|rest| rest.strip_prefix('\n'))
            .ok_or(LoadError::BadLine(2))?;
        refuse_digits(body)?;
        Ok(Text {
            locale: Locale::En,
            words: english.words,
            dimensions: english.dimensions,
            id_words: IdWords::read(by_id, 3)?,
        })
    }

    /// Whether the words by id are here (questions, signs, advice, support).
    pub fn has_ids(&self) -> bool {
        !self.id_words.is_empty()
    }

    fn read(locale: Locale, source: &'static str, fixed_only: bool) -> Result<Text, LoadError> {
        let body = body_of(source)?;
        let mut reader = Reader::lines(body, locale.plural_rule());
        let (words, dimensions) = read_fixed(&mut reader);
        let (missing, by_id, first_line) = reader.finish_lines().map_err(LoadError::BadLine)?;
        if !missing.is_empty() {
            return Err(LoadError::Missing(missing));
        }
        let id_words = if fixed_only && by_id.is_empty() {
            IdWords::none()
        } else {
            IdWords::read(by_id, first_line)?
        };
        Ok(Text {
            locale,
            words: Box::leak(Box::new(words)),
            dimensions: Box::leak(Box::new(dimensions)),
            id_words,
        })
    }

    fn by_id(&self, prefix: &str, id: &str) -> &'static str {
        self.id_words.find(&format!("{prefix}.{id}")).unwrap_or("")
    }

    pub fn dimension(&self, d: Dimension) -> &DimensionCopy {
        &self.dimensions[d.index()]
    }

    pub fn question(&self, item_id: &str) -> &'static str {
        self.by_id("item", item_id)
    }

    /// A sign's short name, used in results.
    pub fn sign_name(&self, sign: &str) -> &'static str {
        self.by_id("sign", &format!("{sign}.name"))
    }

    /// A clause saying the sign happens, about whoever it is about.
    pub fn sign_clause(&self, sign: &str, about: Subject) -> &'static str {
        self.by_id("sign", &format!("{sign}.{}", check::subject_key(about)))
    }

    /// How often a sign came up, in the words it was asked with: a sign
    /// read from a balance answer shows that answer ("Almost always my
    /// partner"), any other its frequency.
    pub fn sign_how_often(&self, sign: &crate::checkup::scoring::SignScore) -> &'static str {
        if sign.from_balance {
            // Stored as 4 for "almost always my partner", 2 for "more often".
            let choice = if sign.frequency >= 4 { 4 } else { 3 };
            return self.balance_scale[choice];
        }
        self.frequency(sign.frequency)
    }

    /// How often, as a word: never … very often.
    pub fn frequency(&self, frequency: u8) -> &'static str {
        self.frequency_scale[usize::from(frequency.min(4))]
    }

    pub fn band(&self, band: Band) -> &'static str {
        self.bands[band as usize]
    }

    /// A band's name that never calls a part "balanced" without saying
    /// that signs of control came up, or that questions about it were
    /// left unanswered.
    pub fn band_given(&self, band: Band, naming: impl Into<Naming>) -> &'static str {
        match (band, naming.into()) {
            (Band::Balanced, Naming::Control) => self.safety.band_balanced_control,
            (Band::Balanced, Naming::Unanswered) => self.safety.band_balanced_unanswered,
            _ => self.band(band),
        }
    }

    /// Who holds more, never "about even" without saying that signs of
    /// control came up, or that questions about it were left unanswered.
    pub fn side_given(&self, side: Option<Side>, naming: impl Into<Naming>) -> &'static str {
        match (side, naming.into()) {
            (Some(Side::Even), Naming::Control) => self.safety.side_even_control,
            (Some(Side::Even), Naming::Unanswered) => self.safety.side_even_unanswered,
            _ => self.side(side),
        }
    }

    /// A band's name on a shared view: never "Balanced" without "in say".
    pub fn shared_band(&self, band: Band) -> &'static str {
        match band {
            Band::Balanced => self.share.band_balanced,
            _ => self.band(band),
        }
    }

    /// Who holds more on a shared view: never "about even" without "in say".
    pub fn shared_side(&self, side: Option<Side>) -> &'static str {
        match side {
            Some(Side::Even) => self.share.side_even,
            _ => self.side(side),
        }
    }

    /// The legend's word for "about even", naming control as above.
    pub fn legend_even(&self, naming: Naming) -> &'static str {
        match naming {
            Naming::Control => self.safety.legend_even_control,
            Naming::Unanswered => self.safety.legend_even_unanswered,
            Naming::Plain => self.results.legend_even,
        }
    }

    /// The line for a part with no concern reason, naming control as above.
    pub fn no_concern(&self, naming: Naming) -> &'static str {
        match naming {
            Naming::Control => self.results.no_concern_control,
            Naming::Unanswered => self.results.no_concern_unanswered,
            Naming::Plain => self.ui.no_concern_reason,
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

    pub fn concern(&self, concern: Concern) -> &'static str {
        self.concerns[concern as usize]
    }

    /// A concern level that never says "Low concern" alone when signs of
    /// control came up or questions about it were left unanswered.
    pub fn concern_given(&self, concern: Concern, naming: impl Into<Naming>) -> &'static str {
        match (concern, naming.into()) {
            (Concern::Low, Naming::Control) => self.results.concern_low_control,
            (Concern::Low, Naming::Unanswered) => self.results.concern_low_unanswered,
            _ => self.concern(concern),
        }
    }

    /// A concern level for a one-line list: under the safety rules, "Low
    /// concern" is left out rather than said at length, since each line
    /// already names control and the part's own view says why.
    pub fn concern_brief(&self, concern: Concern, naming: Naming) -> &'static str {
        match (concern, naming) {
            (Concern::Low, Naming::Control | Naming::Unanswered) => "",
            _ => self.concern(concern),
        }
    }

    pub fn strategy(&self, strategy: Strategy) -> Option<StrategyCopy> {
        let id = strategy.id();
        let name = self.by_id("strategy", &format!("{id}.name"));
        let why = self.by_id("strategy", &format!("{id}.why"));
        (!name.is_empty()).then_some(StrategyCopy { id, name, why })
    }

    pub fn practice(&self, id: &str) -> &'static str {
        self.by_id("practice", id)
    }

    /// Three questions that open a conversation about a dimension.
    pub fn starters(&self, d: Dimension) -> [&'static str; 3] {
        std::array::from_fn(|i| self.by_id("starter", &format!("{}.{}", d.id(), i + 1)))
    }

    pub fn country_name(&self, country: Country) -> &'static str {
        self.by_id("country", country.code())
    }

    /// Every country in alphabetical order of its name in this language
    /// (accents and letter case set aside, so "Égypte" comes before
    /// "Espagne"), with "another country" last.
    pub fn countries_by_name(&self) -> Vec<Country> {
        let countries = Country::ALL;
        let keys: Vec<String> = countries
            .iter()
            .map(|c| collation_key(self.country_name(*c)))
            .collect();
        let order = crate::lean::positions_in_order(keys.len(), &|a, b| {
            let last = |at: usize| countries[at] == Country::Other;
            last(a).cmp(&last(b)).then(keys[a].cmp(&keys[b]))
        });
        order.into_iter().map(|at| countries[at]).collect()
    }

    /// A helpline's name: its own, never translated, or for a line the
    /// checked list only describes, the description in this language.
    pub fn line_name(&self, line: &Helpline) -> &'static str {
        if line.described {
            self.by_id("line_name", line.id)
        } else {
            line.name
        }
    }

    /// Who a helpline is for.
    pub fn line_for(&self, line_id: &str) -> &'static str {
        self.by_id("line", line_id)
    }

    /// When a line is open, when the source said.
    pub fn hours(&self, hours: Hours) -> Option<&'static str> {
        check::hours_key(hours).map(|key| self.by_id("hours", key))
    }
}

/// A name as it sorts: Latin letters without their accents or case, Arabic
/// alef in one form, so lists read in the order people expect. By hand
/// rather than `char::to_lowercase`, whose Unicode tables would add about
/// 13 KB to the WebAssembly for the few capitals country names start with.
fn collation_key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
                'a'
            }
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Î' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            'أ' | 'إ' | 'آ' => 'ا',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

/// How words about balance must name control for a check-up: not at all,
/// because signs of control came up (here or in another kept check-up), or
/// because questions about the partner were left unanswered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Naming {
    Plain,
    Control,
    Unanswered,
}

impl Naming {
    pub fn of(result: &crate::checkup::scoring::CheckupResult) -> Naming {
        if result.control_named() {
            Naming::Control
        } else if result.safety_rules() {
            Naming::Unanswered
        } else {
            Naming::Plain
        }
    }

    /// Control must be named one way or the other.
    pub fn named(self) -> bool {
        self != Naming::Plain
    }
}

impl From<bool> for Naming {
    fn from(control: bool) -> Naming {
        if control {
            Naming::Control
        } else {
            Naming::Plain
        }
    }
}

/// The first line of every built file of this version.
fn english_header() -> &'static str {
    ENGLISH_SOURCE
        .split_once('\n')
        .map_or("", |(header, _)| header)
}

/// A built file's words, after a header that must be this version's (the
/// same in every language).
fn body_of(source: &'static str) -> Result<&'static str, LoadError> {
    let (header, body) = source.split_once('\n').unwrap_or((source, ""));
    if header != english_header() {
        return Err(LoadError::OtherVersion);
    }
    Ok(body)
}

/// Refuses a served file that writes a number: phone numbers come only
/// from the checked support list.
fn refuse_digits(body: &str) -> Result<(), LoadError> {
    match check::phone_like_digits(body, false) {
        Some(line) => Err(LoadError::Digits(line + 1)),
        None => Ok(()),
    }
}

/// The built-in English; natively, with its served words by id too.
fn built_in_english() -> Text {
    // Not `expect`: formatting the error would bring Rust's `Debug`
    // machinery into the WebAssembly for a case a native test rules out.
    let fixed = Text::read_built_in(Locale::En, ENGLISH_SOURCE).unwrap_or_else(|_| {
        panic!("the built-in English file is complete (a native test checks it)")
    });
    #[cfg(not(target_arch = "wasm32"))]
    let fixed = Text::english_with_ids(&fixed, SERVED_ENGLISH)
        .unwrap_or_else(|e| panic!("English's served file reads: {e:?}"));
    fixed
}

thread_local! {
    static ENGLISH: &'static Text = Box::leak(Box::new(built_in_english()));
    static CURRENT: Cell<Option<&'static Text>> = const { Cell::new(None) };
    static LOADED: RefCell<Vec<&'static Text>> = const { RefCell::new(Vec::new()) };
}

/// The built-in English words.
pub fn english() -> &'static Text {
    ENGLISH.with(|english| *english)
}

/// The words of the language being shown.
pub fn t() -> &'static Text {
    CURRENT.with(Cell::get).unwrap_or_else(english)
}

/// Shows `text`'s language from now on (views re-render on their own
/// signal for the language).
pub fn set_current(text: &'static Text) {
    CURRENT.with(|current| current.set(Some(text)));
}

/// A language read before, if any; English always, with its words by id
/// once the served file was read.
pub fn loaded(locale: Locale) -> Option<&'static Text> {
    let read = LOADED.with(|all| all.borrow().iter().copied().find(|t| t.locale == locale));
    match locale {
        Locale::En => read.or_else(|| Some(english())),
        _ => read,
    }
}

/// Reads a language file fetched at run time and keeps it for the rest of
/// the visit; a damaged or incomplete file is refused whole.
pub fn load(locale: Locale, source: String) -> Result<&'static Text, LoadError> {
    if let Some(text) = loaded(locale).filter(|text| text.has_ids()) {
        return Ok(text);
    }
    let source: &'static str = Box::leak(source.into_boxed_str());
    let text = match locale {
        Locale::En => Text::english_with_ids(english(), source)?,
        _ => Text::build(locale, source)?,
    };
    let text: &'static Text = Box::leak(Box::new(text));
    LOADED.with(|all| all.borrow_mut().push(text));
    Ok(text)
}
