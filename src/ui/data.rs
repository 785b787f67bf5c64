//! Loading data: the list of gemeenten and a gemeente's catalogue with the
//! national entries, their rules first and their texts when wanted. Every
//! failure becomes a typed `LoadError`, so the page can say what went wrong
//! (offline, a server error, a mistyped gemeente, a broken file) instead of
//! one message for all.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::core::catalogue::{
    has_translations, read_rules, read_with_texts, remember_translations, Catalogue, CatalogueIndex, IndexEntry,
    LoadError,
};
use crate::core::i18n::{self, Lang};
use crate::ui::state::{CatalogueState, Ctx, Rules, Texts};

/// The national file's conventional name (the index confirms it).
const NATIONAL: &str = "landelijk.json";

/// A stalled server must not leave "wordt geladen" on screen for ever.
const FETCH_TIMEOUT_MS: i32 = 20_000;
/// Far above any real catalogue (ten thousand services are about 12 MB): a bigger answer is not ours.
const MAX_BYTES: usize = 16 * 1024 * 1024;

pub(crate) async fn fetch_text(url: &str) -> Result<String, LoadError> {
    // Aborted after the timeout by a plain timer (which tests can fake).
    let abort = web_sys::AbortController::new().ok();
    if let Some(a) = &abort {
        let a = a.clone();
        let stop = wasm_bindgen::closure::Closure::once_into_js(move || a.abort());
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(stop.unchecked_ref(), FETCH_TIMEOUT_MS);
    }
    let resp = gloo_net::http::Request::get(url)
        .abort_signal(abort.as_ref().map(|a| a.signal()).as_ref())
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !resp.ok() {
        return Err(LoadError::Status(resp.status()));
    }
    let header = |name: &str| resp.headers().get(name).unwrap_or_default();
    // A web page instead of the file (a host that answers every missing
    // path with its start page): the file is not reachable, it is not broken.
    if header("content-type").contains("text/html") {
        leptos::logging::warn!(
            "Routekaart: {url} gaf een webpagina in plaats van een catalogus. Staat het bestand op de server?"
        );
        return Err(LoadError::Network);
    }
    if header("content-length").parse::<usize>().is_ok_and(|n| n > MAX_BYTES) {
        return Err(LoadError::Network);
    }
    read_capped(resp.body()).await
}

/// Reads a body piece by piece and stops at [`MAX_BYTES`]: an answer
/// without an end (chunked, no length) must not be read in full first.
async fn read_capped(body: Option<web_sys::ReadableStream>) -> Result<String, LoadError> {
    let Some(body) = body else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let field = |chunk: &wasm_bindgen::JsValue, name: &str| js_sys::Reflect::get(chunk, &name.into());
    let mut bytes = Vec::new();
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(|_| LoadError::Network)?;
        if field(&chunk, "done").map_or(true, |d| d.is_truthy()) {
            break;
        }
        let part = js_sys::Uint8Array::new(&field(&chunk, "value").map_err(|_| LoadError::Network)?);
        let at = bytes.len();
        if at + part.length() as usize > MAX_BYTES {
            let _ = reader.cancel();
            return Err(LoadError::Network);
        }
        bytes.resize(at + part.length() as usize, 0);
        part.copy_to(&mut bytes[at..]);
    }
    // As Response.text() did: bytes that are not UTF-8 become U+FFFD, and the
    // reader then says what is wrong with the file.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Fetches and installs `lang`'s translator file (`taal/<code>.ftl`, next
/// to the catalogues); Dutch is built in, a language is fetched once.
pub async fn load_language(base: &str, lang: Lang) -> Result<(), LoadError> {
    if i18n::is_loaded(lang) {
        return Ok(());
    }
    let text = fetch_text(&format!("{base}taal/{}.ftl", lang.code())).await?;
    i18n::install(lang, &text).map_err(|e| LoadError::Broken(vec![format!("{}.ftl: {e}", lang.code())]))
}

/// Fetches the translations of catalogue `file`'s texts into `lang`
/// (`taal/<code>/<file>`, written by the build), once. Without them the
/// texts show in Dutch, marked as such, so a failure only warns.
async fn load_catalogue_translations(base: &str, lang: Lang, file: &str) {
    if lang == Lang::Nl || has_translations(lang, file) {
        return;
    }
    let url = format!("{base}taal/{}/{file}", lang.code());
    let read = fetch_text(&url)
        .await
        .map(|text| remember_translations(lang, file, &text));
    if !matches!(read, Ok(Ok(_))) {
        leptos::logging::warn!(
            "Routekaart: {url} kan niet gelezen worden; de teksten van de catalogus blijven Nederlands."
        );
    }
}

