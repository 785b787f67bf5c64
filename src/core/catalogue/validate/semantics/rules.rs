//! Checks on a service's opening times (overlaps, long nights), on what
//! the results page promises about it, and on its eligibility rules.

use std::collections::BTreeSet;

use super::{dutch, says, Report};
use crate::core::catalogue::model::*;

/// An opening past midnight longer than this (16 hours, such as 17:00 to
/// 09:00) is probably a mistake: a warning asks.
pub(super) const LONGEST_NIGHT: u16 = 16 * 60;

/// The minutes of the week a schedule is open (Monday 0:00 is 0); an opening
/// past midnight runs into the next day, Sunday's into the next week.
fn week_spans(s: &Schedule) -> impl Iterator<Item = (u32, u32)> + '_ {
    let (opens, length) = (u32::from(s.opens_at.minutes), u32::from(s.opens_at.until(s.closes_at)));
    s.byday.iter().map(move |d| {
        let start = d.index() as u32 * 24 * 60 + opens;
        (start, start + length)
    })
}

/// Are two weekly schedules open at the same moment of some week?
pub(super) fn overlaps(a: &Schedule, b: &Schedule) -> bool {
    const WEEK: u32 = 7 * 24 * 60;
    week_spans(a).any(|(a0, a1)| {
        week_spans(b).any(|(b0, b1)| {
            [(0, 0), (WEEK, 0), (0, WEEK)]
                .iter()
                .any(|&(sa, sb)| a0 + sa < b1 + sb && b0 + sb < a1 + sa)
        })
    })
}

/// What the results page promises must hold: a voorziening lands in "Gratis
/// hulp, zonder aanvraag" (the page then says so only if every one in it
/// is); a description that says "gratis" or "iedereen" must agree with the
/// cost and the rules.
pub(super) fn check_promises(s: &Service, p: &str, out: &mut Report) {
    if s.kind == Kind::Voorziening && s.access != Access::VrijToegankelijk {
        out.warning(
            format!("{p}.access"),
            format!(
                "Een voorziening staat bij “Gratis hulp, zonder aanvraag”, maar voor deze dienst is de toegang “{}”. Klopt dat, kies dan een andere soort (“kind”), bijvoorbeeld “regeling”; anders zet “access” op “vrij_toegankelijk”.",
                s.access.code()
            ),
        );
    }
    if s.kind == Kind::Voorziening && s.cost != Cost::Gratis {
        out.warning(
            format!("{p}.cost"),
            format!(
                "Een voorziening staat bij “Gratis hulp, zonder aanvraag”, maar de kosten van deze dienst zijn “{}”. Is hij gratis, zet “cost” dan op “gratis”.",
                s.cost.code()
            ),
        );
    }
    if s.cost != Cost::Gratis {
        for (lang, text) in dutch(&s.description) {
            if says(text, "gratis") {
                out.warning(
                    format!("{p}.description.{lang}"),
                    format!(
                        "De beschrijving zegt “gratis”, maar “cost” is “{}”. Maak ze gelijk.",
                        s.cost.code()
                    ),
                );
            }
        }
    }
    if !crate::core::matching::is_open_to_everyone(s) {
        for (lang, text) in dutch(&s.description) {
            if says(text, "iedereen") {
                out.warning(
                    format!("{p}.description.{lang}"),
                    "De beschrijving zegt “iedereen”, maar de dienst is niet voor iedereen (regels, situaties, voorwaarden of een aanvraag). Controleer de tekst.",
                );
            }
        }
    }
}

pub(super) fn check_eligibility(e: &Eligibility, p: &str, area_ids: &BTreeSet<&str>, out: &mut Report) {
    if let (Some(min), Some(max)) = (e.minimum_age, e.maximum_age) {
        if min > max {
            out.error(
                format!("{p}.maximum_age"),
                format!("De maximumleeftijd {max} is lager dan de minimumleeftijd {min}."),
            );
        }
    }
    if e.maximum_age.is_some_and(|a| a > 120) || e.minimum_age.is_some_and(|a| a > 120) {
        out.error(format!("{p}.maximum_age"), "Een leeftijd boven 120 kan niet.");
    }
    if let Some(pct) = e.income_max_percent {
        if !(50..=300).contains(&pct) {
            out.error(
                format!("{p}.income_max_percent"),
                format!("{pct}% van het sociaal minimum is geen gebruikelijke inkomensgrens. Gebruik een getal tussen 50 en 300 (bijvoorbeeld 120)."),
            );
        }
    }
    for a in &e.areas {
        if !area_ids.contains(a.as_str()) {
            out.error(
                format!("{p}.areas"),
                format!("De kern of wijk “{a}” staat niet in de lijst “areas”."),
            );
        }
    }
}
