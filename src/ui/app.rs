//! The app shell: context, loading the catalogue, history, title and focus,
//! and which page is shown.

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::components::{fresh, Tr};
use leptos::either::EitherOf6;
use leptos::task::spawn_local;
use wasm_bindgen::{closure::Closure, JsCast};

use super::config::Config;
use super::pages::{
    catalogue_key, check::CheckPage, choose::ChooseGemeentePage, gated, question::QuestionPage, results::ResultsPage,
    start::StartPage,
};
use super::state::{use_ctx, CatalogueState, Ctx, Screen};
use crate::core::answers::{decode, DecodeError};
use crate::core::catalogue::validate::{check, CheckOptions};
use crate::core::catalogue::{CatalogueIndex, IndexEntry};
use crate::core::i18n::{t, Lang, Msg};

async fn fetch_text(url: &str) -> Option<String> {
    let resp = gloo_net::http::Request::get(url).send().await.ok()?;
    if !resp.ok() {
        return None;
    }
    resp.text().await.ok()
}

/// The standalone page owns its URL and history: Back/Forward, share links
/// in the fragment, and the document's language.
fn standalone_wiring(ctx: Ctx, shared_answers: Option<String>) {
    if let Some(encoded) = shared_answers {
        open_share_link(ctx, &encoded);
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state(&wasm_bindgen::JsValue::from_str(&ctx.screen.get_untracked().code()), "");
    }
    // Back and Forward: the history entry's state names the screen.
    let on_pop = Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |ev: web_sys::PopStateEvent| {
        let screen = ev
            .state()
            .as_string()
            .and_then(|s| Screen::from_code(&s))
            .unwrap_or(Screen::Start);
        let _ = ctx.screen.try_set(screen);
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();

    // A share link opened in the same tab only changes the fragment.
    let on_hash = Closure::<dyn Fn()>::new(move || {
        ctx.notice.set(None);
        let mut config = Config::default();
        config.apply_fragment(&window().location().hash().unwrap_or_default());
        if let Some(id) = config.gemeente {
            load_gemeente(ctx, id);
        }
        if let Some(encoded) = config.answers {
            open_share_link(ctx, &encoded);
        }
    });
    let _ = window().add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    on_hash.forget();

    // Keep the document's language in step with the interface (WCAG 3.1.1).
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", ctx.lang.get().code());
        }
    });
}

/// Loads the list of gemeenten (for the chooser and the name of a configured one).
pub async fn load_index(ctx: Ctx) -> Option<CatalogueIndex> {
    if let Some(i) = ctx.index.get_untracked() {
        return Some(i);
    }
    let url = format!("{}catalogus/index.json", ctx.base.get_value());
    let index: CatalogueIndex = serde_json::from_str(&fetch_text(&url).await?).ok()?;
    ctx.index.set(Some(index.clone()));
    Some(index)
}

/// The national file's conventional name (the index confirms it).
const NATIONAL: &str = "landelijk.json";

/// Loads and checks the gemeente's catalogue plus the national entries.
pub fn load_catalogue(ctx: Ctx, entry: IndexEntry) {
    ctx.gemeente.set(Some(entry.clone()));
    load_gemeente(ctx, entry.id);
}

