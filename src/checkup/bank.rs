//! The question bank: which items exist, what they measure and how they score.
//! Wording lives in `crate::copy`, keyed by the same ids, so a translation is
//! data only. An id's meaning never changes once released; a new meaning gets a
//! new id and a new `BANK_VERSION`.

use super::Dimension;

/// Version of the bank. Bump when items are added, retired or re-scored.
pub const BANK_VERSION: u16 = 1;

/// Whether answering "me" to a balance item means holding power or carrying a
/// burden. "Who keeps track of what needs doing?" answered "me" means *less*
/// power, so its score is reversed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    DoingIsPower,
    DoingIsBurden,
}

impl Direction {
    /// +1 or −1: the factor applied to the raw "me … partner" value.
    pub fn sign(self) -> i32 {
        match self {
            Direction::DoingIsPower => 1,
            Direction::DoingIsBurden => -1,
        }
    }
}

/// Whose behaviour a warning-sign item asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Partner,
    Myself,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// "Who usually …?" on five points plus, where allowed, "doesn't apply".
    Balance {
        dimension: Dimension,
        direction: Direction,
        allows_not_applicable: bool,
    },
    /// How fair the balance in a dimension feels, five points.
    Fairness { dimension: Dimension },
    /// How often a warning sign happens, five points from never to very often.
    Warning {
        /// The sign's id, shared by its "partner" and "myself" items.
        sign: &'static str,
        about: Subject,
        /// Dimensions whose concern level this sign raises.
        dimensions: &'static [Dimension],
        /// Answered often or very often, it raises the safety notice.
        partner_control: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub kind: ItemKind,
}

impl Item {
    pub fn dimension(&self) -> Option<Dimension> {
        match self.kind {
            ItemKind::Balance { dimension, .. } | ItemKind::Fairness { dimension } => {
                Some(dimension)
            }
            ItemKind::Warning { .. } => None,
        }
    }

    pub fn allows_not_applicable(&self) -> bool {
        matches!(
            self.kind,
            ItemKind::Balance {
                allows_not_applicable: true,
                ..
            }
        )
    }
}

/// Every option on every scale is one of five points, 0 to 4.
pub const SCALE_POINTS: u8 = 5;

const fn balance(id: &'static str, dimension: Dimension, direction: Direction) -> Item {
    Item {
        id,
        kind: ItemKind::Balance {
            dimension,
            direction,
            allows_not_applicable: true,
        },
    }
}

/// A balance item that concerns every couple, so "doesn't apply" is not offered.
const fn balance_always(id: &'static str, dimension: Dimension, direction: Direction) -> Item {
    Item {
        id,
        kind: ItemKind::Balance {
            dimension,
            direction,
            allows_not_applicable: false,
        },
    }
}

const fn fairness(id: &'static str, dimension: Dimension) -> Item {
    Item {
        id,
        kind: ItemKind::Fairness { dimension },
    }
}

const fn warning(
    id: &'static str,
    sign: &'static str,
    about: Subject,
    dimensions: &'static [Dimension],
    partner_control: bool,
) -> Item {
    Item {
        id,
        kind: ItemKind::Warning {
            sign,
            about,
            dimensions,
            partner_control,
        },
    }
}

use Dimension::*;
use Direction::*;
use Subject::*;

const DISMISS: &[Dimension] = &[Emotional, Decisions];
const DECIDE_ALONE: &[Dimension] = &[Decisions, Money, Home];
const PRESSURE: &[Dimension] = &[Emotional, Intimacy, Decisions];
const LEVERAGE: &[Dimension] = &[Money, Intimacy, Home];
const MONITOR: &[Dimension] = &[Social, Decisions];
const ISOLATE: &[Dimension] = &[Social];
const THREATEN: &[Dimension] = &[Emotional, Social];

/// The bank, in the order the check-up asks it: each dimension's balance items
/// then its fairness item, then the warning signs.
pub static BANK: &[Item] = &[
    balance_always("decisions.final_say", Decisions, DoingIsPower),
    balance("decisions.big_choices", Decisions, DoingIsPower),
    balance("decisions.everyday", Decisions, DoingIsPower),
    balance_always("decisions.gives_way", Decisions, DoingIsBurden),
    balance("decisions.plans_ahead", Decisions, DoingIsPower),
    fairness("decisions.fairness", Decisions),
    balance("money.earns", Money, DoingIsPower),
    balance("money.access", Money, DoingIsPower),
    balance("money.spare", Money, DoingIsPower),
    balance("money.asks_first", Money, DoingIsBurden),
    balance("money.knows", Money, DoingIsPower),
    fairness("money.fairness", Money),
    balance_always("emotional.mood", Emotional, DoingIsPower),
    balance_always("emotional.attention", Emotional, DoingIsPower),
    balance("emotional.comforts", Emotional, DoingIsBurden),
    balance("emotional.raises", Emotional, DoingIsPower),
    balance_always("emotional.careful", Emotional, DoingIsBurden),
    fairness("emotional.fairness", Emotional),
    balance("intimacy.when", Intimacy, DoingIsPower),
    balance("intimacy.first_move", Intimacy, DoingIsBurden),
    balance("intimacy.says_no", Intimacy, DoingIsPower),
    balance("intimacy.holds_back", Intimacy, DoingIsPower),
    balance("intimacy.needs_met", Intimacy, DoingIsPower),
    fairness("intimacy.fairness", Intimacy),
    balance("social.plans", Social, DoingIsPower),
    balance("social.family", Social, DoingIsPower),
    balance("social.status", Social, DoingIsPower),
    balance("social.at_ease", Social, DoingIsPower),
    balance("social.adjusts", Social, DoingIsBurden),
    fairness("social.fairness", Social),
    balance("home.chores", Home, DoingIsBurden),
    balance("home.mental_load", Home, DoingIsBurden),
    balance("home.free_time", Home, DoingIsPower),
    balance("home.career", Home, DoingIsPower),
    balance("home.schedule", Home, DoingIsPower),
    fairness("home.fairness", Home),
    warning("warn.dismiss.partner", "dismiss", Partner, DISMISS, false),
    warning("warn.dismiss.self", "dismiss", Myself, DISMISS, false),
    warning(
        "warn.decide_alone.partner",
        "decide_alone",
        Partner,
        DECIDE_ALONE,
        false,
    ),
    warning(
        "warn.decide_alone.self",
        "decide_alone",
        Myself,
        DECIDE_ALONE,
        false,
    ),
    warning("warn.pressure.partner", "pressure", Partner, PRESSURE, true),
    warning("warn.pressure.self", "pressure", Myself, PRESSURE, false),
    warning("warn.leverage.partner", "leverage", Partner, LEVERAGE, true),
    warning("warn.leverage.self", "leverage", Myself, LEVERAGE, false),
    warning("warn.monitor.partner", "monitor", Partner, MONITOR, true),
    warning("warn.monitor.self", "monitor", Myself, MONITOR, false),
    warning("warn.isolate.partner", "isolate", Partner, ISOLATE, true),
    warning("warn.threaten.partner", "threaten", Partner, THREATEN, true),
];

