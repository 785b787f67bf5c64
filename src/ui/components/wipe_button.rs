//! "Wis mijn antwoorden": on every page of the journey.

use leptos::prelude::*;

use super::Tr;
use crate::core::i18n::Msg;
use crate::ui::state::use_ctx;

#[component]
pub fn WipeButton() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <p class="rk-wipe">
            <button
                type="button"
                class="rk-button rk-button--subtle"
                on:click=move |_| {
                    ctx.wipe();
                    ctx.notice.set(Some(Msg::AnswersCleared));
                }
            >
                <Tr msg=Msg::ClearAnswers/>
            </button>
        </p>
    }
}
