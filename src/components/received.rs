use leptos::prelude::*;

use super::shown_when;
use crate::browser::format_date;
use crate::checkup::saved::SavedData;
use crate::copy::t;
use crate::location::Link;
use crate::routes;
use crate::state::AppState;

/// Partners' views received by link and kept on this device, newest first,
/// each opening the comparison.
#[component]
pub fn ReceivedViews() -> impl IntoView {
    let state = AppState::get();
    let words = &t().share;
    let views = Memo::new(move |_| state.data.with(SavedData::received_newest_first));
    view! {
        {shown_when(move || !views.with(Vec::is_empty), move || view! {
            <section class="received" aria-labelledby="received-heading">
                <h2 id="received-heading">{words.received_heading}</h2>
                <ul class="history-list">
                    // A plain list: its items hold no state, so keyed
                    // diffing (For) would only add code.
                    {move || {
                        views
                            .get()
                            .into_iter()
                            .map(|(code, opened_at)| {
                                view! {
                                    <li>
                                        <Link href=routes::shared(&code)>
                                            {words.received_link(&format_date(opened_at))}
                                        </Link>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        })}
    }
}
