use leptos::prelude::*;

use crate::copy::{t, Locale};
use crate::language::Language;
use crate::state::AppState;

/// The language menu on every screen: each language named in itself, so a
/// person who cannot read the current one still finds theirs.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let language = Language::get();
    let state = AppState::get();
    let select = NodeRef::<leptos::html::Select>::new();
    // The whole screen is drawn again in the new language; give the focus
    // back to the menu the person was using. The flag stays up until the
    // next frame, so the redrawn screen does not take the focus itself.
    Effect::new(move |_| {
        if let Some(menu) = select.get() {
            if language.changed_by_menu.get_untracked() {
                let _ = menu.focus();
                request_animation_frame(move || language.changed_by_menu.set(false));
            }
        }
    });
    let on_change = move |event| {
        if let Some(locale) = Locale::from_tag(&event_target_value(&event)) {
            language.choose(state, locale);
        }
    };
    view! {
        <div class="language-menu">
            <label for="language-menu">{t().ui.language_label}</label>
            <select
                id="language-menu"
                node_ref=select
                prop:value=move || language.shown.get().tag()
                on:change=on_change
            >
                {Locale::ALL
                    .map(|locale| {
                        view! {
                            <option value=locale.tag() lang=locale.tag()>
                                {locale.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One line when the chosen language's file could not be read (offline
/// before it was ever fetched, or damaged): the app is in English instead.
#[component]
pub fn LanguageNote() -> impl IntoView {
    let language = Language::get();
    move || {
        language.failed.get().map(|_| {
            view! { <p class="notice language-note" role="status">{t().ui.language_fallback}</p> }
        })
    }
}
