use leptos::prelude::*;

use crate::browser::format_date;
use crate::checkup::saved::SavedData;
use crate::copy::t;
use crate::location::Link;
use crate::routes;
use crate::state::AppState;

/// Every finished check-up, newest first, each linking to its result.
#[component]
pub fn CheckupLinks() -> impl IntoView {
    let state = AppState::get();
    let entries = Memo::new(move |_| state.data.with(SavedData::finished_newest_first));
    view! {
        <ul class="history-list">
            // A plain list: its items hold no state, so keyed diffing
            // (For) would only add code.
            {move || {
                entries
                    .get()
                    .into_iter()
                    .map(|(id, finished_at)| {
                        view! {
                            <li>
                                <Link href=routes::results(Some(&id))>
                                    {t().ui.finished_on(&format_date(finished_at))}
                                </Link>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
