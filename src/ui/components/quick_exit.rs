//! "Snel weg": wipes everything and replaces this page in the history with a
//! neutral one, so Back does not return here. A kiosk must not be left on a
//! blank page for the next visitor: there it wipes and restarts at once.

use leptos::prelude::*;

use super::Tr;
use crate::core::i18n::Msg;
use crate::ui::state::use_ctx;

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
                ctx.wipe();
                let _ = window().location().replace("about:blank");
            }
        >
            <Tr msg=Msg::QuickExit/>
        </button>
    }
}
