use super::{DimensionCopy, SignCopy, Text, Ui};
use crate::checkup::scoring::ConcernReason;

pub static TEXT: Text = Text {
    app_name: "Fulcrum",
    neutral_title: "Notes",
    tagline: "A private check-up of the balance of power in your relationship.",
    what_it_is: "Fulcrum asks how you and your partner share decisions, money, feelings, \
        intimacy, social life and time at home. It then shows, area by area, who holds more \
        say, how fair that feels to you, and what the two of you could try next.",
    privacy_promise: "Your answers stay on this device. Nothing is sent anywhere: no account, \
        no server, no tracking.",
    duration:
        "48 short questions, about 8 to 10 minutes. You can stop at any time and carry on later.",
    not_a_diagnosis: "This is a tool for reflection, not a diagnosis. It cannot tell you \
        whether your relationship is healthy; it can help you see it more clearly and start \
        a conversation.",
    balance_scale: [
        "Almost always me",
        "More often me",
        "About equal",
        "More often my partner",
        "Almost always my partner",
    ],
    fairness_scale: [
        "Very unfair to me",
        "A bit unfair to me",
        "Fair to both of us",
        "A bit unfair to my partner",
        "Very unfair to my partner",
    ],
    frequency_scale: ["Never", "Rarely", "Sometimes", "Often", "Very often"],
    not_applicable: "Doesn't apply to us",
    bands: ["Balanced", "Leaning", "Imbalanced", "Strongly imbalanced"],
    concerns: ["Low concern", "Moderate concern", "High concern"],
    warnings_intro: "Last part: a few things that can happen in any relationship. \
        Answer for your partner and for yourself.",

    reason_sentence,
    results: super::en_results::RESULTS,
    share: super::en_share::SHARE,
    strategies: &super::en_results::STRATEGIES,
    practices: &super::en_results::PRACTICES,
    starters: super::en_results::STARTERS,
    ui: Ui {
        skip_to_content: "Skip to content",
        nav_home: "Home",
        nav_privacy: "Privacy & data",
        quick_exit: "Quick exit",
        quick_exit_hint: "Leaves Fulcrum at once for a neutral page. Shortcut: Esc.",
        start: "Start the check-up",
        continue_at: |n, total| format!("Continue (question {n} of {total})"),
        start_over: "Start over",
        start_over_confirm: "This clears the answers you have given so far. Start over?",
        yes_start_over: "Yes, start over",
        cancel: "Cancel",
        latest_result: "Your latest result",
        see_result: "See the result",
        history_heading: "Your check-ups",
        finished_on: |date| format!("Finished {date}"),
        question_of: |n, total| format!("Question {n} of {total}"),
        progress_label: "Progress through the check-up",
        back: "Back",
        next: "Next",
        see_results: "See my results",
        keyboard_hint: "Keys 1 to 5 choose an answer; Enter goes on.",
        warnings_part: "Warning signs",
        results_title: "Your result",
        results_intro: "For each part of your relationship: who holds more say as you see it, \
            how fair that feels to you, and how much it may need attention.",
        no_result: "There is no finished check-up on this device yet.",
        not_enough_answers: "Not enough answers to say (at least three are needed).",
        side_you: "You hold more say",
        side_partner: "Your partner holds more say",
        side_even: "About even",
        balance_label: "Balance",
        band_label: "Band",
        fairness_label: "Feels",
        concern_label: "Concern",
        why_label: "Why",
        no_concern_reason: "Nothing here raised concern.",
        near_band: |band, points| format!("{points} points from “{band}”"),
        warnings_heading: "Warning signs",
        warnings_none: "None of the warning signs came up more than rarely.",
        sign_column: "Sign",
        who_column: "Who",
        how_often_column: "How often",
        about_partner: "Your partner",
        about_you: "You",
        self_reflection: "Some of your answers say that you do things on the warning list \
            often. Noticing it is a real first step; the strategies below can help.",
        safety_title: "Your safety comes first",
        safety_body: "Some of your answers describe things that can be signs of control — \
            being watched, kept from people, pressured or frightened. You deserve to feel \
            safe. You do not have to share these results with your partner, and it may be \
            safer not to.",
        support_heading: "Outside support",
        support_counselling: "Couples counselling can help when both of you want things to \
            change and neither of you is afraid of the other.",
        support_helplines: "If you feel afraid, controlled or unsafe, talk to a domestic \
            abuse helpline; they are free and confidential. Check the number for your \
            country, and use a device your partner cannot see. In an emergency, call your \
            local emergency number.",
        new_checkup: "Take a new check-up",
        privacy_title: "Privacy & data",
        privacy_body: "Fulcrum keeps your answers, results and settings only in this \
            browser's storage on this device. Nothing is sent to any server; there is no \
            account and no tracking. Anyone who can open this browser can see them, so \
            erase them when you are done if that matters to you.",
        neutral_title_label: "Show a neutral page title (“Notes”) instead of “Fulcrum”",
        erase_everything: "Erase everything",
        erase_confirm: "This deletes every answer, result and setting Fulcrum keeps on this \
            device. It cannot be undone.",
        yes_erase: "Yes, erase everything",
        erased: "Everything Fulcrum kept on this device has been erased.",
        erase_failed: "The browser would not let Fulcrum erase its data. Clearing this \
            site's data in the browser settings will remove it.",
        storage_blocked: "This browser is not letting Fulcrum save anything, so your answers \
            will be lost when you close this page.",
        storage_full: "This browser's storage is full, so new answers will not be kept after \
            you close this page.",
        storage_newer: "A newer version of Fulcrum saved data here. To keep it safe, this \
            version will not change it; what you do now will not be kept.",
        corrupt_notice: "Some saved data could not be read. It has been kept aside, \
            untouched. You can download a copy or erase it.",
        export_backup: "Download a copy",
        erase_backup: "Erase it",
        not_found_title: "Page not found",
        not_found_body: "There is nothing at this address.",
        go_home: "Go to the home page",
    },
    dimensions: [
        DimensionCopy {
            name: "Decisions",
            covers: "Who shapes choices big and small, and whether you make them together.",
            intro: "First: how the two of you make decisions.",
        },
        DimensionCopy {
            name: "Money",
            covers: "Earning, access, control, openness and depending on each other.",
            intro: "Next: money — who earns, who sees it and who decides.",
        },
        DimensionCopy {
            name: "Emotional",
            covers: "Whose moods set the tone, whose feelings get attention, who does the caring.",
            intro: "Next: feelings — whose moods and needs set the tone.",
        },
        DimensionCopy {
            name: "Intimacy",
            covers: "Desire, who starts, saying yes or no freely, affection given or held back.",
            intro: "Next: intimacy and affection. Skip anything that doesn't fit you.",
        },
        DimensionCopy {
            name: "Social",
            covers: "Standing, confidence, friends and family, whose plans come first.",
            intro: "Next: your social life — friends, family and plans.",
        },
        DimensionCopy {
            name: "Home & time",
            covers: "Chores, keeping track of things, and whose time and work are protected.",
            intro: "Next: home and time — chores, planning, and whose time counts.",
        },
    ],
    items: &[
        (
            "decisions.final_say",
            "When you disagree, who usually has the final say?",
        ),
        (
            "decisions.big_choices",
            "Who usually decides big things, like moving or a large purchase?",
        ),
        (
            "decisions.everyday",
            "Who usually picks everyday things, like what to eat or do?",
        ),
        (
            "decisions.gives_way",
            "Who usually gives in so that a decision gets made?",
        ),
        (
            "decisions.plans_ahead",
            "Whose wishes usually shape your plans for the future?",
        ),
        (
            "decisions.fairness",
            "How fair does the way you make decisions feel?",
        ),
        (
            "money.earns",
            "Who brings in more of the money you live on?",
        ),
        (
            "money.access",
            "Who can use shared money or accounts without asking?",
        ),
        ("money.spare", "Who decides what happens to spare money?"),
        (
            "money.asks_first",
            "Who has to ask before spending money on themselves?",
        ),
        (
            "money.knows",
            "Who knows more about your bills, debts and savings?",
        ),
        (
            "money.fairness",
            "How fair does the way you handle money feel?",
        ),
        (
            "emotional.mood",
            "Whose mood usually sets the mood when you are together?",
        ),
        (
            "emotional.attention",
            "Whose feelings usually get more attention?",
        ),
        (
            "emotional.comforts",
            "Who usually does the comforting and checking in?",
        ),
        (
            "emotional.raises",
            "Who decides when a problem gets talked about?",
        ),
        (
            "emotional.careful",
            "Who is more careful not to upset the other?",
        ),
        (
            "emotional.fairness",
            "How fair does the way you share feelings and care feel?",
        ),
        (
            "intimacy.when",
            "Whose wishes usually decide when you are intimate?",
        ),
        (
            "intimacy.first_move",
            "Who usually has to make the first move?",
        ),
        (
            "intimacy.says_no",
            "Who finds it easier to say no to sex without worry?",
        ),
        (
            "intimacy.holds_back",
            "Who more often holds back affection when upset?",
        ),
        (
            "intimacy.needs_met",
            "Whose needs for closeness are met more often?",
        ),
        (
            "intimacy.fairness",
            "How fair does your intimate life feel?",
        ),
        ("social.plans", "Whose social plans usually come first?"),
        (
            "social.family",
            "Whose family gets more of your time and attention?",
        ),
        (
            "social.status",
            "Who do people around you treat as more important?",
        ),
        (
            "social.at_ease",
            "Who is more sure of themselves with other people?",
        ),
        (
            "social.adjusts",
            "Who changes more to fit into the other's social life?",
        ),
        (
            "social.fairness",
            "How fair does your social life together feel?",
        ),
        (
            "home.chores",
            "Who does more of the chores, like cooking and cleaning?",
        ),
        (
            "home.mental_load",
            "Who keeps track of what needs doing and when?",
        ),
        ("home.free_time", "Whose free time is better protected?"),
        (
            "home.career",
            "Whose work or studies come first when time is short?",
        ),
        ("home.schedule", "Whose timetable do you plan around?"),
        (
            "home.fairness",
            "How fair does the way you share home and time feel?",
        ),
        (
            "warn.dismiss.partner",
            "How often does your partner brush off what you say or feel?",
        ),
        (
            "warn.dismiss.self",
            "How often do you brush off what your partner says or feels?",
        ),
        (
            "warn.decide_alone.partner",
            "How often does your partner decide something for you both without asking you?",
        ),
        (
            "warn.decide_alone.self",
            "How often do you decide something for you both without asking your partner?",
        ),
        (
            "warn.pressure.partner",
            "How often do you go along with your partner out of fear or guilt?",
        ),
        (
            "warn.pressure.self",
            "How often does your partner seem to go along with you out of fear or guilt?",
        ),
        (
            "warn.leverage.partner",
            "How often does your partner hold back money, affection or time to get their way?",
        ),
        (
            "warn.leverage.self",
            "How often do you hold back money, affection or time to get your way?",
        ),
        (
            "warn.monitor.partner",
            "How often does your partner check your phone, messages or whereabouts?",
        ),
        (
            "warn.monitor.self",
            "How often do you check your partner's phone, messages or whereabouts?",
        ),
        (
            "warn.isolate.partner",
            "How often does your partner try to keep you from friends or family?",
        ),
        (
            "warn.threaten.partner",
            "How often does your partner threaten you or try to scare you?",
        ),
    ],
    signs: &[
        SignCopy {
            id: "dismiss",
            name: "Feelings or views brushed off",
        },
        SignCopy {
            id: "decide_alone",
            name: "Deciding without the other",
        },
        SignCopy {
            id: "pressure",
            name: "Going along out of fear or guilt",
        },
        SignCopy {
            id: "leverage",
            name: "Money, affection or time used to get one's way",
        },
        SignCopy {
            id: "monitor",
            name: "Checking phone, messages or whereabouts",
        },
        SignCopy {
            id: "isolate",
            name: "Being kept from friends or family",
        },
        SignCopy {
            id: "threaten",
            name: "Threats or scaring",
        },
    ],
};

fn reason_sentence(t: &Text, reason: &ConcernReason) -> String {
    match reason {
        ConcernReason::FrequentWarning { sign } => format!(
            "A warning sign linked to this area happens often: {}.",
            t.sign_name(sign).to_lowercase()
        ),
        ConcernReason::StrongAndUnfair => {
            "The balance is strongly one-sided and it feels unfair.".to_owned()
        }
        ConcernReason::Imbalanced => "The balance is clearly one-sided.".to_owned(),
        ConcernReason::FeltVeryUnfair => "It feels very unfair.".to_owned(),
        ConcernReason::LeaningAndUnfair => {
            "The balance leans to one side and it feels a bit unfair.".to_owned()
        }
        ConcernReason::OccasionalWarning { sign } => format!(
            "A warning sign linked to this area happens sometimes: {}.",
            t.sign_name(sign).to_lowercase()
        ),
    }
}
