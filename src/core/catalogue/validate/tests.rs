//! The validator on broken catalogues: each test breaks one thing and asserts
//! the message a maintainer sees, with its position.

use super::*;
use serde_json::{json, Value};

fn valid() -> Value {
    json!({
        "schema_version": 1,
        "id": "testdorp",
        "name": "Testdorp",
        "scope": "gemeente",
        "areas": [{"id": "noord", "name": "Noord"}],
        "organizations": [{"id": "welzijn", "name": "Welzijn Testdorp"}],
        "locations": [{
            "id": "buurthuis", "name": "Buurthuis", "area": "noord",
            "addresses": [{"address_1": "Dorpsstraat 1", "postal_code": "1234 AB", "city": "Testdorp"}],
            "web_sources": [{"url": "https://buurthuis.example/adres", "title": "Buurthuis: adres", "date": "2026-02", "accessed": "2026-11-20"}]
        }],
        "services": [{
            "id": "inloop-buurthuis",
            "organization_id": "welzijn",
            "name": {"nl": "Inloop in het buurthuis"},
            "kind": "inloop",
            "access": "vrij_toegankelijk",
            "description": {"nl": "Koffie en een praatje."},
            "themes": ["contact"],
            "next_steps": [{"action": "binnenlopen", "text": {"nl": "Loop binnen."}}],
            "service_at_locations": [{
                "location_id": "buurthuis",
                "schedules": [{"byday": ["TU"], "opens_at": "09:30", "closes_at": "12:00"}]
            }],
            "source": {"document": "beleid", "quote": "Het buurthuis is elke dinsdag open"},
            "review_by": "2027-06-01"
        }],
        "documents": [{"id": "beleid", "title": "Beleid Testdorp", "file": "beleid.txt"}]
    })
}

/// The policy text the fixture quotes (a catalogue names it relative to itself).
fn read_test_document(name: &str) -> Option<String> {
    (name == "beleid.txt").then(|| "Ons beleid.\nHet buurthuis is elke\n  dinsdag open voor iedereen.".to_string())
}

fn today() -> CheckOptions<'static> {
    CheckOptions {
        today: Date::parse("2026-11-22"),
        read_document: Some(&read_test_document),
    }
}

fn check_value(v: &Value) -> Checked {
    check(&serde_json::to_string_pretty(v).unwrap(), today())
}

/// Breaks the valid catalogue with `f` and returns the findings.
fn broken(f: impl FnOnce(&mut Value)) -> Vec<Finding> {
    let mut v = valid();
    f(&mut v);
    check_value(&v).findings
}

fn assert_finding(findings: &[Finding], severity: Severity, path: &str, needle: &str) {
    assert!(
        findings
            .iter()
            .any(|f| f.severity == severity && f.path == path && f.message.contains(needle) && f.line.is_some()),
        "no {severity:?} at {path} containing {needle:?} (with a line number); got:\n{}",
        findings.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_valid_fixture_has_no_findings() {
    let checked = check_value(&valid());
    assert!(checked.findings.is_empty(), "{:?}", checked.findings);
    assert_eq!(checked.catalogue.unwrap().services.len(), 1);
}

#[test]
fn syntax_error_gives_line_and_column() {
    let text = "{\n  \"schema_version\": 1,\n  \"id\": \"x\",\n}";
    let f = check(text, today()).findings;
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].line, f[0].column), (Some(4), Some(1)));
    assert!(f[0].message.contains("komma te veel"), "{}", f[0]);
}

#[test]
fn truncated_file() {
    let f = check("{\"schema_version\": 1, \"services\": [", today()).findings;
    assert!(f[0].message.contains("houdt te vroeg op"), "{}", f[0]);
}

#[test]
fn not_an_object() {
    let f = check("[1, 2]", today()).findings;
    assert_finding(&f, Severity::Error, "", "JSON-object");
}