/// Loads gemeente `id`: the index, its catalogue and the national one are
/// fetched at the same time (file names by convention, `<id>.json`), so the
/// catalogue costs one round trip instead of three. If the index names other
/// files, those are fetched after all.
pub fn load_gemeente(ctx: Ctx, id: String) {
    ctx.catalogue.set(CatalogueState::Loading);
    spawn_local(async move {
        let base = ctx.base.get_value();
        let guess = format!("{id}.json");
        let (index, own, national) = futures::future::join3(
            load_index(ctx),
            fetch_text(&format!("{base}catalogus/{guess}")),
            fetch_text(&format!("{base}catalogus/{NATIONAL}")),
        )
        .await;
        let Some(entry) = index
            .as_ref()
            .and_then(|i| i.gemeenten.iter().find(|g| g.id == id).cloned())
        else {
            let _ = ctx.catalogue.try_set(CatalogueState::Unreachable);
            return;
        };
        let national_file = index.map(|i| i.national).unwrap_or_else(|| NATIONAL.to_string());
        let _ = ctx.gemeente.try_set(Some(entry.clone()));
        let own = if entry.file == guess {
            own
        } else {
            fetch_text(&format!("{base}catalogus/{}", entry.file)).await
        };
        let national = if national_file == NATIONAL {
            national
        } else {
            fetch_text(&format!("{base}catalogus/{national_file}")).await
        };
        let (Some(own_text), Some(national_text)) = (own, national) else {
            let _ = ctx.catalogue.try_set(CatalogueState::Unreachable);
            return;
        };
        let options = CheckOptions { today: None };
        let (a, b) = (check(&own_text, options), check(&national_text, options));
        let mut findings: Vec<String> = a.errors().map(|f| format!("{}:{f}", entry.file)).collect();
        findings.extend(b.errors().map(|f| format!("{national_file}:{f}")));
        let state = match (a.catalogue, b.catalogue) {
            (Some(cat), Some(nat)) if findings.is_empty() => CatalogueState::Ready(Arc::new(cat.merged_with(&nat))),
            _ => CatalogueState::Broken(findings),
        };
        let _ = ctx.catalogue.try_set(state);
    });
}

/// Shows the results of a share link's answers (`#…&antwoorden=…`), or says
/// why the link cannot be read.
fn open_share_link(ctx: Ctx, encoded: &str) {
    match decode(encoded) {
        Ok(a) => {
            ctx.answers.set(a);
            ctx.screen.set(Screen::Results);
        }
        Err(DecodeError::Outdated { .. }) => ctx.notice.set(Some(Msg::SharedLinkOutdated)),
        Err(DecodeError::Damaged { .. }) => ctx.notice.set(Some(Msg::SharedLinkDamaged)),
    }
}

#[component]
pub fn App(config: Config) -> impl IntoView {
    let gemeente = config.gemeente.clone();
    let kiosk = config.kiosk;
    let ctx = Ctx::new(&config);
    provide_context(ctx);
    provide_context(ctx.lang);
    let main_ref = NodeRef::<leptos::html::Div>::new();

    // A configured gemeente loads at once; pages wait for it instead of
    // asking. A widget is configured by its attributes only.
    if let Some(id) = gemeente {
        load_gemeente(ctx, id);
    }
    if !ctx.widget {
        standalone_wiring(ctx, config.answers.clone());
    }

    // A screen that needs a catalogue while no gemeente is chosen (Back or
    // Forward into the journey after a wipe) goes to the chooser.
    Effect::new(move |_| {
        if ctx.screen.get().needs_catalogue() && matches!(ctx.catalogue.get(), CatalogueState::NotChosen) {
            ctx.screen.set(Screen::ChooseGemeente);
        }
    });

    // Focus the page's h1 after every screen change, so screen readers and
    // keyboard users start at the top of the new step.
    Effect::new(move |prev: Option<(Screen, bool)>| {
        // The loading message of a page counts as its own step: focus moves
        // again when the real page replaces it.
        let key = (
            ctx.screen.get(),
            matches!(ctx.catalogue.get(), CatalogueState::Ready(_)),
        );
        if prev.is_some() && prev != Some(key) {
            request_animation_frame(move || {
                let h1 = main_ref
                    .get_untracked()
                    .and_then(|m| m.query_selector("[data-rk-page-heading]").ok().flatten());
                if let Some(h1) = h1.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                    // A widget must not scroll the host page.
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(ctx.widget);
                    let _ = h1.focus_with_options(&options);
                }
                // A widget leaves the host page's scroll position alone.
                if !ctx.widget {
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
            });
        }
        key
    });

    let lang = ctx.lang;
    view! {
        <div class="rk-shell" class:rk-shell--kiosk=kiosk.is_some() lang=move || lang.get().code() dir=move || lang.get().dir()>
            {(!ctx.widget).then(|| view! { <a class="rk-skip-link" href="#rk-main"><Tr msg=Msg::SkipToContent/></a> })}
            <header class="rk-header">
                <span class="rk-header__name">
                    <Tr msg=Msg::AppName/>
                    {move || ctx.gemeente.get().map(|g| format!(" {}", g.name))}
                </span>
                <LanguageSwitch/>
                {kiosk.map(|_| view! { <crate::ui::kiosk::KioskStopButton/> })}
            </header>
            {kiosk.map(|k| view! { <crate::ui::kiosk::KioskGuard kiosk=k/> })}
            // In a widget the host page has its own main landmark and skip link.
            <div id="rk-main" class="rk-main" tabindex="-1" node_ref=main_ref role=(!ctx.widget).then_some("main")>
                <Notice/>
                // A screen is built afresh, never diffed, whenever its key
                // changes (see `screen_key` and `components::fresh`).
                {fresh(move || (ctx.screen.get(), ctx.catalogue.get(), lang.get()), screen_key, |(screen, state, _)| match screen {
                    Screen::Start => EitherOf6::A(view! { <StartPage/> }),
                    Screen::ChooseGemeente => EitherOf6::B(view! { <ChooseGemeentePage/> }),
                    Screen::Question(fact) => EitherOf6::C(gated(state, move |cat| view! { <QuestionPage fact=fact cat=cat/> })),
                    Screen::Check => EitherOf6::D(gated(state, |cat| view! { <CheckPage cat=cat/> })),
                    Screen::Results => EitherOf6::E(gated(state, |cat| view! { <ResultsPage cat=cat/> })),
                    Screen::Privacy => EitherOf6::F(view! { <crate::ui::pages::privacy::PrivacyPage/> }),
                })}
            </div>
            <footer class="rk-footer">
                <button type="button" class="rk-link-button" on:click=move |_| ctx.go(Screen::Privacy)>
                    <Tr msg=Msg::PrivacyLink/>
                </button>
            </footer>
        </div>
    }
}

