//! Turns answers into a result. The method is written up in `docs/method.md`;
//! keep the two in step.

use serde::{Deserialize, Serialize};

use super::bank::{self, ItemKind, Subject};
use super::compare::{DimensionView, Perspective};
use super::{Answer, Answers, Dimension, BANK_VERSION};

/// Version of the result structs below, for storage and share links.
pub const RESULT_SCHEMA: u16 = 1;

/// Fewer answered balance items than this gives "not enough answers".
pub const MIN_ANSWERS: usize = 3;

/// Where each band starts, by |balance|.
pub const LEANING_FROM: u32 = 15;
pub const IMBALANCED_FROM: u32 = 35;
pub const STRONGLY_FROM: u32 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    Low,
    Moderate,
    High,
}

/// One plain-language reason behind a concern level; each is one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConcernReason {
    /// High: a linked warning sign happens often or very often.
    FrequentWarning { sign: String },
    /// High: strongly imbalanced and felt as unfair.
    StrongAndUnfair,
    /// Moderate: imbalanced or strongly imbalanced.
    Imbalanced,
    /// Moderate: felt as very unfair, whatever the balance.
    FeltVeryUnfair,
    /// Moderate: leaning or more, and felt as a bit unfair.
    LeaningAndUnfair,
    /// Moderate: a linked warning sign happens sometimes.
    OccasionalWarning { sign: String },
}

impl ConcernReason {
    pub fn level(&self) -> Concern {
        match self {
            ConcernReason::FrequentWarning { .. } | ConcernReason::StrongAndUnfair => Concern::High,
            _ => Concern::Moderate,
        }
    }
}

/// How one answer moved its dimension's balance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub item: String,
    pub answer: Answer,
    /// Points this answer added to the balance (its share of the mean);
    /// `None` for "doesn't apply", which is left out of the mean.
    pub points: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// How often a warning sign happens: 0 never … 4 very often.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WarningScore {
    pub item: String,
    pub sign: String,
    pub about_partner: bool,
    pub frequency: u8,
    pub partner_control: bool,
}

pub const SOMETIMES: u8 = 2;
pub const OFTEN: u8 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckupResult {
    pub schema: u16,
    pub bank_version: u16,
    pub dimensions: Vec<DimensionScore>,
    pub warnings: Vec<WarningScore>,
    /// A partner-control sign happens often or very often.
    pub safety_flag: bool,
    /// The person answering does something on the warning list often or very often.
    pub self_flag: bool,
}

impl CheckupResult {
    pub fn dimension(&self, dimension: Dimension) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }

    /// The dimension-level figures that can be compared or shared.
    pub fn perspective(&self) -> Perspective {
        Perspective {
            bank_version: self.bank_version,
            dimensions: Dimension::ALL.map(|d| {
                self.dimension(d)
                    .map(|s| DimensionView {
                        balance: s.balance,
                        fairness: s.fairness,
                    })
                    .unwrap_or_default()
            }),
        }
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
    let warnings: Vec<WarningScore> = bank::warning_items()
        .filter_map(|item| {
            let ItemKind::Warning {
                sign,
                about,
                partner_control,
                ..
            } = item.kind
            else {
                return None;
            };
            match answers.get(item.id)? {
                Answer::Choice(frequency) => Some(WarningScore {
                    item: item.id.to_owned(),
                    sign: sign.to_owned(),
                    about_partner: about == Subject::Partner,
                    frequency,
                    partner_control,
                }),
                Answer::NotApplicable => None,
            }
        })
        .collect();
    let safety_flag = warnings
        .iter()
        .any(|w| w.partner_control && w.frequency >= OFTEN);
    let self_flag = warnings
        .iter()
        .any(|w| !w.about_partner && w.frequency >= OFTEN);
    CheckupResult {
        schema: RESULT_SCHEMA,
        bank_version: BANK_VERSION,
        dimensions: Dimension::ALL
            .into_iter()
            .map(|d| score_dimension(d, answers, &warnings))
            .collect(),
        warnings,
        safety_flag,
        self_flag,
    }
}

fn score_dimension(
    dimension: Dimension,
    answers: &Answers,
    warnings: &[WarningScore],
) -> DimensionScore {
    let given: Vec<(&str, Answer, i32)> = bank::balance_items(dimension)
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
    let fairness = bank::fairness_item(dimension)
        .and_then(|item| answers.get(item.id))
        .and_then(|a| match a {
            Answer::Choice(c) => Some(c as i8 - 2),
            Answer::NotApplicable => None,
        });
    let linked: Vec<(String, u8)> = warnings
        .iter()
        .filter(|w| {
            bank::item(&w.item).is_some_and(|item| {
                matches!(item.kind, ItemKind::Warning { dimensions, .. } if dimensions.contains(&dimension))
            })
        })
        .map(|w| (w.sign.clone(), w.frequency))
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
/// (sign, frequency) for the warning signs tied to the dimension.
pub fn assess_concern(
    magnitude: Option<u32>,
    fairness: Option<i8>,
    linked: &[(String, u8)],
) -> (Concern, Vec<ConcernReason>) {
    let unfair = fairness.map_or(0, |f| f.unsigned_abs());
    let band = magnitude.map(Band::of);
    let mut reasons = Vec::new();
    let mut strongest_by_sign: Vec<(&str, u8)> = Vec::new();
    for (sign, frequency) in linked {
        match strongest_by_sign.iter_mut().find(|(s, _)| s == sign) {
            Some((_, f)) => *f = (*f).max(*frequency),
            None => strongest_by_sign.push((sign, *frequency)),
        }
    }
    for (sign, frequency) in &strongest_by_sign {
        if *frequency >= OFTEN {
            reasons.push(ConcernReason::FrequentWarning {
                sign: (*sign).to_owned(),
            });
        }
    }
    if band == Some(Band::StronglyImbalanced) && unfair >= 1 {
        reasons.push(ConcernReason::StrongAndUnfair);
    }
    if band >= Some(Band::Imbalanced) {
        reasons.push(ConcernReason::Imbalanced);
    }
    if unfair >= 2 {
        reasons.push(ConcernReason::FeltVeryUnfair);
    } else if unfair == 1 && band >= Some(Band::Leaning) {
        reasons.push(ConcernReason::LeaningAndUnfair);
    }
    for (sign, frequency) in &strongest_by_sign {
        if *frequency == SOMETIMES {
            reasons.push(ConcernReason::OccasionalWarning {
                sign: (*sign).to_owned(),
            });
        }
    }
    let concern = reasons
        .iter()
        .map(ConcernReason::level)
        .max()
        .unwrap_or(Concern::Low);
    (concern, reasons)
}
