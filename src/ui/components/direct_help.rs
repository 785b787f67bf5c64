//! Direct help stays at the top of every following page once an answer
//! signals danger: never hidden behind the remaining questions.

use std::sync::Arc;

use leptos::prelude::*;

use super::{phone_number, Heading};
use crate::core::catalogue::Catalogue;
use crate::core::i18n::{t, Msg};
use crate::core::matching::{suggest, Group};
use crate::ui::state::use_ctx;

#[component]
pub fn DirectHelpPanel(cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = use_ctx();
    let kiosk = ctx.is_kiosk();
    move || {
        let answers = ctx.answers.get();
        if !answers.signals_danger() {
            return None;
        }
        let lang = ctx.lang.get();
        let items = suggest(&cat, &answers)
            .into_iter()
            .filter(|s| s.group == Group::DirectHulp)
            .map(|s| {
                let phones = s
                    .service
                    .phones
                    .iter()
                    .enumerate()
                    // Commas keep two numbers apart, also as plain text on a kiosk.
                    .map(|(i, p)| view! { {if i == 0 { " " } else { ", " }} {phone_number(&p.number, kiosk)} })
                    .collect_view();
                view! { <li><strong>{s.service.name.get(lang).0.to_string()}</strong>{phones}</li> }
            })
            .collect_view();
        Some(view! {
            <section class="rk-group rk-group--directhulp rk-direct">
                <Heading level=2 class="rk-heading-2" id="rk-direct-title">{t(lang, Msg::GroupTitle(Group::DirectHulp))}</Heading>
                <p>{t(lang, Msg::GroupIntro(Group::DirectHulp))}</p>
                <ul class="rk-card__list">{items}</ul>
            </section>
        })
    }
}