/// What decides that the main area is rebuilt: the screen; for screens that
/// show the catalogue also its state; and the language, except on the two
/// forms (a question, the gemeente choice), which follow the language switch
/// reactively so that what was ticked stays ticked. The other pages render
/// plain text, cheaper in the wasm than reactive text.
fn screen_key((screen, state, lang): &(Screen, CatalogueState, Lang)) -> (Screen, (u8, usize), Option<Lang>) {
    let needs_catalogue = screen.needs_catalogue();
    let is_form = matches!(screen, Screen::Question(_) | Screen::ChooseGemeente);
    (
        *screen,
        if needs_catalogue { catalogue_key(state) } else { (0, 0) },
        (!is_form).then_some(*lang),
    )
}

/// A one-time message (answers wiped, share link damaged).
#[component]
fn Notice() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        ctx.notice.get().map(|msg| {
            view! {
                <div class="rk-notice" role="status">
                    <p>{t(ctx.lang.get(), msg)}</p>
                </div>
            }
        })
    }
}

/// Buttons for each language, named in that language (with its own `lang`).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    view! {
        <nav class="rk-lang" aria-label=move || {
            // Several widgets on one page need distinct landmark names.
            let label = t(lang.get(), Msg::LanguageSwitchLabel);
            match (ctx.widget, ctx.gemeente.get()) {
                (true, Some(g)) => format!("{label} – Routekaart {}", g.name),
                _ => label.to_string(),
            }
        }>
            <ul class="rk-lang__list">
                {Lang::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="rk-button rk-button--subtle"
                                    lang=option.code()
                                    aria-pressed=move || (lang.get() == option).to_string()
                                    on:click=move |_| lang.set(option)
                                >
                                    {option.endonym()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Sets `document.title`: "Vraag 2 van 6: Wonen – Routekaart Heusden".
pub fn set_title(ctx: Ctx, page: &str, error: bool) {
    if ctx.widget {
        return; // the host page's title is not ours
    }
    let lang = ctx.lang.get_untracked();
    let gemeente = ctx.gemeente.get_untracked().map(|g| g.name).unwrap_or_default();
    let suffix = crate::core::i18n::tf(lang, Msg::TitleSuffix, &[("gemeente", &gemeente)]);
    let prefix = if error { t(lang, Msg::ErrorPrefix) } else { "" };
    document().set_title(&format!("{prefix}{page} – {}", suffix.trim()));
}
