//! Every address in Fulcrum, built in one place, and the one way to move
//! between them. Moving inside the app replaces the current history entry
//! instead of adding one, so after a quick exit the Back button never shows a
//! question, a result or a partner's view; Fulcrum's own Back buttons do the
//! in-app going back.

use leptos::prelude::*;
use leptos_router::components::A;
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
/// The path parameter naming a dimension in `/results/part/:dimension`.
pub const DIMENSION: &str = "dimension";
const DELETED: &str = "deleted";
const VIEW_DELETED: &str = "view_deleted";

/// The question asked for (1-based), if the address holds a number.
pub fn question_param(query: &ParamsMap) -> Option<usize> {
    query.get(QUESTION).and_then(|s| s.parse().ok())
}

pub fn id_param(query: &ParamsMap) -> Option<String> {
    query.get(ID)
}

/// The dimension a part view's path names, if it is one.
pub fn dimension_param(params: &ParamsMap) -> Option<Dimension> {
    params.get(DIMENSION).and_then(|d| Dimension::from_id(&d))
}

pub fn deleted_param(query: &ParamsMap) -> bool {
    query.get(DELETED).is_some()
}

pub fn view_deleted_param(query: &ParamsMap) -> bool {
    query.get(VIEW_DELETED).is_some()
}

/// A link inside the app that replaces the current history entry.
#[component]
pub fn Link(
    /// Where it goes; build it with this module's functions.
    href: String,
    /// Classes for the link, e.g. "button primary".
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <A href=href attr:class=class prop:replace=true>
            {children()}
        </A>
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
}
