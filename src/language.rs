//! Which language is shown, kept beside the app state. English's fixed
//! words are built in; its words by id (questions, advice, support lines)
//! and every other language are fetched from the app's own origin the first
//! time they are shown, and the first screen is drawn once they are there.
//! If another language's file cannot be read, English shows, with a
//! one-line note.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{fetch_text, focus_heading, language_tags, set_document_language};
use crate::copy::{self, LoadError, Locale};
use crate::state::AppState;

#[derive(Clone, Copy)]
pub struct Language {
    /// The language whose words are on screen now.
    pub shown: RwSignal<Locale>,
    /// The language last asked for, so a slow file never wins over a later
    /// choice (nothing is drawn from it).
    wanted: StoredValue<Locale>,
    /// A language whose file could not be read, so English is shown.
    pub failed: RwSignal<Option<Locale>>,
    /// The first language has its words: the app may draw its first screen.
    pub started: RwSignal<bool>,
    /// The menu changed the language: the redrawn menu takes the focus back.
    pub changed_by_menu: RwSignal<bool>,
    /// English's served file is on its way (`fetch_words_by_id`).
    fetching: StoredValue<bool>,
}

impl Language {
    /// Decides the language from the saved choice, then the browser's, and
    /// provides it as context. `words_by_id_now`: the first screen shows
    /// words looked up by id, so English's served file is read before it
    /// is drawn; otherwise (a first visit to home) only when a screen needs
    /// them (`fetch_words_by_id`).
    pub fn provide(state: AppState, words_by_id_now: bool) -> Language {
        let chosen = state
            .data
            .with_untracked(|d| d.chosen_language().map(str::to_owned));
        let locale = Locale::choose(chosen.as_deref(), &language_tags());
        let language = Language {
            shown: RwSignal::new(Locale::En),
            wanted: StoredValue::new(locale),
            failed: RwSignal::new(None),
            started: RwSignal::new(false),
            changed_by_menu: RwSignal::new(false),
            fetching: StoredValue::new(false),
        };
        provide_context(language);
        Effect::new(move |_| {
            let shown = language.shown.get();
            set_document_language(shown.tag(), shown.dir());
        });
        if locale == Locale::En && !words_by_id_now {
            language.switch_to(Locale::En, copy::english());
        } else {
            language.show(locale);
        }
        language
    }

    /// English without its words by id and a screen that needs them: read
    /// English's served file now, then draw again, with the focus on the
    /// new screen's heading as after any move.
    pub fn fetch_words_by_id(&self) {
        if self.wanted.get_value() != Locale::En || self.fetching.get_value() {
            return;
        }
        self.fetching.set_value(true);
        let language = *self;
        spawn_local(async move {
            let text = served_english().await;
            language.fetching.set_value(false);
            if let (Some(text), Locale::En) = (text, language.wanted.get_value()) {
                language.switch_to(Locale::En, text);
                request_animation_frame(|| {
                    focus_heading();
                });
            }
        });
    }

    pub fn get() -> Language {
        expect_context::<Language>()
    }

    /// The person picked a language in the menu: keep the choice with the
    /// settings (in memory only in private mode) and show it.
    pub fn choose(&self, state: AppState, locale: Locale) {
        state.change(|d| d.choose_language(locale.tag()));
        self.changed_by_menu.set(true);
        self.show(locale);
    }

    fn show(&self, locale: Locale) {
        self.wanted.set_value(locale);
        if let Some(text) = copy::loaded(locale).filter(|text| text.has_ids()) {
            self.failed.set(None);
            self.switch_to(locale, text);
            return;
        }
        let language = *self;
        spawn_local(async move {
            let loaded = match fetch_text(&locale.file_path()).await {
                Some(source) => copy::load(locale, source),
                None => Err(LoadError::Unavailable),
            };
            // A later choice wins over a slow file.
            if language.wanted.get_value() != locale {
                return;
            }
            match loaded {
                Ok(text) => {
                    language.failed.set(None);
                    language.switch_to(locale, text);
                }
                // English's own served file: the built-in fixed words, so
                // the app still opens, never a blank page.
                Err(_) if locale == Locale::En => language.switch_to(locale, copy::english()),
                Err(_) => {
                    language.failed.set(Some(locale));
                    // English, with its words by id when they can be read.
                    language.show_english_instead();
                }
            }
        });
    }

    /// After another language's file failed: English, keeping the note.
    fn show_english_instead(&self) {
        match copy::loaded(Locale::En).filter(|text| text.has_ids()) {
            Some(text) => self.switch_to(Locale::En, text),
            None => {
                let language = *self;
                self.wanted.set_value(Locale::En);
                spawn_local(async move {
                    let text = served_english().await;
                    if language.wanted.get_value() == Locale::En {
                        language.switch_to(Locale::En, text.unwrap_or_else(copy::english));
                    }
                });
            }
        }
    }

    fn switch_to(&self, locale: Locale, text: &'static copy::Text) {
        copy::set_current(text);
        self.shown.set(locale);
        self.started.set(true);
    }
}

/// English with its words by id, from its served file; `None` when the
/// file cannot be fetched or read.
async fn served_english() -> Option<&'static copy::Text> {
    copy::load(Locale::En, fetch_text(&Locale::En.file_path()).await?).ok()
}
