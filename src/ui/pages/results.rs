//! The results: suggestions in route order, grouped, each with why, what to
//! do next, contact, cost and (for walk-ins) the next opening. Print and share.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::answers::Answers;
use crate::core::catalogue::Catalogue;
use crate::core::explain::{date_day_month, first_step, reason_text, ruled_out_text, summary_line, you_said};
use crate::core::i18n::{t, t_about, tf, Msg};
use crate::core::journey::{refine_in, share_link, Screen};
use crate::core::matching::{near_misses, suggest, Group, Suggestion};
use crate::core::promise::{direct_intro, group_intro, group_title};
use crate::core::questionnaire::answer_text;
use crate::core::read_aloud::{begin_text, direct_text};
use crate::core::relevance::begin_here;
use crate::core::route::{route_steps, RouteStep};
use crate::core::tonight::{closed_note, direct_plan, DirectPlan, Entry};
use crate::ui::components::{
    card, card_id, card_noted, first_step_line, now_words, open_all_details, text_dir, text_lang, AllHelpLink,
    BackLink, Heading, JumpLink, QrCode, ReadAloud, Render, WipeButton,
};
use crate::ui::state::use_ctx;
use crate::ui::title::set_title;

/// The results page. The screen switch builds it afresh for every language
/// (see `app::screen_key`) and the answers cannot change while it shows, so
/// it renders plain values: no reactive text, which keeps the wasm smaller.
#[component]
pub fn ResultsPage(cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let answers = ctx.answers.get_untracked();
    Effect::new(move |_| set_title(ctx, t(lang, Msg::ResultsTitle), false));
    // Kept in the context, so a language switch (which rebuilds this page)
    // keeps the choice.
    let with_answers = ctx.print_answers;
    // On a kiosk nothing navigates away and nothing goes to the clipboard:
    // links become text with a QR code to take home on a phone.
    let kiosk = ctx.is_kiosk();
    let copied = RwSignal::new(false);
    let gemeente = ctx.gemeente.get_untracked().map(|g| g.name).unwrap_or_default();
    let gemeente_id = ctx.gemeente.get_untracked().map(|g| g.id).unwrap_or_default();

    // In a widget the link opens the standalone app next to the script.
    let base = if ctx.widget {
        ctx.base.get_value()
    } else {
        let loc = window().location();
        format!(
            "{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        )
    };
    let share_link = share_link(&base, &gemeente_id, lang, &answers);

    // One reading of the device clock for the opening times and the print date.
    let moment = crate::ui::clock::now();
    let intro = tf(lang, Msg::ResultsIntro, &[("gemeente", &gemeente)]);
    let render = Render {
        lang,
        cat: &cat,
        moment,
        kiosk,
        about: answers.about(),
        area: answers.area.known().map(String::as_str),
        listing: false,
        choose: None,
        copy: false,
    };
    let body = suggestions_view(render, &answers, intro);
    let why_not = why_not_view(render, &answers);
    // "Maak uw uitkomst preciezer": the questions left for after the
    // results. One judgement for both lists (kept from the check page).
    let judged = ctx.questions(&cat, &answers);
    let refine_to = refine_in(&judged, &answers);
    let answers_for_print = judged
        .shown(&answers)
        .into_iter()
        .map(|f| view! { <div><dt>{t_about(lang, Msg::QuestionTitle(f), answers.about())}</dt><dd>{answer_text(lang, f, &cat, &answers)}</dd></div> })
        .collect_view();
    // "7 december 2026": a date that cannot be read as a range.
    let date = format!("{} {}", date_day_month(lang, moment.date), moment.date.year);
    let printed_on = tf(lang, Msg::PrintedOn, &[("date", &date)]);
    // "Printen" gives the sheet for the keukentafelgesprek (one or two
    // pages: direct help, "Begin hier", what the resident said, the
    // keukentafelgesprek and room for notes); "Print alle hulp" everything.
    let print_all = RwSignal::new(false);
    let print = move |ev: leptos::ev::MouseEvent, all: bool| {
        print_all.set(all);
        // Print shows what is folded too: open every folded part first.
        open_all_details(&ev);
        let _ = window().print();
    };

    view! {
        <div class="rk-page rk-results" class:rk-results--with-answers=move || with_answers.get() class:rk-results--print-all=move || print_all.get()>
            <div class="rk-no-print"><BackLink/></div>
            <Heading level=1 class="rk-heading-1" page=true>{t(lang, Msg::ResultsTitle)}</Heading>
            <p class="rk-print-only">{printed_on} " · " {gemeente}</p>
            {body}
            {(why_not, matches!(refine_to, Screen::Question(_)).then(|| view! {
                <section class="rk-refine rk-no-print">
                    <Heading level=2 class="rk-heading-2" id="rk-refine-title">{t(lang, Msg::RefineTitle)}</Heading>
                    <p>{t(lang, Msg::RefineText)}</p>
                    <button type="button" class="rk-button rk-button--subtle" data-testid="refine" on:click=move |_| ctx.go(refine_to)>
                        {t(lang, Msg::RefineButton)}
                    </button>
                </section>
            }))}
            <p class="rk-no-print"><AllHelpLink/></p>
            <section class="rk-print-answers">
                <Heading level=2 class="rk-heading-2" id="rk-your-answers">{t(lang, Msg::YourAnswers)}</Heading>
                <dl class="rk-summary">{answers_for_print}</dl>
            </section>
            <section class="rk-notes rk-print-only">
                <Heading level=2 class="rk-heading-2" id="rk-notes-title">{t(lang, Msg::NotesTitle)}</Heading>
                <div class="rk-notes__lines"></div>
            </section>
            <section class="rk-share rk-no-print">
                <Heading level=2 class="rk-heading-2" id="rk-share-title">{t(lang, Msg::ShareTitle)}</Heading>
                <p>{t(lang, Msg::ShareText)}</p>
                {if kiosk {
                    Either::Left(view! { <div data-testid="share-qr"><QrCode text=share_link label=t(lang, Msg::QrShareLabel)/></div> })
                } else {
                    let copy = {
                        let link = share_link.clone();
                        move |_| {
                            let _ = window().navigator().clipboard().write_text(&link);
                            copied.set(true);
                        }
                    };
                    Either::Right(view! {
                        // One line that scrolls (and so takes focus): a long link
                        // wrapped over five lines pushed the page past four phone screens.
                        <p class="rk-share__link"><code class="rk-code" tabindex="0" data-testid="share-link">{share_link}</code></p>
                        <button type="button" class="rk-button rk-button--subtle" on:click=copy>{t(lang, Msg::CopyLink)}</button>
                        <p role="status" class="rk-status">{move || copied.get().then(|| t(lang, Msg::LinkCopied))}</p>
                    })
                }}
            </section>
            <div class="rk-actions rk-no-print">
                <div class="rk-choice">
                    <input class="rk-choice__input" type="checkbox" id="rk-print-answers"
                        prop:checked=move || with_answers.get()
                        on:change=move |ev| with_answers.set(event_target_checked(&ev))/>
                    <label class="rk-choice__label" for="rk-print-answers">{t(lang, Msg::PrintWithAnswers)}</label>
                </div>
                <button type="button" class="rk-button rk-button--primary" on:click=move |ev| print(ev, false)>
                    {t(lang, Msg::Print)}
                </button>
                <button type="button" class="rk-button rk-button--subtle" on:click=move |ev| print(ev, true)>
                    {t(lang, Msg::PrintAll)}
                </button>
            </div>
            <div class="rk-no-print"><WipeButton/></div>
        </div>
    }
}

/// Direct help at the hour (`core::tonight`): what can be reached now,
/// what the resident can do now in plain words where nothing for a need
/// can, then what is closed, each closed number marked "nu niet
/// bereikbaar". Its cards one level below its h2.
fn direct_help_view(r: Render, suggestions: &[Suggestion], plan: &DirectPlan) -> impl IntoView {
    let lang = r.lang;
    let cards = |entries: &[Entry]| {
        (!entries.is_empty()).then(|| {
            let list = entries
                .iter()
                .map(|e| card_noted(r, &suggestions[e.at], 3, closed_note(lang, e.reach)))
                .collect_view();
            view! { <ul class="rk-cards">{list}</ul> }
        })
    };
    let id = format!("rk-group-{}", Group::DirectHulp.slug());
    let class = format!("rk-group rk-group--{}", Group::DirectHulp.slug());
    let (title, intro) = (
        t(lang, group_title(suggestions, Group::DirectHulp)),
        t(lang, direct_intro(plan)),
    );
    view! {
        <section class=class id=id tabindex="-1">
            <Heading level=2 class="rk-heading-2 rk-group__title">{title}</Heading>
            <p class="rk-group__intro">{intro}</p>
            <ReadAloud text=direct_text(lang, suggestions, plan, r.moment)/>
            {cards(&plan.now)}
            {plan.words.as_ref().map(|w| now_words(lang, w, r.moment, r.kiosk, 3))}
            {cards(&plan.later)}
        </section>
    }
}

/// What the resident told us (once), "Begin hier", "Uw route", and the
/// suggestions in route order, one section per group; direct help first.
fn suggestions_view(r: Render, answers: &Answers, intro: String) -> impl IntoView {
    let Render { lang, cat, .. } = r;
    let suggestions = suggest(cat, answers);
    // Danger or an urgent need: direct help comes before everything else.
    let plan = direct_plan(cat, &suggestions, answers, r.moment);
    let direct_help = (!plan.is_empty()).then(|| direct_help_view(r, &suggestions, &plan));
    if suggestions.is_empty() {
        return Either::Left(view! {
            {direct_help}
            <section class="rk-group">
                <Heading level=2 class="rk-heading-2">{t(lang, Msg::NoResultsTitle)}</Heading>
                <p>{t(lang, Msg::NoResultsText)}</p>
            </section>
        });
    }
    // One paragraph: the resident knows what they said, it only needs saying once.
    let said = you_said(answers, cat)
        .iter()
        .map(|reason| reason_text(lang, reason, r.about))
        .collect::<Vec<_>>()
        .join(" ");
    let begin = begin_here(&suggestions)
        .into_iter()
        .map(|i| begin_item(r, &suggestions[i]))
        .collect_view();
    // The route's steps (`core::route`): each an h3 in a disclosure, the
    // first few specific matches open, the rest folded.
    let groups = route_steps(&suggestions)
        .into_iter()
        .map(|step| {
            let RouteStep {
                group,
                cards,
                shown,
                beyond,
                count,
            } = step;
            let mut cards: Vec<_> = cards.iter().map(|&i| card(r, &suggestions[i], 4)).collect();
            let rest = cards.split_off(shown);
            let beyond = (beyond > 0).then(|| {
                view! {
                    <p class="rk-more__beyond">
                        {tf(lang, Msg::MoreNotOnPage, &[("n", &beyond.to_string())])} " " <AllHelpLink/>
                    </p>
                }
            });
            let (title, intro) = (
                t(lang, group_title(&suggestions, group)),
                t(lang, group_intro(&suggestions, group)),
            );
            let more = (!rest.is_empty()).then(|| {
                // "Toon nog 3" under shown cards; "Toon 3" when all are folded.
                let msg = if shown == 0 { Msg::ShowFolded } else { Msg::ShowMore };
                let summary = tf(lang, msg, &[("n", &rest.len().to_string())]);
                view! {
                    <details class="rk-details rk-more">
                        <summary class="rk-details__summary">{summary}</summary>
                        <ul class="rk-cards">{rest.into_iter().collect_view()}</ul>
                        {beyond}
                    </details>
                }
            });
            let id = format!("rk-group-{}", group.slug());
            let class = format!("rk-group rk-group--{}", group.slug());
            // One step of the route, closed until the resident opens it
            // (GOV.UK's step-by-step pattern): the page stays a few screens
            // long, and the count says what is inside.
            view! {
                <li class=class>
                    <details class="rk-stepgroup" id=id>
                        <summary class="rk-stepgroup__summary">
                            <Heading level=3 class="rk-stepgroup__title rk-group__title">{title}</Heading>
                            <span class="rk-stepgroup__count">{format!("({count})")}</span>
                        </summary>
                        <p class="rk-group__intro">{intro}</p>
                        <ul class="rk-cards">{cards.into_iter().collect_view()}</ul>
                        {more}
                    </details>
                </li>
            }
        })
        .collect_view();
    let begin_section = (!begin.is_empty()).then(|| {
        view! {
            <section class="rk-begin" aria-labelledby="rk-begin-title" aria-describedby="rk-begin-intro">
                <Heading level=2 class="rk-heading-2" id="rk-begin-title">{t(lang, Msg::BeginHereTitle)}</Heading>
                <p class="rk-visually-hidden" id="rk-begin-intro">{t(lang, Msg::BeginHereIntro)}</p>
                <ol class="rk-begin__list">{begin}</ol>
            </section>
        }
    });
    // "Begin hier" first (after direct help), so the best match is on a
    // phone's first screen.
    Either::Right(view! {
        {direct_help}
        {begin_section}
        <section class="rk-said" aria-labelledby="rk-said-title">
            <Heading level=2 class="rk-heading-2" id="rk-said-title">{t(lang, Msg::YouSaidTitle)}</Heading>
            <p>{said}</p>
        </section>
        <section class="rk-route" aria-labelledby="rk-route-title">
            <Heading level=2 class="rk-heading-2" id="rk-route-title">{t(lang, Msg::YourRouteTitle)}</Heading>
            <p>{intro}</p>
            <ol class="rk-route__steps">{groups}</ol>
        </section>
    })
}

/// "Waarom niet?": help of the resident's life areas that one answer left
/// out, each with that answer and a way to change it (the check page's
/// "Wijzig": the question, then back through the check page). Folded at the
/// end, and only when there is something in it.
fn why_not_view(r: Render, answers: &Answers) -> Option<impl IntoView> {
    let Render { lang, cat, about, .. } = r;
    let misses = near_misses(cat, answers);
    if misses.is_empty() {
        return None;
    }
    let ctx = use_ctx();
    let items = misses
        .iter()
        .map(|m| {
            let (name, name_lang) = m.service.name.get(lang);
            let fact = m.ruled_out.fact();
            view! {
                <li class="rk-whynot__item">
                    <strong class="rk-whynot__name" lang=text_lang(lang, name_lang) dir=text_dir(lang, name_lang)>{name.to_string()}</strong>
                    <p class="rk-whynot__why">{ruled_out_text(lang, m, cat, answers)}</p>
                    <button type="button" class="rk-button rk-button--subtle rk-no-print" on:click=move |_| {
                        ctx.go(Screen::Question(fact));
                    }>
                        {t(lang, Msg::Change)}
                        <span class="rk-visually-hidden">{format!(": {}", t_about(lang, Msg::QuestionTitle(fact), about))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <details class="rk-whynot" data-testid="why-not">
            <summary class="rk-whynot__summary">
                <Heading level=2 class="rk-whynot__title" id="rk-whynot-title">{t(lang, Msg::WhyNotTitle)}</Heading>
            </summary>
            <p>{t(lang, Msg::WhyNotIntro)}</p>
            <ul class="rk-whynot__list">{items}</ul>
        </details>
    })
}

/// One entry of "Begin hier": the name (a link to its card), what it is,
/// and the first step (a call, or a walk-in with "nu open" or its next time).
fn begin_item(r: Render, s: &Suggestion) -> impl IntoView {
    let Render {
        lang,
        cat,
        moment,
        kiosk,
        ..
    } = r;
    let svc = s.service;
    let (desc, desc_lang) = svc.description.get(lang);
    let (what, _) = summary_line(desc);
    let (name, name_lang) = svc.name.get(lang);
    let step = first_step(svc, cat, moment, r.area);
    // A name or text still in Dutch keeps its language and direction.
    view! {
        <li class="rk-begin__item">
            <span lang=text_lang(lang, name_lang) dir=text_dir(lang, name_lang)>
                <JumpLink to=card_id(s) class="rk-begin__link" label=name.to_string()/>
            </span>
            <span class="rk-begin__what" lang=text_lang(lang, desc_lang) dir=text_dir(lang, desc_lang)>{what.to_string()}</span>
            {first_step_line(lang, svc, &step, kiosk)}
            <ReadAloud text=begin_text(lang, cat, s, moment, r.area)/>
        </li>
    }
}
