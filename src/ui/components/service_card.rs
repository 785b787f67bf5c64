//! A service's card, the same on the results page and in "Alle hulp": name,
//! what it is, the first step, the fit (on the results), whether it is
//! example data; the rest in a disclosure.

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use crate::core::answers::ForWhom;
use crate::core::catalogue::{Action, Catalogue, Service};
use crate::core::explain::{
    card_reasons, cost_text, first_step, open_text, opening_text, phones, reason_text, summary_line, web_link,
    web_source_text, FirstStep,
};
use crate::core::i18n::{t, tf, Lang, Msg};
use crate::core::matching::{Fit, Suggestion};
use crate::core::opening::{opening, Moment};
use crate::ui::components::{phone_number, Heading, QrCode};

/// What every part of the results is rendered with: one reading of the
/// clock, the language, kiosk or not, and whom the answers are about.
#[derive(Clone, Copy)]
pub struct Render<'c> {
    pub lang: Lang,
    pub cat: &'c Catalogue,
    pub moment: Moment,
    pub kiosk: bool,
    pub about: Option<ForWhom>,
    /// The resident's kern/wijk: a walk-in card names the place there
    /// when none is open now.
    pub area: Option<&'c str>,
    /// A list without answers ("Alle hulp"): no fit, no reasons.
    pub listing: bool,
    /// "Alle hulp": the cards chosen to print for a client (service ids),
    /// with a box on each card to choose it.
    pub choose: Option<RwSignal<Vec<String>>>,
    /// A second copy of a card (the printed selection): its own element id.
    pub copy: bool,
}

/// The `lang` attribute for a text in `used` on a page in `lang` (none when
/// they agree).
pub fn text_lang(lang: Lang, used: Lang) -> Option<&'static str> {
    (lang != used).then_some(used.code())
}

/// The `dir` attribute that goes with [`text_lang`]: a Dutch text on an
/// Arabic page reads left to right.
pub fn text_dir(lang: Lang, used: Lang) -> Option<&'static str> {
    (lang != used).then_some(used.dir())
}

pub fn card_id(s: &Suggestion) -> String {
    format!("rk-card-{}", s.service.id)
}

/// The first step in one paragraph, whatever it is (a call, a walk-in with
/// its next time, or the step's own words): the words differ, not the markup.
pub fn first_step_line(lang: Lang, svc: &Service, step: &FirstStep, kiosk: bool) -> Option<impl IntoView> {
    let (next_text, next_lang, phone) = match step {
        FirstStep::Call(p) => (format!("{} ", t(lang, Msg::Phone)), None, Some(*p)),
        FirstStep::WalkIn(loc, when) => (
            format!(
                "{} {}",
                tf(lang, Msg::WalkInAt, &[("place", &loc.name)]),
                opening_text(lang, *when)
            ),
            None,
            None,
        ),
        FirstStep::Text(text) => {
            let (text, l) = text.get(lang);
            (text.to_string(), text_lang(lang, l), None)
        }
        FirstStep::None => (String::new(), None, None),
    };
    (!next_text.is_empty()).then(|| {
        view! {
            <p class="rk-card__next" lang=next_lang dir=next_lang.map(|_| "ltr")>{next_text}{phone.map(|p| phone_number(&p.number, svc.invented_number(p), lang, kiosk))}</p>
        }
    })
}

/// Where a card's content comes from, in small print: "Bron" (or, on
/// example data, "Gebaseerd op") with the document's title and each web
/// page's title and year, a link to each where links are allowed, and
/// "Gecontroleerd op" when a person checked it.
fn provenance_line(r: Render, svc: &Service) -> Option<impl IntoView> {
    let doc = r.cat.source_document_to_name(svc);
    if doc.is_none() && svc.web_sources.is_empty() {
        return None;
    }
    let label = t(
        r.lang,
        if svc.example_data {
            Msg::BasedOn
        } else {
            Msg::SourceLabel
        },
    );
    let title = |title: String, url: Option<&str>| match url.and_then(web_link).filter(|_| !r.kiosk) {
        // A Dutch title keeps its own direction on an Arabic page.
        Some(href) => {
            Either::Left(view! { <a href=href.to_string() rel="noopener noreferrer" lang="nl" dir="ltr">{title}</a> })
        }
        None => Either::Right(view! { <span lang="nl" dir="ltr">{title}</span> }),
    };
    let doc = doc.map(|d| title(d.title.clone(), d.url.as_deref()));
    let first_web = if doc.is_some() { "; " } else { "" };
    let web = svc
        .web_sources
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (before, name, after) = web_source_text(r.lang, w);
            let sep = if i == 0 { first_web } else { "; " };
            view! { {sep}{before}{title(name.to_string(), Some(&w.url))}{after} }
        })
        .collect_view();
    let checked = svc
        .assured_date
        .map(|d| format!(". {}", tf(r.lang, Msg::CheckedOn, &[("date", &d.to_string())])));
    Some(view! { <p class="rk-card__source">{label} ": " {doc}{web}{checked}</p> })
}

