//! English words for the results page, strategies, practices and
//! conversation starters.

use super::en_safety::SAFETY;
use super::results::{BandStep, BySide, ResultsUi, StrategyCopy};
use crate::checkup::scoring::ControlLevel;
use crate::checkup::Dimension;

fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn overview_summary(by: &BySide) -> String {
    let BySide {
        you,
        partner,
        even,
        unknown,
        control,
    } = by;
    let mut parts = Vec::new();
    // Control leads: no balance of say can show it.
    match control {
        ControlLevel::Notice => parts.push(SAFETY.lead_notice.to_owned()),
        ControlLevel::CameUp => parts.push(SAFETY.lead_came_up.to_owned()),
        ControlLevel::None => {}
    }
    if !you.is_empty() {
        parts.push(format!("You hold more say in {}.", list(you)));
    }
    if !partner.is_empty() {
        parts.push(format!("Your partner holds more say in {}.", list(partner)));
    }
    let all_even = even.len() == Dimension::ALL.len();
    if all_even && *control > ControlLevel::None {
        parts.push(
            "Say looks about even in every part, but that does not make things balanced."
                .to_owned(),
        );
    } else if !even.is_empty() && *control > ControlLevel::None {
        parts.push(format!(
            "Say looks about even in {}, but that does not make things balanced.",
            list(even)
        ));
    } else if all_even {
        parts.push("It is about even in every part.".to_owned());
    } else if !even.is_empty() {
        parts.push(format!("It is about even in {}.", list(even)));
    }
    if !unknown.is_empty() {
        parts.push(format!(
            "There were too few answers to say for {}.",
            list(unknown)
        ));
    }
    parts.join(" ")
}

fn points_word(n: u32) -> String {
    if n == 1 {
        "1 point".to_owned()
    } else {
        format!("{n} points")
    }
}

