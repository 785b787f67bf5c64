//! Where content comes from, and whether a resident may trust it: documents,
//! quotes, example data and dates checked with the provider.
//!
//! The rules: every service quotes its document or is example data (or
//! both: "based on the policy text, details invented"); example data is never
//! "checked with the provider" (`assured_date`); a quote occurs word for word
//! in its document; a check older than a year is a warning (the national
//! Voorzieningen.nl register asks providers twice a year); a real-looking
//! number on a card that nobody checked is a warning.

use std::collections::BTreeMap;

use super::{CheckOptions, Report};
use crate::core::calendar::Date;
use crate::core::catalogue::model::*;

/// A quote must have at least this many words, so it pins down a passage.
pub const MIN_QUOTE_WORDS: usize = 5;

/// A check with the provider older than this many days is a warning.
const ASSURED_MAX_DAYS: i64 = 365;

/// A card with phone numbers whose newest web page is older than this many
/// days gets a warning: an old number is worse than none.
const WEB_PAGE_MAX_DAYS: i64 = 3 * 365;

pub(super) fn check_provenance(cat: &Catalogue, options: CheckOptions<'_>, out: &mut Report) {
    let texts = check_documents(cat, options, out);
    for (i, o) in cat.organizations.iter().enumerate() {
        let p = format!("organizations[{i}]");
        check_source(cat, &texts, o.source.as_ref(), &format!("{p}.source"), out);
        check_assured(o.assured_date, options, &format!("{p}.assured_date"), out);
    }
    for (i, l) in cat.locations.iter().enumerate() {
        let p = format!("locations[{i}]");
        if !l.example_data && l.web_sources.is_empty() {
            out.warning(
                format!("{p}.web_sources"),
                "Er staat niet bij waar deze naam en dit adres vandaan komen. Vul “web_sources” in (de webpagina met haar datum), of zet “example_data” op true: dan zien inwoners dat het adres niet is nagekeken.",
            );
        }
        check_each_web_source(&l.web_sources, options, &p, out);
    }
    for (i, s) in cat.services.iter().enumerate() {
        let p = format!("services[{i}]");
        match &s.source {
            None if !s.example_data && s.web_sources.is_empty() => out.error(
                format!("{p}.source"),
                "Er staat niet bij waar deze informatie vandaan komt. Vul “source” in (het document en een citaat) of “web_sources” (de webpagina met haar datum), of zet “example_data” op true als het voorbeeldgegevens zijn.",
            ),
            _ => check_source(cat, &texts, s.source.as_ref(), &format!("{p}.source"), out),
        }
        check_web_sources(s, options, &p, out);
        if s.example_data && s.assured_date.is_some() {
            out.error(
                format!("{p}.assured_date"),
                "Voorbeeldgegevens kunnen niet gecontroleerd zijn bij de organisatie. Haal “assured_date” weg, of “example_data” als iemand alles echt heeft nagevraagd.",
            );
        }
        check_assured(s.assured_date, options, &format!("{p}.assured_date"), out);
        if !s.example_data {
            check_numbers_shown(cat, s, &p, out);
        }
    }
}

/// The documents: ids, titles, and the text of each `file` that can be read.
fn check_documents(cat: &Catalogue, options: CheckOptions<'_>, out: &mut Report) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    let mut seen = BTreeMap::new();
    for (i, d) in cat.documents.iter().enumerate() {
        let p = format!("documents[{i}]");
        if let Some(first) = seen.insert(d.id.as_str(), i) {
            out.error(
                format!("{p}.id"),
                format!("Er zijn twee documenten met de id “{}” (ook documents[{first}]).", d.id),
            );
        }
        if cat.scope == Scope::Landelijk && !d.id.starts_with("nl-") {
            out.error(
                format!("{p}.id"),
                format!(
                    "Landelijke documenten krijgen een id die begint met “nl-” (nu: “{}”).",
                    d.id
                ),
            );
        }
        if d.title.trim().is_empty() {
            out.error(
                format!("{p}.title"),
                "Dit document heeft geen titel. Inwoners zien die na “Bron”.",
            );
        }
        if let Some(u) = &d.url {
            if !u.starts_with("https://") && !u.starts_with("http://") {
                out.error(
                    format!("{p}.url"),
                    format!("“{u}” is geen webadres. Een webadres begint met https://"),
                );
            }
        }
        match (&d.file, options.read_document) {
            (Some(file), Some(read)) => match read(file) {
                Some(text) => {
                    texts.insert(d.id.clone(), squeeze(&text));
                }
                None => out.warning(
                    format!("{p}.file"),
                    format!("Het bestand “{file}” kan niet gelezen worden. De citaten uit dit document zijn niet gecontroleerd."),
                ),
            },
            (None, _) if d.url.is_none() => out.error(
                format!("{p}.file"),
                "Dit document heeft geen bestand (“file”) en geen webadres (“url”). Zo kan niemand het terugvinden.",
            ),
            _ => {}
        }
    }
    texts
}