/// A compact card: name, what it is, the first step, the fit; the rest
/// (why, what is still to check, all steps, documents, places and times,
/// contact, cost) in a disclosure.
pub fn card(r: Render, s: &Suggestion, level: u8) -> impl IntoView {
    card_noted(r, s, level, None)
}

/// [`card`] with a note under the first step: direct help closed at this
/// hour says "Nu niet bereikbaar" (`tonight::closed_note`).
pub fn card_noted(r: Render, s: &Suggestion, level: u8, note: Option<&'static str>) -> impl IntoView {
    let Render {
        lang,
        cat,
        moment,
        kiosk,
        about,
        ..
    } = r;
    let svc = s.service;
    let (name, name_lang) = svc.name.get(lang);
    let more_label = format!(": {name}");
    let name = name.to_string();
    let (desc, desc_lang) = svc.description.get(lang);
    let (what, cut) = summary_line(desc);
    let step = first_step(svc, cat, moment, r.area);
    let primary = first_step_line(lang, svc, &step, kiosk);
    let primary_phone = match &step {
        FirstStep::Call(p) => Some(p.number.clone()),
        _ => None,
    };
    let reasons = card_reasons(s)
        .map(|r| view! { <li>{reason_text(lang, r, about)}</li> })
        .collect_view();
    let has_reasons = card_reasons(s).next().is_some();
    let open: Vec<String> = s.open.iter().map(|o| open_text(lang, o, about)).collect();
    // Texts the catalogue has no translation for are shown in Dutch; the
    // card says so once, in the resident's language.
    let in_dutch = lang != Lang::Nl
        && (name_lang != lang || desc_lang != lang || svc.next_steps.iter().any(|st| st.text.get(lang).1 != lang));
    let steps = svc
        .next_steps
        .iter()
        .map(|step| {
            let (text, l) = step.text.get(lang);
            let kind = match step.action {
                Action::Bellen => "bellen",
                Action::Binnenlopen => "binnenlopen",
                _ => "other",
            };
            // The language sits on the text, not the item: a Dutch step on
            // an Arabic page keeps its bullet on the page's side.
            view! { <li class=format!("rk-step rk-step--{kind}")><span lang=text_lang(lang, l) dir=text_dir(lang, l)>{text.to_string()}</span></li> }
        })
        .collect_view();
    let documents = svc
        .required_documents
        .iter()
        .map(|d| view! { <li>{d.get(lang).0.to_string()}</li> })
        .collect_view();
    let has_documents = !svc.required_documents.is_empty();
    // The number already offered as the first step is not offered again.
    let other_phones = phones(svc, cat)
        .filter(|p| Some(&p.number) != primary_phone.as_ref())
        .map(|p| view! { <li>{t(lang, Msg::Phone)} " " {phone_number(&p.number, svc.invented_number(p), lang, kiosk)}</li> })
        .collect_view();
    // Only a real web address is a link; anything else stays text.
    // The gemeente's own page about this product (UPL), a plain link; on a
    // kiosk nothing navigates away, so it is left out there.
    let product_page = svc.product_page.as_deref().and_then(web_link).filter(|_| !kiosk).map(
        |link| view! { <li><a href=link.to_string() rel="noopener noreferrer">{t(lang, Msg::ProductPage)}</a></li> },
    );
    let website = svc.url.as_deref().map(|u| match web_link(u).filter(|_| !kiosk) {
        Some(link) => {
            EitherOf3::A(view! { <li><a href=link.to_string() rel="noopener noreferrer">{link.to_string()}</a></li> })
        }
        None if kiosk && web_link(u).is_some() => {
            EitherOf3::B(view! { <li><QrCode text=u.to_string() label=t(lang, Msg::QrWebsiteLabel)/></li> })
        }
        None => EitherOf3::C(view! { <li>{u.to_string()}</li> }),
    });
    let places = svc
        .service_at_locations
        .iter()
        .filter_map(|sal| {
            let loc = cat.location(&sal.location_id)?;
            let address = loc
                .addresses
                .first()
                .map(|a| format!("{}, {}", a.address_1, a.city))
                .unwrap_or_default();
            // "(voorbeeldadres)" in the page's language, outside the Dutch address.
            let example = svc
                .invented_address(loc)
                .then(|| format!(" ({})", t(lang, Msg::ExampleAddress)));
            let when = (!sal.schedules.is_empty()).then(|| opening_text(lang, opening(sal, moment)));
            Some(view! {
                <li class="rk-place">
                    // Name and address are one Dutch run: on an Arabic page they
                    // read left to right, the dash between them included.
                    <bdi class="rk-place__where" lang="nl" dir="ltr"><strong>{loc.name.clone()}</strong> " – " {address}</bdi>{example}
                    {when.map(|w| view! { <p class="rk-opening">{w}</p> })}
                </li>
            })
        })
        .collect_view();
    let cost = cost_text(lang, svc);
    let possibly = s.fit == Fit::Possibly;
    let provenance = provenance_line(r, svc);
    // Only "Alle hulp" chooses cards; the resident's page has no such box.
    #[cfg(feature = "search")]
    let choose = r.choose.map(|chosen| choose_box(lang, chosen, svc));
    #[cfg(not(feature = "search"))]
    let choose: Option<()> = r.choose.map(|_| ());
    view! {
        <li class="rk-card" id=if r.copy { format!("rk-print-{}", svc.id) } else { card_id(s) } tabindex="-1" data-service=svc.id.clone()>
            <Heading level=level class="rk-card__title" lang=text_lang(lang, name_lang) dir=text_dir(lang, name_lang)>{name}</Heading>
            {in_dutch.then(|| view! { <p class="rk-card__in-dutch">{t(lang, Msg::InDutch)}</p> })}
            <p class="rk-card__what" lang=text_lang(lang, desc_lang) dir=text_dir(lang, desc_lang)>{what.to_string()}</p>
            {primary}
            {note.map(|n| view! { <p class="rk-card__closed">{n}</p> })}
            <p class="rk-card__meta">
                {(!r.listing).then(|| view! {
                    <span class="rk-card__fit" class:rk-card__fit--possibly=possibly>
                        {t(lang, if possibly { Msg::FitPossibly } else { Msg::FitEligible })}
                    </span>
                })}
            </p>
            {svc.example_data.then(|| view! { <p class="rk-card__example">{t(lang, Msg::ExampleData)}</p> })}
            {choose}
            <details class="rk-details rk-card__more">
                <summary class="rk-details__summary">
                    {t(lang, Msg::MoreAboutThis)}<span class="rk-visually-hidden">{more_label}</span>
                </summary>
                {cut.then(|| view! { <p class="rk-card__desc" lang=text_lang(lang, desc_lang) dir=text_dir(lang, desc_lang)>{desc.to_string()}</p> })}
                {has_reasons.then(|| view! {
                    <Heading level=level + 1 class="rk-card__subtitle">{t(lang, Msg::WhySuggested)}</Heading>
                    <ul class="rk-card__list rk-card__why">{reasons}</ul>
                })}
                {(!open.is_empty()).then(|| view! {
                    <Heading level=level + 1 class="rk-card__subtitle">{t(lang, Msg::StillToCheck)}</Heading>
                    <ul class="rk-card__list">{open.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
                })}
                <Heading level=level + 1 class="rk-card__subtitle">{t(lang, Msg::WhatToDo)}</Heading>
                <ul class="rk-card__list">{steps}</ul>
                {has_documents.then(|| view! {
                    <Heading level=level + 1 class="rk-card__subtitle">{t(lang, Msg::Documents)}</Heading>
                    <ul class="rk-card__list">{documents}</ul>
                })}
                <ul class="rk-card__list rk-card__places">{places}</ul>
                <ul class="rk-card__list rk-card__contact">{other_phones}{product_page}{website}</ul>
                {cost.map(|c| view! { <p class="rk-card__cost"><strong>{t(lang, Msg::CostLabel)} ": "</strong>{c}</p> })}
                {provenance}
            </details>
        </li>
    }
}

/// Opens every `details` in the app's own root (the document, or a widget's
/// shadow root), so the printed sheet has all cards and all their details.
pub fn open_all_details(ev: &leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let list = match super::own_shadow_root(ev) {
        Some(sr) => sr.query_selector_all("details").ok(),
        None => document().query_selector_all("details").ok(),
    };
    if let Some(list) = list {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.set_attribute("open", "");
            }
        }
    }
}

/// "Kies om te printen" on a card in "Alle hulp".
#[cfg(feature = "search")]
fn choose_box(lang: Lang, chosen: RwSignal<Vec<String>>, svc: &Service) -> impl IntoView {
    let id = svc.id.clone();
    let on = {
        let id = id.clone();
        move || chosen.with(|c| c.contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |ev| {
            let tick = event_target_checked(&ev);
            chosen.update(|c| {
                c.retain(|x| x != &id);
                if tick {
                    c.push(id.clone());
                }
            });
        }
    };
    let name = format!(": {}", svc.name.get(lang).0);
    view! {
        <div class="rk-choice rk-card__choose rk-no-print">
            <input class="rk-choice__input" type="checkbox" id=format!("rk-choose-{id}") prop:checked=on on:change=toggle/>
            <label class="rk-choice__label" for=format!("rk-choose-{id}")>
                {t(lang, Msg::ChooseForPrint)}<span class="rk-visually-hidden">{name}</span>
            </label>
        </div>
    }
}
