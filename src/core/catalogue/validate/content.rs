//! Checks on what a catalogue says to residents, beyond its form: a kern
//! that lies in another gemeente, "gratis" for a group that pays, an
//! editorial note left in a resident's text, and the gemeente's region for
//! maatschappelijke opvang. Each was a defect in a shipped file.

use super::Report;
use crate::core::catalogue::model::*;
use crate::core::facts::Situation;

/// The places (kernen, or for Almere its stadsdelen) of the gemeenten
/// Routekaart ships, by CBS code, with the public page that lists them. A
/// catalogue of another gemeente is not checked: add its row when it ships.
pub const PLACES: &[(&str, &str, &[&str], &str)] = &[
    (
        "GM0797",
        "Heusden",
        &[
            "Doeveren",
            "Drunen",
            "Elshout",
            "Haarsteeg",
            "Hedikhuizen",
            "Heesbeen",
            "Herpt",
            "Heusden",
            "Nieuwkuijk",
            "Oudheusden",
            "Vlijmen",
        ],
        // "Deze nieuwe gemeente omvat elf historische kernen: …" (9 June 2022).
        "https://heusden.nieuws.nl/historisch-heusden/20220609/historisch-heusden-heusden-de-oorsprong/",
    ),
    (
        "GM1723",
        "Alphen-Chaam",
        &["Alphen", "Chaam", "Galder", "Strijbeek", "Ulvenhout AC", "Bavel AC"],
        // Four villages, and the parts of Ulvenhout and Bavel south of the
        // A58 (place names "Ulvenhout AC" and "Bavel AC" in the BAG).
        "https://plaatsengids.nl/alphen-chaam",
    ),
    (
        "GM0034",
        "Almere",
        &[
            "Almere Stad",
            "Almere Haven",
            "Almere Buiten",
            "Almere Poort",
            "Almere Hout",
            "Almere Pampus",
            "Oosterwold",
        ],
        // The six stadsdelen; Oosterwold is the area being built in Almere Hout.
        "https://english.almere.nl/the-city-of-almere/districts/",
    ),
    (
        "GM1916",
        "Leidschendam-Voorburg",
        &["Leidschendam", "Voorburg", "Stompwijk", "Wilsveen", "Park Leeuwenbergh"],
        "https://plaatsengids.nl/leidschendam-voorburg",
    ),
];

/// The centrumgemeente for maatschappelijke opvang of the shipped
/// gemeenten (CBS, "Gebieden in Nederland": regio-indeling centrumgemeenten
/// maatschappelijke opvang en beschermd wonen): gemeente → centrumgemeente.
/// Heusden is one of the nine gemeenten of Regio Hart van Brabant, whose
/// opvang Tilburg (with Traverse) runs, and is not in 's-Hertogenbosch's
/// centrumregeling for 2026-2030 (Gemeenteblad 2025, 572686: Boxtel,
/// 's-Hertogenbosch, Maasdriel, Meierijstad, Sint-Michielsgestel, Vught,
/// Zaltbommel).
pub const OPVANG_REGIONS: &[(&str, &str, &str)] = &[
    ("GM0797", "GM0855", "Tilburg"),
    ("GM1723", "GM0758", "Breda"),
    ("GM0034", "GM0034", "Almere"),
    ("GM1916", "GM0518", "'s-Gravenhage"),
];

