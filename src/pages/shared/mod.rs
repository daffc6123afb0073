//! Opening a partner's link: `/shared#<payload>`. The payload is read from
//! the fragment only. A link that cannot be read gets a kind explanation; a
//! good one is kept once on the device and shown mirrored, or compared with
//! the reader's own latest result.

mod comparison;
mod mirrored;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

use crate::checkup::scoring::{score, CheckupResult};
use crate::checkup::share::{code_from_fragment, decode, ShareError, Shared};
use crate::components::ConfirmButton;
use crate::state::{now_ms, AppState};
use crate::t;

use comparison::Comparison;
use mirrored::Mirrored;

#[component]
pub fn SharedView() -> impl IntoView {
    let state = AppState::get();
    let location = use_location();
    let code = Memo::new(move |_| code_from_fragment(&location.hash.get()).trim().to_owned());
    let opened = Memo::new(move |_| code.with(|c| decode(c)));
    // Keep a readable view once, whatever happens next on the page.
    Effect::new(move |_| {
        if opened.with(Result::is_ok) {
            let code = code.get();
            let known = state
                .data
                .with_untracked(|d| d.comparisons.iter().any(|c| c.code == code));
            if !known {
                state.change(|d| {
                    d.receive(&code, now_ms());
                });
            }
        }
    });
    let mine = Memo::new(move |_| {
        state.data.with(|d| {
            d.history
                .iter()
                .rev()
                .find_map(|h| h.validated().ok())
                .map(|answers| score(&answers))
        })
    });
    move || match opened.get() {
        Err(error) => view! { <LinkError error /> }.into_any(),
        Ok(shared) => view! { <Opened shared mine=mine.get() code=code.get() /> }.into_any(),
    }
}

#[component]
fn Opened(
    /// What the partner shared, in their frame.
    shared: Shared,
    /// The reader's own latest result, if any.
    mine: Option<CheckupResult>,
    /// The link's payload, which identifies the kept view.
    code: String,
) -> impl IntoView {
    let state = AppState::get();
    let words = &t().share;
    let navigate = use_navigate();
    let delete = Callback::new(move |()| {
        let code = code.clone();
        state.change(move |d| d.comparisons.retain(|c| c.code != code));
        navigate("/?view_deleted=1", Default::default());
    });
    let body = match mine {
        Some(mine) => view! { <Comparison shared mine /> }.into_any(),
        None => view! { <Mirrored shared /> }.into_any(),
    };
    view! {
        <section class="page shared">
            {body}
            <div class="actions">
                <ConfirmButton
                    label=words.delete_view
                    question=words.delete_view_confirm
                    confirm_label=words.yes_delete_view
                    on_confirm=delete
                    class="danger"
                />
            </div>
            <p class="note">{t().not_a_diagnosis}</p>
        </section>
    }
}

#[component]
fn LinkError(
    /// Why the link could not be read.
    error: ShareError,
) -> impl IntoView {
    let words = &t().share;
    let why = match error {
        ShareError::Empty => words.error_empty,
        ShareError::FutureCodec(_) | ShareError::FutureBank(_) => words.error_newer,
        _ => words.error_damaged,
    };
    view! {
        <section class="page shared link-error">
            <h1>{words.error_title}</h1>
            <p class="notice warning" role="alert">{why}</p>
            <p>{words.error_ask_again}</p>
            <A href="/" attr:class="button primary">{words.error_start}</A>
        </section>
    }
}