#[test]
fn wrong_schema_version() {
    let f = broken(|v| v["schema_version"] = json!(7));
    assert_finding(&f, Severity::Error, "schema_version", "formaatversie 7");
}

#[test]
fn unknown_field_is_named_with_the_allowed_ones() {
    let f = broken(|v| v["services"][0]["naam"] = json!("x"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].naam",
        "Het veld “naam” hoort hier niet",
    );
    assert!(f.iter().any(|x| x.message.contains("“name”")));
}

#[test]
fn missing_required_field() {
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("kind");
    });
    assert_finding(&f, Severity::Error, "services[0]", "verplichte veld “kind” ontbreekt");
}

#[test]
fn unknown_theme() {
    let f = broken(|v| v["services"][0]["themes"] = json!(["contact", "sport"]));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].themes[1]",
        "“sport” is geen bekende thema",
    );
}

#[test]
fn wrong_type() {
    let f = broken(|v| v["services"][0]["eligibility"] = json!({"minimum_age": "65"}));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.minimum_age",
        "Hier staat een tekst maar er hoort een heel getal",
    );
}

#[test]
fn rule_about_a_fact_the_questionnaire_does_not_ask() {
    let f = broken(|v| v["services"][0]["eligibility"] = json!({"vermogen_max": 5000}));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.vermogen_max",
        "gaat over iets wat de vragenlijst niet vraagt",
    );
}

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
fn impossible_schedule_times() {
    let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"][0]["closes_at"] = json!("09:30"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].closes_at",
        "sluitingstijd 9:30 is gelijk aan de openingstijd",
    );
    let f = broken(|v| {
        let s = &mut v["services"][0]["service_at_locations"][0]["schedules"][0];
        s["opens_at"] = json!("24:00");
        s["closes_at"] = json!("02:00");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].opens_at",
        "24:00 kan alleen een sluitingstijd zijn",
    );
}

/// Opening hours past midnight could not be entered
/// ("De sluitingstijd 2:00 ligt niet na de openingstijd 22:00").
#[test]
fn an_opening_past_midnight_is_accepted() {
    for (opens, closes) in [("22:00", "02:00"), ("22:00", "00:00"), ("17:00", "09:00")] {
        let f = broken(|v| {
            let s = &mut v["services"][0]["service_at_locations"][0]["schedules"][0];
            s["opens_at"] = json!(opens);
            s["closes_at"] = json!(closes);
        });
        assert!(f.is_empty(), "{opens}–{closes}: {f:?}");
    }
    // The time format is still HH:MM up to 24:00.
    for bad in ["9:00", "25:00", "22:00:00"] {
        let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"][0]["closes_at"] = json!(bad));
        assert_finding(
            &f,
            Severity::Error,
            "services[0].service_at_locations[0].schedules[0].closes_at",
            &format!("“{bad}” is geen geldige tijd"),
        );
    }
}

#[test]
fn a_very_long_night_is_questioned_and_overlaps_count_across_midnight() {
    // 9:30 to 9:00 the next day: probably swapped or mistyped.
    let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"][0]["closes_at"] = json!("09:00"));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].service_at_locations[0].schedules[0].closes_at",
        "tot 9:00 de volgende dag (23 uur en 30 minuten)",
    );
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
    // Tuesday 22:00–02:00 overlaps Wednesday 01:00–03:00; Sunday night runs
    // into Monday.
    let f = broken(|v| {
        v["services"][0]["service_at_locations"][0]["schedules"] = json!([
            {"byday": ["TU"], "opens_at": "22:00", "closes_at": "02:00"},
            {"byday": ["WE"], "opens_at": "01:00", "closes_at": "03:00"},
            {"byday": ["SU"], "opens_at": "23:00", "closes_at": "01:00"},
            {"byday": ["MO"], "opens_at": "00:30", "closes_at": "08:00"},
            {"byday": ["TH"], "opens_at": "22:00", "closes_at": "02:00"},
            {"byday": ["FR"], "opens_at": "02:00", "closes_at": "04:00"}
        ])
    });
    let overlaps: Vec<_> = f
        .iter()
        .filter(|x| x.message.contains("overlapt"))
        .map(|x| x.path.as_str())
        .collect();
    assert_eq!(
        overlaps,
        [
            "services[0].service_at_locations[0].schedules[0]",
            "services[0].service_at_locations[0].schedules[2]"
        ],
        "{f:?}"
    );
}