/// Switches the interface to `lang`: its texts and the translations of the
/// shown catalogue are fetched first; the page stays in its language until
/// they are here, and says so if the texts cannot come.
pub fn choose_language(ctx: Ctx, lang: Lang) {
    // The last choice wins: a slower file for an earlier one (ar, then uk,
    // then nl tapped quickly) must not switch the page when it arrives.
    ctx.chosen_lang.set_value(lang);
    let file = ctx.gemeente.get_untracked().map(|g| g.file);
    let ready = i18n::is_loaded(lang)
        && file
            .as_deref()
            .is_none_or(|f| has_translations(lang, f) || lang == Lang::Nl);
    if ready {
        ctx.lang.set(lang);
        return;
    }
    spawn_local(async move {
        let base = ctx.base.get_value();
        let catalogue = async {
            if let Some(file) = &file {
                futures::future::join(
                    load_catalogue_translations(&base, lang, file),
                    load_catalogue_translations(&base, lang, NATIONAL),
                )
                .await;
            }
        };
        let (texts, ()) = futures::future::join(load_language(&base, lang), catalogue).await;
        if ctx.chosen_lang.try_get_value() != Some(lang) {
            return;
        }
        match texts {
            Ok(()) => {
                let _ = ctx.notice.try_set(None);
                let _ = ctx.lang.try_set(lang);
            }
            Err(_) => {
                let _ = ctx.notice.try_set(Some(crate::core::i18n::Msg::LanguageLoadFailed));
            }
        }
    });
}

/// The list of gemeenten the built page carries (`<script type=
/// "application/json" id="rk-index">`, written by `catalogue prerender`),
/// kept as if fetched. A page without it (the kiosk, Alle hulp) fetches it.
pub fn inline_index(ctx: Ctx) {
    let text = document()
        .get_element_by_id("rk-index")
        .and_then(|el| el.text_content());
    if let Some(index) = text.and_then(|t| crate::core::catalogue::lean::read_index(&t).ok()) {
        ctx.index.set(Some(index));
    }
}

/// Loads the list of gemeenten (for the chooser and the name of a configured one).
pub async fn load_index(ctx: Ctx) -> Result<CatalogueIndex, LoadError> {
    if let Some(i) = ctx.index.get_untracked() {
        return Ok(i);
    }
    let url = format!("{}catalogus/index.json", ctx.base.get_value());
    let index = crate::core::catalogue::lean::read_index(&fetch_text(&url).await?)
        .map_err(|e| LoadError::Broken(vec![format!("index.json: {e}")]))?;
    let _ = ctx.index.try_set(Some(index.clone()));
    Ok(index)
}

/// Loads and checks the chosen gemeente's catalogue plus the national entries.
pub fn load_catalogue(ctx: Ctx, entry: IndexEntry) {
    ctx.gemeente.set(Some(entry.clone()));
    load_gemeente(ctx, entry.id);
}

/// Loads gemeente `id`: the index, its catalogue and the national one are
/// fetched at the same time (file names by convention, `<id>.json`), so the
/// catalogue costs one round trip instead of three. If the index names other
/// files, those are fetched after all. These are the catalogues' rules; their
/// texts come with them when the resident is past the start page already
/// (`journey::texts_wanted`), else when they leave it ([`load_texts`]).
pub fn load_gemeente(ctx: Ctx, id: String) {
    // With the list of gemeenten already here (the page carries it), the
    // name shows from the first frame, as on the static start page.
    if let Some(entry) = ctx
        .index
        .with_untracked(|i| i.as_ref().and_then(|i| i.entry(&id).cloned()))
    {
        ctx.gemeente.set(Some(entry));
    }
    ctx.catalogue.set(CatalogueState::Loading);
    spawn_local(async move {
        let state = fetch_gemeente(ctx, &id).await.unwrap_or_else(CatalogueState::Failed);
        let _ = ctx.catalogue.try_set(state);
    });
}

/// Where a catalogue's texts are (`scripts/trim-catalogues.mjs`).
fn texts_url(base: &str, file: &str) -> String {
    format!("{base}catalogus/teksten/{file}")
}

