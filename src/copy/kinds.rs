//! The kinds of words a copy struct holds: plain words, sentences with
//! blanks, messages with a form per count, and the macro that declares a
//! struct of them.

use super::plural::{Category, PluralRule};
use super::reader::{name, FromWords, Reader};

/// A sentence with blanks: `{name}` is filled by [`Template::fill`].
#[derive(Clone, Copy, Debug)]
pub struct Template(pub &'static str);

impl Template {
    /// The text with each `{name}` replaced by its value; a blank with no
    /// value is left as written, so a slip shows instead of vanishing.
    pub fn fill(&self, values: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match values.iter().find(|(n, _)| *n == name) {
                        Some((_, value)) => out.push_str(value),
                        None => out.push_str(&rest[open..open + close + 2]),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The names of the blanks, in order of appearance.
    pub fn blanks(&self) -> Vec<&'static str> {
        blanks_in(self.0)
    }
}

/// The `{names}` in a text.
pub fn blanks_in(text: &'static str) -> Vec<&'static str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

impl FromWords for Template {
    fn read(words: &mut Reader) -> Self {
        Template(words.word())
    }
}

/// One message in the forms a language needs for different counts
/// (`key.one`, `key.other`, …), chosen by the language's plural rule.
#[derive(Clone, Copy, Debug)]
pub struct Plural {
    rule: PluralRule,
    forms: [&'static str; Category::COUNT],
}

impl Plural {
    /// The form for `count`, with `{count}` and `values` filled in.
    pub fn fill(&self, count: u64, values: &[(&str, &str)]) -> String {
        let category = self.rule.category(count);
        let form = match self.forms[category as usize] {
            "" => self.forms[Category::Other as usize],
            form => form,
        };
        let count = count.to_string();
        let mut all = vec![("count", count.as_str())];
        all.extend_from_slice(values);
        Template(form).fill(&all)
    }

    pub fn forms(&self) -> impl Iterator<Item = (Category, &'static str)> + '_ {
        Category::ALL
            .into_iter()
            .map(|c| (c, self.forms[c as usize]))
    }
}

impl FromWords for Plural {
    /// Every form, in `Category::ALL`'s order; the ones the language's
    /// rule does not use may be empty.
    fn read(words: &mut Reader) -> Self {
        let rule = words.rule();
        let mut forms = [""; Category::COUNT];
        for category in Category::ALL {
            words.enter(name!(category.name()));
            forms[category as usize] = if rule.categories().contains(&category) {
                words.word()
            } else {
                words.optional_word()
            };
            words.leave();
        }
        Plural { rule, forms }
    }
}

/// Declares a struct of words whose fields are read in the order written,
/// each under `prefix.field` in a keyed file.
macro_rules! copy_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $type:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $type, )*
        }

        impl $crate::copy::reader::FromWords for $name {
            fn read(words: &mut $crate::copy::reader::Reader) -> Self {
                $name {
                    $( $field: words.field($crate::copy::reader::name!(stringify!($field))), )*
                }
            }
        }
    };
}
pub(crate) use copy_struct;

// Keyed files are read natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::copy::keyed::{Catalog, CatalogError};

    fn catalog(source: &'static str) -> Catalog {
        Catalog::parse(source).expect("parses")
    }

    fn keyed(source: &'static str) -> Reader {
        Reader::keys(catalog(source), PluralRule::OneIsSingular)
    }

    #[test]
    fn reads_keys_comments_and_blank_lines() {
        let c = catalog("# a comment\n\nhello = Hello, {name}!\n  spaced.key = kept = as is \n");
        assert_eq!(c.optional("hello"), Some("Hello, {name}!"));
        assert_eq!(c.optional("spaced.key"), Some("kept = as is"));
        assert_eq!(c.optional("hello.x"), None);
    }

    #[test]
    fn a_damaged_file_is_refused_not_half_read() {
        let bad = Catalog::parse("fine = yes\nno equals sign here\n");
        assert_eq!(bad.err(), Some(CatalogError::BadLine(2)));
        let twice = Catalog::parse("a = 1\na = 2\n");
        assert_eq!(twice.err(), Some(CatalogError::Repeated("a".into())));
    }

    #[test]
    fn missing_keys_are_noted_and_read_as_empty() {
        let mut words = keyed("a = 1\n");
        assert_eq!(words.field::<&str>("a"), "1");
        assert_eq!(words.field::<&str>("b"), "");
        let (read, _, missing) = words.finish_keys().expect("keyed");
        assert_eq!(missing, vec!["b".to_owned()]);
        assert_eq!(read, vec![("a".to_owned(), "1"), ("b".to_owned(), "")]);
    }

    #[test]
    fn templates_fill_blanks_in_any_order_and_keep_unknown_ones() {
        let t = Template("{b} before {a}, then {c}");
        assert_eq!(t.fill(&[("a", "1"), ("b", "2")]), "2 before 1, then {c}");
        assert_eq!(t.blanks(), vec!["b", "a", "c"]);
        assert_eq!(Template("no blanks {").fill(&[]), "no blanks {");
    }

    #[test]
    fn plurals_choose_the_form_for_the_count() {
        let mut words = keyed("n.one = {count} check-up\nn.other = {count} check-ups\n");
        let n: Plural = words.field("n");
        assert_eq!(n.fill(1, &[]), "1 check-up");
        assert_eq!(n.fill(0, &[]), "0 check-ups");
        assert_eq!(n.fill(12, &[]), "12 check-ups");
        // Read by position from a built file, the same forms in CLDR order.
        let mut built = Reader::lines(
            "\n{count} check-up\n\n\n\n{count} check-ups\n==\n",
            PluralRule::OneIsSingular,
        );
        let n: Plural = built.field(name!("n"));
        assert_eq!(n.fill(1, &[]), "1 check-up");
        assert_eq!(n.fill(7, &[]), "7 check-ups");
        let (missing, by_id, _) = built.finish_lines().expect("separator");
        assert!(missing.is_empty() && by_id.is_empty());
    }
}
