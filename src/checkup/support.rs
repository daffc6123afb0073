//! Where to get help: the emergency number and helplines of each country,
//! exactly as checked in `docs/support-lines.md` (a copy of the project's
//! list). A wrong number can cost someone their one chance to reach help, so
//! a test checks every number here against that list. Words about each line
//! live in `copy`, keyed by the line's id.

use crate::util::text::{digits, region_subtag};

/// The day the numbers were last checked against their sources.
pub const CHECKED_ON: &str = "2026-12-06";

/// Every country with a checked emergency number or helpline, and `Other`.
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
    At,
    Ch,
    Li,
    Lu,
    Be,
    Mx,
    Ar,
    Ec,
    Cr,
    Hn,
    Py,
    Co,
    Cl,
    Pe,
    Uy,
    Eg,
    Ma,
    Sa,
    Ae,
    Qa,
    Jo,
    Lb,
    Tn,
    Dz,
    Iq,
    Kw,
    In,
    /// Any country without a confirmed line.
    Other,
}

use Country::*;

/// Each country with its ISO 3166 code in lower case ("other" for the
/// rest), as kept in settings.
const CODES: [(Country, &str); 41] = [
    (Us, "us"),
    (Ca, "ca"),
    (Gb, "gb"),
    (Ie, "ie"),
    (Au, "au"),
    (Nz, "nz"),
    (Es, "es"),
    (De, "de"),
    (Fr, "fr"),
    (Br, "br"),
    (Pt, "pt"),
    (It, "it"),
    (Za, "za"),
    (At, "at"),
    (Ch, "ch"),
    (Li, "li"),
    (Lu, "lu"),
    (Be, "be"),
    (Mx, "mx"),
    (Ar, "ar"),
    (Ec, "ec"),
    (Cr, "cr"),
    (Hn, "hn"),
    (Py, "py"),
    (Co, "co"),
    (Cl, "cl"),
    (Pe, "pe"),
    (Uy, "uy"),
    (Eg, "eg"),
    (Ma, "ma"),
    (Sa, "sa"),
    (Ae, "ae"),
    (Qa, "qa"),
    (Jo, "jo"),
    (Lb, "lb"),
    (Tn, "tn"),
    (Dz, "dz"),
    (Iq, "iq"),
    (Kw, "kw"),
    (In, "in"),
    (Other, "other"),
];

impl Country {
    /// Every country, `Other` last. Views list them by name in the shown
    /// language (`copy`), not in this order.
    pub const ALL: [Country; 41] = {
        let mut all = [Other; 41];
        let mut at = 0;
        while at < CODES.len() {
            all[at] = CODES[at].0;
            at += 1;
        }
        all
    };

