//! Every address in Fulcrum, built in one place, and how one is read: the
//! screen it names, its typed query values, and which taps on links stay in
//! the app. Pure, so it is tested natively; `location` follows the address
//! bar with it.

use crate::checkup::Dimension;

pub fn home() -> String {
    "/".to_owned()
}

/// Home, saying that a partner's view was deleted.
pub fn home_after_view_deleted() -> String {
    format!("/?{VIEW_DELETED}=1")
}

/// Home, saying that a check-up was erased from the device.
pub fn home_after_checkup_erased() -> String {
    format!("/?{CHECKUP_ERASED}=1")
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

impl Screen {
    /// Whether the screen shows words looked up by id (questions, signs,
    /// advice, countries, helplines), which English reads from its served
    /// file: privacy and not-found never do, home only once it shows earlier
    /// visits (`earlier_visits`, asked only for home), so a first visit to
    /// home never downloads them.
    pub fn shows_words_by_id(self, earlier_visits: impl FnOnce() -> bool) -> bool {
        match self {
            Screen::Home => earlier_visits(),
            Screen::Privacy | Screen::NotFound => false,
            _ => true,
        }
    }
}

/// The screen for `path`, taken below the app's base path. Empty segments
/// (a trailing slash) are ignored; anything unknown is not found.
pub fn screen_at(path: &str) -> Screen {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        // The file the home is served from, where a host or a bookmark shows it.
        [] | ["index.html"] => Screen::Home,
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

/// The link a person sends to share their view: the app's own full address
/// `base` (with or without its last slash) and [`shared`], so the payload is
/// in the fragment and no server ever receives it.
pub fn shared_link(base: &str, code: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), shared(code))
}

const QUESTION: &str = "q";
const ID: &str = "id";
const DELETED: &str = "deleted";
const VIEW_DELETED: &str = "view_deleted";
const CHECKUP_ERASED: &str = "erased";

/// The question asked for (1-based), if the address holds a number.
pub fn question_param(address: &Address) -> Option<usize> {
    address.param(QUESTION).and_then(|s| s.parse().ok())
}

pub fn id_param(address: &Address) -> Option<String> {
    address.param(ID).map(str::to_owned)
}

pub fn deleted_param(address: &Address) -> bool {
    address.param(DELETED).is_some()
}

pub fn view_deleted_param(address: &Address) -> bool {
    address.param(VIEW_DELETED).is_some()
}

pub fn checkup_erased_param(address: &Address) -> bool {
    address.param(CHECKUP_ERASED).is_some()
}

/// The share code a partner's view was opened with: the fragment, without
/// a stray `#` or surrounding space; empty when the link holds none.
pub fn shared_code(address: &Address) -> String {
    let fragment = &address.fragment;
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .trim()
        .to_owned()
}

/// Where the app is, below its base path: the one value every screen reads
/// its place from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    /// "/check-up", "/results/part/money"…
    pub path: String,
    /// Without the `?`.
    pub query: String,
    /// Without the `#`; a partner's view keeps its code here.
    pub fragment: String,
}

impl Address {
    /// Reads an address the app built, e.g. "/check-up?q=3" or "/shared#abc".
    pub fn parse(address: &str) -> Self {
        let (rest, fragment) = address.split_once('#').unwrap_or((address, ""));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        Self {
            path: path.to_owned(),
            query: query.to_owned(),
            fragment: fragment.to_owned(),
        }
    }

    /// From the browser's parts (`pathname`, `search` with its `?`, `hash`
    /// with its `#`); `None` when the path is not under the app's `base`.
    pub fn in_app(pathname: &str, search: &str, hash: &str, base: &str) -> Option<Self> {
        let below = pathname.strip_prefix(base)?;
        if !(below.is_empty() || below.starts_with('/')) {
            return None;
        }
        Some(Self {
            path: if below.is_empty() { "/" } else { below }.to_owned(),
            query: search.strip_prefix('?').unwrap_or(search).to_owned(),
            fragment: hash.strip_prefix('#').unwrap_or(hash).to_owned(),
        })
    }

