//! A translated text that follows the language switch. One component for
//! every call site: each distinct closure would get its own rendering code
//! in the wasm.

use leptos::prelude::*;

use crate::core::answers::ForWhom;
use crate::core::i18n::{t_about, Msg};
use crate::ui::state::use_ctx;

/// `about`: the person the answers are about, when the resident answers
/// for someone else (see `i18n::t_about`).
#[component]
pub fn Tr(msg: Msg, #[prop(default = None)] about: Option<ForWhom>) -> impl IntoView {
    let lang = use_ctx().lang;
    move || t_about(lang.get(), msg, about)
}