    /// ISO 3166 code in lower case, or "other"; kept in settings.
    pub fn code(self) -> &'static str {
        CODES
            .iter()
            .find(|(country, _)| *country == self)
            .map_or("other", |(_, code)| code)
    }

    pub fn from_code(code: &str) -> Option<Country> {
        let code = code.to_ascii_lowercase();
        let code = if code == "uk" { "gb" } else { code.as_str() };
        CODES
            .iter()
            .find(|(_, known)| *known == code)
            .map(|(country, _)| *country)
    }

    /// The country to preselect from the browser's language tags ("en-GB",
    /// "pt-PT", "ar"): only the region of the **first** tag counts, since a
    /// later tag ("ar, en-US") says which languages a person reads, not where
    /// they are. `None` when that tag names no region ("es", "es-419") or one
    /// without checked lines: the person is then asked, and never shown a
    /// neighbour's numbers or short codes meanwhile.
    pub fn guess<S: AsRef<str>>(tags: &[S]) -> Option<Country> {
        let region = region_subtag(tags.first()?.as_ref())?;
        Country::from_code(region).filter(|c| *c != Other)
    }

    /// The emergency number, where one was confirmed.
    pub fn emergency(self) -> Option<Emergency> {
        let plain = |dial| Some(Emergency { dial, note: None });
        let police = |dial| {
            Some(Emergency {
                dial,
                note: Some(EmergencyNote::Police),
            })
        };
        match self {
            Us | Ca | Mx | Ar | Ec | Cr | Hn | Py | Jo | Iq => plain("911"),
            Gb => Some(Emergency {
                dial: "999",
                note: Some(EmergencyNote::SilentCall),
            }),
            Ie | Es | De | Fr | Pt | It | Kw => plain("112"),
            Au => plain("000"),
            Nz => plain("111"),
            Ae | Qa => plain("999"),
            Sa => Some(Emergency {
                dial: "911",
                note: Some(EmergencyNote::SomeRegions),
            }),
            Za => police("10111"),
            At | Cl => police("133"),
            Ch | Li => police("117"),
            Lu => police("113"),
            Br => police("190"),
            Co => police("123"),
            Pe => police("105"),
            Eg => police("122"),
            Ma => police("19"),
            Lb => police("112"),
            Tn => police("197"),
            Dz => police("17"),
            Uy | Be | In | Other => None,
        }
    }

    /// This country's helplines, national ones first.
    pub fn helplines(self) -> impl Iterator<Item = &'static Helpline> {
        HELPLINES.iter().filter(move |line| line.country == self)
    }

    /// The line to name first: the first one for the whole country. `None`
    /// where every line serves one region only (Canada's provinces, one
    /// Swiss canton), so no region's line passes for the country's.
    pub fn national_helpline(self) -> Option<&'static Helpline> {
        self.helplines().find(|line| !line.regional)
    }

    /// Lines exist, but each serves one region only.
    pub fn only_regional_lines(self) -> bool {
        self.national_helpline().is_none() && self.helplines().next().is_some()
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
    /// The number reaches the police.
    Police,
    /// Saudi Arabia: confirmed only in some regions.
    SomeRegions,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    AllDay,
    NotAllDay,
    Weekdays,
    NineToEleven,
    /// Staffed on weekdays by day; at other times calls pass to a general
    /// listening line (Belgium).
    WeekdaysDaytime,
    /// Monday to Friday, not on holidays, 8:00 to midnight (Chile).
    WeekdaysToMidnight,
    /// Every day, 8:30 to midnight (Tunisia).
    MorningToMidnight,
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
    /// A star code to dial from a mobile: shown as text, never a link,
    /// since phones often block `*` in links.
    FromMobile(&'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Helpline {
    /// Stable id; copy keys who the line is for by it.
    pub id: &'static str,
    pub country: Country,
    /// The service's own name, never translated; for a line the list only
    /// describes (`described`), the description, which `copy` translates.
    pub name: &'static str,
    /// The checked list describes the line rather than naming it.
    pub described: bool,
    /// As people dial it, exactly as in the checked list.
    pub dial: &'static str,
    /// What follows `tel:`. Short codes keep their short form: they work
    /// only from inside their country.
    pub tel: &'static str,
    pub text: Option<Written>,
    pub hours: Hours,
    /// Not an emergency service: it cannot send help. Police lines can.
    pub not_emergency: bool,
    pub for_own_behaviour: bool,
    /// Serves one region of its country only.
    pub regional: bool,
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
        described: false,
        not_emergency: true,
        for_own_behaviour: false,
        regional: false,
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

const fn regional(mut line: Helpline) -> Helpline {
    line.regional = true;
    line
}

const fn described(mut line: Helpline) -> Helpline {
    line.described = true;
    line
}

/// A police line: it can send help, so it is not called "not an emergency
/// service".
const fn police(mut line: Helpline) -> Helpline {
    line.not_emergency = false;
    line
}

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
            "us_spanish",
            Us,
            "Línea Nacional contra la Violencia Doméstica",
            "1-800-799-7233 (TTY 1-800-787-3224)",
            "+18007997233",
            AllDay,
        ),
        Written::Sms {
            number: "88788",
            word: Some("START"),
        },
    ),
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
    regional(line(
        "us_avp",
        Us,
        "NYC Anti-Violence Project",
        "212-714-1141",
        "+12127141141",
        AllDay,
    )),
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
    regional(texts(
        line(
            "gb_scotland",
            Gb,
            "Domestic Abuse and Forced Marriage Helpline",
            "0800 027 1234",
            "+448000271234",
            AllDay,
        ),
        Written::Chat,
    )),
    regional(texts(
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
    )),
    regional(line(
        "gb_northern_ireland",
        Gb,
        "Domestic and Sexual Abuse Helpline",
        "0808 802 1414",
        "+448088021414",
        AllDay,
    )),
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
    regional(line(
        "ca_manitoba",
        Ca,
        "Domestic violence crisis line",
        "1-877-977-0007",
        "+18779770007",
        AllDay,
    )),
    regional(for_own_behaviour(line(
        "ca_quebec",
        Ca,
        "SOS violence conjugale",
        "1-800-363-9010",
        "+18003639010",
        AllDay,
    ))),
    regional(line(
        "ca_british_columbia",
        Ca,
        "VictimLinkBC",
        "1-800-563-0808",
        "+18005630808",
        AllDay,
    )),
    regional(texts(
        line(
            "ca_alberta",
            Ca,
            "Family Violence Info Line",
            "310-1818",
            "3101818",
            AllDay,
        ),
        Written::Sms {
            number: "310-1818",
            word: None,
        },
    )),
    line(
        "at_frauenhelpline",
        At,
        "Frauenhelpline gegen Gewalt",
        "0800 222 555",
        "+43800222555",
        AllDay,
    ),
    regional(described(line(
        "ch_zurich",
        Ch,
        "interim line for victims of violence",
        "044 455 21 42",
        "+41444552142",
        AllDay,
    ))),
    for_own_behaviour(line(
        "be_ecoute",
        Be,
        "Écoute violences conjugales",
        "0800 30 030",
        "+3280030030",
        WeekdaysDaytime,
    )),
    line(
        "mx_linea_mujer",
        Mx,
        "Consejo Ciudadano, Línea Mujer y Familia",
        "55 5533 5533",
        "+525555335533",
        AllDay,
    ),
    line("ar_144", Ar, "Línea 144", "144", "144", AllDay),
    line("co_155", Co, "Línea 155", "155", "155", AllDay),
    line(
        "cl_1455",
        Cl,
        "Fono Orientación 1455",
        "1455",
        "1455",
        WeekdaysToMidnight,
    ),
    texts(
        line("pe_100", Pe, "Línea 100", "100", "100", AllDay),
        Written::Chat,
    ),
    texts(
        line(
            "uy_inmujeres",
            Uy,
            "Servicio telefónico de Inmujeres",
            "0800 4141",
            "08004141",
            AllDay,
        ),
        Written::FromMobile("*4141"),
    ),
    line(
        "hn_114",
        Hn,
        "Línea 114 \"Vivir sin Miedo\"",
        "114",
        "114",
        AllDay,
    ),
    line("py_137", Py, "Ministerio de la Mujer", "137", "137", AllDay),
    line(
        "eg_ncw",
        Eg,
        "National Council for Women, Women's Complaints Office",
        "15115",
        "15115",
        Unknown,
    ),
    line(
        "lb_abaad",
        Lb,
        "ABAAD Emergency Safe Line",
        "81 78 81 78",
        "+96181788178",
        AllDay,
    ),
    police(described(line(
        "lb_isf",
        Lb,
        "ISF domestic violence line",
        "1745",
        "1745",
        Unknown,
    ))),
    line(
        "ae_dfwac",
        Ae,
        "Dubai Foundation for Women and Children",
        "800111",
        "800111",
        AllDay,
    ),
    line(
        "qa_aman",
        Qa,
        "Aman Protection and Social Rehabilitation Centre",
        "919",
        "919",
        Unknown,
    ),
    line(
        "tn_1899",
        Tn,
        "Ligne verte 1899",
        "1899",
        "1899",
        MorningToMidnight,
    ),
    police(described(line(
        "dz_104",
        Dz,
        "Police line for vulnerable people",
        "104",
        "104",
        AllDay,
    ))),
    line("in_181", In, "Women Helpline", "181", "181", AllDay),
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
                Some(Written::Sms { number, .. })
                | Some(Written::WhatsApp(number))
                | Some(Written::FromMobile(number)) => {
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

    /// The list's name for each country, as its tables write them.
    fn listed_as(name: &str) -> Option<Country> {
        let name = name.split(" (").next().unwrap_or(name).trim();
        let known = [
            ("United States", Us),
            ("US", Us),
            ("Canada", Ca),
            ("United Kingdom", Gb),
            ("UK", Gb),
            ("Ireland", Ie),
            ("Spain", Es),
            ("Germany", De),
            ("France", Fr),
            ("Portugal", Pt),
            ("Italy", It),
            ("Australia", Au),
            ("New Zealand", Nz),
            ("South Africa", Za),
            ("Austria", At),
            ("Switzerland", Ch),
            ("Liechtenstein", Li),
            ("Luxembourg", Lu),
            ("Belgium", Be),
            ("Brazil", Br),
            ("Mexico", Mx),
            ("Argentina", Ar),
            ("Ecuador", Ec),
            ("Costa Rica", Cr),
            ("Honduras", Hn),
            ("Paraguay", Py),
            ("Colombia", Co),
            ("Chile", Cl),
            ("Peru", Pe),
            ("Uruguay", Uy),
            ("Egypt", Eg),
            ("Morocco", Ma),
            ("Saudi Arabia", Sa),
            ("United Arab Emirates", Ae),
            ("Qatar", Qa),
            ("Jordan", Jo),
            ("Lebanon", Lb),
            ("Tunisia", Tn),
            ("Algeria", Dz),
            ("Iraq", Iq),
            ("Kuwait", Kw),
            ("India", In),
        ];
        known.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
    }

    /// The rows of the table under `heading`, cells trimmed.
    fn table(heading: &str) -> Vec<Vec<String>> {
        let list = checked_list();
        let after = list.split(heading).nth(1).unwrap_or_default();
        after
            .lines()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .skip(2)
            .map(|l| {
                l.trim_matches('|')
                    .split(" | ")
                    .map(|c| c.trim().to_owned())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_checked_emergency_number_is_shown_for_its_country() {
        let rows = table("## Emergency numbers (checked)");
        assert!(rows.len() >= 25, "{} rows", rows.len());
        for row in rows {
            for name in row[0].split(", ") {
                let country = listed_as(name).unwrap_or_else(|| panic!("{name} not in the app"));
                let shown = country.emergency().map(|e| e.dial);
                // Germany's row for 110 says 112 works too; 112 is shown.
                if (country, row[1].as_str()) == (De, "110") {
                    assert_eq!(shown, Some("112"));
                    continue;
                }
                assert_eq!(shown, Some(row[1].as_str()), "{name}");
            }
        }
    }

    #[test]
    fn every_checked_helpline_is_shown_for_its_country() {
        let rows = table("## Helplines (checked)");
        assert_eq!(rows.len(), HELPLINES.len(), "one line in the app per row");
        for row in rows {
            let country = listed_as(&row[0]).unwrap_or_else(|| panic!("{} not in the app", row[0]));
            let tel = row[3].trim_start_matches("tel:");
            assert!(
                HELPLINES.iter().any(|l| l.country == country
                    && l.dial == row[2]
                    && l.tel == tel
                    && row[1].contains(l.name)),
                "{}: {} {}",
                row[0],
                row[1],
                row[2]
            );
        }
    }

    #[test]
    fn every_country_but_other_has_a_number_and_regional_lines_never_stand_for_a_country() {
        for country in Country::ALL {
            let anything = country.emergency().is_some() || country.helplines().next().is_some();
            assert_eq!(anything, country != Other, "{country:?}");
            assert_eq!(Country::from_code(country.code()), Some(country));
        }
        assert_eq!(Gb.emergency().map(|e| e.dial), Some("999"));
        assert_eq!(Br.emergency().map(|e| e.dial), Some("190"));
        for unconfirmed in [Be, Uy, In, Other] {
            assert_eq!(unconfirmed.emergency(), None, "{unconfirmed:?}");
        }
        assert_eq!(Ca.national_helpline(), None, "Canada has no national line");
        assert!(Ca.only_regional_lines() && Ch.only_regional_lines());
        assert_eq!(Ca.helplines().count(), 4);
        assert_eq!(Gb.national_helpline().map(|l| l.id), Some("gb_refuge"));
        assert!(!Sa.only_regional_lines() && Sa.helplines().next().is_none());
        let own: Vec<&str> = Gb.lines_for_own_behaviour().map(|l| l.id).collect();
        assert_eq!(own, vec!["gb_respect"]);
        // Police lines can send help; every other line says it cannot.
        let can_send_help: Vec<&str> = HELPLINES
            .iter()
            .filter(|l| !l.not_emergency)
            .map(|l| l.id)
            .collect();
        assert_eq!(can_send_help, vec!["lb_isf", "dz_104"]);
    }

    #[test]
    fn only_the_first_language_tag_names_the_country() {
        let guess = |tags: &str| {
            let tags: Vec<&str> = tags.split(',').collect();
            Country::guess(&tags)
        };
        // What real browsers send: the region of a later tag never counts.
        assert_eq!(guess("ar,en-US,en"), None);
        assert_eq!(guess("es-419,es"), None);
        assert_eq!(guess("es,en-US"), None);
        assert_eq!(guess("fr,en-US"), None);
        assert_eq!(guess("de,en-US,en"), None);
        assert_eq!(guess("pt,en-US"), None);
        assert_eq!(guess("fr-FR,fr,en-US,en"), Some(Fr));
        assert_eq!(guess("de-DE,de,en-US,en"), Some(De));
        assert_eq!(guess("pt-PT,pt,en-US,en"), Some(Pt));
        assert_eq!(guess("pt-BR,pt"), Some(Br));
        assert_eq!(guess("fr-CA"), Some(Ca));
        assert_eq!(guess("fr-BE,fr"), Some(Be));
        assert_eq!(guess("de-CH"), Some(Ch));
        assert_eq!(guess("de-AT"), Some(At));
        assert_eq!(guess("es-MX"), Some(Mx));
        assert_eq!(guess("ar-EG"), Some(Eg));
        assert_eq!(guess("ar-MA,ar,fr"), Some(Ma));
        assert_eq!(guess("en-GB"), Some(Gb));
        assert_eq!(guess("en-US"), Some(Us));
        assert_eq!(guess("en-IN,hi"), Some(In));
        // A region without checked lines, or none at all: ask.
        assert_eq!(guess("es-VE,es"), None);
        assert_eq!(guess("en,en-US"), None);
        assert_eq!(guess("zh-Hant-TW"), None);
        assert_eq!(guess("en-001"), None);
        assert_eq!(Country::guess::<&str>(&[]), None);
        assert_eq!(Country::from_code("UK"), Some(Gb));
        assert_eq!(Country::from_code("xx"), None);
        // Whatever the list, the guess comes from the first tag alone.
        for first in ["ar", "es", "fr", "de", "pt", "en", "es-419"] {
            for rest in ["en-US", "en-GB", "pt-BR", "fr-FR", "es-ES"] {
                assert_eq!(guess(&format!("{first},{rest}")), None, "{first},{rest}");
            }
        }
    }
}
