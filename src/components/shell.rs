use leptos::prelude::*;

use crate::browser::focus_heading;
use crate::components::{LanguageMenu, LanguageNote, QuickExit, StorageNotice};
use crate::copy::t;
use crate::location::{Link, Location};
use crate::routes;

/// Page frame: a bar that stays in view with quick exit (first in keyboard
/// order) and the name, then the skip link, navigation, storage notices and
/// content. The bar takes its own room, so it never covers words.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    // After moving to another view, keyboard and screen-reader users start at
    // its heading, not back at the top of the frame.
    let location = Location::get();
    Effect::new(move |previous: Option<String>| {
        let path = location.with(|address| address.path.clone());
        if previous.is_some_and(|p| p != path) {
            // After the new view has rendered.
            request_animation_frame(|| {
                focus_heading();
            });
        }
        path
    });
    view! {
        <div class="exit-bar">
            <QuickExit />
            <a class="skip-link" href="#content">{t().ui.skip_to_content}</a>
            <Link href=routes::home() class="brand">{t().app_name}</Link>
        </div>
        <header class="site-header">
            <nav aria-label="Main">
                <Link href=routes::privacy()>{t().ui.nav_privacy}</Link>
                <Link href=routes::support() class="support-link">{t().safety.support_link}</Link>
            </nav>
            <LanguageMenu />
        </header>
        <StorageNotice />
        <LanguageNote />
        <main id="content" tabindex="-1">{children()}</main>
    }
}