/// A place's name as the table writes it: without an explanation in
/// brackets ("Heusden (vesting)" is Heusden) and without case.
fn place_key(name: &str) -> String {
    let bare = match name.find('(') {
        Some(i) => &name[..i],
        None => name,
    };
    bare.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Every kern or wijk must lie in the gemeente: one of its places in
/// [`PLACES`], or a wijk within one (its name begins with the place's, such
/// as "Almere Stad Oost"). Only for gemeenten in the table.
pub(super) fn check_places(cat: &Catalogue, out: &mut Report) {
    let Some(code) = &cat.cbs_code else { return };
    let Some((_, gemeente, places, url)) = PLACES.iter().find(|(c, ..)| c == code) else {
        return;
    };
    for (i, a) in cat.areas.iter().enumerate() {
        let key = place_key(&a.name);
        let known = places.iter().any(|p| {
            let p = place_key(p);
            key == p || key.strip_prefix(&p).is_some_and(|rest| rest.starts_with([' ', '-']))
        });
        if !known {
            out.error(
                format!("areas[{i}].name"),
                format!(
                    "“{}” is geen kern van de gemeente {gemeente}. De kernen zijn: {} (bron: {url}). Ligt deze plaats in een andere gemeente, haal hem dan weg, met zijn locaties en diensten.",
                    a.name,
                    places.join(", ")
                ),
            );
        }
    }
}

/// Groups the Wet inburgering 2021 lets pay for their course: a
/// gezinsmigrant (and an "overige migrant") pays it, with a loan from DUO;
/// only the intake and the personal plan (PIP) are free. A statushouder's
/// course is paid by the gemeente.
const PAYING_GROUPS: &[&str] = &["gezinsmigrant", "gezinsmigranten", "gezinsvormer", "gezinsvormers"];

/// "gratis" (the `cost`) on a service whose eligibility names a group that
/// pays: narrowly, a service for `inburgeringsplichtig` residents that is
/// not only for statushouders, or whose eligibility text or conditions name
/// gezinsmigranten. Residents would read that the course costs nothing.
pub(super) fn check_free_for_paying_group(s: &Service, p: &str, out: &mut Report) {
    if s.cost != Cost::Gratis {
        return;
    }
    let sits = &s.eligibility.situations;
    let for_obliged = sits.contains(&Situation::Inburgeringsplichtig) && !sits.contains(&Situation::Statushouder);
    let eligibility_texts = s.eligibility_description.iter().chain(s.unchecked_conditions.iter());
    let names_group = eligibility_texts
        .flat_map(|t| t.0.iter().filter(|(k, _)| k.starts_with("nl")).map(|(_, v)| v))
        .any(|v| PAYING_GROUPS.iter().any(|g| super::semantics::says(v, g)));
    if for_obliged || names_group {
        out.warning(
            format!("{p}.cost"),
            "De kosten zijn “gratis”, maar deze dienst is (ook) voor gezinsmigranten. Zij betalen hun inburgeringscursus zelf, met een lening van DUO; alleen de intake en het plan (PIP) zijn gratis. Zet “cost” op “eigen_bijdrage” en leg het uit in “fees_description”, of maak de dienst alleen voor statushouders.",
        );
    }
}

/// Words that belong to maintainers, not residents: a note about the
/// source ("staat niet in de beleidstekst"), a placeholder ("TODO", "nog
/// invullen") or a remark in brackets ("(voorbeeld)": the example label on
/// the card already says so). Matched without case, as words.
const EDITORIAL_NOTES: &[&str] = &[
    "staat niet in de beleidstekst",
    "niet in de beleidstekst",
    "staat niet in het beleid",
    "staat niet in de bron",
    "nog invullen",
    "nog aanvullen",
    "nog navragen",
    "todo",
    "fixme",
    "tbd",
    "xxx",
    "lorem ipsum",
    "(voorbeeld)",
    "[invullen]",
    "???",
];

/// Does `text` contain `note` with no letter or digit glued to either end?
fn contains_note(text: &str, note: &str) -> bool {
    let lower = text.to_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(note) {
        let start = from + i;
        let end = start + note.len();
        let before = lower[..start].chars().next_back();
        let after = lower[end..].chars().next();
        let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let word_start = !note.starts_with(char::is_alphanumeric) || !glued(before);
        let word_end = !note.ends_with(char::is_alphanumeric) || !glued(after);
        if word_start && word_end {
            return true;
        }
        from = start + note.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// An editorial note in a text residents read (every language).
fn check_note(text: &Text, path: &str, out: &mut Report) {
    for (lang, v) in &text.0 {
        if let Some(note) = EDITORIAL_NOTES.iter().find(|n| contains_note(v, n)) {
            out.warning(
                format!("{path}.{lang}"),
                format!(
                    "Deze tekst lezen inwoners, maar “{note}” is een opmerking voor beheerders. Schrijf wat de inwoner kan doen, of haal de zin weg."
                ),
            );
        }
    }
}

/// Every text of a service a resident reads.
pub(super) fn check_editorial_notes(s: &Service, p: &str, out: &mut Report) {
    check_note(&s.name, &format!("{p}.name"), out);
    check_note(&s.description, &format!("{p}.description"), out);
    let optional = [
        (&s.eligibility_description, "eligibility_description"),
        (&s.application_process, "application_process"),
        (&s.fees_description, "fees_description"),
    ];
    for (t, field) in optional {
        if let Some(t) = t {
            check_note(t, &format!("{p}.{field}"), out);
        }
    }
    for (j, t) in s.unchecked_conditions.iter().enumerate() {
        check_note(t, &format!("{p}.unchecked_conditions[{j}]"), out);
    }
    for (j, t) in s.required_documents.iter().enumerate() {
        check_note(t, &format!("{p}.required_documents[{j}]"), out);
    }
    for (j, step) in s.next_steps.iter().enumerate() {
        check_note(&step.text, &format!("{p}.next_steps[{j}].text"), out);
    }
}

/// A gemeente (a catalogue with a CBS code) names its region for
/// maatschappelijke opvang: without it the night route cannot be checked.
/// A warning, not an error: residents still get the gemeente's own help.
pub(super) fn check_opvangregio(cat: &Catalogue, out: &mut Report) {
    if cat.scope != Scope::Gemeente {
        if cat.opvangregio.is_some() {
            out.error(
                "opvangregio",
                "Een landelijk bestand hoort niet bij één opvangregio. Haal “opvangregio” weg.",
            );
        }
        return;
    }
    let Some(region) = &cat.opvangregio else {
        if cat.cbs_code.is_some() {
            out.warning(
                "",
                "Dit bestand noemt niet de centrumgemeente voor maatschappelijke opvang waar deze gemeente bij hoort. Vul “opvangregio” in, zoals {\"centrumgemeente\": \"Breda\", \"cbs_code\": \"GM0758\"} (CBS, Gebieden in Nederland), en zet de opvang van die regio met haar nachtroute in de catalogus.",
            );
        }
        return;
    };
    let code = &region.cbs_code;
    let ok = code.len() == 6 && code.starts_with("GM") && code[2..].bytes().all(|b| b.is_ascii_digit());
    if !ok {
        out.error(
            "opvangregio.cbs_code",
            format!("“{code}” is geen CBS-code van een gemeente. Een CBS-code is GM met vier cijfers, zoals GM0758."),
        );
    }
    if region.centrumgemeente.trim().is_empty() {
        out.error("opvangregio.centrumgemeente", "Vul de naam van de centrumgemeente in.");
    }
    let own = cat.cbs_code.as_deref().unwrap_or("");
    if let Some((_, expected, name)) = OPVANG_REGIONS.iter().find(|(g, ..)| *g == own) {
        if code != expected {
            out.warning(
                "opvangregio.cbs_code",
                format!("Volgens het CBS (Gebieden in Nederland) hoort deze gemeente bij centrumgemeente {name} ({expected}), niet bij {code}. Controleer “opvangregio”."),
            );
        }
    }
}