fn check_source(
    cat: &Catalogue,
    texts: &BTreeMap<String, String>,
    source: Option<&Source>,
    path: &str,
    out: &mut Report,
) {
    let Some(source) = source else { return };
    let Some(doc) = cat.document(&source.document) else {
        out.error(
            format!("{path}.document"),
            format!("Het document “{}” staat niet in de lijst “documents”.", source.document),
        );
        return;
    };
    let quote = source.quote.as_deref().map(squeeze).filter(|q| !q.is_empty());
    match quote {
        None if doc.file.is_some() => out.error(
            format!("{path}.quote"),
            "Citeer de passage waarop dit rust (“quote”), woord voor woord uit het document.",
        ),
        None => {}
        Some(q) if q.split(' ').count() < MIN_QUOTE_WORDS => out.error(
            format!("{path}.quote"),
            format!("Een citaat heeft minstens {MIN_QUOTE_WORDS} woorden, zodat het één passage aanwijst."),
        ),
        Some(q) if texts.get(&doc.id).is_some_and(|text| !text.contains(&q)) => out.error(
            format!("{path}.quote"),
            format!(
                "Dit citaat staat niet letterlijk in “{}”. Kopieer het precies uit het document.",
                doc.title
            ),
        ),
        Some(_) => {}
    }
}

/// A web page's date as precise as the page shows it (`2024`, `2024-03`,
/// `2024-03-09`), as the first day it can mean.
pub fn page_date(s: &str) -> Option<Date> {
    match s.len() {
        4 => Date::parse(&format!("{s}-01-01")),
        7 => Date::parse(&format!("{s}-01")),
        10 => Date::parse(s),
        _ => None,
    }
}

/// A service's web sources: each as [`check_each_web_source`]; an old page
/// under a card with numbers; a date to check again.
fn check_web_sources(s: &Service, options: CheckOptions<'_>, p: &str, out: &mut Report) {
    let today = options.today;
    let newest = check_each_web_source(&s.web_sources, options, p, out);
    if s.web_sources.is_empty() || s.example_data {
        return;
    }
    if s.review_by.is_none() {
        out.warning(
            format!("{p}.review_by"),
            "Deze dienst rust op een webpagina. Zet bij “review_by” wanneer u de pagina opnieuw bekijkt.",
        );
    }
    if let (Some(newest), Some(today)) = (newest, today) {
        let age = today.days_since_epoch() - newest.days_since_epoch();
        if !s.phones.is_empty() && s.assured_date.is_none() && age > WEB_PAGE_MAX_DAYS {
            out.warning(
                format!("{p}.web_sources"),
                format!("De nieuwste webbron van deze kaart is van {}. Een telefoonnummer of tijd kan sindsdien veranderd zijn: zoek een nieuwere pagina, of vraag het na bij de organisatie.", newest.year),
            );
        }
    }
}