#[test]
fn invalid_time_and_date_formats() {
    let f = broken(|v| {
        v["services"][0]["service_at_locations"][0]["schedules"][0]["opens_at"] = json!("25:00");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].opens_at",
        "“25:00” is geen geldige tijd",
    );
    let f = broken(|v| v["services"][0]["review_by"] = json!("2027-02-30"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].review_by",
        "“2027-02-30” is geen geldige datum",
    );
}

#[test]
fn validity_period_backwards() {
    let f = broken(|v| {
        let s = &mut v["services"][0]["service_at_locations"][0]["schedules"][0];
        s["valid_from"] = json!("2027-01-01");
        s["valid_to"] = json!("2026-01-01");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].valid_to",
        "ligt vóór “valid_from”",
    );
}

#[test]
fn inloop_without_schedule() {
    let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"] = json!([]));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations",
        "minstens één locatie met openingstijden",
    );
}

#[test]
fn past_review_date_is_a_warning() {
    let f = broken(|v| v["services"][0]["review_by"] = json!("2025-01-01"));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].review_by",
        "controledatum 2025-01-01 is voorbij",
    );
    assert!(f.iter().all(|x| x.severity == Severity::Warning));
}

#[test]
fn missing_source() {
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("source");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].source",
        "waar deze informatie vandaan komt",
    );
    // Example data needs no source.
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("source");
        v["services"][0]["example_data"] = json!(true);
    });
    assert!(f.iter().all(|x| x.path != "services[0].source"), "{f:?}");
}

#[test]
fn a_quote_must_be_in_its_document_word_for_word() {
    // The fixture's quote spans a line break in the document: that counts.
    assert!(
        check_value(&valid()).findings.is_empty(),
        "{:?}",
        check_value(&valid()).findings
    );
    let f = broken(|v| v["services"][0]["source"]["quote"] = json!("Het buurthuis is elke woensdag open"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].source.quote",
        "staat niet letterlijk in “Beleid Testdorp”",
    );
    let f = broken(|v| v["services"][0]["source"]["quote"] = json!("elke dinsdag open"));
    assert_finding(&f, Severity::Error, "services[0].source.quote", "minstens 5 woorden");
    let f = broken(|v| {
        v["services"][0]["source"].as_object_mut().unwrap().remove("quote");
    });
    assert_finding(&f, Severity::Error, "services[0].source.quote", "Citeer de passage");
    let f = broken(|v| v["services"][0]["source"]["document"] = json!("nota"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].source.document",
        "“nota” staat niet in de lijst",
    );
    // A document the check cannot read leaves its quotes unchecked, and says so.
    let f = broken(|v| v["documents"][0]["file"] = json!("weg.txt"));
    assert_finding(&f, Severity::Warning, "documents[0].file", "niet gecontroleerd");
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
}

#[test]
fn example_data_is_never_checked_with_the_provider() {
    let f = broken(|v| {
        v["services"][0]["example_data"] = json!(true);
        v["services"][0]["assured_date"] = json!("2026-11-01");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].assured_date",
        "Voorbeeldgegevens kunnen niet gecontroleerd zijn",
    );
    // Checked, but more than a year ago: ask again.
    let f = broken(|v| v["services"][0]["assured_date"] = json!("2025-10-01"));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].assured_date",
        "meer dan een jaar geleden",
    );
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
    let f = broken(|v| v["services"][0]["assured_date"] = json!("2026-06-01"));
    assert!(f.iter().all(|x| x.path != "services[0].assured_date"), "{f:?}");
}

