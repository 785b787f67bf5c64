//! HSDS 3.0 and the spreadsheet template on every shipped catalogue, the
//! commands, and an HSDS file written elsewhere (issue 16, point 2).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use routekaart::cli::interchange::{export_file, import_file};
use routekaart::core::catalogue::validate::{check, CheckOptions, Severity};
use routekaart::core::catalogue::{Catalogue, Kind};
use routekaart::core::interchange::{
    catalogue_json, export_csv, export_hsds, export_hsds_json, import_csv, import_hsds, ImportOptions,
};
use serde_json::{json, Value};

mod common;
use common::shipped;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn options() -> ImportOptions {
    ImportOptions::from_file_name("elders")
}

#[test]
fn hsds_export_then_import_gives_the_same_catalogue_for_every_shipped_one() {
    for (name, cat) in shipped() {
        let text = export_hsds_json(&cat);
        assert_eq!(text, export_hsds_json(&cat), "{name}: the same ids every time");
        let imported = import_hsds(&text, &options()).unwrap();
        assert!(imported.summary.is_empty(), "{name}: {:#?}", imported.summary);
        assert_eq!(imported.catalogue, cat, "{name}");
        // What the command writes reads back to it.
        let written: Catalogue = serde_json::from_str(&catalogue_json(&imported.catalogue)).unwrap();
        assert_eq!(written, cat, "{name}: catalogue_json");
    }
}

