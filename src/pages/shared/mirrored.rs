use leptos::prelude::*;

use crate::checkup::scoring::{Band, Side};
use crate::checkup::share::Shared;
use crate::checkup::Dimension;
use crate::components::charts::BalanceBeam;
use crate::copy::t;
use crate::location::Link;
use crate::routes;
use crate::state::AppState;

/// The partner's view turned to the reader's side, under the fixed line
/// saying what the figures cannot show, with an invitation to take the
/// check-up and compare.
#[component]
pub fn Mirrored(
    /// What the partner shared, in their frame.
    shared: Shared,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().share;
    let theirs = shared.perspective.mirrored();
    let started = move || state.data.with(|d| d.has_started());
    let cards = Dimension::ALL
        .into_iter()
        .map(|d| {
            let view = theirs.view(d);
            let name = t().dimension(d).name;
            let in_sentence = t().dimension(d).in_sentence;
            let sentence = match view.balance.map(Side::of) {
                Some(Side::You) => words.they_see_you(in_sentence),
                Some(Side::Partner) => words.they_see_themselves(in_sentence),
                Some(Side::Even) => words.they_see_even(in_sentence),
                None => words.they_had_too_few(in_sentence),
            };
            let band = view
                .balance
                .map(|b| t().shared_band(Band::of(b.unsigned_abs())));
            let fairness = view.fairness.map(|f| words.fair_to_reader(f));
            let summary = words.mirrored_summary(&sentence, band);
            view! {
                <article class="dimension-card" data-dimension=d.id()>
                    <h2>{name}</h2>
                    <BalanceBeam
                        balance=view.balance
                        summary=summary
                        right_label=words.beam_them
                    />
                    <p class="side">{sentence}</p>
                    <dl>
                        {band.map(|b| view! { <dt>{t().ui.band_label}</dt><dd class="band">{b}</dd> })}
                        {fairness.map(|f| view! { <dt>{words.feels_to_them}</dt><dd>{f}</dd> })}
                    </dl>
                </article>
            }
        })
        .collect_view();
    view! {
        <h1>{words.opened_title}</h1>
        <p>{words.opened_intro}</p>
        <p class="notice framing">{words.framing}</p>
        <div class="invite notice">
            <p>{words.reader_need_not}</p>
            <p>{words.invite}</p>
            {move || if started() {
                view! { <Link href=routes::home() class="button primary">{words.continue_checkup}</Link> }.into_any()
            } else {
                view! { <Link href=routes::check_up() class="button primary">{words.take_checkup}</Link> }.into_any()
            }}
        </div>
        <div class="dimension-list">{cards}</div>
    }
}
