//! The app shell: context, history (Back and Forward, share links), focus,
//! the language switch, and which page is shown. Loading data lives in
//! `data`, the document title in `title`, where to go next in `core::journey`.

use leptos::either::EitherOf7;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::config::{Config, PressedEarly};
use super::pages::{
    check::CheckPage, choose::ChooseGemeentePage, privacy::PrivacyPage, question::QuestionPage, results::ResultsPage,
    start::StartPage,
};
use super::state::{use_ctx, CatalogueState, Ctx, Texts};
use crate::core::answers::DecodeError;
use crate::core::i18n::{review, t, Lang, Msg, Review};
use crate::core::journey::{after_start, history_depth, open_share_link, redirect, texts_wanted, Screen};
use crate::ui::components::{catalogue_key, focus_in_own_root, fresh, gated, Tr};
use crate::ui::data::{choose_language, inline_index, load_gemeente, load_texts};

/// The standalone page owns its URL and history: Back/Forward, share links
/// in the fragment, and the document's language.
fn standalone_wiring(ctx: Ctx, shared_answers: Option<String>) {
    if let Some(encoded) = shared_answers {
        show_share_link(ctx, &encoded);
    }
    if let Ok(history) = window().history() {
        // A reload keeps its entry's place among the app's entries.
        let kept = history.state().ok().and_then(|s| s.as_string());
        ctx.depth.set_value(history_depth(kept.as_deref()).unwrap_or(0));
        let _ = history.replace_state(&ctx.entry_state(ctx.screen.get_untracked()), "");
    }
    // Back and Forward: the history entry's state names the screen. The
    // listeners live as long as the page (the standalone app is never unmounted).
    let _ = window_event_listener_untyped("popstate", move |ev| {
        let state = ev.unchecked_into::<web_sys::PopStateEvent>().state().as_string();
        // An entry without a place is a new one the browser made (a share
        // link opened in this tab): one further than the last.
        let depth = history_depth(state.as_deref()).unwrap_or_else(|| ctx.depth.get_value() + 1);
        ctx.depth.set_value(depth);
        if crate::ui::components::leaving(ctx, depth) {
            return;
        }
        let visit = ctx.visit.try_get_value().unwrap_or_default();
        let _ = ctx.screen.try_set(Screen::from_history(state.as_deref(), visit));
    });
    // A share link opened in the same tab only changes the fragment.
    let _ = window_event_listener_untyped("hashchange", move |_| {
        let _ = ctx.notice.try_set(None);
        let mut config = Config::default();
        config.apply_fragment(&window().location().hash().unwrap_or_default());
        if let Some(id) = config.gemeente {
            load_gemeente(ctx, id);
        }
        if let Some(encoded) = config.answers {
            show_share_link(ctx, &encoded);
        }
    });

    // Keep the document's language and direction in step with the
    // interface (WCAG 3.1.1; Arabic reads right to left, scroll bar included).
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let lang = ctx.lang.get();
            let _ = html.set_attribute("lang", lang.code());
            let _ = html.set_attribute("dir", lang.dir());
        }
    });
}

/// Shows the results of a share link's answers (`#…&antwoorden=…`), or says
/// why the link cannot be read. The answers then leave the address: from
/// here on they live in memory only, so no later history entry carries them
/// and "Wis mijn antwoorden" (or Back and Forward after it) cannot be undone
/// by the address bar.
fn show_share_link(ctx: Ctx, encoded: &str) {
    match open_share_link(encoded) {
        Ok((answers, screen)) => {
            ctx.answers.set(answers);
            ctx.screen.set(screen);
        }
        Err(DecodeError::Outdated { .. }) => ctx.notice.set(Some(Msg::SharedLinkOutdated)),
        Err(DecodeError::Damaged { .. }) => ctx.notice.set(Some(Msg::SharedLinkDamaged)),
    }
    let url = crate::ui::config::address_keeping(|key| key != "antwoorden");
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&ctx.entry_state(ctx.screen.get_untracked()), "", Some(&url));
    }
}

