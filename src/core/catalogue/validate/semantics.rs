//! Everything the validator checks beyond "can it be read": ids, references,
//! texts, contact details, schedules and rules. Native only: maintainers run
//! it with `catalogue check` before publishing; the app in the browser reads
//! what it can and refuses only a file it cannot read (see `check`).

use std::collections::BTreeSet;

use super::{check_version, duplicate_keys, finding_at, CheckOptions, Dropped, Finding, Report};
use crate::core::calendar::Time;
use crate::core::catalogue::model::*;
use crate::core::catalogue::positions::Positions;

mod fields;
mod rules;

use fields::{
    check_email, check_ids, check_opt_text, check_phones, check_text, check_url, is_web_origin, known_text_language,
    slug_ok,
};
use rules::{check_eligibility, check_promises, overlaps, LONGEST_NIGHT};

/// Is `text` the list of gemeenten (`index.json`) rather than a catalogue?
pub fn is_index(text: &str) -> bool {
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text).is_ok_and(|m| m.contains_key("gemeenten"))
}

/// Checks the list of gemeenten. `exists` says whether a named file is
/// present next to it, so every entry points at a real catalogue.
pub fn check_index(text: &str, exists: impl Fn(&str) -> bool) -> (Option<CatalogueIndex>, Vec<Finding>) {
    let mut out = Report { findings: Vec::new() };
    let index = match serde_json::from_str::<CatalogueIndex>(text) {
        Ok(i) => i,
        Err(e) => {
            return (None, vec![finding_at(&e)]);
        }
    };
    if index.schema_version != SCHEMA_VERSION {
        out.error(
            "schema_version",
            format!(
                "Dit bestand heeft formaatversie {}, maar Routekaart leest versie {SCHEMA_VERSION}.",
                index.schema_version
            ),
        );
    }
    check_ids(
        index.gemeenten.iter().map(|g| g.id.as_str()),
        "gemeenten",
        "gemeenten",
        &mut out,
    );
    for (i, g) in index.gemeenten.iter().enumerate() {
        if !exists(&g.file) {
            out.error(
                format!("gemeenten[{i}].file"),
                format!("Het bestand “{}” bestaat niet naast de lijst.", g.file),
            );
        }
    }
    for (i, origin) in index.embedders.iter().enumerate() {
        if !is_web_origin(origin) {
            out.error(
                format!("insluiters[{i}]"),
                format!("“{}” is geen website-herkomst. Schrijf alleen het begin van het adres, zoals https://www.heusden.nl (https, zonder pad of / aan het eind).", origin.escape_debug()),
            );
        }
    }
    if !exists(&index.national) {
        out.error(
            "national",
            format!(
                "Het landelijke bestand “{}” bestaat niet naast de lijst.",
                index.national
            ),
        );
    }
    let positions = Positions::scan(text);
    for f in &mut out.findings {
        if let Some((l, c)) = positions.find(&f.path) {
            f.line = Some(l);
            f.column = Some(c);
        }
    }
    out.findings.extend(duplicate_keys(&positions));
    (Some(index), out.findings)
}

/// Checks a gemeente together with the national file it is merged with:
/// ids must not clash across the two.
pub fn check_merge(gemeente: &Catalogue, national: &Catalogue) -> Vec<Finding> {
    let mut out = Report { findings: Vec::new() };
    let national_ids: BTreeSet<&str> = national.services.iter().map(|s| s.id.as_str()).collect();
    for (i, s) in gemeente.services.iter().enumerate() {
        if national_ids.contains(s.id.as_str()) {
            out.error(
                format!("services[{i}].id"),
                format!(
                    "De id “{}” bestaat ook in het landelijke bestand. Kies een andere id.",
                    s.id
                ),
            );
        }
    }
    for (i, d) in gemeente.documents.iter().enumerate() {
        if national.document(&d.id).is_some() {
            out.error(
                format!("documents[{i}].id"),
                format!(
                    "Het document “{}” bestaat ook in het landelijke bestand. Kies een andere id.",
                    d.id
                ),
            );
        }
    }
    out.findings
}

