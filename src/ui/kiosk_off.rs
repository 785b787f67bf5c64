//! The resident's build has no kiosk: these stand-ins are never shown
//! (`Ctx::is_kiosk` is false and the app shell only mounts them for a
//! kiosk), so the QR encoder and the idle dialog stay out of its wasm.

use leptos::prelude::*;

use crate::core::questionnaire::FormState;
use crate::ui::config::Kiosk;

pub fn reset_kiosk() {}

#[component]
pub fn KioskGuard(kiosk: Kiosk) -> impl IntoView {
    let _ = kiosk;
}

#[component]
pub fn KioskStopButton() -> impl IntoView {}

#[component]
pub fn NumberPad(form: RwSignal<FormState>) -> impl IntoView {
    let _ = form;
}
