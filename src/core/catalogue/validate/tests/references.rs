//! Ids and references: duplicates, dangling ones, areas and kernen, the
//! national file, the index, embedders, CBS code, UPL, product page,
//! opvangregio.

use super::*;

#[test]
fn duplicate_ids() {
    let f = broken(|v| {
        let copy = v["services"][0].clone();
        v["services"].as_array_mut().unwrap().push(copy);
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[1].id",
        "twee diensten met de id “inloop-buurthuis”",
    );
}

#[test]
fn dangling_location_and_organization() {
    let f = broken(|v| {
        v["services"][0]["service_at_locations"][0]["location_id"] = json!("bibliotheek");
        v["services"][0]["organization_id"] = json!("onbekend");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].location_id",
        "“bibliotheek” bestaat niet",
    );
    assert_finding(
        &f,
        Severity::Error,
        "services[0].organization_id",
        "“onbekend” bestaat niet",
    );
    assert_finding(
        &f,
        Severity::Warning,
        "locations[0]",
        "door geen enkele dienst gebruikt",
    );
}

#[test]
fn unknown_area() {
    let f = broken(|v| {
        v["locations"][0]["area"] = json!("zuid");
        v["services"][0]["eligibility"] = json!({"areas": ["oost"]});
    });
    assert_finding(
        &f,
        Severity::Error,
        "locations[0].area",
        "“zuid” staat niet in de lijst “areas”",
    );
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.areas",
        "“oost” staat niet",
    );
}

#[test]
fn bad_id_format() {
    let f = broken(|v| v["services"][0]["id"] = json!("Inloop Buurthuis"));
    assert_finding(&f, Severity::Error, "services[0].id", "alleen kleine letters");
}

#[test]
fn national_ids_must_not_clash() {
    let cat: Catalogue = serde_json::from_value(valid()).unwrap();
    let mut national = cat.clone();
    national.scope = Scope::Landelijk;
    // The service and the document both clash.
    let clashes = check_merge(&cat, &national);
    assert_eq!(clashes.len(), 2, "{clashes:?}");
    assert!(clashes.iter().any(|f| f.path == "documents[0].id"), "{clashes:?}");
    let f = check_value(&{
        let mut v = valid();
        v["scope"] = json!("landelijk");
        v
    })
    .findings;
    assert_finding(&f, Severity::Error, "services[0].id", "begint met “nl-”");
    assert_finding(&f, Severity::Error, "documents[0].id", "begint met “nl-”");
}

#[test]
fn the_index_file_is_recognised_and_its_files_must_exist() {
    let text = "{\n  \"schema_version\": 1,\n  \"national\": \"landelijk.json\",\n  \"gemeenten\": [\n    {\"id\": \"testdorp\", \"name\": \"Testdorp\", \"file\": \"testdorp.json\"},\n    {\"id\": \"testdorp\", \"name\": \"Dubbel\", \"file\": \"weg.json\"}\n  ]\n}";
    assert!(is_index(text));
    assert!(!is_index(&serde_json::to_string(&valid()).unwrap()));
    let (index, f) = check_index(text, |file| file != "weg.json");
    assert_eq!(index.unwrap().gemeenten.len(), 2);
    assert_finding(&f, Severity::Error, "gemeenten[1].file", "“weg.json” bestaat niet");
    assert_finding(
        &f,
        Severity::Error,
        "gemeenten[1].id",
        "twee gemeenten met de id “testdorp”",
    );
    assert_eq!(f.len(), 2, "{f:?}");
    let (_, f) = check_index("{\"gemeenten\": [], \"national\": 3}", |_| true);
    assert!(f[0].message.contains("Hier staat"), "{f:?}");
}

/// The sites that may frame the app are origins.
#[test]
fn embedders_are_https_origins() {
    let text = |list: &str| {
        format!(
            "{{\"schema_version\": 1, \"national\": \"landelijk.json\", \"gemeenten\": [], \"insluiters\": {list}}}"
        )
    };
    let (index, f) = check_index(
        &text("[\"https://www.heusden.nl\", \"https://localhost:8443\"]"),
        |_| true,
    );
    assert_eq!(f, vec![], "{f:?}");
    assert_eq!(index.unwrap().embedders.len(), 2);
    for bad in [
        "http://www.heusden.nl",
        "https://www.heusden.nl/",
        "https://www.heusden.nl/hulp",
        "*",
        "https://",
    ] {
        let (_, f) = check_index(&text(&format!("[\"{bad}\"]")), |_| true);
        assert_finding(&f, Severity::Error, "insluiters[0]", "geen website-herkomst");
    }
    // The resident's reader takes the list too.
    let lean = crate::core::catalogue::lean::read_index(&text("[\"https://www.heusden.nl\"]")).unwrap();
    assert_eq!(lean.embedders, vec!["https://www.heusden.nl".to_string()]);
}

