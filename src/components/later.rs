use leptos::prelude::*;

use crate::browser::next_task;

/// Draws its children a task after the rest of the screen, so a long
/// screen is not drawn in one long task that keeps a tap waiting. Only for
/// what lies below the first screenful: it takes no room until drawn, a
/// moment later.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let due = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        next_task().await;
        // The screen may have been left meanwhile; then there is nothing to draw.
        let _ = due.try_set(true);
    });
    move || due.get().then(|| children())
}