#[test]
fn a_number_nobody_checked_on_a_real_card_is_a_warning() {
    // Through the organisation (the 14-number case) and on the service itself.
    let f = broken(|v| v["organizations"][0]["phones"] = json!([{"number": "14 073"}]));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].phones",
        "14 073 staat op deze kaart, maar niemand heeft het nagevraagd",
    );
    let f = broken(|v| v["services"][0]["phones"] = json!([{"number": "0416 123 456"}]));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].phones",
        "niemand heeft het nagevraagd",
    );
    // Not when it says it is an example, when someone checked it, or on an example card.
    for fix in [
        json!({"phones": [{"number": "0416 123 456", "example_data": true}]}),
        json!({"phones": [{"number": "0416 123 456"}], "assured_date": "2026-11-01"}),
        json!({"phones": [{"number": "0416 123 456"}], "example_data": true}),
    ] {
        let f = broken(|v| {
            for (k, x) in fix.as_object().unwrap() {
                v["services"][0][k] = x.clone();
            }
        });
        assert!(f.iter().all(|x| x.path != "services[0].phones"), "{fix}: {f:?}");
    }
    // The provider's own page backs the numbers it publishes (national lines).
    let f = broken(|v| {
        let site = json!({"id": "site", "title": "Welzijn Testdorp", "url": "https://welzijn.example"});
        v["documents"].as_array_mut().unwrap().push(site);
        v["services"][0]["source"] = json!({"document": "site"});
        v["services"][0]["phones"] = json!([{"number": "0800 0000"}]);
    });
    assert!(f.is_empty(), "{f:?}");
}

/// A location that is not an example says where its name and address come
/// from, with web sources checked as a service's are.
#[test]
fn a_real_location_needs_a_web_source() {
    let f = broken(|v| {
        v["locations"][0].as_object_mut().unwrap().remove("web_sources");
    });
    assert_finding(
        &f,
        Severity::Warning,
        "locations[0].web_sources",
        "waar deze naam en dit adres vandaan komen",
    );
    let f = broken(|v| {
        v["locations"][0].as_object_mut().unwrap().remove("web_sources");
        v["locations"][0]["example_data"] = json!(true);
    });
    assert!(f.is_empty(), "an example location needs no source: {f:?}");
    let f = broken(|v| v["locations"][0]["web_sources"][0]["url"] = json!("http://buurthuis.example"));
    assert_finding(
        &f,
        Severity::Error,
        "locations[0].web_sources[0].url",
        "geen veilig webadres",
    );
    let f = broken(|v| {
        v["locations"][0]["web_sources"][0]
            .as_object_mut()
            .unwrap()
            .remove("accessed");
    });
    assert_finding(
        &f,
        Severity::Error,
        "locations[0].web_sources[0].accessed",
        "waarop u de pagina las",
    );
}

