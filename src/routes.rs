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

/// A finished check-up's result (the latest when `id` is `None`), with one
/// dimension's detail open.
pub fn results(id: Option<&str>, dimension: Option<Dimension>) -> String {
    let params: Vec<String> = id
        .map(|id| format!("{ID}={id}"))
        .into_iter()
        .chain(dimension.map(|d| format!("{DIMENSION}={}", d.id())))
        .collect();
    if params.is_empty() {
        "/results".to_owned()
    } else {
        format!("/results?{}", params.join("&"))
    }
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
const DIMENSION: &str = "d";
const DELETED: &str = "deleted";
const VIEW_DELETED: &str = "view_deleted";

/// The question asked for (1-based), if the address holds a number.
pub fn question_param(query: &ParamsMap) -> Option<usize> {
    query.get(QUESTION).and_then(|s| s.parse().ok())
}

pub fn id_param(query: &ParamsMap) -> Option<String> {
    query.get(ID)
}

pub fn dimension_param(query: &ParamsMap) -> Option<Dimension> {
    query.get(DIMENSION).and_then(|d| Dimension::from_id(&d))
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

/// Like [`use_go`], keeping the scroll position (a detail opening in place).
pub fn use_go_in_place() -> impl Fn(&str) + Clone {
    let navigate = use_navigate();
    move |to: &str| {
        navigate(
            to,
            NavigateOptions {
                replace: true,
                scroll: false,
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
        assert_eq!(results(None, None), "/results");
        assert_eq!(
            results(Some("17"), Some(Dimension::Money)),
            "/results?id=17&d=money"
        );
        assert_eq!(results(None, Some(Dimension::Home)), "/results?d=home");
        assert_eq!(shared("abc"), "/shared#abc");
        assert_eq!(home_after_view_deleted(), "/?view_deleted=1");
    }
}
