//! *feature `studio`*: `beheer.html`, the maintainer studio. A maintainer
//! opens a catalogue (Routekaart JSON, HSDS 3.0 JSON or a CSV spreadsheet)
//! from their computer; nothing is uploaded. They see every finding of the
//! full check per service with its line, the route a resident would see for
//! chosen answers (the resident's own results page), and can download the
//! catalogue. What to do with a file is `core::studio`; this only renders.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::core::catalogue::validate::{Finding, Severity};
use crate::core::catalogue::Catalogue;
use crate::core::facts::Theme;
use crate::core::i18n::{t, Lang, Msg};
use crate::core::studio::{group_findings, open, FileKind, Opened};
use crate::ui::components::fresh;
use crate::ui::config::Config;
use crate::ui::pages::results::ResultsPage;
use crate::ui::state::Ctx;

/// The studio's own page: no journey, no language switch (Dutch first; the
/// preview can still be read in another language later).
#[component]
pub fn StudioApp() -> impl IntoView {
    // The resident's components read the shared context; headings sit one
    // level below the studio's own h1.
    // Embedded like a widget: the results page leaves the studio's title,
    // address and scroll position alone.
    let ctx = Ctx::new(&Config {
        heading_level: 2,
        widget: true,
        ..Config::default()
    });
    provide_context(ctx);
    let opened = RwSignal::new(None::<Arc<Opened>>);
    let reading = RwSignal::new(false);
    let take = move |file: web_sys::File| {
        reading.set(true);
        spawn_local(async move {
            let name = file.name();
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => Vec::new(),
            };
            let today = Some(crate::ui::clock::now().date);
            let result = open(&name, &bytes, today);
            if let Some(cat) = &result.checked.catalogue {
                ctx.catalogue
                    .set(crate::ui::state::CatalogueState::Ready(Arc::new(cat.clone())));
            }
            let _ = opened.try_set(Some(Arc::new(result)));
            let _ = reading.try_set(false);
        });
    };
    let on_change = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take(file);
        }
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            take(file);
        }
    };
    view! {
        <div class="rk-shell rk-studio" lang="nl" dir="ltr">
            <header class="rk-header">
                <span class="rk-header__name">"Routekaart – beheer"</span>
            </header>
            <main id="rk-main" class="rk-main" tabindex="-1">
                <h1 class="rk-heading-1" tabindex="-1" data-rk-page-heading="">"Catalogus controleren en bekijken"</h1>
                <p class="rk-lead">
                    "Open een catalogus van Routekaart (JSON), een spreadsheet (CSV) of een bestand in Open Referral HSDS 3.0 (JSON). "
                    "U ziet alle fouten en waarschuwingen, en de hulp die een inwoner ziet."
                </p>
                <p class="rk-privacy">"Het bestand blijft op deze computer. Niets wordt verstuurd."</p>
                <div
                    class="rk-drop"
                    class:rk-drop--active=move || dragging.get()
                    on:dragover=move |ev: web_sys::DragEvent| {
                        ev.prevent_default();
                        dragging.set(true);
                    }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <label for="rk-file" class="rk-label">"Kies een bestand"</label>
                    <input id="rk-file" type="file" class="rk-file" accept=".json,.csv,application/json,text/csv" on:change=on_change/>
                    <p class="rk-hint">"Of sleep het bestand naar dit vak."</p>
                </div>
                <p role="status" class="rk-studio__status">
                    {move || reading.get().then_some("Het bestand wordt gelezen…")}
                </p>
                {move || opened.get().map(|o| view! { <Report opened=o/> })}
            </main>
        </div>
    }
}

