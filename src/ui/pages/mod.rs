//! One module per screen.
pub mod check;
pub mod choose;
pub mod privacy;
pub mod question;
pub mod results;
pub mod start;

use std::sync::Arc;

use leptos::either::EitherOf5;
use leptos::prelude::*;

use crate::ui::components::{fresh, Heading, Tr};

use crate::core::catalogue::Catalogue;
use crate::core::i18n::Msg;
use crate::ui::app::load_catalogue;
use crate::ui::state::{use_ctx, CatalogueState, Screen};

/// Shows `render` once the catalogue is ready; a clear message while it
/// loads, when it cannot be reached (with "try again"), or when it is broken
/// (with the reason for maintainers). Never a blank page. Each state is built
/// afresh (see `fresh`); texts follow the language switch through `Tr`.
#[component]
pub fn CatalogueGate<F, V>(render: F) -> impl IntoView
where
    F: Fn(Arc<Catalogue>) -> V + Send + Sync + Clone + 'static,
    V: IntoView + 'static,
{
    let ctx = use_ctx();
    fresh(
        move || ctx.catalogue.get(),
        state_key,
        move |state| match state {
            CatalogueState::Ready(cat) => EitherOf5::A(render(cat)),
            CatalogueState::Loading => EitherOf5::B(view! {
                <div class="rk-page"><Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AppName/></Heading>
                <p role="status"><Tr msg=Msg::CatalogueLoading/></p></div>
            }),
            CatalogueState::NotChosen => {
                ctx.screen.set(Screen::ChooseGemeente);
                EitherOf5::C(view! { <p role="status"><Tr msg=Msg::CatalogueLoading/></p> })
            }
            CatalogueState::Unreachable => EitherOf5::D(view! {
                <div class="rk-page">
                    <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AppName/></Heading>
                    <div class="rk-error-summary" role="alert"><p><Tr msg=Msg::CatalogueUnreachable/></p></div>
                    <button type="button" class="rk-button rk-button--primary" on:click=move |_| {
                        if let Some(g) = ctx.gemeente.get_untracked() { load_catalogue(ctx, g); } else { ctx.go(Screen::ChooseGemeente); }
                    }><Tr msg=Msg::TryAgain/></button>
                </div>
            }),
            CatalogueState::Broken(findings) => EitherOf5::E(view! {
                <div class="rk-page">
                    <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AppName/></Heading>
                    <div class="rk-error-summary" role="alert"><p><Tr msg=Msg::CatalogueBroken/></p></div>
                    <details class="rk-details">
                        <summary class="rk-details__summary"><Tr msg=Msg::CatalogueFindings/></summary>
                        <ul class="rk-findings" lang="nl">{findings.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                    </details>
                </div>
            }),
        },
    )
}

/// Which catalogue state is shown: a new catalogue is a new page.
fn state_key(state: &CatalogueState) -> (u8, usize) {
    match state {
        CatalogueState::Ready(cat) => (0, Arc::as_ptr(cat) as usize),
        CatalogueState::Loading => (1, 0),
        CatalogueState::NotChosen => (2, 0),
        CatalogueState::Unreachable => (3, 0),
        CatalogueState::Broken(findings) => (4, findings.len()),
    }
}
