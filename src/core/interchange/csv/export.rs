//! Catalogue to rows: each service's cells, column by column.

use super::format::write_row;
use super::{COLUMNS, DAYS};
use crate::core::catalogue::model::*;
use crate::core::facts::{ChildAge, Household, Situation, Theme};

/// The catalogue as the spreadsheet template (bytes: UTF-8 with BOM).
pub fn export_csv(cat: &Catalogue) -> String {
    let mut out = String::from("\u{feff}");
    let head: Vec<String> = COLUMNS.iter().map(|(c, _)| c.to_string()).collect();
    write_row(&mut out, &head, ';');
    for s in &cat.services {
        let row: Vec<String> = COLUMNS.iter().map(|(c, _)| cell(cat, s, c)).collect();
        write_row(&mut out, &row, ';');
    }
    out
}

pub(super) fn nl(t: &Text) -> String {
    t.0.get("nl").cloned().unwrap_or_default()
}

fn opt_nl(t: &Option<Text>) -> String {
    t.as_ref().map(nl).unwrap_or_default()
}

fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|&x| code(x)).collect::<Vec<_>>().join(", ")
}

fn area_names(cat: &Catalogue, ids: &[String]) -> String {
    ids.iter()
        .map(|id| cat.area_name(id).unwrap_or(id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// Entries one per line; with more than one, an empty one is `-`.
fn lines(items: Vec<String>) -> String {
    if items.len() > 1 {
        items
            .into_iter()
            .map(|s| if s.is_empty() { "-".to_string() } else { s })
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        items.join("\n")
    }
}

fn schedule_text(s: &Schedule) -> String {
    let days: Vec<&str> = s.byday.iter().map(|d| DAYS[d.index()]).collect();
    format!(
        "{} {:0>5}-{:0>5}",
        days.join(", "),
        s.opens_at.to_string(),
        s.closes_at.to_string()
    )
}

fn cell(cat: &Catalogue, s: &Service, column: &str) -> String {
    let e = &s.eligibility;
    let at = |f: &dyn Fn(&ServiceAtLocation, Option<&Location>) -> String| {
        lines(
            s.service_at_locations
                .iter()
                .map(|sal| f(sal, cat.location(&sal.location_id)))
                .collect(),
        )
    };
    fn address(l: Option<&Location>) -> Option<&Address> {
        l.and_then(|l| l.addresses.first())
    }
    match column {
        "id" => s.id.clone(),
        "naam" => nl(&s.name),
        "organisatie" => s
            .organization_id
            .as_ref()
            .map(|id| {
                cat.organizations
                    .iter()
                    .find(|o| &o.id == id)
                    .map_or(id.clone(), |o| o.name.clone())
            })
            .unwrap_or_default(),
        "soort" => s.kind.code().into(),
        "toegang" => s.access.code().into(),
        "wettelijke_basis" => s.legal_basis.code().into(),
        "status" if s.status == Status::Active => String::new(),
        "status" => s.status.code().into(),
        "beschrijving" => nl(&s.description),
        "levensgebieden" => codes(&s.themes, Theme::code),
        "situaties" => codes(&s.situations, Situation::code),
        "minimumleeftijd" => opt(e.minimum_age),
        "maximumleeftijd" => opt(e.maximum_age),
        "huishoudens" => codes(&e.households, Household::code),
        "leeftijden_kinderen" => codes(&e.child_ages, ChildAge::code),
        "inkomen_max_procent" => opt(e.income_max_percent),
        "alleen_in_kernen" => area_names(cat, &e.areas),
        "alleen_bij_situaties" => codes(&e.situations, Situation::code),
        "voorwaarden" => opt_nl(&s.eligibility_description),
        "niet_te_controleren" => s.unchecked_conditions.iter().map(nl).collect::<Vec<_>>().join("\n"),
        "volgende_stappen" => s
            .next_steps
            .iter()
            .map(|n| format!("{}: {}", n.action.code(), nl(&n.text)))
            .collect::<Vec<_>>()
            .join("\n"),
        "aanvragen" => opt_nl(&s.application_process),
        "meenemen" => s.required_documents.iter().map(nl).collect::<Vec<_>>().join("\n"),
        "kosten" => s.cost.code().into(),
        "kosten_toelichting" => opt_nl(&s.fees_description),
        "website" => s.url.clone().unwrap_or_default(),
        "email" => s.email.clone().unwrap_or_default(),
        "telefoon" => s
            .phones
            .iter()
            .map(|p| match &p.description {
                Some(d) => format!("{}: {}", p.number, nl(d)),
                None => p.number.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "talen" => s.languages.join(", "),
        "locatie" => at(&|sal, l| l.map_or(sal.location_id.clone(), |l| l.name.clone())),
        "adres" => at(&|_, l| address(l).map(|a| a.address_1.clone()).unwrap_or_default()),
        "postcode" => at(&|_, l| address(l).and_then(|a| a.postal_code.clone()).unwrap_or_default()),
        "plaats" => at(&|_, l| address(l).map(|a| a.city.clone()).unwrap_or_default()),
        "kern" => at(&|_, l| {
            l.and_then(|l| l.area.as_ref())
                .map(|a| cat.area_name(a).unwrap_or(a).to_string())
                .unwrap_or_default()
        }),
        "openingstijden" => at(&|sal, _| sal.schedules.iter().map(schedule_text).collect::<Vec<_>>().join("; ")),
        "werkgebied" => area_names(cat, &s.service_areas),
        "bron" => s.source.as_ref().map(|x| x.document.clone()).unwrap_or_default(),
        "bron_citaat" => s.source.as_ref().and_then(|x| x.quote.clone()).unwrap_or_default(),
        "webbronnen" => s
            .web_sources
            .iter()
            .map(|w| {
                let date = w.date.clone().unwrap_or_default();
                format!("{} | {} | {date} | {}", w.url, w.title, opt(w.accessed))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "gecontroleerd_op" => opt(s.assured_date),
        "controleren_voor" => opt(s.review_by),
        "voorbeeld" => if s.example_data { "ja" } else { "" }.into(),
        "prioriteit" => {
            if s.priority == 0 {
                String::new()
            } else {
                s.priority.to_string()
            }
        }
        "upl" => s.upl.clone().unwrap_or_default(),
        "productpagina" => s.product_page.clone().unwrap_or_default(),
        _ => String::new(),
    }
}