/// Warns, for a gemeente together with the national file, about every
/// urgent need (no place to sleep, no food, no energy or water, eviction)
/// that nothing meets outside office hours: residents then read only what
/// they can do themselves until the gemeente opens.
pub fn check_after_hours(gemeente: &Catalogue, national: &Catalogue) -> Vec<Finding> {
    let mut out = Report { findings: Vec::new() };
    let merged = gemeente.clone().merged_with(national);
    for need in crate::core::tonight::urgent_needs_without_after_hours(&merged) {
        out.warning(
            "",
            format!(
                "Dringend (“{}”): buiten kantoortijden is hiervoor niets bereikbaar, ook niet in het \
                 landelijke bestand. ’s Avonds, ’s nachts en in het weekend lezen inwoners dan alleen wat \
                 zij zelf kunnen doen. Voeg de route na kantoortijd toe: een dienst voor deze situatie met \
                 een nummer met \"hours\": \"dag_en_nacht\", of een inloop buiten kantoortijden.",
                need.code()
            ),
        );
    }
    out.findings
}

pub(super) fn check_semantics<'a>(
    cat: &'a Catalogue,
    options: CheckOptions<'_>,
    dropped: &'a Dropped,
    out: &mut Report,
) {
    check_version(cat, out);
    super::provenance::check_provenance(cat, options, out);
    if !slug_ok(&cat.id) {
        out.error(
            "id",
            format!(
                "De id “{}” mag alleen kleine letters, cijfers, - en _ bevatten.",
                cat.id
            ),
        );
    }
    check_cbs_code(cat, out);
    super::content::check_places(cat, out);
    super::content::check_opvangregio(cat, out);
    let area_ids = check_ids(cat.areas.iter().map(|a| a.id.as_str()), "areas", "kernen/wijken", out);
    let org_ids = check_ids(
        cat.organizations.iter().map(|o| o.id.as_str()),
        "organizations",
        "organisaties",
        out,
    );
    let loc_ids = check_ids(
        cat.locations.iter().map(|l| l.id.as_str()),
        "locations",
        "locaties",
        out,
    );
    check_ids(cat.services.iter().map(|s| s.id.as_str()), "services", "diensten", out);
    let extend = |mut set: BTreeSet<&'a str>| {
        set.extend(dropped.ids.iter().map(String::as_str));
        set
    };
    let (area_ids, org_ids, loc_ids) = (extend(area_ids), extend(org_ids), extend(loc_ids));

    if cat.scope == Scope::Landelijk {
        for (i, s) in cat.services.iter().enumerate() {
            if !s.id.starts_with("nl-") {
                out.error(
                    format!("services[{i}].id"),
                    format!("Landelijke diensten krijgen een id die begint met “nl-” (nu: “{}”), zodat ze niet botsen met die van een gemeente.", s.id),
                );
            }
        }
    }

    for (i, o) in cat.organizations.iter().enumerate() {
        let p = format!("organizations[{i}]");
        check_opt_text(&o.description, &format!("{p}.description"), out);
        check_url(&o.url, &format!("{p}.url"), out);
        check_email(&o.email, &format!("{p}.email"), out);
        check_phones(&o.phones, &format!("{p}.phones"), out);
    }

    let mut used_locations = BTreeSet::new();
    for (i, l) in cat.locations.iter().enumerate() {
        let p = format!("locations[{i}]");
        if let Some(a) = &l.area {
            if !area_ids.contains(a.as_str()) {
                out.error(
                    format!("{p}.area"),
                    format!("De kern of wijk “{a}” staat niet in de lijst “areas”."),
                );
            }
        }
        if l.addresses.is_empty() {
            out.warning(
                format!("{p}.addresses"),
                "Deze locatie heeft geen adres. Inwoners kunnen haar dan niet vinden.",
            );
        }
        if l.latitude.is_some_and(|v| !(-90.0..=90.0).contains(&v)) {
            out.error(format!("{p}.latitude"), "De breedtegraad moet tussen -90 en 90 liggen.");
        }
        if l.longitude.is_some_and(|v| !(-180.0..=180.0).contains(&v)) {
            out.error(
                format!("{p}.longitude"),
                "De lengtegraad moet tussen -180 en 180 liggen.",
            );
        }
        check_opt_text(&l.description, &format!("{p}.description"), out);
        check_opt_text(&l.accessibility, &format!("{p}.accessibility"), out);
        check_opt_text(&l.transportation, &format!("{p}.transportation"), out);
    }

    for (i, s) in cat.services.iter().enumerate() {
        let p = format!("services[{i}]");
        check_text(&s.name, &format!("{p}.name"), out);
        check_text(&s.description, &format!("{p}.description"), out);
        check_opt_text(&s.eligibility_description, &format!("{p}.eligibility_description"), out);
        check_opt_text(&s.application_process, &format!("{p}.application_process"), out);
        check_opt_text(&s.fees_description, &format!("{p}.fees_description"), out);
        for (j, t) in s.unchecked_conditions.iter().enumerate() {
            check_text(t, &format!("{p}.unchecked_conditions[{j}]"), out);
        }
        for (j, t) in s.required_documents.iter().enumerate() {
            check_text(t, &format!("{p}.required_documents[{j}]"), out);
        }
        for (j, step) in s.next_steps.iter().enumerate() {
            check_text(&step.text, &format!("{p}.next_steps[{j}].text"), out);
        }
        check_url(&s.url, &format!("{p}.url"), out);
        check_url(&s.product_page, &format!("{p}.product_page"), out);
        check_upl(&s.upl, &format!("{p}.upl"), out);
        check_email(&s.email, &format!("{p}.email"), out);
        check_phones(&s.phones, &format!("{p}.phones"), out);

        if let Some(o) = &s.organization_id {
            if !org_ids.contains(o.as_str()) {
                out.error(
                    format!("{p}.organization_id"),
                    format!("De organisatie “{o}” bestaat niet in “organizations”."),
                );
            }
        }
        if s.themes.is_empty() && s.kind != Kind::DirectHulp && s.kind != Kind::Loket {
            out.error(
                format!("{p}.themes"),
                "Deze dienst heeft geen thema. Dan komt hij nooit in de resultaten.",
            );
        }
        if s.next_steps.is_empty() && s.kind != Kind::DirectHulp {
            out.warning(
                format!("{p}.next_steps"),
                "Er staat niet bij wat de inwoner moet doen (next_steps).",
            );
        }
        if s.kind == Kind::DirectHulp && s.phones.is_empty() {
            out.error(
                format!("{p}.phones"),
                "Directe hulp heeft altijd een telefoonnummer nodig.",
            );
        }
        if s.kind == Kind::DirectHulp && s.eligibility.situations.is_empty() {
            out.error(
                format!("{p}.eligibility.situations"),
                "Directe hulp moet zeggen bij welke situatie hij hoort (bijvoorbeeld “acuut_gevaar”).",
            );
        }
        if s.kind == Kind::Inloop && !s.service_at_locations.iter().any(|sal| !sal.schedules.is_empty()) {
            out.error(
                format!("{p}.service_at_locations"),
                "Een inloop heeft minstens één locatie met openingstijden nodig.",
            );
        }
        if s.access == Access::VrijToegankelijk && s.legal_basis != LegalBasis::Geen && s.kind == Kind::Regeling {
            out.warning(
                format!("{p}.access"),
                "Een regeling die vrij toegankelijk is? Controleer “access”.",
            );
        }
        check_promises(s, &p, out);
        super::content::check_free_for_paying_group(s, &p, out);
        super::content::check_editorial_notes(s, &p, out);
        if let Some(review) = s.review_by {
            if options.today.is_some_and(|today| review < today) {
                out.warning(
                    format!("{p}.review_by"),
                    format!("De controledatum {review} is voorbij. Controleer of deze informatie nog klopt."),
                );
            }
        } else if !s.example_data {
            out.warning(
                format!("{p}.review_by"),
                "Er staat geen datum bij wanneer deze informatie opnieuw gecontroleerd moet worden (review_by).",
            );
        }
        if let (Some(assured), Some(review)) = (s.assured_date, s.review_by) {
            if review < assured {
                out.error(
                    format!("{p}.review_by"),
                    "De controledatum ligt vóór de datum van de laatste controle (assured_date).",
                );
            }
        }
        for lang in &s.languages {
            if !known_text_language(lang) {
                out.error(
                    format!("{p}.languages"),
                    format!("“{lang}” is geen taalcode van twee letters."),
                );
            }
        }
        for a in &s.service_areas {
            if !area_ids.contains(a.as_str()) {
                out.error(
                    format!("{p}.service_areas"),
                    format!("De kern of wijk “{a}” staat niet in de lijst “areas”."),
                );
            }
        }
        check_eligibility(&s.eligibility, &format!("{p}.eligibility"), &area_ids, out);
        if !(-2..=2).contains(&s.priority) {
            out.error(
                format!("{p}.priority"),
                format!(
                    "Prioriteit {} kan niet: gebruik een getal van -2 tot en met 2 (0 is gewoon).",
                    s.priority
                ),
            );
        }

        for (j, sal) in s.service_at_locations.iter().enumerate() {
            let sp = format!("{p}.service_at_locations[{j}]");
            used_locations.insert(sal.location_id.as_str());
            if !loc_ids.contains(sal.location_id.as_str()) {
                out.error(
                    format!("{sp}.location_id"),
                    format!("De locatie “{}” bestaat niet in “locations”.", sal.location_id),
                );
            }
            check_opt_text(&sal.description, &format!("{sp}.description"), out);
            for (k, sch) in sal.schedules.iter().enumerate() {
                let schp = format!("{sp}.schedules[{k}]");
                if sch.byday.is_empty() {
                    out.error(format!("{schp}.byday"), "Er staat geen dag bij deze openingstijd.");
                }
                let length = sch.opens_at.until(sch.closes_at);
                if sch.opens_at == Time::hm(24, 0) {
                    out.error(
                        format!("{schp}.opens_at"),
                        "24:00 kan alleen een sluitingstijd zijn. Begint de opening om middernacht, schrijf dan 00:00 bij de dag zelf.",
                    );
                } else if length == 0 {
                    out.error(
                        format!("{schp}.closes_at"),
                        format!(
                            "De sluitingstijd {} is gelijk aan de openingstijd. Dat kan niet. (Loopt de opening door na middernacht, dan is de sluitingstijd vroeger: 22:00 tot 02:00.)",
                            sch.closes_at
                        ),
                    );
                } else if sch.closes_at < sch.opens_at && length > LONGEST_NIGHT {
                    let (h, m) = (length / 60, length % 60);
                    let duration = if m == 0 {
                        format!("{h} uur")
                    } else {
                        format!("{h} uur en {m} minuten")
                    };
                    out.warning(
                        format!("{schp}.closes_at"),
                        format!(
                            "De sluitingstijd ligt vóór de openingstijd, dus de app leest: open van {} tot {} de volgende dag ({duration}). Klopt dat niet, verbeter dan de tijden (verwisseld?).",
                            sch.opens_at, sch.closes_at
                        ),
                    );
                }
                if let (Some(from), Some(to)) = (sch.valid_from, sch.valid_to) {
                    if to < from {
                        out.error(
                            format!("{schp}.valid_to"),
                            format!("“valid_to” ({to}) ligt vóór “valid_from” ({from})."),
                        );
                    }
                }
                check_opt_text(&sch.description, &format!("{schp}.description"), out);
                for (m, other) in sal.schedules.iter().enumerate().skip(k + 1) {
                    let periods_overlap = sch.valid_to.zip(other.valid_from).is_none_or(|(to, from)| from <= to)
                        && other.valid_to.zip(sch.valid_from).is_none_or(|(to, from)| from <= to);
                    if periods_overlap && overlaps(sch, other) {
                        out.warning(schp.clone(), format!("Deze openingstijd overlapt met schedules[{m}]."));
                    }
                }
            }
            let mut seen_dates = BTreeSet::new();
            for (k, cd) in sal.closed_dates.iter().enumerate() {
                if !seen_dates.insert(cd.date) {
                    out.warning(
                        format!("{sp}.closed_dates[{k}]"),
                        format!("De datum {} staat twee keer in de lijst.", cd.date),
                    );
                }
                check_opt_text(&cd.reason, &format!("{sp}.closed_dates[{k}].reason"), out);
            }
        }
    }
    for (i, l) in cat.locations.iter().enumerate().filter(|_| !dropped.any) {
        if !used_locations.contains(l.id.as_str()) {
            out.warning(
                format!("locations[{i}]"),
                format!("De locatie “{}” wordt door geen enkele dienst gebruikt.", l.id),
            );
        }
    }
    check_zoekwoorden(cat, out);
}

