//! The way to "Alle hulp". Where the build has it (alle-hulp.html, the
//! kiosk) it is a screen; the resident's page and the widget link to
//! alle-hulp.html for the same gemeente and language (the widget in a new
//! tab, so the host page stays).

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::i18n::{t, Msg};
use crate::core::journey::Screen;
use crate::ui::state::use_ctx;

#[component]
pub fn AllHelpLink() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let label = t(lang, Msg::AllHelpLink);
    if cfg!(feature = "search") {
        return Either::Left(view! {
            <button type="button" class="rk-link-button rk-all-help-link" on:click=move |_| ctx.go(Screen::AllHelp)>{label}</button>
        });
    }
    let gemeente = ctx.gemeente.get_untracked().map(|g| g.id).unwrap_or_default();
    let href = format!(
        "{}alle-hulp.html#gemeente={gemeente}&taal={}",
        ctx.base.get_value(),
        lang.code()
    );
    let target = ctx.widget.then_some("_blank");
    Either::Right(view! { <a class="rk-all-help-link" href=href target=target>{label}</a> })
}
