//! The question bank: which items exist, what they measure and how they score.
//! Wording lives in `crate::copy`, keyed by the same ids, so a translation is
//! data only. An id's meaning never changes once released; a new meaning gets a
//! new id and a new `BANK_VERSION`. Items of earlier versions stay defined (in
//! [`RETIRED`]) so check-ups taken with them still score by their own rules.

use super::Dimension;

/// Version of the bank. Bump when items are added, retired or re-scored.
pub const BANK_VERSION: u16 = 3;

/// Most items the check-up may ask, so it stays within about ten minutes.
pub const MAX_ITEMS: usize = 72;

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

/// Whose behaviour a sign item asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Partner,
    Myself,
}

/// How much a sign weighs. Control is the other half of relationship power,
/// which a "who does more" balance cannot see, so it is scored on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Unhealthy but not control by itself (brushing off, guilt): raises
    /// concern in the linked parts, never the safety notice.
    Warning,
    /// Coercive control (monitoring, isolating, economic control, put-downs):
    /// raises the safety notice at "often" or more.
    Control,
    /// Fear, threats, physical harm, sexual or reproductive coercion: raises
    /// the safety notice at any frequency above "never".
    Severe,
    /// The signs the Danger Assessment weighs most (strangling, a weapon or
    /// a threat to kill, stalking, threats about the children, abuse getting
    /// worse): the stronger notice at any frequency above "never".
    Danger,
}

/// Frequencies on the sign scale: 0 never … 4 very often.
pub const RARELY: u8 = 1;
pub const SOMETIMES: u8 = 2;
pub const OFTEN: u8 = 3;

impl Severity {
    /// The lowest frequency at which a sign of this weight counts in full:
    /// the safety notice for a partner's control, the reflection for one's own.
    pub fn threshold(self) -> u8 {
        match self {
            Severity::Severe | Severity::Danger => RARELY,
            Severity::Control | Severity::Warning => OFTEN,
        }
    }
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
    /// How often a sign happens, five points from never to very often.
    Sign {
        /// The sign's id; items about the partner and oneself may share it.
        sign: &'static str,
        about: Subject,
        severity: Severity,
        /// Dimensions whose concern level this sign raises.
        dimensions: &'static [Dimension],
        /// "Doesn't apply" is offered (children used against you).
        allows_not_applicable: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub kind: ItemKind,
    /// First bank version that asks it.
    pub since: u16,
    /// Last bank version that asks it; `None` while it is still asked.
    pub until: Option<u16>,
}

impl Item {
    pub fn dimension(&self) -> Option<Dimension> {
        match self.kind {
            ItemKind::Balance { dimension, .. } | ItemKind::Fairness { dimension } => {
                Some(dimension)
            }
            ItemKind::Sign { .. } => None,
        }
    }

    pub fn allows_not_applicable(&self) -> bool {
        matches!(
            self.kind,
            ItemKind::Balance {
                allows_not_applicable: true,
                ..
            } | ItemKind::Sign {
                allows_not_applicable: true,
                ..
            }
        )
    }

    pub fn is_sign(&self) -> bool {
        matches!(self.kind, ItemKind::Sign { .. })
    }

    /// Whether bank `version` asks this item.
    pub fn asked_in(&self, version: u16) -> bool {
        self.since <= version && self.until.is_none_or(|last| version <= last)
    }

    const fn retired_after(mut self, version: u16) -> Item {
        self.until = Some(version);
        self
    }