/// A web page as a source: an https address, a title, the date the page
/// shows and the day it was read; it backs the card's numbers.
#[test]
fn a_web_source_needs_an_https_address_a_title_and_dates() {
    let page = || json!({"url": "https://welzijn.example/inloop", "title": "Inloop", "date": "2026-03", "accessed": "2026-11-20"});
    // It is a source on its own, and backs the numbers on the card.
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("source");
        v["services"][0]["web_sources"] = json!([page()]);
        v["services"][0]["phones"] = json!([{"number": "0416 123 456"}]);
    });
    assert!(f.is_empty(), "{f:?}");
    let with = |change: &dyn Fn(&mut Value)| {
        broken(|v| {
            let mut w = page();
            change(&mut w);
            v["services"][0]["web_sources"] = json!([w]);
        })
    };
    let f = with(&|w| w["url"] = json!("http://welzijn.example"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].url",
        "geen veilig webadres",
    );
    let f = with(&|w| w["title"] = json!(" "));
    assert_finding(&f, Severity::Error, "services[0].web_sources[0].title", "geen titel");
    let f = with(&|w| {
        w.as_object_mut().unwrap().remove("date");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].date",
        "de datum in die de pagina toont",
    );
    let f = with(&|w| w["date"] = json!("maart 2026"));
    assert_finding(&f, Severity::Error, "services[0].web_sources[0].date", "geen datum");
    let f = with(&|w| w["date"] = json!("2027"));
    assert_finding(&f, Severity::Error, "services[0].web_sources[0].date", "in de toekomst");
    let f = with(&|w| {
        w.as_object_mut().unwrap().remove("accessed");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].accessed",
        "waarop u de pagina las",
    );
    let f = with(&|w| w["accessed"] = json!("2026-01-05"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].accessed",
        "latere datum",
    );
    // Every precision the page may show is a date.
    for date in ["2026", "2026-03", "2026-03-09"] {
        let f = with(&|w| w["date"] = json!(date));
        assert!(f.is_empty(), "{date}: {f:?}");
    }
    // An old page under a card with numbers, and no date to look again.
    let f = broken(|v| {
        v["services"][0]["web_sources"] =
            json!([{"url": "https://welzijn.example", "title": "Inloop", "date": "2020-05", "accessed": "2026-11-20"}]);
        v["services"][0]["phones"] = json!([{"number": "0416 123 456"}]);
        v["services"][0].as_object_mut().unwrap().remove("review_by");
    });
    assert_finding(&f, Severity::Warning, "services[0].web_sources", "is van 2020");
    assert_finding(&f, Severity::Warning, "services[0].review_by", "opnieuw bekijkt");
}

#[test]
fn dutch_texts_are_checked_against_b1() {
    let f = broken(|v| v["services"][0]["description"]["nl"] = json!("De koffie wordt door vrijwilligers gezet."));
    assert_finding(&f, Severity::Warning, "services[0].description", "lijdend");
    let f = broken(|v| v["services"][0]["description"]["nl"] = json!("Vraag een indicatie aan."));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].description",
        "“indicatie” is een moeilijk woord",
    );
    // The easier Dutch is what residents read, so it is what counts.
    let f = broken(|v| v["services"][0]["description"]["nl-B1"] = json!("Vrijwilligers zetten koffie."));
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn missing_dutch_text_and_bad_language_key() {
    let f = broken(|v| v["services"][0]["name"] = json!({"en": "Walk-in", "english": "x"}));
    assert_finding(&f, Severity::Error, "services[0].name", "geen Nederlandse versie");
    assert_finding(
        &f,
        Severity::Error,
        "services[0].name.english",
        "“english” is geen taalcode",
    );
}

#[test]
fn priority_out_of_range() {
    let f = broken(|v| v["services"][0]["priority"] = json!(3));
    assert_finding(&f, Severity::Error, "services[0].priority", "Prioriteit 3 kan niet");
}

#[test]
fn impossible_ages_and_income() {
    let f = broken(|v| {
        v["services"][0]["eligibility"] = json!({"minimum_age": 65, "maximum_age": 18, "income_max_percent": 12})
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.maximum_age",
        "maximumleeftijd 18 is lager dan de minimumleeftijd 65",
    );
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.income_max_percent",
        "12% van het sociaal minimum",
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
fn bad_contact_details() {
    let f = broken(|v| {
        v["services"][0]["phones"] = json!([{"number": "bel ons"}]);
        v["services"][0]["url"] = json!("www.example.nl");
        v["services"][0]["email"] = json!("info-at-example.nl");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].phones[0].number",
        "geen telefoonnummer",
    );
    assert_finding(&f, Severity::Error, "services[0].url", "begint met https://");
    assert_finding(&f, Severity::Error, "services[0].email", "geen e-mailadres");
}

#[test]
fn bad_id_format() {
    let f = broken(|v| v["services"][0]["id"] = json!("Inloop Buurthuis"));
    assert_finding(&f, Severity::Error, "services[0].id", "alleen kleine letters");
}

#[test]
fn direct_help_needs_phone_and_situation() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["kind"] = json!("direct_hulp");
        s["service_at_locations"] = json!([]);
    });
    assert_finding(&f, Severity::Error, "services[0].phones", "telefoonnummer nodig");
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.situations",
        "bij welke situatie",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let f = broken(|v| {
        v["services"][0]["themes"] = json!(["sport"]);
        let mut second = v["services"][0].clone();
        second["id"] = json!("tweede");
        second["themes"] = json!(["contact"]);
        second["kind"] = json!("winkel");
        v["services"].as_array_mut().unwrap().push(second);
        v["locations"][0]["latitude"] = json!(200.0);
    });
    let errors: Vec<_> = f.iter().filter(|x| x.severity == Severity::Error).collect();
    assert!(errors.len() >= 2, "{f:?}");
    assert_finding(&f, Severity::Error, "services[0].themes[0]", "“sport”");
    assert_finding(
        &f,
        Severity::Error,
        "services[1].kind",
        "“winkel” is geen bekende waarde",
    );
}

