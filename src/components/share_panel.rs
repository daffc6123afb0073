use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{shown_or, shown_when};
use crate::browser::{app_base, can_share, copy_text, open_share_sheet};
use crate::checkup::compare::Perspective;
use crate::checkup::scoring::Side;
use crate::checkup::share::{encode, ShareChoices, Shared};
use crate::checkup::Dimension;
use crate::components::charts::QrCode;
use crate::copy::t;
use crate::routes;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// Shows exactly what a link reveals, lets fairness be added and
/// conversation starters be suggested (both off for everyone, so a link
/// never depends on the sharer's answers), then makes the link and offers
/// the share sheet, copying and a QR code. When a sign of control came up, a
/// caution saying what sharing reveals comes first and the options wait
/// behind a deliberate step; the link itself is the same.
#[component]
pub fn SharePanel(
    /// The figures to share, in the sharer's own frame.
    perspective: Perspective,
    /// A sign of a partner's control came up: caution first, sharing not
    /// the default. It changes nothing in the link.
    control_came_up: bool,
    /// The person's partner may be afraid of them: a caution of its own
    /// first, and the options behind the same deliberate step.
    #[prop(optional)]
    own_caution: bool,
    /// The panel's heading, when the page has not already named it.
    #[prop(optional)]
    heading: Option<&'static str>,
    /// One line under the heading.
    intro: &'static str,
) -> impl IntoView {
    let words = &t().share;
    let ui = &t().ui;
    let cautious = control_came_up || own_caution;
    let caution = if control_came_up {
        Some(words.safety_caution)
    } else {
        own_caution.then_some(words.own_caution)
    };
    let revealed = RwSignal::new(!cautious);
    // The same defaults for everyone: nothing in a link depends on answers.
    let defaults = ShareChoices::default();
    let include_fairness = RwSignal::new(defaults.include_fairness);
    let suggest_starters = RwSignal::new(defaults.suggest_starters);
    let made = RwSignal::new(None::<String>);
    let copied = RwSignal::new(Copied::Not);
    let show_qr = RwSignal::new(false);
    let can_share = can_share();
    let rows = move || {
        Dimension::ALL
            .into_iter()
            .map(|d| {
                let view = perspective.view(d);
                // "In say" as on every shared view, and naming control here.
                let side = if control_came_up {
                    t().side_given(view.balance.map(Side::of), true)
                } else {
                    t().shared_side(view.balance.map(Side::of))
                };
                let fairness = match view.fairness {
                    _ if !include_fairness.get() => words.fairness_left_out,
                    Some(f) => t().fairness(f),
                    None => "—",
                };
                view! {
                    <tr>
                        <th scope="row">{t().dimension(d).name}</th>
                        <td>{side}</td>
                        <td>{t().signed(view.balance)}</td>
                        <td>{fairness}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let make = move |_| {
        let code = encode(&Shared::chosen(
            perspective,
            ShareChoices {
                include_fairness: include_fairness.get_untracked(),
                suggest_starters: suggest_starters.get_untracked(),
            },
        ));
        made.set(Some(routes::shared_link(&app_base(), &code)));
        copied.set(Copied::Not);
    };
    let copy = move |_| {
        let Some(url) = made.get_untracked() else {
            return;
        };
        spawn_local(async move {
            copied.set(if copy_text(url).await {
                Copied::Done
            } else {
                Copied::Failed
            });
        });
    };
    let share = move |_| {
        if let Some(url) = made.get_untracked() {
            let words = &t().share;
            spawn_local(open_share_sheet(words.share_title, words.share_text, url));
        }
    };
    let options = move || {
        made.get().map(|url| {
            let qr_url = url.clone();
            view! {
                <label class="link-label" for="share-link">{words.link_label}</label>
                <input id="share-link" class="share-link" type="text" readonly prop:value=url on:focus=|ev| {
                    if let Some(input) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
                        input.select();
                    }
                } />
                <div class="actions">
                    {can_share.then(|| view! {
                        <button type="button" class=if cautious { "button secondary" } else { "button primary" } on:click=share>
                            {words.share_button}
                        </button>
                    })}
                    <button type="button" class="button secondary" on:click=copy>{words.copy_button}</button>
                    <button type="button" class="button secondary" aria-expanded=move || show_qr.get().to_string()
                        on:click=move |_| show_qr.update(|s| *s = !*s)>
                        {move || if show_qr.get() { words.hide_qr } else { words.show_qr }}
                    </button>
                </div>
                <p role="status" class="copy-status">
                    {move || match copied.get() {
                        Copied::Not => "",
                        Copied::Done => words.copied,
                        Copied::Failed => words.copy_failed,
                    }}
                </p>
                {shown_when(move || show_qr.get(), move || view! {
                    <QrCode text=qr_url.clone() label=words.qr_label />
                })}
            }
        })
    };
    view! {
        <section class="share-panel" aria-label=heading.unwrap_or(words.heading)>
            {heading.map(|heading| view! { <h2>{heading}</h2> })}
            {caution.map(|caution| view! { <p class="notice safety share-caution">{caution}</p> })}
            {shown_or(
                move || revealed.get(),
                move || view! {
                    <p>{intro}</p>
                    <h3>{words.reveals_heading}</h3>
                    <p>{words.reveals_intro}</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=words.reveals_heading>
                        <table class="data reveals">
                            <thead>
                                <tr>
                                    <th scope="col">{t().results.column_part}</th>
                                    <th scope="col">{t().results.column_who}</th>
                                    <th scope="col">{ui.balance_label}</th>
                                    <th scope="col">{ui.fairness_label}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <p class="note">{words.never_reveals}</p>
                    <label class="toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || include_fairness.get()
                            on:change=move |ev| {
                                include_fairness.set(event_target_checked(&ev));
                                // A link made before the change would not match what is shown.
                                made.set(None);
                            }
                        />
                        <span>{words.include_fairness}</span>
                    </label>
                    <label class="toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || suggest_starters.get()
                            on:change=move |ev| {
                                suggest_starters.set(event_target_checked(&ev));
                                made.set(None);
                            }
                        />
                        <span>{words.suggest_starters}</span>
                    </label>
                    <div class="actions">
                        <button type="button" class=if cautious { "button secondary" } else { "button primary" } on:click=make>
                            {words.make_link}
                        </button>
                    </div>
                    {options}
                },
                move || view! {
                    <button type="button" class="button secondary" on:click=move |_| revealed.set(true)>
                        {words.show_anyway}
                    </button>
                },
            )}
        </section>
    }
}