/// Each web source (of a service or a location): a secure address, a
/// title, the page's date and the day it was read. Gives the newest date.
fn check_each_web_source(sources: &[WebSource], options: CheckOptions<'_>, p: &str, out: &mut Report) -> Option<Date> {
    let today = options.today;
    let mut newest: Option<Date> = None;
    for (i, w) in sources.iter().enumerate() {
        let wp = format!("{p}.web_sources[{i}]");
        if !w.url.starts_with("https://") || w.url.len() <= "https://".len() {
            out.error(
                format!("{wp}.url"),
                format!(
                    "“{}” is geen veilig webadres. Het adres van een webbron begint met https://",
                    w.url
                ),
            );
        }
        if w.title.trim().is_empty() {
            out.error(
                format!("{wp}.title"),
                "Deze webbron heeft geen titel. Inwoners zien die na “Bron”.",
            );
        }
        let date = match w.date.as_deref() {
            None => {
                out.error(
                    format!("{wp}.date"),
                    "Vul bij “date” de datum in die de pagina toont: 2024, 2024-03 of 2024-03-09. Toont de pagina geen datum? Zoek dan een pagina die dat wel doet, of vraag het na bij de organisatie.",
                );
                None
            }
            Some(d) => match page_date(d) {
                None => {
                    out.error(
                        format!("{wp}.date"),
                        format!("“{d}” is geen datum. Schrijf het jaar, het jaar en de maand, of de hele datum: 2024, 2024-03 of 2024-03-09."),
                    );
                    None
                }
                Some(d) if today.is_some_and(|t| d > t) => {
                    out.error(
                        format!("{wp}.date"),
                        format!("De datum van de pagina ({d}) ligt in de toekomst."),
                    );
                    None
                }
                Some(d) => Some(d),
            },
        };
        match w.accessed {
            None => out.error(
                format!("{wp}.accessed"),
                "Vul bij “accessed” de dag in waarop u de pagina las (2026-11-30).",
            ),
            Some(a) if today.is_some_and(|t| a > t) => out.error(
                format!("{wp}.accessed"),
                format!("De dag waarop de pagina gelezen is ({a}) ligt in de toekomst."),
            ),
            Some(a) if date.is_some_and(|d| a < d) => out.error(
                format!("{wp}.accessed"),
                format!("De pagina is gelezen op {a}, maar draagt een latere datum. Kijk beide datums na."),
            ),
            Some(_) => {}
        }
        newest = newest.max(date);
    }
    newest
}

fn check_assured(
    assured: Option<crate::core::calendar::Date>,
    options: CheckOptions<'_>,
    path: &str,
    out: &mut Report,
) {
    let (Some(assured), Some(today)) = (assured, options.today) else {
        return;
    };
    let age = today.days_since_epoch() - assured.days_since_epoch();
    if age > ASSURED_MAX_DAYS {
        out.warning(
            path.to_string(),
            format!("Dit is op {assured} voor het laatst nagevraagd, meer dan een jaar geleden. Vraag het opnieuw na bij de organisatie."),
        );
    } else if age < 0 {
        out.error(
            path.to_string(),
            format!("De datum van de controle ({assured}) ligt in de toekomst."),
        );
    }
}

/// A card that is not example data shows its own numbers and its
/// organisation's. A number nobody checked, that its provider does not
/// publish and that is not marked as an example looks real to a resident.
fn check_numbers_shown(cat: &Catalogue, s: &Service, p: &str, out: &mut Report) {
    let org = s
        .organization_id
        .as_deref()
        .and_then(|id| cat.organizations.iter().find(|o| o.id == id));
    // The provider's own published page (a url-only document) backs the
    // numbers it publishes, like a check with the provider does.
    let published = |source: Option<&Source>| {
        source
            .and_then(|src| cat.document(&src.document))
            .is_some_and(|d| d.file.is_none() && d.url.is_some())
    };
    let service_backed = s.assured_date.is_some() || published(s.source.as_ref()) || !s.web_sources.is_empty();
    let own = s.phones.iter().map(|ph| (ph, service_backed));
    let through_org = org.into_iter().flat_map(|o| {
        let backed = o.assured_date.is_some() || published(o.source.as_ref());
        o.phones.iter().map(move |ph| (ph, backed))
    });
    for (phone, checked) in own.chain(through_org) {
        if !checked && !phone.example_data {
            out.warning(
                format!("{p}.phones"),
                format!(
                    "Het nummer {} staat op deze kaart, maar niemand heeft het nagevraagd (geen “assured_date”). Vraag het na, of zet bij het nummer “example_data”: true.",
                    phone.number
                ),
            );
        }
    }
}

/// Runs of white space as one space, so a quote may be wrapped differently.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
