//! The app's place and the one way to move: the address bar followed as a
//! signal. Moving inside the app replaces the current history entry instead
//! of adding one, so after a quick exit the Back button never shows a
//! question, a result or a partner's view; Fulcrum's own Back buttons do the
//! in-app going back.

use leptos::prelude::*;

use crate::browser;
use crate::routes::{link_tap, Address, LinkTap};

/// The app's place, read by every screen, and the one way to change it.
#[derive(Clone, Copy)]
pub struct Location {
    address: RwSignal<Address>,
    base: StoredValue<String>,
}

impl Location {
    /// Reads the address bar and follows it: taps on the app's own links
    /// and the browser's Back and Forward move the app without a reload.
    pub fn provide() -> Self {
        let base = browser::base_path();
        let start = browser::address_parts()
            .and_then(|(path, search, hash)| Address::in_app(&path, &search, &hash, &base))
            .unwrap_or_default();
        let location = Self {
            address: RwSignal::new(start),
            base: StoredValue::new(base),
        };
        provide_context(location);
        browser::on_link_tap(move |written, same_origin, parts| {
            match location
                .base
                .with_value(|base| link_tap(written, same_origin, parts, base))
            {
                LinkTap::Browser => false,
                LinkTap::Within(id) => {
                    browser::focus_element(&id);
                    true
                }
                LinkTap::Go(address) => {
                    location.go_to(address);
                    true
                }
            }
        });
        browser::on_history_move(move |(path, search, hash)| {
            let moved = location
                .base
                .with_value(|base| Address::in_app(&path, &search, &hash, base));
            if let Some(moved) = moved {
                location.address.maybe_update(|address| {
                    let changed = *address != moved;
                    *address = moved;
                    changed
                });
            }
        });
        location
    }

    pub fn get() -> Self {
        expect_context()
    }

    /// Reads the address, tracked: the caller runs again when it changes.
    pub fn with<T>(&self, read: impl FnOnce(&Address) -> T) -> T {
        self.address.with(read)
    }

    /// `to` (built by `routes`) as a link's `href`, under the base.
    pub fn href(&self, to: &str) -> String {
        self.base.with_value(|base| format!("{base}{to}"))
    }

    /// Moves to `to`, replacing the current history entry, at the top of
    /// the new screen.
    pub fn go(&self, to: &str) {
        self.go_to(Address::parse(to));
    }

    fn go_to(&self, address: Address) {
        // The address bar first: a quick exit right after still leaves no
        // earlier screen behind.
        let _ = browser::replace_address(&self.href(&address.to_text()));
        self.address.set(address);
        browser::scroll_to_top();
    }
}

/// A link inside the app: a plain anchor, which [`Location`] follows
/// without a reload, replacing the current history entry. (Leptos's router
/// `A` kept about 50 bytes of WebAssembly memory for every link ever drawn,
/// measured; a check-up draws thousands.)
#[component]
pub fn Link(
    /// Where it goes; build it with `routes`' functions.
    href: String,
    /// Classes for the link, e.g. "button primary".
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <a href=Location::get().href(&href) class=class>
            {children()}
        </a>
    }
}

/// Moves to another address, replacing the current history entry.
pub fn use_go() -> impl Fn(&str) + Clone {
    let location = Location::get();
    move |to: &str| location.go(to)
}
