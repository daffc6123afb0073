use leptos::prelude::*;

use crate::browser::language_tags;
use crate::checkup::support::{
    Country, EmergencyNote, Helpline, Written, CHECKED_ON, SILENT_CALL_PRESS,
};
use crate::copy::t;
use crate::state::AppState;

/// The country whose lines to show: the person's choice, else the one the
/// browser's first language tag names; `None` until one is known, when
/// only "your local emergency number" may show.
pub fn use_country() -> Memo<Option<Country>> {
    let state = AppState::get();
    let guessed = Country::guess(&language_tags());
    Memo::new(move |_| state.data.with(|d| d.chosen_country()).or(guessed))
}

/// Whose numbers these are, named, and the way to change it; or, when the
/// country is not known, the question. Shown wherever numbers show. The
/// parts are hidden rather than rebuilt: fewer view types in the
/// WebAssembly, and the list keeps the focus once answered.
#[component]
pub fn CountryChoice(
    /// The country shown now.
    country: Memo<Option<Country>>,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().safety;
    // Asked now, the list stays open once answered.
    let (changing, set_changing) = signal(country.get_untracked().is_none());
    let asking = move || country.get().is_none();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(chosen) = Country::from_code(&event_target_value(&ev)) {
            state.change(|d| d.choose_country(chosen));
        }
    };
    view! {
        <div class="country-choice">
            <p class="help-for" aria-live="polite" hidden=asking>
                <span>{move || country.get().map(|c| t().help_for(c))}</span>
                <button
                    type="button"
                    class="link-button"
                    hidden=move || changing.get()
                    aria-label=words.change_country
                    on:click=move |_| set_changing.set(true)
                >
                    {words.change}
                </button>
            </p>
            <label class="country-picker" hidden=move || !asking() && !changing.get()>
                <span>{move || if asking() { words.ask_country } else { words.country_label }}</span>
                // A native list: typing a name's first letters finds it.
                <select on:change=on_change>
                    <option value="" disabled=true selected=asking>
                        {words.choose_country}
                    </option>
                    {t().countries_by_name()
                        .into_iter()
                        .map(|c| {
                            view! {
                                <option value=c.code() selected=move || country.get() == Some(c)>
                                    {t().country_name(c)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <p class="note" hidden=move || !asking()>{words.ask_country_why}</p>
        </div>
    }
}

/// The emergency number first, with when to use it.
#[component]
pub fn EmergencyLine(
    /// Whose number to show.
    country: Memo<Option<Country>>,
) -> impl IntoView {
    let words = &t().safety;
    move || match country.get().and_then(Country::emergency) {
        Some(emergency) => view! {
            <p class="emergency">
                <a class="button danger call" href=emergency.tel()>
                    {t().danger_now(emergency.dial)}
                </a>
                {emergency.note.map(|note| {
                    let said = match note {
                        EmergencyNote::SilentCall => {
                            t().silent_call(emergency.dial, SILENT_CALL_PRESS)
                        }
                        EmergencyNote::Police => words.police_number.to_owned(),
                        EmergencyNote::SomeRegions => words.some_regions.to_owned(),
                    };
                    view! { <span class="note">{said}</span> }
                })}
            </p>
        }
        .into_any(),
        None => view! { <p class="emergency">{words.no_emergency_known}</p> }.into_any(),
    }
}

/// One helpline: who answers, who it is for, how to call or write.
#[component]
fn HelplineEntry(line: &'static Helpline) -> impl IntoView {
    let words = &t().safety;
    let written = line.text.map(|text| match text {
        Written::Sms { number, word } => {
            let label = match word {
                Some(word) => t().text_word(word, number),
                None => t().text_number(number),
            };
            let href = text.sms_href().unwrap_or_default();
            view! { <a class="button secondary" href=href>{label}</a> }.into_any()
        }
        Written::WhatsApp(number) => view! { <p>{t().whatsapp(number)}</p> }.into_any(),
        Written::Chat => view! { <p>{words.chat}</p> }.into_any(),
        Written::FromMobile(code) => view! { <p>{t().from_mobile(code)}</p> }.into_any(),
    });
    view! {
        <li class="helpline" data-line=line.id>
            // Isolated, so a name that starts with digits keeps its order.
            <h3><bdi>{t().line_name(line)}</bdi></h3>
            <p>{t().line_for(line.id)}</p>
            <div class="actions">
                <a class="button primary" href=line.tel_href()>{t().call(line.dial)}</a>
                {written}
            </div>
            <p class="meta">
                {t().hours(line.hours)}
                " "
                {line.not_emergency.then_some(words.not_emergency)}
            </p>
        </li>
    }
}

/// Emergency number, then the country's helplines, the traces calls leave
/// and when the list was checked; until the country is known, only the
/// local emergency number and where to search.
#[component]
pub fn SupportLines(
    /// Whose lines to show.
    country: Memo<Option<Country>>,
) -> impl IntoView {
    let words = &t().safety;
    let lines = move || {
        let country = country.get();
        let lines: Vec<_> = country
            .into_iter()
            .flat_map(Country::helplines)
            .map(|line| view! { <HelplineEntry line /> })
            .collect();
        view! {
            {country.and_then(|c| t().regional_note(c)).map(|note| view! { <p>{note}</p> })}
            {lines.is_empty().then(|| view! { <p>{words.search_hint}</p> })}
            <ul class="helplines">{lines}</ul>
        }
    };
    view! {
        <div class="support-lines">
            <EmergencyLine country />
            <h2 class="helplines-heading">{words.helplines_heading}</h2>
            {lines}
            <p class="note">{words.traces}</p>
            <p class="note">{words.checked(&t().iso_date(CHECKED_ON))}</p>
        </div>
    }
}

/// The lines for people worried about their own behaviour, or where to
/// look when the country has none.
#[component]
pub fn OwnBehaviourLines(
    /// Whose lines to show.
    country: Memo<Option<Country>>,
) -> impl IntoView {
    let words = &t().safety;
    move || {
        let lines: Vec<_> = country
            .get()
            .into_iter()
            .flat_map(Country::lines_for_own_behaviour)
            .map(|line| view! { <HelplineEntry line /> })
            .collect();
        if lines.is_empty() {
            view! { <p>{words.own_behaviour_none}</p> }.into_any()
        } else {
            view! {
                <p>{words.own_behaviour_intro}</p>
                <ul class="helplines">{lines}</ul>
            }
            .into_any()
        }
    }
}

/// The country's first national helpline in brief: what it is, who it is
/// for, and the call. Where every line serves one region (Canada), the note
/// that says so instead of one region's line; where none is known, where
/// to look.
#[component]
pub fn FirstHelpline(
    /// Whose line to show.
    country: Memo<Option<Country>>,
) -> impl IntoView {
    let words = &t().safety;
    move || {
        let country = country.get();
        match country.and_then(Country::national_helpline) {
            Some(line) => view! {
                <div class="first-helpline" data-line=line.id>
                    <p><strong><bdi>{t().line_name(line)}</bdi></strong></p>
                    <p>{t().line_for(line.id)}</p>
                    <a class="button primary" href=line.tel_href()>{t().call(line.dial)}</a>
                </div>
            }
            .into_any(),
            None => {
                let said = country
                    .and_then(|c| t().regional_note(c))
                    .unwrap_or(words.search_hint);
                view! { <p>{said}</p> }.into_any()
            }
        }
    }
}
