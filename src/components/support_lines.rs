use leptos::prelude::*;

use crate::browser::language_tags;
use crate::checkup::order::sort_by_rank;
use crate::checkup::support::{
    Country, EmergencyNote, Helpline, Written, CHECKED_ON, SILENT_CALL_PRESS,
};
use crate::copy::t;
use crate::state::AppState;

/// The country whose lines to show: the person's choice, else a guess: a
/// region in the browser's languages, then the language Fulcrum is shown in.
pub fn use_country() -> Memo<Country> {
    let state = AppState::get();
    let mut tags = vec![t().locale.tag().to_owned()];
    tags.extend(language_tags());
    let guessed = Country::guess(&tags);
    Memo::new(move |_| state.data.with(|d| d.chosen_country()).unwrap_or(guessed))
}

/// A short list to change the country, each named in words.
#[component]
pub fn CountryPicker(
    /// The country shown now.
    country: Memo<Country>,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().safety;
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(chosen) = Country::from_code(&event_target_value(&ev)) {
            state.change(|d| d.choose_country(chosen));
        }
    };
    let mut countries = Country::ALL.to_vec();
    // Alphabetical in the language's words (the rank is how many names come
    // before), with "another country" last whatever the alphabet.
    let names: Vec<&str> = countries.iter().map(|c| t().country_name(*c)).collect();
    sort_by_rank(&mut countries, |c| {
        let name = t().country_name(*c);
        let before = names.iter().filter(|other| **other < name).count() as i64;
        i64::from(*c == Country::Other) * 1000 + before
    });
    view! {
        <label class="country-picker">
            <span>{words.country_label}</span>
            <select on:change=on_change>
                {countries
                    .into_iter()
                    .map(|c| {
                        view! {
                            <option value=c.code() selected=move || country.get() == c>
                                {t().country_name(c)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The emergency number first, with when to use it.
#[component]
pub fn EmergencyLine(
    /// Whose number to show.
    country: Memo<Country>,
) -> impl IntoView {
    let words = &t().safety;
    move || match country.get().emergency() {
        Some(emergency) => view! {
            <p class="emergency">
                <a class="button danger call" href=emergency.tel()>
                    {words.danger_now(emergency.dial)}
                </a>
                {emergency.note.map(|note| {
                    let said = match note {
                        EmergencyNote::SilentCall => {
                            words.silent_call(emergency.dial, SILENT_CALL_PRESS)
                        }
                        EmergencyNote::Police => words.police_number.to_owned(),
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
                Some(word) => words.text_word(word, number),
                None => words.text_number(number),
            };
            let href = text.sms_href().unwrap_or_default();
            view! { <a class="button secondary" href=href>{label}</a> }.into_any()
        }
        Written::WhatsApp(number) => view! { <p>{words.whatsapp(number)}</p> }.into_any(),
        Written::Chat => view! { <p>{words.chat}</p> }.into_any(),
    });
    view! {
        <li class="helpline" data-line=line.id>
            <h3>{line.name}</h3>
            <p>{t().line_for(line.id)}</p>
            <div class="actions">
                <a class="button primary" href=line.tel_href()>{words.call(line.dial)}</a>
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
/// and when the list was checked.
#[component]
pub fn SupportLines(
    /// Whose lines to show.
    country: Memo<Country>,
) -> impl IntoView {
    let words = &t().safety;
    let lines = move || {
        let country = country.get();
        let lines: Vec<_> = country
            .helplines()
            .map(|line| view! { <HelplineEntry line /> })
            .collect();
        view! {
            {(country == Country::Ca).then(|| view! { <p>{words.canada_note}</p> })}
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
    country: Memo<Country>,
) -> impl IntoView {
    let words = &t().safety;
    move || {
        let lines: Vec<_> = country
            .get()
            .lines_for_own_behaviour()
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

/// The country's first helpline in brief: what it is, who it is for, and
/// the call; or where to look when the country has none.
#[component]
pub fn FirstHelpline(
    /// Whose line to show.
    country: Memo<Country>,
) -> impl IntoView {
    let words = &t().safety;
    move || match country.get().helplines().next() {
        Some(line) => view! {
            <div class="first-helpline" data-line=line.id>
                <p><strong>{line.name}</strong></p>
                <p>{t().line_for(line.id)}</p>
                <a class="button primary" href=line.tel_href()>{words.call(line.dial)}</a>
            </div>
        }
        .into_any(),
        None => view! { <p>{words.search_hint}</p> }.into_any(),
    }
}
