//! Choosing the gemeente when the page was not configured for one.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::catalogue::LoadError;
use crate::core::i18n::{t, Msg};
use crate::core::journey::after_gemeente_chosen;
use crate::ui::components::{BackLink, ErrorSummary, Heading, Tr};
use crate::ui::data::{load_catalogue, load_index};
use crate::ui::state::{use_ctx, CatalogueState};
use crate::ui::title::set_title;

#[component]
pub fn ChooseGemeentePage() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let selected = RwSignal::new(ctx.gemeente.get_untracked().map(|g| g.id).unwrap_or_default());
    let error = RwSignal::new(None::<Msg>);
    Effect::new(move |_| set_title(ctx, t(lang.get(), Msg::ChooseGemeenteTitle), error.get().is_some()));
    spawn_local(async move {
        if let Err(e) = load_index(ctx).await {
            let _ = ctx.catalogue.try_set(CatalogueState::Failed(e));
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = selected.get_untracked();
        let entry = ctx
            .index
            .get_untracked()
            .and_then(|i| i.gemeenten.into_iter().find(|g| g.id == id));
        match entry {
            None => error.set(Some(Msg::ErrorChooseOne)),
            Some(entry) => {
                error.set(None);
                load_catalogue(ctx, entry);
                ctx.go(after_gemeente_chosen());
            }
        }
    };
    view! {
        <div class="rk-page">
            <BackLink/>
            <ErrorSummary error=error field_id="rk-gemeente-0".to_string()/>
            <form class="rk-form" novalidate on:submit=submit>
                <fieldset class="rk-fieldset" aria-describedby="rk-gemeente-hint">
                    <legend class="rk-fieldset__legend">
                        <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::ChooseGemeenteTitle/></Heading>
                    </legend>
                    <p class="rk-hint" id="rk-gemeente-hint"><Tr msg=Msg::ChooseGemeenteHint/></p>
                    {move || error.get().map(|m| view! { <p class="rk-field-error">{t(lang.get(), m)}</p> })}
                    <div class="rk-choices">
                        {move || {
                            ctx.index.get().map(|index| {
                                index.gemeenten.into_iter().enumerate().map(|(i, g)| {
                                    let id = g.id.clone();
                                    let id2 = g.id.clone();
                                    view! {
                                        <div class="rk-choice">
                                            <input class="rk-choice__input" type="radio" name="gemeente" id=format!("rk-gemeente-{i}")
                                                prop:checked=move || selected.get() == id
                                                on:change=move |_| selected.set(id2.clone())/>
                                            <label class="rk-choice__label" for=format!("rk-gemeente-{i}")>{g.name}</label>
                                        </div>
                                    }
                                }).collect_view()
                            })
                        }}
                    </div>
                </fieldset>
                <button type="submit" class="rk-button rk-button--primary"><Tr msg=Msg::Next/></button>
            </form>
            // The list or the catalogue could not be fetched: say so (offline, server error).
            {move || ctx.catalogue.with(|c| matches!(c, CatalogueState::Failed(LoadError::Network | LoadError::Status(_)))).then(|| view! {
                <p class="rk-field-error" role="alert">{t(lang.get(), Msg::CatalogueUnreachable)}</p>
            })}
        </div>
    }
}
