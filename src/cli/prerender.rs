//! `catalogue prerender PAGE.html`: writes the start page, in Dutch, into the
//! built resident's page as static HTML, so it paints on the first round trip
//! instead of after the wasm. The texts are the app's own
//! (`core::i18n`, the same `nl.ftl`); the markup is the DOM the Leptos
//! components (`ui::app::App`, `ui::pages::start`) build, without their
//! empty comment markers. `tests/e2e/prerender.spec.mjs` proves the two
//! identical in Chromium, so taking over causes no flash and no shift.
//!
//! Next to it go the list of gemeenten (`catalogus/index.json`, which the
//! app then reads without a request, and from which `public/boot.js` writes
//! a configured gemeente's name into the static header) and a template of
//! the link to "Alle hulp" that `boot.js` fills in for that gemeente.

use std::fmt::Write as _;

use crate::core::i18n::{t, tf, Lang, Msg};

/// The page with the prerendered start page and the inline index, or why not.
pub fn prerender_page(page: &str, index_json: &str) -> Result<String, String> {
    let index: crate::core::catalogue::CatalogueIndex = serde_json::from_str(index_json)
        .map_err(|e| format!("catalogus/index.json is geen lijst van gemeenten: {e}"))?;
    if page.contains("id=\"rk-index\"") {
        return Err("de pagina heeft al een voorgerenderde startpagina".into());
    }
    let (root_start, root) = app_root(page)?;
    let boot = root
        + page[root..]
            .find("<main")
            .ok_or("de pagina heeft geen opstartmelding (<main class=rk-boot>)")?;
    // The loading message stays, after the start page: `boot.js` shows it
    // instead (`data-rk-wacht`) while a language other than Dutch, a share
    // link or a kiosk address is on its way.
    let mut out = String::with_capacity(page.len() + 8_000);
    out.push_str(&page[..root_start]);
    // `<` escaped, so no text in the index can close the script element.
    let index_inline = serde_json::to_string(&index)
        .map_err(|e| e.to_string())?
        .replace('<', "\\u003c");
    let _ = write!(
        out,
        "<script type=\"application/json\" id=\"rk-index\">{index_inline}</script>\
         <template id=\"rk-alle-hulp\"><a class=\"rk-all-help-link\" href=\"alle-hulp.html#taal=nl\">{}</a></template>",
        escape(t(Lang::Nl, Msg::AllHelpLink))
    );
    out.push_str(&page[root_start..boot]);
    out.push_str(&start_page_html());
    out.push_str(&page[boot..]);
    // `boot.js` reads this before the body exists: the list of gemeenten
    // needs no preload here.
    let out = out.replacen("<html", "<html data-rk-index", 1);
    Ok(replace_title(&out, &start_title()))
}

/// `catalogue boot-texts PAGE.html`: `boot.js`'s loading and start-failure
/// messages in every language but Dutch (the page's own), with the
/// language's direction, in front of the app's element. They show before
/// the wasm runs, so a resident who opens a page in Arabic does not wait
/// (or fail) in Dutch.
pub fn with_boot_texts(page: &str) -> Result<String, String> {
    if page.contains("id=\"rk-boot-texts\"") {
        return Err("de pagina heeft de opstartteksten al".into());
    }
    let (root_start, _) = app_root(page)?;
    Ok(format!(
        "{}<script type=\"application/json\" id=\"rk-boot-texts\">{}</script>{}",
        &page[..root_start],
        boot_texts(),
        &page[root_start..]
    ))
}

/// Where the app's element starts (its `<div`) and where its id stands.
fn app_root(page: &str) -> Result<(usize, usize), String> {
    let root = page
        .find("id=rk-app")
        .or_else(|| page.find("id=\"rk-app\""))
        .ok_or("de pagina heeft geen element met id rk-app")?;
    let root_start = page[..root].rfind("<div").ok_or("rk-app is geen <div>")?;
    Ok((root_start, root))
}

/// The texts as JSON, `<` escaped as in the index.
fn boot_texts() -> String {
    // Dutch is the page's own text (index.html, boot.js).
    let texts: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .filter(|&lang| lang != Lang::Nl)
        .map(|lang| {
            let entry = serde_json::json!({
                "dir": lang.dir(),
                "starting": t(lang, Msg::BootStarting),
                "failed": t(lang, Msg::BootFailed),
            });
            (lang.code().to_string(), entry)
        })
        .collect();
    serde_json::Value::Object(texts).to_string().replace('<', "\\u003c")
}

