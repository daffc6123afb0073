//! The app shell: state, title and routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::Shell;
use crate::copy::t;
use crate::pages::{
    CheckUp, Home, NotFound, Privacy, ResultHistory, ResultPart, ResultPlan, ResultShare, Results,
    SharedView, Support,
};
use crate::state::AppState;

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
                    <Route path=path!("/results/part/:dimension") view=ResultPart />
                    <Route path=path!("/results/plan") view=ResultPlan />
                    <Route path=path!("/results/share") view=ResultShare />
                    <Route path=path!("/results/history") view=ResultHistory />
                    <Route path=path!("/privacy") view=Privacy />
                    <Route path=path!("/shared") view=SharedView />
                    <Route path=path!("/support") view=Support />
                </Routes>
            </Shell>
        </Router>
    }
}
