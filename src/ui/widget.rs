//! The embeddable widget: one element on the municipal page, the app inside
//! a shadow root with its own styles, so no CSS leaks in or out.
//!
//! ```html
//! <div data-routekaart data-gemeente="heusden" data-taal="nl"
//!      data-thema="https://www.heusden.nl/routekaart-thema.css"></div>
//! <script type="module" src="https://…/widget.js"></script>
//! ```

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::ui::app::App;
use crate::ui::config::Config;

/// Mounts one widget into `host` (called by `widget.js` for every
/// `[data-routekaart]` element). `base` is the URL of the app's files and
/// `css` the app's stylesheet text.
#[wasm_bindgen]
pub fn mount_widget(host: web_sys::HtmlElement, base: String, css: String) -> Result<(), JsValue> {
    console_error_panic_hook::set_once();
    let mut config = Config::from_element(&host);
    config.widget = true;
    // Kiosk mode would wipe the host site's storage and reload its page: a
    // kiosk runs the standalone kiosk.html, never a widget.
    config.kiosk = None;
    config.base = base;
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?;
    let doc = document();
    // `all: initial` stops the host's inherited styles (colour, font) at the border.
    let style = doc.create_element("style")?;
    style.set_text_content(Some(&format!(":host {{ all: initial; display: block; }}\n{css}")));
    shadow.append_child(&style)?;
    if let Some(theme) = &config.theme {
        let link = doc.create_element("link")?;
        link.set_attribute("rel", "stylesheet")?;
        // Relative theme URLs resolve against the host page, like any stylesheet it names.
        link.set_attribute("href", theme)?;
        shadow.append_child(&link)?;
    }
    let root: web_sys::HtmlElement = doc.create_element("div")?.dyn_into()?;
    root.set_class_name("rk-root rk-root--widget");
    shadow.append_child(&root)?;
    leptos::mount::mount_to(root, move || view! { <App config=config/> }).forget();
    Ok(())
}
