//! How a page sets Routekaart up: attributes on the mount element, or the
//! `#fragment` (never a query string, so nothing reaches a server).
//!
//!   <div id="rk-app" data-gemeente="heusden" data-modus="kiosk" data-wachttijd="120">
//!   https://…/#gemeente=heusden&modus=kiosk&wachttijd=120

/// Library kiosk mode: a public terminal shared by strangers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Kiosk {
    /// Seconds without input before the warning (default 2 minutes).
    pub idle_secs: u32,
    /// Seconds the warning counts down before everything is wiped.
    pub countdown_secs: u32,
}

impl Default for Kiosk {
    fn default() -> Kiosk {
        Kiosk {
            idle_secs: 120,
            countdown_secs: 30,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub gemeente: Option<String>,
    pub kiosk: Option<Kiosk>,
    /// Mounted inside a municipal page: never touch its URL, history,
    /// title, `lang` or scroll position.
    pub widget: bool,
    /// Where the app's files are (catalogues, the standalone page for share links).
    pub base: String,
    /// Interface language chosen by the embedding page.
    pub lang: Option<crate::core::i18n::Lang>,
    /// A gemeente's own theme stylesheet (design tokens).
    pub theme: Option<String>,
    /// Level of the page title (1–6; 0 = default 1), so the widget fits the
    /// host page's heading structure.
    pub heading_level: u8,
    /// Answers from a share link (`#…&antwoorden=…`), still encoded.
    pub answers: Option<String>,
    /// A button of the prerendered start page pressed before the wasm ran
    /// (`public/boot.js` keeps it): the app carries it out once mounted.
    pub pressed_early: Option<PressedEarly>,
}

/// What a resident pressed on the static start page before the app ran.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PressedEarly {
    Start,
    Privacy,
}

/// The fragment keys of the set-up itself (which gemeente, kiosk mode, its
/// idle time and language): a kiosk reset keeps these, so the kiosk returns
/// to its host's language, and drops everything a resident added (answers).
#[cfg_attr(not(feature = "kiosk"), allow(dead_code))]
pub const KIOSK_SETUP_KEYS: [&str; 4] = ["gemeente", "modus", "wachttijd", "taal"];

/// This page's address with only the fragment settings whose key `keep`
/// accepts (the answers of a share link leave it; a kiosk reset keeps its
/// set-up).
pub fn address_keeping(keep: impl Fn(&str) -> bool) -> String {
    let loc = leptos::prelude::window().location();
    let hash = loc.hash().unwrap_or_default();
    let kept: Vec<&str> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|p| p.split_once('=').is_some_and(|(k, _)| keep(k)))
        .collect();
    format!("{}#{}", loc.pathname().unwrap_or_else(|_| "/".into()), kept.join("&"))
}

impl Config {
    /// Reads `key=value` settings (from attributes or the fragment).
    pub fn apply(&mut self, key: &str, value: &str) {
        match key {
            "gemeente" if !value.is_empty() => self.gemeente = Some(value.to_string()),
            "modus" if value == "kiosk" => self.kiosk = Some(self.kiosk.unwrap_or_default()),
            "antwoorden" => self.answers = Some(value.to_string()),
            "taal" => self.lang = crate::core::i18n::Lang::from_code(value).or(self.lang),
            "kopniveau" => {
                if let Ok(n) = value.parse::<u8>() {
                    self.heading_level = n.clamp(1, 6);
                }
            }
            "thema" if !value.is_empty() => self.theme = Some(value.to_string()),
            "wachttijd" => {
                if let Ok(secs) = value.parse::<u32>() {
                    // At least 30 seconds, so nobody is wiped while reading.
                    let k = self.kiosk.get_or_insert_with(Kiosk::default);
                    k.idle_secs = secs.max(30);
                }
            }
            _ => {}
        }
    }

    pub fn from_element(el: &web_sys::Element) -> Config {
        let mut c = Config::default();
        for key in ["gemeente", "modus", "wachttijd", "taal", "thema", "kopniveau"] {
            if let Some(v) = el.get_attribute(&format!("data-{key}")) {
                c.apply(key, &v);
            }
        }
        c
    }

    pub fn apply_fragment(&mut self, hash: &str) {
        for part in hash.trim_start_matches('#').split('&') {
            if let Some((k, v)) = part.split_once('=') {
                self.apply(k, v);
            }
        }
    }
}
