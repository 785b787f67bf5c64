//! UI state: signals that hold the core's data, and the navigation that keeps
//! the browser's Back and Forward working without putting answers in a URL.

use std::sync::{Arc, Weak};

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::core::answers::Answers;
use crate::core::catalogue::{Catalogue, CatalogueIndex, IndexEntry, LoadError};
use crate::core::i18n::{Lang, Msg};
use crate::core::journey::{CatalogueStatus, Screen};
use crate::core::questionnaire::{questions, Questions};

/// Loading state of the chosen gemeente's catalogue.
#[derive(Clone, Debug)]
pub enum CatalogueState {
    NotChosen,
    Loading,
    /// Its rules are here: all the start page, the questions and direct
    /// help need. Its texts (the cards' words) as [`Texts`] says.
    Ready(Arc<Catalogue>, Texts),
    /// Why it cannot be shown; each reason has its own message.
    Failed(LoadError),
}

/// The texts of a ready catalogue (`catalogus/teksten/`, see
/// `ui::data::load_texts`); the results and "Alle hulp" wait for them.
#[derive(Clone, Debug)]
pub enum Texts {
    /// Not asked for: the resident has not left the start page
    /// (`journey::texts_wanted`). The rules it was read from, read again
    /// with the texts (`catalogue::read_with_texts`).
    NotAsked(Rules),
    Loading,
    /// Merged into the catalogue (or it came whole).
    Here,
    /// Why they cannot be shown, with the catalogue's own messages.
    Failed(LoadError),
}

/// The rules files a catalogue was read from, each file name and text:
/// the gemeente's own and the national one.
pub type Rules = Arc<[(String, String); 2]>;

impl CatalogueState {
    /// What the journey needs to know of it.
    pub fn status(&self) -> CatalogueStatus<'_> {
        match self {
            CatalogueState::NotChosen => CatalogueStatus::NotChosen,
            CatalogueState::Loading | CatalogueState::Failed(_) => CatalogueStatus::Pending,
            CatalogueState::Ready(cat, _) => CatalogueStatus::Ready(cat),
        }
    }

    /// Can `screen` show its page (rather than the loading or failure
    /// message)? The results and "Alle hulp" need the texts too.
    pub fn shows(&self, screen: Screen) -> bool {
        match self {
            CatalogueState::Ready(_, texts) => !screen.needs_texts() || matches!(texts, Texts::Here),
            _ => false,
        }
    }
}

/// Everything the components share. All fields are signals, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub answers: RwSignal<Answers>,
    pub index: RwSignal<Option<CatalogueIndex>>,
    pub gemeente: RwSignal<Option<IndexEntry>>,
    pub catalogue: RwSignal<CatalogueState>,
    /// A message shown once at the top of the next screen.
    pub notice: RwSignal<Option<Msg>>,
    /// Base URL for catalogue files.
    pub base: StoredValue<String>,
    /// Kiosk mode settings, when on.
    pub kiosk: StoredValue<Option<crate::ui::config::Kiosk>>,
    /// Widget mode: the screen history lives here, not in the browser's.
    pub widget: bool,
    pub stack: RwSignal<Vec<Screen>>,
    /// Added to every heading level (widget `data-kopniveau`).
    pub heading_offset: u8,
    /// "Print with my answers" ticked on the results page.
    pub print_answers: RwSignal<bool>,
    /// This visit's mark in the history entries it makes: a new one at
    /// every wipe (and every page load), so Back shows no screen of an
    /// earlier visit (`Screen::from_history`).
    pub visit: StoredValue<u32>,
    /// The shown history entry's place among the app's entries in this tab
    /// (0: the first), kept in each entry's state; "Snel weg" goes back
    /// that far before it leaves (`components::quick_exit`).
    pub depth: StoredValue<u32>,
    /// "Snel weg" under way: the steps back are its own, not the resident's.
    pub leaving: StoredValue<Option<crate::ui::components::Leaving>>,
    /// The language the resident chose last (`ui::data::choose_language`).
    pub chosen_lang: StoredValue<Lang>,
    /// The questions last judged, and for which catalogue and answers
    /// (see [`Ctx::questions`]).
    pub judged: StoredValue<Option<Judged>>,
    /// Counts the browser's `voiceschanged` events ("Lees voor" shows its
    /// button once a voice is listed): one listener for the whole page.
    pub voices: RwSignal<u8>,
}

/// Questions judged for a catalogue and answers. The catalogue is held
/// weakly: no other catalogue can take its address while this exists,
/// and it is not kept in memory for this.
pub struct Judged {
    cat: Weak<Catalogue>,
    answers: Answers,
    questions: Questions,
}

