//! One module per screen.
pub mod check;
pub mod choose;
pub mod privacy;
pub mod question;
pub mod results;
pub mod start;

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::components::Heading;

use crate::core::catalogue::Catalogue;
use crate::core::i18n::{t, Msg};
use crate::ui::app::load_catalogue;
use crate::ui::state::{use_ctx, CatalogueState, Screen};

/// Shows `render` once the catalogue is ready; a clear message while it
/// loads, when it cannot be reached (with "try again"), or when it is broken
/// (with the validator's findings for maintainers). Never a blank page.
#[component]
pub fn CatalogueGate(render: impl Fn(Arc<Catalogue>) -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    move || {
        match ctx.catalogue.get() {
        CatalogueState::Ready(cat) => render(cat),
        CatalogueState::Loading => view! {
            <div class="rk-page"><Heading level=1 class="rk-heading-1" page=true>{t(lang.get(), Msg::AppName)}</Heading>
            <p role="status">{t(lang.get(), Msg::CatalogueLoading)}</p></div>
        }
        .into_any(),
        CatalogueState::NotChosen => {
            ctx.screen.set(Screen::ChooseGemeente);
            view! { <p role="status">{t(lang.get(), Msg::CatalogueLoading)}</p> }.into_any()
        }
        CatalogueState::Unreachable => view! {
            <div class="rk-page">
                <Heading level=1 class="rk-heading-1" page=true>{t(lang.get(), Msg::AppName)}</Heading>
                <div class="rk-error-summary" role="alert"><p>{t(lang.get(), Msg::CatalogueUnreachable)}</p></div>
                <button type="button" class="rk-button rk-button--primary" on:click=move |_| {
                    if let Some(g) = ctx.gemeente.get_untracked() { load_catalogue(ctx, g); } else { ctx.go(Screen::ChooseGemeente); }
                }>{t(lang.get(), Msg::TryAgain)}</button>
            </div>
        }
        .into_any(),
        CatalogueState::Broken(findings) => view! {
            <div class="rk-page">
                <Heading level=1 class="rk-heading-1" page=true>{t(lang.get(), Msg::AppName)}</Heading>
                <div class="rk-error-summary" role="alert"><p>{t(lang.get(), Msg::CatalogueBroken)}</p></div>
                <details class="rk-details">
                    <summary class="rk-details__summary">{t(lang.get(), Msg::CatalogueFindings)}</summary>
                    <ul class="rk-findings" lang="nl">{findings.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                </details>
            </div>
        }
        .into_any(),
    }
    }
}
