//! Turns answers into a result. The method is written up in `docs/method.md`;
//! keep the two in step.

use super::bank::{self, ItemKind, Severity, Subject, RARELY, SOMETIMES};
use super::{Answer, Answers, Dimension, BANK_VERSION};

pub use super::bank::OFTEN;

/// Fewer answered balance items than this gives "not enough answers".
pub const MIN_ANSWERS: usize = 3;

/// Where each band starts, by |balance|.
pub const LEANING_FROM: u32 = 15;
pub const IMBALANCED_FROM: u32 = 35;
pub const STRONGLY_FROM: u32 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Balanced,
    Leaning,
    Imbalanced,
    StronglyImbalanced,
}

impl Band {
    pub const ALL: [Band; 4] = [
        Band::Balanced,
        Band::Leaning,
        Band::Imbalanced,
        Band::StronglyImbalanced,
    ];

    pub fn of(magnitude: u32) -> Band {
        match magnitude {
            m if m >= STRONGLY_FROM => Band::StronglyImbalanced,
            m if m >= IMBALANCED_FROM => Band::Imbalanced,
            m if m >= LEANING_FROM => Band::Leaning,
            _ => Band::Balanced,
        }
    }

    /// Smallest |balance| in this band.
    pub fn starts_at(self) -> u32 {
        match self {
            Band::Balanced => 0,
            Band::Leaning => LEANING_FROM,
            Band::Imbalanced => IMBALANCED_FROM,
            Band::StronglyImbalanced => STRONGLY_FROM,
        }
    }

    pub fn stronger(self) -> Option<Band> {
        Band::ALL.get(self as usize + 1).copied()
    }

    pub fn weaker(self) -> Option<Band> {
        (self as usize).checked_sub(1).map(|i| Band::ALL[i])
    }
}

/// A balance's band and how far it sits from the bands on either side, so a
/// view can say "2 points from leaning".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandPosition {
    pub band: Band,
    /// The next stronger band and how many points |balance| must grow to reach it.
    pub to_stronger: Option<(Band, u32)>,
    /// The next weaker band and how many points |balance| must shrink to reach it.
    pub to_weaker: Option<(Band, u32)>,
}

impl BandPosition {
    pub fn of(balance: i32) -> BandPosition {
        let magnitude = balance.unsigned_abs();
        let band = Band::of(magnitude);
        BandPosition {
            band,
            to_stronger: band.stronger().map(|b| (b, b.starts_at() - magnitude)),
            to_weaker: band.weaker().map(|b| (b, magnitude + 1 - band.starts_at())),
        }
    }

    /// The closer neighbouring band, if any is within `within` points.
    pub fn near_edge(&self, within: u32) -> Option<(Band, u32)> {
        [self.to_stronger, self.to_weaker]
            .into_iter()
            .flatten()
            .filter(|(_, d)| *d <= within)
            .min_by_key(|(_, d)| *d)
    }
}

/// Who holds more, as seen from the person answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    You,
    Even,
    Partner,
}

impl Side {
    /// Within the balanced band nobody is said to hold more.
    pub fn of(balance: i32) -> Side {
        if balance >= LEANING_FROM as i32 {
            Side::You
        } else if balance <= -(LEANING_FROM as i32) {
            Side::Partner
        } else {
            Side::Even
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Concern {
    Low,
    Moderate,
    High,
}

/// A sign as a concern reason: which, whose behaviour, how heavy, how often.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignRef {
    pub sign: String,
    pub about: Subject,
    pub severity: Severity,
    pub frequency: u8,
}

/// One plain-language reason behind a concern level; each is one rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConcernReason {
    /// High: a linked sign reached its threshold (a severe sign at any
    /// frequency, any other sign often or more).
    SignReached(SignRef),
    /// High: strongly imbalanced and felt as unfair.
    StrongAndUnfair,
    /// Moderate: imbalanced, not strongly so or not felt as unfair.
    Imbalanced,
    /// Moderate: felt as very unfair, whatever the balance.
    FeltVeryUnfair,
    /// Moderate: leaning, and felt as a bit unfair.
    LeaningAndUnfair,
    /// Moderate: a linked sign happens sometimes, below its threshold.
    SignSometimes(SignRef),
}

impl ConcernReason {
    pub fn level(&self) -> Concern {
        match self {
            ConcernReason::SignReached(_) | ConcernReason::StrongAndUnfair => Concern::High,
            _ => Concern::Moderate,
        }
    }
}

/// How one answer moved its dimension's balance.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    pub item: String,
    pub answer: Answer,
    /// Points this answer added to the balance (its share of the mean);
    /// `None` for "doesn't apply", which is left out of the mean.
    pub points: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    pub dimension: Dimension,
    /// −100…+100, positive when the person answering holds more; `None` when
    /// fewer than [`MIN_ANSWERS`] balance items were answered.
    pub balance: Option<i32>,
    /// Balance items answered with a point on the scale.
    pub answered: usize,
    /// −2 (very unfair to me) … +2 (very unfair to my partner).
    pub fairness: Option<i8>,
    pub concern: Concern,
    pub reasons: Vec<ConcernReason>,
    pub contributions: Vec<Contribution>,
}

