use leptos::prelude::*;
use leptos_router::components::A;

use crate::t;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{t().ui.not_found_title}</h1>
            <p>{t().ui.not_found_body}</p>
            <A href="/" attr:class="button">{t().ui.go_home}</A>
        </section>
    }
}
