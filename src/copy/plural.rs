//! Which form of a counted message a language uses for a count, from the
//! Unicode CLDR plural rules for whole numbers.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const COUNT: usize = 6;
    pub const ALL: [Category; Category::COUNT] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The key suffix in language files.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// English, German, Spanish: "one" for 1 only.
    OneIsSingular,
    /// French, Brazilian Portuguese: "one" for 0 and 1.
    ZeroAndOneAreSingular,
    /// Arabic: zero, one, two, few (3–10), many (11–99), other.
    Arabic,
}

impl PluralRule {
    pub fn category(self, n: u64) -> Category {
        match self {
            PluralRule::OneIsSingular if n == 1 => Category::One,
            PluralRule::ZeroAndOneAreSingular if n <= 1 => Category::One,
            PluralRule::Arabic => match (n, n % 100) {
                (0, _) => Category::Zero,
                (1, _) => Category::One,
                (2, _) => Category::Two,
                (_, 3..=10) => Category::Few,
                (_, 11..=99) => Category::Many,
                _ => Category::Other,
            },
            _ => Category::Other,
        }
    }

    /// The forms a language file must give for every counted message.
    pub fn categories(self) -> &'static [Category] {
        match self {
            PluralRule::OneIsSingular | PluralRule::ZeroAndOneAreSingular => {
                &[Category::One, Category::Other]
            }
            PluralRule::Arabic => &Category::ALL,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_german_say_one_only_for_one() {
        let rule = PluralRule::OneIsSingular;
        assert_eq!(rule.category(1), Category::One);
        for n in [0, 2, 5, 21, 101] {
            assert_eq!(rule.category(n), Category::Other, "{n}");
        }
    }

    #[test]
    fn french_and_portuguese_say_one_for_zero_too() {
        let rule = PluralRule::ZeroAndOneAreSingular;
        assert_eq!(rule.category(0), Category::One);
        assert_eq!(rule.category(1), Category::One);
        assert_eq!(rule.category(2), Category::Other);
    }

    #[test]
    fn arabic_has_six_forms() {
        let rule = PluralRule::Arabic;
        let cases = [
            (0, Category::Zero),
            (1, Category::One),
            (2, Category::Two),
            (3, Category::Few),
            (10, Category::Few),
            (11, Category::Many),
            (99, Category::Many),
            (100, Category::Other),
            (102, Category::Other),
            (103, Category::Few),
            (111, Category::Many),
        ];
        for (n, expected) in cases {
            assert_eq!(rule.category(n), expected, "{n}");
        }
        for n in 0..300 {
            assert!(rule.categories().contains(&rule.category(n)));
        }
    }
}
