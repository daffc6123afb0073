use super::{DimensionCopy, SignCopy, Text, Ui};
use crate::checkup::saved::RecordKind;
use crate::checkup::scoring::ConcernReason;
use crate::checkup::Severity;

pub static TEXT: Text = Text {
    app_name: "Fulcrum",
    neutral_title: "Notes",
    tagline: "A private check-up of the balance of power in your relationship.",
    what_it_is: "Fulcrum asks how you and your partner share decisions, money, feelings, \
        intimacy, social life and time at home. It then shows, area by area, who holds more \
        say, how fair that feels to you, and what the two of you could try next.",
    privacy_promise: "Your answers stay on this device. Nothing is sent anywhere: no account, \
        no server, no tracking.",
    duration: |count| {
        format!(
            "{count} short questions, about 8 to 10 minutes. You can stop at any time and carry \
             on later."
        )
    },
    not_a_diagnosis: "A tool for reflection, not a diagnosis: it cannot tell you whether \
        your relationship is healthy, but it can help you see it more clearly.",
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
    partner_signs_part: "About your partner",
    partner_signs_intro: "Next: how your partner treats you. Some of these questions are hard. \
        Answer as well as you can; Quick exit, at the top, leaves at once if you need it.",
    own_signs_part: "About you",
    own_signs_intro: "Last: a few questions about you. Most people do some of these things \
        sometimes; honest answers help you see clearly.",

    reason_sentence,
    safety: super::en_safety::SAFETY,
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
        quick_exit_hint: "Leaves Fulcrum at once for a neutral page. Shortcut: press Shift three times.",
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
        results_title: "Your result",
        no_result: "There is no finished check-up on this device yet.",
        not_enough_answers: "Not enough answers to say",
        needs_answers: |needed| {
            format!("There are not enough answers here to say: at least {needed} are needed.")
        },
        side_you: "You hold more say",
        side_partner: "Your partner holds more say",
        side_even: "About even",
        balance_label: "Balance",
        band_label: "Band",
        fairness_label: "Feels",
        concern_label: "Concern",
        no_concern_reason: "Nothing here raised concern.",
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
        record_name,
        set_aside_notice,
        private_marker: "Private mode: nothing is kept on this device. Closing this tab \
            forgets your answers.",
        private_reloaded: " The page was reloaded, so nothing from before was kept.",
        private_label: "Don't keep anything on this device",
        private_hint: "Your answers stay in this tab's memory only. Closing or reloading \
            the tab forgets them, and Fulcrum saves nothing.",
        private_erase_offer: "Fulcrum already keeps some answers on this device. Erase \
            them too?",
        private_yes_erase: "Yes, erase them",
        private_keep_stored: "No, leave them",
        erase_on_exit_label: "Quick exit also erases everything Fulcrum keeps on this device",
        quick_exit_limits: "Quick exit leaves at once for a weather page and removes \
            Fulcrum from this tab's Back button. It cannot remove Fulcrum from the browser's \
            history list, and it does not erase saved answers unless you ask it to above. To \
            leave no history at all, open Fulcrum in a private or incognito window (in most \
            browsers, in the menu: New private window).",
        quick_exit_how: "Quick exit: the button at the top of every screen, or press \
            Shift three times.",
        privacy_private_heading: "Keep nothing",
        privacy_exit_heading: "Leaving quickly",
        intro_title: "Before you start",
        intro_watched: "If someone may look at this phone or computer, it is safer to keep \
            nothing on it, or to use a device they cannot see. Quick exit, at the top, leaves \
            at once; so does pressing Shift three times.",
        intro_kept: "Unless you choose otherwise, Fulcrum keeps your answers and results in \
            this browser on this device, and nowhere else. You can erase them at any time \
            under Privacy & data.",
        intro_skip_next_time: "Don't show this next time",
        intro_start: "Start",
        export_backup: "Download a copy",
        erase_backup: "Erase it",
        not_found_title: "Page not found",
        not_found_body: "There is nothing at this address.",
        go_home: "Go to the home page",
    },
    dimensions: [
        DimensionCopy {
            name: "Decisions",
            in_sentence: "decisions",
            covers: "Who shapes choices big and small, and whether you make them together.",
            intro: "First: how the two of you make decisions.",
        },
        DimensionCopy {
            name: "Money",
            in_sentence: "money",
            covers: "Access to money, who decides about it, money of your own, and who could \
                get by alone.",
            intro: "Next: money — who can use it, who decides, and who depends on whom.",
        },
        DimensionCopy {
            name: "Emotional",
            in_sentence: "feelings",
            covers: "Whose moods set the tone, whose feelings get attention, who does the caring.",
            intro: "Next: feelings — whose moods and needs set the tone.",
        },
        DimensionCopy {
            name: "Intimacy",
            in_sentence: "intimacy",
            covers: "Whose wishes decide, saying yes or no freely, and whose needs are met.",
            intro: "Next: intimacy and affection. Skip anything that doesn't fit you.",
        },
        DimensionCopy {
            name: "Social",
            in_sentence: "social life",
            covers: "Standing, friends and family, and whose plans come first.",
            intro: "Next: your social life — friends, family and plans.",
        },
        DimensionCopy {
            name: "Home & time",
            in_sentence: "home & time",
            covers: "Chores, keeping track of things, and whose time and work are protected.",
            intro: "Next: home and time — chores, planning, and whose time counts.",
        },
    ],
    items: &[
        ("decisions.final_say", "When you disagree, who usually has the final say?"),
        ("decisions.big_choices", "Who usually decides big things, like moving or a large purchase?"),
        ("decisions.everyday", "Who usually picks everyday things, like what to eat or do?"),
        ("decisions.gives_way", "Who usually gives in so that a decision gets made?"),
        ("decisions.plans_ahead", "Whose wishes usually shape your plans for the future?"),
        ("decisions.fairness", "How fair does the way you make decisions feel?"),
        ("money.access", "Who can use shared money or accounts without asking?"),
        ("money.spare", "Who decides what happens to spare money?"),
        ("money.final_word", "When you disagree about money, whose view usually wins?"),
        ("money.independent", "Who could more easily get by on their own money?"),
        ("money.own_spending", "Who has more money to spend on themselves as they like?"),
        ("money.fairness", "How fair does the way you handle money feel?"),
        ("emotional.mood", "Whose mood usually sets the mood when you are together?"),
        ("emotional.attention", "Whose feelings usually get more attention?"),
        ("emotional.comforter", "Who usually does the comforting when the other is upset?"),
        ("emotional.raises", "Who decides when a problem gets talked about?"),
        ("emotional.speaks_freely", "Who can disagree openly without worrying how the other will react?"),
        ("emotional.fair_support", "How fair does the way you support each other feel?"),
        ("intimacy.when", "Whose wishes usually decide when you are intimate?"),
        ("intimacy.what_happens", "Whose wishes usually decide what you do when you are intimate?"),
        ("intimacy.says_no", "Who finds it easier to say no to sex without worry?"),
        ("intimacy.needs_met", "Whose needs for closeness are met more often?"),
        ("intimacy.fairness", "How fair does your intimate life feel?"),
        ("social.plans", "Whose social plans usually come first?"),
        ("social.family", "Whose family gets more of your time and attention?"),
        ("social.status", "Who do people around you treat as more important?"),
        ("social.own_friends", "Who is freer to see their own friends?"),
        ("social.adjusts", "Who changes more to fit into the other's social life?"),
        ("social.fairness", "How fair does your social life together feel?"),
        ("home.chores", "Who does more of the chores, like cooking and cleaning?"),
        ("home.mental_load", "Who keeps track of what needs doing and when?"),
        ("home.free_time", "Whose free time is better protected?"),
        ("home.career", "Whose work or studies come first when time is short?"),
        ("home.schedule", "Whose timetable do you plan around?"),
        ("home.fairness", "How fair does the way you share home and time feel?"),
        ("warn.dismiss.partner", "How often does your partner brush off what you say or feel?"),
        ("warn.decide_alone.partner", "How often does your partner decide something for you both without asking you?"),
        ("warn.guilt.partner", "How often do you go along with your partner because saying no would make you feel guilty?"),
        ("warn.withholds_affection.partner", "How often does your partner hold back affection to get their way?"),
        ("warn.put_downs.partner", "How often does your partner put you down or call you names?"),
        ("warn.accuses.partner", "How often does your partner accuse you of cheating or flirting?"),
        ("warn.doubt.partner", "How often does your partner tell you that you are imagining things?"),
        ("warn.checks_phone.partner", "How often does your partner check your phone or messages without your OK?"),
        ("warn.tracks.partner", "How often does your partner track where you are without your OK?"),
        ("warn.passwords.partner", "How often does your partner demand your passwords?"),
        ("warn.isolate.partner", "How often does your partner try to keep you from friends or family?"),
        ("warn.blocks_work.partner", "How often does your partner try to stop you from working or studying?"),
        ("warn.own_money.partner", "How often does your partner keep you from having money of your own?"),
        ("warn.hides_money.partner", "How often does your partner hide money or spending from you?"),
        ("warn.debt.partner", "How often does your partner run up debts in your name?"),
        ("warn.children.partner", "How often does your partner use the children against you?"),
        ("warn.fear.partner", "How often are you afraid of your partner?"),
        ("warn.threatens.partner", "How often does your partner threaten to hurt you?"),
        ("warn.threatens_others.partner", "How often does your partner threaten to hurt someone you love, or a pet?"),
        ("warn.threatens_self_harm.partner", "How often does your partner threaten to hurt themselves to get their way?"),
        ("warn.physical.partner", "How often does your partner push, hit or hurt you?"),
        ("warn.sex.partner", "How often does your partner pressure or force you into sex you don't want?"),
        ("warn.reproductive.partner", "How often does your partner try to control your birth control or pregnancy?"),
        ("warn.dismiss.self", "How often do you brush off what your partner says or feels?"),
        ("warn.decide_alone.self", "How often do you decide something for you both without asking your partner?"),
        ("warn.checks_phone.self", "How often do you check your partner's phone or messages without their OK?"),
        ("warn.isolate.self", "How often do you try to keep your partner from friends or family?"),
        ("warn.hurtful.self", "When you are angry, how often do you say things meant to hurt your partner?"),
        ("warn.feared.self", "How often does your partner seem afraid of you?"),
        // Retired after version 1; kept so those check-ups still read.
        ("money.earns", "Who brings in more of the money you live on?"),
        ("money.asks_first", "Who has to ask before spending money on themselves?"),
        ("money.knows", "Who knows more about your bills, debts and savings?"),
        ("emotional.comforts", "Who usually does the comforting and checking in?"),
        ("emotional.careful", "Who is more careful not to upset the other?"),
        ("emotional.fairness", "How fair does the way you share feelings and care feel?"),
        ("intimacy.first_move", "Who usually has to make the first move?"),
        ("intimacy.holds_back", "Who more often holds back affection when upset?"),
        ("social.at_ease", "Who is more sure of themselves with other people?"),
        ("warn.pressure.partner", "How often do you go along with your partner out of fear or guilt?"),
        ("warn.pressure.self", "How often does your partner seem to go along with you out of fear or guilt?"),
        ("warn.leverage.partner", "How often does your partner hold back money, affection or time to get their way?"),
        ("warn.leverage.self", "How often do you hold back money, affection or time to get your way?"),
        ("warn.monitor.partner", "How often does your partner check your phone, messages or whereabouts?"),
        ("warn.monitor.self", "How often do you check your partner's phone, messages or whereabouts?"),
        ("warn.threaten.partner", "How often does your partner threaten you or try to scare you?"),
    ],
    signs: &[
        SignCopy {
            id: "dismiss",
            name: "Brushing off what the other says or feels",
            partner: "your partner brushes off what you say or feel",
            myself: "you brush off what your partner says or feels",
        },
        SignCopy {
            id: "decide_alone",
            name: "Deciding for both without asking",
            partner: "your partner decides things for you both without asking you",
            myself: "you decide things for you both without asking your partner",
        },
        SignCopy {
            id: "guilt",
            name: "Going along out of guilt",
            partner: "you go along with your partner out of guilt",
            myself: "",
        },
        SignCopy {
            id: "withholds_affection",
            name: "Affection held back to get their way",
            partner: "your partner holds back affection to get their way",
            myself: "",
        },
        SignCopy {
            id: "put_downs",
            name: "Put-downs and name-calling",
            partner: "your partner puts you down or calls you names",
            myself: "",
        },
        SignCopy {
            id: "accuses",
            name: "Accusations of cheating or flirting",
            partner: "your partner accuses you of cheating or flirting",
            myself: "",
        },
        SignCopy {
            id: "doubt",
            name: "Being told you imagine things",
            partner: "your partner tells you that you are imagining things",
            myself: "",
        },
        SignCopy {
            id: "checks_phone",
            name: "Checking phone or messages without agreement",
            partner: "your partner checks your phone or messages without your OK",
            myself: "you check your partner's phone or messages without their OK",
        },
        SignCopy {
            id: "tracks",
            name: "Tracking where you are without agreement",
            partner: "your partner tracks where you are without your OK",
            myself: "",
        },
        SignCopy {
            id: "passwords",
            name: "Passwords demanded",
            partner: "your partner demands your passwords",
            myself: "",
        },
        SignCopy {
            id: "isolate",
            name: "Keeping someone from friends or family",
            partner: "your partner tries to keep you from friends or family",
            myself: "you try to keep your partner from friends or family",
        },
        SignCopy {
            id: "blocks_work",
            name: "Being kept from work or study",
            partner: "your partner tries to stop you working or studying",
            myself: "",
        },
        SignCopy {
            id: "own_money",
            name: "Being kept from money of your own",
            partner: "your partner keeps you from having money of your own",
            myself: "",
        },
        SignCopy {
            id: "hides_money",
            name: "Money or spending hidden",
            partner: "your partner hides money or spending from you",
            myself: "",
        },
        SignCopy {
            id: "debt",
            name: "Debts run up in your name",
            partner: "your partner runs up debts in your name",
            myself: "",
        },
        SignCopy {
            id: "children",
            name: "Children used against you",
            partner: "your partner uses the children against you",
            myself: "",
        },
        SignCopy {
            id: "fear",
            name: "Fear of your partner",
            partner: "you are afraid of your partner",
            myself: "",
        },
        SignCopy {
            id: "threatens",
            name: "Threats to hurt you",
            partner: "your partner threatens to hurt you",
            myself: "",
        },
        SignCopy {
            id: "threatens_others",
            name: "Threats to hurt someone you love or a pet",
            partner: "your partner threatens to hurt someone you love, or a pet",
            myself: "",
        },
        SignCopy {
            id: "threatens_self_harm",
            name: "Threats of self-harm to get their way",
            partner: "your partner threatens to hurt themselves to get their way",
            myself: "",
        },
        SignCopy {
            id: "physical",
            name: "Physical harm",
            partner: "your partner pushes, hits or hurts you",
            myself: "",
        },
        SignCopy {
            id: "sex",
            name: "Pressured or forced sex",
            partner: "your partner pressures or forces you into sex you don't want",
            myself: "",
        },
        SignCopy {
            id: "reproductive",
            name: "Control over birth control or pregnancy",
            partner: "your partner tries to control your birth control or pregnancy",
            myself: "",
        },
        SignCopy {
            id: "hurtful",
            name: "Words meant to hurt, in anger",
            partner: "",
            myself: "when angry, you say things meant to hurt your partner",
        },
        SignCopy {
            id: "feared",
            name: "Partner seems afraid",
            partner: "",
            myself: "your partner seems afraid of you",
        },
        SignCopy {
            id: "pressure",
            name: "Going along out of fear or guilt",
            partner: "you go along with your partner out of fear or guilt",
            myself: "your partner seems to go along with you out of fear or guilt",
        },
        SignCopy {
            id: "leverage",
            name: "Money, affection or time used to get one's way",
            partner: "your partner holds back money, affection or time to get their way",
            myself: "you hold back money, affection or time to get your way",
        },
        SignCopy {
            id: "monitor",
            name: "Checking phone, messages or whereabouts",
            partner: "your partner checks your phone, messages or whereabouts",
            myself: "you check your partner's phone, messages or whereabouts",
        },
        SignCopy {
            id: "threaten",
            name: "Threats or scaring",
            partner: "your partner threatens you or tries to scare you",
            myself: "",
        },
    ],
};

