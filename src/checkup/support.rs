//! Where to get help: the emergency number and helplines of each country,
//! exactly as checked in `docs/support-lines.md` (a copy of the project's
//! list). A wrong number can cost someone their one chance to reach help, so
//! a test checks every number here against that list. Words about each line
//! live in `copy`, keyed by the line's id.

/// The day the numbers were last checked against their sources.
pub const CHECKED_ON: &str = "2026-12-06";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Country {
    Us,
    Ca,
    Gb,
    Ie,
    Au,
    Nz,
    Es,
    De,
    Fr,
    Br,
    Pt,
    It,
    Za,
    /// Any country without a confirmed line.
    Other,
}

impl Country {
    pub const ALL: [Country; 14] = [
        Country::Au,
        Country::Br,
        Country::Ca,
        Country::Fr,
        Country::De,
        Country::Ie,
        Country::It,
        Country::Nz,
        Country::Pt,
        Country::Za,
        Country::Es,
        Country::Gb,
        Country::Us,
        Country::Other,
    ];

    /// ISO 3166 code in lower case, or "other"; kept in settings.
    pub fn code(self) -> &'static str {
        match self {
            Country::Us => "us",
            Country::Ca => "ca",
            Country::Gb => "gb",
            Country::Ie => "ie",
            Country::Au => "au",
            Country::Nz => "nz",
            Country::Es => "es",
            Country::De => "de",
            Country::Fr => "fr",
            Country::Br => "br",
            Country::Pt => "pt",
            Country::It => "it",
            Country::Za => "za",
            Country::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Country> {
        let code = code.to_ascii_lowercase();
        let code = if code == "uk" { "gb" } else { code.as_str() };
        Country::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The likeliest country from the browser's language tags ("en-GB",
    /// "pt-BR", "de"): a region in any tag first, then the first tag's
    /// language where one country speaks it. A region Fulcrum has no lines
    /// for gives `Other`, never a neighbour's numbers.
    pub fn guess<S: AsRef<str>>(tags: &[S]) -> Country {
        let region = tags.iter().find_map(|tag| {
            tag.as_ref()
                .split(['-', '_'])
                .skip(1)
                .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
                .map(str::to_owned)
        });
        if let Some(region) = region {
            return Country::from_code(&region)
                .filter(|c| *c != Country::Other)
                .unwrap_or(Country::Other);
        }
        let language = tags
            .first()
            .and_then(|tag| tag.as_ref().split(['-', '_']).next())
            .map(str::to_ascii_lowercase);
        match language.as_deref() {
            Some("es") => Country::Es,
            Some("de") => Country::De,
            Some("fr") => Country::Fr,
            Some("it") => Country::It,
            Some("pt") => Country::Pt,
            _ => Country::Other,
        }
    }

    /// The emergency number, where one was confirmed.
    pub fn emergency(self) -> Option<Emergency> {
        let number = |dial, note| Some(Emergency { dial, note });
        match self {
            Country::Us | Country::Ca => number("911", None),
            Country::Gb => number("999", Some(EmergencyNote::SilentCall)),
            Country::Ie | Country::Es | Country::De | Country::Fr | Country::Pt | Country::It => {
                number("112", None)
            }
            Country::Au => number("000", None),
            Country::Nz => number("111", None),
            Country::Za => number("10111", Some(EmergencyNote::Police)),
            Country::Br | Country::Other => None,
        }
    }

    /// This country's helplines, national ones first.
    pub fn helplines(self) -> impl Iterator<Item = &'static Helpline> {
        HELPLINES.iter().filter(move |line| line.country == self)
    }

    /// The lines for people worried about their own behaviour.
    pub fn lines_for_own_behaviour(self) -> impl Iterator<Item = &'static Helpline> {
        self.helplines().filter(|line| line.for_own_behaviour)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Emergency {
    pub dial: &'static str,
    pub note: Option<EmergencyNote>,
}

impl Emergency {
    pub fn tel(&self) -> String {
        format!("tel:{}", self.dial)
    }
}

/// UK: what to press after dialling 999 when one cannot speak (the
/// Silent Solution), exactly as in the checked list.
pub const SILENT_CALL_PRESS: &str = "55";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmergencyNote {
    /// UK: on a mobile, if you cannot speak, call 999 then press 55.
    SilentCall,
    /// South Africa: the number reaches the police.
    Police,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    AllDay,
    NotAllDay,
    Weekdays,
    NineToEleven,
    /// The source did not say.
    Unknown,
}

/// A way to write to a line instead of calling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// A text message: the number, and the word to send, if any.
    Sms {
        number: &'static str,
        word: Option<&'static str>,
    },
    WhatsApp(&'static str),
    /// Chat on the service's own website.
    Chat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Helpline {
    /// Stable id; copy keys who the line is for by it.
    pub id: &'static str,
    pub country: Country,
    /// The service's own name, never translated.
    pub name: &'static str,
    /// As people dial it, exactly as in the checked list.
    pub dial: &'static str,
    /// What follows `tel:`. Short codes keep their short form: they work
    /// only from inside their country.
    pub tel: &'static str,
    pub text: Option<Written>,
    pub hours: Hours,
    /// Not an emergency service: it cannot send help.
    pub not_emergency: bool,
    pub for_own_behaviour: bool,
}

impl Helpline {
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.tel)
    }
}

impl Written {
    /// An `sms:` link, for a text line.
    pub fn sms_href(&self) -> Option<String> {
        match self {
            Written::Sms { number, word } => Some(match word {
                Some(word) => format!("sms:{}?body={word}", digits(number)),
                None => format!("sms:{}", digits(number)),
            }),
            _ => None,
        }
    }
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

const fn line(
    id: &'static str,
    country: Country,
    name: &'static str,
    dial: &'static str,
    tel: &'static str,
    hours: Hours,
) -> Helpline {
    Helpline {
        id,
        country,
        name,
        dial,
        tel,
        text: None,
        hours,
        not_emergency: true,
        for_own_behaviour: false,
    }
}

const fn texts(mut line: Helpline, text: Written) -> Helpline {
    line.text = Some(text);
    line
}

const fn for_own_behaviour(mut line: Helpline) -> Helpline {
    line.for_own_behaviour = true;
    line
}

use Country::*;
use Hours::*;

/// Every helpline in `docs/support-lines.md`, by country. All of them are
/// helplines, not emergency services.
pub static HELPLINES: &[Helpline] = &[
    for_own_behaviour(texts(
        line(
            "us_ndvh",
            Us,
            "National Domestic Violence Hotline",
            "1-800-799-7233 (TTY 1-800-787-3224)",
            "+18007997233",
            AllDay,
        ),
        Written::Sms {
            number: "88788",
            word: Some("START"),
        },
    )),
    texts(
        line(
            "us_loveisrespect",
            Us,
            "loveisrespect",
            "1-866-331-9474",
            "+18663319474",
            Unknown,
        ),
        Written::Sms {
            number: "22522",
            word: Some("LOVEIS"),
        },
    ),
    line(
        "us_avp",
        Us,
        "NYC Anti-Violence Project",
        "212-714-1141",
        "+12127141141",
        AllDay,
    ),
    texts(
        line(
            "gb_refuge",
            Gb,
            "National Domestic Abuse Helpline (Refuge)",
            "0808 2000 247",
            "+448082000247",
            AllDay,
        ),
        Written::Chat,
    ),
    line(
        "gb_mens_advice",
        Gb,
        "Men's Advice Line",
        "0808 801 0327",
        "+448088010327",
        NotAllDay,
    ),
    for_own_behaviour(texts(
        line(
            "gb_respect",
            Gb,
            "Respect Phoneline",
            "0808 802 4040",
            "+448088024040",
            Weekdays,
        ),
        Written::Chat,
    )),
    line(
        "gb_galop",
        Gb,
        "Galop LGBT+ Domestic Abuse Helpline",
        "0800 999 5428",
        "+448009995428",
        NotAllDay,
    ),
    texts(
        line(
            "gb_scotland",
            Gb,
            "Domestic Abuse and Forced Marriage Helpline",
            "0800 027 1234",
            "+448000271234",
            AllDay,
        ),
        Written::Chat,
    ),
    texts(
        line(
            "gb_wales",
            Gb,
            "Live Fear Free",
            "0808 80 10 800",
            "+448088010800",
            AllDay,
        ),
        Written::Sms {
            number: "07860 077333",
            word: None,
        },
    ),
    line(
        "gb_northern_ireland",
        Gb,
        "Domestic and Sexual Abuse Helpline",
        "0808 802 1414",
        "+448088021414",
        AllDay,
    ),
    line(
        "ie_womens_aid",
        Ie,
        "Women's Aid National Freephone Helpline",
        "1800 341 900",
        "1800341900",
        AllDay,
    ),
    texts(
        line(
            "au_1800respect",
            Au,
            "1800RESPECT",
            "1800 737 732",
            "+611800737732",
            AllDay,
        ),
        Written::Sms {
            number: "0458 737 732",
            word: None,
        },
    ),
    for_own_behaviour(texts(
        line(
            "au_mens_referral",
            Au,
            "Men's Referral Service",
            "1300 766 491",
            "+611300766491",
            Unknown,
        ),
        Written::Chat,
    )),
    texts(
        line(
            "nz_womens_refuge",
            Nz,
            "Women's Refuge Crisisline",
            "0800 733 843",
            "+64800733843",
            AllDay,
        ),
        Written::Chat,
    ),
    for_own_behaviour(line(
        "nz_are_you_ok",
        Nz,
        "Are You OK",
        "0800 456 450",
        "+64800456450",
        NineToEleven,
    )),
    texts(
        line(
            "nz_shine",
            Nz,
            "Shine",
            "0508 744 633",
            "+64508744633",
            Unknown,
        ),
        Written::Chat,
    ),
    texts(
        line("es_016", Es, "016", "016", "016", AllDay),
        Written::WhatsApp("600 000 016"),
    ),
    texts(
        line(
            "de_hilfetelefon",
            De,
            "Hilfetelefon Gewalt gegen Frauen",
            "116 016",
            "116016",
            AllDay,
        ),
        Written::Chat,
    ),
    texts(
        line(
            "de_maenner",
            De,
            "Hilfetelefon Gewalt an Männern",
            "0800 123 99 00",
            "+498001239900",
            Unknown,
        ),
        Written::Chat,
    ),
    line(
        "fr_3919",
        Fr,
        "3919 Violences Femmes Info",
        "3919",
        "3919",
        AllDay,
    ),
    line("br_180", Br, "Ligue 180", "180", "180", AllDay),
    texts(
        line(
            "pt_sivvd",
            Pt,
            "Serviço de Informação às Vítimas de Violência Doméstica",
            "800 202 148",
            "+351800202148",
            AllDay,
        ),
        Written::Sms {
            number: "3060",
            word: None,
        },
    ),
    line("it_1522", It, "1522", "1522", "1522", AllDay),
    line(
        "za_gbv",
        Za,
        "GBV Command Centre",
        "0800 428 428",
        "+27800428428",
        AllDay,
    ),
    line(
        "ca_manitoba",
        Ca,
        "Domestic violence crisis line",
        "1-877-977-0007",
        "+18779770007",
        AllDay,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn checked_list() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/support-lines.md");
        std::fs::read_to_string(path).expect("docs/support-lines.md")
    }

    /// Digits of every number the list names, spaces and dashes removed.
    fn checked_numbers() -> Vec<String> {
        let list = checked_list();
        let mut numbers = Vec::new();
        let mut current = String::new();
        for c in list.chars().chain(std::iter::once('|')) {
            if c.is_ascii_digit() {
                current.push(c);
            } else if !matches!(c, ' ' | '-') && !current.is_empty() {
                numbers.push(std::mem::take(&mut current));
            }
        }
        numbers
    }

    #[test]
    fn every_number_shown_is_in_the_checked_list() {
        let known = checked_numbers();
        let list = checked_list();
        let mut shown: Vec<String> = Vec::new();
        for line in HELPLINES {
            assert!(
                list.contains(line.dial),
                "{}: {} not in the list",
                line.id,
                line.dial
            );
            assert!(
                list.contains(line.name),
                "{}: name not in the list",
                line.id
            );
            shown.push(digits(line.tel));
            match line.text {
                Some(Written::Sms { number, .. }) | Some(Written::WhatsApp(number)) => {
                    assert!(list.contains(number), "{}: {number}", line.id);
                    shown.push(digits(number));
                }
                _ => {}
            }
        }
        for country in Country::ALL {
            if let Some(e) = country.emergency() {
                shown.push(e.dial.to_owned());
            }
        }
        for number in shown {
            assert!(known.contains(&number), "{number} is not a checked number");
        }
    }

    #[test]
    fn short_codes_dial_without_a_plus_and_no_link_holds_star_or_hash() {
        for line in HELPLINES {
            let href = line.tel_href();
            assert!(!href.contains(['*', '#', ' ']), "{href}");
            if digits(line.tel).len() <= 6 {
                assert!(!line.tel.starts_with('+'), "{} short code with +", line.id);
            }
        }
        let ndvh = &HELPLINES[0];
        assert_eq!(ndvh.tel_href(), "tel:+18007997233");
        assert_eq!(
            ndvh.text.and_then(|t| t.sms_href()),
            Some("sms:88788?body=START".to_owned())
        );
        assert_eq!(
            Country::Es.helplines().next().map(|l| l.tel_href()),
            Some("tel:016".to_owned())
        );
    }

    #[test]
    fn the_list_copy_matches_the_projects_list_when_present() {
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/support-lines.md");
        if let Ok(original) = std::fs::read_to_string(shared) {
            assert_eq!(
                checked_list(),
                original,
                "copy ../shared/support-lines.md to docs/"
            );
        }
        assert!(checked_list().contains(&format!("Last checked: {CHECKED_ON}")));
    }

    #[test]
    fn every_country_but_other_has_a_line_and_emergency_comes_where_confirmed() {
        for country in Country::ALL {
            let lines = country.helplines().count();
            assert_eq!(lines == 0, country == Country::Other, "{country:?}");
        }
        assert_eq!(Country::Gb.emergency().map(|e| e.dial), Some("999"));
        assert_eq!(Country::Br.emergency(), None, "190 was not confirmed");
        assert_eq!(Country::Other.emergency(), None);
        let own: Vec<&str> = Country::Gb
            .lines_for_own_behaviour()
            .map(|l| l.id)
            .collect();
        assert_eq!(own, vec!["gb_respect"]);
    }

    #[test]
    fn the_country_comes_from_the_region_then_the_language() {
        assert_eq!(Country::guess(&["en-GB", "en"]), Country::Gb);
        assert_eq!(Country::guess(&["en", "en-US"]), Country::Us);
        assert_eq!(Country::guess(&["pt-BR"]), Country::Br);
        assert_eq!(Country::guess(&["fr-CA", "fr"]), Country::Ca);
        assert_eq!(Country::guess(&["es"]), Country::Es);
        assert_eq!(Country::guess(&["de"]), Country::De);
        assert_eq!(
            Country::guess(&["de-AT"]),
            Country::Other,
            "never a neighbour's short code"
        );
        assert_eq!(Country::guess(&["es-MX"]), Country::Other);
        assert_eq!(Country::guess(&["en"]), Country::Other);
        assert_eq!(Country::guess(&["ar"]), Country::Other);
        assert_eq!(Country::guess::<&str>(&[]), Country::Other);
        assert_eq!(Country::guess(&["zh-Hant-TW"]), Country::Other);
        assert_eq!(Country::from_code("UK"), Some(Country::Gb));
        assert_eq!(Country::from_code("xx"), None);
    }
}