fn band_distance(stronger: BandStep, weaker: BandStep) -> String {
    let up = stronger.map(|(band, points)| {
        format!(
            "{} more toward one side would make it “{band}”.",
            points_word(points)
        )
    });
    let down = weaker.map(|(band, points)| {
        format!(
            "{} fewer would bring it back to “{band}”.",
            points_word(points)
        )
    });
    [up, down]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

fn effect(points: f64) -> String {
    let rounded = points.round() as i64;
    match rounded {
        0 => "No lean either way".to_owned(),
        p if p > 0 => format!("+{p} toward you"),
        p => format!("−{} toward your partner", p.unsigned_abs()),
    }
}

fn trend_summary(name: &str, first: Option<i32>, last: Option<i32>, count: usize) -> String {
    match (first, last) {
        (Some(a), Some(b)) => format!(
            "{name}: balance went from {a:+} to {b:+} across {count} check-ups \
             (plus means you held more say)."
        ),
        _ => format!(
            "{name}: not enough answers in some of the {count} check-ups to draw a full line."
        ),
    }
}

pub const RESULTS: ResultsUi = ResultsUi {
    wheel_entry: |side, band| format!("{side}. {band}."),
    parts_heading: "The six parts",
    all_parts: "All six parts",
    part_of: |n, total| format!("Part {n} of {total}"),
    previous_part: |name| format!("Previous: {name}"),
    next_part: |name| format!("Next: {name}"),
    more_heading: "More about this result",
    view_plan: "What you could try, and your plan",
    view_share: "Share with your partner",
    view_history: "Your check-ups and how things have changed",
    see_what_to_try: "See what you could try",
    wheel_label: "Balance wheel: one wedge per part of your relationship",
    wheel_hint: "Tap a wedge or a part below to see more.",
    legend_you: "You hold more say (solid)",
    legend_partner: "Your partner holds more say (striped)",
    legend_even: "About even (outline)",
    legend_unknown: "Too few answers (dashed)",
    rim_you: "you",
    rim_partner: "partner",
    rim_even: "even",
    rim_unknown: "?",
    overview_summary,
    table_caption: "Every part as a table",
    column_part: "Part",
    column_who: "Who holds more",
    beam_you: "You",
    beam_partner: "Your partner",
    beam_summary: |name, side, band, balance| {
        format!("{name}: {side}. {band}, {balance:+} on a scale from −100 to +100.")
    },
    answers_heading: "Your answers",
    column_question: "Question",
    column_answer: "Your answer",
    column_effect: "Effect on the balance",
    effect,
    not_counted: "Not counted",
    meaning_heading: "What the score means",
    band_meaning: [
        "Balanced: neither of you clearly holds more say here. Small leans come and go in \
         any couple.",
        "Leaning: one of you usually has a bit more say. That can be fine if it suits you \
         both and it was chosen together.",
        "Imbalanced: one of you clearly has more say. Worth talking about, especially if it \
         does not feel fair.",
        "Strongly imbalanced: one of you holds most of the say here. This is where a talk, \
         and maybe a change, matters most.",
    ],
    band_distance,
    concern_heading: "Why this concern level",
    try_heading: "What to try",
    talk_heading: "To start a conversation",
    strategies_heading: "What you could try",
    strategies_intro: "Picked for the parts that need attention most. Each one is small \
        enough to try this week.",
    strategies_calm: "Nothing stands out as needing attention. These habits help keep it \
        that way.",
    strategies_controlled: "When a partner controls or frightens you, advice for couples can \
        make things riskier. These steps are for you alone, and none of them involves your \
        partner.",
    for_parts: |names| format!("For: {}", list(names)),
    plan_heading: "Your plan",
    plan_intro: |limit| {
        format!(
            "Choose up to {limit} practices to try; to change one, untick it first. Your plan \
             stays on this device."
        )
    },
    plan_chosen_on: |date| format!("Chosen {date}"),
    plan_empty: "No practices chosen yet. You can pick some on your results page.",
    plan_clear: "Clear the plan",
    plan_clear_confirm: "Remove every practice from your plan?",
    plan_yes_clear: "Yes, clear it",
    plan_change: "Change the plan",
    trends_heading: "How it has changed",
    trends_need_two: "After your next check-up, a line for each part will show how things \
        have moved.",
    trends_asked_differently: "Some check-ups were taken with an earlier set of questions. \
        Where a part was asked differently, those check-ups are left out of its line, because \
        the figures do not measure the same thing.",
    trend_label: |name| format!("Trend for {name}"),
    trend_balance: "Balance",
    trend_fairness: "How fair it felt",
    trend_you_top: "you",
    trend_partner_bottom: "partner",
    trend_unfair_partner_top: "unfair to partner",
    trend_unfair_me_bottom: "unfair to me",
    trend_summary,
    column_checkup: "Check-up",
    show_table: "Show the figures",
    delete_checkup: "Delete this check-up",
    delete_confirm: "Delete this check-up and its answers from this device? This cannot be \
        undone.",
    yes_delete: "Yes, delete it",
    deleted: "The check-up was deleted.",
    other_checkups: "Your check-ups",
    print: "Print or save as PDF",
    data_heading: "Your data",
    data_intro: "Download everything Fulcrum keeps here as one file, for example to move \
        it to another device. Anyone with the file can read it.",
    export: "Download all my data",
    import_label: "Import data from a file",
    import_damaged: "This file is not Fulcrum data, or it is damaged. Nothing was changed.",
    import_newer: "This file comes from a newer version of Fulcrum. Nothing was changed.",
    import_unreadable: "The file could not be read. Nothing was changed.",
    import_confirm: |n| {
        format!(
            "The file holds {n} finished check-up{}. Importing replaces everything Fulcrum \
             keeps on this device now.",
            if n == 1 { "" } else { "s" }
        )
    },
    yes_import: "Yes, replace with the file",
    imported: |n| format!("Imported {n} check-up{}.", if n == 1 { "" } else { "s" }),
};

pub const STRATEGIES: [StrategyCopy; 11] = [
    StrategyCopy {
        id: "open_communication",
        name: "Talk openly, and often",
        why: "Small, regular talks keep problems small. Saying what you need, and hearing \
              what your partner needs, stops guesses from turning into rules.",
    },
    StrategyCopy {
        id: "shared_decisions",
        name: "Decide together",
        why: "When choices that affect you both are made by both, neither of you has to \
              go along quietly.",
    },
    StrategyCopy {
        id: "money_transparency",
        name: "Make money visible to both",
        why: "Money gives say. When both of you can see it and have a voice in it, it \
              stops being a lever.",
    },
    StrategyCopy {
        id: "emotional_reciprocity",
        name: "Take turns caring",
        why: "Feeling heard should go both ways. Noticing who usually does the comforting \
              helps share it.",
    },
    StrategyCopy {
        id: "healthy_boundaries",
        name: "Say yes and no freely",
        why: "A no that is respected makes a yes mean something. Both of you need room \
              that is your own.",
    },
    StrategyCopy {
        id: "shared_goals",
        name: "Share the goals and the load",
        why: "Naming what you want together, and who carries what, makes hidden work \
              visible and easier to split.",
    },
    StrategyCopy {
        id: "consistent_trust",
        name: "Rebuild trust with small promises",
        why: "Trust comes back through many small promises kept, not one big speech.",
    },
    StrategyCopy {
        id: "forgiveness",
        name: "Let go of old scores",
        why: "Keeping count of old hurts keeps the balance stuck. Letting one go makes \
              room for change.",
    },
    StrategyCopy {
        id: "outside_support",
        name: "Get support from outside",
        why: "A counsellor, a trusted friend or a helpline can see what is hard to see \
              from inside. Couples counselling can help when both of you want change and \
              neither of you is afraid of the other.",
    },
    StrategyCopy {
        id: "support_for_you",
        name: "Get support for yourself",
        why: "You do not have to sort this out alone, or with your partner. Helplines, \
              domestic-abuse advocates and a counsellor of your own are there for you, \
              free and in confidence.",
    },
    StrategyCopy {
        id: "keep_safe",
        name: "Look after your safety",
        why: "Thinking ahead, quietly, can make a hard moment easier. Nothing here needs \
              writing down.",
    },
];

pub const PRACTICES: [(&str, &str); 22] = [
    ("open_communication.weekly_checkin", "Have a 15-minute check-in this week: each of you says one thing that went well and one thing you need."),
    ("open_communication.listen_back", "In your next disagreement, repeat back what your partner said before you answer."),
    ("shared_decisions.ask_first", "Before one choice this week that affects you both, ask “what do you think?” first."),
    ("shared_decisions.take_turns", "Take turns choosing small things this week: meals, plans, what to watch."),
    ("money_transparency.money_date", "Sit down together for 30 minutes to look at what comes in and what goes out."),
    ("money_transparency.both_see", "Make sure both of you can see every shared account and bill."),
    ("emotional_reciprocity.ask_how", "Ask your partner each day how they are really doing, and listen without fixing."),
    ("emotional_reciprocity.name_thanks", "Thank your partner for one specific thing every day this week."),
    ("healthy_boundaries.one_no", "Say one honest no this week, kindly, and notice how it is received."),
    ("healthy_boundaries.own_time", "Each of you plans two hours this week that are only your own."),
    ("shared_goals.load_list", "Write down every regular chore and reminder, then split the list fairly."),
    ("shared_goals.one_goal", "Choose one thing you both want this month and a first step toward it."),
    ("consistent_trust.small_promise", "Make one small promise a day and keep it."),
    ("consistent_trust.repair", "After a hurt this week, name it, say sorry for your part and agree what will change."),
    ("forgiveness.let_one_go", "Choose one old grievance and tell your partner you are letting it go."),
    ("forgiveness.apology", "Offer one apology this week with no “but” after it."),
    ("outside_support.find_one", "Look up one counsellor near you who could see you together or on your own."),
    ("outside_support.tell_friend", "Tell one trusted friend or relative how things really are."),
    ("support_for_you.reach_out", "When you are somewhere safe, call or chat with a helpline, from a phone or computer your partner does not use."),
    ("support_for_you.tell_friend", "Tell one person you trust how things really are."),
    ("keep_safe.safe_place", "Think of one place you could go, and one person you could call, if you needed to leave quickly. Keep it in your head, not on paper."),
    ("keep_safe.own_counselling", "Ask a domestic-abuse advocate, or a counsellor of your own, what your options are. Not as a couple."),
];

/// Three conversation starters per dimension, in `Dimension::ALL` order.
pub const STARTERS: [[&str; 3]; 6] = [
    [
        "What is one decision you wish we had made together?",
        "When do you feel your opinion counts most with me?",
        "How would you like us to decide the next big thing?",
    ],
    [
        "How do you feel when we talk about money?",
        "Is there anything about our money you would like to know more about?",
        "What would feel fair to you about who pays for what?",
    ],
    [
        "When did you last feel really listened to by me?",
        "Whose mood sets the tone at home, do you think?",
        "What helps you most when you have had a bad day?",
    ],
    [
        "Do you feel free to say no to me, and I to you?",
        "What makes you feel wanted?",
        "Is there something about closeness you have wanted to say but have not?",
    ],
    [
        "Do you feel we make enough room for your friends and family?",
        "Whose plans usually win, and how do you feel about that?",
        "When do you feel most yourself when we are out with others?",
    ],
    [
        "Which jobs at home do you think I do not notice?",
        "Whose time feels more protected to you, yours or mine?",
        "What is one thing we could swap or share to make the week fairer?",
    ],
];
