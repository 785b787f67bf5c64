//! Direct help stays at the top of every following page once an answer
//! signals danger or an urgent need today: never hidden behind the
//! remaining questions. It follows the plan for the hour
//! (`core::tonight`): what can be reached now first, then what the
//! resident can do now in plain words where nothing for a need can, then
//! what is closed, marked so. A number answered on working days only is
//! not offered as the one to call at night.

use std::sync::Arc;

use leptos::prelude::*;

use super::{fresh, phone_number, Heading, ReadAloud};
use crate::core::answers::{Answers, Fact};
use crate::core::catalogue::Catalogue;
use crate::core::i18n::{t, Lang, Msg};
use crate::core::journey::direct_help_in_full;
use crate::core::matching::{suggest, Group};
use crate::core::opening::{phones_now, Moment};
use crate::core::promise::{direct_intro, group_title};
use crate::core::read_aloud::direct_text;
use crate::core::tonight::{direct_plan, words_after_lines, words_before_lines, Entry, NowWords};
use crate::ui::state::use_ctx;

#[component]
pub fn DirectHelpPanel(cat: Arc<Catalogue>, fact: Fact) -> impl IntoView {
    let ctx = use_ctx();
    let kiosk = ctx.is_kiosk();
    // The panel comes before the question's heading. In a widget the host
    // page's heading comes before both: the panel then takes the widget's
    // start level, so its headings go down one step at a time (axe
    // heading-order); on its own page an h2 before the h1 is in order.
    let top = if ctx.heading_offset > 0 { 1 } else { 2 };
    // The answers do not change while a question shows (an answer moves on
    // to the next page, built afresh); the language does. Built afresh for
    // each language, never diffed: diffing needs a rebuild for every
    // element type in it.
    fresh(
        move || ctx.lang.get(),
        |lang: &Lang| *lang,
        move |lang| panel(&cat, &ctx.answers.get_untracked(), fact, lang, kiosk, top),
    )
}

fn panel(cat: &Catalogue, answers: &Answers, fact: Fact, lang: Lang, kiosk: bool, top: u8) -> Option<impl IntoView> {
    if !answers.signals_danger() && !answers.needs_help_today() {
        return None;
    }
    let moment = crate::ui::clock::now();
    let suggestions = suggest(cat, answers);
    let plan = direct_plan(cat, &suggestions, answers, moment);
    if plan.is_empty() {
        return None;
    }
    let item = |e: &Entry| {
        let phones = phones_now(&e.service.phones, moment);
        let closed = phones.now.is_empty() && !phones.later.is_empty();
        // Commas keep two numbers apart, also as plain text on a kiosk.
        let now = phones
            .now
            .iter()
            .enumerate()
            .map(|(i, p)| view! { {if i == 0 { " " } else { ", " }} {phone_number(&p.number, e.service.invented_number(p), lang, kiosk)} })
            .collect_view();
        let later = phones
            .later
            .iter()
            .map(|p| format!(" {} ({})", p.number, t(lang, Msg::PhoneOfficeHours)))
            .collect::<String>();
        view! {
            <li>
                <strong>{e.service.name.get(lang).0.to_string()}</strong>{now}{later}
                {closed.then(|| view! { <span>{format!(" {}", t(lang, Msg::PhoneNotAnsweredNow))}</span> })}
            </li>
        }
    };
    let list = |entries: &[Entry]| {
        (!entries.is_empty())
            .then(|| view! { <ul class="rk-card__list">{entries.iter().map(item).collect_view()}</ul> })
    };
    let (now, later) = (list(&plan.now), list(&plan.later));
    let words = plan.words.as_ref().map(|w| now_words(lang, w, moment, kiosk, top + 1));
    let title = t(lang, group_title(&suggestions, Group::DirectHulp));
    let intro = t(lang, direct_intro(&plan));
    let read = direct_text(lang, &suggestions, &plan, moment);
    // Open right after the answer that brought it; on later questions
    // folded under its heading (one tap opens it), so the question stays
    // on a phone's first screen.
    let open = direct_help_in_full(answers, fact);
    Some(view! {
        <details class="rk-group rk-group--directhulp rk-direct" open=open>
            <summary class="rk-direct__summary">
                <Heading level=top class="rk-heading-2" id="rk-direct-title">{title}</Heading>
            </summary>
            <p>{intro}</p>
            <ReadAloud text=read/>
            {now}
            {words}
            {later}
        </details>
    })
}

/// What the resident can do now, in plain words (`core::tonight`): the
/// needs nothing in the catalogue meets, what to do (call the gemeente in
/// office hours; else what to do tonight and 112), the lines answered day
/// and night, and when the closed help and the gemeente answer again.
pub fn now_words(lang: Lang, w: &NowWords, moment: Moment, kiosk: bool, level: u8) -> impl IntoView {
    let paragraphs = |texts: Vec<String>| texts.into_iter().map(|p| view! { <p>{p}</p> }).collect_view();
    let lines = (!w.lines.is_empty()).then(|| {
        let items = w
            .lines
            .iter()
            .map(|(s, p)| view! { <li><strong>{s.name.get(lang).0.to_string()}</strong> " " {phone_number(&p.number, s.invented_number(p), lang, kiosk)}</li> })
            .collect_view();
        view! {
            <p>{t(lang, Msg::NowLines)}</p>
            <ul class="rk-card__list">{items}</ul>
        }
    });
    view! {
        <section class="rk-now" aria-labelledby="rk-now-title">
            <Heading level=level class="rk-heading-3" id="rk-now-title">{t(lang, Msg::NowTitle)}</Heading>
            {paragraphs(words_before_lines(lang, w))}
            {lines}
            {paragraphs(words_after_lines(lang, w, moment))}
        </section>
    }
}
