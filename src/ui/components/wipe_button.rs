//! "Wis mijn antwoorden" on every page of the journey, and the kiosk's
//! "Stoppen en wissen": both ask once before anything is wiped, because a
//! wipe cannot be undone and the button sits near "Printen".

use leptos::prelude::*;

use super::Tr;
use crate::core::i18n::Msg;
use crate::ui::state::use_ctx;

#[component]
pub fn WipeButton() -> impl IntoView {
    let ctx = use_ctx();
    // A kiosk has one wipe button, "Stoppen en wissen", always in view.
    (!ctx.is_kiosk()).then(|| {
        view! {
            <div class="rk-wipe">
                <ConfirmWipe label=Msg::ClearAnswers class="rk-button rk-button--subtle" wipe=move || {
                    ctx.wipe();
                    ctx.notice.set(Some(Msg::AnswersCleared));
                }/>
            </div>
        }
    })
}

/// A button that opens a question right under it ("Wilt u echt alles
/// wissen?") with "Ja, wis alles" and "Nee, niet wissen". Focus stays on the
/// button; the confirmation is the next stop in the tab order.
#[component]
pub fn ConfirmWipe(label: Msg, class: &'static str, wipe: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let asking = RwSignal::new(false);
    // Always in the page, hidden until asked: cheaper in the wasm than a
    // view built on demand.
    view! {
        <button type="button" class=class aria-expanded=move || asking.get().to_string() on:click=move |_| asking.update(|a| *a = !*a)>
            <Tr msg=label/>
        </button>
        <div class="rk-confirm" role="group" aria-labelledby="rk-confirm-text" hidden=move || !asking.get()>
            <p id="rk-confirm-text" class="rk-confirm__text"><Tr msg=Msg::WipeConfirm/></p>
            <button type="button" class="rk-button rk-button--danger" on:click=move |_| { asking.set(false); wipe() }>
                <Tr msg=Msg::WipeConfirmYes/>
            </button>
            <button type="button" class="rk-button rk-button--subtle" on:click=move |_| asking.set(false)>
                <Tr msg=Msg::WipeConfirmNo/>
            </button>
        </div>
    }
}
