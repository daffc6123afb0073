//! The check-up by keyboard: 1 to 5 choose an answer (and move on, like a
//! tap), Enter goes on once the question is answered.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::answering::Answering;
use super::current::CurrentQuestion;
use crate::checkup::Answer;
use crate::components::answer_group::ChosenBy;

/// What a key press asks of the check-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyAsks {
    /// The answer at this place on the scale, from 0.
    Choice(u8),
    Next,
}

/// The request of `key`; Enter on a button or link (`on_control`) is that
/// control's own.
fn key_asks(key: &str, on_control: bool) -> Option<KeyAsks> {
    match key {
        "1" | "2" | "3" | "4" | "5" => Some(KeyAsks::Choice(key.as_bytes()[0] - b'1')),
        "Enter" if !on_control => Some(KeyAsks::Next),
        _ => None,
    }
}

/// Listens for the keys while the check-up is on screen (not on the calm
/// word before it, nor with Ctrl, Alt or Meta held, which are the
/// browser's); stops listening when it leaves.
pub fn use_answer_keys(current: CurrentQuestion, answering: Answering) {
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if event.ctrl_key()
            || event.alt_key()
            || event.meta_key()
            || current.show_intro.get_untracked()
        {
            return;
        }
        let on_control = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "A"));
        match key_asks(&event.key(), on_control) {
            Some(KeyAsks::Choice(choice)) => {
                event.prevent_default();
                answering
                    .choose
                    .run((Answer::Choice(choice), ChosenBy::Pointer));
            }
            Some(KeyAsks::Next) => {
                event.prevent_default();
                answering.next.run(());
            }
            None => {}
        }
    });
    on_cleanup(move || keys.remove());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_keys_choose_and_enter_goes_on_unless_on_a_control() {
        assert_eq!(key_asks("1", false), Some(KeyAsks::Choice(0)));
        assert_eq!(key_asks("5", true), Some(KeyAsks::Choice(4)));
        assert_eq!(key_asks("Enter", false), Some(KeyAsks::Next));
        assert_eq!(key_asks("Enter", true), None, "the button's own Enter");
        for other in ["0", "6", "9", "a", " ", "Escape", "Shift", "12", ""] {
            assert_eq!(key_asks(other, false), None, "{other:?}");
        }
    }
}
