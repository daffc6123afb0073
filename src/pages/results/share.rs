use leptos::prelude::*;

use super::{BackToOverview, WithResult};
use crate::checkup::advice::{share_caution, ShareCaution};
use crate::checkup::compare::Perspective;
use crate::components::{ReceivedViews, SharePanel};
use crate::copy::t;

/// Sharing the result by link, and the partners' views kept here.
#[component]
pub fn ResultShare() -> impl IntoView {
    view! {
        <section class="page results share-view">
            <WithResult view_of=|shown| {
                let result = &shown.result;
                view! {
                    <BackToOverview shown=shown.clone() />
                    <h1>{t().share.heading}</h1>
                    <SharePanel
                        perspective=Perspective::of(result)
                        control_came_up=share_caution(result) == ShareCaution::PartnerControl
                        own_caution=share_caution(result) == ShareCaution::OwnBehaviour
                        intro=t().share.intro
                    />
                    <ReceivedViews />
                }
            } />
        </section>
    }
}
