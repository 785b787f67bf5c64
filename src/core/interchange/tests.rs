//! Unit tests of the formats; every shipped catalogue and the HSDS fixture
//! are in tests/interchange.rs and tests/hsds_schema.rs.

use super::csv::decode;
use super::*;
use crate::core::calendar::{Time, Weekday};
use crate::core::catalogue::{Access, Cost, Kind};
use crate::core::facts::Theme;
use serde_json::json;

fn options() -> ImportOptions {
    ImportOptions::from_file_name("testdorp")
}

fn csv(text: &str) -> Result<Imported, Vec<CsvError>> {
    import_csv(text.as_bytes(), &options())
}

fn one_error(text: &str) -> CsvError {
    let errors = csv(text).expect_err("an error");
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn file_names_give_an_id_and_a_name() {
    let o = ImportOptions::from_file_name("Sociale kaart Heusden 2026");
    assert_eq!(
        (o.id.as_str(), o.name.as_str()),
        ("sociale-kaart-heusden-2026", "Sociale kaart heusden 2026")
    );
    assert_eq!(ImportOptions::from_file_name("").id, "geimporteerd");
}

#[test]
fn the_taxonomy_is_documented_term_by_term() {
    let doc = include_str!("mod.rs");
    for t in TERMS {
        assert!(
            doc.contains(&format!("| `{}` |", t.code)),
            "{} is not in the table",
            t.code
        );
    }
    assert!(doc.contains(TAXONOMY_URI));
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_reads_quoted_fields_with_separators_line_breaks_and_quotes() {
    let text = "naam;beschrijving;levensgebieden;volgende_stappen\r\n\
                \"Inloop; koffie\";\"Zeg \"\"hallo\"\".\nTweede regel.\";geld, wonen;\"bellen: Bel ons.\r\nbinnenlopen: Kom langs.\"\r\n";
    let imported = csv(text).unwrap();
    let s = &imported.catalogue.services[0];
    assert_eq!(s.name.0["nl"], "Inloop; koffie");
    assert_eq!(s.description.0["nl"], "Zeg \"hallo\".\nTweede regel.");
    assert_eq!(s.themes, [Theme::Geld, Theme::Wonen]);
    assert_eq!(s.next_steps.len(), 2);
    assert_eq!(s.next_steps[1].text.0["nl"], "Kom langs.");
}

#[test]
fn csv_takes_the_separator_from_the_first_line() {
    let comma = csv("naam,soort,levensgebieden\nTaalcafé,inloop,\"taal,contact\"\n").unwrap();
    assert_eq!(comma.catalogue.services[0].kind, Kind::Inloop);
    assert_eq!(comma.catalogue.services[0].themes, [Theme::Taal, Theme::Contact]);
    let semicolon = csv("naam;soort;beschrijving\nTaalcafé;inloop;Praat, lees, schrijf\n").unwrap();
    assert_eq!(
        semicolon.catalogue.services[0].description.0["nl"],
        "Praat, lees, schrijf"
    );
}

#[test]
fn csv_reads_utf8_with_a_bom_and_windows_1252() {
    assert_eq!(decode(b"\xEF\xBB\xBFnaam"), "naam");
    // "Café € – ‘ü’" as Excel writes it on a Dutch Windows.
    assert_eq!(decode(b"Caf\xE9 \x80 \x96 \x91\xFC\x92"), "Café € – ‘ü’");
    let mut bytes = b"naam;beschrijving\r\nRepair Caf\xE9;Gratis \x80 0\r\n".to_vec();
    let imported = import_csv(&bytes, &options()).unwrap();
    assert_eq!(imported.catalogue.services[0].name.0["nl"], "Repair Café");
    assert_eq!(imported.catalogue.services[0].description.0["nl"], "Gratis € 0");
    bytes.splice(0..0, *b"\xEF\xBB\xBF");
    assert!(import_csv(&bytes, &options()).is_ok());
}

#[test]
fn csv_errors_name_their_line_in_one_sentence() {
    let e = one_error("naam;beschrijving\nA;\"open\nB;nog open\n");
    assert_eq!(e.line, 2);
    assert!(
        e.to_string()
            .starts_with("Regel 2: een veld begint met een aanhalingsteken"),
        "{e}"
    );
    let e = one_error("naam;beschrijving\nA;\"dicht\" en toch meer\n");
    assert_eq!(e.line, 2);
    assert!(e.message.contains("na een aanhalingsteken dat een veld sluit"), "{e}");
    // A line break inside quotes counts: the bad row starts on line 4.
    let e = one_error("naam;beschrijving\nA;\"een\ntwee\"\nB;x;y\n");
    assert_eq!(e.line, 4);
    assert!(e.message.contains("3 kolommen en de eerste regel 2"), "{e}");
    let e = one_error("naam;soort\nA;winkel\n");
    assert_eq!(
        e.to_string(),
        format!(
            "Regel 2: in kolom “soort” is “winkel” onbekend; kies uit {}.",
            Kind::CODES.join(", ")
        )
    );
    let e = one_error("naam;controleren_voor\n\nA;31-02-2027\n");
    assert_eq!(e.line, 3);
    assert!(e.message.contains("geen datum"), "{e}");
    let e = one_error("soort\ninloop\n");
    assert_eq!(e.line, 1);
    assert!(e.message.contains("ten minste “naam”"), "{e}");
    let e = one_error("naam;volgende_stappen\nA;Bel ons.\n");
    assert!(e.message.contains("begint niet met een actie"), "{e}");
    let errors = csv("naam;soort;toegang\nA;winkel;\nB;inloop;soms\n").unwrap_err();
    assert_eq!(
        errors.iter().map(|e| e.line).collect::<Vec<_>>(),
        [2, 3],
        "every bad row"
    );
}

#[test]
fn csv_reads_opening_times_as_people_write_them() {
    let text = "naam;locatie;adres;plaats;openingstijden\n\
                Inloop;\"Buurthuis\nBibliotheek\";\"Dorpsstraat 1\nMarkt 2\";\"Testdorp\nTestdorp\";\"ma, do 09:00-11:00; vr 13.30 - 15.30\nma t/m vr 9-17\"\n";
    let s = &csv(text).unwrap().catalogue.services[0];
    let first = &s.service_at_locations[0].schedules;
    assert_eq!(first.len(), 2);
    assert_eq!(first[0].byday, [Weekday::Mo, Weekday::Th]);
    assert_eq!(
        (first[0].opens_at, first[0].closes_at),
        (Time::hm(9, 0), Time::hm(11, 0))
    );
    assert_eq!(
        (first[1].byday.as_slice(), first[1].opens_at),
        ([Weekday::Fr].as_slice(), Time::hm(13, 30))
    );
    let second = &s.service_at_locations[1].schedules[0];
    assert_eq!(second.byday, &Weekday::ALL[..5]);
    assert_eq!((second.opens_at, second.closes_at), (Time::hm(9, 0), Time::hm(17, 0)));
    let e = one_error("naam;locatie;openingstijden\nA;Buurthuis;elke dag\n");
    assert!(e.message.contains("kan Routekaart niet lezen"), "{e}");
    let e = one_error("naam;locatie;adres\nA;Buurthuis;\"Dorpsstraat 1\nMarkt 2\"\n");
    assert!(e.message.contains("meer regels dan kolom “locatie”"), "{e}");
}

#[test]
fn csv_fills_gaps_and_says_so() {
    let imported = csv("naam;website\nVoedselbank;https://voedselbank.example\n").unwrap();
    let s = &imported.catalogue.services[0];
    assert_eq!(
        (s.id.as_str(), s.kind, s.access),
        ("voedselbank", Kind::Voorziening, Access::Aanmelden)
    );
    assert_eq!(s.themes, [Theme::Geld]);
    assert_eq!(s.next_steps[0].text.0["nl"], "Kijk op https://voedselbank.example.");
    assert_eq!(
        imported.catalogue.documents[0].url.as_deref(),
        Some("https://voedselbank.example")
    );
    let summary = imported.summary.join("\n");
    for needle in [
        "bestandsnaam",
        "soort onbekend",
        "toegang onbekend",
        "geen beschrijving",
        "“geld” gekozen",
        "geen bron",
    ] {
        assert!(summary.contains(needle), "{needle} not in:\n{summary}");
    }
    let unknown = csv("naam;kleur\nA;rood\n").unwrap();
    assert!(unknown
        .summary
        .iter()
        .any(|s| s.contains("De kolom “kleur” kent Routekaart niet")));
}

#[test]
fn csv_export_quotes_only_what_needs_it() {
    let imported =
        csv("naam;beschrijving;website\n\"Eén; twee\";\"Zeg \"\"ja\"\".\nRegel twee.\";https://a.example\n").unwrap();
    let out = export_csv(&imported.catalogue);
    assert!(out.starts_with("\u{feff}id;naam;"));
    assert!(out.contains(";\"Eén; twee\";"), "{out}");
    assert!(out.contains("\"Zeg \"\"ja\"\".\nRegel twee.\""), "{out}");
    assert!(out.contains(";https://a.example;"), "{out}");
    assert!(out.ends_with("\r\n"));
    assert_eq!(out.lines().next().unwrap().split(';').count(), COLUMNS.len());
}

/// A cell that starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return is a formula to Excel and LibreOffice
/// (`=HYPERLINK(…)`, `=WEBSERVICE(…)`), whoever wrote the text (a third
/// party's HSDS file passes through). Exported with a leading `'`, read
/// back without it; numbers and phone numbers stay as they are.
#[test]
fn csv_export_neutralises_formulas_and_import_restores_them() {
    let hostile = [
        "=HYPERLINK(\"https://evil.example\";\"Klik\")",
        "+WEBSERVICE(\"https://evil.example\")",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ];
    for text in hostile {
        let mut cat = csv("naam;beschrijving;telefoon\nInloop;Koffie.;+31 20 123 4567\n")
            .unwrap()
            .catalogue;
        cat.services[0].name = crate::core::catalogue::Text::nl(text);
        let out = export_csv(&cat);
        let row = out.lines().nth(1).unwrap();
        let cells = row.split(';').collect::<Vec<_>>();
        let name = cells[1].trim_matches('"');
        assert!(name.starts_with('\''), "{text:?} exported as {name:?}");
        // Numbers and phone numbers are no formula: they stay readable.
        assert!(out.contains(";+31 20 123 4567"), "{out}");
        let back = import_csv(out.as_bytes(), &options()).unwrap().catalogue;
        // Restored (the import trims a name, tab and all).
        assert_eq!(back.services[0].name.0["nl"], text.trim());
        assert_eq!(back.services[0].phones[0].number, "+31 20 123 4567");
    }
}

// ---------------------------------------------------------------- HSDS

fn hsds(v: serde_json::Value) -> Imported {
    import_hsds(&v.to_string(), &options()).unwrap()
}

#[test]
fn hsds_accepts_one_service_a_list_or_an_api_page() {
    let service = json!({"id": "0f1b0a4e-0c55-4d3e-9a59-6a0c7f0e4b1d", "name": "Taalcafé", "status": "active"});
    assert_eq!(hsds(service.clone()).catalogue.services.len(), 1);
    assert_eq!(
        hsds(json!([service.clone(), service.clone()])).catalogue.services.len(),
        2
    );
    let page = json!({"total_items": 1, "page_number": 1, "contents": [service]});
    let imported = hsds(page);
    assert_eq!(imported.catalogue.services[0].id, "taalcafe");
    assert_eq!(imported.catalogue.services[0].themes, [Theme::Taal]);
    let e = import_hsds("[{\"name\": \"x\",}]", &options()).unwrap_err();
    assert!(e.starts_with("Regel 1, kolom 15: Er staat een komma te veel"), "{e}");
    assert!(import_hsds("42", &options()).unwrap_err().contains("geen HSDS-bestand"));
}

#[test]
fn hsds_schedules_routekaart_cannot_show_are_named_not_guessed() {
    let v = json!({"name": "Spreekuur", "service_at_locations": [{
    "location": {"id": "l1", "location_type": "physical", "name": "Buurthuis",
                 "addresses": [{"address_1": "Dorpsstraat 1", "city": "Testdorp"}]},
    "schedules": [
        {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00:00+01:00", "closes_at": "12:00Z"},
        {"freq": "MONTHLY", "byday": "1TU", "opens_at": "19:00", "closes_at": "20:00"},
        {"freq": "WEEKLY", "byday": "FR", "interval": 2, "opens_at": "19:00", "closes_at": "20:00"},
        {"freq": "WEEKLY", "byday": "SA", "opens_at": "10:00"}
    ]}]});
    let imported = hsds(v);
    let sal = &imported.catalogue.services[0].service_at_locations[0];
    assert_eq!(sal.schedules.len(), 1);
    assert_eq!(sal.schedules[0].byday, [Weekday::Mo, Weekday::We]);
    assert_eq!(
        (sal.schedules[0].opens_at, sal.schedules[0].closes_at),
        (Time::hm(9, 0), Time::hm(12, 0))
    );
    let summary = imported.summary.join("\n");
    for needle in [
        "tijdzone",
        "“MONTHLY” kan Routekaart niet tonen",
        "om de zoveel weken",
        "sluitingstijd ontbreekt",
    ] {
        assert!(summary.contains(needle), "{needle} not in:\n{summary}");
    }
}

#[test]
fn hsds_from_elsewhere_gets_defaults_and_costs_from_cost_options() {
    let v = json!({
        "name": "Hulp bij schulden", "description": "Wij helpen u met schulden.",
        "url": "https://schulden.example", "cost_options": [{"id": "c", "amount": 0}],
        "organization": {"id": "o", "name": "Schuldhulp Testdorp", "description": ""},
        "languages": [{"id": "a", "code": "ara"}, {"id": "b", "name": "Klingon"}],
        "attributes": [{"id": "x", "taxonomy_term": {"id": "t", "name": "Debt Counseling", "description": "", "taxonomy": "Open Eligibility"}}]
    });
    let imported = hsds(v);
    let cat = &imported.catalogue;
    let s = &cat.services[0];
    assert_eq!(s.cost, Cost::Gratis);
    assert_eq!(s.languages, ["ar"]);
    assert_eq!(s.organization_id.as_deref(), Some("schuldhulp-testdorp"));
    assert_eq!(cat.organizations[0].description, None);
    assert_eq!(s.source.as_ref().unwrap().document, cat.documents[0].id);
    let summary = imported.summary.join("\n");
    for needle in [
        "“Debt Counseling” (Open Eligibility)",
        "de taal “klingon”",
        "geen volgende stap; “Kijk op https://schulden.example.”",
    ] {
        assert!(summary.contains(needle), "{needle} not in:\n{summary}");
    }
}

#[test]
fn a_upl_term_from_elsewhere_is_read_as_the_upl() {
    let uri = "http://standaarden.overheid.nl/owms/terms/schuldhulpverlening";
    let v = json!({"name": "Schuldhulp", "attributes": [{"id": "a", "taxonomy_term": {"id": "t", "name": "schuldhulpverlening", "description": "", "term_uri": uri}}]});
    let imported = hsds(v);
    assert_eq!(imported.catalogue.services[0].upl.as_deref(), Some(uri));
    assert!(
        !imported.summary.iter().any(|s| s.contains("kenmerk")),
        "{:?}",
        imported.summary
    );
}

#[test]
fn catalogue_json_leaves_out_defaults_and_reads_back_the_same() {
    let imported =
        csv("naam;soort;toegang;levensgebieden;beschrijving\nInloop;inloop;vrij_toegankelijk;contact;Koffie.\n")
            .unwrap();
    let text = catalogue_json(&imported.catalogue);
    assert!(
        !text.contains("null") && !text.contains("false") && !text.contains("\"priority\""),
        "{text}"
    );
    assert!(
        text.find("\"schema_version\"") < text.find("\"services\""),
        "model order: {text}"
    );
    let back: Catalogue = serde_json::from_str(&text).unwrap();
    assert_eq!(back, imported.catalogue);
}