impl DimensionScore {
    pub fn band(&self) -> Option<BandPosition> {
        self.balance.map(BandPosition::of)
    }

    pub fn side(&self) -> Option<Side> {
        self.balance.map(Side::of)
    }
}

/// How often one sign happens: 0 never … 4 very often.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignScore {
    pub item: String,
    pub sign: String,
    pub about: Subject,
    pub severity: Severity,
    pub frequency: u8,
}

impl SignScore {
    /// Happened at all.
    pub fn came_up(&self) -> bool {
        self.frequency >= RARELY
    }

    /// Happened often enough to count in full (see [`Severity::threshold`]).
    pub fn reached(&self) -> bool {
        self.frequency >= self.severity.threshold()
    }

    /// Part of a partner's control, as opposed to a warning sign or oneself.
    pub fn is_partner_control(&self) -> bool {
        self.about == Subject::Partner && self.severity >= Severity::Control
    }
}

/// What the signs of control say, on their own: control is not a balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ControlLevel {
    /// No sign of a partner's control came up.
    None,
    /// A sign of a partner's control came up, below the safety notice.
    CameUp,
    /// The safety notice: a severe sign at any frequency, or another sign of
    /// control often or more.
    Notice,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckupResult {
    pub bank_version: u16,
    pub dimensions: Vec<DimensionScore>,
    /// Every answered sign, in question order.
    pub signs: Vec<SignScore>,
    pub control: ControlLevel,
    /// The person's own answers describe controlling or hurtful behaviour
    /// often enough to reflect on (severe at any frequency, else often).
    pub self_reflection: bool,
    /// Saved answers to items this bank version never asked: kept, unscored.
    pub unread_answers: usize,
}

impl CheckupResult {
    pub fn dimension(&self, dimension: Dimension) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }

    /// The safety notice is up: support comes first and advice changes.
    pub fn safety_notice(&self) -> bool {
        self.control == ControlLevel::Notice
    }

    /// Any sign of a partner's control came up at all.
    pub fn control_came_up(&self) -> bool {
        self.control >= ControlLevel::CameUp
    }

    /// Taken with an older bank that did not ask every control question, so
    /// the absence of a sign says even less than usual.
    pub fn asked_fewer_control_questions(&self) -> bool {
        self.bank_version < BANK_VERSION
    }

    /// The partner's signs that came up, most severe and most frequent first.
    pub fn partner_signs(&self) -> Vec<&SignScore> {
        self.signs_about(Subject::Partner)
    }

    /// The person's own signs that came up, in the same order.
    pub fn own_signs(&self) -> Vec<&SignScore> {
        self.signs_about(Subject::Myself)
    }

    fn signs_about(&self, about: Subject) -> Vec<&SignScore> {
        let mut shown: Vec<&SignScore> = self
            .signs
            .iter()
            .filter(|s| s.about == about && s.came_up())
            .collect();
        // Heaviest first, then most often; frequency is 0 to 4.
        super::order::sort_by_rank(&mut shown, |s| {
            -((s.severity as i64) * 8 + i64::from(s.frequency))
        });
        shown
    }
}

/// Raw position on the "me … partner" scale: +2 almost always me … −2 almost
/// always my partner.
fn scale_value(choice: u8) -> i32 {
    2 - i32::from(choice)
}

/// Integer division rounding half away from zero, so negating every answer
/// negates the rounded balance exactly.
fn div_round(numerator: i32, denominator: i32) -> i32 {
    let q = (numerator.abs() * 2 + denominator) / (2 * denominator);
    q * numerator.signum()
}