    const fn new_in(mut self, version: u16) -> Item {
        self.since = version;
        self
    }
}

/// Every option on every scale is one of five points, 0 to 4.
pub const SCALE_POINTS: u8 = 5;

const fn balance_item(
    id: &'static str,
    dimension: Dimension,
    direction: Direction,
    na: bool,
) -> Item {
    Item {
        id,
        kind: ItemKind::Balance {
            dimension,
            direction,
            allows_not_applicable: na,
        },
        since: 1,
        until: None,
    }
}

const fn balance(id: &'static str, dimension: Dimension, direction: Direction) -> Item {
    balance_item(id, dimension, direction, true)
}

/// A balance item that concerns every couple, so "doesn't apply" is not offered.
const fn balance_always(id: &'static str, dimension: Dimension, direction: Direction) -> Item {
    balance_item(id, dimension, direction, false)
}

const fn fairness(id: &'static str, dimension: Dimension) -> Item {
    Item {
        id,
        kind: ItemKind::Fairness { dimension },
        since: 1,
        until: None,
    }
}

const fn sign(
    id: &'static str,
    sign: &'static str,
    about: Subject,
    severity: Severity,
    dimensions: &'static [Dimension],
) -> Item {
    Item {
        id,
        kind: ItemKind::Sign {
            sign,
            about,
            severity,
            dimensions,
            allows_not_applicable: false,
        },
        since: 1,
        until: None,
    }
}

/// A sign that only some couples can have ("the children").
const fn sign_if_applies(
    id: &'static str,
    name: &'static str,
    severity: Severity,
    dimensions: &'static [Dimension],
) -> Item {
    let mut item = sign(id, name, Subject::Partner, severity, dimensions);
    if let ItemKind::Sign {
        sign,
        about,
        severity,
        dimensions,
        ..
    } = item.kind
    {
        item.kind = ItemKind::Sign {
            sign,
            about,
            severity,
            dimensions,
            allows_not_applicable: true,
        };
    }
    item
}

use Dimension::*;
use Direction::*;
use Severity::*;
use Subject::*;

const FEELINGS_AND_DECISIONS: &[Dimension] = &[Emotional, Decisions];
const DECIDE_ALONE: &[Dimension] = &[Decisions, Money, Home];
const FEELINGS_AND_INTIMACY: &[Dimension] = &[Intimacy, Emotional];
const FEELINGS_AND_SOCIAL: &[Dimension] = &[Emotional, Social];
const FEELINGS: &[Dimension] = &[Emotional];
const SOCIAL: &[Dimension] = &[Social];
const MONEY: &[Dimension] = &[Money];
const WORK: &[Dimension] = &[Money, Home];
const CHILDREN: &[Dimension] = &[Home, Emotional];
const INTIMACY: &[Dimension] = &[Intimacy];
const BODY_CHOICES: &[Dimension] = &[Intimacy, Decisions];

/// The bank, in the order the check-up asks it: each dimension's balance items
/// then its fairness item, then the signs about the partner (milder first),
/// then the few about oneself.
pub static BANK: &[Item] = &[
    balance_always("decisions.final_say", Decisions, DoingIsPower),
    balance("decisions.big_choices", Decisions, DoingIsPower),
    balance_always("decisions.gives_way", Decisions, DoingIsBurden),
    balance("decisions.plans_ahead", Decisions, DoingIsPower),
    fairness("decisions.fairness", Decisions),
    balance("money.access", Money, DoingIsPower),
    balance("money.spare", Money, DoingIsPower),
    balance_always("money.final_word", Money, DoingIsPower).new_in(2),
    balance_always("money.independent", Money, DoingIsPower).new_in(2),
    balance("money.own_spending", Money, DoingIsPower).new_in(2),
    fairness("money.fairness", Money),
    balance_always("emotional.mood", Emotional, DoingIsPower),
    balance_always("emotional.attention", Emotional, DoingIsPower),
    balance("emotional.comforter", Emotional, DoingIsBurden).new_in(2),
    balance("emotional.raises", Emotional, DoingIsPower),
    balance_always("emotional.speaks_freely", Emotional, DoingIsPower).new_in(2),
    fairness("emotional.fair_support", Emotional).new_in(2),
    balance("intimacy.when", Intimacy, DoingIsPower),
    balance("intimacy.what_happens", Intimacy, DoingIsPower).new_in(2),
    balance("intimacy.says_no", Intimacy, DoingIsPower),
    balance("intimacy.needs_met", Intimacy, DoingIsPower),
    fairness("intimacy.fairness", Intimacy),
    balance("social.plans", Social, DoingIsPower),
    balance("social.status", Social, DoingIsPower),
    balance("social.own_friends", Social, DoingIsPower).new_in(2),
    balance("social.adjusts", Social, DoingIsBurden),
    fairness("social.fairness", Social),
    balance("home.chores", Home, DoingIsBurden),
    balance("home.mental_load", Home, DoingIsBurden),
    balance("home.free_time", Home, DoingIsPower),
    balance("home.career", Home, DoingIsPower),
    balance("home.schedule", Home, DoingIsPower),
    fairness("home.fairness", Home),
    // About the partner: warning signs, then control, then the severe end.
    sign(
        "warn.dismiss.partner",
        "dismiss",
        Partner,
        Warning,
        FEELINGS_AND_DECISIONS,
    ),
    sign(
        "warn.decide_alone.partner",
        "decide_alone",
        Partner,
        Warning,
        DECIDE_ALONE,
    ),
    sign(
        "warn.guilt.partner",
        "guilt",
        Partner,
        Warning,
        FEELINGS_AND_DECISIONS,
    )
    .new_in(2),
    sign(
        "warn.withholds_affection.partner",
        "withholds_affection",
        Partner,
        Warning,
        FEELINGS_AND_INTIMACY,
    )
    .new_in(2),
    sign(
        "warn.put_downs.partner",
        "put_downs",
        Partner,
        Control,
        FEELINGS_AND_SOCIAL,
    )
    .new_in(2),
    sign(
        "warn.accuses.partner",
        "accuses",
        Partner,
        Control,
        FEELINGS_AND_SOCIAL,
    )
    .new_in(2),
    sign("warn.doubt.partner", "doubt", Partner, Control, FEELINGS).new_in(2),
    sign(
        "warn.checks_phone.partner",
        "checks_phone",
        Partner,
        Control,
        SOCIAL,
    )
    .new_in(2),
    sign("warn.tracks.partner", "tracks", Partner, Control, SOCIAL).new_in(2),
    sign(
        "warn.passwords.partner",
        "passwords",
        Partner,
        Control,
        SOCIAL,
    )
    .new_in(2),
    sign("warn.isolate.partner", "isolate", Partner, Control, SOCIAL),
    sign(
        "warn.blocks_work.partner",
        "blocks_work",
        Partner,
        Control,
        WORK,
    )
    .new_in(2),
    sign(
        "warn.own_money.partner",
        "own_money",
        Partner,
        Control,
        MONEY,
    )
    .new_in(2),
    sign(
        "warn.hides_money.partner",
        "hides_money",
        Partner,
        Control,
        MONEY,
    )
    .new_in(2),
    sign("warn.debt.partner", "debt", Partner, Control, MONEY).new_in(2),
    sign_if_applies("warn.children.partner", "children", Control, CHILDREN).new_in(2),
    sign(
        "warn.fear.partner",
        "fear",
        Partner,
        Severe,
        FEELINGS_AND_DECISIONS,
    )
    .new_in(2),
    sign(
        "warn.threatens.partner",
        "threatens",
        Partner,
        Severe,
        FEELINGS_AND_DECISIONS,
    )
    .new_in(2),
    sign(
        "warn.threatens_others.partner",
        "threatens_others",
        Partner,
        Severe,
        FEELINGS_AND_SOCIAL,
    )
    .new_in(2),
    sign(
        "warn.threatens_self_harm.partner",
        "threatens_self_harm",
        Partner,
        Severe,
        FEELINGS_AND_DECISIONS,
    )
    .new_in(2),
    sign(
        "warn.physical.partner",
        "physical",
        Partner,
        Severe,
        FEELINGS,
    )
    .new_in(2),
    sign("warn.sex.partner", "sex", Partner, Severe, INTIMACY).new_in(2),
    sign(
        "warn.reproductive.partner",
        "reproductive",
        Partner,
        Severe,
        BODY_CHOICES,
    )
    .new_in(2),
    // The danger signs, asked last about the partner.
    sign(
        "warn.strangle.partner",
        "strangle",
        Partner,
        Danger,
        FEELINGS,
    )
    .new_in(3),
    sign(
        "warn.weapon.partner",
        "weapon",
        Partner,
        Danger,
        FEELINGS_AND_DECISIONS,
    )
    .new_in(3),
    sign("warn.stalks.partner", "stalks", Partner, Danger, SOCIAL).new_in(3),
    sign_if_applies(
        "warn.children_threats.partner",
        "children_threats",
        Danger,
        CHILDREN,
    )
    .new_in(3),
    sign("warn.worse.partner", "worse", Partner, Danger, FEELINGS).new_in(3),
    // About oneself, in plain words, so control can be recognised from inside.
    sign(
        "warn.dismiss.self",
        "dismiss",
        Myself,
        Warning,
        FEELINGS_AND_DECISIONS,
    ),
    sign(
        "warn.decide_alone.self",
        "decide_alone",
        Myself,
        Warning,
        DECIDE_ALONE,
    ),
    sign(
        "warn.checks_phone.self",
        "checks_phone",
        Myself,
        Control,
        SOCIAL,
    )
    .new_in(2),
    sign("warn.isolate.self", "isolate", Myself, Control, SOCIAL).new_in(2),
    sign(
        "warn.hurtful.self",
        "hurtful",
        Myself,
        Control,
        FEELINGS_AND_SOCIAL,
    )
    .new_in(2),
    sign(
        "warn.feared.self",
        "feared",
        Myself,
        Severe,
        FEELINGS_AND_DECISIONS,
    )
    .new_in(2),
];

const PRESSURE: &[Dimension] = &[Emotional, Intimacy, Decisions];
const LEVERAGE: &[Dimension] = &[Money, Intimacy, Home];
const MONITOR: &[Dimension] = &[Social, Decisions];
const THREATEN: &[Dimension] = &[Emotional, Social];

/// Items earlier versions asked and version 2 does not, with the direction
/// and weight they were asked with, so those check-ups still open and score
/// (by today's concern and control rules). Why each went: `docs/method.md`,
/// "Versions".
pub static RETIRED: &[Item] = &[
    // Version 3 made room for the danger signs: everyday choices repeat the
    // final say and big choices; whose family gets more time is read very
    // differently from one culture to another.
    balance("decisions.everyday", Decisions, DoingIsPower).retired_after(2),
    balance("social.family", Social, DoingIsPower).retired_after(2),
    balance("money.earns", Money, DoingIsPower).retired_after(1),
    balance("money.asks_first", Money, DoingIsBurden).retired_after(1),
    balance("money.knows", Money, DoingIsPower).retired_after(1),
    balance("emotional.comforts", Emotional, DoingIsBurden).retired_after(1),
    balance_always("emotional.careful", Emotional, DoingIsBurden).retired_after(1),
    fairness("emotional.fairness", Emotional).retired_after(1),
    balance("intimacy.first_move", Intimacy, DoingIsBurden).retired_after(1),
    balance("intimacy.holds_back", Intimacy, DoingIsPower).retired_after(1),
    balance("social.at_ease", Social, DoingIsPower).retired_after(1),
    sign(
        "warn.pressure.partner",
        "pressure",
        Partner,
        Control,
        PRESSURE,
    )
    .retired_after(1),
    sign("warn.pressure.self", "pressure", Myself, Control, PRESSURE).retired_after(1),
    sign(
        "warn.leverage.partner",
        "leverage",
        Partner,
        Control,
        LEVERAGE,
    )
    .retired_after(1),
    sign("warn.leverage.self", "leverage", Myself, Control, LEVERAGE).retired_after(1),
    sign("warn.monitor.partner", "monitor", Partner, Control, MONITOR).retired_after(1),
    sign("warn.monitor.self", "monitor", Myself, Control, MONITOR).retired_after(1),
    // Asked about threats and scaring together; threats now count at any frequency.
    sign(
        "warn.threaten.partner",
        "threaten",
        Partner,
        Severe,
        THREATEN,
    )
    .retired_after(1),
];

/// Balance items whose answer can also say the person cannot refuse or
/// disagree without worry: "almost always my partner" to who can say no to
/// sex without worry is fear, whichever section asks it. Each is read as a
/// sign of the partner's control under the sign's own name.
pub static FEAR_IN_BALANCE: &[(&str, &str, &[Dimension])] = &[
    ("intimacy.says_no", "cannot_refuse", INTIMACY),
    ("emotional.speaks_freely", "cannot_disagree", FEELINGS),
];

/// Every item any version has asked: the current bank, then the retired.
pub fn every_item() -> impl Iterator<Item = &'static Item> {
    BANK.iter().chain(RETIRED)
}

