use leptos::prelude::*;

use crate::charts::qr::qr_path;

/// A QR code of `text`, made on the device; dark on light in every theme so
/// cameras can read it.
#[component]
pub fn QrCode(
    /// What the code holds.
    text: String,
    /// What the code is, for screen readers.
    label: &'static str,
) -> impl IntoView {
    qr_path(&text).map(|(side, path)| {
        view! {
            <svg class="qr" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label shape-rendering="crispEdges">
                <rect class="qr-light" width=side height=side />
                <path class="qr-dark" d=path />
            </svg>
        }
    })
}