#[component]
pub fn App(config: Config) -> impl IntoView {
    let gemeente = config.gemeente.clone();
    let kiosk = config.kiosk.filter(|_| cfg!(feature = "kiosk"));
    let ctx = Ctx::new(&config);
    provide_context(ctx);
    let main_ref = NodeRef::<leptos::html::Div>::new();

    // The resident's page carries the list of gemeenten (`catalogue
    // prerender`): a configured gemeente's name shows from the first frame,
    // as on the static start page, and the list costs no request.
    if !ctx.widget {
        inline_index(ctx);
    }
    // A configured gemeente loads at once; pages wait for it instead of
    // asking. A widget is configured by its attributes only.
    if let Some(id) = gemeente {
        load_gemeente(ctx, id);
    }
    if !ctx.widget {
        standalone_wiring(ctx, config.answers.clone());
    }
    // Start or privacy pressed on the static start page before the app ran:
    // the app opens on that page at once (the resident saw the loading
    // message, not a start page to render and leave), with the start page
    // as the history entry before it, so Back returns there.
    let pressed_early = config.pressed_early.map(|pressed| match pressed {
        PressedEarly::Start => ctx
            .catalogue
            .with_untracked(|state| ctx.answers.with_untracked(|a| after_start(state.status(), a))),
        PressedEarly::Privacy => Screen::Privacy,
    });
    if let Some(screen) = pressed_early {
        ctx.notice.set(None);
        ctx.go(screen);
    }

    // A screen that needs a catalogue while no gemeente is chosen (Back or
    // Forward into the journey after a wipe) goes to the chooser.
    // And the catalogue's texts (its cards' words, `catalogus/teksten/`)
    // are fetched as soon as the resident leaves the start page, whichever
    // way (Start, a share link, Back or Forward, the privacy page): the
    // start page needs only the rules. A share link, "Alle hulp", a kiosk
    // and a Start pressed before the app ran have them fetched with the
    // rules (`data::fetch_gemeente`); this catches the rest. (One effect
    // for both: each costs wasm.)
    Effect::new(move |_| {
        let screen = ctx.screen.get();
        let (other, ask) = ctx.catalogue.with(|c| {
            let ask = matches!(c, CatalogueState::Ready(_, Texts::NotAsked(_)));
            (
                redirect(screen, c.status()),
                ask && texts_wanted(screen, ctx.is_kiosk()),
            )
        });
        if let Some(other) = other {
            ctx.screen.set(other);
        }
        if ask {
            load_texts(ctx);
        }
    });

    // Focus the page's h1 after every screen change, so screen readers and
    // keyboard users start at the top of the new step.
    let opened_on = pressed_early.map(|_| (Screen::Start, false));
    Effect::new(move |prev: Option<(Screen, bool)>| {
        let prev = prev.or(opened_on);
        // The loading message of a page counts as its own step: focus moves
        // again when the real page replaces it. A page that does not show
        // the catalogue (the start page) keeps the resident's focus when it
        // arrives.
        let screen = ctx.screen.get();
        let key = (
            screen,
            screen.needs_catalogue() && ctx.catalogue.with(|c| c.shows(screen)),
        );
        if prev.is_some() && prev != Some(key) {
            request_animation_frame(move || {
                let h1 = main_ref
                    .get_untracked()
                    .and_then(|m| m.query_selector("[data-rk-page-heading]").ok().flatten());
                if let Some(h1) = h1.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(ctx.widget);
                    let _ = h1.focus_with_options(&options);
                    // A widget brings the new step's heading into view when
                    // it is out of sight (the host page scrolls, its address
                    // stays), and otherwise leaves the host's scroll alone.
                    if cfg!(feature = "widget") && ctx.widget {
                        let top = h1.get_bounding_client_rect().top();
                        let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
                        if top < 0.0 || top > height * 0.75 {
                            h1.scroll_into_view();
                        }
                    }
                }
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
            // Moves focus without a fragment in the address (a kiosk's set-up lives there).
            {(!ctx.widget).then(|| view! { <a class="rk-skip-link" href="#rk-main" on:click=|ev| { ev.prevent_default(); focus_in_own_root(&ev, "rk-main"); }><Tr msg=Msg::SkipToContent/></a> })}
            <header class="rk-header">
                <span class="rk-header__name">
                    <Tr msg=Msg::AppName/>
                    {move || ctx.gemeente.get().map(|g| format!(" {}", g.name))}
                </span>
                // A kiosk's start page offers the languages itself, larger.
                {move || (kiosk.is_none() || ctx.screen.get() != Screen::Start).then(|| view! { <LanguageSwitch/> })}
                {kiosk.map(|_| view! { <crate::ui::kiosk::KioskStopButton/> })}
            </header>
            {kiosk.map(|k| view! { <crate::ui::kiosk::KioskGuard kiosk=k/> })}
            // In a widget the host page has its own main landmark and skip link.
            <div id="rk-main" class="rk-main" tabindex="-1" node_ref=main_ref role=(!ctx.widget).then_some("main")>
                <Notice/>
                // A screen is built afresh, never diffed, whenever its key
                // changes (see `screen_key` and `components::fresh`).
                {fresh(move || (ctx.screen.get(), ctx.catalogue.get(), lang.get()), screen_key, |(screen, state, _)| match screen {
                    Screen::Start => EitherOf7::A(view! { <StartPage/> }),
                    Screen::ChooseGemeente => EitherOf7::B(view! { <ChooseGemeentePage/> }),
                    Screen::Question(fact) => EitherOf7::C(gated(state, false, move |cat| view! { <QuestionPage fact=fact cat=cat/> })),
                    Screen::Check => EitherOf7::D(gated(state, false, |cat| view! { <CheckPage cat=cat/> })),
                    Screen::Results => EitherOf7::E(gated(state, true, |cat| view! { <ResultsPage cat=cat/> })),
                    Screen::Privacy => EitherOf7::F(view! { <PrivacyPage/> }),
                    Screen::AllHelp => EitherOf7::G(all_help_screen(state)),
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
/// show the catalogue also its state (with its texts for the screens that
/// show them, `catalogue_key`); and the language, except on the two
/// forms (a question, the gemeente choice), which follow the language switch
/// reactively so that what was ticked stays ticked. The other pages render
/// plain text, cheaper in the wasm than reactive text.
fn screen_key((screen, state, lang): &(Screen, CatalogueState, Lang)) -> (Screen, (u8, usize), Option<Lang>) {
    let needs_catalogue = screen.needs_catalogue();
    // "Alle hulp" keeps its typed words and filters across a language switch.
    let is_form = matches!(screen, Screen::Question(_) | Screen::ChooseGemeente | Screen::AllHelp);
    (
        *screen,
        if needs_catalogue {
            catalogue_key(state, screen.needs_texts())
        } else {
            (0, 0)
        },
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

/// Buttons for each language, named in that language (with its own `lang`
/// and `dir`); a draft translation says so once, in its own language.
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
            // A phone shows one "Taal" button that opens the six; a wider
            // screen shows the six at once (style/main.css). A native
            // disclosure: no state in the app, and it works on the static
            // page before the wasm. The globe and the English word help a
            // resident who reads no Dutch find it. A choice closes it.
            <details class="rk-lang__menu" on:click=close_on_choice>
                <summary class="rk-button rk-button--subtle rk-lang__toggle">
                    <span class="rk-lang__globe" aria-hidden="true"></span>
                    <Tr msg=Msg::LanguageSwitchLabel/>
                    // Hidden when the page is in English (style/main.css).
                    <span class="rk-lang__en" lang="en" dir="ltr">" · Language"</span>
                </summary>
                <LanguageButtons class="rk-button rk-button--subtle"/>
            </details>
            <DraftNote/>
        </nav>
    }
}

/// A language button pressed inside the phone's "Taal" menu closes it.
fn close_on_choice(ev: leptos::ev::MouseEvent) {
    let is_button = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.closest("button").ok().flatten().is_some());
    if let Some(menu) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        if is_button {
            let _ = menu.remove_attribute("open");
        }
    }
}

/// "This translation is a draft", in that language, when it is one.
#[component]
pub fn DraftNote() -> impl IntoView {
    let lang = use_ctx().lang;
    move || {
        (review(lang.get()) == Review::Draft)
            .then(|| view! { <p class="rk-lang__note">{t(lang.get(), Msg::ConceptNote)}</p> })
    }
}

/// One button per language, each named in its own language and script.
#[component]
pub fn LanguageButtons(class: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    view! {
        <ul class="rk-lang__list">
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <li>
                            <button
                                type="button"
                                class=class
                                lang=option.code()
                                dir=option.dir()
                                aria-pressed=move || (lang.get() == option).to_string()
                                on:click=move |_| choose_language(ctx, option)
                            >
                                {option.endonym()}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// "Alle hulp" where this build has it (alle-hulp.html, the kiosk).
#[cfg(feature = "search")]
fn all_help_screen(state: CatalogueState) -> impl IntoView {
    gated(
        state,
        true,
        |cat| view! { <crate::ui::pages::all_help::AllHelpPage cat=cat/> },
    )
}

/// The resident's page never shows this screen: its link leaves for
/// alle-hulp.html (`components::AllHelpLink`).
#[cfg(not(feature = "search"))]
fn all_help_screen(state: CatalogueState) -> impl IntoView {
    let _ = state;
}
