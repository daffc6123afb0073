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
    /// Read from a balance answer, not asked as a frequency.
    pub from_balance: bool,
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

/// Several distinct signs of a partner's control that came up, however
/// rarely each, make a pattern that raises the safety notice.
pub const PATTERN_CONTROL_SIGNS: usize = 3;
/// Several warning signs about the partner at often or more together count
/// as control coming up.
pub const PATTERN_WARNING_SIGNS: usize = 3;
/// Several of one's own signs of control at sometimes or more make a
/// pattern of one's own behaviour.
pub const PATTERN_OWN_SIGNS: usize = 2;

/// How often one sign happens: 0 never … 4 very often.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignScore {
    pub item: String,
    pub sign: String,
    pub about: Subject,
    pub severity: Severity,
    pub frequency: u8,
    /// The parts whose concern this sign raises.
    pub dimensions: &'static [Dimension],
    /// Read from a balance answer (who can say no without worry) rather
    /// than asked as a frequency: `frequency` is then 4 for "almost always
    /// my partner" and 2 for "more often my partner".
    pub from_balance: bool,
}

/// A sign the person chose not to answer ("I'd rather not say").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeclinedSign {
    pub item: String,
    pub about: Subject,
    pub severity: Severity,
}

/// Another kept check-up in which a partner's control came up.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlMark {
    pub id: String,
    pub finished_at: f64,
    pub level: ControlLevel,
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
    /// No sign of a partner's control came up, and none was left unanswered.
    None,
    /// No sign came up, but the person chose not to answer at least one
    /// question about their partner: control may be there, so the safety
    /// rules apply.
    Unanswered,
    /// A sign of a partner's control came up, below the safety notice, or
    /// several warning signs came up often.
    CameUp,
    /// The safety notice: a severe sign at any frequency, another sign of
    /// control often or more, or several distinct signs together.
    Notice,
    /// The stronger notice: a danger sign at any frequency.
    Danger,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckupResult {
    pub bank_version: u16,
    pub dimensions: Vec<DimensionScore>,
    /// Every answered sign, in question order.
    pub signs: Vec<SignScore>,
    pub control: ControlLevel,
    /// The notice came from several distinct signs together, not one alone.
    pub control_pattern: bool,
    /// The person's own answers describe controlling or hurtful behaviour
    /// often enough to reflect on (severe at any frequency, else often).
    pub self_reflection: bool,
    /// The partner seems afraid of the person, or several of their own
    /// answers are signs of control: no couples work, no starters, and a
    /// share caution for someone who may frighten their partner.
    pub own_behaviour: bool,
    /// Signs the person chose not to answer.
    pub declined: Vec<DeclinedSign>,
    /// Other kept check-ups where a partner's control came up (set by
    /// `history::scored`); their safety rules carry over to this one.
    pub elsewhere: Vec<ControlMark>,
    /// Saved answers to items this bank version never asked: kept, unscored.
    pub unread_answers: usize,
}