/// The item with this id in any version.
pub fn item(id: &str) -> Option<&'static Item> {
    every_item().find(|item| item.id == id)
}

/// The items bank `version` asked, in question order.
pub fn asked_in(version: u16) -> impl Iterator<Item = &'static Item> {
    every_item().filter(move |item| item.asked_in(version))
}

/// Position of an item in the current question order.
pub fn position(id: &str) -> Option<usize> {
    BANK.iter().position(|item| item.id == id)
}

/// Index of the first current item, in question order, that `is_answered`
/// says has no answer yet; `None` when every item has one.
pub fn first_unanswered(is_answered: impl Fn(&str) -> bool) -> Option<usize> {
    BANK.iter().position(|item| !is_answered(item.id))
}

pub fn balance_items(version: u16, dimension: Dimension) -> impl Iterator<Item = &'static Item> {
    asked_in(version).filter(
        move |item| matches!(item.kind, ItemKind::Balance { dimension: d, .. } if d == dimension),
    )
}

pub fn fairness_item(version: u16, dimension: Dimension) -> Option<&'static Item> {
    asked_in(version)
        .find(|item| matches!(item.kind, ItemKind::Fairness { dimension: d } if d == dimension))
}

pub fn sign_items(version: u16) -> impl Iterator<Item = &'static Item> {
    asked_in(version).filter(|item| item.is_sign())
}

