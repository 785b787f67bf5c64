//! One module per screen.
pub mod check;
pub mod choose;
pub mod privacy;
pub mod question;
pub mod results;
pub mod start;

use std::sync::Arc;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use crate::ui::components::{Heading, Tr};

use crate::core::catalogue::Catalogue;
use crate::core::i18n::Msg;
use crate::ui::app::load_catalogue;
use crate::ui::state::{use_ctx, CatalogueState, Screen};

/// `page(cat)` once the catalogue is ready; otherwise a clear message (see
/// `catalogue_message`). Never a blank page.
pub fn gated<V: IntoView>(state: CatalogueState, page: impl FnOnce(Arc<Catalogue>) -> V) -> Either<V, impl IntoView> {
    match state {
        CatalogueState::Ready(cat) => Either::Left(page(cat)),
        other => Either::Right(catalogue_message(other)),
    }
}

/// While the catalogue loads, when it cannot be reached (with "try again"),
/// or when it is broken (with the reason for maintainers). Texts follow the
/// language switch through `Tr`.
fn catalogue_message(state: CatalogueState) -> impl IntoView {
    let ctx = use_ctx();
    match state {
        // Not chosen: only for a moment, the app then shows the chooser.
        CatalogueState::Ready(_) | CatalogueState::Loading | CatalogueState::NotChosen => EitherOf3::A(view! {
            <div class="rk-page"><Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AppName/></Heading>
            <p role="status"><Tr msg=Msg::CatalogueLoading/></p></div>
        }),
        CatalogueState::Unreachable => EitherOf3::B(view! {
            <div class="rk-page">
                <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AppName/></Heading>
                <div class="rk-error-summary" role="alert"><p><Tr msg=Msg::CatalogueUnreachable/></p></div>
                <button type="button" class="rk-button rk-button--primary" on:click=move |_| {
                    if let Some(g) = ctx.gemeente.get_untracked() { load_catalogue(ctx, g); } else { ctx.go(Screen::ChooseGemeente); }
                }><Tr msg=Msg::TryAgain/></button>
            </div>
        }),
        CatalogueState::Broken(findings) => EitherOf3::C(view! {
            <div class="rk-page">
                <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AppName/></Heading>
                <div class="rk-error-summary" role="alert"><p><Tr msg=Msg::CatalogueBroken/></p></div>
                <details class="rk-details">
                    <summary class="rk-details__summary"><Tr msg=Msg::CatalogueFindings/></summary>
                    <ul class="rk-findings" lang="nl">{findings.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                </details>
            </div>
        }),
    }
}

/// Which catalogue state is shown: a new catalogue is a new page.
pub fn catalogue_key(state: &CatalogueState) -> (u8, usize) {
    match state {
        CatalogueState::Ready(cat) => (0, Arc::as_ptr(cat) as usize),
        CatalogueState::Loading => (1, 0),
        CatalogueState::NotChosen => (2, 0),
        CatalogueState::Unreachable => (3, 0),
        CatalogueState::Broken(findings) => (4, findings.len()),
    }
}
