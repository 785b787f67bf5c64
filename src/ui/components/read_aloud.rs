//! "Lees voor": reads a text (`core::read_aloud`) with the browser's own
//! speech synthesis and a voice on the device only (`localService`), so no
//! text leaves it. Without such a voice for the page's language there is
//! no button. Speech stops when its page goes (`on_cleanup`), when the
//! language changes, and on every wipe (`stop`, from `Ctx::wipe` and the
//! kiosk's reset).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::core::i18n::{t, Lang, Msg};
use crate::core::read_aloud::voice_speaks;
use crate::ui::state::use_ctx;

fn synth() -> Option<SpeechSynthesis> {
    window().speech_synthesis().ok()
}

/// Stops whatever is being read. Only then: `cancel` costs the page
/// about a millisecond (at 4x CPU) on every screen change.
pub fn stop() {
    if let Some(s) = synth().filter(|s| s.speaking() || s.pending()) {
        s.cancel();
    }
}

/// A voice on this device for `lang`; none on a remote one.
fn local_voice(s: &SpeechSynthesis, lang: Lang) -> Option<SpeechSynthesisVoice> {
    s.get_voices()
        .iter()
        .map(JsValue::unchecked_into::<SpeechSynthesisVoice>)
        .find(|v| v.local_service() && voice_speaks(&v.lang(), lang))
}

/// The page's one voice-list signal: Chrome lists its voices a moment
/// after the page loads, and tells it with `voiceschanged`.
pub fn voices_signal() -> RwSignal<u8> {
    let voices = RwSignal::new(0u8);
    if let Some(s) = synth() {
        let f = Closure::<dyn Fn()>::new(move || {
            voices.try_update(|n| *n = n.wrapping_add(1));
        })
        .into_js_value();
        let _ = s.add_event_listener_with_callback("voiceschanged", f.unchecked_ref());
    }
    voices
}

#[component]
pub fn ReadAloud(text: String) -> impl IntoView {
    // Built afresh for each language (its text is in one).
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let speaking = RwSignal::new(false);
    let s = synth()?;
    on_cleanup(stop);
    Some(move || {
        ctx.voices.track();
        let voice = local_voice(&s, lang)?;
        let (s, text) = (s.clone(), text.clone());
        let click = move |_| {
            // One text at a time: a press stops any other.
            let was = speaking.get_untracked();
            stop();
            if was {
                speaking.set(false);
                return;
            }
            let Ok(u) = SpeechSynthesisUtterance::new_with_text(&text) else {
                return;
            };
            u.set_lang(lang.code());
            u.set_voice(Some(&voice));
            let done = Closure::<dyn Fn()>::new(move || {
                speaking.try_set(false);
            })
            .into_js_value();
            u.set_onend(Some(done.unchecked_ref()));
            u.set_onerror(Some(done.unchecked_ref()));
            s.speak(&u);
            speaking.set(true);
        };
        Some(view! {
            <button type="button" class="rk-button rk-button--subtle rk-read-aloud" on:click=click>
                {move || t(lang, if speaking.get() { Msg::ReadAloudStop } else { Msg::ReadAloud })}
            </button>
        })
    })
}