#[test]
fn cbs_code_is_gm_and_four_digits_and_only_for_a_gemeente() {
    let ok = broken(|v| {
        v["cbs_code"] = json!("GM0797");
        v["areas"][0]["name"] = json!("Drunen");
        v["opvangregio"] = json!({"centrumgemeente": "Tilburg", "cbs_code": "GM0855"});
    });
    assert!(ok.is_empty(), "{ok:#?}");
    for bad in ["0797", "GM797", "gm0797", "GM07977", "GMabcd"] {
        let f = broken(|v| v["cbs_code"] = json!(bad));
        assert_finding(&f, Severity::Error, "cbs_code", "is geen CBS-code van een gemeente");
    }
    let f = broken(|v| {
        v["cbs_code"] = json!("GM0797");
        v["scope"] = json!("landelijk");
    });
    assert_finding(
        &f,
        Severity::Error,
        "cbs_code",
        "Een landelijk bestand hoort niet bij één gemeente",
    );
}

#[test]
fn upl_must_be_a_upl_uri_and_an_unknown_name_is_a_warning() {
    let ok = broken(|v| v["services"][0]["upl"] = json!("http://standaarden.overheid.nl/owms/terms/bijzBijstUitk"));
    assert!(ok.is_empty(), "{ok:#?}");
    let f = broken(|v| v["services"][0]["upl"] = json!("bijzBijstUitk"));
    assert_finding(&f, Severity::Error, "services[0].upl", "is geen UPL-adres");
    let f = broken(|v| v["services"][0]["upl"] = json!("http://standaarden.overheid.nl/owms/terms/bijzbijstuitk"));
    assert_finding(&f, Severity::Warning, "services[0].upl", "kent Routekaart niet");
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:#?}");
}

#[test]
fn product_page_is_a_web_address() {
    let ok = broken(|v| v["services"][0]["product_page"] = json!("https://www.testdorp.nl/bijzondere-bijstand"));
    assert!(ok.is_empty(), "{ok:#?}");
    let f = broken(|v| v["services"][0]["product_page"] = json!("www.testdorp.nl"));
    assert_finding(&f, Severity::Error, "services[0].product_page", "is geen webadres");
}

/// Ulicoten (Baarle-Nassau) was a kern of Alphen-Chaam.
#[test]
fn a_kern_of_another_gemeente_is_an_error() {
    let f = broken(|v| {
        v["cbs_code"] = json!("GM1723");
        v["areas"] = json!([{"id": "noord", "name": "Alphen"}, {"id": "ulicoten", "name": "Ulicoten"}]);
    });
    assert_finding(
        &f,
        Severity::Error,
        "areas[1].name",
        "“Ulicoten” is geen kern van de gemeente Alphen-Chaam",
    );
    assert_eq!(f.iter().filter(|x| x.path.starts_with("areas")).count(), 1, "{f:?}");
    // A place with a note in brackets, and a wijk of a place, are places.
    let ok = broken(|v| {
        v["cbs_code"] = json!("GM0797");
        v["opvangregio"] = json!({"centrumgemeente": "Tilburg", "cbs_code": "GM0855"});
        v["areas"] = json!([{"id": "noord", "name": "Heusden (vesting)"}, {"id": "z", "name": "Drunen-Noord"}]);
    });
    assert!(ok.is_empty(), "{ok:?}");
    // A gemeente the table does not know is not checked.
    let other = broken(|v| v["cbs_code"] = json!("GM0363"));
    assert!(other.iter().all(|x| !x.path.starts_with("areas")), "{other:?}");
}

/// A gemeente names its centrumgemeente for maatschappelijke opvang.
#[test]
fn a_gemeente_without_its_opvangregio_gets_a_warning() {
    let f = broken(|v| {
        v["cbs_code"] = json!("GM0363");
    });
    assert!(
        f.iter()
            .any(|x| x.severity == Severity::Warning
                && x.message.contains("centrumgemeente voor maatschappelijke opvang")),
        "{f:?}"
    );
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
    let bad = broken(|v| {
        v["cbs_code"] = json!("GM1723");
        v["areas"] = json!([{"id": "noord", "name": "Chaam"}]);
        v["opvangregio"] = json!({"centrumgemeente": "Tilburg", "cbs_code": "0855"});
    });
    assert_finding(&bad, Severity::Error, "opvangregio.cbs_code", "geen CBS-code");
    let wrong = broken(|v| {
        v["cbs_code"] = json!("GM1723");
        v["areas"] = json!([{"id": "noord", "name": "Chaam"}]);
        v["opvangregio"] = json!({"centrumgemeente": "Tilburg", "cbs_code": "GM0855"});
    });
    assert_finding(
        &wrong,
        Severity::Warning,
        "opvangregio.cbs_code",
        "centrumgemeente Breda (GM0758)",
    );
    let ok = broken(|v| {
        v["cbs_code"] = json!("GM1723");
        v["areas"] = json!([{"id": "noord", "name": "Chaam"}]);
        v["opvangregio"] = json!({"centrumgemeente": "Breda", "cbs_code": "GM0758"});
    });
    assert!(ok.is_empty(), "{ok:?}");
}
