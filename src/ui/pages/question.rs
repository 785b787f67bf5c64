//! One question per page: the legend is the h1, validation only on "Volgende".
//! Options, ticks and what comes next come from the core.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::answers::{AnswerError, Fact, PREFER_NOT};
use crate::core::catalogue::Catalogue;
use crate::core::i18n::{t, t_about, tf, Msg};
use crate::core::journey::{after_answer_judged, progress_in};
use crate::core::questionnaire::{apply_answer, choices, form_state, tick};
use crate::core::questions::Input;
use crate::core::read_aloud::question_text;
use crate::ui::components::{BackLink, DirectHelpPanel, ErrorSummary, Heading, QuickExit, ReadAloud, Tr, WipeButton};
use crate::ui::kiosk::NumberPad;
use crate::ui::state::use_ctx;
use crate::ui::title::set_title;

#[component]
pub fn QuestionPage(fact: Fact, cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let def = fact.def();
    // Asked after "voor wie": fixed while this question shows.
    // The answers do not change while a question shows.
    let answers_now = ctx.answers.get_untracked();
    let about = answers_now.about();
    let form = RwSignal::new(form_state(&ctx.answers.get_untracked(), fact));
    let error = RwSignal::new(None::<Msg>);
    let multiple = def.input == Input::Multiple;
    let field_prefix = format!("rk-q-{}", fact.key());
    let first_field = format!("{field_prefix}-0");

    // "Vraag n van m": once per language, read by both the caption and the
    // document title. The answers do not change while a question shows:
    // an answer stores them and leaves, so this page (about to go) does
    // not count, nor set the title, again. The questions come from that
    // answer's judgement (`Ctx::questions`).
    let p = ctx
        .answers
        .with_untracked(|a| progress_in(&ctx.questions(&cat, a), a, fact));
    let counter = Memo::new(move |_| {
        let n = p.n.to_string();
        match p.of {
            None => tf(lang.get(), Msg::QuestionCounterFirst, &[("n", &n)]),
            Some(m) => tf(lang.get(), Msg::QuestionCounter, &[("n", &n), ("m", &m.to_string())]),
        }
    });
    Effect::new(move |_| {
        // The tab's history keeps every title it had: a sensitive question
        // (danger, money, health, debts), and on a kiosk every question, is
        // named by its number only, so the next person at the screen (or
        // anyone reading the history) does not find "Heeft u schulden…".
        let page = if def.sensitive || ctx.is_kiosk() {
            counter.get()
        } else {
            format!(
                "{}: {}",
                counter.get(),
                t_about(lang.get(), Msg::QuestionTitle(fact), about)
            )
        };
        set_title(ctx, &page, error.get().is_some());
    });

    let submit = {
        let cat = cat.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut answers = ctx.answers.get_untracked();
            match form.with_untracked(|f| apply_answer(&mut answers, fact, f)) {
                Err(AnswerError::InvalidNumber) => error.set(Some(Msg::ErrorAgeInvalid)),
                Err(AnswerError::NumberAndPreferNot) => error.set(Some(Msg::ErrorAgeOrPreferNot)),
                Err(_) => error.set(Some(Msg::ErrorChooseOne)),
                Ok(()) => {
                    error.set(None);
                    let (next, judged) = after_answer_judged(&cat, &mut answers, fact);
                    ctx.remember(&cat, &answers, judged);
                    ctx.answers.set(answers);
                    ctx.go(next);
                }
            }
        }
    };

    // What "Lees voor" reads: what this page shows, in its language; a
    // new language reads anew (the old reading stops with its button).
    let read = {
        let (cat, answers) = (cat.clone(), answers_now.clone());
        move || view! { <ReadAloud text=question_text(lang.get(), fact, &cat, &answers)/> }
    };
    let option_views = {
        let cat = cat.clone();
        let field_prefix = field_prefix.clone();
        move || {
            choices(lang.get(), fact, &cat, &answers_now)
                .into_iter()
                .enumerate()
                .map(|(i, choice)| {
                    let id = format!("{field_prefix}-{i}");
                    let hint_id = format!("{id}-hint");
                    let (c1, c2) = (choice.code.clone(), choice.code.clone());
                    view! {
                        <div class="rk-choice" class:rk-choice--separated=choice.exclusive>
                            <input
                                class="rk-choice__input"
                                type=if multiple { "checkbox" } else { "radio" }
                                name=field_prefix.clone()
                                id=id.clone()
                                value=choice.code.clone()
                                aria-describedby=choice.hint.map(|_| hint_id.clone())
                                prop:checked=move || form.with(|f| f.ticked.contains(&c1))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    form.update(|f| tick(f, fact, &c2, on));
                                }
                            />
                            <label class="rk-choice__label" for=id.clone()>{choice.label}</label>
                            {choice.hint.map(|h| view! { <p class="rk-choice__hint" id=hint_id.clone()>{h}</p> })}
                        </div>
                    }
                })
                .collect_view()
        }
    };

    let is_number = def.input == Input::Number;
    let kiosk = ctx.is_kiosk();
    let number_id = format!("{field_prefix}-0");
    let prefer_not_id = format!("{field_prefix}-pn");
    view! {
        <div class="rk-page rk-question">
            <div class="rk-toolbar">
                <BackLink/>
                {def.sensitive.then(|| view! { <QuickExit/> })}
            </div>
            <ErrorSummary error=error field_id=first_field.clone()/>
            <DirectHelpPanel cat=cat.clone() fact=fact/>
            <form class="rk-form" novalidate on:submit=submit>
                <fieldset class="rk-fieldset" aria-describedby=format!("{field_prefix}-hint")>
                    <legend class="rk-fieldset__legend">
                        <span class="rk-caption">{counter}</span>
                        <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::QuestionTitle(fact) about=about/></Heading>
                    </legend>
                    <p class="rk-hint" id=format!("{field_prefix}-hint")><Tr msg=Msg::QuestionHint(fact) about=about/></p>
                    {read}
                    {move || error.get().map(|m| view! { <p class="rk-field-error"><span class="rk-visually-hidden">{t(lang.get(), Msg::ErrorPrefix)} " "</span>{t(lang.get(), m)}</p> })}
                    {if is_number {
                        Either::Left(view! {
                            <div class="rk-number">
                                <label class="rk-label" for=number_id.clone()><Tr msg=Msg::QuestionTitle(fact) about=about/></label>
                                // A kiosk types with its own pad: no on-screen keyboard over the page.
                                <input class="rk-input rk-input--short" type="text" inputmode=if kiosk { "none" } else { "numeric" } autocomplete="off"
                                    id=number_id.clone()
                                    aria-invalid=move || error.get().is_some().to_string()
                                    prop:value=move || form.with(|f| f.number.clone())
                                    on:input=move |ev| form.update(|f| { f.number = event_target_value(&ev); f.ticked.clear(); })/>
                                <span class="rk-input-suffix"><Tr msg=Msg::AgeUnit/></span>
                            </div>
                            {kiosk.then(|| view! { <NumberPad form=form/> })}
                            <div class="rk-choice rk-choice--separated">
                                <input class="rk-choice__input" type="checkbox" id=prefer_not_id.clone()
                                    prop:checked=move || form.with(|f| f.ticked.iter().any(|c| c == PREFER_NOT))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        form.update(|f| tick(f, fact, PREFER_NOT, on));
                                    }/>
                                <label class="rk-choice__label" for=prefer_not_id.clone()><Tr msg=Msg::PreferNotToSay/></label>
                            </div>
                        })
                    } else {
                        Either::Right(view! { <div class="rk-choices">{option_views}</div> })
                    }}
                </fieldset>
                // The next step right under the answers: in view on a phone.
                <button type="submit" class="rk-button rk-button--primary"><Tr msg=Msg::Next/></button>
                <details class="rk-details">
                    <summary class="rk-details__summary"><Tr msg=Msg::WhyWeAsk/></summary>
                    <p><Tr msg=Msg::QuestionWhy(fact)/></p>
                </details>
            </form>
            <WipeButton/>
        </div>
    }
}
