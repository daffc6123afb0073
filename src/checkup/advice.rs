//! What to try: strategies matched to a dimension's scores, the practices a
//! plan is made of, and which dimensions to talk about first. Ids are stable
//! (they are saved in plans); the words live in `copy`.

use super::scoring::{CheckupResult, Concern, ConcernReason, DimensionScore};
use super::Dimension;

/// Most practices a plan may hold, so it stays doable in a week.
pub const PLAN_LIMIT: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Strategy {
    OpenCommunication,
    SharedDecisions,
    MoneyTransparency,
    EmotionalReciprocity,
    HealthyBoundaries,
    SharedGoals,
    ConsistentTrust,
    Forgiveness,
    OutsideSupport,
    /// Support for the person themselves: helplines, advocates, a counsellor
    /// of their own. Never couples counselling.
    SupportForYou,
    /// Thinking ahead about safety, with nothing written down.
    KeepSafe,
    /// For someone whose partner seems afraid of them, or whose own answers
    /// describe control: help for their own behaviour, nothing asked of the
    /// partner.
    OwnChange,
}

impl Strategy {
    pub const ALL: [Strategy; 12] = [
        Strategy::OpenCommunication,
        Strategy::SharedDecisions,
        Strategy::MoneyTransparency,
        Strategy::EmotionalReciprocity,
        Strategy::HealthyBoundaries,
        Strategy::SharedGoals,
        Strategy::ConsistentTrust,
        Strategy::Forgiveness,
        Strategy::OutsideSupport,
        Strategy::SupportForYou,
        Strategy::KeepSafe,
        Strategy::OwnChange,
    ];

    /// Strategies whose practices are read, never ticked: a plan never
    /// stores them, so they are never exported or shown on home.
    pub const READ_ONLY: [Strategy; 3] = [
        Strategy::SupportForYou,
        Strategy::KeepSafe,
        Strategy::OwnChange,
    ];

    /// What is advised when a partner's control came up: support for the
    /// person first. Nothing here asks them to confront, test, apologise to,
    /// forgive or open their money to the partner, or leaves a written trace.
    pub const WHEN_CONTROLLED: [Strategy; 2] = [Strategy::SupportForYou, Strategy::KeepSafe];

    pub fn id(self) -> &'static str {
        match self {
            Strategy::OpenCommunication => "open_communication",
            Strategy::SharedDecisions => "shared_decisions",
            Strategy::MoneyTransparency => "money_transparency",
            Strategy::EmotionalReciprocity => "emotional_reciprocity",
            Strategy::HealthyBoundaries => "healthy_boundaries",
            Strategy::SharedGoals => "shared_goals",
            Strategy::ConsistentTrust => "consistent_trust",
            Strategy::Forgiveness => "forgiveness",
            Strategy::OutsideSupport => "outside_support",
            Strategy::SupportForYou => "support_for_you",
            Strategy::KeepSafe => "keep_safe",
            Strategy::OwnChange => "own_change",
        }
    }

    /// Ids of the concrete practices this strategy offers for a plan.
    pub fn practices(self) -> [&'static str; 2] {
        match self {
            Strategy::OpenCommunication => [
                "open_communication.weekly_checkin",
                "open_communication.listen_back",
            ],
            Strategy::SharedDecisions => {
                ["shared_decisions.ask_first", "shared_decisions.take_turns"]
            }
            Strategy::MoneyTransparency => [
                "money_transparency.money_date",
                "money_transparency.both_see",
            ],
            Strategy::EmotionalReciprocity => [
                "emotional_reciprocity.ask_how",
                "emotional_reciprocity.name_thanks",
            ],
            Strategy::HealthyBoundaries => {
                ["healthy_boundaries.one_no", "healthy_boundaries.own_time"]
            }
            Strategy::SharedGoals => ["shared_goals.load_list", "shared_goals.one_goal"],
            Strategy::ConsistentTrust => {
                ["consistent_trust.small_promise", "consistent_trust.repair"]
            }
            Strategy::Forgiveness => ["forgiveness.let_one_go", "forgiveness.apology"],
            Strategy::OutsideSupport => ["outside_support.find_one", "outside_support.tell_friend"],
            Strategy::SupportForYou => ["support_for_you.reach_out", "support_for_you.tell_friend"],
            Strategy::KeepSafe => ["keep_safe.safe_place", "keep_safe.own_counselling"],
            Strategy::OwnChange => ["own_change.reach_out", "own_change.step_back"],
        }
    }

    /// Its practices are read, never ticked or stored.
    pub fn read_only(self) -> bool {
        Strategy::READ_ONLY.contains(&self)
    }
}