fn reason_sentence(t: &Text, reason: &ConcernReason) -> String {
    match reason {
        ConcernReason::SignReached(sign) | ConcernReason::SignSometimes(sign) => {
            let said = format!(
                "{}, {}.",
                t.frequency(sign.frequency),
                t.sign_clause(&sign.sign, sign.about)
            );
            if sign.severity == Severity::Severe {
                format!("{said} That matters however rarely it happens.")
            } else {
                said
            }
        }
        ConcernReason::StrongAndUnfair => {
            "Nearly all the say is on one side, and it feels unfair.".to_owned()
        }
        ConcernReason::Imbalanced => "One of you clearly has more say.".to_owned(),
        ConcernReason::FeltVeryUnfair => "It feels very unfair.".to_owned(),
        ConcernReason::LeaningAndUnfair => {
            "The say leans to one side, and it feels a bit unfair.".to_owned()
        }
    }
}

fn record_name(kind: RecordKind, date: Option<&str>) -> String {
    let what = match kind {
        RecordKind::InProgress => "the check-up in progress",
        RecordKind::FinishedCheckup => "a finished check-up",
        RecordKind::PartnersView => "a partner's view",
        RecordKind::Plan => "your plan",
        RecordKind::Settings => "your settings",
    };
    match date {
        Some(date) => format!("{what} from {date}"),
        None => what.to_owned(),
    }
}

fn set_aside_notice(names: &[String]) -> String {
    let list = match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    format!(
        "Some saved data could not be read: {list}. It has been kept aside, untouched, and \
         everything else is here. You can download a copy or erase it."
    )
}
