//! A link to a place on the same page ("Begin hier", "Uw route", the skip
//! link) that moves focus there without touching the address: a fragment in
//! the URL would reach the host page of a widget, and on a kiosk it would
//! replace the set-up fragment (`modus=kiosk`) that the reset keeps.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn JumpLink(#[prop(into)] to: String, #[prop(into)] class: String, #[prop(into)] label: String) -> impl IntoView {
    let href = format!("#{to}");
    view! {
        <a href=href class=class on:click=move |ev| {
            ev.prevent_default();
            focus_in_own_root(&ev, &to);
        }>{label}</a>
    }
}

/// The app's own root for an event: a widget's shadow root, or `None` for
/// the document (the standalone page).
pub fn own_shadow_root(ev: &web_sys::MouseEvent) -> Option<web_sys::ShadowRoot> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .and_then(|n| n.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok())
}

/// Focuses the element `id` in the root the event came from: the document,
/// or a widget's shadow root, opening any `details` it is folded into.
/// The element needs `tabindex="-1"`.
pub fn focus_in_own_root(ev: &web_sys::MouseEvent, id: &str) {
    let target = match own_shadow_root(ev) {
        Some(sr) => sr.get_element_by_id(id),
        None => document().get_element_by_id(id),
    };
    if let Some(el) = target.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        // A target inside a closed route step or "Toon nog N" is shown first:
        // focus on a hidden element would go nowhere.
        let mut ancestor = el.parent_element();
        while let Some(a) = ancestor {
            if a.tag_name().eq_ignore_ascii_case("details") {
                let _ = a.set_attribute("open", "");
            }
            ancestor = a.parent_element();
        }
        let _ = el.focus();
    }
}
