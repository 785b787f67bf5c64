//! The start page: what Routekaart does, the privacy promise, and Start.

use leptos::prelude::*;

use crate::core::i18n::{t, Msg};
use crate::core::journey::after_start;
use crate::ui::app::{DraftNote, LanguageButtons};
use crate::ui::components::{AllHelpLink, Heading, WipeButton};
use crate::ui::state::use_ctx;
use crate::ui::title::set_title;

#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = use_ctx();
    // Built afresh for every language (see `app::screen_key`): plain text.
    let lang = ctx.lang.get_untracked();
    let tr = move |msg| t(lang, msg);
    Effect::new(move |_| set_title(ctx, t(lang, Msg::StartTitle), false));
    let start = move |_| {
        ctx.notice.set(None);
        let next = ctx
            .catalogue
            .with_untracked(|state| ctx.answers.with_untracked(|a| after_start(state.status(), a)));
        ctx.go(next);
    };
    view! {
        <div class="rk-page rk-start">
            <Heading level=1 class="rk-heading-1" page=true>{tr(Msg::StartTitle)}</Heading>
            // A kiosk's visitor may read no Dutch at all: the languages come
            // first, each in its own script, as large buttons.
            {ctx.kiosk.get_value().is_some().then(|| view! {
                <div class="rk-kiosk-lang" role="group" aria-labelledby="rk-kiosk-lang-title">
                    <Heading level=2 class="rk-heading-2" id="rk-kiosk-lang-title">{tr(Msg::KioskChooseLanguage)}</Heading>
                    <LanguageButtons class="rk-button rk-button--secondary rk-kiosk-lang__button"/>
                    <DraftNote/>
                </div>
            })}
            <p class="rk-lead">{tr(Msg::StartIntro)}</p>
            <p>{tr(Msg::StartHowLong)}</p>
            <p class="rk-emergency">{tr(Msg::EmergencyNote)}</p>
            // Start in view on a phone; what the route is and the privacy
            // promise follow for who wants to read first.
            <button type="button" class="rk-button rk-button--primary rk-start__button" on:click=start>
                {tr(Msg::StartButton)}
            </button>
            // Not everyone needs the questions: look the help up directly.
            // Its line is kept free on the static page too, so the link
            // boot.js writes in while the page loads moves nothing.
            <p class="rk-start__more">{move || ctx.gemeente.get().is_some().then(|| view! { <AllHelpLink/> })}</p>
            <Heading level=2 class="rk-heading-2">{tr(Msg::StartRouteTitle)}</Heading>
            <ol class="rk-route-list">
                <li>{tr(Msg::StartRouteFree)}</li>
                <li>{tr(Msg::StartRouteWalkIn)}</li>
                <li>{tr(Msg::StartRouteSchemes)}</li>
                <li>{tr(Msg::StartRouteTalk)}</li>
            </ol>
            <div class="rk-privacy">
                <Heading level=2 class="rk-heading-2" id="rk-privacy-title">{tr(Msg::PrivacyPromiseTitle)}</Heading>
                <p>{tr(Msg::PrivacyPromise)}</p>
            </div>
            // Back at the start with answers still in memory: offer to wipe them here too.
            {move || (!ctx.answers.get().themes.is_empty()).then(|| view! { <WipeButton/> })}
        </div>
    }
}
