//! "Alle hulp": the gemeente's help without the questions, for a resident
//! who knows what they look for, a wijkteam worker or the library desk. A
//! search field (core::search forgives case, accents, plurals and a typo),
//! subjects as buttons (no typing needed on a kiosk) and filters; with no
//! words, every service once, A to Z. The same cards as the results, without
//! "past bij uw antwoorden". What is typed lives in this page's memory only:
//! never in the address, the history or storage, and a wipe drops it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::catalogue::{Catalogue, Kind};
use crate::core::facts::Theme;
use crate::core::i18n::{t, tf, Msg};
use crate::core::matching::{Group, Suggestion};
use crate::core::search::{Filters, OpenFilter, SearchIndex};
use crate::ui::components::{card, open_all_details, BackLink, Heading, Render, Tr};
use crate::ui::state::use_ctx;
use crate::ui::title::set_title;

/// Cards shown at first, and added by "Toon nog".
const PAGE: usize = 15;

/// "Wanneer open": any time, now, or still today.
#[derive(Clone, Copy, PartialEq, Eq)]
enum When {
    Any,
    Now,
    Today,
}

#[component]
pub fn AllHelpPage(cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    Effect::new(move |_| set_title(ctx, t(lang.get(), Msg::AllHelpTitle), false));
    let query = RwSignal::new(String::new());
    let theme = RwSignal::new(None::<Theme>);
    let area = RwSignal::new(None::<String>);
    let group = RwSignal::new(None::<Group>);
    let when = RwSignal::new(When::Any);
    let free = RwSignal::new(false);
    // A phone shows a page of cards at a time; new words or filters start again.
    let shown = RwSignal::new(PAGE);
    // Cards chosen to print for a client (a wijkteam worker, the library
    // desk); kept across a language switch, so the sheet can be printed in
    // the client's language.
    let chosen = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        query.track();
        theme.track();
        area.track();
        group.track();
        when.track();
        free.track();
        shown.set(PAGE);
    });
    // Built once per language (life-area names are searchable), not per
    // keystroke: a memo of the language, read by the results.
    let index = {
        let cat = cat.clone();
        Memo::new_with_compare(move |_| Arc::new(SearchIndex::new(&cat, lang.get())), |_, _| true)
    };
    let subjects = Theme::ALL
        .iter()
        .copied()
        .filter(|th| cat.services.iter().any(|s| s.themes.contains(th)))
        .map(|th| {
            let pressed = move || theme.get() == Some(th);
            view! {
                <button type="button" class="rk-chip" aria-pressed=move || pressed().to_string()
                    on:click=move |_| theme.update(|x| *x = if *x == Some(th) { None } else { Some(th) })>
                    <Tr msg=Msg::ThemeLabel(th)/>
                </button>
            }
        })
        .collect_view();
    let areas = cat
        .areas
        .iter()
        .map(|a| view! { <option value=a.id.clone()>{a.name.clone()}</option> })
        .collect_view();
    let groups = Group::ALL
        .iter()
        .map(|&g| view! { <option value=g.slug()><Tr msg=Msg::GroupTitle(g)/></option> })
        .collect_view();
    let results = {
        let cat = cat.clone();
        move || {
            let lang = lang.get();
            let moment = crate::ui::clock::now();
            let filters = Filters {
                theme: theme.get(),
                area: area.get(),
                group: group.get(),
                free_without_application: free.get(),
                open: match when.get() {
                    When::Any => None,
                    When::Now => Some(OpenFilter::Now(moment)),
                    When::Today => Some(OpenFilter::Today(moment)),
                },
            };
            let index = index.get();
            let hits = index.search(&cat, &query.get(), &filters);
            let render = Render {
                lang,
                cat: &cat,
                moment,
                kiosk: ctx.is_kiosk(),
                about: None,
                area: None,
                listing: true,
                choose: Some(chosen),
                copy: false,
            };
            let found = tf(lang, Msg::SearchFound, &[("n", &hits.len().to_string())]);
            let more = hits.len().saturating_sub(shown.get());
            let cards = hits
                .iter()
                .take(shown.get())
                .map(|h| {
                    let s = Suggestion::listed(h.service);
                    card(render, &s, 2)
                })
                .collect_view();
            // Nothing found: the gemeente's own team for every question
            // (the wijkteam or sociaal team) rather than an empty page.
            let nothing = hits.is_empty().then(|| {
                let team = cat
                    .services
                    .iter()
                    .filter(|s| s.kind == Kind::Loket && !s.id.starts_with("nl-"))
                    .take(1)
                    .map(|svc| card(render, &Suggestion::listed(svc), 2))
                    .collect_view();
                view! {
                    <p>{t(lang, Msg::SearchNothing)}</p>
                    <p>{t(lang, Msg::SearchNothingTeam)}</p>
                    <ul class="rk-cards">{team}</ul>
                }
            });
            let show_more = (more > 0).then(|| {
                let label = tf(lang, Msg::ShowMore, &[("n", &more.min(PAGE).to_string())]);
                view! {
                    <button type="button" class="rk-button" on:click=move |_| shown.update(|n| *n += PAGE)>{label}</button>
                }
            });
            view! {
                <p class="rk-search__count" role="status">{found}</p>
                {nothing}
                <ul class="rk-cards">{cards}</ul>
                {show_more}
            }
        }
    };
    let cat_for_print = cat.clone();
    let select_value = |e: &leptos::ev::Event| Some(event_target_value(e)).filter(|v| !v.is_empty());
    view! {
        <div class="rk-page rk-all-help" class:rk-all-help--chosen=move || chosen.with(|c| !c.is_empty())>
            <BackLink/>
            <Heading level=1 class="rk-heading-1" page=true><Tr msg=Msg::AllHelpTitle/></Heading>
            <p class="rk-lead"><Tr msg=Msg::AllHelpIntro/></p>
            <div class="rk-search" role="search">
                <label class="rk-label" for="rk-search-words"><Tr msg=Msg::SearchLabel/></label>
                <p class="rk-hint" id="rk-search-hint"><Tr msg=Msg::SearchHint/></p>
                <input class="rk-input rk-search__input" type="search" id="rk-search-words" autocomplete="off"
                    spellcheck="false" aria-describedby="rk-search-hint"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
            </div>
            // The subjects (no typing needed) stay in view; the other
            // filters fold, so the results start right under the search
            // field and typing visibly changes them (a kiosk shows them open).
            <div class="rk-filter" role="group" aria-labelledby="rk-filter-theme">
                <p class="rk-label" id="rk-filter-theme"><Tr msg=Msg::FilterTheme/></p>
                <div class="rk-chips">{subjects}</div>
            </div>
            <details class="rk-details rk-filters" open=ctx.is_kiosk()>
                <summary class="rk-details__summary"><Tr msg=Msg::FiltersMore/></summary>
                {(!cat.areas.is_empty()).then(|| view! {
                    <div class="rk-filter">
                        <label class="rk-label" for="rk-filter-area"><Tr msg=Msg::FilterArea/></label>
                        <select class="rk-select" id="rk-filter-area" on:change=move |ev| area.set(select_value(&ev))>
                            <option value=""><Tr msg=Msg::FilterAny/></option>
                            {areas}
                        </select>
                    </div>
                })}
                <div class="rk-filter">
                    <label class="rk-label" for="rk-filter-group"><Tr msg=Msg::FilterGroup/></label>
                    <select class="rk-select" id="rk-filter-group"
                        on:change=move |ev| group.set(select_value(&ev).and_then(|v| Group::ALL.into_iter().find(|g| g.slug() == v)))>
                        <option value=""><Tr msg=Msg::FilterAny/></option>
                        {groups}
                    </select>
                </div>
                <div class="rk-filter">
                    <label class="rk-label" for="rk-filter-open"><Tr msg=Msg::FilterOpen/></label>
                    <select class="rk-select" id="rk-filter-open"
                        on:change=move |ev| when.set(match event_target_value(&ev).as_str() {
                            "nu" => When::Now,
                            "vandaag" => When::Today,
                            _ => When::Any,
                        })>
                        <option value=""><Tr msg=Msg::FilterAny/></option>
                        <option value="nu"><Tr msg=Msg::FilterOpenNow/></option>
                        <option value="vandaag"><Tr msg=Msg::FilterOpenToday/></option>
                    </select>
                </div>
                <div class="rk-choice">
                    <input class="rk-choice__input" type="checkbox" id="rk-filter-free"
                        prop:checked=move || free.get() on:change=move |ev| free.set(event_target_checked(&ev))/>
                    <label class="rk-choice__label" for="rk-filter-free"><Tr msg=Msg::FilterFree/></label>
                </div>
            </details>
            <div class="rk-search__results">{results}</div>
            {move || print_chosen(&cat_for_print, chosen)}
        </div>
    }
}