impl Ctx {
    pub fn new(config: &crate::ui::config::Config) -> Ctx {
        let (base, kiosk) = (config.base.clone(), config.kiosk);
        Ctx {
            // A language whose file could not be fetched before mounting
            // (see `ui::start`) stays Dutch, and the page says why.
            lang: RwSignal::new(
                config
                    .lang
                    .filter(|&l| crate::core::i18n::is_loaded(l))
                    .unwrap_or_default(),
            ),
            // alle-hulp.html opens on "Alle hulp" (the kiosk, which also has
            // it, opens on the start page).
            screen: RwSignal::new(if cfg!(feature = "search") && !cfg!(feature = "kiosk") {
                Screen::AllHelp
            } else {
                Screen::Start
            }),
            answers: RwSignal::new(Answers::default()),
            index: RwSignal::new(None),
            gemeente: RwSignal::new(None),
            catalogue: RwSignal::new(CatalogueState::NotChosen),
            notice: RwSignal::new(
                config
                    .lang
                    .filter(|&l| !crate::core::i18n::is_loaded(l))
                    .map(|_| Msg::LanguageLoadFailed),
            ),
            base: StoredValue::new(base),
            kiosk: StoredValue::new(kiosk),
            widget: config.widget,
            stack: RwSignal::new(Vec::new()),
            heading_offset: config.heading_level.saturating_sub(1),
            print_answers: RwSignal::new(false),
            visit: StoredValue::new(new_visit()),
            depth: StoredValue::new(0),
            leaving: StoredValue::new(None),
            chosen_lang: StoredValue::new(Lang::Nl),
            judged: StoredValue::new(None),
            voices: crate::ui::components::voices_signal(),
        }
    }

    /// The questions for these answers (`questionnaire::questions`), judged
    /// once: an answer judges them (`journey::after_answer_judged`) and
    /// the next question's counter, the check page and the results page
    /// take them from here. Judged afresh for other answers or another
    /// catalogue.
    pub fn questions(&self, cat: &Arc<Catalogue>, answers: &Answers) -> Questions {
        let kept = self.judged.with_value(|j| {
            j.as_ref()
                .filter(|j| Weak::as_ptr(&j.cat) == Arc::as_ptr(cat) && j.answers == *answers)
                .map(|j| j.questions.clone())
        });
        kept.unwrap_or_else(|| {
            let q = questions(cat, answers);
            self.remember(cat, answers, q.clone());
            q
        })
    }

    /// Keeps the questions judged for these answers (see [`Ctx::questions`]).
    pub fn remember(&self, cat: &Arc<Catalogue>, answers: &Answers, questions: Questions) {
        self.judged.set_value(Some(Judged {
            cat: Arc::downgrade(cat),
            answers: answers.clone(),
            questions,
        }));
    }

    /// Always false in the resident's build (no feature `kiosk`), so the
    /// kiosk branches drop out of its wasm.
    pub fn is_kiosk(&self) -> bool {
        cfg!(feature = "kiosk") && self.kiosk.get_value().is_some()
    }

    /// Goes to `screen` with a new history entry, so Back returns here.
    pub fn go(&self, screen: Screen) {
        if self.widget {
            let from = self.screen.get_untracked();
            self.stack.update(|s| s.push(from));
        } else if let Ok(history) = window().history() {
            // Fails only when the browser limits history calls; the screen
            // still changes, Back then skips this step.
            self.depth.update_value(|d| *d += 1);
            let _ = history.push_state(&self.entry_state(screen), "");
        }
        self.screen.set(screen);
    }

    /// The state for a history entry of `screen` at the current place.
    pub fn entry_state(&self, screen: Screen) -> JsValue {
        JsValue::from_str(&screen.history_state(self.visit.get_value(), self.depth.get_value()))
    }

    /// One step back, like the browser's Back (answers are kept).
    pub fn back(&self) {
        if self.widget {
            let prev = self.stack.try_update(|s| s.pop()).flatten().unwrap_or(Screen::Start);
            self.screen.set(prev);
        } else if let Ok(h) = window().history() {
            let _ = h.back();
        }
    }

    /// Wipes every answer and returns to the start, leaving no answer in
    /// memory, storage, the URL, the history entry or a Forward entry.
    pub fn wipe(&self) {
        // Nothing of the wiped visit is read on.
        crate::ui::components::stop_reading();
        self.answers.set(Answers::default());
        // The judgement keeps a copy of the answers it was for.
        self.judged.set_value(None);
        self.print_answers.set(false);
        self.stack.set(Vec::new());
        if self.widget {
            self.screen.set(Screen::Start);
            return;
        }
        if let Ok(history) = window().history() {
            // Entries made so far belong to the wiped visit: Back to them shows the start page.
            self.visit.set_value(new_visit());
            let path = window().location().pathname().unwrap_or_else(|_| "/".into());
            let _ = history.replace_state_with_url(&self.entry_state(Screen::Start), "", Some(&path));
            // A new entry drops every Forward entry: the steps after this
            // one (and their answers' screens) cannot be brought back.
            self.depth.update_value(|d| *d += 1);
            let _ = history.push_state_with_url(&self.entry_state(Screen::Start), "", Some(&path));
        }
        if let Ok(Some(storage)) = window().session_storage() {
            let _ = storage.clear();
        }
        self.screen.set(Screen::Start);
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// A visit's mark: random, so a reload (a new page) never repeats it.
fn new_visit() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}