pub fn score(answers: &Answers) -> CheckupResult {
    let version = answers.version();
    let signs: Vec<SignScore> = bank::sign_items(version)
        .filter_map(|item| {
            let ItemKind::Sign {
                sign,
                about,
                severity,
                ..
            } = item.kind
            else {
                return None;
            };
            match answers.get(item.id)? {
                Answer::Choice(frequency) => Some(SignScore {
                    item: item.id.to_owned(),
                    sign: sign.to_owned(),
                    about,
                    severity,
                    frequency,
                }),
                Answer::NotApplicable => None,
            }
        })
        .collect();
    let partner_control = signs.iter().filter(|s| s.is_partner_control());
    let control = partner_control
        .map(|s| match (s.reached(), s.came_up()) {
            (true, _) => ControlLevel::Notice,
            (false, true) => ControlLevel::CameUp,
            _ => ControlLevel::None,
        })
        .max()
        .unwrap_or(ControlLevel::None);
    let self_reflection = signs
        .iter()
        .any(|s| s.about == Subject::Myself && s.reached());
    CheckupResult {
        bank_version: version,
        dimensions: Dimension::ALL
            .into_iter()
            .map(|d| score_dimension(d, answers, &signs))
            .collect(),
        signs,
        control,
        self_reflection,
        unread_answers: answers.unread(),
    }
}

fn score_dimension(dimension: Dimension, answers: &Answers, signs: &[SignScore]) -> DimensionScore {
    let version = answers.version();
    let given: Vec<(&str, Answer, i32)> = bank::balance_items(version, dimension)
        .filter_map(|item| {
            let ItemKind::Balance { direction, .. } = item.kind else {
                return None;
            };
            answers.get(item.id).map(|a| (item.id, a, direction.sign()))
        })
        .collect();
    let values: Vec<i32> = given
        .iter()
        .filter_map(|(_, a, sign)| match a {
            Answer::Choice(c) => Some(scale_value(*c) * sign),
            Answer::NotApplicable => None,
        })
        .collect();
    let answered = values.len();
    let balance = (answered >= MIN_ANSWERS)
        .then(|| div_round(values.iter().sum::<i32>() * 50, answered as i32));
    let contributions = given
        .iter()
        .map(|(id, a, sign)| Contribution {
            item: (*id).to_owned(),
            answer: *a,
            points: match a {
                Answer::Choice(c) if answered > 0 => {
                    Some(f64::from(scale_value(*c) * sign * 50) / answered as f64)
                }
                _ => None,
            },
        })
        .collect();
    let fairness = bank::fairness_item(version, dimension)
        .and_then(|item| answers.get(item.id))
        .and_then(|a| match a {
            Answer::Choice(c) => Some(c as i8 - 2),
            Answer::NotApplicable => None,
        });
    let linked: Vec<&SignScore> = signs
        .iter()
        .filter(|s| {
            bank::item(&s.item).is_some_and(|item| {
                matches!(item.kind, ItemKind::Sign { dimensions, .. } if dimensions.contains(&dimension))
            })
        })
        .collect();
    let (concern, reasons) = assess_concern(balance.map(i32::unsigned_abs), fairness, &linked);
    DimensionScore {
        dimension,
        balance,
        answered,
        fairness,
        concern,
        reasons,
        contributions,
    }
}

/// The concern rules, each one sentence in `docs/method.md`. `linked` holds
/// the answered signs tied to the dimension. Each reason is one rule, and a
/// stronger rule replaces a weaker one about the same thing, so a reason is
/// never said twice.
pub fn assess_concern(
    magnitude: Option<u32>,
    fairness: Option<i8>,
    linked: &[&SignScore],
) -> (Concern, Vec<ConcernReason>) {
    let unfair = fairness.map_or(0, |f| f.unsigned_abs());
    let band = magnitude.map(Band::of);
    let reference = |s: &SignScore| SignRef {
        sign: s.sign.clone(),
        about: s.about,
        severity: s.severity,
        frequency: s.frequency,
    };
    let mut reasons: Vec<ConcernReason> = linked
        .iter()
        .filter(|s| s.reached())
        .map(|s| ConcernReason::SignReached(reference(s)))
        .collect();
    if band == Some(Band::StronglyImbalanced) && unfair >= 1 {
        reasons.push(ConcernReason::StrongAndUnfair);
    } else if band >= Some(Band::Imbalanced) {
        reasons.push(ConcernReason::Imbalanced);
    }
    if unfair >= 2 && !reasons.contains(&ConcernReason::StrongAndUnfair) {
        reasons.push(ConcernReason::FeltVeryUnfair);
    } else if unfair == 1 && band == Some(Band::Leaning) {
        reasons.push(ConcernReason::LeaningAndUnfair);
    }
    reasons.extend(
        linked
            .iter()
            .filter(|s| !s.reached() && s.frequency >= SOMETIMES)
            .map(|s| ConcernReason::SignSometimes(reference(s))),
    );
    let concern = reasons
        .iter()
        .map(ConcernReason::level)
        .max()
        .unwrap_or(Concern::Low);
    (concern, reasons)
}
