//! English words for sharing, opening a link and comparing.

use super::share::ShareUi;

pub const SHARE: ShareUi = ShareUi {
    heading: "Share with your partner",
    intro: "Make a private link your partner can open on their phone. They can take the \
        check-up too, and you can both see where you agree.",
    safety_caution: "Some of your answers describe signs of control. Sharing results with a \
        partner who controls you can make things riskier. You do not have to share. If you \
        do, think about whether it is safe first. How fair things feel is left out unless \
        you add it.",
    show_anyway: "I understand — show the sharing options",
    reveals_heading: "What the link will show",
    reveals_intro: "Only these figures, one line per part:",
    never_reveals: "Never your single answers, warning signs, names or dates. The figures \
        sit after the # in the link, so no website ever receives them.",
    include_fairness: "Include how fair each part feels to me",
    fairness_left_out: "left out",
    make_link: "Make the link",
    link_label: "Your link",
    share_button: "Share…",
    copy_button: "Copy the link",
    copied: "Link copied. Paste it into a message to your partner.",
    copy_failed: "This browser did not allow copying. Select the link above and copy it \
        yourself.",
    show_qr: "Show a QR code",
    hide_qr: "Hide the QR code",
    qr_label: "QR code of the link, for your partner to scan",
    share_title: "Our balance check-up",
    share_text: "I took a short check-up about how we share things. Would you take it too?",
    opened_title: "How your partner sees it",
    opened_intro: "Your partner shared how they see the balance between you. Here it is from \
        your side: “you” is you.",
    they_see_you: |name| format!("They see you as holding more say over {name}."),
    they_see_themselves: |name| format!("They see themselves as holding more say over {name}."),
    they_see_even: |name| format!("They see {name} as about even."),
    they_had_too_few: |name| format!("They did not answer enough about {name} to say."),
    invite: "How do you see it? Take the check-up yourself, then you can compare.",
    take_checkup: "Take the check-up",
    continue_checkup: "Continue your check-up",
    beam_them: "Them",
    feels_to_them: "How fair it feels to them (in your words)",
    compare_title: "Your views side by side",
    compare_intro: "For each part, where you see the balance and where your partner sees it, \
        on the same line: toward the left, you hold more; toward the right, they do.",
    marker_you: "Your view",
    marker_them: "Their view",
    verdict: |points, agree| {
        let said = if agree {
            "You agree on who holds more."
        } else {
            "You see it differently."
        };
        format!("{points} points apart. {said}")
    },
    mirrored_summary: |sentence, band| match band {
        Some(band) => format!("{sentence} {band}."),
        None => sentence.to_owned(),
    },
    received_link: |date| format!("Compare with your partner's view — received {date}"),
    cannot_compare: "Not enough answers on one side to compare.",
    fairness_both: |mine, theirs| format!("How fair it feels to you: {mine}. To them: {theirs}."),
    compare_summary: |name, mine, theirs| {
        format!(
            "{name}: you see {mine:+}, your partner sees {theirs:+} (plus means you hold more)."
        )
    },
    talk_heading: "Where to start talking",
    talk_intro: "These are the parts you see most differently. A gap is not a verdict: it is \
        a place to ask, and to listen.",
    all_close: "You see every part in much the same way. A good moment to talk about what \
        already works.",
    share_back_heading: "Share your view back",
    share_back_intro: "Send your partner your own link, so they can see this comparison from \
        their side.",
    delete_view: "Delete your partner's view",
    delete_view_confirm: "Remove your partner's view from this device?",
    yes_delete_view: "Yes, delete it",
    view_deleted: "Your partner's view was deleted from this device.",
    received_heading: "Your partner's views",
    error_title: "This link cannot be opened",
    error_start: "Start your own check-up",
    error_empty: "This link has no result in it. It may have been cut off when it was sent.",
    error_damaged: "Part of this link is missing or was changed, so it cannot be read safely. \
        Ask your partner to send it again, and copy it whole.",
    error_newer: "This link was made by a newer version of Fulcrum. Reload the page to get \
        the newest version, then open the link again.",
    error_ask_again: "Nothing was saved from it. You can still take the check-up yourself.",
    different_questions: "One of you answered an earlier set of questions. Parts asked the \
        same way are compared; the others are shown side by side but not compared.",
    not_same_questions: "You were asked different questions about this part, so the two \
        figures do not measure the same thing and are not compared.",
    figures_apart: |mine, theirs| format!("Your figure: {mine}. Theirs: {theirs}."),
    cannot_compare_part: |name| format!("{name}: not enough answers on one side to compare."),
    talk_controlled: "Your own answers describe signs of control. Talking it through with a \
        partner who controls you can make things riskier, so no conversation starters are \
        suggested. Support for you comes first.",
    reader_need_not: "You do not have to reply, and you do not have to take the check-up.",
    keep_question: "Keep your partner's view on this device, to compare with later? Anyone \
        who opens this browser could see it.",
    keep_yes: "Keep it on this device",
    kept: "Your partner's view is kept on this device.",
    not_kept: "Nothing from this link is kept on this device.",
};
