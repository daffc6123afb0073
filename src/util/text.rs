//! Small text routines.

/// The ASCII digits of `text`, in order: "+44 808 2000 247" gives
/// "448082000247".
pub fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// The region subtag of a BCP 47 language tag, as written ("en-GB" gives
/// "GB", "zh-Hant-TW" gives "TW", "de_AT" gives "AT"); `None` for a tag
/// without one ("es", "es-419").
pub fn region_subtag(tag: &str) -> Option<&str> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_keep_only_the_numbers() {
        assert_eq!(digits("+44 808 2000 247"), "448082000247");
        assert_eq!(digits("0800 116 016"), "0800116016");
        assert_eq!(digits("*737"), "737");
        assert_eq!(digits("no number"), "");
        assert_eq!(digits("٣٤٥ 12"), "12", "only ASCII digits dial");
    }

    #[test]
    fn the_region_is_the_two_letter_subtag_after_the_language() {
        assert_eq!(region_subtag("en-GB"), Some("GB"));
        assert_eq!(region_subtag("pt_br"), Some("br"));
        assert_eq!(region_subtag("zh-Hant-TW"), Some("TW"));
        assert_eq!(region_subtag("es"), None);
        assert_eq!(region_subtag("es-419"), None);
        assert_eq!(region_subtag("gb"), None, "the language is no region");
        assert_eq!(region_subtag(""), None);
    }
}