/// Whether two bank versions ask a dimension's balance with the same items,
/// so their balances measure the same thing and can be compared.
pub fn same_balance_questions(dimension: Dimension, a: u16, b: u16) -> bool {
    let ids = |v| {
        balance_items(v, dimension)
            .map(|i| i.id)
            .collect::<Vec<_>>()
    };
    ids(a) == ids(b)
}

/// Whether `version` is one this build can score.
pub fn is_known_version(version: u16) -> bool {
    (1..=BANK_VERSION).contains(&version)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_across_versions_and_namespaced() {
        let mut seen = HashSet::new();
        for item in every_item() {
            assert!(seen.insert(item.id), "duplicate id {}", item.id);
            let prefix = item.id.split('.').next().unwrap_or_default();
            match item.dimension() {
                Some(d) => assert_eq!(prefix, d.id(), "{}", item.id),
                None => assert_eq!(prefix, "warn", "{}", item.id),
            }
        }
    }

    #[test]
    fn the_current_bank_is_version_three_and_fits_in_ten_minutes() {
        assert!(BANK.len() <= MAX_ITEMS, "{} items", BANK.len());
        assert!(BANK.iter().all(|i| i.asked_in(BANK_VERSION)));
        assert!(RETIRED.iter().all(|i| !i.asked_in(BANK_VERSION)));
        assert_eq!(BANK_VERSION, 3);
        assert_eq!(asked_in(3).count(), BANK.len());
        // Version 3 retires two balance items and adds five danger signs.
        assert_eq!(BANK.len(), 67);
        assert_eq!(asked_in(2).count(), 64);
        // Version 1 asked 48 items; the 32 kept ones mean what they meant.
        assert_eq!(asked_in(1).count(), 48);
    }

    #[test]
    fn every_dimension_has_four_to_six_balance_items_and_one_fairness_item() {
        for version in 1..=BANK_VERSION {
            for d in Dimension::ALL {
                let n = balance_items(version, d).count();
                assert!(
                    (4..=6).contains(&n),
                    "v{version} {d:?} has {n} balance items"
                );
                let power = balance_items(version, d)
                    .filter(|i| {
                        matches!(
                            i.kind,
                            ItemKind::Balance {
                                direction: DoingIsPower,
                                ..
                            }
                        )
                    })
                    .count();
                assert!(power >= 1, "v{version} {d:?} has no power item");
                assert!(fairness_item(version, d).is_some(), "v{version} {d:?}");
            }
        }
    }

    #[test]
    fn the_control_section_covers_what_the_instruments_ask() {
        let partner_signs: HashSet<&str> = sign_items(BANK_VERSION)
            .filter_map(|i| match i.kind {
                ItemKind::Sign {
                    sign,
                    about: Partner,
                    ..
                } => Some(sign),
                _ => None,
            })
            .collect();
        for needed in [
            "fear",
            "threatens",
            "threatens_others",
            "threatens_self_harm",
            "physical",
            "sex",
            "reproductive",
            "blocks_work",
            "own_money",
            "hides_money",
            "debt",
            "checks_phone",
            "tracks",
            "passwords",
            "accuses",
            "put_downs",
            "doubt",
            "isolate",
            "children",
        ] {
            assert!(
                partner_signs.contains(needed),
                "no partner item for {needed}"
            );
        }
        let severe: Vec<&str> = sign_items(BANK_VERSION)
            .filter_map(|i| match i.kind {
                ItemKind::Sign {
                    sign,
                    about: Partner,
                    severity: Severe,
                    ..
                } => Some(sign),
                _ => None,
            })
            .collect();
        for needed in ["fear", "threatens", "physical", "sex", "reproductive"] {
            assert!(severe.contains(&needed), "{needed} must be severe");
        }
        let about_self = sign_items(BANK_VERSION)
            .filter(|i| matches!(i.kind, ItemKind::Sign { about: Myself, .. }))
            .count();
        assert!(
            (4..=8).contains(&about_self),
            "{about_self} items about oneself"
        );
        // Guilt and brushing off are warning signs, not control.
        assert!(matches!(
            item("warn.guilt.partner").map(|i| i.kind),
            Some(ItemKind::Sign {
                severity: Warning,
                ..
            })
        ));
    }

    #[test]
    fn signs_are_tied_to_dimensions() {
        for item in every_item() {
            if let ItemKind::Sign { dimensions, .. } = item.kind {
                assert!(!dimensions.is_empty(), "{} tied to nothing", item.id);
            }
        }
        // Only "the children" can not apply among the signs.
        let optional: Vec<_> = sign_items(BANK_VERSION)
            .filter(|i| i.allows_not_applicable())
            .map(|i| i.id)
            .collect();
        assert_eq!(
            optional,
            vec!["warn.children.partner", "warn.children_threats.partner"]
        );
    }

    #[test]
    fn only_unchanged_dimensions_compare_across_versions() {
        assert!(same_balance_questions(Decisions, 1, 2));
        for d in [Money, Emotional, Intimacy, Social] {
            assert!(!same_balance_questions(d, 1, 2), "{d:?}");
        }
        for d in Dimension::ALL {
            assert!(same_balance_questions(d, 2, 2));
        }
        // Version 3 retired one balance item each in decisions and social.
        for d in [Decisions, Social] {
            assert!(!same_balance_questions(d, 2, 3), "{d:?}");
        }
        for d in [Money, Emotional, Intimacy, Home] {
            assert!(same_balance_questions(d, 2, 3), "{d:?}");
        }
    }

    #[test]
    fn item_lookup_and_position_agree() {
        assert_eq!(position("decisions.final_say"), Some(0));
        assert_eq!(item("money.access").map(|i| i.id), Some("money.access"));
        assert_eq!(item("money.earns").map(|i| i.until), Some(Some(1)));
        assert_eq!(position("money.earns"), None, "retired items are not asked");
        assert!(item("money.nope").is_none());
        assert!(fairness_item(2, Dimension::Home).is_some());
        assert_eq!(
            fairness_item(1, Emotional).map(|i| i.id),
            Some("emotional.fairness")
        );
        assert_eq!(
            fairness_item(2, Emotional).map(|i| i.id),
            Some("emotional.fair_support")
        );
    }
}
