//! The checks of one field, used throughout the catalogue check: texts and
//! their languages, phones, web addresses, e-mail, ids.

use std::collections::{BTreeMap, BTreeSet};

use super::Report;
use crate::core::catalogue::model::*;

/// Language keys allowed in texts.
pub(super) fn known_text_language(key: &str) -> bool {
    key == "nl" || key == "nl-B1" || (key.len() == 2 && key.chars().all(|c| c.is_ascii_lowercase()))
}

pub(super) fn slug_ok(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

pub(super) fn check_text(text: &Text, path: &str, out: &mut Report) {
    match text.0.get("nl") {
        Some(s) if !s.trim().is_empty() => {
            // Residents read the easier Dutch when there is one.
            let read = text.0.get("nl-B1").filter(|b| !b.trim().is_empty()).unwrap_or(s);
            for problem in crate::core::plain_language::problems(read) {
                out.warning(path.to_string(), problem.message());
            }
        }
        _ => out.error(
            path.to_string(),
            "Deze tekst heeft geen Nederlandse versie (“nl”). Die is verplicht.",
        ),
    }
    for (key, value) in &text.0 {
        if !known_text_language(key) {
            out.error(
                format!("{path}.{key}"),
                format!("“{key}” is geen taalcode. Gebruik “nl”, “nl-B1” of een code van twee letters zoals “en”."),
            );
        } else if value.trim().is_empty() {
            out.warning(format!("{path}.{key}"), format!("De tekst in “{key}” is leeg."));
        }
    }
}

pub(super) fn check_opt_text(text: &Option<Text>, path: &str, out: &mut Report) {
    if let Some(t) = text {
        check_text(t, path, out);
    }
}

pub(super) fn check_phones(phones: &[Phone], path: &str, out: &mut Report) {
    for (i, p) in phones.iter().enumerate() {
        let digits = p.number.chars().filter(char::is_ascii_digit).count();
        let allowed = p.number.chars().all(|c| c.is_ascii_digit() || " -+()".contains(c));
        if !allowed || !(3..=15).contains(&digits) {
            out.error(
                format!("{path}[{i}].number"),
                format!(
                    "“{}” is geen telefoonnummer. Gebruik alleen cijfers, spaties, - en +.",
                    p.number
                ),
            );
        }
        check_opt_text(&p.description, &format!("{path}[{i}].description"), out);
    }
}

/// An origin as `frame-ancestors` and `postMessage` take it: `https://`
/// and a host (with a port), nothing after.
pub(super) fn is_web_origin(origin: &str) -> bool {
    origin.strip_prefix("https://").is_some_and(|host| {
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
    })
}

pub(super) fn check_url(url: &Option<String>, path: &str, out: &mut Report) {
    if let Some(u) = url {
        if !u.starts_with("https://") && !u.starts_with("http://") {
            out.error(
                path.to_string(),
                format!("“{u}” is geen webadres. Een webadres begint met https://"),
            );
        } else if crate::core::explain::web_link(u).is_none() {
            // The resident's page would show it as text, not as a link.
            out.error(
                path.to_string(),
                format!("“{}” is geen bruikbaar webadres: het heeft een spatie, een aanhalingsteken, een onzichtbaar teken of een naam met @ vóór de website. Inwoners zien het dan niet als link.", u.escape_debug()),
            );
        }
    }
}

pub(super) fn check_email(email: &Option<String>, path: &str, out: &mut Report) {
    if let Some(e) = email {
        let ok = e
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !e.contains(' '));
        if !ok {
            out.error(path.to_string(), format!("“{e}” is geen e-mailadres."));
        }
    }
}

pub(super) fn check_ids<'a>(
    items: impl Iterator<Item = &'a str>,
    list: &str,
    what: &str,
    out: &mut Report,
) -> BTreeSet<&'a str> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, id) in items.enumerate() {
        if !slug_ok(id) {
            out.error(
                format!("{list}[{i}].id"),
                format!(
                    "De id “{id}” mag alleen kleine letters, cijfers, - en _ bevatten (geen spaties of hoofdletters)."
                ),
            );
        }
        if let Some(first) = seen.insert(id, i) {
            out.error(
                format!("{list}[{i}].id"),
                format!("Er zijn twee {what} met de id “{id}” (ook {list}[{first}]). Elke id moet uniek zijn."),
            );
        }
    }
    seen.into_keys().collect()
}
