use leptos::prelude::*;

use crate::browser::format_date;
use crate::copy::t;
use crate::location::Link;
use crate::routes;
use crate::state::AppState;

/// Every finished check-up, newest first, each linking to its result.
#[component]
pub fn CheckupLinks() -> impl IntoView {
    let state = AppState::get();
    let entries = Memo::new(move |_| {
        state.data.with(|d| {
            d.history
                .iter()
                .rev()
                .map(|h| (h.id.clone(), h.finished_at))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ul class="history-list">
            <For each=move || entries.get() key=|(id, _)| id.clone() let:entry>
                <li>
                    <Link href=routes::results(Some(&entry.0))>{t().ui.finished_on(&format_date(entry.1))}</Link>
                </li>
            </For>
        </ul>
    }
}
