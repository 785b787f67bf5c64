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
// widget.js's own build (feature `widget`): the resident's page has none.
#[cfg(feature = "widget")]
pub mod widget;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Id of the element the standalone page mounts into (see `index.html`).
const ROOT_ID: &str = "rk-app";

/// Mounts the app into `#rk-app`, replacing the static loading message.
pub fn start() {
    console_error_panic_hook::set_once();
    // widget.js loads the widget build's wasm on a host page, and its start
    // runs this too: there only `mount_widget` may act (the host's own #rk-app, title
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
    // kiosk.html is always a kiosk, also without `modus=kiosk` in its
    // address: large type, "Stoppen en wissen" and the idle wipe.
    if cfg!(feature = "kiosk") {
        config.kiosk.get_or_insert_with(config::Kiosk::default);
    }
    read_pressed_early(&mut config);
    // The start page is static HTML in the built page (`catalogue
    // prerender`), so it paints before the wasm arrives; the app's own DOM
    // is the same, so replacing it in one task neither flashes nor shifts.
    // While a configured language's file comes (`#taal=ar`), `boot.js`
    // shows the loading message instead, so the page does not flash by in
    // Dutch first.
    let mount = move |config: config::Config| {
        // A page opened by an early press moves focus to its own heading.
        let focused = focused_control(&root).filter(|_| config.pressed_early.is_none());
        root.set_inner_html("");
        if let Some(html) = document().document_element() {
            let _ = html.remove_attribute("data-rk-wacht");
        }
        leptos::mount::mount_to(root.clone(), move || view! { <app::App config=config/> }).forget();
        if let Some(position) = focused {
            refocus_control(&root, position);
        }
    };
    with_language(config, mount);
}

/// The buttons and links that can hold focus, in document order.
const FOCUSABLE: &str = "a[href], button, [tabindex]";

/// Which control of the static page has focus (a keyboard user who tabbed
/// to Start before the wasm ran keeps their place).
fn focused_control(root: &web_sys::HtmlElement) -> Option<u32> {
    let active = document().active_element()?;
    let controls = root.query_selector_all(FOCUSABLE).ok()?;
    (0..controls.length()).find(|&i| controls.get(i).is_some_and(|n| n.is_same_node(Some(&active))))
}

fn refocus_control(root: &web_sys::HtmlElement, position: u32) {
    let control = root
        .query_selector_all(FOCUSABLE)
        .ok()
        .and_then(|list| list.get(position))
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(control) = control {
        let _ = control.focus();
    }
}

/// A Start, privacy or language button pressed on the static start page
/// before the app ran (`window.__routekaartVooraf`, set by `boot.js`).
fn read_pressed_early(config: &mut config::Config) {
    let Ok(early) = js_sys::Reflect::get(&window(), &"__routekaartVooraf".into()) else {
        return;
    };
    if !early.is_object() {
        return;
    }
    let field = |key: &str| {
        js_sys::Reflect::get(&early, &key.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    if let Some(lang) = field("taal").as_deref().and_then(crate::core::i18n::Lang::from_code) {
        config.lang = Some(lang);
    }
    config.pressed_early = match field("scherm").as_deref() {
        Some("start") => Some(config::PressedEarly::Start),
        Some("privacy") => Some(config::PressedEarly::Privacy),
        _ => None,
    };
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
