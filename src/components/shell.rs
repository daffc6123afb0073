use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{QuickExit, StorageNotice};
use crate::t;

/// Page frame: skip link, quick exit, header, storage notices, content.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#content">{t().ui.skip_to_content}</a>
        <QuickExit />
        <header class="site-header">
            <A href="/" attr:class="brand">{t().app_name}</A>
            <nav aria-label="Main">
                <A href="/privacy">{t().ui.nav_privacy}</A>
                <A href="/support" attr:class="support-link">{t().safety.support_link}</A>
            </nav>
        </header>
        <StorageNotice />
        <main id="content" tabindex="-1">{children()}</main>
    }
}
