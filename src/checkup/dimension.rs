/// One area of a relationship in which power can be shared or held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Decisions,
    Money,
    Emotional,
    Intimacy,
    Social,
    Home,
}

impl Dimension {
    /// Every dimension, in the order the check-up asks about them.
    pub const ALL: [Dimension; 6] = [
        Dimension::Decisions,
        Dimension::Money,
        Dimension::Emotional,
        Dimension::Intimacy,
        Dimension::Social,
        Dimension::Home,
    ];

    /// The stable id used in item ids, URLs and saved data.
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Decisions => "decisions",
            Dimension::Money => "money",
            Dimension::Emotional => "emotional",
            Dimension::Intimacy => "intimacy",
            Dimension::Social => "social",
            Dimension::Home => "home",
        }
    }

    pub fn from_id(id: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.id() == id)
    }

    /// Position in [`Dimension::ALL`]; also the slot in share links.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_indices_follow_order() {
        for (i, d) in Dimension::ALL.into_iter().enumerate() {
            assert_eq!(Dimension::from_id(d.id()), Some(d));
            assert_eq!(d.index(), i);
        }
        assert_eq!(Dimension::from_id("Money"), None);
    }
}