/// Practices that ask the person to confront or test the partner, to
/// report to them, or to bring in couples counselling: never offered when
/// either partner may be afraid of the other.
pub const COUPLES_ONLY: &[&str] = &[
    "open_communication.weekly_checkin",
    "healthy_boundaries.one_no",
    "outside_support.find_one",
];

/// Practices that repair, apologise, forgive, promise or thank: never an
/// answer to a partner's sign, which is not the person's to make up for.
pub const REPAIR: &[&str] = &[
    "consistent_trust.small_promise",
    "consistent_trust.repair",
    "forgiveness.let_one_go",
    "forgiveness.apology",
    "emotional_reciprocity.name_thanks",
];

/// Whether a practice may be ticked into a plan at all.
pub fn is_read_only(practice: &str) -> bool {
    Strategy::READ_ONLY
        .iter()
        .any(|s| s.practices().contains(&practice))
}

/// Whether `practice` is safe to offer, or to keep showing from a plan,
/// for `result`. Under the safety rules only the read-only support and
/// safety practices; when the person may frighten their partner nothing
/// done as a couple or as repair; after a partner's sign no repair.
pub fn practice_fits(result: &CheckupResult, practice: &str) -> bool {
    if result.safety_rules() {
        return is_read_only(practice);
    }
    if result.own_behaviour && (COUPLES_ONLY.contains(&practice) || REPAIR.contains(&practice)) {
        return false;
    }
    if partner_sign_came_up(result) && REPAIR.contains(&practice) {
        return false;
    }
    true
}

/// Any sign about the partner came up, warning signs included.
fn partner_sign_came_up(result: &CheckupResult) -> bool {
    result
        .signs
        .iter()
        .any(|s| s.about == super::Subject::Partner && s.came_up())
}

/// The practices of `strategy` that fit `result`, in order.
pub fn practices_for(result: &CheckupResult, strategy: Strategy) -> Vec<&'static str> {
    strategy
        .practices()
        .into_iter()
        .filter(|p| practice_fits(result, p))
        .collect()
}

/// Every practice id, in a stable order.
pub fn all_practices() -> impl Iterator<Item = &'static str> {
    Strategy::ALL.into_iter().flat_map(Strategy::practices)
}

pub fn is_practice(id: &str) -> bool {
    all_practices().any(|p| p == id)
}

/// The strategies that fit each dimension best, most fitting first.
fn fitting(dimension: Dimension) -> [Strategy; 2] {
    match dimension {
        Dimension::Decisions => [Strategy::SharedDecisions, Strategy::OpenCommunication],
        Dimension::Money => [Strategy::MoneyTransparency, Strategy::SharedDecisions],
        Dimension::Emotional => [Strategy::EmotionalReciprocity, Strategy::OpenCommunication],
        Dimension::Intimacy => [Strategy::HealthyBoundaries, Strategy::EmotionalReciprocity],
        Dimension::Social => [Strategy::SharedGoals, Strategy::HealthyBoundaries],
        Dimension::Home => [Strategy::SharedGoals, Strategy::SharedDecisions],
    }
}

/// Two to four strategies for one dimension of `result`. When a partner's
/// control came up, only support for the person and keeping safe. Otherwise
/// the two that fit it, then rebuilding trust where a sign is linked to it,
/// letting go of old scores where it feels unfair without being one-sided,
/// and outside support first when concern is high.
pub fn strategies_for(result: &CheckupResult, score: &DimensionScore) -> Vec<Strategy> {
    if result.safety_rules() {
        let mut chosen = Strategy::WHEN_CONTROLLED.to_vec();
        if result.own_behaviour {
            chosen.push(Strategy::OwnChange);
        }
        return chosen;
    }
    let mut chosen = fitting(score.dimension).to_vec();
    if result.own_behaviour {
        // Help for their own behaviour first; nothing done as a couple.
        chosen.insert(0, Strategy::OwnChange);
        return chosen;
    }
    let sign_reason = |about: super::Subject| {
        score.reasons.iter().any(|r| {
            matches!(
                r,
                ConcernReason::SignReached(s) | ConcernReason::SignSometimes(s) if s.about == about
            )
        })
    };
    let partner_signed = sign_reason(super::Subject::Partner);
    if sign_reason(super::Subject::Myself) && !partner_signed {
        chosen.push(Strategy::ConsistentTrust);
    } else if !partner_signed
        && score.fairness.is_some_and(|f| f != 0)
        && score.concern == Concern::Low
    {
        chosen.push(Strategy::Forgiveness);
    }
    if score.concern == Concern::High {
        chosen.insert(0, Strategy::OutsideSupport);
    }
    chosen
}