#[test]
fn findings_point_at_the_right_line() {
    let text = serde_json::to_string_pretty(&{
        let mut v = valid();
        v["services"][0]["themes"] = json!(["sport"]);
        v
    })
    .unwrap();
    let f = check(&text, today()).findings;
    assert_eq!(f.len(), 1, "a dropped service must not cause follow-up findings: {f:?}");
    let line = f[0].line.unwrap() as usize;
    assert!(
        text.lines().nth(line - 1).unwrap().contains("sport"),
        "line {line}: {f:?}"
    );
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
fn a_voorziening_that_needs_signing_up_or_costs_money_is_reported() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["kind"] = json!("voorziening");
        s["access"] = json!("aanmelden");
        s["cost"] = json!("eigen_bijdrage");
        s["service_at_locations"] = json!([{"location_id": "buurthuis"}]);
    });
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].access",
        "Gratis hulp, zonder aanvraag",
    );
    assert_finding(&f, Severity::Warning, "services[0].cost", "“eigen_bijdrage”");
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
    // Free and vrij toegankelijk: no warning about the group.
    let ok = broken(|v| {
        let s = &mut v["services"][0];
        s["kind"] = json!("voorziening");
        s["cost"] = json!("gratis");
    });
    assert!(ok.iter().all(|x| !x.message.contains("Gratis hulp")), "{ok:?}");
}

#[test]
fn a_description_that_promises_what_the_data_does_not_is_reported() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["description"] = json!({"nl": "Gratis koffie. Iedereen is welkom!"});
        s["cost"] = json!("betaald");
        s["eligibility"] = json!({"minimum_age": 65});
    });
    assert_finding(&f, Severity::Warning, "services[0].description.nl", "zegt “gratis”");
    assert_finding(&f, Severity::Warning, "services[0].description.nl", "zegt “iedereen”");
    // The same words where they hold: no warning.
    let ok = broken(|v| {
        let s = &mut v["services"][0];
        s["description"] = json!({"nl": "Gratis koffie. Iedereen is welkom!"});
        s["cost"] = json!("gratis");
    });
    assert!(ok.is_empty(), "{ok:?}");
}

/// 20,000-deep nesting after a type error made
/// `catalogue check` abort with a stack overflow (recursive position scanner).
#[test]
fn twenty_thousand_deep_nesting_after_a_type_error_is_checked_without_aborting() {
    let n = 20_000;
    let text = format!(
        "{{\"schema_version\": \"1\", \"id\": \"x\", \"name\": \"X\", \"scope\": \"gemeente\",\n\"deep\": {}{}}}",
        "[".repeat(n),
        "]".repeat(n)
    );
    let checked = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(move || check(&text, today()))
        .unwrap()
        .join()
        .unwrap();
    assert!(checked.catalogue.is_none());
    // And it is not "in orde".
    assert_finding(
        &checked.findings,
        Severity::Error,
        "",
        "er hoort een heel getal te staan",
    );
    assert_finding(&checked.findings, Severity::Error, "", "te diep genest");
}

