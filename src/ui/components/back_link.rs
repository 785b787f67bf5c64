//! A back link that behaves like the browser's Back (answers are kept).

use leptos::prelude::*;

use super::Tr;
use crate::core::i18n::Msg;
use crate::ui::state::use_ctx;

#[component]
pub fn BackLink() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <a
            class="rk-back-link"
            href="#"
            on:click=move |ev| {
                ev.prevent_default();
                ctx.back();
            }
        >
            <Tr msg=Msg::Back/>
        </a>
    }
}