/// Conversation starters fit only where nobody may be afraid: talking it
/// through with a partner who controls can make things riskier, and a
/// partner who is afraid cannot answer freely.
pub fn starters_fit(result: &CheckupResult) -> bool {
    !result.no_couples_work()
}

/// Which caution comes before any sharing option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareCaution {
    /// Nothing came up: sharing options show at once.
    None,
    /// The safety rules apply: sharing with a partner who controls can make
    /// things riskier.
    PartnerControl,
    /// The person's partner may be afraid of them: a link can feel like
    /// pressure to answer.
    OwnBehaviour,
}

/// The caution the share panel leads with, from the whole history.
pub fn share_caution(result: &CheckupResult) -> ShareCaution {
    if result.safety_rules() {
        ShareCaution::PartnerControl
    } else if result.own_behaviour {
        ShareCaution::OwnBehaviour
    } else {
        ShareCaution::None
    }
}

/// Dimensions in the order they most need attention: concern first, then
/// the size of the imbalance. Dimensions without a balance come last.
pub fn by_attention(result: &CheckupResult) -> Vec<&DimensionScore> {
    let mut ordered: Vec<&DimensionScore> = result.dimensions.iter().collect();
    // Concern outranks any imbalance (at most 100), which outranks the part.
    crate::lean::sort_by_rank(&mut ordered, |d| {
        let imbalance = i64::from(d.balance.map_or(0, i32::unsigned_abs));
        -((d.concern as i64) * 1000 + imbalance) * 8 + d.dimension.index() as i64
    });
    ordered
}

/// The strategies to suggest for the whole check-up. When a partner's
/// control came up: support for the person, then keeping safe, and nothing
/// else. Otherwise those of the two or three dimensions that most need
/// attention, without repeats, at most four, outside support first; with no
/// concern anywhere, the general habits that keep things balanced.
pub fn recommended(result: &CheckupResult) -> Vec<(Strategy, Vec<Dimension>)> {
    if result.safety_rules() {
        let mut chosen: Vec<(Strategy, Vec<Dimension>)> = Strategy::WHEN_CONTROLLED
            .into_iter()
            .map(|s| (s, Vec::new()))
            .collect();
        if result.own_behaviour {
            chosen.push((Strategy::OwnChange, Vec::new()));
        }
        return chosen;
    }
    let focus: Vec<&DimensionScore> = by_attention(result)
        .into_iter()
        .filter(|d| d.concern > Concern::Low)
        .take(3)
        .collect();
    let mut chosen: Vec<(Strategy, Vec<Dimension>)> = Vec::new();
    for score in &focus {
        for strategy in strategies_for(result, score) {
            match chosen.iter_mut().find(|(s, _)| *s == strategy) {
                Some((_, dims)) => dims.push(score.dimension),
                None => chosen.push((strategy, vec![score.dimension])),
            }
        }
    }
    if chosen.is_empty() {
        chosen = vec![
            (Strategy::OpenCommunication, Vec::new()),
            (Strategy::SharedGoals, Vec::new()),
        ];
        if result.own_behaviour {
            chosen.insert(0, (Strategy::OwnChange, Vec::new()));
        }
    }
    // Support leads wherever it appears, so the limit never cuts it.
    crate::lean::sort_by_rank(&mut chosen, |(s, _)| {
        i64::from(!matches!(s, Strategy::OutsideSupport | Strategy::OwnChange))
    });
    chosen.truncate(4);
    chosen
}

/// A plan's practices made safe to keep: known ids only, never a read-only
/// support or safety practice, no repeats, at most [`PLAN_LIMIT`].
pub fn clean_plan(practices: &[String]) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for id in practices {
        if is_practice(id) && !is_read_only(id) && !kept.contains(id) && kept.len() < PLAN_LIMIT {
            kept.push(id.clone());
        }
    }
    kept
}

/// What a plan shows for one check-up: the practices still safe for it,
/// and how many are hidden because they are not (one line says why).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanShown {
    pub practices: Vec<String>,
    pub hidden: usize,
}

