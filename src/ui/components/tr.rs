//! A translated text that follows the language switch. One component for
//! every call site: each distinct closure would get its own rendering code
//! in the wasm.

use leptos::prelude::*;

use crate::core::i18n::{t, Msg};
use crate::ui::state::use_ctx;

#[component]
pub fn Tr(msg: Msg) -> impl IntoView {
    let lang = use_ctx().lang;
    move || t(lang.get(), msg)
}