/// The chosen cards as one printed sheet: a button, and the cards themselves
/// (shown only in print), whatever the list shows now.
fn print_chosen(cat: &Catalogue, chosen: RwSignal<Vec<String>>) -> Option<impl IntoView> {
    let ctx = use_ctx();
    let ids = chosen.get();
    if ids.is_empty() {
        return None;
    }
    let lang = ctx.lang.get();
    let render = Render {
        lang,
        cat,
        moment: crate::ui::clock::now(),
        kiosk: ctx.is_kiosk(),
        about: None,
        area: None,
        listing: true,
        choose: None,
        copy: true,
    };
    let cards = ids
        .iter()
        .filter_map(|id| cat.services.iter().find(|s| &s.id == id))
        .map(|svc| card(render, &Suggestion::listed(svc), 3))
        .collect_view();
    let label = tf(lang, Msg::PrintChosen, &[("n", &ids.len().to_string())]);
    Some(view! {
        <div class="rk-actions rk-no-print">
            <button type="button" class="rk-button rk-button--primary" on:click=move |ev| {
                open_all_details(&ev);
                let _ = window().print();
            }>{label}</button>
        </div>
        <section class="rk-print-only rk-chosen">
            <Heading level=2 class="rk-heading-2">{t(lang, Msg::ChosenTitle)}</Heading>
            <ul class="rk-cards">{cards}</ul>
        </section>
    })
}