    pub fn screen(&self) -> Screen {
        screen_at(&self.path)
    }

    /// The first value of query parameter `key`, as written.
    fn param(&self, key: &str) -> Option<&str> {
        self.query
            .split('&')
            .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
            .find(|(k, _)| *k == key)
            .map(|(_, value)| value)
    }

    /// The text for the address bar, below the base.
    pub fn to_text(&self) -> String {
        let mut text = self.path.clone();
        if !self.query.is_empty() {
            text.push('?');
            text.push_str(&self.query);
        }
        if !self.fragment.is_empty() {
            text.push('#');
            text.push_str(&self.fragment);
        }
        text
    }
}

/// What a tap on a link does.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkTap {
    /// Not the app's: the browser follows it (another site, `tel:`, a file).
    Browser,
    /// A jump within the screen (`href="#content"`) to the element with
    /// this id: the address stays as it is.
    Within(String),
    /// Another screen of the app.
    Go(Address),
}

/// Decides a tap on a link whose `href` attribute is `written` and which the
/// browser resolves to `pathname`, `search` and `hash` on `same_origin`.
/// Pure, so the rules are tested natively.
pub fn link_tap(
    written: &str,
    same_origin: bool,
    (pathname, search, hash): (&str, &str, &str),
    base: &str,
) -> LinkTap {
    if let Some(id) = written.strip_prefix('#') {
        return LinkTap::Within(id.to_owned());
    }
    if !same_origin {
        return LinkTap::Browser;
    }
    Address::in_app(pathname, search, hash, base).map_or(LinkTap::Browser, LinkTap::Go)
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
        assert_eq!(home_after_checkup_erased(), "/?erased=1");
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
    fn every_address_the_app_builds_reads_back_the_same() {
        for text in [
            home(),
            question(12),
            result(ResultView::Part(Dimension::Money), Some("17")),
            shared("AbC-_9"),
            home_after_view_deleted(),
            home_after_checkup_erased(),
            results_after_delete(),
        ] {
            assert_eq!(Address::parse(&text).to_text(), text);
        }
        let asked = Address::parse(&question(12));
        assert_eq!(question_param(&asked), Some(12));
        assert_eq!(asked.screen(), Screen::CheckUp);
        let shown = Address::parse(&result(ResultView::Plan, Some("17")));
        assert_eq!(id_param(&shown).as_deref(), Some("17"));
        assert!(!deleted_param(&shown));
        assert!(deleted_param(&Address::parse(&results_after_delete())));
        assert!(view_deleted_param(&Address::parse(
            &home_after_view_deleted()
        )));
        assert!(checkup_erased_param(&Address::parse(
            &home_after_checkup_erased()
        )));
        assert!(!checkup_erased_param(&Address::parse(&home())));
        assert_eq!(Address::parse(&shared("xyz")).fragment, "xyz");
        assert_eq!(shared_code(&Address::parse(&shared("xyz"))), "xyz");
    }

    #[test]
    fn share_links_put_the_payload_in_the_fragment() {
        let code = "AQABATycfwARZP8CfwB__lc0jzM";
        assert_eq!(
            shared_link("https://example.org/", code),
            format!("https://example.org/shared#{code}")
        );
        assert_eq!(
            shared_link("https://example.org/fulcrum", code),
            format!("https://example.org/fulcrum/shared#{code}")
        );
        let url = shared_link("https://example.org/fulcrum/", code);
        let (before, fragment) = url.split_once('#').unwrap_or_default();
        assert!(
            !before.is_empty() && !before.contains(code),
            "the payload must not reach the server"
        );
        // Read back as the address bar gives it, however it was pasted.
        let opened = |hash: &str| {
            Address::in_app("/fulcrum/shared", "", hash, "/fulcrum").map(|a| shared_code(&a))
        };
        assert_eq!(opened(&format!("#{fragment}")).as_deref(), Some(code));
        assert_eq!(opened(&format!("##{code} ")).as_deref(), Some(code));
        assert_eq!(opened("").as_deref(), Some(""));
    }

    #[test]
    fn tampered_query_values_are_simply_not_there() {
        for query in [
            "q=abc",
            "q=",
            "q",
            "qq=3",
            "q=-1",
            "q=99999999999999999999999",
        ] {
            let address = Address::parse(&format!("/check-up?{query}"));
            assert_eq!(question_param(&address), None, "{query}");
        }
        // The first of two values is the one read.
        let twice = Address::parse("/check-up?x=1&q=4&q=9");
        assert_eq!(question_param(&twice), Some(4));
    }

    #[test]
    fn the_address_bar_is_read_below_the_base_path() {
        let read = |path, base| Address::in_app(path, "?q=2", "#c", base);
        assert_eq!(
            read("/check-up", "").map(|a| a.to_text()).as_deref(),
            Some("/check-up?q=2#c")
        );
        assert_eq!(
            read("/fulcrum/check-up", "/fulcrum")
                .map(|a| a.path)
                .as_deref(),
            Some("/check-up")
        );
        assert_eq!(
            read("/fulcrum", "/fulcrum").map(|a| a.path).as_deref(),
            Some("/")
        );
        // Another app on the same site is not ours, nor a look-alike prefix.
        assert_eq!(read("/other/results", "/fulcrum"), None);
        assert_eq!(read("/fulcrumx/results", "/fulcrum"), None);
    }

    #[test]
    fn taps_on_links_stay_in_the_app_only_when_they_are_the_apps() {
        let parts = ("/privacy", "", "");
        assert_eq!(
            link_tap("/privacy", true, parts, ""),
            LinkTap::Go(Address::parse("/privacy"))
        );
        // The skip link jumps within the screen; the address stays.
        assert_eq!(
            link_tap("#content", true, ("/", "", "#content"), ""),
            LinkTap::Within("content".to_owned())
        );
        // Phone numbers, other sites and other apps on this site are the browser's.
        assert_eq!(
            link_tap("tel:016", false, ("016", "", ""), ""),
            LinkTap::Browser
        );
        assert_eq!(
            link_tap("https://example.org/", false, ("/", "", ""), ""),
            LinkTap::Browser
        );
        assert_eq!(
            link_tap("/elsewhere", true, ("/elsewhere", "", ""), "/fulcrum"),
            LinkTap::Browser
        );
        assert_eq!(
            link_tap(
                "/fulcrum/shared#abc",
                true,
                ("/fulcrum/shared", "", "#abc"),
                "/fulcrum"
            ),
            LinkTap::Go(Address::parse("/shared#abc"))
        );
    }

    #[test]
    fn unknown_and_tampered_paths_are_not_found() {
        for path in [
            "/nope",
            "/results/part/",
            "/results/part/salary",
            "/results/part/money/more",
            "/check-up/3",
            "/app.html",
            "/index.html/x",
            "/privacy/x",
        ] {
            assert_eq!(screen_at(path), Screen::NotFound, "{path}");
        }
        assert_eq!(screen_at(""), Screen::Home);
        assert_eq!(
            screen_at("/index.html"),
            Screen::Home,
            "the home's own file"
        );
        // Only home (on a first visit), privacy and not-found draw without
        // words by id.
        for (path, by_id) in [
            ("/", false),
            ("/privacy", false),
            ("/nope", false),
            ("/check-up", true),
            ("/results/plan", true),
            ("/shared", true),
            ("/support", true),
        ] {
            assert_eq!(screen_at(path).shows_words_by_id(|| false), by_id, "{path}");
            let returning = screen_at(path).shows_words_by_id(|| true);
            assert_eq!(returning, by_id || path == "/", "{path}, returning");
        }
        assert_eq!(screen_at("/results/"), Screen::Result(ResultView::Overview));
    }
}