/// The document title the app sets on the start page (`ui::title::set_title`).
pub fn start_title() -> String {
    let suffix = tf(Lang::Nl, Msg::TitleSuffix, &[("gemeente", "")]);
    format!("{} – {}", t(Lang::Nl, Msg::StartTitle), suffix.trim())
}

fn replace_title(page: &str, title: &str) -> String {
    match (page.find("<title>"), page.find("</title>")) {
        (Some(a), Some(b)) if a < b => format!("{}<title>{}{}", &page[..a], escape(title), &page[b..]),
        _ => page.to_string(),
    }
}

/// The shell and the start page in Dutch, as the app renders them for a
/// resident's page (no widget, no kiosk, no gemeente yet).
pub fn start_page_html() -> String {
    let nl = |msg| escape(t(Lang::Nl, msg));
    let mut languages = String::new();
    for lang in Lang::ALL {
        let _ = write!(
            languages,
            "<li><button class=\"rk-button rk-button--subtle\" type=\"button\" lang=\"{}\" dir=\"{}\" aria-pressed=\"{}\">{}</button></li>",
            lang.code(),
            lang.dir(),
            lang == Lang::Nl,
            escape(lang.endonym())
        );
    }
    format!(
        "<div class=\"rk-shell\" lang=\"nl\" dir=\"ltr\">\
         <a class=\"rk-skip-link\" href=\"#rk-main\">{skip}</a>\
         <header class=\"rk-header\"><span class=\"rk-header__name\">{app}</span>\
         <nav class=\"rk-lang\" aria-label=\"{switch}\">\
         <details class=\"rk-lang__menu\"><summary class=\"rk-button rk-button--subtle rk-lang__toggle\">\
         <span class=\"rk-lang__globe\" aria-hidden=\"true\"></span>{switch}<span class=\"rk-lang__en\" lang=\"en\" dir=\"ltr\"> · Language</span></summary>\
         <ul class=\"rk-lang__list\">{languages}</ul></details></nav></header>\
         <div class=\"rk-main\" id=\"rk-main\" tabindex=\"-1\" role=\"main\"><div class=\"rk-page rk-start\">\
         <h1 class=\"rk-heading-1\" tabindex=\"-1\" data-rk-page-heading=\"\">{title}</h1>\
         <p class=\"rk-lead\">{intro}</p><p>{how_long}</p>\
         <p class=\"rk-emergency\">{emergency}</p>\
         <button class=\"rk-button rk-button--primary rk-start__button\" type=\"button\">{start}</button>\
         <p class=\"rk-start__more\"></p>\
         <h2 class=\"rk-heading-2\">{route}</h2>\
         <ol class=\"rk-route-list\"><li>{free}</li><li>{walk_in}</li><li>{schemes}</li><li>{talk}</li></ol>\
         <div class=\"rk-privacy\"><h2 class=\"rk-heading-2\" id=\"rk-privacy-title\">{privacy_title}</h2><p>{privacy}</p></div>\
         </div></div>\
         <footer class=\"rk-footer\"><button class=\"rk-link-button\" type=\"button\">{privacy_link}</button></footer></div>",
        skip = nl(Msg::SkipToContent),
        app = nl(Msg::AppName),
        switch = nl(Msg::LanguageSwitchLabel),
        title = nl(Msg::StartTitle),
        intro = nl(Msg::StartIntro),
        how_long = nl(Msg::StartHowLong),
        route = nl(Msg::StartRouteTitle),
        free = nl(Msg::StartRouteFree),
        walk_in = nl(Msg::StartRouteWalkIn),
        schemes = nl(Msg::StartRouteSchemes),
        talk = nl(Msg::StartRouteTalk),
        privacy_title = nl(Msg::PrivacyPromiseTitle),
        privacy = nl(Msg::PrivacyPromise),
        emergency = nl(Msg::EmergencyNote),
        start = nl(Msg::StartButton),
        privacy_link = nl(Msg::PrivacyLink),
    )
}

