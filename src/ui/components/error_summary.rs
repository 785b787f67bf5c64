//! GOV.UK-style error summary: gets focus, links to the field.

use leptos::prelude::*;

use super::{focus_in_own_root, Heading};
use crate::core::i18n::{t, Msg};
use crate::ui::state::use_ctx;

#[component]
pub fn ErrorSummary(error: RwSignal<Option<Msg>>, field_id: String) -> impl IntoView {
    let ctx = use_ctx();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if error.get().is_some() {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        let field_id = field_id.clone();
        error.get().map(|msg| {
            view! {
                <div class="rk-error-summary" role="alert" tabindex="-1" node_ref=node aria-labelledby="rk-error-summary-title">
                    <Heading level=2 class="rk-heading-2" id="rk-error-summary-title">{t(ctx.lang.get(), Msg::ErrorSummaryTitle)}</Heading>
                    <ul class="rk-error-summary__list">
                        <li>
                            <a href=format!("#{field_id}") on:click=move |ev| {
                                ev.prevent_default();
                                focus_in_own_root(&ev, &field_id);
                            }>{t(ctx.lang.get(), msg)}</a>
                        </li>
                    </ul>
                </div>
            }
        })
    }
}