/// The plan as shown with check-up `checkup` (scored with the whole
/// history); `None` when there is no plan or it belongs to another check-up.
pub fn plan_shown(
    plan: Option<&super::saved::Plan>,
    checkup: &str,
    latest: bool,
    result: &CheckupResult,
) -> Option<PlanShown> {
    let plan = plan.filter(|p| p.belongs_to(checkup, latest))?;
    let (practices, hidden): (Vec<String>, Vec<String>) = plan
        .practices
        .iter()
        .cloned()
        .partition(|p| practice_fits(result, p) && !is_read_only(p));
    Some(PlanShown {
        practices,
        hidden: hidden.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkup::scoring::score;
    use crate::checkup::{Answer, Answers, ItemKind, BANK};

    fn answers_where(pick: impl Fn(&crate::checkup::Item) -> Option<Answer>) -> Answers {
        let mut answers = Answers::default();
        for item in BANK {
            if let Some(answer) = pick(item) {
                answers.set(item.id, answer).expect("valid answer");
            }
        }
        answers
    }

    fn calm() -> Answers {
        answers_where(|item| match item.kind {
            ItemKind::Sign { .. } => Some(Answer::Choice(0)),
            _ => Some(Answer::Choice(2)),
        })
    }

    #[test]
    fn practice_ids_are_unique_and_belong_to_their_strategy() {
        let all: Vec<_> = all_practices().collect();
        for (i, id) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(id), "{id} repeats");
        }
        for s in Strategy::ALL {
            for p in s.practices() {
                assert!(p.starts_with(&format!("{}.", s.id())), "{p}");
            }
        }
    }

    #[test]
    fn every_dimension_gets_two_to_four_strategies() {
        let calm = score(&calm());
        let tense = score(&answers_where(|item| {
            Some(match item.kind {
                ItemKind::Sign { .. } => Answer::Choice(0),
                ItemKind::Fairness { .. } => Answer::Choice(0),
                ItemKind::Balance { .. } => Answer::Choice(0),
            })
        }));
        for result in [&calm, &tense] {
            for d in &result.dimensions {
                let n = strategies_for(result, d).len();
                assert!((2..=4).contains(&n), "{:?}: {n}", d.dimension);
            }
        }
        let money = tense.dimension(Dimension::Money).expect("money");
        assert_eq!(strategies_for(&tense, money)[0], Strategy::OutsideSupport);
        assert!(
            !strategies_for(&calm, calm.dimension(Dimension::Money).expect("money"))
                .contains(&Strategy::OutsideSupport)
        );
    }

    #[test]
    fn recommendations_follow_the_dimension_of_most_concern() {
        let answers = answers_where(|item| match item.kind {
            ItemKind::Balance { .. } | ItemKind::Fairness { .. }
                if item.dimension() == Some(Dimension::Money) =>
            {
                Some(Answer::Choice(0))
            }
            ItemKind::Sign { .. } => Some(Answer::Choice(0)),
            _ => Some(Answer::Choice(2)),
        });
        let result = score(&answers);
        let top = by_attention(&result)[0];
        assert_eq!(top.dimension, Dimension::Money);
        let suggested = recommended(&result);
        // Money is strongly one-sided and feels very unfair: high concern,
        // so outside support leads, then the strategies that fit money.
        assert_eq!(suggested[0].0, Strategy::OutsideSupport);
        assert_eq!(suggested[1].0, Strategy::MoneyTransparency);
        assert_eq!(suggested[1].1, vec![Dimension::Money]);
        assert!(suggested.len() <= 4);
        assert!(starters_fit(&result));
    }

    #[test]
    fn calm_results_suggest_habits_and_control_brings_only_support() {
        let calm_result = score(&calm());
        assert_eq!(recommended(&calm_result).len(), 2);
        let mut controlled = calm();
        controlled
            .set("warn.checks_phone.partner", Answer::Choice(1))
            .expect("valid");
        let result = score(&controlled);
        let suggested: Vec<Strategy> = recommended(&result).into_iter().map(|(s, _)| s).collect();
        assert_eq!(suggested, Strategy::WHEN_CONTROLLED.to_vec());
        for d in &result.dimensions {
            assert_eq!(
                strategies_for(&result, d),
                Strategy::WHEN_CONTROLLED.to_vec()
            );
        }
        assert!(!starters_fit(&result));
    }

    #[test]
    fn plans_keep_only_known_distinct_practices_up_to_the_limit() {
        let raw: Vec<String> = [
            "forgiveness.apology",
            "nope.nothing",
            "forgiveness.apology",
            "shared_goals.one_goal",
            "open_communication.weekly_checkin",
            "consistent_trust.repair",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            clean_plan(&raw),
            vec![
                "forgiveness.apology",
                "shared_goals.one_goal",
                "open_communication.weekly_checkin"
            ]
        );
    }
}