/// `catalogue check` said "in orde" for a duplicate key
/// (serde_json keeps the last one, and the check read the file again as a
/// `Value`, which keeps only one).
#[test]
fn a_duplicate_key_is_an_error_at_its_line_and_column() {
    let text = serde_json::to_string_pretty(&valid()).unwrap();
    for (needle, duplicate, path) in [
        ("\"kind\": \"inloop\",", "\"kind\": \"loket\",", "services[0].kind"),
        (
            "\"nl\": \"Koffie en een praatje.\"",
            "\"nl\": \"Thee.\",",
            "services[0].description.nl",
        ),
        ("\"scope\": \"gemeente\",", "\"scope\": \"landelijk\",", "scope"),
    ] {
        let at = text.find(needle).unwrap();
        let line_start = text[..at].rfind('\n').unwrap() + 1;
        let indent = &text[line_start..at];
        let broken = format!("{}{duplicate}\n{indent}{}", &text[..at], &text[at..]);
        let f = check(&broken, today()).findings;
        assert_finding(&f, Severity::Error, path, "staat twee keer in hetzelfde onderdeel");
        let dup = f
            .iter()
            .find(|x| x.path == path && x.message.contains("twee keer"))
            .unwrap();
        // The inserted key comes first; the one after it is the duplicate.
        let first = broken[..at].matches('\n').count() as u32 + 1;
        let column = indent.chars().count() as u32 + 1;
        assert_eq!((dup.line, dup.column), (Some(first + 1), Some(column)), "{dup}");
        assert!(
            dup.message.contains(&format!("ook op regel {first}, kolom {column}")),
            "{dup}"
        );
    }
}

/// A type error inside a value nested deeper than 126
/// levels gave "in orde" (the second reading, as a `Value`, stopped at
/// serde_json's limit of 128 levels and the error was lost).
#[test]
fn a_type_error_nested_too_deep_is_reported() {
    for depth in [120, 126, 127, 200] {
        let mut deep = json!("x");
        for _ in 0..depth {
            deep = json!([deep]);
        }
        let f = broken(|v| v["services"][0]["name"]["nl"] = deep);
        let type_error = f.iter().find(|x| {
            x.message
                .contains("Hier staat een lijst [ ... ] maar er hoort een tekst te staan")
        });
        assert!(
            type_error.is_some_and(|x| x.severity == Severity::Error && x.line.is_some()),
            "{depth}: {f:?}"
        );
        if depth > 126 {
            assert_finding(&f, Severity::Error, "", "te diep genest");
        }
    }
}

#[test]
fn zoekwoorden_are_checked() {
    // Good: the word is in the service's name ("Inloop in het buurthuis").
    let f = broken(|v| v["zoekwoorden"] = json!({"buurthuis": ["koffie", "ontmoeten"]}));
    assert!(f.is_empty(), "{f:?}");
    // Its location, kern and life area count too, by stem and without accents.
    let f = broken(|v| v["zoekwoorden"] = json!({"Buurthuizen": ["x"], "noord": ["y"], "Contact": ["z"]}));
    assert!(f.is_empty(), "{f:?}");
    let f =
        broken(|v| v["zoekwoorden"] = json!({"voedselbank": ["eten"], "inloop": [], "koffie": ["- ?"], "--": ["x"]}));
    assert_finding(
        &f,
        Severity::Warning,
        "zoekwoorden.voedselbank",
        "staat in geen dienst van dit bestand",
    );
    assert_finding(&f, Severity::Warning, "zoekwoorden.inloop", "staan geen woorden");
    assert_finding(&f, Severity::Warning, "zoekwoorden.koffie[0]", "is geen woord");
    assert_finding(&f, Severity::Error, "zoekwoorden.--", "is geen woord");
    // Not a list of texts: a type error at the word.
    let f = broken(|v| v["zoekwoorden"] = json!({"buurthuis": "koffie"}));
    assert!(
        f.iter()
            .any(|x| x.severity == Severity::Error && x.message.contains("een lijst")),
        "{f:?}"
    );
}

