//! Direct help stays at the top of every following page once an answer
//! signals danger or an urgent need today: never hidden behind the
//! remaining questions. Each number says when it is answered; a number
//! answered on working days only is not offered as the one to call at night.

use std::sync::Arc;

use leptos::prelude::*;

use super::{phone_number, Heading};
use crate::core::catalogue::Catalogue;
use crate::core::i18n::{t, Msg};
use crate::core::matching::{suggest, Group};
use crate::core::opening::phones_now;
use crate::core::promise::{group_intro, group_title};
use crate::ui::state::use_ctx;

#[component]
pub fn DirectHelpPanel(cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = use_ctx();
    let kiosk = ctx.is_kiosk();
    move || {
        let answers = ctx.answers.get();
        if !answers.signals_danger() && !answers.needs_help_today() {
            return None;
        }
        let lang = ctx.lang.get();
        let moment = crate::ui::clock::now();
        let suggestions: Vec<_> = suggest(&cat, &answers)
            .into_iter()
            .filter(|s| s.group == Group::DirectHulp)
            .collect();
        let items = suggestions
            .iter()
            .map(|s| {
                let phones = phones_now(&s.service.phones, moment);
                let closed = phones.now.is_empty() && !phones.later.is_empty();
                // Commas keep two numbers apart, also as plain text on a kiosk.
                let now = phones
                    .now
                    .iter()
                    .enumerate()
                    .map(|(i, p)| view! { {if i == 0 { " " } else { ", " }} {phone_number(&p.number, s.service.invented_number(p), lang, kiosk)} })
                    .collect_view();
                let later = phones
                    .later
                    .iter()
                    .map(|p| format!(" {} ({})", p.number, t(lang, Msg::PhoneOfficeHours)))
                    .collect::<String>();
                view! {
                    <li>
                        <strong>{s.service.name.get(lang).0.to_string()}</strong>{now}{later}
                        {closed.then(|| view! { <span>{format!(" {}", t(lang, Msg::PhoneNotAnsweredNow))}</span> })}
                    </li>
                }
            })
            .collect_view();
        let title = t(lang, group_title(&suggestions, Group::DirectHulp));
        let intro = t(lang, group_intro(&suggestions, Group::DirectHulp));
        Some(view! {
            <section class="rk-group rk-group--directhulp rk-direct">
                <Heading level=2 class="rk-heading-2" id="rk-direct-title">{title}</Heading>
                <p>{intro}</p>
                <ul class="rk-card__list">{items}</ul>
            </section>
        })
    }
}
