//! The thin UI layer (wasm only): Leptos components that render the core's
//! state and forward events. No domain decisions are made here.

mod app;
mod clock;
mod components;
mod config;
mod data;
#[cfg(feature = "kiosk")]
mod kiosk;
// The resident's build: no kiosk code; a kiosk set-up is sent to kiosk.html.
#[cfg(not(feature = "kiosk"))]
#[path = "kiosk_off.rs"]
mod kiosk;
mod pages;
mod state;
#[cfg(feature = "studio")]
mod studio;
mod title;
pub mod widget;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Id of the element the standalone page mounts into (see `index.html`).
const ROOT_ID: &str = "rk-app";

/// Mounts the app into `#rk-app`, replacing the static loading message.
pub fn start() {
    console_error_panic_hook::set_once();
    // widget.js loads this same wasm on a host page, and its start runs this
    // too: there only `mount_widget` may act (the host's own #rk-app, title
    // and history are not ours).
    let widget_host = js_sys::Reflect::get(&window(), &"__routekaartWidget".into()).is_ok_and(|v| v.is_truthy());
    if widget_host {
        return;
    }
    let Some(root) = document()
        .get_element_by_id(ROOT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        // Not the standalone page: a host page mounts widgets via widget.js.
        return;
    };
    // beheer.html: the maintainer studio, not the resident's journey.
    if start_studio(&root) {
        return;
    }
    // Set-up from the element's data- attributes, then the #fragment.
    let mut config = config::Config::from_element(&root);
    let hash = window().location().hash().unwrap_or_default();
    config.apply_fragment(&hash);
    // The kiosk is its own page, so its code is not in every resident's
    // download; the documented kiosk address keeps working.
    if config.kiosk.is_some() && !cfg!(feature = "kiosk") {
        let _ = window().location().replace(&format!("kiosk.html{hash}"));
        return;
    }
    // The loading message is static HTML so it shows before the wasm
    // arrives; it stays while a configured language's file comes (`#taal=ar`),
    // so the page does not flash by in Dutch first.
    let mount = move |config: config::Config| {
        root.set_inner_html("");
        leptos::mount::mount_to(root, move || view! { <app::App config=config/> }).forget();
    };
    with_language(config, mount);
}

#[cfg(feature = "studio")]
fn start_studio(root: &web_sys::HtmlElement) -> bool {
    root.set_inner_html("");
    leptos::mount::mount_to(root.clone(), studio::StudioApp).forget();
    true
}

#[cfg(not(feature = "studio"))]
fn start_studio(_: &web_sys::HtmlElement) -> bool {
    false
}

/// Calls `mount` once the configured language is here (at once for Dutch,
/// or when its file cannot be fetched: the app then says so, in Dutch).
pub(crate) fn with_language(config: config::Config, mount: impl FnOnce(config::Config) + 'static) {
    match config.lang.filter(|&l| !crate::core::i18n::is_loaded(l)) {
        None => mount(config),
        Some(lang) => {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = data::load_language(&config.base, lang).await;
                mount(config);
            });
        }
    }
}
