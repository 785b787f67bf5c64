//! One question per page: the legend is the h1, validation only on "Volgende".

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::answers::Fact;
use crate::core::catalogue::Catalogue;
use crate::core::i18n::{t, tf, Lang, Msg};
use crate::core::questionnaire::{
    apply_answer, next_question, plan, prune, question, selected_codes, AnswerError, Input, DONT_KNOW, NONE, PREFER_NOT,
};
use crate::ui::app::set_title;
use crate::ui::components::{BackLink, DirectHelpPanel, ErrorSummary, Heading, QuickExit, Tr, WipeButton};
use crate::ui::state::{use_ctx, Screen};

/// The label of an option of `fact`.
pub fn option_label(lang: Lang, fact: Fact, code: &str, cat: &Catalogue) -> String {
    use crate::core::answers::{LanguageNeed, SafetySignal, WorkSituation};
    use crate::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Theme};
    let msg = match (fact, code) {
        (_, DONT_KNOW) => Some(Msg::DontKnow),
        (_, PREFER_NOT) => Some(Msg::PreferNotToSay),
        (Fact::Safety, NONE) => Some(Msg::SafetyNone),
        (Fact::Caring, NONE) => Some(Msg::CaresForNobody),
        (Fact::Health | Fact::Debts | Fact::HelpTried, "1") => Some(Msg::Yes),
        (Fact::Health | Fact::Debts | Fact::HelpTried, "0") => Some(Msg::No),
        (Fact::Themes, c) => Theme::from_code(c).map(Msg::ThemeLabel),
        (Fact::Safety, c) => SafetySignal::from_code(c).map(Msg::SafetyLabel),
        (Fact::Household, c) => Household::from_code(c).map(Msg::HouseholdLabel),
        (Fact::ChildAges, c) => ChildAge::from_code(c).map(Msg::ChildAgeLabel),
        (Fact::Income, c) => IncomeBand::from_code(c).map(Msg::IncomeLabel),
        (Fact::Work, c) => WorkSituation::from_code(c).map(Msg::WorkLabel),
        (Fact::Caring, c) => CaredFor::from_code(c).map(Msg::CaredForLabel),
        (Fact::Language, c) => LanguageNeed::from_code(c).map(Msg::LanguageLabel),
        _ => None,
    };
    match msg {
        Some(m) => t(lang, m).to_string(),
        None => cat.area_name(code).unwrap_or(code).to_string(),
    }
}

/// The options shown for `fact`, with the honest extra answers at the end.
pub fn options(fact: Fact, cat: &Catalogue) -> Vec<String> {
    let q = question(fact);
    let mut out: Vec<String> = if fact == Fact::Area {
        cat.areas.iter().map(|a| a.id.clone()).collect()
    } else {
        q.options.iter().map(|s| s.to_string()).collect()
    };
    if q.dont_know {
        out.push(DONT_KNOW.into());
    }
    if q.prefer_not && !matches!(q.input, Input::Number { .. }) {
        out.push(PREFER_NOT.into());
    }
    out
}