#[test]
fn hsds_export_nests_organization_locations_and_weekly_schedules() {
    let (_, heusden) = shipped().into_iter().find(|(n, _)| n == "heusden").unwrap();
    let services = export_hsds(&heusden);
    assert_eq!(services.len(), heusden.services.len());
    let inloop = services
        .iter()
        .find(|s| s["name"] == "Inloopspreekuur sociaal wijkteam")
        .unwrap();
    assert_eq!(inloop["status"], "active");
    assert_eq!(inloop["organization"]["name"], "Sociaal wijkteam Heusden (voorbeeld)");
    let sal = &inloop["service_at_locations"][0];
    assert_eq!(sal["location"]["name"], "Ontmoetingscentrum Drunen");
    assert_eq!(sal["location"]["addresses"][0]["postal_code"], "5151 BA");
    assert_eq!(sal["location"]["addresses"][0]["country"], "NL");
    let schedule = &sal["schedules"][0];
    assert_eq!(
        (
            &schedule["freq"],
            &schedule["byday"],
            &schedule["opens_at"],
            &schedule["closes_at"]
        ),
        (&json!("WEEKLY"), &json!("MO,TH"), &json!("09:00"), &json!("11:00"))
    );
    // The Routekaart fields are attributes of the published taxonomy.
    let attribute = |code: &str| -> Vec<String> {
        inloop["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["taxonomy_term"]["term_uri"] == format!("https://routekaart.example/taxonomie/{code}"))
            .map(|a| a["value"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(attribute("soort"), ["inloop"]);
    assert_eq!(attribute("thema"), ["contact", "geld", "dagelijks", "wonen"]);
    assert_eq!(attribute("id"), ["inloop-wijkteam"]);
    // Only the first service carries the catalogue itself.
    assert!(services[0]["attributes"].to_string().contains("GM0797"));
    assert!(!services[1]["attributes"].to_string().contains("GM0797"));
    // English travels as a translation of the Dutch field.
    let name_en = attribute("vertaling")
        .iter()
        .map(|v| serde_json::from_str::<Value>(v).unwrap())
        .find(|v| v["veld"] == "name")
        .unwrap();
    assert_eq!(name_en["tekst"]["en"], "Drop-in hours of the social neighbourhood team");
    let upl = services.iter().find(|s| s["name"] == "Bijzondere bijstand").unwrap()["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["taxonomy_term"]["taxonomy"] == "Uniforme Productnamenlijst")
        .unwrap()
        .clone();
    assert_eq!(
        upl["taxonomy_term"]["term_uri"],
        "http://standaarden.overheid.nl/owms/terms/bijzBijstUitk"
    );
}

/// What the spreadsheet template carries of a service, by name where the
/// template names things (organisation, locations, kernen).
fn carried(cat: &Catalogue) -> Vec<Value> {
    let area = |id: &String| cat.area_name(id).unwrap_or(id).to_string();
    let nl = |t: &routekaart::core::catalogue::Text| t.0.get("nl").cloned();
    cat.services
        .iter()
        .map(|s| {
            let org = s
                .organization_id
                .as_ref()
                .and_then(|id| cat.organizations.iter().find(|o| &o.id == id))
                .map(|o| o.name.clone());
            let locations: Vec<Value> = s
                .service_at_locations
                .iter()
                .map(|sal| {
                    let l = cat.location(&sal.location_id).unwrap();
                    let times: Vec<Value> = sal
                        .schedules
                        .iter()
                        .map(|x| json!([x.byday, x.opens_at, x.closes_at]))
                        .collect();
                    json!([l.name, l.addresses.first(), l.area.as_ref().map(area), times])
                })
                .collect();
            let e = &s.eligibility;
            json!({
                "id": s.id, "name": nl(&s.name), "organisatie": org, "kind": s.kind, "access": s.access,
                "legal_basis": s.legal_basis, "status": s.status, "description": nl(&s.description),
                "themes": s.themes, "situations": s.situations,
                "eligibility": [e.minimum_age, e.maximum_age, e.households, e.child_ages, e.income_max_percent,
                                e.areas.iter().map(area).collect::<Vec<_>>(), e.situations],
                "eligibility_description": s.eligibility_description.as_ref().and_then(nl),
                "unchecked": s.unchecked_conditions.iter().map(nl).collect::<Vec<_>>(),
                "steps": s.next_steps.iter().map(|n| json!([n.action, nl(&n.text)])).collect::<Vec<_>>(),
                "application_process": s.application_process.as_ref().and_then(nl),
                "documents": s.required_documents.iter().map(nl).collect::<Vec<_>>(),
                "cost": s.cost, "fees": s.fees_description.as_ref().and_then(nl),
                "url": s.url, "email": s.email,
                "phones": s.phones.iter().map(|p| json!([p.number, p.description.as_ref().and_then(nl)])).collect::<Vec<_>>(),
                "languages": s.languages, "locations": locations,
                "service_areas": s.service_areas.iter().map(area).collect::<Vec<_>>(),
                "source": s.source, "assured_date": s.assured_date, "review_by": s.review_by,
                "example_data": s.example_data, "priority": s.priority, "upl": s.upl, "product_page": s.product_page,
            })
        })
        .collect()
}

#[test]
fn csv_export_then_import_keeps_every_field_the_template_carries() {
    for (name, cat) in shipped() {
        let text = export_csv(&cat);
        let imported = import_csv(text.as_bytes(), &options()).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
        let (before, after) = (carried(&cat), carried(&imported.catalogue));
        assert_eq!(before.len(), after.len(), "{name}");
        for (b, a) in before.iter().zip(&after) {
            assert_eq!(b, a, "{name}");
        }
        // And the template it writes again is the same.
        assert_eq!(export_csv(&imported.catalogue), text, "{name}");
    }
}

#[test]
fn csv_as_a_dutch_excel_saves_it_reads_the_same() {
    // Windows-1252, semicolons, CRLF: what "CSV (gescheiden door lijstscheidingsteken)" writes.
    let (_, cat) = shipped().into_iter().find(|(n, _)| n == "heusden").unwrap();
    let text = export_csv(&cat);
    let latin: Vec<u8> = text
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| match c {
            '€' => 0x80,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '…' => 0x85,
            '–' => 0x96,
            '—' => 0x97,
            c if u32::from(c) < 0x100 => u32::from(c) as u8,
            c => panic!("{c} is not in Windows-1252"),
        })
        .collect();
    let imported = import_csv(&latin, &options()).unwrap();
    assert_eq!(carried(&imported.catalogue), carried(&cat));
}

#[test]
fn an_hsds_file_written_elsewhere_becomes_a_catalogue_that_passes_the_check() {
    let file = root().join("tests/fixtures/hsds/voedselbank-schuldhulp.json");
    let imported = import_file("hsds", &file).unwrap();
    let cat = &imported.catalogue;
    assert_eq!(cat.id, "voedselbank-schuldhulp");
    assert_eq!(cat.services.len(), 2);
    let text = catalogue_json(cat);
    let checked = check(
        &text,
        CheckOptions {
            today: routekaart::core::calendar::Date::parse("2026-11-24"),
            read_document: None,
        },
    );
    let errors: Vec<String> = checked.errors().map(|f| f.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}\n{text}");
    assert!(checked.findings.iter().all(|f| f.severity == Severity::Warning));

    let food = &cat.services[0];
    assert_eq!(food.name.0["nl"], "Voedselpakket van de voedselbank");
    assert_eq!(food.kind, Kind::Voorziening);
    assert_eq!(food.organization_id.as_deref(), Some("stichting-voedselbank-maasoever"));
    assert_eq!(food.languages, ["nl", "en", "ar"]);
    assert_eq!(food.eligibility.minimum_age, Some(18));
    assert_eq!(food.service_at_locations[0].schedules[0].opens_at.to_string(), "13:30");
    let maatje = &cat.services[1];
    // The weekly spreekuur of the service itself, at the one place without
    // times; the monthly evening and the online chat cannot be shown.
    assert_eq!(maatje.service_at_locations.len(), 2);
    assert_eq!(maatje.service_at_locations[0].schedules.len(), 1);
    assert!(maatje.service_at_locations[1].schedules.is_empty());
    assert_eq!(maatje.phones.len(), 1, "no fax");
    assert_eq!(cat.locations[1].addresses.len(), 1, "no postal address");

    let summary = imported.summary.join("\n");
    for needle in [
        "bestandsnaam",
        "“Food Pantries” (211 LA County Taxonomy) is niet overgenomen",
        "“wait_time” is niet overgenomen",
        "“organization_identifiers” is niet overgenomen",
        "wijzigingsgeschiedenis",
        "werkgebied “Gemeente Maasoever”",
        "soort onbekend",
        "geen levensgebied; “geld” en “dagelijks” gekozen",
        "“MONTHLY” kan Routekaart niet tonen",
        "tijdzone",
        "online locatie",
        "faxnummer",
        "postadres",
        "toestelnummer 2",
        "de website https://www.schuldmaatjes-maasoever.example staat er nu als bron",
    ] {
        assert!(summary.contains(needle), "{needle} not in:\n{summary}");
    }
}

#[test]
fn hsds_from_elsewhere_keeps_what_it_can_on_the_way_back() {
    // HSDS → Routekaart → HSDS: the fields Routekaart has come back as they were.
    let file = root().join("tests/fixtures/hsds/voedselbank-schuldhulp.json");
    let original: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let back = export_hsds(&import_file("hsds", &file).unwrap().catalogue);
    let (a, b) = (&original[0], &back[0]);
    for key in [
        "name",
        "description",
        "url",
        "email",
        "status",
        "application_process",
        "fees_description",
        "eligibility_description",
        "minimum_age",
        "assured_date",
    ] {
        assert_eq!(a[key], b[key], "{key}");
    }
    assert_eq!(a["phones"][0]["number"], b["phones"][0]["number"]);
    assert_eq!(a["organization"]["website"], b["organization"]["website"]);
    let (sa, sb) = (&a["service_at_locations"][0], &b["service_at_locations"][0]);
    assert_eq!(
        sa["location"]["addresses"][0]["address_1"],
        sb["location"]["addresses"][0]["address_1"]
    );
    assert_eq!(sa["location"]["latitude"], sb["location"]["latitude"]);
    for key in ["byday", "opens_at", "closes_at", "valid_from", "description"] {
        assert_eq!(sa["schedules"][0][key], sb["schedules"][0][key], "{key}");
    }
    // What it loses: its own ids and what Routekaart has no field for.
    assert_ne!(a["id"], b["id"]);
    assert!(b.get("wait_time").is_none() && b.get("contacts").is_none());
}

#[test]
fn the_commands_read_and_write_files() {
    let heusden = root().join("public/catalogus/heusden.json");
    let hsds = export_file("hsds", &heusden).unwrap();
    let csv = export_file("csv", &heusden).unwrap();
    let dir = std::env::temp_dir().join(format!("routekaart-interchange-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (hsds_file, csv_file) = (dir.join("heusden.json"), dir.join("heusden.csv"));
    std::fs::write(&hsds_file, &hsds).unwrap();
    std::fs::write(&csv_file, &csv).unwrap();
    let shipped: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&heusden).unwrap()).unwrap();
    let services = shipped["services"].as_array().unwrap().len();
    assert_eq!(
        import_file("hsds", &hsds_file).unwrap().catalogue.services.len(),
        services
    );
    let from_csv = import_file("csv", &csv_file).unwrap();
    assert_eq!(from_csv.catalogue.id, "heusden");
    assert!(import_file("xml", &csv_file).is_err());
    let broken = dir.join("kapot.csv");
    std::fs::write(&broken, "naam;soort\n\"Inloop;inloop\n").unwrap();
    let e = import_file("csv", &broken).unwrap_err().to_string();
    assert!(
        e.ends_with("kapot.csv: Regel 2: een veld begint met een aanhalingsteken (\") dat nergens wordt gesloten."),
        "{e}"
    );
    let not_a_catalogue = export_file("hsds", Path::new("Cargo.toml")).unwrap_err().to_string();
    assert!(not_a_catalogue.contains("Cargo.toml"), "{not_a_catalogue}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_readme_lists_every_spreadsheet_column() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (column, what) in routekaart::core::interchange::COLUMNS {
        assert!(readme.contains(&format!("| `{column}` | {what} |")), "{column}");
    }
}