async fn fetch_gemeente(ctx: Ctx, id: &str) -> Result<CatalogueState, LoadError> {
    let base = ctx.base.get_value();
    let guess = format!("{id}.json");
    // In another language than Dutch, the catalogue's translations come in
    // the same round trip.
    let lang = ctx.lang.get_untracked();
    let (own_url, national_url) = (
        format!("{base}catalogus/{guess}"),
        format!("{base}catalogus/{NATIONAL}"),
    );
    let rules_and_translations = futures::future::join4(
        load_index(ctx),
        fetch_text(&own_url),
        fetch_text(&national_url),
        futures::future::join(
            load_catalogue_translations(&base, lang, &guess),
            load_catalogue_translations(&base, lang, NATIONAL),
        ),
    );
    // "Alle hulp" and the kiosk show the texts at once (a kiosk must keep
    // working when its network drops): they come in the same round trip
    // too. The resident's page asks for them when the resident leaves the
    // start page ([`load_texts`]): a share link waits one round trip more
    // for them, which keeps the page's wasm smaller.
    #[cfg(feature = "search")]
    let ((index, own, national, _), texts) = futures::future::join(
        rules_and_translations,
        futures::future::join(
            fetch_text(&texts_url(&base, &guess)),
            fetch_text(&texts_url(&base, NATIONAL)),
        ),
    )
    .await;
    #[cfg(not(feature = "search"))]
    let (index, own, national, _) = rules_and_translations.await;
    let index = index?;
    let entry = index
        .entry(id)
        .cloned()
        .ok_or_else(|| LoadError::NotInIndex(id.to_string()))?;
    let _ = ctx.gemeente.try_set(Some(entry.clone()));
    let own = if entry.file == guess {
        own?
    } else {
        fetch_text(&format!("{base}catalogus/{}", entry.file)).await?
    };
    let national = if index.national == NATIONAL {
        national?
    } else {
        fetch_text(&format!("{base}catalogus/{}", index.national)).await?
    };
    let rules: Rules = Arc::new([(entry.file, own), (index.national, national)]);
    let cat = Arc::new(read_gemeente(&rules, None)?);
    // A whole catalogue (a server that serves public/catalogus as it is).
    if cat.has_texts() {
        return Ok(CatalogueState::Ready(cat, Texts::Here));
    }
    // The texts fetched with the rules, unless the index named other files
    // (then `load_texts` fetches theirs).
    #[cfg(feature = "search")]
    if rules[0].0 == guess && rules[1].0 == NATIONAL {
        return Ok(with_texts(cat, &rules, [texts.0, texts.1]));
    }
    Ok(CatalogueState::Ready(cat, Texts::NotAsked(rules)))
}

/// The findings of a file that cannot be read name the file, for maintainers.
fn in_file(e: LoadError, file: &str) -> LoadError {
    match e {
        LoadError::Broken(findings) => LoadError::Broken(findings.iter().map(|f| format!("{file}:{f}")).collect()),
        other => other,
    }
}

/// The gemeente's catalogue with the national entries, from their rules
/// alone or with their texts (see `catalogue::read_with_texts`). A broken
/// entry is left out on its own, and the maintainers find which in the
/// browser console (residents see the rest of the catalogue); the findings
/// name the file they are in.
fn read_gemeente(rules: &Rules, texts: Option<&[String; 2]>) -> Result<Catalogue, LoadError> {
    let read = |i: usize| {
        let (file, text) = &rules[i];
        let found = match texts {
            Some(texts) => read_with_texts(text, &texts[i]),
            None => read_rules(text),
        }
        .map_err(|e| in_file(e, file))?;
        for f in &found.dropped {
            leptos::logging::warn!("Routekaart: {file}:{f} (dit onderdeel is weggelaten)");
        }
        Ok(found.catalogue)
    };
    Ok(read(0)?.merged_with(&read(1)?))
}

/// The catalogue read again from its rules with their texts (its own and
/// the national one), or, when they cannot be read, the catalogue from
/// the rules with why (its questions still work).
fn with_texts(cat: Arc<Catalogue>, rules: &Rules, texts: [Result<String, LoadError>; 2]) -> CatalogueState {
    let read = match texts {
        [Ok(own), Ok(national)] => read_gemeente(rules, Some(&[own, national])),
        [Err(e), _] | [_, Err(e)] => Err(e),
    };
    match read {
        Ok(whole) => CatalogueState::Ready(Arc::new(whole), Texts::Here),
        Err(e) => CatalogueState::Ready(cat, Texts::Failed(e)),
    }
}

/// Fetches the texts of the shown catalogue (`catalogus/teksten/`, its
/// own file and the national one, at the same time) and reads it again
/// with them: the resident has left the start page (`journey::
/// texts_wanted`). Pages that show only the rules stay as they are
/// meanwhile (`components::catalogue_key`).
pub fn load_texts(ctx: Ctx) {
    let Some((cat, rules)) = ctx.catalogue.with_untracked(|c| match c {
        CatalogueState::Ready(cat, Texts::NotAsked(rules)) => Some((cat.clone(), rules.clone())),
        _ => None,
    }) else {
        return;
    };
    ctx.catalogue.set(CatalogueState::Ready(cat.clone(), Texts::Loading));
    spawn_local(async move {
        let base = ctx.base.get_value();
        let (own, national) = futures::future::join(
            fetch_text(&texts_url(&base, &rules[0].0)),
            fetch_text(&texts_url(&base, &rules[1].0)),
        )
        .await;
        // Still the catalogue these texts are for (no other gemeente meanwhile)?
        let same = ctx
            .catalogue
            .try_with_untracked(|c| matches!(c, CatalogueState::Ready(now, Texts::Loading) if Arc::ptr_eq(now, &cat)))
            .unwrap_or(false);
        if same {
            let state = with_texts(cat, &rules, [own, national]);
            let _ = ctx.catalogue.try_set(state);
        }
    });
}