#[test]
fn translation_coverage_counts_resident_texts_per_language() {
    use crate::core::i18n::Lang;
    let cat: Catalogue =
        serde_json::from_str(&std::fs::read_to_string("public/catalogus/landelijk.json").unwrap()).unwrap();
    let coverage = translation_coverage(&cat);
    assert_eq!(coverage.len(), Lang::ALL.len() - 1, "every language but Dutch");
    let (_, en_done, all) = coverage.iter().find(|(l, ..)| *l == Lang::En).copied().unwrap();
    assert!(all >= 30, "{all}");
    assert_eq!(en_done, all, "the national entries are all in English");
    // One service with Dutch texts only, then one Polish name.
    let mut one = cat.services[0].clone();
    let dutch_only = |t: &mut Text| t.0.retain(|code, _| code.starts_with("nl"));
    dutch_only(&mut one.name);
    dutch_only(&mut one.description);
    one.next_steps.iter_mut().for_each(|n| dutch_only(&mut n.text));
    let small = Catalogue {
        services: vec![one.clone()],
        ..cat.clone()
    };
    assert!(translation_coverage(&small).iter().all(|(_, done, _)| *done == 0));
    one.name.0.insert("pl".into(), "112 (numer alarmowy)".into());
    let small = Catalogue {
        services: vec![one],
        ..cat
    };
    let pl = translation_coverage(&small)
        .into_iter()
        .find(|(l, ..)| *l == Lang::Pl)
        .unwrap();
    assert_eq!((pl.1, pl.2), (1, 2 + small.services[0].next_steps.len()));
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

/// Inburgering was "gratis", but gezinsmigranten pay their course.
#[test]
fn gratis_on_a_service_for_a_group_that_pays_is_a_warning() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("gratis");
        s["eligibility"] = json!({"situations": ["inburgeringsplichtig"]});
    });
    assert_finding(&f, Severity::Warning, "services[0].cost", "gezinsmigranten");
    let named = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("gratis");
        s["eligibility_description"] = json!({"nl": "Voor statushouders en gezinsmigranten."});
    });
    assert_finding(&named, Severity::Warning, "services[0].cost", "lening van DUO");
    // Only for statushouders (the gemeente pays), or not "gratis": no warning.
    let ok = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("gratis");
        s["eligibility"] = json!({"situations": ["inburgeringsplichtig", "statushouder"]});
    });
    assert!(ok.iter().all(|x| !x.message.contains("gezinsmigranten")), "{ok:?}");
    let paid = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("eigen_bijdrage");
        s["eligibility"] = json!({"situations": ["inburgeringsplichtig"]});
    });
    assert!(paid.iter().all(|x| !x.message.contains("gezinsmigranten")), "{paid:?}");
}

/// The noodwoning card showed "staat niet in de beleidstekst".
#[test]
fn an_editorial_note_in_resident_text_is_a_warning() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["unchecked_conditions"] = json!([{"nl": "Voor wie een noodwoning is, staat niet in de beleidstekst. Het wijkteam bespreekt het met u."}]);
        s["next_steps"][0]["text"] = json!({"nl": "Loop binnen.", "en": "TODO translate"});
        s["name"] = json!({"nl": "Inloop (voorbeeld)"});
    });
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].unchecked_conditions[0].nl",
        "“staat niet in de beleidstekst”",
    );
    assert_finding(&f, Severity::Warning, "services[0].next_steps[0].text.en", "“todo”");
    assert_finding(&f, Severity::Warning, "services[0].name.nl", "“(voorbeeld)”");
    // The same letters inside a word are no note.
    let ok = broken(|v| v["services"][0]["description"] = json!({"nl": "Koffie met Todorov en een praatje."}));
    assert!(ok.is_empty(), "{ok:?}");
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