/// A gemeente's CBS code is `GM` and four digits; a national file has none.
fn check_cbs_code(cat: &Catalogue, out: &mut Report) {
    let Some(code) = &cat.cbs_code else { return };
    let ok = code.len() == 6 && code.starts_with("GM") && code[2..].bytes().all(|b| b.is_ascii_digit());
    if !ok {
        out.error(
            "cbs_code",
            format!("“{code}” is geen CBS-code van een gemeente. Een CBS-code is GM met vier cijfers, zoals GM0797."),
        );
    } else if cat.scope == Scope::Landelijk {
        out.error(
            "cbs_code",
            "Een landelijk bestand hoort niet bij één gemeente. Haal “cbs_code” weg.",
        );
    }
}

/// A UPL URI starts with the UPL's own address; a name the check does not
/// know is only a warning (the list grows), but it is often a typo.
fn check_upl(upl: &Option<String>, path: &str, out: &mut Report) {
    use crate::core::catalogue::upl;
    let Some(uri) = upl else { return };
    if upl::name(uri).is_none() {
        out.error(
            path.to_string(),
            format!(
                "“{uri}” is geen UPL-adres. Het begint met {} en dan de naam, zoals {}.",
                upl::PREFIX,
                upl::uri("bijzBijstUitk")
            ),
        );
    } else if upl::label(uri).is_none() {
        out.warning(
            path.to_string(),
            format!("De UPL-naam in “{uri}” kent Routekaart niet. Controleer de schrijfwijze (hoofdletters tellen mee) in de Uniforme Productnamenlijst."),
        );
    }
}

