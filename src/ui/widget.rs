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

use crate::core::theme::{host_independent, map_theme};
use crate::ui::app::App;
use crate::ui::config::Config;

/// Events that carry what the resident types and cross a shadow boundary.
const TYPING_EVENTS: [&str; 8] = [
    "keydown",
    "keyup",
    "keypress",
    "beforeinput",
    "input",
    "compositionstart",
    "compositionupdate",
    "compositionend",
];

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
    // Closed: the host page's scripts get no `shadowRoot` to read answers
    // from. Typing does not bubble out either; a script that listens in the
    // capture phase, or replaced attachShadow before this ran, still could,
    // and the privacy page says so (widget mode).
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Closed))?;
    let stop = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| ev.stop_propagation());
    for name in TYPING_EVENTS {
        shadow.add_event_listener_with_callback(name, stop.as_ref().unchecked_ref())?;
    }
    stop.forget();
    let doc = document();
    // `all: initial` stops the host's inherited styles (colour, font) at the border.
    // Sizes follow the resident's default font size (`medium`), not the
    // host's: not its root (`host_independent`; widget.js registers
    // `--rk-rem` as a length) and not a host rule that hits the host element
    // itself (`* { font-size: 30px }` outweighs `:host`), so `--rk-rem` is set
    // on a wrapper inside the shadow root, which no host selector reaches.
    let app_css = format!(
        ":host {{ all: initial; display: block; }}\n.rk-size {{ font-size: medium; --rk-rem: 1em; }}\n{}",
        host_independent(&css)
    );
    // Only the theme's design tokens go in, never its rules: a rule could
    // report a ticked answer with a background image (core::theme).
    let theme_style = Sheets::attach(&shadow, &app_css)?;
    let root: web_sys::HtmlElement = doc.create_element("div")?.dyn_into()?;
    root.set_class_name("rk-root rk-root--widget");
    let size = doc.create_element("div")?;
    size.set_class_name("rk-size");
    size.append_child(&root)?;
    shadow.append_child(&size)?;
    let theme = config.theme.clone();
    // `data-taal="ar"`: mounted once that language's file is here.
    crate::ui::with_language(config, move |config| {
        leptos::mount::mount_to(root, move || view! { <App config=config/> }).forget();
    });
    // Relative theme URLs resolve against the host page, like any
    // stylesheet it names. (Not Leptos' executor: with `data-taal` the app
    // may not be mounted yet.)
    if let Some(theme) = theme {
        wasm_bindgen_futures::spawn_local(async move {
            match crate::ui::data::fetch_text(&theme).await {
                Ok(text) => {
                    // A `--rk-*` theme or a gemeente's NL Design System
                    // tokens (CSS or JSON): mapped, with every colour that
                    // fails WCAG AA left at Routekaart's own, said here.
                    let mapping = map_theme(&text);
                    for finding in &mapping.findings {
                        leptos::logging::warn!("Routekaart: thema {theme}: {}", finding.sentence());
                    }
                    theme_style.set(&host_independent(&mapping.rule(".rk-root.rk-root--widget")));
                }
                Err(_) => leptos::logging::warn!("Routekaart: het thema {theme} kan niet geladen worden."),
            }
        });
    }
    Ok(())
}

/// The widget's styles: constructed stylesheets where the browser has them,
/// because a host page's `style-src 'self'` blocks a `<style>` element but not
/// a stylesheet built in script; `<style>` elements in older browsers.
enum Sheets {
    Adopted(web_sys::CssStyleSheet),
    Element(web_sys::Element),
}

impl Sheets {
    /// Adds the app's stylesheet to `shadow` and returns the (empty) theme's.
    fn attach(shadow: &web_sys::ShadowRoot, app_css: &str) -> Result<Sheets, JsValue> {
        if let (Ok(app), Ok(theme)) = (web_sys::CssStyleSheet::new(), web_sys::CssStyleSheet::new()) {
            app.replace_sync(app_css)?;
            let list = js_sys::Array::of2(&app, &theme);
            js_sys::Reflect::set(shadow, &JsValue::from_str("adoptedStyleSheets"), &list)?;
            return Ok(Sheets::Adopted(theme));
        }
        let doc = document();
        let app = doc.create_element("style")?;
        app.set_text_content(Some(app_css));
        shadow.append_child(&app)?;
        let theme = doc.create_element("style")?;
        shadow.append_child(&theme)?;
        Ok(Sheets::Element(theme))
    }

    fn set(&self, css: &str) {
        match self {
            Sheets::Adopted(sheet) => {
                let _ = sheet.replace_sync(css);
            }
            Sheets::Element(el) => el.set_text_content(Some(css)),
        }
    }
}