/// Text and attribute values as the browser serialises them back.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html lang=nl><title>Routekaart</title><body class=rk-body><div class=rk-root id=rk-app><main class=rk-boot><p>Even geduld</p></main><noscript>x</noscript></div></body></html>";
    const INDEX: &str = r#"{"schema_version":1,"gemeenten":[{"id":"heusden","name":"Heusden","file":"heusden.json"}],"national":"landelijk.json"}"#;

    #[test]
    fn the_start_page_goes_in_front_of_the_loading_message() {
        let page = prerender_page(PAGE, INDEX).unwrap();
        let shell = page.find("<div class=\"rk-shell\"").unwrap();
        let boot = page.find("<main class=rk-boot>").unwrap();
        let root = page.find("id=rk-app").unwrap();
        assert!(root < shell && shell < boot, "{page}");
        assert!(page.contains(t(Lang::Nl, Msg::StartTitle)));
        assert!(page.contains(">Start</button>"));
        assert!(
            page.contains("<title>Vind hulp die bij u past – Routekaart</title>"),
            "{page}"
        );
        // Every language is offered, named in itself.
        for lang in Lang::ALL {
            assert!(
                page.contains(&format!(">{}</button>", lang.endonym())),
                "{}",
                lang.code()
            );
        }
    }

    #[test]
    fn the_index_and_the_link_template_come_before_the_app() {
        let page = prerender_page(PAGE, INDEX).unwrap();
        let index = page.find("<script type=\"application/json\" id=\"rk-index\">").unwrap();
        let template = page.find("<template id=\"rk-alle-hulp\">").unwrap();
        let root = page.find("<div class=rk-root id=rk-app>").unwrap();
        assert!(index < template && template < root);
        assert!(page.contains("\"id\":\"heusden\""));
        assert!(
            page.starts_with("<!doctype html><html data-rk-index lang=nl>"),
            "{page}"
        );
    }

    #[test]
    fn a_name_cannot_close_the_inline_index() {
        let index = INDEX.replace("\"Heusden\"", "\"</script><script>alert(1)\"");
        let page = prerender_page(PAGE, &index).unwrap();
        assert_eq!(page.matches("</script>").count(), 1, "{page}");
        assert!(page.contains("\\u003c/script>"));
    }

    #[test]
    fn the_boot_messages_are_there_in_every_language() {
        let page = with_boot_texts(&prerender_page(PAGE, INDEX).unwrap()).unwrap();
        assert!(page.find("rk-boot-texts").unwrap() < page.find("<div class=rk-root id=rk-app>").unwrap());
        assert!(with_boot_texts(&page).unwrap_err().contains("al"));
        assert!(with_boot_texts("<html></html>").unwrap_err().contains("rk-app"));
        let start = page.find("id=\"rk-boot-texts\">").unwrap() + "id=\"rk-boot-texts\">".len();
        let json = &page[start..start + page[start..].find("</script>").unwrap()];
        let texts: serde_json::Value = serde_json::from_str(json).unwrap();
        assert!(texts.get("nl").is_none(), "Dutch is the page's own");
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::Nl) {
            let entry = &texts[lang.code()];
            assert_eq!(entry["starting"], t(lang, Msg::BootStarting), "{}", lang.code());
            assert_eq!(entry["failed"], t(lang, Msg::BootFailed), "{}", lang.code());
            assert_eq!(entry["dir"], lang.dir());
        }
        assert_eq!(texts["ar"]["dir"], "rtl");
    }

    /// The page's own Dutch messages (shown where no boot texts are: the
    /// kiosk, Alle hulp, a page without `catalogue prerender`) are nl.ftl's.
    #[test]
    fn the_static_dutch_messages_are_the_translator_files() {
        let index = include_str!("../../index.html");
        assert!(index.contains(&format!(">{}</p>", t(Lang::Nl, Msg::BootStarting))));
        assert!(include_str!("../../public/boot.js").contains(t(Lang::Nl, Msg::BootFailed)));
    }

    #[test]
    fn bad_input_says_why() {
        assert!(prerender_page(PAGE, "{").unwrap_err().contains("index.json"));
        assert!(prerender_page("<html></html>", INDEX).unwrap_err().contains("rk-app"));
        let once = prerender_page(PAGE, INDEX).unwrap();
        assert!(prerender_page(&once, INDEX).unwrap_err().contains("al een"));
    }

    #[test]
    fn text_is_escaped_as_the_browser_writes_it() {
        assert_eq!(escape("a & b <c> \"d\""), "a &amp; b &lt;c&gt; &quot;d&quot;");
    }
}