impl CheckupResult {
    pub fn dimension(&self, dimension: Dimension) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }

    /// The safety notice is up: support comes first and advice changes.
    pub fn safety_notice(&self) -> bool {
        self.control >= ControlLevel::Notice
    }

    /// A danger sign came up: the stronger notice, emergency number first.
    pub fn danger(&self) -> bool {
        self.control == ControlLevel::Danger
    }

    /// Choking or strangling came up: a medical check, even without marks.
    pub fn strangled(&self) -> bool {
        self.signs
            .iter()
            .any(|s| s.sign == "strangle" && s.about == Subject::Partner && s.came_up())
    }

    /// Any sign of a partner's control came up in this check-up.
    pub fn control_came_up(&self) -> bool {
        self.control >= ControlLevel::CameUp
    }

    /// The safety rules for a partner's control apply: a sign came up or
    /// was left unanswered here, or control came up in another kept
    /// check-up. Advice, starters and sharing follow them.
    pub fn safety_rules(&self) -> bool {
        self.control >= ControlLevel::Unanswered || !self.elsewhere.is_empty()
    }

    /// Nothing done as a couple fits: the safety rules apply, or the
    /// person's own behaviour may frighten their partner.
    pub fn no_couples_work(&self) -> bool {
        self.safety_rules() || self.own_behaviour
    }

    /// How many distinct signs of a partner's control came up (warning
    /// signs not counted), for sentences that say how many.
    pub fn partner_control_count(&self) -> usize {
        self.signs
            .iter()
            .filter(|s| s.is_partner_control() && s.came_up())
            .count()
    }

    /// The words name control: a partner's control came up here or in
    /// another kept check-up, so nothing may be called even or balanced
    /// without saying so.
    pub fn control_named(&self) -> bool {
        self.control_came_up() || !self.elsewhere.is_empty()
    }

    /// Distinct warning signs about the partner at often or more.
    pub fn partner_warnings_often(&self) -> usize {
        self.signs
            .iter()
            .filter(|s| {
                s.about == Subject::Partner && s.severity == Severity::Warning && s.reached()
            })
            .count()
    }

    /// Signs about the partner left unanswered.
    pub fn declined_about_partner(&self) -> usize {
        self.declined
            .iter()
            .filter(|d| d.about == Subject::Partner)
            .count()
    }

    /// Signs about oneself left unanswered.
    pub fn declined_about_self(&self) -> usize {
        self.declined.len() - self.declined_about_partner()
    }

    /// Taken with an older bank that did not ask every control question, so
    /// the absence of a sign says even less than usual.
    pub fn asked_fewer_control_questions(&self) -> bool {
        self.bank_version < BANK_VERSION
    }

    /// The signs the current bank asks about that this check-up's version
    /// did not ask, by sign name, in question order: an older check-up says
    /// which it could not see.
    pub fn signs_not_asked(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Vec::new();
        for item in bank::sign_items(BANK_VERSION) {
            if let ItemKind::Sign {
                sign,
                about: Subject::Partner,
                ..
            } = item.kind
            {
                if !item.asked_in(self.bank_version) && !names.contains(&sign) {
                    names.push(sign);
                }
            }
        }
        names
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
        crate::lean::sort_by_rank(&mut shown, |s| {
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
    let mut signs: Vec<SignScore> = Vec::new();
    let mut declined: Vec<DeclinedSign> = Vec::new();
    for item in bank::sign_items(version) {
        let ItemKind::Sign {
            sign,
            about,
            severity,
            dimensions,
            ..
        } = item.kind
        else {
            continue;
        };
        match answers.get(item.id) {
            Some(Answer::Choice(frequency)) => signs.push(SignScore {
                item: item.id.to_owned(),
                sign: sign.to_owned(),
                about,
                severity,
                frequency,
                dimensions,
                from_balance: false,
            }),
            Some(Answer::Declined) => declined.push(DeclinedSign {
                item: item.id.to_owned(),
                about,
                severity,
            }),
            _ => {}
        }
    }
    // Fear answered as a balance: "almost always my partner" can say no
    // without worry is the notice; "more often my partner" a sign below it.
    for (id, sign, dimensions) in bank::FEAR_IN_BALANCE {
        let frequency = match answers.get(id) {
            Some(Answer::Choice(4)) => 4,
            Some(Answer::Choice(3)) => SOMETIMES,
            _ => continue,
        };
        if !bank::asked_in(version).any(|item| item.id == *id) {
            continue;
        }
        signs.push(SignScore {
            item: (*id).to_owned(),
            sign: (*sign).to_owned(),
            about: Subject::Partner,
            severity: Severity::Control,
            frequency,
            dimensions,
            from_balance: true,
        });
    }
    let (control, control_pattern) = control_level(&signs, &declined);
    let own_control = signs
        .iter()
        .filter(|s| {
            s.about == Subject::Myself
                && s.severity >= Severity::Control
                && s.frequency >= SOMETIMES
        })
        .count();
    let feared = signs
        .iter()
        .any(|s| s.about == Subject::Myself && s.severity >= Severity::Severe && s.came_up());
    let own_behaviour = feared || own_control >= PATTERN_OWN_SIGNS;
    let self_reflection = own_behaviour
        || signs
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
        control_pattern,
        self_reflection,
        own_behaviour,
        declined,
        elsewhere: Vec::new(),
        unread_answers: answers.unread(),
    }
}

/// The control level from the partner's signs alone, and whether a pattern
/// of several signs (rather than one sign) decided it.
fn control_level(signs: &[SignScore], declined: &[DeclinedSign]) -> (ControlLevel, bool) {
    let partner_control: Vec<&SignScore> = signs
        .iter()
        .filter(|s| s.is_partner_control() && s.came_up())
        .collect();
    let single = partner_control
        .iter()
        .map(|s| match (s.severity, s.reached()) {
            (Severity::Danger, _) => ControlLevel::Danger,
            (_, true) => ControlLevel::Notice,
            (_, false) => ControlLevel::CameUp,
        })
        .max()
        .unwrap_or(ControlLevel::None);
    let warnings_often = signs
        .iter()
        .filter(|s| s.about == Subject::Partner && s.severity == Severity::Warning && s.reached())
        .count();
    let pattern = if partner_control.len() >= PATTERN_CONTROL_SIGNS {
        ControlLevel::Notice
    } else if warnings_often >= PATTERN_WARNING_SIGNS {
        ControlLevel::CameUp
    } else {
        ControlLevel::None
    };
    let skipped = if declined.iter().any(|d| d.about == Subject::Partner) {
        ControlLevel::Unanswered
    } else {
        ControlLevel::None
    };
    let level = single.max(pattern).max(skipped);
    (level, pattern > single)
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
            Answer::NotApplicable | Answer::Declined => None,
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
            Answer::NotApplicable | Answer::Declined => None,
        });
    let linked: Vec<&SignScore> = signs
        .iter()
        .filter(|s| s.dimensions.contains(&dimension))
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
        from_balance: s.from_balance,
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
