use leptos::prelude::*;

use super::shown_or;
use crate::copy::t;

/// A button that asks before acting, inline rather than in a modal so the
/// Esc quick-exit shortcut keeps one meaning.
#[component]
pub fn ConfirmButton(
    /// Label of the first button.
    label: &'static str,
    /// The question shown once it is pressed.
    question: &'static str,
    /// Label of the button that confirms.
    confirm_label: &'static str,
    /// Run when the person confirms.
    on_confirm: Callback<()>,
    /// Extra class for the first button.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    view! {
        {shown_or(
            move || asking.get(),
            move || view! {
                <div class="confirm" role="group" aria-label=label>
                    <p>{question}</p>
                    <div class="actions">
                        <button
                            type="button"
                            class="button danger"
                            on:click=move |_| {
                                asking.set(false);
                                on_confirm.run(());
                            }
                        >
                            {confirm_label}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| asking.set(false)>
                            {t().ui.cancel}
                        </button>
                    </div>
                </div>
            },
            move || {
                view! {
                    <button type="button" class=format!("button {class}") on:click=move |_| asking.set(true)>
                        {label}
                    </button>
                }
            },
        )}
    }
}