/// The search words: each names a word of the services and words to find
/// them by. A word no service has is most often a typo.
fn check_zoekwoorden(cat: &Catalogue, out: &mut Report) {
    use crate::core::search::{fold, unused_zoekwoorden};
    for (key, words) in &cat.zoekwoorden {
        let p = format!("zoekwoorden.{key}");
        if fold(key).is_empty() {
            out.error(
                p,
                format!("“{key}” is geen woord: een zoekwoord heeft letters of cijfers."),
            );
            continue;
        }
        if words.is_empty() {
            out.warning(
                p.clone(),
                format!(
                    "Bij “{key}” staan geen woorden. Zet er de woorden bij waarmee inwoners zoeken, of haal het weg."
                ),
            );
        }
        for (j, w) in words.iter().enumerate() {
            if fold(w).is_empty() {
                out.warning(format!("{p}[{j}]"), format!("“{w}” is geen woord: het vindt niets."));
            }
        }
    }
    for key in unused_zoekwoorden(cat) {
        if !fold(key).is_empty() {
            out.warning(
                format!("zoekwoorden.{key}"),
                format!("Het woord “{key}” staat in geen dienst van dit bestand (naam, beschrijving, organisatie, locatie, kern of levensgebied), dus deze zoekwoorden vinden hier niets. Een tikfout? (Staat het in een landelijke dienst, dan werkt het wel.)"),
            );
        }
    }
}

/// Does `text` contain `word` as a whole word (case-insensitive)?
pub(super) fn says(text: &str, word: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}

/// The Dutch texts (nl and nl-B1) of a text.
fn dutch(text: &Text) -> impl Iterator<Item = (&str, &str)> {
    text.0
        .iter()
        .filter(|(k, _)| k.as_str() == "nl" || k.as_str() == "nl-B1")
        .map(|(k, v)| (k.as_str(), v.as_str()))
}
