use crate::copy::t;
use crate::location::Link;
use crate::routes;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{t().ui.not_found_title}</h1>
            <p>{t().ui.not_found_body}</p>
            <Link href=routes::home() class="button">{t().ui.go_home}</Link>
        </section>
    }
}
