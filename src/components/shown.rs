//! What Leptos's `Show` does, without its boxed children and fallback: each
//! `Show` carried an `AnyView` fallback and `Arc<dyn Fn>` children, whose
//! build, rebuild and mount code the WebAssembly held once per use.

use leptos::either::Either;
use leptos::prelude::*;

/// `view` while `when` is true; rebuilt only when `when` changes.
pub fn shown_when<V: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    // An Option, not shown_or's Either with (): 0.4 KB less WebAssembly.
    let when = Memo::new(move |_| when());
    move || when.get().then(&view)
}

/// `view` while `when` is true, else `otherwise`; rebuilt only when `when`
/// changes.
pub fn shown_or<V: IntoView + 'static, W: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
    otherwise: impl Fn() -> W + Send + Sync + 'static,
) -> impl IntoView {
    let when = Memo::new(move |_| when());
    move || {
        if when.get() {
            Either::Left(view())
        } else {
            Either::Right(otherwise())
        }
    }
}
