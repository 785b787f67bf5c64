//! The thin UI layer (wasm only): Leptos components that render the core's
//! state and forward events. No domain decisions are made here.

mod app;
mod components;
mod config;
mod data;
mod kiosk;
mod pages;
mod state;
mod title;
pub mod widget;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Id of the element the standalone page mounts into (see `index.html`).
const ROOT_ID: &str = "rk-app";

/// Mounts the app into `#rk-app`, replacing the static loading message.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(root) = document()
        .get_element_by_id(ROOT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        // Not the standalone page: a host page mounts widgets via widget.js.
        return;
    };
    // Set-up from the element's data- attributes, then the #fragment.
    let mut config = config::Config::from_element(&root);
    config.apply_fragment(&window().location().hash().unwrap_or_default());
    // The loading message is static HTML so it shows before the wasm arrives.
    root.set_inner_html("");
    leptos::mount::mount_to(root, move || view! { <app::App config=config/> }).forget();
}
