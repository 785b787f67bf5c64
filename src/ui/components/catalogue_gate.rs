//! The catalogue gate: a page that needs the catalogue gets it once it is
//! ready; until then, or when it failed, a clear message that says why
//! (never a blank page). Texts follow the language switch through `Tr`.

use std::sync::Arc;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use super::{Heading, Tr};
use crate::core::catalogue::{Catalogue, LoadError};
use crate::core::i18n::{t, tf, Msg};
use crate::core::journey::Screen;
use crate::ui::data::load_catalogue;
use crate::ui::state::{use_ctx, CatalogueState, Texts};

/// `page(cat)` once the catalogue is ready, with its texts when the page
/// shows them (`texts`: the results, "Alle hulp"); otherwise the message.
pub fn gated<V: IntoView>(
    state: CatalogueState,
    texts: bool,
    page: impl FnOnce(Arc<Catalogue>) -> V,
) -> Either<V, impl IntoView> {
    match shown(state, texts) {
        Ok(cat) => Either::Left(page(cat)),
        Err(e) => Either::Right(catalogue_message(e)),
    }
}

/// The catalogue a page can show; else `None` while it (or its texts)
/// loads, or why it failed. Texts that cannot come say so as the catalogue
/// would. (Not generic: `gated` has an instance per page.)
fn shown(state: CatalogueState, texts: bool) -> Result<Arc<Catalogue>, Option<LoadError>> {
    match state {
        CatalogueState::Ready(cat, t) if !texts || matches!(t, Texts::Here) => Ok(cat),
        CatalogueState::Ready(_, Texts::Failed(e)) | CatalogueState::Failed(e) => Err(Some(e)),
        _ => Err(None),
    }
}

/// Which catalogue state is shown: a new catalogue, or another failure, is
/// a new page. A page that shows only the rules (`texts` false: a question,
/// the check page) stays when the texts are merged in, so what is ticked
/// stays ticked and the focus stays; every new catalogue comes through
/// `Loading` (`ui::data::load_gemeente`), so it is a new page all the same.
pub fn catalogue_key(state: &CatalogueState, texts: bool) -> (u8, usize) {
    match state {
        CatalogueState::Ready(_, _) if !texts => (0, 0),
        CatalogueState::Ready(cat, Texts::Here) => (0, Arc::as_ptr(cat) as usize),
        CatalogueState::Ready(_, Texts::NotAsked(_) | Texts::Loading) | CatalogueState::Loading => (1, 0),
        CatalogueState::NotChosen => (2, 0),
        CatalogueState::Ready(_, Texts::Failed(e)) | CatalogueState::Failed(e) => (
            3,
            match e {
                LoadError::Network => 0,
                LoadError::Status(code) => usize::from(*code),
                LoadError::NotInIndex(_) => 1,
                LoadError::Broken(findings) => 1000 + findings.len(),
                LoadError::WrongVersion { .. } => 2,
            },
        ),
    }
}

/// The message for a catalogue (or its texts) loading, or why it failed.
fn catalogue_message(error: Option<LoadError>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let Some(error) = error else {
        // What is happening is the page's heading, which gets focus: a
        // screen reader says it on arrival. A status region that arrives
        // with its text is not announced.
        return Either::Left(view! {
            <div class="rk-page" role="status"><Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::CatalogueLoading/></Heading></div>
        });
    };
    let findings = match &error {
        LoadError::Broken(f) => f.clone(),
        LoadError::WrongVersion { found } => vec![crate::core::catalogue::read::version_message(*found)],
        _ => Vec::new(),
    };
    let action = match &error {
        LoadError::NotInIndex(_) => EitherOf3::B(view! {
            <button type="button" class="rk-button rk-button--primary" on:click=move |_| ctx.go(Screen::ChooseGemeente)>
                <Tr msg=Msg::ChooseGemeenteButton/>
            </button>
        }),
        LoadError::Network | LoadError::Status(_) => EitherOf3::C(view! {
            <button type="button" class="rk-button rk-button--primary" on:click=move |_| {
                if let Some(g) = ctx.gemeente.get_untracked() { load_catalogue(ctx, g); } else { ctx.go(Screen::ChooseGemeente); }
            }><Tr msg=Msg::TryAgain/></button>
        }),
        _ => EitherOf3::A(()),
    };
    // What to say, and what the resident can do: try again, or choose the
    // gemeente when the link named one we do not know.
    let text = move || match &error {
        LoadError::Network => t(lang.get(), Msg::CatalogueUnreachable).to_string(),
        LoadError::Status(code) => tf(lang.get(), Msg::CatalogueStatus, &[("code", &code.to_string())]),
        LoadError::NotInIndex(id) => tf(lang.get(), Msg::CatalogueUnknownGemeente, &[("gemeente", id)]),
        LoadError::Broken(_) => t(lang.get(), Msg::CatalogueBroken).to_string(),
        LoadError::WrongVersion { .. } => t(lang.get(), Msg::CatalogueWrongVersion).to_string(),
    };
    Either::Right(view! {
        <div class="rk-page">
            <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AppName/></Heading>
            <div class="rk-error-summary" role="alert"><p>{text}</p></div>
            {action}
            {(!findings.is_empty()).then(|| view! {
                <details class="rk-details">
                    <summary class="rk-details__summary"><Tr msg=Msg::CatalogueFindings/></summary>
                    <ul class="rk-findings" lang="nl">{findings.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                </details>
            })}
        </div>
    })
}
