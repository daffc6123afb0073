use leptos::prelude::*;

use crate::components::{use_country, CountryChoice, OwnBehaviourLines, SupportLines};
use crate::copy::t;

/// Help for everyone, one tap from every screen: the emergency number, the
/// country's helplines, advocates and counselling, and the lines for people
/// worried about their own behaviour.
#[component]
pub fn Support() -> impl IntoView {
    let words = &t().safety;
    let country = use_country();
    view! {
        <section class="page support">
            <h1>{words.support_title}</h1>
            <p>{words.support_intro}</p>
            <CountryChoice country />
            <SupportLines country />
            <p>{words.advocates}</p>
            <p>{words.own_counselling}</p>
            <h2>{words.own_behaviour_heading}</h2>
            <OwnBehaviourLines country />
        </section>
    }
}