#[component]
pub fn QuestionPage(fact: Fact, cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let q = question(fact);
    let (codes0, number0) = selected_codes(&ctx.answers.get_untracked(), fact);
    let codes = RwSignal::new(codes0);
    let number = RwSignal::new(number0);
    let error = RwSignal::new(None::<Msg>);
    let multiple = q.input == Input::Multiple;
    let field_prefix = format!("rk-q-{}", fact.key());
    let first_field = format!("{field_prefix}-0");

    // "Vraag n van m": computed once per change of answers or language, read
    // by both the caption and the document title.
    let counter = Memo::new({
        let cat = cat.clone();
        move |_| {
            let answers = ctx.answers.get();
            let steps = plan(&cat, &answers);
            let n = steps.iter().position(|&f| f == fact).map_or(steps.len(), |p| p + 1);
            // Before the life areas are known, the number of questions is not.
            if answers.themes.is_empty() {
                return tf(lang.get(), Msg::QuestionCounterFirst, &[("n", &n.to_string())]);
            }
            tf(
                lang.get(),
                Msg::QuestionCounter,
                &[("n", &n.to_string()), ("m", &steps.len().max(n).to_string())],
            )
        }
    });
    Effect::new(move |_| {
        let page = format!("{}: {}", counter.get(), t(lang.get(), Msg::QuestionTitle(fact)));
        set_title(ctx, &page, error.get().is_some());
    });

    let submit = {
        let cat = cat.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut answers = ctx.answers.get_untracked();
            match apply_answer(&mut answers, fact, &codes.get_untracked(), &number.get_untracked()) {
                Err(AnswerError::NothingChosen) => error.set(Some(Msg::ErrorChooseOne)),
                Err(AnswerError::InvalidNumber) => error.set(Some(Msg::ErrorAgeInvalid)),
                Ok(()) => {
                    error.set(None);
                    prune(&cat, &mut answers);
                    let next = next_question(&cat, &answers);
                    ctx.answers.set(answers);
                    ctx.go(next.map_or(Screen::Check, Screen::Question));
                }
            }
        }
    };

    let option_views = {
        let cat = cat.clone();
        let field_prefix = field_prefix.clone();
        move || {
            options(fact, &cat)
                .into_iter()
                .enumerate()
                .map(|(i, code)| {
                    let id = format!("{field_prefix}-{i}");
                    let label = option_label(lang.get(), fact, &code, &cat);
                    let hint = match (fact, crate::core::facts::Theme::from_code(&code)) {
                        (Fact::Themes, Some(th)) => Some(t(lang.get(), Msg::ThemeHint(th))),
                        _ => None,
                    };
                    let exclusive = code == NONE || code == DONT_KNOW || code == PREFER_NOT;
                    let c1 = code.clone();
                    let c2 = code.clone();
                    let hint_id = format!("{id}-hint");
                    view! {
                        <div class="rk-choice" class:rk-choice--separated=exclusive>
                            <input
                                class="rk-choice__input"
                                type=if multiple { "checkbox" } else { "radio" }
                                name=field_prefix.clone()
                                id=id.clone()
                                value=code.clone()
                                aria-describedby=hint.map(|_| hint_id.clone())
                                prop:checked=move || codes.get().contains(&c1)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    codes.update(|list| {
                                        if !multiple || exclusive {
                                            list.clear();
                                        } else {
                                            list.retain(|c| c != NONE && c != DONT_KNOW && c != PREFER_NOT);
                                        }
                                        list.retain(|c| c != &c2);
                                        if on {
                                            list.push(c2.clone());
                                        }
                                    });
                                }
                            />
                            <label class="rk-choice__label" for=id.clone()>{label}</label>
                            {hint.map(|h| view! { <p class="rk-choice__hint" id=hint_id.clone()>{h}</p> })}
                        </div>
                    }
                })
                .collect_view()
        }
    };

    let is_number = matches!(q.input, Input::Number { .. });
    let number_id = format!("{field_prefix}-0");
    let prefer_not_id = format!("{field_prefix}-pn");
    view! {
        <div class="rk-page rk-question">
            <div class="rk-toolbar">
                <BackLink/>
                {q.sensitive.then(|| view! { <QuickExit/> })}
            </div>
            <ErrorSummary error=error field_id=first_field.clone()/>
            <DirectHelpPanel cat=cat.clone()/>
            <form class="rk-form" novalidate on:submit=submit>
                <fieldset class="rk-fieldset" aria-describedby=format!("{field_prefix}-hint")>
                    <legend class="rk-fieldset__legend">
                        <span class="rk-caption">{counter}</span>
                        <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::QuestionTitle(fact)/></Heading>
                    </legend>
                    <p class="rk-hint" id=format!("{field_prefix}-hint")><Tr msg=Msg::QuestionHint(fact)/></p>
                    {move || error.get().map(|m| view! { <p class="rk-field-error"><span class="rk-visually-hidden">{t(lang.get(), Msg::ErrorPrefix)}</span>{t(lang.get(), m)}</p> })}
                    {if is_number {
                        Either::Left(view! {
                            <div class="rk-number">
                                <label class="rk-label" for=number_id.clone()><Tr msg=Msg::QuestionTitle(fact)/></label>
                                <input class="rk-input rk-input--short" type="text" inputmode="numeric" autocomplete="off"
                                    id=number_id.clone()
                                    aria-invalid=move || error.get().is_some().to_string()
                                    prop:value=move || number.get()
                                    on:input=move |ev| { number.set(event_target_value(&ev)); codes.set(vec![]); }/>
                                <span class="rk-input-suffix"><Tr msg=Msg::AgeUnit/></span>
                            </div>
                            <div class="rk-choice rk-choice--separated">
                                <input class="rk-choice__input" type="checkbox" id=prefer_not_id.clone()
                                    prop:checked=move || codes.get().iter().any(|c| c == PREFER_NOT)
                                    on:change=move |ev| {
                                        if event_target_checked(&ev) { codes.set(vec![PREFER_NOT.into()]); number.set(String::new()); } else { codes.set(vec![]); }
                                    }/>
                                <label class="rk-choice__label" for=prefer_not_id.clone()><Tr msg=Msg::PreferNotToSay/></label>
                            </div>
                        })
                    } else {
                        Either::Right(view! { <div class="rk-choices">{option_views}</div> })
                    }}
                </fieldset>
                <details class="rk-details">
                    <summary class="rk-details__summary"><Tr msg=Msg::WhyWeAsk/></summary>
                    <p><Tr msg=Msg::QuestionWhy(fact)/></p>
                </details>
                <button type="submit" class="rk-button rk-button--primary"><Tr msg=Msg::Next/></button>
            </form>
            <WipeButton/>
        </div>
    }
}
