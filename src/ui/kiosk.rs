//! Kiosk mode: after inactivity an alert dialog counts down; without an
//! answer, or on "Stoppen en wissen", everything is wiped and the app starts
//! afresh, so the next person finds nothing of the last one.

use leptos::either::Either;
use leptos::prelude::*;

use crate::ui::components::{Heading, Tr};

use crate::core::i18n::{t, tf, Msg};
use crate::core::questionnaire::{press, FormState, PadKey};
use crate::ui::config::Kiosk;
use crate::ui::state::use_ctx;

/// Wipes answers, storage, language and scroll position, and reloads the app
/// at its start. The reload drops every in-memory state; the history entry's
/// state is cleared, so Back leads to a fresh start page, not to answers.
pub fn reset_kiosk() {
    crate::ui::components::stop_reading();
    let w = window();
    if let Ok(Some(s)) = w.session_storage() {
        let _ = s.clear();
    }
    if let Ok(Some(s)) = w.local_storage() {
        let _ = s.clear();
    }
    let url = crate::ui::config::address_keeping(|key| crate::ui::config::KIOSK_SETUP_KEYS.contains(&key));
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    w.scroll_to_with_x_and_y(0.0, 0.0);
    // The reload takes as long as the server does: show nothing of this
    // visit meanwhile.
    if let Some(body) = w.document().and_then(|d| d.body()) {
        body.set_hidden(true);
    }
    let _ = w.location().reload();
}

/// The idle watcher and its warning dialog.
#[component]
pub fn KioskGuard(kiosk: Kiosk) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // Seconds left in the warning; None while the resident is active.
    let remaining = RwSignal::new(None::<u32>);
    let last_input = StoredValue::new(js_sys::Date::now());

    // Events reach the window from anywhere in the page (also from inside a
    // widget's shadow root). Removed when the guard goes.
    for ev in ["pointerdown", "keydown", "touchstart", "wheel", "input"] {
        let handle = window_event_listener_untyped(ev, move |_| {
            // Input while the dialog is open does not count: only "Ik ben er nog" does.
            if remaining.try_get_untracked().flatten().is_none() {
                last_input.try_set_value(js_sys::Date::now());
            }
        });
        on_cleanup(move || handle.remove());
    }

    let tick = move || {
        let Some(idle_ms) = last_input.try_get_value().map(|t| js_sys::Date::now() - t) else {
            return;
        };
        let limit = f64::from(kiosk.idle_secs) * 1000.0;
        if idle_ms < limit {
            return;
        }
        let left = f64::from(kiosk.countdown_secs) - (idle_ms - limit) / 1000.0;
        if left <= 0.0 {
            reset_kiosk();
        } else {
            let _ = remaining.try_set(Some(left.ceil() as u32));
        }
    };
    if let Ok(interval) = set_interval_with_handle(tick, std::time::Duration::from_secs(1)) {
        on_cleanup(move || interval.clear());
    }

    let still_here = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was_open: Option<bool>| {
        let open = remaining.get().is_some();
        if open && was_open != Some(true) {
            request_animation_frame(move || {
                if let Some(b) = still_here.get_untracked() {
                    let _ = b.focus();
                }
            });
        }
        open
    });
    let keep = move |_| {
        last_input.set_value(js_sys::Date::now());
        remaining.set(None);
    };

    move || {
        remaining.get().map(|secs| {
            view! {
                <div class="rk-dialog-backdrop">
                    <div class="rk-dialog" role="alertdialog" aria-modal="true" aria-labelledby="rk-idle-title" aria-describedby="rk-idle-text">
                        <Heading level=2 class="rk-heading-2" id="rk-idle-title">{t(lang.get(), Msg::KioskIdleTitle)}</Heading>
                        <p id="rk-idle-text">{t(lang.get(), Msg::KioskIdleText)}</p>
                        <p class="rk-dialog__count" aria-hidden="true">{tf(lang.get(), Msg::KioskSecondsLeft, &[("n", &secs.to_string())])}</p>
                        <div class="rk-actions">
                            <button type="button" class="rk-button rk-button--primary" node_ref=still_here on:click=keep>
                                {t(lang.get(), Msg::KioskStillHere)}
                            </button>
                            <button type="button" class="rk-button rk-button--subtle" on:click=move |_| reset_kiosk()>
                                {t(lang.get(), Msg::KioskStop)}
                            </button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}

/// "Stoppen en wissen": always visible in kiosk mode.
#[component]
pub fn KioskStopButton() -> impl IntoView {
    view! { <crate::ui::components::ConfirmWipe label=Msg::KioskStop class="rk-button rk-kiosk-stop" wipe=reset_kiosk/> }
}

/// The age question's on-screen number pad: a kiosk has a touch screen and
/// often no keyboard, and nothing in the journey may need typing.
#[component]
pub fn NumberPad(form: RwSignal<FormState>) -> impl IntoView {
    let key = move |k: PadKey| {
        let label = match k {
            PadKey::Digit(d) => Either::Left(d.to_string()),
            PadKey::Erase => Either::Right(view! { <Tr msg=Msg::KioskPadErase/> }),
        };
        let class = if k == PadKey::Erase {
            "rk-numpad__key rk-numpad__key--erase"
        } else {
            "rk-numpad__key"
        };
        view! { <button type="button" class=class on:click=move |_| form.update(|f| press(f, k))>{label}</button> }
    };
    let keys = (1..=9).map(PadKey::Digit).chain([PadKey::Erase, PadKey::Digit(0)]);
    view! {
        <div class="rk-numpad" role="group" aria-label=move || t(use_ctx().lang.get(), Msg::KioskPadLabel)>
            {keys.map(key).collect_view()}
        </div>
    }
}
