use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::StorageNotice;
use crate::t;

/// Page frame: skip link, header with navigation, storage notices, content.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#content">{t().ui.skip_to_content}</a>
        <header class="site-header">
            <A href="/" attr:class="brand">{t().app_name}</A>
            <nav aria-label="Main">
                <A href="/privacy">{t().ui.nav_privacy}</A>
            </nav>
        </header>
        <StorageNotice />
        <main id="content" tabindex="-1">{children()}</main>
    }
}
