//! Fulcrum: a private check-up of the balance of power in a relationship.
//! The pure core is `checkup` (plus `copy` for words); `storage` and `state`
//! are the edge to the browser; `pages` and `components` render.

pub mod browser;
pub mod charts;
pub mod checkup;
pub mod components;
pub mod copy;
pub mod pages;
pub mod routes;
pub mod state;
pub mod storage;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::Shell;
use crate::pages::{CheckUp, Home, NotFound, Privacy, Results, SharedView, Support};
use crate::state::AppState;

/// The text for the current locale.
pub fn t() -> &'static copy::Text {
    copy::text(copy::Locale::En)
}

/// The path the app is served under ("/" or e.g. "/fulcrum"), taken from the
/// `<base>` element Trunk writes for `--public-url`.
fn base_path() -> Option<String> {
    let base = document().base_uri().ok().flatten()?;
    let path = web_sys::Url::new(&base).ok()?.pathname();
    let trimmed = path.trim_end_matches('/');
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    // The tab title follows the neutral-title setting.
    Effect::new(move |_| {
        let neutral = state.data.with(|d| d.settings.neutral_title);
        document().set_title(if neutral {
            t().neutral_title
        } else {
            t().app_name
        });
    });
    view! {
        <Router base=base_path().unwrap_or_default()>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/check-up") view=CheckUp />
                    <Route path=path!("/results") view=Results />
                    <Route path=path!("/privacy") view=Privacy />
                    <Route path=path!("/shared") view=SharedView />
                    <Route path=path!("/support") view=Support />
                </Routes>
            </Shell>
        </Router>
    }
}
