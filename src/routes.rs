//! Every address in Fulcrum, built in one place, and the one way to move
//! between them. Moving inside the app replaces the current history entry
//! instead of adding one, so after a quick exit the Back button never shows a
//! question, a result or a partner's view; Fulcrum's own Back buttons do the
//! in-app going back.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::checkup::Dimension;

pub fn home() -> String {
    "/".to_owned()
}

/// Home, saying that a partner's view was deleted.
pub fn home_after_view_deleted() -> String {
    format!("/?{VIEW_DELETED}=1")
}

/// The check-up's start: the calm word before the first question, or
/// straight to the first unanswered one.
pub fn check_up() -> String {
    "/check-up".to_owned()
}

/// Question `number`, counted from 1.
pub fn question(number: usize) -> String {
    format!("/check-up?{QUESTION}={number}")
}

/// One view of a finished check-up's result (the latest when `id` is
/// `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultView {
    Overview,
    Part(Dimension),
    Plan,
    Share,
    History,
}

/// The address of a result view, for check-up `id` or the latest.
pub fn result(view: ResultView, id: Option<&str>) -> String {
    let path = match view {
        ResultView::Overview => "/results".to_owned(),
        ResultView::Part(d) => format!("/results/part/{}", d.id()),
        ResultView::Plan => "/results/plan".to_owned(),
        ResultView::Share => "/results/share".to_owned(),
        ResultView::History => "/results/history".to_owned(),
    };
    match id {
        Some(id) => format!("{path}?{ID}={id}"),
        None => path,
    }
}

/// The screen an address shows: the one place a path is read, so pages get
/// typed values and never path text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    CheckUp,
    Result(ResultView),
    Privacy,
    Shared,
    Support,
    NotFound,
}

/// The screen for `path`, taken below the app's base path. Empty segments
/// (a trailing slash) are ignored; anything unknown is not found.
pub fn screen_at(path: &str) -> Screen {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        [] => Screen::Home,
        ["check-up"] => Screen::CheckUp,
        ["results"] => Screen::Result(ResultView::Overview),
        ["results", "part", id] => {
            Dimension::from_id(id).map_or(Screen::NotFound, |d| Screen::Result(ResultView::Part(d)))
        }
        ["results", "plan"] => Screen::Result(ResultView::Plan),
        ["results", "share"] => Screen::Result(ResultView::Share),
        ["results", "history"] => Screen::Result(ResultView::History),
        ["privacy"] => Screen::Privacy,
        ["shared"] => Screen::Shared,
        ["support"] => Screen::Support,
        _ => Screen::NotFound,
    }
}

/// The latest result's overview, or the one of check-up `id`.
pub fn results(id: Option<&str>) -> String {
    result(ResultView::Overview, id)
}

/// The latest result, saying that a check-up was deleted.
pub fn results_after_delete() -> String {
    format!("/results?{DELETED}=1")
}

pub fn privacy() -> String {
    "/privacy".to_owned()
}

pub fn support() -> String {
    "/support".to_owned()
}

/// A partner's view: the payload stays in the fragment, never sent anywhere.
pub fn shared(code: &str) -> String {
    format!("/shared#{code}")
}

const QUESTION: &str = "q";
const ID: &str = "id";
const DELETED: &str = "deleted";
const VIEW_DELETED: &str = "view_deleted";

/// The question asked for (1-based), if the address holds a number.
pub fn question_param(query: &ParamsMap) -> Option<usize> {
    query.get(QUESTION).and_then(|s| s.parse().ok())
}

pub fn id_param(query: &ParamsMap) -> Option<String> {
    query.get(ID)
}

pub fn deleted_param(query: &ParamsMap) -> bool {
    query.get(DELETED).is_some()
}

pub fn view_deleted_param(query: &ParamsMap) -> bool {
    query.get(VIEW_DELETED).is_some()
}

/// The path the app is served under ("" or e.g. "/fulcrum"), provided by
/// the app so links can be plain anchors.
#[derive(Clone, Default)]
pub struct AppBase(pub String);

/// A link inside the app that replaces the current history entry. A plain
/// anchor: the router's own click handling reads `replace` from it. (The
/// router's `A` component kept about 50 bytes of WebAssembly memory for
/// every link ever drawn, measured; a check-up draws thousands.)
#[component]
pub fn Link(
    /// Where it goes; build it with this module's functions.
    href: String,
    /// Classes for the link, e.g. "button primary".
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let base = use_context::<AppBase>().unwrap_or_default().0;
    view! {
        <a href=format!("{base}{href}") class=class prop:replace=true>
            {children()}
        </a>
    }
}

/// Moves to another address, replacing the current history entry.
pub fn use_go() -> impl Fn(&str) + Clone {
    let navigate = use_navigate();
    move |to: &str| {
        navigate(
            to,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_built_the_same_way_everywhere() {
        assert_eq!(question(3), "/check-up?q=3");
        assert_eq!(results(None), "/results");
        assert_eq!(
            result(ResultView::Part(Dimension::Money), Some("17")),
            "/results/part/money?id=17"
        );
        assert_eq!(result(ResultView::Plan, None), "/results/plan");
        assert_eq!(
            result(ResultView::History, Some("9")),
            "/results/history?id=9"
        );
        assert_eq!(shared("abc"), "/shared#abc");
        assert_eq!(home_after_view_deleted(), "/?view_deleted=1");
    }

    #[test]
    fn every_address_the_app_builds_shows_its_screen() {
        let path = |address: String| address.split(['?', '#']).next().unwrap_or("").to_owned();
        assert_eq!(screen_at(&path(home())), Screen::Home);
        assert_eq!(screen_at(&path(question(5))), Screen::CheckUp);
        assert_eq!(screen_at(&path(privacy())), Screen::Privacy);
        assert_eq!(screen_at(&path(support())), Screen::Support);
        assert_eq!(screen_at(&path(shared("x"))), Screen::Shared);
        for view in [
            ResultView::Overview,
            ResultView::Plan,
            ResultView::Share,
            ResultView::History,
        ]
        .into_iter()
        .chain(Dimension::ALL.iter().map(|d| ResultView::Part(*d)))
        {
            assert_eq!(
                screen_at(&path(result(view, Some("7")))),
                Screen::Result(view)
            );
        }
    }

    #[test]
    fn unknown_and_tampered_paths_are_not_found() {
        for path in [
            "/nope",
            "/results/part/",
            "/results/part/salary",
            "/results/part/money/more",
            "/check-up/3",
            "/index.html",
            "/privacy/x",
        ] {
            assert_eq!(screen_at(path), Screen::NotFound, "{path}");
        }
        assert_eq!(screen_at(""), Screen::Home);
        assert_eq!(screen_at("/results/"), Screen::Result(ResultView::Overview));
    }
}
