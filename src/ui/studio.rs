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

use crate::core::answers::Answers;
use crate::core::catalogue::validate::{Finding, Severity};
use crate::core::catalogue::Catalogue;
use crate::core::facts::Theme;
use crate::core::i18n::{t, Lang, Msg};
use crate::core::interchange::{catalogue_json, export_csv, export_hsds_json};
use crate::core::studio::{group_findings, is_scenarios, open, run_scenarios, FileKind, Opened, ScenarioRun};
use crate::ui::components::fresh;
use crate::ui::config::Config;
use crate::ui::pages::results::ResultsPage;
use crate::ui::state::Ctx;

/// The studio's own page: no journey, no language switch (Dutch first; the
/// preview can still be read in another language later).
#[component]
pub fn StudioApp() -> impl IntoView {
    // The resident's components read the shared context; headings sit one
    // level below the studio's own h1, and, embedded like a widget, the
    // results page leaves the studio's title and scroll position alone.
    let ctx = Ctx::new(&Config {
        heading_level: 2,
        widget: true,
        ..Config::default()
    });
    provide_context(ctx);
    let opened = RwSignal::new(None::<Arc<Opened>>);
    let scenarios = RwSignal::new(None::<Arc<ScenarioRun>>);
    let reading = RwSignal::new(false);
    let notice = RwSignal::new(None::<&'static str>);
    // The national entries, as residents get them with every gemeente: the
    // preview and the scenarios need them (this build's own file).
    let national = RwSignal::new(None::<Arc<Catalogue>>);
    // The build serves its rules and its texts apart (`catalogus/teksten/`);
    // the preview shows whole cards, so both.
    spawn_local(async move {
        let (rules, texts) = futures::future::join(
            crate::ui::data::fetch_text("catalogus/landelijk.json"),
            crate::ui::data::fetch_text("catalogus/teksten/landelijk.json"),
        )
        .await;
        let read = rules.and_then(|rules| match texts {
            Ok(texts) => crate::core::catalogue::read_with_texts(&rules, &texts),
            // A build that serves whole catalogues.
            Err(_) => crate::core::catalogue::read_rules(&rules),
        });
        if let Ok(read) = read {
            let _ = national.try_set(Some(Arc::new(read.catalogue)));
        }
    });
    let take = move |file: web_sys::File| {
        reading.set(true);
        notice.set(None);
        spawn_local(async move {
            let name = file.name();
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => Vec::new(),
            };
            if is_scenarios(&name, &bytes) {
                // A gemeente's scenarios run on the catalogue that is open.
                match opened.get_untracked().and_then(|o| o.checked.catalogue.clone()) {
                    Some(own) => {
                        let nat = national.get_untracked();
                        let run = run_scenarios(&name, &bytes, &own, nat.as_deref());
                        let _ = scenarios.try_set(Some(Arc::new(run)));
                    }
                    None => {
                        let _ =
                            notice.try_set(Some("Open eerst de catalogus; open daarna het bestand met scenario's."));
                    }
                }
            } else {
                let today = Some(crate::ui::clock::now().date);
                let _ = scenarios.try_set(None);
                let _ = opened.try_set(Some(Arc::new(open(&name, &bytes, today))));
            }
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
                    <p class="rk-hint">"Of sleep het bestand naar dit vak. Open daarna eventueel het bestand met scenario's van de gemeente (…scenarios.json): dan ziet u of elke inwoner de verwachte hulp krijgt."</p>
                </div>
                <p role="status" class="rk-studio__status">
                    {move || if reading.get() { Some("Het bestand wordt gelezen…") } else { notice.get() }}
                </p>
                {move || opened.get().map(|o| view! { <Report opened=o national=national.get() scenarios=scenarios.get()/> })}
            </main>
        </div>
    }
}

/// Everything about one opened file.
#[component]
fn Report(opened: Arc<Opened>, national: Option<Arc<Catalogue>>, scenarios: Option<Arc<ScenarioRun>>) -> impl IntoView {
    let findings = &opened.checked.findings;
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    let kind = match opened.kind {
        FileKind::Routekaart => "catalogus van Routekaart",
        FileKind::Hsds => "bestand in HSDS 3.0",
        FileKind::Csv => "spreadsheet (CSV)",
    };
    let cat = opened.checked.catalogue.clone().map(Arc::new);
    // What residents get: the gemeente's help with the national entries.
    let resident_cat = cat.clone().map(|c| match &national {
        Some(n) => Arc::new((*c).clone().merged_with(n)),
        None => c,
    });
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
    // What the file holds, by name: an import can be checked at a glance.
    let services = cat.as_ref().map(|c| {
        let items = c
            .services
            .iter()
            .map(|svc| view! { <li>{format!("{} ({})", svc.name.get(Lang::Nl).0, svc.id)}</li> })
            .collect_view();
        view! {
            <details class="rk-details rk-studio__services">
                <summary class="rk-details__summary">{format!("De diensten ({})", c.services.len())}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    view! {
        <section class="rk-studio__report" aria-labelledby="rk-report-title">
            <h2 class="rk-heading-2" id="rk-report-title">"Controle"</h2>
            <p class="rk-studio__summary">{summary}</p>
            {services}
            {(!unmapped.is_empty()).then(|| view! {
                <h3 class="rk-heading-3">"Niet overgenomen"</h3>
                <ul>{unmapped.into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
            })}
            {groups}
            <SourceListing text=source/>
        </section>
        {scenarios.clone().map(|run| view! { <ScenarioReport run=run/> })}
        {cat.zip(resident_cat).map(|(cat, resident_cat)| view! {
            <Downloads cat=cat name=opened.name.clone()/>
            <Preview cat=resident_cat residents=scenarios.map(|s| s.residents.clone()).unwrap_or_default()/>
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

/// Downloads: the catalogue as Routekaart JSON, as HSDS 3.0 and as the
/// spreadsheet template (filled in, or empty to start from).
#[component]
fn Downloads(cat: Arc<Catalogue>, name: String) -> impl IntoView {
    let base = name.rsplit_once('.').map_or(name.as_str(), |(b, _)| b).to_string();
    let save = move |what: &'static str| {
        let (file, mime, text) = match what {
            "json" => (
                format!("{base}.routekaart.json"),
                "application/json",
                catalogue_json(&cat),
            ),
            "hsds" => (format!("{base}.hsds.json"), "application/json", export_hsds_json(&cat)),
            "csv" => (format!("{base}.csv"), "text/csv", export_csv(&cat)),
            _ => {
                let empty = Catalogue {
                    services: Vec::new(),
                    ..(*cat).clone()
                };
                ("sjabloon.csv".to_string(), "text/csv", export_csv(&empty))
            }
        };
        download(&file, mime, &text);
    };
    let button = move |what: &'static str, label: &'static str| {
        let save = save.clone();
        view! {
            <li><button type="button" class="rk-button rk-button--secondary" on:click=move |_| save(what)>{label}</button></li>
        }
    };
    view! {
        <section class="rk-studio__downloads" aria-labelledby="rk-downloads-title">
            <h2 class="rk-heading-2" id="rk-downloads-title">"Downloaden"</h2>
            <ul class="rk-studio__buttons">
                {button("json", "Als catalogus van Routekaart (JSON)")}
                {button("hsds", "Als Open Referral HSDS 3.0 (JSON)")}
                {button("csv", "Als spreadsheet (CSV)")}
                {button("template", "Leeg sjabloon voor een spreadsheet (CSV)")}
            </ul>
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
fn Preview(cat: Arc<Catalogue>, residents: Vec<(String, Answers)>) -> impl IntoView {
    let ctx = crate::ui::state::use_ctx();
    let themes = RwSignal::new(Vec::<Theme>::new());
    let area = RwSignal::new(None::<String>);
    // A resident from the scenarios: all their answers at once.
    let chosen = RwSignal::new(None::<usize>);
    let residents = Arc::new(residents);
    let options = residents
        .iter()
        .enumerate()
        .map(|(i, (name, _))| view! { <option value=i.to_string()>{name.clone()}</option> })
        .collect_view();
    let has_residents = !residents.is_empty();
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
    let from_scenarios = residents.clone();
    let answers = move || {
        if let Some(a) = chosen.get().and_then(|i| from_scenarios.get(i)) {
            return Some(a.1.clone());
        }
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
            {has_residents.then(|| view! {
                <label for="rk-preview-resident" class="rk-label">"Een inwoner uit de scenario's"</label>
                <select id="rk-preview-resident" class="rk-select" on:change=move |ev| {
                    chosen.set(event_target_value(&ev).parse().ok());
                }>
                    <option value="">"Zelf kiezen (hieronder)"</option>
                    {options}
                </select>
            })}
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

/// The outcome of a gemeente's scenarios on the open catalogue.
#[component]
fn ScenarioReport(run: Arc<ScenarioRun>) -> impl IntoView {
    let body = match &run.outcome {
        Err(mistakes) => leptos::either::Either::Left(view! {
            <p class="rk-studio__summary">{format!("{}: dit bestand met scenario's heeft fouten.", run.name)}</p>
            <ul class="rk-studio__findings">
                {mistakes.iter().map(|m| view! { <li class="rk-studio__finding rk-studio__finding--error">{m.clone()}</li> }).collect_view()}
            </ul>
        }),
        Ok(report) => {
            let failed = report.residents.iter().filter(|r| !r.passed()).count();
            let summary = format!(
                "{}: {} inwoners, {} met fouten.",
                run.name,
                report.residents.len(),
                failed
            );
            let rows = report
                .residents
                .iter()
                .map(|r| {
                    let verdict = if r.passed() { "in orde" } else { "niet in orde" };
                    let failures = r
                        .failures
                        .iter()
                        .map(|f| view! { <li>{f.to_string()}</li> })
                        .collect_view();
                    view! {
                        <li class="rk-studio__finding" class:rk-studio__finding--error=!r.passed()>
                            <strong>{format!("{}: {verdict}", r.name)}</strong>
                            {(!r.passed()).then(|| view! { <ul>{failures}</ul> })}
                        </li>
                    }
                })
                .collect_view();
            leptos::either::Either::Right(view! {
                <p class="rk-studio__summary">{summary}</p>
                <ul class="rk-studio__findings">{rows}</ul>
            })
        }
    };
    view! {
        <section class="rk-studio__scenarios" aria-labelledby="rk-scenarios-title">
            <h2 class="rk-heading-2" id="rk-scenarios-title">"Scenario's"</h2>
            {body}
        </section>
    }
}
