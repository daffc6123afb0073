//! Opening a partner's link: `/shared#<payload>`. The payload is read from
//! the fragment only. A link that cannot be read gets a kind explanation; a
//! good one is kept once on the device and shown mirrored, or compared with
//! the reader's own latest result.

mod comparison;
mod mirrored;

use leptos::prelude::*;

use crate::checkup::saved::SavedData;
use crate::checkup::scoring::CheckupResult;
use crate::checkup::share::{decode, ShareError, Shared};
use crate::components::ConfirmButton;
use crate::copy::t;
use crate::location::{self, Link, Location};
use crate::routes;
use crate::state::{now_ms, AppState};

use comparison::Comparison;
use mirrored::Mirrored;

#[component]
pub fn SharedView() -> impl IntoView {
    let state = AppState::get();
    let location = Location::get();
    let code = Memo::new(move |_| location.with(routes::shared_code));
    let opened = Memo::new(move |_| code.with(|c| decode(c)));
    let mine = Memo::new(move |_| state.data.with(SavedData::latest_result));
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
    let go = location::use_go();
    let delete = Callback::new({
        let code = code.clone();
        move |()| {
            let code = code.clone();
            state.change(move |d| {
                d.forget_view(&code);
            });
            go(&routes::home_after_view_deleted());
        }
    });
    let kept = {
        let code = code.clone();
        Memo::new(move |_| state.data.with(|d| d.keeps_view(&code)))
    };
    let keep = move |_| {
        let code = code.clone();
        state.change(move |d| {
            d.receive(&code, now_ms());
        });
    };
    let body = match mine {
        Some(mine) => view! { <Comparison shared mine /> }.into_any(),
        None => view! { <Mirrored shared /> }.into_any(),
    };
    // Asked, never assumed: a partner's view is kept only when the reader says so.
    let keeping = move || {
        if kept.get() {
            view! {
                <p>{words.kept}</p>
                <div class="actions">
                    <ConfirmButton
                        label=words.delete_view
                        question=words.delete_view_confirm
                        confirm_label=words.yes_delete_view
                        on_confirm=delete
                        class="danger"
                    />
                </div>
            }
            .into_any()
        } else {
            let keep = keep.clone();
            view! {
                <p>{words.keep_question}</p>
                <div class="actions">
                    <button type="button" class="button secondary keep-view" on:click=keep>
                        {words.keep_yes}
                    </button>
                </div>
                <p class="note">{words.not_kept}</p>
            }
            .into_any()
        }
    };
    view! {
        <section class="page shared">
            {body}
            <section class="keeping notice" aria-label=words.keep_yes>{keeping}</section>
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
            <Link href=routes::home() class="button primary">{words.error_start}</Link>
        </section>
    }
}
