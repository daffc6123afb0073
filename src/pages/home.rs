use leptos::prelude::*;

use crate::browser::format_date;
use crate::checkup::saved::SavedData;
use crate::checkup::BANK;
use crate::components::{shown_when, CheckupLinks, ConfirmButton, PlanSummary, ReceivedViews};
use crate::copy::t;
use crate::location::{self, Link, Location};
use crate::routes;
use crate::state::{now_ms, AppState};

#[component]
pub fn Home() -> impl IntoView {
    let state = AppState::get();
    let ui = &t().ui;
    // The question a check-up under way resumes at, if any.
    let resume_at = Memo::new(move |_| state.data.with(SavedData::continue_at));
    let latest_at = Memo::new(move |_| state.data.with(SavedData::latest_finished_at));
    let location = Location::get();
    let go = location::use_go();
    let start_over = Callback::new(move |()| {
        state.change(|d| d.start_over(now_ms()));
        go(&routes::check_up());
    });
    view! {
        <section class="page home">
            <h1>{t().app_name}</h1>
            <p class="tagline">{t().tagline}</p>
            <p>{t().what_it_is}</p>
            <p class="promise">{t().privacy_promise}</p>
            <p>{t().duration(BANK.len())}</p>
            <div class="actions stacked">
                {move || match resume_at.get() {
                    Some(n) => {
                        view! {
                            <Link href=routes::question(n) class="button primary">
                                {ui.continue_at(n, BANK.len())}
                            </Link>
                            <ConfirmButton
                                label=ui.start_over
                                question=ui.start_over_confirm
                                confirm_label=ui.yes_start_over
                                on_confirm=start_over
                                class="secondary"
                            />
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <Link href=routes::check_up() class="button primary">
                                {ui.start}
                            </Link>
                        }
                            .into_any()
                    }
                }}
            </div>
            <p class="note">{t().not_a_diagnosis}</p>
            {shown_when(move || location.with(routes::checkup_erased_param), move || view! {
                <p class="notice" role="status">{t().safety.checkup_erased}</p>
            })}
            {shown_when(move || location.with(routes::view_deleted_param), move || view! {
                <p class="notice" role="status">{t().share.view_deleted}</p>
            })}
            <ReceivedViews />
            <PlanSummary with_change_link=true />
            {shown_when(move || latest_at.with(Option::is_some), move || view! {
                <section class="latest" aria-labelledby="latest-heading">
                    <h2 id="latest-heading">{ui.latest_result}</h2>
                    <p class="meta">
                        {move || latest_at.get().map(|at| ui.finished_on(&format_date(at)))}
                    </p>
                    <Link href=routes::results(None) class="button secondary">{ui.see_result}</Link>
                </section>
                <section class="history" aria-labelledby="history-heading">
                    <h2 id="history-heading">{ui.history_heading}</h2>
                    <CheckupLinks />
                </section>
            })}
        </section>
    }
}
