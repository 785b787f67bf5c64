//! "Snel weg": wipes everything and leaves for a neutral page, so that Back
//! does not return to Routekaart and no entry of this tab's history carries
//! a question's title. A kiosk must not be left on a blank page for the next
//! visitor: there it wipes and restarts at once.
//!
//! A page cannot delete history entries, but it can walk back over its own
//! and leave from the first: the app goes back to its first entry in this
//! tab (each entry keeps its place, `Ctx::depth`), adds one start entry
//! there (a new entry drops every Forward entry, the questions' screens
//! with them), steps back once more and replaces that entry with the
//! neutral page. Back then goes to whatever the resident had open before
//! Routekaart; Forward at most to its start page. If the first entry
//! belongs to an earlier page load (a reload in between), that page leaves
//! as it loads (boot.js reads the mark left in session storage).

use leptos::prelude::*;

use super::Tr;
use crate::core::i18n::Msg;
use crate::ui::state::{use_ctx, Ctx};

/// Where "Snel weg" is on its way out (`Ctx::leaving`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    /// Going back to the app's first entry.
    ToFirst,
    /// At the first entry, Forward entries dropped, one step back to it.
    ToLeave,
}

/// The neutral page: nothing of Routekaart, nothing fetched.
const NEUTRAL: &str = "about:blank";
/// Read by boot.js when the first entry is another page load's.
const MARK: &str = "rk-snel-weg";

#[component]
pub fn QuickExit() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button
            type="button"
            class="rk-button rk-quick-exit"
            on:click=move |_| {
                if ctx.is_kiosk() {
                    crate::ui::kiosk::reset_kiosk();
                    return;
                }
                leave(ctx);
            }
        >
            <Tr msg=Msg::QuickExit/>
        </button>
    }
}

fn leave(ctx: Ctx) {
    ctx.wipe();
    // Nothing of this page shows while the steps back take place.
    if let Some(body) = document().body() {
        body.set_hidden(true);
    }
    if ctx.widget {
        // The host page's history is not the widget's to walk.
        let _ = window().location().replace(NEUTRAL);
        return;
    }
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = storage.set_item(MARK, "1");
    }
    ctx.leaving.set_value(Some(Leaving::ToFirst));
    let depth = ctx.depth.get_value();
    match window().history() {
        Ok(history) if depth > 0 => {
            if history.go_with_delta(-(depth as i32)).is_err() {
                go_now();
            }
        }
        _ => at_first_entry(ctx),
    }
}

/// Called for every Back or Forward step with the entry's place; true when
/// "Snel weg" is under way and the step was its own.
pub fn leaving(ctx: Ctx, depth: u32) -> bool {
    match ctx.leaving.get_value() {
        None => false,
        Some(Leaving::ToFirst) => {
            if depth == 0 {
                at_first_entry(ctx);
            }
            true
        }
        Some(Leaving::ToLeave) => {
            go_now();
            true
        }
    }
}

fn at_first_entry(ctx: Ctx) {
    let Ok(history) = window().history() else {
        return go_now();
    };
    ctx.leaving.set_value(Some(Leaving::ToLeave));
    // The new entry drops every Forward entry; then back to the first.
    ctx.depth.set_value(1);
    if history
        .push_state(&ctx.entry_state(crate::core::journey::Screen::Start), "")
        .is_err()
        || history.back().is_err()
    {
        go_now();
    }
}

fn go_now() {
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = storage.remove_item(MARK);
    }
    let _ = window().location().replace(NEUTRAL);
}