pub fn item(id: &str) -> Option<&'static Item> {
    BANK.iter().find(|item| item.id == id)
}

/// Position of an item in the question order.
pub fn position(id: &str) -> Option<usize> {
    BANK.iter().position(|item| item.id == id)
}

/// Index of the first item, in question order, that `is_answered` says has
/// no answer yet; `None` when every item has one.
pub fn first_unanswered(is_answered: impl Fn(&str) -> bool) -> Option<usize> {
    BANK.iter().position(|item| !is_answered(item.id))
}

pub fn balance_items(dimension: Dimension) -> impl Iterator<Item = &'static Item> {
    BANK.iter().filter(
        move |item| matches!(item.kind, ItemKind::Balance { dimension: d, .. } if d == dimension),
    )
}

pub fn fairness_item(dimension: Dimension) -> Option<&'static Item> {
    BANK.iter()
        .find(|item| matches!(item.kind, ItemKind::Fairness { dimension: d } if d == dimension))
}

pub fn warning_items() -> impl Iterator<Item = &'static Item> {
    BANK.iter()
        .filter(|item| matches!(item.kind, ItemKind::Warning { .. }))
}

/// Ids that existed in an earlier bank version and what became of them, so
/// saved answers from that version can be carried forward. A retired id maps
/// to `None`: its answer is dropped because its meaning has no successor.
pub struct Migration {
    pub from_version: u16,
    pub renamed: &'static [(&'static str, Option<&'static str>)],
}

/// Steps from each older bank version to the next. Version 1 is the first
/// release, so there is nothing to migrate yet.
pub static MIGRATIONS: &[Migration] = &[];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_namespaced() {
        let mut seen = HashSet::new();
        for item in BANK {
            assert!(seen.insert(item.id), "duplicate id {}", item.id);
            let prefix = item.id.split('.').next().unwrap_or_default();
            match item.dimension() {
                Some(d) => assert_eq!(prefix, d.id(), "{}", item.id),
                None => assert_eq!(prefix, "warn", "{}", item.id),
            }
        }
    }

    #[test]
    fn every_dimension_has_five_or_six_balance_items_and_one_fairness_item() {
        for d in Dimension::ALL {
            let n = balance_items(d).count();
            assert!((5..=6).contains(&n), "{d:?} has {n} balance items");
            let fairness = BANK
                .iter()
                .filter(|i| matches!(i.kind, ItemKind::Fairness { dimension } if dimension == d))
                .count();
            assert_eq!(fairness, 1, "{d:?}");
        }
    }

    #[test]
    fn warning_signs_are_tied_to_dimensions_and_asked_both_ways() {
        let warnings: Vec<_> = warning_items().collect();
        assert!((8..=12).contains(&warnings.len()));
        let mut about_self = 0;
        for item in &warnings {
            let ItemKind::Warning {
                dimensions,
                about,
                partner_control,
                ..
            } = item.kind
            else {
                unreachable!()
            };
            assert!(!dimensions.is_empty(), "{} tied to nothing", item.id);
            if about == Subject::Myself {
                about_self += 1;
                assert!(!partner_control, "{} is about oneself", item.id);
            }
        }
        assert!(about_self >= 4, "too few items about oneself");
        assert!(warnings.iter().any(|i| matches!(
            i.kind,
            ItemKind::Warning {
                partner_control: true,
                ..
            }
        )));
    }

    #[test]
    fn some_balance_items_are_burdens() {
        for d in Dimension::ALL {
            let directions: HashSet<_> = balance_items(d)
                .map(|i| match i.kind {
                    ItemKind::Balance { direction, .. } => direction == Direction::DoingIsBurden,
                    _ => unreachable!(),
                })
                .collect();
            assert!(directions.contains(&false), "{d:?} has no power item");
        }
        assert!(BANK.iter().any(|i| matches!(
            i.kind,
            ItemKind::Balance {
                direction: Direction::DoingIsBurden,
                ..
            }
        )));
    }

    #[test]
    fn item_lookup_and_position_agree() {
        assert_eq!(position("decisions.final_say"), Some(0));
        assert_eq!(item("money.access").map(|i| i.id), Some("money.access"));
        assert!(item("money.nope").is_none());
        assert!(fairness_item(Dimension::Home).is_some());
    }
}
