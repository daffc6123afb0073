//! The languages Fulcrum speaks, and which one a browser asks for.

use super::plural::PluralRule;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Es,
    PtBr,
    Fr,
    De,
    Ar,
}

impl Locale {
    /// In the order the language menu lists them.
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Es,
        Locale::PtBr,
        Locale::Fr,
        Locale::De,
        Locale::Ar,
    ];

    /// The BCP 47 tag: `<html lang>`, saved settings and file names.
    /// A served language file is `<folder><tag><extension>` (Trunk copies
    /// `locales/built/` there; boot.js and the service worker are written
    /// from these by `tests/boot_rules.rs`).
    pub const SERVED_FOLDER: &'static str = "locales/";
    pub const SERVED_EXTENSION: &'static str = ".lines";

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::PtBr => "pt-BR",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::Ar => "ar",
        }
    }

    /// The language named in itself, for the menu.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::PtBr => "Português (Brasil)",
            Locale::Fr => "Français",
            Locale::De => "Deutsch",
            Locale::Ar => "العربية",
        }
    }

    pub fn right_to_left(self) -> bool {
        self == Locale::Ar
    }

    /// `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn plural_rule(self) -> PluralRule {
        match self {
            Locale::En | Locale::Es | Locale::De => PluralRule::OneIsSingular,
            Locale::PtBr | Locale::Fr => PluralRule::ZeroAndOneAreSingular,
            Locale::Ar => PluralRule::Arabic,
        }
    }

    /// Where the built words are served, on Fulcrum's own origin: an
    /// extension of their own, never the `.txt` of the keyed files
    /// translators edit, which are in another format.
    pub fn file_path(self) -> String {
        // The literal, not the constants: one argument less to format in
        // the WebAssembly. tests/shared_rules.rs checks the two agree.
        format!("locales/{}.lines", self.tag())
    }

    /// A saved or written tag, exactly as [`Locale::tag`] gives it.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The language to show: the one chosen in the menu when this version
    /// has it, else the browser's.
    pub fn choose(chosen: Option<&str>, browser_tags: &[String]) -> Locale {
        chosen
            .and_then(Locale::from_tag)
            .unwrap_or_else(|| Locale::negotiate(browser_tags))
    }

    /// The first of a browser's languages Fulcrum speaks: "pt" and "pt-PT"
    /// read as Brazilian Portuguese, "es-MX" as Spanish; English when none.
    pub fn negotiate(browser_tags: &[String]) -> Locale {
        browser_tags
            .iter()
            .find_map(|tag| {
                let language = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                match language.as_str() {
                    "en" => Some(Locale::En),
                    "es" => Some(Locale::Es),
                    "pt" => Some(Locale::PtBr),
                    "fr" => Some(Locale::Fr),
                    "de" => Some(Locale::De),
                    "ar" => Some(Locale::Ar),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn the_first_language_fulcrum_speaks_wins() {
        assert_eq!(Locale::negotiate(&tags(&["es-MX", "en"])), Locale::Es);
        assert_eq!(Locale::negotiate(&tags(&["nl", "de-AT"])), Locale::De);
        assert_eq!(Locale::negotiate(&tags(&["pt-PT"])), Locale::PtBr);
        assert_eq!(Locale::negotiate(&tags(&["AR-eg"])), Locale::Ar);
    }

    #[test]
    fn a_chosen_language_wins_over_the_browser_unless_unknown() {
        let browser = tags(&["de-AT", "en"]);
        assert_eq!(Locale::choose(Some("ar"), &browser), Locale::Ar);
        assert_eq!(Locale::choose(None, &browser), Locale::De);
        assert_eq!(Locale::choose(Some("tlh"), &browser), Locale::De);
    }

    #[test]
    fn a_language_fulcrum_lacks_falls_back_to_english() {
        assert_eq!(Locale::negotiate(&tags(&["ja", "zh-CN"])), Locale::En);
        assert_eq!(Locale::negotiate(&[]), Locale::En);
        assert_eq!(Locale::negotiate(&tags(&["", "-"])), Locale::En);
    }

    #[test]
    fn tags_round_trip_and_only_arabic_is_right_to_left() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
            assert_eq!(locale.right_to_left(), locale == Locale::Ar);
        }
        assert_eq!(Locale::from_tag("xx"), None);
    }
}