/// Everything about one opened file.
#[component]
fn Report(opened: Arc<Opened>) -> impl IntoView {
    let findings = &opened.checked.findings;
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    let kind = match opened.kind {
        FileKind::Routekaart => "catalogus van Routekaart",
        FileKind::Hsds => "bestand in HSDS 3.0",
        FileKind::Csv => "spreadsheet (CSV)",
    };
    let cat = opened.checked.catalogue.clone().map(Arc::new);
    let summary = match &cat {
        Some(c) => format!(
            "{}: {kind} met {} diensten en {} locaties. {errors} fout(en), {warnings} waarschuwing(en).",
            opened.name,
            c.services.len(),
            c.locations.len()
        ),
        None => format!(
            "{}: dit bestand kan niet gelezen worden als catalogus. {errors} fout(en), {warnings} waarschuwing(en).",
            opened.name
        ),
    };
    let groups = group_findings(&opened.text, findings)
        .into_iter()
        .map(|g| {
            let title = match &g.service {
                Some((id, name)) if !id.is_empty() => format!("{name} ({id})"),
                Some((_, name)) => name.clone(),
                None => "Het hele bestand".to_string(),
            };
            let items = g.findings.into_iter().map(finding_item).collect_view();
            view! {
                <section class="rk-studio__group">
                    <h3 class="rk-heading-3">{title}</h3>
                    <ul class="rk-studio__findings">{items}</ul>
                </section>
            }
        })
        .collect_view();
    let unmapped = opened.unmapped.clone();
    let source = opened.text.clone();
    view! {
        <section class="rk-studio__report" aria-labelledby="rk-report-title">
            <h2 class="rk-heading-2" id="rk-report-title">"Controle"</h2>
            <p class="rk-studio__summary">{summary}</p>
            {(!unmapped.is_empty()).then(|| view! {
                <h3 class="rk-heading-3">"Niet overgenomen"</h3>
                <ul>{unmapped.into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
            })}
            {groups}
            <SourceListing text=source/>
        </section>
        {cat.map(|cat| view! {
            <Downloads cat=cat.clone() name=opened.name.clone()/>
            <Preview cat=cat/>
        })}
    }
}

/// One finding, with a button that shows its line in the file.
fn finding_item(f: &Finding) -> impl IntoView {
    let label = match f.severity {
        Severity::Error => "Fout",
        Severity::Warning => "Waarschuwing",
    };
    let line = f.line;
    let place = match (f.line, f.column) {
        (Some(l), Some(c)) => format!("regel {l}, kolom {c}: "),
        _ => String::new(),
    };
    let class = match f.severity {
        Severity::Error => "rk-studio__finding rk-studio__finding--error",
        Severity::Warning => "rk-studio__finding",
    };
    view! {
        <li class=class>
            <strong>{label} ": "</strong>{place}{f.message.clone()}
            {(!f.path.is_empty()).then(|| view! { <code class="rk-studio__path">{format!(" {}", f.path)}</code> })}
            {line.map(|l| view! {
                " "
                <button type="button" class="rk-link-button" on:click=move |_| show_line(l)>{format!("Toon regel {l}")}</button>
            })}
        </li>
    }
}

/// Opens the file listing and moves focus to line `l`.
fn show_line(l: u32) {
    let doc = document();
    if let Some(details) = doc.get_element_by_id("rk-source") {
        let _ = details.set_attribute("open", "");
    }
    if let Some(el) = doc
        .get_element_by_id(&format!("rk-line-{l}"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// The file itself, numbered, so a finding's line can be shown.
#[component]
fn SourceListing(text: String) -> impl IntoView {
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let count = lines.len();
    view! {
        <details class="rk-details rk-source" id="rk-source">
            <summary class="rk-details__summary">{format!("Het bestand ({count} regels)")}</summary>
            <ol class="rk-source__lines">
                {lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| view! { <li id=format!("rk-line-{}", i + 1) tabindex="-1"><code>{line}</code></li> })
                    .collect_view()}
            </ol>
        </details>
    }
}

/// Downloads: the catalogue as Routekaart JSON.
#[component]
fn Downloads(cat: Arc<Catalogue>, name: String) -> impl IntoView {
    let base = name.rsplit_once('.').map_or(name.as_str(), |(b, _)| b).to_string();
    let json = move |_| {
        if let Ok(text) = serde_json::to_string_pretty(&*cat) {
            download(&format!("{base}.routekaart.json"), "application/json", &text);
        }
    };
    view! {
        <section class="rk-studio__downloads" aria-labelledby="rk-downloads-title">
            <h2 class="rk-heading-2" id="rk-downloads-title">"Downloaden"</h2>
            <p>
                <button type="button" class="rk-button rk-button--secondary" on:click=json>"Als catalogus van Routekaart (JSON)"</button>
            </p>
        </section>
    }
}

/// Saves `text` as a file on the maintainer's computer (a local blob).
fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The route a resident would see: choose life areas (and a kern or wijk),
/// and the resident's own results page shows below.
#[component]
fn Preview(cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = crate::ui::state::use_ctx();
    let themes = RwSignal::new(Vec::<Theme>::new());
    let area = RwSignal::new(None::<String>);
    let boxes = Theme::ALL
        .iter()
        .copied()
        .filter(|th| cat.services.iter().any(|s| s.themes.contains(th)))
        .map(|th| {
            let id = format!("rk-preview-{}", th.code());
            view! {
                <div class="rk-choice">
                    <input type="checkbox" id=id.clone() class="rk-choice__input"
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            themes.update(|ts| {
                                ts.retain(|x| *x != th);
                                if on {
                                    ts.push(th);
                                }
                            });
                        }/>
                    <label for=id class="rk-choice__label">{t(Lang::Nl, Msg::ThemeLabel(th))}</label>
                </div>
            }
        })
        .collect_view();
    let areas = cat
        .areas
        .iter()
        .map(|a| view! { <option value=a.id.clone()>{a.name.clone()}</option> })
        .collect_view();
    // The answers a resident would give: the same reader as answers files.
    let answers = move || {
        let mut json = serde_json::json!({ "themes": themes.get().iter().map(|t| t.code()).collect::<Vec<_>>() });
        if let Some(a) = area.get() {
            json["area"] = serde_json::Value::String(a);
        }
        crate::core::scenario::answers_from_json(&json).ok()
    };
    let cat_for_page = cat.clone();
    view! {
        <section class="rk-studio__preview" aria-labelledby="rk-preview-title">
            <h2 class="rk-heading-2" id="rk-preview-title">"Voorbeeld: wat een inwoner ziet"</h2>
            <fieldset class="rk-fieldset">
                <legend class="rk-legend">"Waar zoekt de inwoner hulp bij?"</legend>
                {boxes}
            </fieldset>
            <label for="rk-preview-area" class="rk-label">"Kern of wijk"</label>
            <select id="rk-preview-area" class="rk-select" on:change=move |ev| {
                let v = event_target_value(&ev);
                area.set((!v.is_empty()).then_some(v));
            }>
                <option value="">"Weet ik niet"</option>
                {areas}
            </select>
            {fresh(answers, |a| a.as_ref().map(crate::core::answers::encode), move |a| {
                let cat = cat_for_page.clone();
                a.filter(|a| !a.themes.is_empty()).map(|a| {
                    ctx.answers.set(a);
                    view! { <div class="rk-studio__route"><ResultsPage cat=cat/></div> }
                })
            })}
        </section>
    }
}
